#include "latencychart.h"

#include "statecolors.h"

#include <QAreaSeries>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QPainter>
#include <QSaveFile>
#include <QScatterSeries>
#include <QTextStream>
#include <QValueAxis>
#include <cmath>

namespace ui {

LatencyChart::LatencyChart(QWidget* parent)
    : QChartView(new QChart, parent)
    , m_median(new QLineSeries)
    , m_p95(new QLineSeries)
    , m_bandLow(new QLineSeries)
    , m_band(new QAreaSeries(m_p95, m_bandLow))
    , m_jitter(new QLineSeries)
    , m_loss(new QScatterSeries)
    , m_x(new QValueAxis)
    , m_y(new QValueAxis)
    , m_lossAxis(new QValueAxis)
    , m_noteItem(new QGraphicsSimpleTextItem(chart())) {
    setupSeries();
    setupAxes();
    QChart* c = chart();
    QFont noteFont = font();
    noteFont.setItalic(true);
    m_noteItem->setFont(noteFont);
    m_noteItem->setBrush(c->axes(Qt::Horizontal).first()->labelsBrush());
    m_noteItem->setZValue(10);
    connect(c, &QChart::plotAreaChanged, this, &LatencyChart::placeNote);
    setRenderHint(QPainter::Antialiasing);
    // Nothing to do with the keyboard here: Tab goes from the settings to Pause and Export.
    setFocusPolicy(Qt::NoFocus);
    // A readable plot at 1024×700 next to a two-line verdict; the panel gives the chart all
    // spare height.
    setMinimumHeight(140);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_repaint.setInterval(100);
    connect(&m_repaint, &QTimer::timeout, this, &LatencyChart::repaintSeries);
    m_repaint.start();
    m_dirty = true;
    repaintSeries();
}

void LatencyChart::setupSeries() {
    QChart* c = chart();
    c->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark
                                                                    : QChart::ChartThemeLight);
    // The legend beside the plot costs width, which the panel has, instead of height.
    c->legend()->setAlignment(Qt::AlignRight);
    c->setMargins(QMargins(2, 2, 2, 2));
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->setBackgroundRoundness(0);
    m_median->setName(tr("RTT median"));
    m_band->setName(tr("RTT median–p95"));
    m_jitter->setName(tr("Jitter"));
    m_loss->setName(tr("Loss (right axis)"));
    const QColor rtt = QColor(0x1f, 0x77, 0xb4);
    m_median->setPen(QPen(rtt, 2));
    QColor band = rtt;
    band.setAlpha(60);
    m_band->setBrush(band);
    m_band->setPen(Qt::NoPen);
    m_jitter->setPen(QPen(QColor(0x9c, 0x4d, 0xcc), 1.5));
    m_loss->setColor(stateColor(State::Bad));
    m_loss->setMarkerSize(8);
    for (QAbstractSeries* s :
         std::initializer_list<QAbstractSeries*>{m_band, m_median, m_jitter, m_loss})
        c->addSeries(s);
}

void LatencyChart::setupAxes() {
    QChart* c = chart();
    // Units go into the labels ("2 s", "0.5 ms"): axis titles would take a line of the plot.
    m_x->setLabelFormat(QStringLiteral("%d s"));
    m_lossAxis->setRange(0, 100);
    m_lossAxis->setTickCount(5);
    m_lossAxis->setLabelFormat(QStringLiteral("%d"));
    m_lossAxis->setTitleText(tr("loss %"));
    // One grid (the ms axis'): a second one at other heights would only clutter the plot.
    m_lossAxis->setGridLineVisible(false);
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    c->addAxis(m_lossAxis, Qt::AlignRight);
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{m_band, m_median, m_jitter}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    m_loss->attachAxis(m_x);
    m_loss->attachAxis(m_lossAxis);
}

double LatencyChart::niceStep(double span, int ticks) {
    if (!(span > 0) || ticks < 1)
        return 1;
    const double raw = span / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    const double nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
    return nice * magnitude;
}

void LatencyChart::setRunSeconds(double seconds) {
    m_run = std::max(1.0, seconds);
    m_dirty = true;
    repaintSeries();
}

void LatencyChart::addPoint(double tSeconds, double rttMedianMs, double rttP95Ms, double jitterMs,
                            double lossPercent) {
    const Point point{tSeconds, rttMedianMs, rttP95Ms, jitterMs, lossPercent};
    // A second's figures are refined while its packets still arrive: replace, don't duplicate.
    auto it = std::lower_bound(m_points.begin(), m_points.end(), tSeconds,
                               [](const Point& p, double t) { return p.t < t; });
    if (it != m_points.end() && it->t == tSeconds)
        *it = point;
    else
        m_points.insert(it, point);
    if (m_points.size() > capacity)
        m_points.pop_front();
    m_dirty = true;
}

void LatencyChart::setPaused(bool paused) {
    m_paused = paused;
    m_dirty = true;
    placeNote();
    repaintSeries();
}

void LatencyChart::setNote(const QString& note) {
    m_note = note;
    placeNote();
}

int LatencyChart::shownPoints() const {
    return int(m_median->count());
}

void LatencyChart::clear() {
    m_points.clear();
    m_dirty = true;
    repaintSeries();
}

void LatencyChart::resizeEvent(QResizeEvent* event) {
    QChartView::resizeEvent(event);
    placeNote();
}

void LatencyChart::placeNote() {
    QString text = m_note;
    if (m_paused)
        text = tr("Paused: the probe goes on; Resume shows what came meanwhile");
    else if (text.isEmpty() && m_points.empty())
        text = tr("No data yet: run a probe to see round-trip time, jitter and loss here");
    m_noteItem->setText(text);
    m_noteItem->setVisible(!text.isEmpty());
    const QRectF plot = chart()->plotArea();
    const QRectF box = m_noteItem->boundingRect();
    // Centred in an empty plot; at the top of one with data, where it hides the least.
    const double y = m_points.empty() ? plot.center().y() - box.height() / 2 : plot.top() + 4;
    m_noteItem->setPos(plot.center().x() - box.width() / 2, y);
}

void LatencyChart::repaintSeries() {
    if (m_paused || !m_dirty)
        return;
    m_dirty = false;
    // The axis spans the run: its planned length, or further when the data goes on (drain);
    // a run longer than the window scrolls.
    const double reached = m_points.empty() ? 0 : m_points.back().t + 1;
    double end = std::max(m_run, reached);
    double start = 0;
    if (end - start > m_window)
        start = end - m_window;
    QList<QPointF> median, p95, low, jitter, loss;
    double top = 0;
    for (const Point& p : m_points) {
        if (p.t < start)
            continue;
        // A second's figures belong to the middle of that second: a run of N seconds fills
        // the axis from 0 to N.
        const double x = p.t + 0.5;
        median << QPointF(x, p.rttMedianMs);
        p95 << QPointF(x, p.rttP95Ms);
        low << QPointF(x, p.rttMedianMs);
        jitter << QPointF(x, p.jitterMs);
        if (p.lossPercent > 0)
            loss << QPointF(x, p.lossPercent);
        top = std::max({top, p.rttP95Ms, p.jitterMs});
    }
    // replace() swaps the whole series at once: one repaint instead of one per point.
    m_median->replace(median);
    m_p95->replace(p95);
    m_bandLow->replace(low);
    m_jitter->replace(jitter);
    m_loss->replace(loss);

    // Round ticks: 0, 2, 4 … s and 0, 0.2, 0.4 … ms, never 0.29 / 0.57.
    // Whole seconds: the data comes one point a second, and the labels are "%d s".
    const double xStep = std::max(1.0, niceStep(end - start, 6));
    start = std::floor(start / xStep) * xStep;
    end = std::ceil(end / xStep - 1e-9) * xStep;
    m_x->setRange(start, end);
    m_x->setTickCount(int(std::lround((end - start) / xStep)) + 1);
    // No data yet: 0–10 ms in steps of 2.
    const double yStep = median.isEmpty() ? 2 : niceStep(std::max(top, 0.01) * 1.1, 4);
    const double yTop =
        median.isEmpty() ? 10 : std::ceil(std::max(top, 0.01) * 1.05 / yStep - 1e-9) * yStep;
    m_y->setRange(0, yTop);
    m_y->setTickCount(int(std::lround(yTop / yStep)) + 1);
    const int decimals = std::max(0, int(-std::floor(std::log10(yStep) + 1e-9)));
    m_y->setLabelFormat(decimals == 0 ? QStringLiteral("%d ms")
                                      : QStringLiteral("%.%1f ms").arg(decimals));
    placeNote();
}

bool LatencyChart::exportCsv(const QString& path, QString* error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QTextStream out(&file);
    out << "seconds,rtt_median_ms,rtt_p95_ms,jitter_ms,loss_percent\n";
    for (const Point& p : m_points)
        out << p.t << ',' << p.rttMedianMs << ',' << p.rttP95Ms << ',' << p.jitterMs << ','
            << p.lossPercent << '\n';
    out.flush();
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QSize LatencyChart::exportSize() const {
    return size().expandedTo(QSize(1000, 450));
}

QImage LatencyChart::renderImage(QSize minimum) {
    repaintSeries();
    const QSize target = size().expandedTo(minimum);
    if (target == size())
        return grab().toImage();
    // Lay the chart out at the export size for a moment, render it, and give it back.
    QChart* c = chart();
    const QRectF was = c->geometry();
    c->setGeometry(QRectF(was.topLeft(), QSizeF(target)));
    placeNote();
    const qreal dpr = devicePixelRatioF();
    QImage image(target * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(target)),
                        QRectF(was.topLeft(), QSizeF(target)));
    }
    c->setGeometry(was);
    placeNote();
    return image;
}

bool LatencyChart::exportPng(const QString& path) {
    return renderImage(exportSize()).save(path, "PNG");
}

} // namespace ui
