#include "latencychart.h"

#include "statecolors.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QSaveFile>
#include <QScatterSeries>
#include <QTextStream>
#include <QValueAxis>

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
    , m_lossAxis(new QValueAxis) {
    QChart* c = chart();
    c->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark
                                                                    : QChart::ChartThemeLight);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));
    m_median->setName(tr("RTT median (ms)"));
    m_band->setName(tr("RTT median–p95 band"));
    m_jitter->setName(tr("Jitter (ms)"));
    m_loss->setName(tr("Loss (%)"));
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
    m_x->setTitleText(tr("seconds"));
    m_y->setTitleText(tr("ms"));
    m_lossAxis->setTitleText(tr("loss %"));
    m_lossAxis->setRange(0, 100);
    m_x->setLabelFormat(QStringLiteral("%d"));
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    c->addAxis(m_lossAxis, Qt::AlignRight);
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{m_band, m_median, m_jitter}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    m_loss->attachAxis(m_x);
    m_loss->attachAxis(m_lossAxis);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    m_repaint.setInterval(100);
    connect(&m_repaint, &QTimer::timeout, this, &LatencyChart::repaintSeries);
    m_repaint.start();
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
}

void LatencyChart::clear() {
    m_points.clear();
    m_dirty = true;
    repaintSeries();
}

void LatencyChart::repaintSeries() {
    if (m_paused || !m_dirty)
        return;
    m_dirty = false;
    const double end = m_points.empty() ? m_window : std::max(m_window, m_points.back().t + 1);
    const double start = end - m_window;
    QList<QPointF> median, p95, low, jitter, loss;
    double top = 1;
    for (const Point& p : m_points) {
        if (p.t < start)
            continue;
        median << QPointF(p.t, p.rttMedianMs);
        p95 << QPointF(p.t, p.rttP95Ms);
        low << QPointF(p.t, p.rttMedianMs);
        jitter << QPointF(p.t, p.jitterMs);
        if (p.lossPercent > 0)
            loss << QPointF(p.t, p.lossPercent);
        top = std::max({top, p.rttP95Ms, p.jitterMs});
    }
    // replace() swaps the whole series at once: one repaint instead of one per point.
    m_median->replace(median);
    m_p95->replace(p95);
    m_bandLow->replace(low);
    m_jitter->replace(jitter);
    m_loss->replace(loss);
    m_x->setRange(start, end);
    m_y->setRange(0, top * 1.15);
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

bool LatencyChart::exportPng(const QString& path) {
    repaintSeries();
    return grab().save(path, "PNG");
}

} // namespace ui
