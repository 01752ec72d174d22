#pragma once

#include "cascade/fleet.h"
#include "latencychart.h"
#include "probe/probesettings.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace ui {

/// Runs node and path checks and shows them live: figures, a verdict in words and the chart.
class ProbePanel : public QWidget {
    Q_OBJECT
public:
    explicit ProbePanel(cascade::Fleet* fleet, QWidget* parent = nullptr);

    LatencyChart* chart() const { return m_chart; }
    bool isRunning() const { return m_runner != nullptr; }
    QString verdict() const;
    /// The profile's probe settings: rate and count fill the controls, the return address,
    /// return port and packet size go into every run. Called again with the same settings (the
    /// profile changed elsewhere, e.g. a node was edited), it leaves what the user set alone.
    void setDefaults(const profile::ProbeSettings& settings);
    /// Whether the shown result is from before one of its nodes changed or went away.
    bool isStale() const { return m_stale; }
    /// The lines drawn above the chart in an exported PNG: title, what was probed, when, and
    /// the verdict with its key figures. Empty before the first result.
    QStringList exportHeader() const;
    /// The chart with exportHeader() drawn above it.
    QImage exportImage();
    bool exportPng(const QString& path);

public Q_SLOTS:
    void refreshNodes();
    /// Starts a node check (one node) or a path check (two).
    bool run(const QStringList& nodeIds);
    /// Probes a plain UDP echo (janus-cascade reflect) at ADDR:PORT.
    bool runReflector(const QString& hostPort);
    void runSelected();
    /// Stops the running probe; probeFinished() follows once the servers are cleaned up.
    void cancel();

Q_SIGNALS:
    void probeFinished(const probe::ProbeResult& result);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// The kind combo box's items, in their order.
    enum Kind { NodeCheck, PathCheck, ReflectorCheck };
    /// The labels that change with the kind of check.
    struct KindLabels {
        QLabel* node;
        QLabel* arrow;
        QLabel* echo;
    };
    /// Object names, ranges and tooltips of the kind, node, echo, duration and rate controls.
    void setupChoosers(); // probepanelbuild.cpp
    /// Object names and tooltips of the buttons, the verdict and the figures.
    void setupOutputs();
    /// The labels and layouts: every setting on one line, then verdict, chart and its buttons.
    KindLabels buildLayout();
    /// Says what the chosen kind of check does while nothing was run yet.
    void explainKind();
    void connectKind(QLabel* nodeLabel, QLabel* arrow, QLabel* echoLabel);
    void connectControls();
    /// Asks where to save the chart as PNG, then saves it (probepanelexport.cpp).
    void exportPngDialog();
    /// Asks where to save the per-second figures as CSV, then saves them.
    void exportCsvDialog();
    void showResult(const probe::ProbeResult& r);
    void showFinished(const probe::ProbeResult& r);
    probe::ProbeRunner::Settings settings() const;
    bool start(probe::ProbeRunner* runner, const QStringList& nodeIds);
    void updateControls();
    void setFigures(const QString& text);
    /// "PASS — …", "FAIL — <the reason>" or what a cancelled run got.
    QString verdictText(const probe::ProbeResult& r) const;
    void showDuration();
    /// What of a node a probe depends on; a change makes an earlier result stale.
    QString fingerprint(const QString& nodeId) const;
    void checkStale();

    cascade::Fleet* m_fleet;
    probe::ProbeRunner::Settings m_base;
    profile::ProbeSettings m_profileSettings;
    bool m_haveDefaults = false;
    int m_count = 500; ///< packets; the duration field shows count / rate
    QComboBox* m_kind;
    QComboBox* m_from;
    QComboBox* m_to;
    QLineEdit* m_reflector;
    QDoubleSpinBox* m_duration;
    QSpinBox* m_rate;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_busy;
    QLabel* m_verdict;
    QLabel* m_figures;
    QString m_figuresText;
    LatencyChart* m_chart;
    QPushButton* m_pause;
    QPushButton* m_png;
    QPushButton* m_csv;
    QPointer<probe::ProbeRunner> m_runner;
    /// The nodes the user chose; a refresh (a node edited: removed, then added) restores them.
    QString m_wantFrom;
    QString m_wantTo;
    bool m_refreshing = false;
    /// The shown result: what ran, when, through which nodes as they were then.
    bool m_haveResult = false;
    bool m_stale = false;
    bool m_cancelled = false; ///< the user cancelled the shown run
    QString m_staleWhy;
    probe::ProbeResult m_result;
    QString m_target;
    QDateTime m_startedAt;
    double m_plannedSeconds = 0;
    QMap<QString, QString> m_fingerprints;
};

} // namespace ui
