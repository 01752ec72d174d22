#pragma once

#include "cascade/nodesmodel.h"
#include "profiledocument.h"

#include <QMainWindow>

class QAction;
class QHBoxLayout;
class QLabel;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace ui {

class EventLogView;
class LinksPanel;
class MonitorPanel;
class NodeHealthPanel;
class ProbePanel;
class RoomsPanel;
class TopologyView;

/// The console window: composes the views over the fleet and the open profile. It speaks no
/// Janus itself; everything goes through core objects.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(cascade::Fleet* fleet, QWidget* parent = nullptr);

    ProfileDocument* document() { return &m_document; }
    RoomsPanel* rooms() const { return m_rooms; }
    LinksPanel* links() const { return m_links; }
    ProbePanel* probe() const { return m_probe; }
    TopologyView* topology() const { return m_topology; }
    NodeHealthPanel* health() const { return m_health; }
    MonitorPanel* monitor() const { return m_monitor; }
    QTableView* nodesView() const { return m_nodesView; }
    QTabWidget* tabs() const { return m_tabs; }
    QWidget* eventLog() const;

public Q_SLOTS:
    bool openProfile(const QString& path);
    void addNode();
    void editNode();
    void removeNode();
    void newLink();
    void findOrphans();
    /// The selected node (or, with none selected, every node not connected) connects again now.
    void reconnectNow();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildNodesView();
    /// The node buttons and the nodes table (or its hint), above the tabs.
    QWidget* buildNodesPane();
    QHBoxLayout* buildNodeButtons(QWidget* nodesPane);
    void buildCentralWidget(QWidget* nodesPane);
    void connectSignals();
    /// In mainwindowmenus.cpp.
    void createMenus();
    /// Keeps the window, frame included, on its screen's available area.
    void fitToScreen();
    void updateTitle();
    void updateRecent();
    bool maybeSave();
    bool saveAs();
    QString selectedNode() const;
    void selectNode(const QString& id);
    /// Edit/Remove need a selected node; the first screen says how to add one.
    QStringList nodesToReconnect() const;
    void updateNodeActions();

    cascade::Fleet* m_fleet;
    ProfileDocument m_document;
    cascade::NodesModel m_nodes;
    QTableView* m_nodesView;
    QSortFilterProxyModel* m_nodesSorted = nullptr;
    QLabel* m_nodesHint = nullptr;
    QStackedWidget* m_nodesStack = nullptr;
    QList<QPushButton*> m_nodeButtons;
    QList<QAction*> m_nodeActions;
    QSplitter* m_split = nullptr;
    /// Closing was confirmed and waits for a running probe to clean up.
    bool m_closeConfirmed = false;
    QTabWidget* m_tabs;
    RoomsPanel* m_rooms;
    LinksPanel* m_links;
    ProbePanel* m_probe;
    TopologyView* m_topology;
    EventLogView* m_log;
    NodeHealthPanel* m_health = nullptr;
    MonitorPanel* m_monitor = nullptr;
    QMenu* m_recent = nullptr;
    QAction* m_reconnect = nullptr;
    QLabel* m_status;
};

} // namespace ui
