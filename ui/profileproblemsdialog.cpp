#include "profileproblemsdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace ui {

ProfileProblemsDialog::ProfileProblemsDialog(const QString& path, const QStringList& problems,
                                             QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this)) {
    setObjectName(QStringLiteral("profileProblems"));
    setWindowTitle(tr("Cannot open %1").arg(QFileInfo(path).fileName()));
    auto* intro = new QLabel(tr("<b>%1</b> was not opened: it has %n problem(s). Fix them in the "
                                "file and open it again; the current profile stays open.",
                                nullptr, int(problems.size()))
                                 .arg(path.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setObjectName(QStringLiteral("problems"));
    m_list->addItems(problems);
    m_list->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 320);
}

} // namespace ui
