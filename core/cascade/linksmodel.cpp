#include "linksmodel.h"

namespace cascade {

LinksModel::LinksModel(Fleet* fleet, QObject* parent)
    : QAbstractTableModel(parent)
    , m_fleet(fleet)
    , m_ids(fleet->linkIds()) {
    auto watch = [this](const QString& id) {
        if (LinkController* link = m_fleet->link(id))
            connect(link, &LinkController::mirrorsChanged, this, [this, id] { rowChanged(id); });
    };
    for (const QString& id : std::as_const(m_ids))
        watch(id);
    connect(fleet, &Fleet::linkAdded, this, [this, watch](const QString& id) {
        const int row = int(m_ids.size());
        beginInsertRows({}, row, row);
        m_ids << id;
        endInsertRows();
        watch(id);
    });
    connect(fleet, &Fleet::linkRemoved, this, [this](const QString& id) {
        const int row = rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_ids.removeAt(row);
        endRemoveRows();
    });
    connect(fleet, &Fleet::linkStateChanged, this, &LinksModel::rowChanged);
}

void LinksModel::rowChanged(const QString& id) {
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int LinksModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_ids.size());
}

int LinksModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinksModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LinkController* link = m_fleet->link(m_ids.at(index.row()));
    if (!link)
        return {};
    const LinkPlan& plan = link->plan();
    if (role == LinkIdRole)
        return plan.id;
    if (role == LinkStateRole)
        return int(link->state());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case LinkColumn:
        return plan.id;
    case SourceColumn:
        return QStringLiteral("%1 / room %2%3")
            .arg(plan.sourceNode, plan.sourceRoom.toString(),
                 plan.publisher.isValid() ? tr(" / publisher %1").arg(plan.publisher.toString())
                                          : QString());
    case TargetColumn:
        return tr("%1 / room %2 via %3")
            .arg(plan.targetNode, plan.targetRoom.toString(), plan.host);
    case MirrorsColumn: {
        int up = 0;
        const auto mirrors = link->mirrors();
        for (const Mirror& m : mirrors)
            up += m.state == Mirror::State::Up;
        return tr("%1 of %2 up").arg(up).arg(mirrors.size());
    }
    case StateColumn:
        return LinkController::stateName(link->state());
    case ReasonColumn:
        return link->reason();
    }
    return {};
}

QVariant LinksModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LinkColumn:
        return tr("Link");
    case SourceColumn:
        return tr("Source");
    case TargetColumn:
        return tr("Target");
    case MirrorsColumn:
        return tr("Publishers");
    case StateColumn:
        return tr("State");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace cascade
