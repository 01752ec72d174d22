#pragma once

#include "history/historytypes.h"

#include <QChartView>
#include <QColor>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QRubberBand;
class QScatterSeries;
class QValueAxis;

namespace ui {

/// The plot of HistoryChart, SmokePing-style: per series the median RTT line over a p95 band,
/// the median's points coloured by loss bucket; one series in neutral colours with its loss
/// on a right axis, several overlaid in one colour each. Input: wheel zooms around the
/// pointer, drag pans, Shift+drag zooms to the dragged span, arrow keys pan, +/- zoom, Home
/// goes back; hovering shows the nearest row's figures. The view only asks for ranges
/// (rangeRequested); its owner reads the store and calls setLines().
class HistoryView : public QChartView {
    Q_OBJECT
public:
    /// One series' rows to draw.
    struct Line {
        QString label;
        QColor color;
        QList<history::Row> rows;
    };
    static constexpr int lossBuckets = 6;
    static constexpr int maxBands = 8; ///< more series overlaid: median lines only

    explicit HistoryView(QWidget* parent = nullptr);

    void setLines(const QList<Line>& lines);
    const QList<Line>& lines() const { return m_lines; }
    void setRange(qint64 fromMs, qint64 toMs);
    qint64 fromMs() const { return m_from; }
    qint64 toMs() const { return m_to; }
    /// Dashed lines at these values; 0 or less: none.
    void setThresholds(double rttMs, double lossPercent);
    /// A line over the plot (no data, an error); empty: none.
    void setNote(const QString& note);
    QString note() const { return m_note; }
    /// The text of the last hover tooltip.
    QString hoverText() const { return m_hoverText; }
    /// Points drawn now, over every series (the median lines').
    int shownPoints() const;

    /// SmokePing's loss buckets: 0, < 2 %, < 5 %, < 10 %, < 20 %, ≥ 20 %.
    static int lossBucket(double lossRatio);
    static QColor lossColor(int bucket);
    static QString lossBucketName(int bucket);
    /// The colour of the i-th overlaid series.
    static QColor seriesColor(int index);

Q_SIGNALS:
    /// The user zoomed or panned to this range.
    void rangeRequested(qint64 fromMs, qint64 toMs);
    /// The user asked for the whole selected range again (Home, double click).
    void resetRequested();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Plot {
        QLineSeries* median;
        QLineSeries* p95;
        QLineSeries* lower; ///< the band's lower edge (the median again), not drawn itself
        QAreaSeries* band;
    };
    void setupAxes();
    void ensurePlots(int count);
    void raiseOverlays();
    void fillPlot(int index);
    void fillLoss();
    void fillThresholds();
    void applyStyle();
    void updateAxes();
    void placeNote();
    void showHover(const QPoint& pos, const QPoint& globalPos);
    QString rowText(const Line& line, const history::Row& row) const;
    qint64 timeAt(double x) const;
    void zoomAround(double x, double factor);
    void pan(double fraction);

    QList<Line> m_lines;
    QList<Plot> m_plots;
    QList<QScatterSeries*> m_loss;
    QLineSeries* m_lossLine;
    QLineSeries* m_rttLimit;
    QLineSeries* m_lossLimit;
    QDateTimeAxis* m_x;
    QValueAxis* m_y;
    QValueAxis* m_lossAxis;
    QGraphicsSimpleTextItem* m_noteItem;
    QRubberBand* m_band = nullptr;
    QString m_note;
    QString m_hoverText;
    qint64 m_from = 0;
    qint64 m_to = 1;
    double m_rttLimitMs = 0;
    double m_lossLimitPercent = 0;
    QPoint m_pressPos;
    qint64 m_pressFrom = 0;
    qint64 m_pressTo = 0;
    enum class Drag { None, Pan, Select } m_drag = Drag::None;
};

} // namespace ui
