#include "orphanscanner.h"

#include "marker.h"

namespace cascade {

namespace vr = janus::videoroom;
using janus::Id;

QString Orphan::describe() const {
    switch (kind) {
    case Kind::RemotePublisher:
        return QObject::tr("remote publisher %1 in room %2 on %3 (link %4)")
            .arg(id.toString(), room.toString(), node, link);
    case Kind::Remotization:
        return QObject::tr("remotization %1 of publisher %2 in room %3 on %4")
            .arg(remoteId, id.toString(), room.toString(), node);
    case Kind::ProbeRoom:
        return QObject::tr("probe room %1 on %2").arg(room.toString(), node);
    }
    return {};
}

OrphanScanner::OrphanScanner(QList<NodeClient*> nodes, QHash<QString, QString> knownLinks,
                             QObject* parent)
    : QObject(parent)
    , m_known(std::move(knownLinks)) {
    for (NodeClient* n : nodes)
        m_nodes << n;
}

void OrphanScanner::setRoomSecrets(const profile::Profile& profile,
                                   const profile::SecretStore& secrets) {
    m_roomSecrets.clear();
    for (const profile::Node& n : profile.nodes)
        if (const auto secret = secrets.secret(n.id, profile::SecretKind::RoomSecret))
            m_roomSecrets.insert(n.id, *secret);
}

void OrphanScanner::request(janus::Reply* reply, std::function<void(const QJsonObject&)> done) {
    ++m_pending;
    connect(reply, &janus::Reply::finished, this, [this, done](const QJsonObject& data) {
        done(data);
        settle();
    });
    connect(reply, &janus::Reply::failed, this, [this](const janus::Error& e) {
        m_errors << e.message();
        settle();
    });
}

void OrphanScanner::settle() {
    if (--m_pending > 0)
        return;
    if (auto done = std::move(m_whenDone)) {
        m_whenDone = nullptr;
        done();
    }
}

void OrphanScanner::scan() {
    m_orphans.clear();
    m_errors.clear();
    m_whenDone = [this] { Q_EMIT scanned(m_orphans); };
    ++m_pending;
    for (const QPointer<NodeClient>& node : std::as_const(m_nodes)) {
        if (!node || !node->isReady()) {
            m_errors
                << tr("node %1 is not connected: not scanned").arg(node ? node->id() : QString());
            continue;
        }
        janus::VideoRoom* videoroom = node->videoroom();
        const QString nodeId = node->id();
        request(videoroom->list(), [this, videoroom, nodeId](const QJsonObject& data) {
            for (const vr::Room& room : vr::parseRooms(data)) {
                if (room.description.startsWith(QLatin1String("jcc-probe:"))) {
                    m_orphans << Orphan{Orphan::Kind::ProbeRoom, nodeId, room.id, {}, {}, {}};
                    continue;
                }
                request(videoroom->listParticipants(room.id), [this, videoroom, nodeId,
                                                               roomId =
                                                                   room.id](const QJsonObject& d) {
                    for (const vr::Participant& p : vr::parseParticipants(d)) {
                        if (p.remote) {
                            const auto link = marker::linkOfDisplay(p.display);
                            const QString where = nodeId + QLatin1Char('/') + roomId.toString();
                            if (link && m_known.value(*link) != where)
                                m_orphans << Orphan{
                                    Orphan::Kind::RemotePublisher, nodeId, roomId, p.id, {}, *link};
                        } else if (p.publisher) {
                            request(
                                videoroom->listRemotes(roomId, p.id, m_roomSecrets.value(nodeId)),
                                [this, nodeId, roomId, pid = p.id](const QJsonObject& r) {
                                    for (const vr::Remotization& rem : vr::parseRemotizations(r)) {
                                        const auto link = marker::linkOfRemoteId(rem.remoteId);
                                        if (link && !m_known.contains(*link))
                                            m_orphans << Orphan{Orphan::Kind::Remotization,
                                                                nodeId,
                                                                roomId,
                                                                pid,
                                                                rem.remoteId,
                                                                *link};
                                    }
                                });
                        }
                    }
                });
            }
        });
    }
    settle();
}

void OrphanScanner::removeProbeRoom(janus::VideoRoom* videoroom, const Id& room,
                                    const QString& secret, std::shared_ptr<int> removedCount) {
    // Its remote publishers first: destroying the room alone leaves their sockets bound
    // (docs/nat-guide.md, "Giving the ports back").
    request(videoroom->listParticipants(room), [=, this](const QJsonObject& data) {
        QList<janus::Reply*> removals;
        for (const vr::Participant& p : vr::parseParticipants(data))
            if (p.remote)
                removals << videoroom->removeRemotePublisher(room, p.id, secret);
        auto left = std::make_shared<qsizetype>(removals.size());
        auto destroy = [=, this] {
            request(videoroom->destroy(room, secret),
                    [removedCount](const QJsonObject&) { ++*removedCount; });
        };
        if (removals.isEmpty())
            return destroy();
        for (janus::Reply* r : removals)
            connect(r, &QObject::destroyed, this, [left, destroy] {
                if (--*left == 0)
                    destroy();
            });
    });
}

void OrphanScanner::remove(const QList<Orphan>& orphans) {
    m_errors.clear();
    auto removedCount = std::make_shared<int>(0);
    m_whenDone = [this, removedCount] { Q_EMIT removed(*removedCount, m_errors); };
    ++m_pending;
    for (const Orphan& o : orphans) {
        NodeClient* node = nullptr;
        for (const QPointer<NodeClient>& n : std::as_const(m_nodes))
            if (n && n->id() == o.node)
                node = n;
        if (!node || !node->isReady()) {
            m_errors << tr("cannot remove %1: node not connected").arg(o.describe());
            continue;
        }
        janus::VideoRoom* videoroom = node->videoroom();
        const QString secret = m_roomSecrets.value(o.node);
        janus::Reply* reply = nullptr;
        switch (o.kind) {
        case Orphan::Kind::RemotePublisher:
            reply = videoroom->removeRemotePublisher(o.room, o.id, secret);
            break;
        case Orphan::Kind::Remotization:
            reply = videoroom->unpublishRemotely(o.room, o.id, o.remoteId, secret);
            break;
        case Orphan::Kind::ProbeRoom:
            removeProbeRoom(videoroom, o.room, secret, removedCount);
            continue;
        }
        request(reply, [removedCount](const QJsonObject&) { ++*removedCount; });
    }
    settle();
}

} // namespace cascade
