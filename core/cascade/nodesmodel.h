#pragma once

#include "fleet.h"
#include "idtablemodel.h"

#include <QTimer>

namespace cascade {

/// The fleet's nodes as a table: name, URL, live state, NAT settings. The countdown of a node
/// that waits to reconnect repaints every second.
class NodesModel : public IdTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StateColumn,
        UrlColumn,
        BindColumn,
        PublicColumn,
        PortsColumn,
        AdminColumn,
        SessionsColumn,
        HandlesColumn,
        ColumnCount
    };
    enum Role { NodeIdRole = Qt::UserRole + 1, ConnectionStateRole, HealthTextRole };

    explicit NodesModel(Fleet* fleet, QObject* parent = nullptr);

    QString nodeId(int row) const { return idAt(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void tick();
    QVariant healthData(const NodeClient& node, int column, int role) const;

    Fleet* m_fleet;
    QTimer m_countdown;
};

} // namespace cascade
