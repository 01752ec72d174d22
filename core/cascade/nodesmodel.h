#pragma once

#include "fleet.h"

#include <QAbstractTableModel>

namespace cascade {

/// The fleet's nodes as a table: name, URL, live state, NAT settings.
class NodesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StateColumn,
        UrlColumn,
        BindColumn,
        PublicColumn,
        PortsColumn,
        ColumnCount
    };
    enum Role { NodeIdRole = Qt::UserRole + 1, ConnectionStateRole };

    explicit NodesModel(Fleet* fleet, QObject* parent = nullptr);

    QString nodeId(int row) const { return m_ids.value(row); }
    int rowOf(const QString& nodeId) const { return int(m_ids.indexOf(nodeId)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Fleet* m_fleet;
    QStringList m_ids;
};

} // namespace cascade
