#include "participantsmodel.h"

#include "marker.h"

namespace cascade {

namespace vr = janus::videoroom;

ParticipantsModel::ParticipantsModel(QObject* parent)
    : QAbstractTableModel(parent) {
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &ParticipantsModel::refresh);
}

void ParticipantsModel::setRoom(NodeClient* node, const janus::Id& room) {
    beginResetModel();
    m_node = node;
    m_room = room;
    m_rows.clear();
    endResetModel();
    ++m_generation; // answers for the previous room are dropped
    m_pending = 0;
    if (node && room.isValid()) {
        m_timer.start();
        refresh();
    } else {
        m_timer.stop();
    }
}

void ParticipantsModel::refresh() {
    if (!m_node || !m_room.isValid() || m_pending > 0 || !m_node->isReady())
        return;
    janus::VideoRoom* videoroom = m_node->videoroom();
    const quint64 generation = m_generation;
    m_next.clear();
    m_nextForwarders.clear();
    m_pending = 2;
    Q_EMIT busyChanged(true);
    // The answers of an older refresh are dropped; a failure counts as answered.
    auto settled = [this, generation](const auto& result) {
        if (generation != m_generation)
            return false;
        if (result)
            return true;
        Q_EMIT refreshFailed(result.error());
        finishOne();
        return false;
    };
    videoroom->listForwarders(m_room).then(this, [this, settled](const auto& forwarders) {
        if (!settled(forwarders))
            return;
        for (const vr::Forwarder& f : *forwarders)
            for (const vr::ForwarderStream& s : f.streams)
                m_nextForwarders[f.publisherId]
                    << QStringLiteral("%1 → %2:%3").arg(s.type, s.host).arg(s.port);
        finishOne();
    });
    videoroom->listParticipants(m_room).then(
        this, [this, settled, videoroom](const auto& participants) {
            if (!settled(participants))
                return;
            for (const vr::Participant& p : *participants) {
                m_next << Row{p, {}, {}};
                if (!p.publisher || p.remote)
                    continue;
                ++m_pending;
                videoroom->listRemotes(m_room, p.id)
                    .then(this, [this, settled, id = p.id](const auto& remotes) {
                        if (!settled(remotes))
                            return;
                        for (Row& row : m_next)
                            if (row.participant.id == id)
                                for (const vr::Remotization& r : *remotes)
                                    row.remotizations << QStringLiteral("%1 → %2:%3")
                                                             .arg(r.remoteId, r.host)
                                                             .arg(r.port);
                        finishOne();
                    });
            }
            finishOne();
        });
}

void ParticipantsModel::finishOne() {
    if (--m_pending > 0)
        return;
    m_pending = 0;
    for (Row& row : m_next)
        row.forwarders = m_nextForwarders.value(row.participant.id);
    // Participant lists are short: replace the rows, but keep the reset off when nothing moved.
    const bool sameIds =
        m_next.size() == m_rows.size() &&
        std::equal(m_next.begin(), m_next.end(), m_rows.begin(),
                   [](const Row& a, const Row& b) { return a.participant.id == b.participant.id; });
    if (sameIds) {
        m_rows = m_next;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = m_next;
        endResetModel();
    }
    Q_EMIT busyChanged(false);
}

int ParticipantsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParticipantsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Row& row = m_rows.at(index.row());
    const vr::Participant& p = row.participant;
    switch (index.column()) {
    case IdColumn:
        return p.id.toString();
    case DisplayColumn:
        return p.display;
    case KindColumn:
        if (p.remote) {
            const auto link = marker::linkOfDisplay(p.display);
            return link ? tr("remote publisher (link %1)").arg(*link) : tr("remote publisher");
        }
        if (p.display == RoomWatcher::displayName())
            return tr("console watcher");
        return p.publisher ? tr("local publisher") : tr("participant");
    case ForwardersColumn:
        return row.forwarders.join(QStringLiteral(", "));
    case RemotesColumn:
        return row.remotizations.join(QStringLiteral(", "));
    }
    return {};
}

QVariant ParticipantsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("ID");
    case DisplayColumn:
        return tr("Display");
    case KindColumn:
        return tr("Kind");
    case ForwardersColumn:
        return tr("RTP forwarders");
    case RemotesColumn:
        return tr("Cascaded to");
    }
    return {};
}

} // namespace cascade
