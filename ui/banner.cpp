#include "banner.h"

#include "statecolors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace ui {

Banner::Banner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this)) {
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &QWidget::hide);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void Banner::show(Kind kind, const QString& text, int hideAfterMs) {
    m_expiry.stop();
    if (hideAfterMs > 0)
        m_expiry.start(hideAfterMs);
    QPalette p = palette();
    const QColor tint = kind == Kind::Error     ? stateColor(State::Bad)
                        : kind == Kind::Warning ? stateColor(State::Warn)
                                                : stateColor(State::Neutral);
    p.setColor(QPalette::Window, blend(palette().color(QPalette::Base), tint, 0.25));
    setPalette(p);
    m_label->setText(text);
    QFrame::show();
}

QString Banner::text() const {
    return isHidden() ? QString() : m_label->text();
}

} // namespace ui
