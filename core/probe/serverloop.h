#pragma once

#include "janus/videoroom.h"

#include <QPointer>
#include <functional>

namespace probe {

/// One node of a probe's path: packets arrive at publicAddress:port, land in a temporary
/// remote publisher bound to iface, and are forwarded on to the next hop (or the console).
struct Hop {
    QPointer<janus::VideoRoom> node;
    QString nodeName;
    QString iface;         ///< bind address, empty = all interfaces
    QString publicAddress; ///< where the previous hop (or the console) sends to
    int port = 0;          ///< 0 = Janus picks; else a port of the node's forwarded range
    /// Called when the server says the port is busy: another port to try, or -1 to give up.
    std::function<int(int busyPort)> nextPort = {};
    /// Non-empty: use this node's persistent probe endpoint of that name instead of a room and
    /// remote publisher made for this probe alone; the probe adds only its rtp_forward and
    /// stops it afterwards. For Janus before 1.2.2, which never frees a remote publisher that
    /// has received RTP (see docs/nat-guide.md): reusing one keeps the sockets it holds fixed.
    QString endpoint = {};
    /// Not null: this hop's remote publisher takes SRTP with this key, and the previous hop's
    /// rtp_forward encrypts with it (a path check run as an encrypted cascade leg runs).
    janus::SrtpKey srtp = {};
};

/// The server side of a probe: a temporary private room on each hop with a remote publisher
/// and an rtp_forward to the next hop, the last one forwarding back to the console. Built
/// from the last hop backwards so every forwarder knows its target port. Torn down on success,
/// failure, cancel and shutdown alike by removing each remote publisher (its forwarders go with
/// it) and then destroying its room: destroying the room alone leaves the publisher's RTP and
/// RTCP sockets bound on Janus 1.1.2 and 1.4.1 (measured, see docs/nat-guide.md).
class ServerLoop : public QObject {
    Q_OBJECT
public:
    /// Probe packets carry SSRC 1000 + 10 × mindex: the probe's stream has mindex 0.
    static constexpr quint32 ssrc = 1000;
    static QString roomDescription(const QString& probeId) {
        return QStringLiteral("jcc-probe:") + probeId;
    }
    /// A persistent endpoint's room: its description, and an id that every console derives
    /// alike from the endpoint's name, so that the next probe (of any process) finds it again.
    static QString endpointDescription(const QString& endpoint) {
        return QStringLiteral("jcc-probe-endpoint:") + endpoint;
    }
    static janus::Id endpointRoom(const QString& endpoint);
    /// The display of an endpoint's remote publisher: it carries the port, which Janus does not
    /// list for remote publishers.
    static QString endpointDisplay(int port);
    static int portOfEndpointDisplay(const QString& display);

    ServerLoop(QList<Hop> hops, QString returnHost, int returnPort, QString probeId,
               QObject* parent = nullptr);
    ~ServerLoop() override;

    void setUp();
    /// Removes everything created so far; emits tornDown() when done (at once if nothing was).
    void tearDown();
    bool isReady() const { return m_ready; }
    /// Where the console sends: the first hop's public address and its remote publisher's port.
    QString entryHost() const {
        return m_hops.isEmpty() ? QString() : m_hops.first().publicAddress;
    }
    int entryPort() const { return m_entryPort; }
    /// The resources still on servers, described for a human ("room 123 on b").
    QStringList leftovers() const;

Q_SIGNALS:
    void ready();
    void failed(const janus::Error& error);
    void progress(const QString& text);
    /// A node of the loop lost its connection (it died, restarted or is unreachable) while the
    /// loop was up: the probe measures nothing meaningful any more.
    void nodeLost(const QString& nodeName, const janus::Error& reason);
    /// complete=false when some node could not be reached to clean up (see leftovers()).
    void tornDown(bool complete);
    /// A probe room is about to be created (emitted before the request, for the crash journal),
    /// and when it is gone (destroyed, refused, or the server no longer has it).
    void roomCreating(const QString& nodeName, const janus::Id& room);
    void roomGone(const QString& nodeName, const janus::Id& room);
    /// An rtp_forward on a persistent endpoint is about to be made (emitted before the request,
    /// for the crash journal, which knows it by its target), and when it is stopped.
    void forwarderCreating(const QString& nodeName, const janus::Id& room,
                           const janus::Id& publisher, const QString& target);
    void forwarderGone(const QString& nodeName, const janus::Id& room, const janus::Id& publisher,
                       const QString& target);
    /// A persistent endpoint holds this port of the node for good (created or found): keep it
    /// out of the node's port allocation.
    void endpointPort(const QString& nodeName, int port);

private:
    struct Created {
        QPointer<janus::VideoRoom> node;
        QString nodeName;
        janus::Id room;
        janus::Id publisher;   ///< the probe's remote publisher in room, once added
        bool endpoint = false; ///< a persistent endpoint: only the forwarder is the probe's
        qint64 forwarder = 0;  ///< its rtp_forward stream id, once made
        QString target = {};   ///< where that forwarder sends, "host:port"
        bool destroying = false;
        bool unreachable = false;
    };
    void setUpHop(int index, const QString& forwardHost, int forwardPort);
    void setUpEndpoint(int index, const QString& forwardHost, int forwardPort);
    void createRoom(int index, janus::Id room, const QString& description,
                    const QString& forwardHost, int forwardPort);
    void addRemotePublisher(int index, janus::Id room, const QString& forwardHost, int forwardPort,
                            int attempt);
    void forward(int index, janus::Id roomId, janus::Id publisher, int publisherPort,
                 const QString& forwardHost, int forwardPort, int attempt);
    void fail(const janus::Error& error);
    /// Counts the request in flight until it has settled (tearDown() waits for them).
    template <typename T> janus::Pending<T> track(janus::Pending<T> pending) {
        trackReply(pending.reply());
        return pending;
    }
    void trackReply(janus::Reply* reply);
    void reuseEndpoint(int index, janus::Id room,
                       const QList<janus::videoroom::Participant>& participants,
                       const QString& forwardHost, int forwardPort);
    void remotePublisherAdded(int index, janus::Id roomId,
                              const janus::videoroom::RemotePublisher& added,
                              const QString& forwardHost, int forwardPort);
    void forwarding(int index, janus::Id roomId, int publisherPort,
                    const janus::videoroom::Forwarder& forwarded);
    void finishTearDown();
    void tearDownRoom(Created& created);
    void settleRoom(const janus::Id& room, bool gone);

    QList<Hop> m_hops;
    QString m_returnHost;
    int m_returnPort;
    QString m_probeId;
    QList<Created> m_created;
    int m_entryPort = 0;
    bool m_ready = false;
    bool m_tearingDown = false;
    int m_pendingTeardown = 0;
    int m_inFlight = 0;
    bool m_tornDownEmitted = false;
    int m_endpointRaces = 0; ///< another console created the same endpoint at the same moment
};

} // namespace probe
