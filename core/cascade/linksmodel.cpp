#include "linksmodel.h"

#include <QCoreApplication>

namespace cascade {

// LinkController::stateName() is a machine word (JSON "state"); people read it translated.
[[maybe_unused]] const char* const linkStateNames[] = {
    QT_TRANSLATE_NOOP("cascade::LinkState", "pending"),
    QT_TRANSLATE_NOOP("cascade::LinkState", "up"),
    QT_TRANSLATE_NOOP("cascade::LinkState", "degraded"),
    QT_TRANSLATE_NOOP("cascade::LinkState", "down"),
    QT_TRANSLATE_NOOP("cascade::LinkState", "stopped"),
    QT_TRANSLATE_NOOP("cascade::LinkState", "no-media")};

LinksModel::LinksModel(Fleet* fleet, QObject* parent)
    : IdTableModel(fleet->linkIds(), ColumnCount, parent)
    , m_fleet(fleet) {
    auto watch = [this](const QString& id) {
        if (LinkController* link = m_fleet->link(id))
            connect(link, &LinkController::mirrorsChanged, this, [this, id] { idChanged(id); });
    };
    for (const QString& id : fleet->linkIds())
        watch(id);
    connect(fleet, &Fleet::linkAdded, this, [this, watch](const QString& id) {
        addId(id);
        watch(id);
    });
    connect(fleet, &Fleet::linkRemoved, this, &LinksModel::removeId);
    connect(fleet, &Fleet::linkStateChanged, this, &LinksModel::idChanged);
}

QVariant LinksModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LinkController* link = m_fleet->link(idAt(index.row()));
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
        return tr("%1 / room %2%3")
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
        if (link->state() == LinkController::State::NoMedia)
            return tr("up — no media");
        return QCoreApplication::translate(
            "cascade::LinkState", LinkController::stateName(link->state()).toLatin1().constData());
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
