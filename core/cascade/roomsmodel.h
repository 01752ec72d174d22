#pragma once

#include "nodeclient.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace cascade {

/// The rooms of one node, refreshed from "list" on a timer and on demand. Updates are
/// row-precise (inserts, removals, ranged dataChanged), never a full reset, so a node with
/// thousands of rooms keeps its view's selection and scroll position.
class RoomsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        DescriptionColumn,
        ParticipantsColumn,
        PrivateColumn,
        CodecsColumn,
        ColumnCount
    };
    /// SortRole: what sorts a column (room numbers as numbers, so 9 comes before 10).
    enum Role { RoomIdRole = Qt::UserRole + 1, SortRole };

    explicit RoomsModel(QObject* parent = nullptr);

    /// Shows another node's rooms (a reset: the rows are a different set).
    void setNode(NodeClient* node);
    NodeClient* node() const { return m_node; }
    /// Refreshes now; busy() is true until the answer is in.
    void refresh();
    void setRefreshInterval(int ms) { m_timer.setInterval(ms); }
    bool busy() const { return m_busy; }
    janus::Id roomId(int row) const {
        return row >= 0 && row < m_rooms.size() ? m_rooms.at(row).id : janus::Id();
    }
    /// Applies a fresh room list: the diff becomes row inserts, removals and changes.
    void apply(const QList<janus::videoroom::Room>& rooms);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void busyChanged(bool busy);
    void refreshFailed(const janus::Error& error);

private:
    QPointer<NodeClient> m_node;
    QList<janus::videoroom::Room> m_rooms;
    QTimer m_timer;
    bool m_busy = false;
};

} // namespace cascade
