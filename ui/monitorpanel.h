#pragma once

#include "cascade/alerts.h"
#include "cascade/monitor.h"
#include "history/historystore.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QSystemTrayIcon;
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
    /// Threshold alerts on what the monitor measures (the profile's `alerts`).
    cascade::AlertEngine* alerts() { return &m_alerts; }
    /// A check is in flight (stopping it removes its resources from the servers first).
    bool isBusy() const { return m_monitor.isBusy(); }

    /// The nodes and links to check, the probe settings and the interval.
    void setProfile(const profile::Profile& profile);

Q_SIGNALS:
    /// After stopping: no check left in flight.
    void stopped();

private:
    void connectSignals();
    void setMonitoring(bool on);
    void updateStatus();
    void updateSeries();
    /// Feeds a finished round's node and link states to the alerts.
    void observeFleet();
    void alertRaised(const cascade::Alert& alert);
    void alertCleared(const cascade::Alert& alert);
    void updateAlerts();

    cascade::Fleet* m_fleet;
    history::HistoryStore m_store;
    cascade::Monitor m_monitor;
    cascade::AlertEngine m_alerts;
    QSystemTrayIcon* m_tray = nullptr; ///< made at the first alert, where a tray exists
    QAction* m_action;
    QCheckBox* m_toggle;
    QLabel* m_status;
    QLabel* m_storeProblem;
    QLabel* m_alertsLabel;
    HistoryChart* m_chart;
    QTimer m_tick; ///< the countdown in the status text
};

} // namespace ui
