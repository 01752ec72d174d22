#include "serverloop.h"

#include "janus/videoroomerrors.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtEndian>

namespace probe {

using janus::Error;
using janus::Id;
using janus::Reply;
using janus::Result;

ServerLoop::ServerLoop(QList<Hop> hops, QString returnHost, int returnPort, QString probeId,
                       QObject* parent)
    : QObject(parent)
    , m_hops(std::move(hops))
    , m_returnHost(std::move(returnHost))
    , m_returnPort(returnPort)
    , m_probeId(std::move(probeId)) {}

Id ServerLoop::endpointRoom(const QString& endpoint) {
    const QByteArray hash =
        QCryptographicHash::hash(endpointDescription(endpoint).toUtf8(), QCryptographicHash::Sha1);
    // 52 bits, like a probe room's: exact as a double, never 0.
    return Id(qint64(qFromBigEndian<quint64>(hash.constData()) >> 12) | 1);
}

QString ServerLoop::endpointDisplay(int port) {
    return QStringLiteral("jcc-probe-endpoint port %1").arg(port);
}

int ServerLoop::portOfEndpointDisplay(const QString& display) {
    static const QString prefix = QStringLiteral("jcc-probe-endpoint port ");
    return display.startsWith(prefix) ? display.mid(prefix.size()).toInt() : 0;
}

ServerLoop::~ServerLoop() {
    // Last resort on shutdown: fire the requests even though nobody waits for the answers.
    for (const Created& c : std::as_const(m_created))
        if (c.node && c.node->isAttached()) {
            if (c.endpoint) {
                if (c.forwarder > 0)
                    (void)c.node->stopRtpForward(c.room, c.publisher, c.forwarder);
                continue;
            }
            if (c.publisher.isValid())
                (void)c.node->removeRemotePublisher(c.room, c.publisher);
            (void)c.node->destroy(c.room);
        }
}

void ServerLoop::setUp() {
    if (m_hops.isEmpty()) {
        fail(Error::invalidInput(tr("a probe needs at least one node")));
        return;
    }
    for (const Hop& hop : std::as_const(m_hops))
        if (hop.node)
            connect(hop.node->connection(), &janus::Connection::lost, this,
                    [this, name = hop.nodeName](const Error& reason) {
                        if (m_ready)
                            Q_EMIT nodeLost(name, reason);
                    });
    setUpHop(int(m_hops.size()) - 1, m_returnHost, m_returnPort);
}

void ServerLoop::setUpHop(int index, const QString& forwardHost, int forwardPort) {
    const Hop& hop = m_hops[index];
    if (!hop.node || !hop.node->isAttached()) {
        fail(Error::transport(tr("node %1 is not connected").arg(hop.nodeName)));
        return;
    }
    if (!hop.endpoint.isEmpty())
        return setUpEndpoint(index, forwardHost, forwardPort);
    // 52 random bits: never collides with a real room in practice, exact as a double too.
    createRoom(index, Id(qint64(QRandomGenerator::global()->generate64() >> 12)),
               roomDescription(m_probeId), forwardHost, forwardPort);
}

void ServerLoop::createRoom(int index, Id roomId, const QString& description,
                            const QString& forwardHost, int forwardPort) {
    const Hop& hop = m_hops[index];
    const bool endpoint = !hop.endpoint.isEmpty();
    janus::VideoRoom::CreateRoom room;
    room.room = roomId;
    room.description = description;
    room.isPrivate = true;
    room.publishers = 2;
    room.audioCodecs = QStringLiteral("opus");
    Q_EMIT progress(endpoint ? tr("creating the probe endpoint on %1").arg(hop.nodeName)
                             : tr("creating the probe room on %1").arg(hop.nodeName));
    if (!endpoint) // an endpoint stays: it is not the journal's to settle
        Q_EMIT roomCreating(hop.nodeName, room.room);
    track(hop.node->create(room))
        .then(this, [this, index, forwardHost, forwardPort, endpoint, name = hop.nodeName,
                     roomId](const Result<Id>& created) {
            if (!created) {
                // 427: another console created the same endpoint a moment ago: use it.
                if (endpoint && created.error().code == 427 && m_endpointRaces++ < 3 &&
                    !m_tearingDown)
                    return setUpEndpoint(index, forwardHost, forwardPort);
                if (!endpoint)
                    Q_EMIT roomGone(name, roomId); // not created
                return fail(created.error());
            }
            Created c{m_hops[index].node, m_hops[index].nodeName, roomId, {}};
            c.endpoint = endpoint;
            m_created << c;
            if (!m_tearingDown) // else track() runs tearDown() again for the new room
                addRemotePublisher(index, roomId, forwardHost, forwardPort, 0);
        });
}

void ServerLoop::setUpEndpoint(int index, const QString& forwardHost, int forwardPort) {
    const Hop& hop = m_hops[index];
    const Id room = endpointRoom(hop.endpoint);
    Q_EMIT progress(tr("looking for the probe endpoint on %1").arg(hop.nodeName));
    track(hop.node->exists(room)).then(this, [=, this](const Result<bool>& exists) {
        if (!exists)
            return fail(exists.error());
        if (m_tearingDown)
            return;
        if (!*exists)
            return createRoom(index, room, endpointDescription(m_hops[index].endpoint), forwardHost,
                              forwardPort);
        track(m_hops[index].node->listParticipants(room)).then(this, [=, this](const auto& list) {
            if (!list)
                return fail(list.error());
            if (!m_tearingDown)
                reuseEndpoint(index, room, *list, forwardHost, forwardPort);
        });
    });
}

void ServerLoop::reuseEndpoint(int index, Id room,
                               const QList<janus::videoroom::Participant>& participants,
                               const QString& forwardHost, int forwardPort) {
    Created c{m_hops[index].node, m_hops[index].nodeName, room, {}};
    c.endpoint = true;
    int port = 0;
    for (const janus::videoroom::Participant& p : participants)
        if (p.remote && (port = portOfEndpointDisplay(p.display)) > 0) {
            c.publisher = p.id;
            break;
        }
    m_created << c;
    if (!c.publisher.isValid()) // the room without its publisher: add it again
        return addRemotePublisher(index, room, forwardHost, forwardPort, 0);
    Q_EMIT endpointPort(m_hops[index].nodeName, port);
    Q_EMIT progress(
        tr("reusing the probe endpoint on %1 (port %2)").arg(m_hops[index].nodeName).arg(port));
    forward(index, room, c.publisher, port, forwardHost, forwardPort, 0);
}

void ServerLoop::addRemotePublisher(int index, Id roomId, const QString& forwardHost,
                                    int forwardPort, int attempt) {
    const Hop& hop = m_hops[index];
    const auto audio =
        janus::videoroom::Stream::make(QStringLiteral("audio"), 0, QStringLiteral("opus"));
    janus::VideoRoom::AddRemotePublisher spec;
    spec.room = roomId;
    spec.display = hop.endpoint.isEmpty() ? roomDescription(m_probeId) : endpointDisplay(hop.port);
    spec.iface = hop.iface;
    spec.port = hop.port;
    spec.streams = {audio};
    spec.srtp = hop.srtp;
    Q_EMIT progress(tr("add_remote_publisher on %1 (iface %2, port %3)")
                        .arg(hop.nodeName, hop.iface.isEmpty() ? tr("all") : hop.iface,
                             hop.port > 0 ? QString::number(hop.port) : tr("any")));
    track(hop.node->addRemotePublisher(spec))
        .then(this, [this, index, roomId, forwardHost, forwardPort, attempt](const auto& added) {
            if (added)
                return remotePublisherAdded(index, roomId, *added, forwardHost, forwardPort);
            const Error& e = added.error();
            Hop& hop = m_hops[index];
            // The port is taken (a cascade mirror, another probe, a socket Janus 1.1.2 kept):
            // move on within the range; nextPort() says when it is used up.
            const bool busy = janus::videoroom::isPortBusy(e);
            const int next = busy && hop.nextPort && attempt < 256 && !m_tearingDown
                                 ? hop.nextPort(hop.port)
                                 : -1;
            if (next < 0)
                return fail(e);
            hop.port = next;
            addRemotePublisher(index, roomId, forwardHost, forwardPort, attempt + 1);
        });
}

void ServerLoop::remotePublisherAdded(int index, Id roomId,
                                      const janus::videoroom::RemotePublisher& added,
                                      const QString& forwardHost, int forwardPort) {
    for (Created& c : m_created)
        if (c.room == roomId)
            c.publisher = added.id;
    if (!m_hops[index].endpoint.isEmpty())
        Q_EMIT endpointPort(m_hops[index].nodeName, added.port);
    if (m_tearingDown)
        return;
    Q_EMIT progress(
        tr("rtp_forward on %1 to %2:%3").arg(m_hops[index].nodeName, forwardHost).arg(forwardPort));
    forward(index, roomId, added.id, added.port, forwardHost, forwardPort, 0);
}

void ServerLoop::forward(int index, Id roomId, Id publisher, int publisherPort,
                         const QString& forwardHost, int forwardPort, int attempt) {
    const Hop& hop = m_hops[index];
    if (!hop.node)
        return fail(Error::transport(tr("node %1 is gone").arg(hop.nodeName)));
    const QString target = QStringLiteral("%1:%2").arg(forwardHost).arg(forwardPort);
    for (Created& c : m_created)
        if (c.room == roomId && c.endpoint && c.target.isEmpty()) {
            c.target = target;
            Q_EMIT forwarderCreating(c.nodeName, roomId, publisher, target);
        }
    // Towards a hop that takes SRTP, the forwarder encrypts with that hop's key.
    const janus::SrtpKey srtp =
        index + 1 < m_hops.size() ? m_hops[index + 1].srtp : janus::SrtpKey();
    track(hop.node->rtpForward(roomId, publisher, forwardHost,
                               {{QStringLiteral("0"), forwardPort, ssrc}}, {}, srtp))
        .then(this, [=, this](const Result<janus::videoroom::Forwarder>& forwarded) {
            if (forwarded)
                return forwarding(index, roomId, publisherPort, *forwarded);
            // Under load Janus can answer an rtp_forward right after add_remote_publisher with
            // "No such feed" (428) for the publisher it has just added: ask again, a few times.
            if (forwarded.error().code != 428 || attempt >= 5 || m_tearingDown)
                return fail(forwarded.error());
            QTimer::singleShot(50 * (attempt + 1), this, [=, this] {
                if (!m_tearingDown)
                    forward(index, roomId, publisher, publisherPort, forwardHost, forwardPort,
                            attempt + 1);
            });
        });
}

void ServerLoop::forwarding(int index, Id roomId, int publisherPort,
                            const janus::videoroom::Forwarder& forwarded) {
    for (Created& c : m_created)
        if (c.room == roomId && c.endpoint)
            c.forwarder = forwarded.streams.isEmpty() ? 0 : forwarded.streams.first().streamId;
    if (m_tearingDown)
        return;
    if (index == 0) {
        m_entryPort = publisherPort;
        m_ready = true;
        Q_EMIT ready();
        return;
    }
    setUpHop(index - 1, m_hops[index].publicAddress, publisherPort);
}

void ServerLoop::fail(const Error& error) {
    if (m_tearingDown)
        return;
    Q_EMIT failed(error);
}

void ServerLoop::trackReply(Reply* reply) {
    ++m_inFlight;
    // Queued: runs after the reply's own finished/failed handlers have recorded what it made.
    connect(
        reply, &QObject::destroyed, this,
        [this] {
            --m_inFlight;
            if (m_tearingDown)
                tearDown();
        },
        Qt::QueuedConnection);
}

void ServerLoop::tearDown() {
    m_tearingDown = true;
    m_ready = false;
    // Let requests in flight answer first (track() calls back here as each one ends): an
    // add_remote_publisher still on its way must be known before its room goes.
    if (m_inFlight > 0)
        return;
    for (Created& c : m_created)
        if (!c.destroying)
            tearDownRoom(c);
    finishTearDown();
}

void ServerLoop::tearDownRoom(Created& c) {
    c.destroying = true;
    ++m_pendingTeardown;
    const Id room = c.room;
    if (!c.node || !c.node->isAttached()) {
        QTimer::singleShot(0, this, [this, room] { settleRoom(room, false); });
        return;
    }
    QPointer<janus::VideoRoom> node = c.node;
    if (c.endpoint) {
        // The endpoint stays for the next probe: only this probe's forwarder goes.
        if (c.forwarder <= 0 || !c.publisher.isValid()) {
            QTimer::singleShot(0, this, [this, room] { settleRoom(room, true); });
            return;
        }
        Q_EMIT progress(tr("stop_rtp_forward on %1").arg(c.nodeName));
        node->stopRtpForward(room, c.publisher, c.forwarder)
            .then(this, [this, room, name = c.nodeName, publisher = c.publisher,
                         target = c.target](const Result<janus::Done>& stopped) {
                const int code = stopped.error().code;
                const bool gone = stopped || code == 426 || code == 428 || code == 435;
                if (gone)
                    Q_EMIT forwarderGone(name, room, publisher, target);
                settleRoom(room, gone);
            });
        return;
    }
    auto destroyRoom = [this, node, room, name = c.nodeName] {
        if (!node)
            return settleRoom(room, false);
        Q_EMIT progress(tr("destroying the probe room on %1").arg(name));
        // 426: the room is gone already (the node restarted): nothing is left.
        node->destroy(room).then(this, [this, room](const Result<janus::Done>& destroyed) {
            settleRoom(room, destroyed || destroyed.error().code == 426);
        });
    };
    if (!c.publisher.isValid())
        return destroyRoom();
    // The remote publisher first: only remove_remote_publisher closes its sockets.
    Q_EMIT progress(tr("remove_remote_publisher on %1").arg(c.nodeName));
    node->removeRemotePublisher(room, c.publisher).then(this, [destroyRoom](const auto&) {
        destroyRoom();
    });
}

void ServerLoop::settleRoom(const Id& room, bool gone) {
    for (qsizetype i = 0; i < m_created.size(); ++i)
        if (m_created[i].room == room) {
            if (gone) {
                if (!m_created[i].endpoint)
                    Q_EMIT roomGone(m_created[i].nodeName, room);
                m_created.removeAt(i);
            } else
                m_created[i].unreachable = true;
            break;
        }
    --m_pendingTeardown;
    finishTearDown();
}

void ServerLoop::finishTearDown() {
    if (m_pendingTeardown > 0 || m_inFlight > 0 || m_tornDownEmitted)
        return;
    m_tornDownEmitted = true;
    Q_EMIT tornDown(m_created.isEmpty());
}

QStringList ServerLoop::leftovers() const {
    QStringList out;
    for (const Created& c : m_created)
        out << (c.endpoint ? tr("forwarder %1 of the probe endpoint on %2")
                                 .arg(c.forwarder)
                                 .arg(c.nodeName)
                           : tr("probe room %1 on %2").arg(c.room.toString(), c.nodeName));
    return out;
}

} // namespace probe
