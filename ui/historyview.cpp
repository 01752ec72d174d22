#include "historyview.h"

#include "latencychart.h"
#include "statecolors.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <cmath>

namespace ui {

namespace {

constexpr double lossLimits[] = {0, 0.02, 0.05, 0.10, 0.20}; // upper bounds of buckets 0–4

QColor textColor(const QChart* chart) {
    return chart->axes(Qt::Horizontal).first()->labelsBrush().color();
}

} // namespace

HistoryView::HistoryView(QWidget* parent)
    : QChartView(new QChart, parent)
    , m_lossLine(new QLineSeries)
    , m_rttLimit(new QLineSeries)
    , m_lossLimit(new QLineSeries)
    , m_x(new QDateTimeAxis)
    , m_y(new QValueAxis)
    , m_lossAxis(new QValueAxis)
    , m_noteItem(new QGraphicsSimpleTextItem(chart())) {
    QChart* c = chart();
    c->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark
                                                                    : QChart::ChartThemeLight);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->setBackgroundRoundness(0);
    setupAxes();
    m_noteItem->setZValue(10);
    m_noteItem->setBrush(textColor(c));
    connect(c, &QChart::plotAreaChanged, this, &HistoryView::placeNote);
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(200);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setToolTip(QString()); // the hover tooltips are shown by hand, per row
}

void HistoryView::setupAxes() {
    QChart* c = chart();
    m_y->setLabelFormat(QStringLiteral("%.0f ms"));
    m_lossAxis->setLabelFormat(QStringLiteral("%.0f %%"));
    m_lossAxis->setGridLineVisible(false);
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    c->addAxis(m_lossAxis, Qt::AlignRight);
    // Loss buckets first in the legend: they are the graph's key, as in SmokePing.
    for (int b = 0; b < lossBuckets; ++b) {
        auto* s = new QScatterSeries;
        // Legend labels are rich text: "< 2 %" would be read as a tag.
        s->setName(lossBucketName(b).toHtmlEscaped());
        s->setColor(lossColor(b));
        s->setBorderColor(lossColor(b));
        s->setMarkerSize(5);
        c->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
        m_loss << s;
    }
    m_lossLine->setName(tr("loss % (right axis)"));
    m_rttLimit->setName(tr("RTT limit"));
    m_lossLimit->setName(tr("loss limit"));
    for (QLineSeries* s : {m_lossLine, m_rttLimit, m_lossLimit}) {
        c->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(s == m_rttLimit ? m_y : m_lossAxis);
    }
    QColor loss = stateColor(State::Bad);
    loss.setAlpha(110);
    m_lossLine->setPen(QPen(loss, 1));
    m_rttLimit->setPen(QPen(stateColor(State::Bad), 1.5, Qt::DashLine));
    m_lossLimit->setPen(QPen(stateColor(State::Warn), 1.5, Qt::DashDotLine));
}

int HistoryView::lossBucket(double lossRatio) {
    if (!(lossRatio > 0))
        return 0;
    for (int b = 1; b < lossBuckets - 1; ++b)
        if (lossRatio < lossLimits[b])
            return b;
    return lossBuckets - 1;
}

QColor HistoryView::lossColor(int bucket) {
    // SmokePing's loss colours, the green darkened to read on white.
    static const QColor colors[lossBuckets] = {QColor(0x1f, 0xb0, 0x00), QColor(0x00, 0xb8, 0xff),
                                               QColor(0x00, 0x59, 0xff), QColor(0x7e, 0x00, 0xff),
                                               QColor(0xdd, 0x00, 0xff), QColor(0xff, 0x00, 0x00)};
    return colors[std::clamp(bucket, 0, lossBuckets - 1)];
}

QString HistoryView::lossBucketName(int bucket) {
    switch (bucket) {
    case 0:
        return tr("loss 0 %");
    case 1:
        return tr("< 2 %");
    case 2:
        return tr("< 5 %");
    case 3:
        return tr("< 10 %");
    case 4:
        return tr("< 20 %");
    default:
        return tr("≥ 20 %");
    }
}

QColor HistoryView::seriesColor(int index) {
    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                    QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                    QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2),
                                    QColor(0x17, 0xbe, 0xcf), QColor(0xbc, 0xbd, 0x22)};
    return colors[index % int(std::size(colors))];
}

void HistoryView::ensurePlots(int count) {
    QChart* c = chart();
    while (m_plots.size() > count) {
        const Plot p = m_plots.takeLast();
        c->removeSeries(p.band);
        c->removeSeries(p.median);
        delete p.band;
        delete p.median;
        delete p.lower;
    }
    while (m_plots.size() < count) {
        Plot p{new QLineSeries, new QLineSeries, new QLineSeries, nullptr};
        p.band = new QAreaSeries(p.p95, p.lower);
        p.band->setPen(Qt::NoPen);
        c->addSeries(p.band);
        c->addSeries(p.median);
        for (QAbstractSeries* s :
             {static_cast<QAbstractSeries*>(p.band), static_cast<QAbstractSeries*>(p.median)}) {
            s->attachAxis(m_x);
            s->attachAxis(m_y);
        }
        m_plots << p;
        raiseOverlays();
    }
}

void HistoryView::raiseOverlays() {
    // Qt Charts draws series in the order they were added: the loss points and the limits go
    // last, over the bands and lines.
    QChart* c = chart();
    QList<QAbstractSeries*> overlays(m_loss.begin(), m_loss.end());
    overlays << m_lossLine << m_rttLimit << m_lossLimit;
    for (QAbstractSeries* s : std::as_const(overlays)) {
        c->removeSeries(s);
        c->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(s == m_lossLine || s == m_lossLimit ? m_lossAxis : m_y);
    }
}

void HistoryView::setLines(const QList<Line>& lines) {
    m_lines = lines;
    ensurePlots(int(lines.size()));
    for (int i = 0; i < m_plots.size(); ++i)
        fillPlot(i);
    fillLoss();
    applyStyle();
    updateAxes();
    placeNote();
}

void HistoryView::fillPlot(int index) {
    QList<QPointF> median, p95;
    median.reserve(m_lines[index].rows.size());
    p95.reserve(m_lines[index].rows.size());
    for (const history::Row& r : m_lines[index].rows) {
        if (std::isnan(r.rttMedianMs))
            continue; // nothing came back: no RTT to draw (the loss shows it)
        const double x = double(r.timeMs);
        median << QPointF(x, r.rttMedianMs);
        p95 << QPointF(x, std::isnan(r.rttP95Ms) ? r.rttMedianMs : r.rttP95Ms);
    }
    const Plot& p = m_plots[index];
    // replace() swaps each series at once: one repaint, not one per point. Beyond a handful of
    // series the bands would only cover each other: lines only.
    const bool band = m_lines.size() <= maxBands;
    p.median->replace(median);
    p.lower->replace(band ? median : QList<QPointF>{});
    p.p95->replace(band ? p95 : QList<QPointF>{});
    p.band->setVisible(band);
}

void HistoryView::fillLoss() {
    const bool single = m_lines.size() == 1;
    QList<QPointF> buckets[lossBuckets];
    QList<QPointF> lossLine;
    for (const Line& line : std::as_const(m_lines))
        for (const history::Row& r : line.rows) {
            const int b = lossBucket(r.lossRatio);
            // Overlaid series show only their losses: a line in its own colour is the 0 %.
            if (b > 0 || single)
                buckets[b] << QPointF(double(r.timeMs),
                                      std::isnan(r.rttMedianMs) ? 0.0 : r.rttMedianMs);
            if (single)
                lossLine << QPointF(double(r.timeMs), r.lossRatio * 100);
        }
    // Dense points make a line coloured by loss (as SmokePing draws it); sparse ones dots.
    qsizetype most = 1;
    for (const Line& line : std::as_const(m_lines))
        most = std::max(most, line.rows.size());
    const double size = std::clamp(2.0 * viewport()->width() / double(most), 3.0, 6.0);
    for (int b = 0; b < lossBuckets; ++b) {
        m_loss[b]->setMarkerSize(b > 0 && !single ? size + 1 : size);
        m_loss[b]->replace(buckets[b]);
    }
    m_lossLine->replace(lossLine);
}

void HistoryView::applyStyle() {
    const bool single = m_lines.size() == 1;
    const QColor text = textColor(chart());
    for (int i = 0; i < m_plots.size(); ++i) {
        const Plot& p = m_plots[i];
        QColor line = single ? text : m_lines[i].color;
        QColor smoke = single ? text : m_lines[i].color;
        smoke.setAlpha(single ? 55 : 40);
        p.median->setPen(QPen(line, single ? 1.2 : 1.6));
        p.band->setBrush(smoke);
        p.median->setName(single ? tr("median RTT") : m_lines[i].label);
        // A legend of 150 links names none of them (hover does): beyond a handful, none.
        for (QLegendMarker* m : chart()->legend()->markers(p.median))
            m->setVisible(m_lines.size() <= maxBands);
        p.band->setName(tr("median–p95"));
        // One band entry is enough to explain the smoke; overlaid, the colours name the series.
        const auto markers = chart()->legend()->markers(p.band);
        for (QLegendMarker* m : markers)
            m->setVisible(single);
    }
    for (QLegendMarker* m : chart()->legend()->markers(m_loss[0]))
        m->setVisible(single);
    for (QLegendMarker* m : chart()->legend()->markers(m_lossLine))
        m->setVisible(single);
    m_lossLine->setVisible(single);
    m_lossAxis->setVisible(single || m_lossLimitPercent > 0);
    // Many overlaid lines: no antialiasing, which halves the paint and is not missed there.
    setRenderHint(QPainter::Antialiasing, m_lines.size() <= maxBands);
    chart()->setTitle(single ? m_lines[0].label : QString());
}

void HistoryView::setRange(qint64 fromMs, qint64 toMs) {
    m_from = fromMs;
    m_to = std::max(toMs, fromMs + 1);
    fillThresholds();
    updateAxes();
}

void HistoryView::setThresholds(double rttMs, double lossPercent) {
    m_rttLimitMs = rttMs;
    m_lossLimitPercent = lossPercent;
    m_rttLimit->setName(tr("RTT limit %1 ms").arg(rttMs));
    m_lossLimit->setName(tr("loss limit %1 %").arg(lossPercent));
    fillThresholds();
    applyStyle();
    updateAxes();
}

void HistoryView::fillThresholds() {
    const double from = double(m_from), to = double(m_to);
    auto line = [&](QLineSeries* s, double v) {
        s->replace(v > 0 ? QList<QPointF>{{from, v}, {to, v}} : QList<QPointF>{});
        s->setVisible(v > 0);
        for (QLegendMarker* m : chart()->legend()->markers(s))
            m->setVisible(v > 0);
    };
    line(m_rttLimit, m_rttLimitMs);
    line(m_lossLimit, m_lossLimitPercent);
}

void HistoryView::updateAxes() {
    const qint64 span = m_to - m_from;
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(m_from), QDateTime::fromMSecsSinceEpoch(m_to));
    const qint64 day = 24LL * 3600 * 1000;
    m_x->setFormat(span <= day       ? QStringLiteral("HH:mm")
                   : span <= 8 * day ? QStringLiteral("ddd HH:mm")
                                     : QStringLiteral("MMM d"));
    m_x->setTickCount(std::clamp(width() / 130, 3, 9));
    double top = 0, lossTop = std::max(10.0, m_lossLimitPercent * 2);
    for (const Line& line : std::as_const(m_lines))
        for (const history::Row& r : line.rows) {
            if (r.timeMs >= m_from && r.timeMs < m_to && !std::isnan(r.rttP95Ms))
                top = std::max(top, r.rttP95Ms);
            lossTop = std::max(lossTop, r.lossRatio * 100);
        }
    // The RTT limit is in view unless it would flatten the data (150 ms over a 2 ms LAN); the
    // legend names it either way.
    if (m_rttLimitMs > 0 && (top == 0 || m_rttLimitMs <= 3 * top))
        top = std::max(top, m_rttLimitMs * 1.1);
    // Round ticks (1, 2 or 5 × 10^n) from 0, as the live chart has.
    const double step = LatencyChart::niceStep(std::max(top, 1.0) * 1.05, 5);
    const double yTop = std::ceil(std::max(top, 1.0) * 1.05 / step - 1e-9) * step;
    m_y->setRange(0, yTop);
    m_y->setTickCount(int(std::lround(yTop / step)) + 1);
    m_y->setLabelFormat(step < 1 ? QStringLiteral("%.1f ms") : QStringLiteral("%.0f ms"));
    const double lossStep = LatencyChart::niceStep(std::min(lossTop, 100.0), 5);
    const double lossEnd = std::min(100.0, std::ceil(lossTop / lossStep - 1e-9) * lossStep);
    m_lossAxis->setRange(0, lossEnd);
    m_lossAxis->setTickCount(int(std::lround(lossEnd / lossStep)) + 1);
}

int HistoryView::shownPoints() const {
    int n = 0;
    for (const Plot& p : m_plots)
        n += int(p.median->count());
    return n;
}

void HistoryView::setNote(const QString& note) {
    m_note = note;
    placeNote();
}

void HistoryView::placeNote() {
    m_noteItem->setText(m_note);
    m_noteItem->setVisible(!m_note.isEmpty());
    const QRectF plot = chart()->plotArea();
    const QRectF box = m_noteItem->boundingRect();
    m_noteItem->setPos(plot.center().x() - box.width() / 2, plot.center().y() - box.height() / 2);
}

void HistoryView::resizeEvent(QResizeEvent* event) {
    QChartView::resizeEvent(event);
    m_x->setTickCount(std::clamp(width() / 130, 3, 9));
    placeNote();
}

} // namespace ui
