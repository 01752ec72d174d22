#pragma once

#include "banner.h"
#include "cascade/fleet.h"
#include "cascade/participantsmodel.h"
#include "cascade/roomsmodel.h"

#include <QSortFilterProxyModel>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace ui {

/// Rooms of the selected node with a filter, and the participants of the selected room (local
/// and remote publishers, forwarders, remotizations); create and destroy rooms.
class RoomsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RoomsPanel(cascade::Fleet* fleet, QWidget* parent = nullptr);

    void showNode(const QString& nodeId);
    QString currentNode() const;
    cascade::RoomsModel* roomsModel() { return &m_rooms; }
    cascade::ParticipantsModel* participantsModel() { return &m_participants; }
    QTableView* roomsView() const { return m_roomsView; }
    Banner* banner() const { return m_banner; }

public Q_SLOTS:
    void refresh();
    void createRoom();
    void destroyRoom();

private:
    void refreshNodes();
    void selectRoom();

    cascade::Fleet* m_fleet;
    cascade::RoomsModel m_rooms;
    cascade::ParticipantsModel m_participants;
    QSortFilterProxyModel m_filter;
    QComboBox* m_node;
    QTableView* m_roomsView;
    QTableView* m_participantsView;
    QLabel* m_busy;
    Banner* m_banner;
};

} // namespace ui
