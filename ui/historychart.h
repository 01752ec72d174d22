#pragma once

#include "history/historytypes.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace history {
class HistoryStore;
}

namespace ui {

class HistoryView;

/// A SmokePing-style history graph of one or several series of a HistoryStore: range buttons
/// (1 h / 24 h / 7 d / custom from–to), zoom and pan on the plot, values on hover, threshold
/// lines, export as PNG (with a header) and CSV (raw rows or 1-minute aggregates, from the
/// store). It reads the store only for the visible range, downsampled to the plot's width.
/// With a preset range it follows "now": call reload() after each probe round (or connect
/// HistoryStore::roundRecorded) to see new points.
class HistoryChart : public QWidget {
    Q_OBJECT
public:
    enum class Span { Hour, Day, Week, Custom };

    HistoryChart(history::HistoryStore* store, const QStringList& series,
                 QWidget* parent = nullptr);

    void setSeries(const QStringList& series);
    QStringList series() const { return m_series; }
    /// Names to show instead of the keys ("a → b" for "path:a>b").
    void setSeriesLabels(const QHash<QString, QString>& labels);
    QString labelOf(const QString& series) const;
    void setThresholds(double rttMs, double lossPercent);
    double rttThresholdMs() const;
    double lossThresholdPercent() const;

    Span span() const { return m_span; }
    qint64 fromMs() const { return m_from; }
    qint64 toMs() const { return m_to; }
    HistoryView* view() const { return m_view; }

    /// The chart with a header (title, series, time range, thresholds), at least 1200×560.
    QImage renderImage();
    bool exportPng(const QString& path);
    bool exportCsv(const QString& path, history::Resolution resolution, QString* error);
    /// The header lines of the PNG export.
    QStringList exportHeader() const;

public Q_SLOTS:
    /// Reads the visible range from the store again (a preset range moves with the clock).
    void reload();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildRangeBar();
    QWidget* buildLimitBar();
    void selectSpan(Span span);
    void showRange(qint64 fromMs, qint64 toMs);
    void customEdited();
    void syncEdits();
    void exportPngDialog();
    void exportCsvDialog(history::Resolution resolution);

    history::HistoryStore* m_store;
    QStringList m_series;
    QHash<QString, QString> m_labels;
    HistoryView* m_view;
    QButtonGroup* m_spans;
    QDateTimeEdit* m_fromEdit;
    QDateTimeEdit* m_toEdit;
    QDoubleSpinBox* m_rttLimit;
    QDoubleSpinBox* m_lossLimit;
    QPushButton* m_exportPng;
    QPushButton* m_exportCsv;
    QLabel* m_hint;
    QTimer m_reload; ///< coalesces the reloads of a drag or a wheel spin
    Span m_span = Span::Day;
    qint64 m_from = 0;
    qint64 m_to = 0;
    int m_loadedWidth = 0; ///< the width the rows shown were downsampled for
    bool m_syncing = false;
};

} // namespace ui
