#include "roomsmodel.h"

namespace cascade {

namespace vr = janus::videoroom;

namespace {

bool sameRow(const vr::Room& a, const vr::Room& b) {
    return a.description == b.description && a.participants == b.participants &&
           a.isPrivate == b.isPrivate && a.audioCodecs == b.audioCodecs &&
           a.videoCodecs == b.videoCodecs;
}

} // namespace

RoomsModel::RoomsModel(QObject* parent)
    : QAbstractTableModel(parent) {
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &RoomsModel::refresh);
}

void RoomsModel::setNode(NodeClient* node) {
    if (m_node)
        disconnect(m_node->videoroom(), nullptr, this, nullptr);
    beginResetModel();
    m_node = node;
    m_rooms.clear();
    endResetModel();
    m_timer.stop();
    if (!node)
        return;
    connect(node->videoroom(), &janus::VideoRoom::attached, this, &RoomsModel::refresh);
    m_timer.start();
    refresh();
}

void RoomsModel::refresh() {
    if (!m_node || m_busy || !m_node->isReady())
        return;
    m_busy = true;
    Q_EMIT busyChanged(true);
    const QPointer<NodeClient> asked = m_node;
    m_node->videoroom()->list().then(this, [this, asked](const auto& rooms) {
        m_busy = false;
        Q_EMIT busyChanged(false);
        if (!rooms)
            Q_EMIT refreshFailed(rooms.error());
        else if (asked == m_node)
            apply(*rooms);
    });
}

void RoomsModel::apply(const QList<vr::Room>& rooms) {
    QHash<janus::Id, int> fresh;
    fresh.reserve(rooms.size());
    for (int i = 0; i < rooms.size(); ++i)
        fresh.insert(rooms[i].id, i);

    // Removals, from the bottom so row numbers above stay valid; adjacent rows go together.
    for (int row = int(m_rooms.size()) - 1; row >= 0;) {
        if (fresh.contains(m_rooms[row].id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !fresh.contains(m_rooms[first - 1].id))
            --first;
        beginRemoveRows({}, first, row);
        m_rooms.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    // Changes in place.
    QSet<janus::Id> known;
    for (int row = 0; row < m_rooms.size(); ++row) {
        const vr::Room& now = rooms[fresh.value(m_rooms[row].id)];
        known.insert(now.id);
        if (!sameRow(m_rooms[row], now)) {
            m_rooms[row] = now;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    // Additions at the end, in one insert.
    QList<vr::Room> added;
    for (const vr::Room& r : rooms)
        if (!known.contains(r.id))
            added << r;
    if (!added.isEmpty()) {
        const int first = int(m_rooms.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rooms << added;
        endInsertRows();
    }
}

int RoomsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rooms.size());
}

int RoomsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoomsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const vr::Room& room = m_rooms.at(index.row());
    if (role == RoomIdRole)
        return room.id.toString();
    if (role == SortRole && index.column() == IdColumn)
        return room.id.isString() ? QVariant(room.id.toString()) : QVariant(room.id.number());
    if (role == SortRole)
        role = Qt::DisplayRole;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == IdColumn || index.column() == ParticipantsColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return room.id.toString();
    case DescriptionColumn:
        return room.description;
    case ParticipantsColumn:
        return room.participants;
    case PrivateColumn:
        return room.isPrivate ? tr("private") : QString();
    case CodecsColumn:
        if (room.audioCodecs.isEmpty() || room.videoCodecs.isEmpty())
            return room.audioCodecs + room.videoCodecs;
        return room.audioCodecs + QStringLiteral(" / ") + room.videoCodecs;
    }
    return {};
}

QVariant RoomsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Room");
    case DescriptionColumn:
        return tr("Description");
    case ParticipantsColumn:
        return tr("Participants");
    case PrivateColumn:
        return tr("Access");
    case CodecsColumn:
        return tr("Codecs");
    }
    return {};
}

} // namespace cascade
