#pragma once

#include <QChartView>
#include <QTimer>
#include <deque>

class QAreaSeries;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace ui {

/// Live latency graph: RTT median with a p95 band, jitter, and loss markers over a rolling
/// window. Points go into a ring buffer; the chart repaints from it on a ~10 Hz timer, never
/// once per point.
class LatencyChart : public QChartView {
    Q_OBJECT
public:
    struct Point {
        double t; ///< seconds since the probe started
        double rttMedianMs;
        double rttP95Ms;
        double jitterMs;
        double lossPercent;
    };

    explicit LatencyChart(QWidget* parent = nullptr);

    void setWindowSeconds(double seconds) {
        m_window = seconds;
        m_dirty = true;
    }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void clear();
    const std::deque<Point>& points() const { return m_points; }

    bool exportCsv(const QString& path, QString* error) const;
    bool exportPng(const QString& path);

public Q_SLOTS:
    void addPoint(double tSeconds, double rttMedianMs, double rttP95Ms, double jitterMs,
                  double lossPercent);

private:
    void repaintSeries();

    std::deque<Point> m_points;
    static constexpr size_t capacity = 36000; ///< ten hours of one point a second
    QLineSeries* m_median;
    QLineSeries* m_p95;
    QLineSeries* m_bandLow;
    QAreaSeries* m_band;
    QLineSeries* m_jitter;
    QScatterSeries* m_loss;
    QValueAxis* m_x;
    QValueAxis* m_y;
    QValueAxis* m_lossAxis;
    QTimer m_repaint;
    double m_window = 60;
    bool m_dirty = false;
    bool m_paused = false;
};

} // namespace ui
