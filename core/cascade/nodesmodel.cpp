#include "nodesmodel.h"

namespace cascade {

NodesModel::NodesModel(Fleet* fleet, QObject* parent)
    : IdTableModel(fleet->nodeIds(), ColumnCount, parent)
    , m_fleet(fleet) {
    connect(fleet, &Fleet::nodeAdded, this, &NodesModel::addId);
    connect(fleet, &Fleet::nodeRemoved, this, &NodesModel::removeId);
    connect(fleet, &Fleet::nodeStatusChanged, this, &NodesModel::idChanged);
    connect(fleet, &Fleet::nodeStatusChanged, this, [this] {
        if (!m_countdown.isActive())
            m_countdown.start();
    });
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &NodesModel::tick);
}

void NodesModel::tick() {
    bool counting = false;
    for (int row = 0; row < rowCount(); ++row) {
        const NodeClient* node = m_fleet->node(idAt(row));
        if (node && node->connection()->state() == janus::Connection::State::Reconnecting) {
            counting = true;
            Q_EMIT dataChanged(index(row, StateColumn), index(row, StateColumn));
        }
    }
    if (!counting)
        m_countdown.stop();
}

QVariant NodesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QString id = idAt(index.row());
    const NodeClient* node = m_fleet->node(id);
    const NodeSpec* spec = m_fleet->nodeSpec(id);
    if (!node || !spec)
        return {};
    if (role == NodeIdRole)
        return id;
    if (role == ConnectionStateRole)
        return int(node->connection()->state());
    if (role == HealthTextRole)
        return node->health()->health().stateText();
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
    case PortsColumn: {
        if (spec->firstPort <= 0)
            return tr("any");
        const QString range = QStringLiteral("%1–%2").arg(spec->firstPort).arg(spec->lastPort);
        const int refused = node->ports()->unusableCount();
        if (refused == 0)
            return range;
        if (role == Qt::ToolTipRole)
            return node->portHealthText();
        return tr("%1 (%n unusable)", nullptr, refused).arg(range);
    }
    }
    return healthData(*node, index.column(), role);
}

QVariant NodesModel::healthData(const NodeClient& node, int column, int role) const {
    const NodeHealth& h = node.health()->health();
    if (column == AdminColumn) {
        if (role == Qt::ToolTipRole)
            return h.stateText();
        switch (h.state) {
        case NodeHealth::State::NoAdminApi:
            return tr("none");
        case NodeHealth::State::Waiting:
            return tr("connecting");
        case NodeHealth::State::Ok:
            return tr("ok");
        case NodeHealth::State::Failed:
            return tr("failed");
        }
    }
    if (h.state != NodeHealth::State::Ok)
        return {};
    if (column == SessionsColumn)
        return h.sessions;
    if (column == HandlesColumn)
        return h.handlesText();
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
    case AdminColumn:
        return tr("Admin API");
    case SessionsColumn:
        return tr("Sessions");
    case HandlesColumn:
        return tr("Handles");
    }
    return {};
}

} // namespace cascade
