// HistoryView: zoom, pan, span selection and hover.
#include "historyview.h"

#include <QDateTime>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QRubberBand>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

namespace ui {

namespace {

constexpr qint64 minSpanMs = 5 * 60 * 1000; ///< zooming stops at five minutes

QString ms(double v) {
    return std::isnan(v) ? QStringLiteral("–") : QLocale().toString(v, 'f', v < 10 ? 2 : 1);
}

} // namespace

qint64 HistoryView::timeAt(double x) const {
    const QRectF plot = chart()->plotArea();
    const double f = plot.width() > 0 ? (x - plot.left()) / plot.width() : 0;
    return m_from + qint64(std::llround(f * double(m_to - m_from)));
}

void HistoryView::zoomAround(double x, double factor) {
    const qint64 at = std::clamp(timeAt(x), m_from, m_to);
    const double span = std::max(double(minSpanMs), double(m_to - m_from) * factor);
    const double left = double(at - m_from) / double(m_to - m_from);
    const qint64 from = at - qint64(span * left);
    Q_EMIT rangeRequested(from, from + qint64(span));
}

void HistoryView::pan(double fraction) {
    const qint64 shift = qint64(double(m_to - m_from) * fraction);
    Q_EMIT rangeRequested(m_from + shift, m_to + shift);
}

void HistoryView::wheelEvent(QWheelEvent* event) {
    const int notches = event->angleDelta().y() / 120;
    if (notches == 0)
        return QChartView::wheelEvent(event);
    // Away from the user zooms in, as in maps and Grafana; each notch 20 %.
    zoomAround(event->position().x(), std::pow(0.8, notches));
    event->accept();
}

void HistoryView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return QChartView::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    m_pressPos = event->position().toPoint();
    m_pressFrom = m_from;
    m_pressTo = m_to;
    m_drag = event->modifiers() & Qt::ShiftModifier ? Drag::Select : Drag::Pan;
    if (m_drag == Drag::Select) {
        if (!m_band)
            m_band = new QRubberBand(QRubberBand::Rectangle, this);
        const QRectF plot = chart()->plotArea();
        m_band->setGeometry(QRect(m_pressPos.x(), int(plot.top()), 1, int(plot.height())));
        m_band->show();
    } else {
        setCursor(Qt::ClosedHandCursor);
    }
    event->accept();
}

void HistoryView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::Pan) {
        const QRectF plot = chart()->plotArea();
        const double f = plot.width() > 0 ? double(pos.x() - m_pressPos.x()) / plot.width() : 0;
        const qint64 shift = qint64(-f * double(m_pressTo - m_pressFrom));
        if (shift != 0)
            Q_EMIT rangeRequested(m_pressFrom + shift, m_pressTo + shift);
    } else if (m_drag == Drag::Select && m_band) {
        const QRectF plot = chart()->plotArea();
        m_band->setGeometry(
            QRect(QPoint(std::min(pos.x(), m_pressPos.x()), int(plot.top())),
                  QSize(std::abs(pos.x() - m_pressPos.x()) + 1, int(plot.height()))));
    } else {
        showHover(pos, event->globalPosition().toPoint());
    }
    event->accept();
}

void HistoryView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || m_drag == Drag::None)
        return QChartView::mouseReleaseEvent(event);
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    if (drag == Drag::Select && m_band) {
        m_band->hide();
        const double x1 = std::min(m_pressPos.x(), int(event->position().x()));
        const double x2 = std::max(m_pressPos.x(), int(event->position().x()));
        // A click without a drag is no selection.
        if (x2 - x1 >= 4) {
            const qint64 from = timeAt(x1);
            Q_EMIT rangeRequested(from, std::max(timeAt(x2), from + minSpanMs));
        }
    }
    event->accept();
}

void HistoryView::mouseDoubleClickEvent(QMouseEvent* event) {
    Q_EMIT resetRequested();
    event->accept();
}

void HistoryView::keyPressEvent(QKeyEvent* event) {
    const double middle = chart()->plotArea().center().x();
    switch (event->key()) {
    case Qt::Key_Left:
        pan(-0.25);
        break;
    case Qt::Key_Right:
        pan(0.25);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAround(middle, 0.5);
        break;
    case Qt::Key_Minus:
        zoomAround(middle, 2);
        break;
    case Qt::Key_Home:
        Q_EMIT resetRequested();
        break;
    default:
        return QChartView::keyPressEvent(event);
    }
    event->accept();
}

QString HistoryView::rowText(const Line& line, const history::Row& row) const {
    const QString time = QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.timeMs),
                                            QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QStringList lines;
    lines << line.label << time;
    lines << tr("median %1 ms · p95 %2 ms").arg(ms(row.rttMedianMs), ms(row.rttP95Ms));
    lines << tr("loss %1 % · jitter %2 ms")
                 .arg(QLocale().toString(row.lossRatio * 100, 'f', 1), ms(row.jitterMs));
    if (row.samples > 1)
        lines << tr("%n sample(s)", nullptr, row.samples);
    return lines.join(QLatin1Char('\n'));
}

void HistoryView::showHover(const QPoint& pos, const QPoint& globalPos) {
    const QRectF plot = chart()->plotArea();
    if (!plot.contains(pos) || m_lines.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    // The row nearest to the pointer: first in time (within 12 px), then, among the series
    // there, the one whose median is nearest in height.
    const double msPerPx = double(m_to - m_from) / std::max(1.0, plot.width());
    const qint64 at = timeAt(pos.x());
    const Line* bestLine = nullptr;
    const history::Row* best = nullptr;
    double bestDistance = 0;
    for (const Line& line : std::as_const(m_lines)) {
        auto it = std::lower_bound(line.rows.begin(), line.rows.end(), at,
                                   [](const history::Row& r, qint64 t) { return r.timeMs < t; });
        for (auto c : {it, it == line.rows.begin() ? it : it - 1}) {
            if (c == line.rows.end() || std::abs(double(c->timeMs - at)) / msPerPx > 12)
                continue;
            const QPointF p = chart()->mapToPosition(
                QPointF(double(c->timeMs), std::isnan(c->rttMedianMs) ? 0 : c->rttMedianMs));
            const double d = std::abs(p.y() - pos.y()) + std::abs(p.x() - pos.x());
            if (!best || d < bestDistance) {
                best = &*c;
                bestLine = &line;
                bestDistance = d;
            }
        }
    }
    if (!best) {
        QToolTip::hideText();
        return;
    }
    m_hoverText = rowText(*bestLine, *best);
    QToolTip::showText(globalPos, m_hoverText, this);
}

} // namespace ui
