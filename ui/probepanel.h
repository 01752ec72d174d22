#pragma once

#include "cascade/fleet.h"
#include "latencychart.h"
#include "probe/probesettings.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
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
    /// return port and packet size go into every run.
    void setDefaults(const profile::ProbeSettings& settings);

public Q_SLOTS:
    void refreshNodes();
    /// Starts a node check (one node) or a path check (two).
    bool run(const QStringList& nodeIds);
    /// Probes a plain UDP echo (janus-cascade reflect) at ADDR:PORT.
    bool runReflector(const QString& hostPort);
    void runSelected();
    /// Cancels and waits (in the event loop, bounded) until the servers are cleaned up.
    void cancelAndWait(int timeoutMs = 5000);

Q_SIGNALS:
    void probeFinished(const probe::ProbeResult& result);

private:
    void showResult(const probe::ProbeResult& r);
    probe::ProbeRunner::Settings settings() const;
    bool start(probe::ProbeRunner* runner);

    cascade::Fleet* m_fleet;
    probe::ProbeRunner::Settings m_base;
    QComboBox* m_kind;
    QComboBox* m_from;
    QComboBox* m_to;
    QLineEdit* m_reflector;
    QSpinBox* m_count;
    QSpinBox* m_rate;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_busy;
    QLabel* m_verdict;
    QLabel* m_figures;
    LatencyChart* m_chart;
    QPointer<probe::ProbeRunner> m_runner;
};

} // namespace ui
