#pragma once

#include "banner.h"
#include "cascade/fleet.h"
#include "cascade/participantsmodel.h"
#include "cascade/roomsmodel.h"

#include <QDateTime>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QWidget>
#include <functional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace ui {

/// Rooms of the selected node with a filter, and the participants of the selected room (local
/// and remote publishers, forwarders, remotizations); create and destroy rooms. A node that is
/// not connected keeps its last list on screen, greyed and marked stale.
class RoomsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RoomsPanel(cascade::Fleet* fleet, QWidget* parent = nullptr);

    /// Where the node's room secret comes from (the profile's secret store): the console keeps
    /// one per node and uses it for every room of that node, new ones included.
    void setRoomSecretSource(std::function<QString(const QString& nodeId)> source) {
        m_roomSecret = std::move(source);
    }
    QLabel* staleLabel() const { return m_stale; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* destroyButton() const { return m_destroy; }
    QPushButton* refreshButton() const { return m_refresh; }

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
    /// Models, names and tooltips of the node chooser and the two tables.
    void setupViews();
    /// Node chooser, filter and buttons above the rooms.
    QHBoxLayout* buildBar();
    void buildLayout(QHBoxLayout* bar);
    void connectModels();
    void refreshNodes();
    void selectRoom();
    void updateState();
    /// The "created" banner goes when its room is no longer listed.
    void dropBannerOfGoneRoom();
    QString roomSecretOf(const QString& nodeId) const;
    /// "6 publishers, private, …": what the log says of a created room.
    static QString traitsOf(const janus::VideoRoom::CreateRoom& spec);

    cascade::Fleet* m_fleet;
    cascade::RoomsModel m_rooms;
    cascade::ParticipantsModel m_participants;
    QSortFilterProxyModel m_filter;
    QComboBox* m_node;
    QTableView* m_roomsView;
    QTableView* m_participantsView;
    QLabel* m_busy;
    QLabel* m_stale;
    Banner* m_banner;
    QPushButton* m_refresh;
    QPushButton* m_create;
    QPushButton* m_destroy;
    std::function<QString(const QString&)> m_roomSecret;
    QPointer<cascade::NodeClient> m_watchedNode;
    QDateTime m_staleSince;
    QString m_bannerRoom; ///< the room the banner announces as created
};

} // namespace ui
