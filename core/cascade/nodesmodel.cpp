#include "nodesmodel.h"

namespace cascade {

NodesModel::NodesModel(Fleet* fleet, QObject* parent)
    : QAbstractTableModel(parent)
    , m_fleet(fleet)
    , m_ids(fleet->nodeIds()) {
    connect(fleet, &Fleet::nodeAdded, this, [this](const QString& id) {
        const int row = int(m_ids.size());
        beginInsertRows({}, row, row);
        m_ids << id;
        endInsertRows();
    });
    connect(fleet, &Fleet::nodeRemoved, this, [this](const QString& id) {
        const int row = rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_ids.removeAt(row);
        endRemoveRows();
    });
    connect(fleet, &Fleet::nodeStatusChanged, this, [this](const QString& id) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

int NodesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_ids.size());
}

int NodesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NodesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QString id = m_ids.at(index.row());
    const NodeClient* node = m_fleet->node(id);
    const NodeSpec* spec = m_fleet->nodeSpec(id);
    if (!node || !spec)
        return {};
    if (role == NodeIdRole)
        return id;
    if (role == ConnectionStateRole)
        return int(node->connection()->state());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return spec->name.isEmpty() ? id : spec->name;
    case StateColumn:
        return node->statusText();
    case UrlColumn:
        return spec->options.url.toDisplayString();
    case BindColumn:
        return spec->bindAddress.isEmpty() ? tr("all interfaces") : spec->bindAddress;
    case PublicColumn:
        return spec->publicAddress;
    case PortsColumn:
        return spec->firstPort > 0
                   ? QStringLiteral("%1–%2").arg(spec->firstPort).arg(spec->lastPort)
                   : tr("any");
    }
    return {};
}

QVariant NodesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Node");
    case StateColumn:
        return tr("State");
    case UrlColumn:
        return tr("API URL");
    case BindColumn:
        return tr("Bind address");
    case PublicColumn:
        return tr("Public address");
    case PortsColumn:
        return tr("Forwarded UDP ports");
    }
    return {};
}

} // namespace cascade
