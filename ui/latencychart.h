#pragma once

#include <QChartView>
#include <QTimer>
#include <deque>

class QAreaSeries;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace ui {

/// Live latency graph: RTT median with a p95 band, jitter, and loss markers. The x-axis spans
/// the run (its configured duration, longer if the data goes further; runs longer than the
/// rolling window show their last part). Points go into a ring buffer; the chart repaints from
/// it on a ~10 Hz timer, never once per point. Paused, the picture stands still while points
/// keep arriving; resumed, it catches up.
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

    /// How long the run is meant to last: the x-axis spans at least this.
    void setRunSeconds(double seconds);
    double runSeconds() const { return m_run; }
    /// The longest span shown at once (a longer run scrolls).
    void setWindowSeconds(double seconds) {
        m_window = seconds;
        m_dirty = true;
    }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void clear();
    const std::deque<Point>& points() const { return m_points; }
    /// Points the picture shows now (fewer than points() while paused).
    int shownPoints() const;
    QValueAxis* xAxis() const { return m_x; }
    QValueAxis* yAxis() const { return m_y; }
    /// A line over the plot, e.g. that the result is stale; empty: none (or the empty-state
    /// hint when there is no data).
    void setNote(const QString& note);

    bool exportCsv(const QString& path, QString* error) const;
    /// The chart as it is now, without any header, at least `minimum` large (logical pixels):
    /// an export from a small window is still a readable picture.
    QImage renderImage(QSize minimum = {});
    /// The size exports use: the view's, but at least 1000×450.
    QSize exportSize() const;
    /// Saves renderImage() (the probe panel's export adds a header).
    bool exportPng(const QString& path);

    /// A "nice" tick step (1, 2 or 5 × 10^n) for about `ticks` intervals over `span`.
    static double niceStep(double span, int ticks);

public Q_SLOTS:
    void addPoint(double tSeconds, double rttMedianMs, double rttP95Ms, double jitterMs,
                  double lossPercent);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    /// The theme, the series' names and colours; adds them to the chart.
    void setupSeries();
    /// The time, ms and loss axes, attached to the series.
    void setupAxes();
    void repaintSeries();
    void placeNote();

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
    QGraphicsSimpleTextItem* m_noteItem;
    QString m_note;
    QTimer m_repaint;
    double m_run = 10;
    double m_window = 600;
    bool m_dirty = false;
    bool m_paused = false;
};

} // namespace ui
