#pragma once

#include "cascade/monitor.h"
#include "history/historystore.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;

namespace cascade {
class Fleet;
}

namespace ui {

class HistoryChart;

/// The History tab: the Monitor switch (also a checkable action, Probe → Monitor continuously,
/// Ctrl+M), which probes every node and every enabled link's path each profile interval into
/// the history store (AppLocalDataLocation/history.sqlite), and a HistoryChart over every
/// series the store has. A store that cannot be opened is said here and in the event log;
/// monitoring still runs, without history.
class MonitorPanel : public QWidget {
    Q_OBJECT
public:
    MonitorPanel(cascade::Fleet* fleet, QWidget* parent = nullptr);

    QAction* toggleAction() const { return m_action; }
    /// For the status bar: "monitoring: round N, next in S s" (empty while off).
    QLabel* statusLabel() const { return m_status; }
    HistoryChart* chart() const { return m_chart; }
    history::HistoryStore* store() { return &m_store; }
    cascade::Monitor* monitor() { return &m_monitor; }
    /// A check is in flight (stopping it removes its resources from the servers first).
    bool isBusy() const { return m_monitor.isBusy(); }

    /// The nodes and links to check, the probe settings and the interval.
    void setProfile(const profile::Profile& profile);

Q_SIGNALS:
    /// After stopping: no check left in flight.
    void stopped();

private:
    void setMonitoring(bool on);
    void updateStatus();
    void updateSeries();

    cascade::Fleet* m_fleet;
    history::HistoryStore m_store;
    cascade::Monitor m_monitor;
    QAction* m_action;
    QCheckBox* m_toggle;
    QLabel* m_status;
    QLabel* m_storeProblem;
    HistoryChart* m_chart;
    QTimer m_tick; ///< the countdown in the status text
};

} // namespace ui
