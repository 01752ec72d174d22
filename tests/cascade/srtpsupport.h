#pragma once
// What the SRTP tests share: a link between two live Janus servers with a real WebRTC publisher
// in the source room, and the proof that media reaches the target's copy — an rtp_forward of the
// copy back to a local UDP socket, counted for a while, then stopped.
#include "cascade/linkcontroller.h"
#include "janusinstance.h"
#include "replywait.h"
#include "webrtcpublisher.h"

#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QUdpSocket>

namespace srtptest {

const QString kSecretA = QStringLiteral("srtp-room-secret-a");
const QString kSecretB = QStringLiteral("srtp-room-secret-b");

/// Packets of the copy's first stream that reach a local socket through an rtp_forward on the
/// target within ms; -1 when the forwarder could not be made. The forwarder is stopped again.
inline int forwardedPackets(janus::VideoRoom* target, janus::Id room, janus::Id copy, int ms) {
    QUdpSocket socket;
    if (!socket.bind(QHostAddress::LocalHost, 0))
        return -1;
    const auto forwarded = testsupport::result(
        target->rtpForward(room, copy, QStringLiteral("127.0.0.1"),
                           {{QStringLiteral("0"), socket.localPort(), 0}}, kSecretB));
    if (!forwarded || forwarded->streams.isEmpty())
        return -1;
    // Read what came while the answer was awaited too: readyRead is not emitted again until
    // the pending datagrams have been read.
    int packets = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QTest::qWait(20);
        while (socket.hasPendingDatagrams()) {
            socket.receiveDatagram();
            ++packets;
        }
    }
    for (const auto& s : forwarded->streams)
        (void)testsupport::result(target->stopRtpForward(room, copy, s.streamId, kSecretB));
    return packets;
}

inline cascade::LinkPlan plan(const QString& id, profile::Srtp srtp) {
    cascade::LinkPlan p;
    p.id = id;
    p.sourceNode = QStringLiteral("a");
    p.targetNode = QStringLiteral("b");
    p.sourceRoom = janus::Id(1234);
    p.targetRoom = janus::Id(4321);
    p.bindAddress = QStringLiteral("127.0.0.1"); // Janus 1.1.2 binds elsewhere without it
    p.host = QStringLiteral("127.0.0.1");
    p.sourceRoomSecret = kSecretA;
    p.targetRoomSecret = kSecretB;
    p.srtp = srtp;
    return p;
}

/// Janus A (room 1234) with a real WebRTC publisher, Janus B (room 4321), both rooms with
/// secrets, connected, and a watcher of the source room: what every SRTP test starts from.
struct Pair {
    std::unique_ptr<testsupport::JanusInstance> a, b;
    testsupport::LiveVideoRoom liveA, liveB;
    std::unique_ptr<testsupport::WebRtcPublisher> publisher;
    std::unique_ptr<cascade::RoomWatcher> watcher;
    cascade::PortAllocator ports;

    /// Starts it all, A and B from these options (rooms are added); empty when done, else why.
    QString start(testsupport::JanusInstance::Options optionsA,
                  testsupport::JanusInstance::Options optionsB) {
        optionsA.name = QStringLiteral("a");
        optionsA.rooms = {{1234, QStringLiteral("Source"), kSecretA, false}};
        optionsB.name = QStringLiteral("b");
        optionsB.rooms = {{4321, QStringLiteral("Target"), kSecretB, false}};
        a = std::make_unique<testsupport::JanusInstance>(optionsA);
        b = std::make_unique<testsupport::JanusInstance>(optionsB);
        if (!a->start())
            return a->log();
        if (!b->start())
            return b->log();
        if (!liveA.open(a->apiUrl()) || !liveB.open(b->apiUrl()))
            return QStringLiteral("cannot connect to the servers");
        testsupport::WebRtcPublisher::Options po;
        po.url = a->apiUrl(testsupport::JanusInstance::Transport::WebSocket); // werift: WS only
        po.room = 1234;
        publisher = std::make_unique<testsupport::WebRtcPublisher>(po);
        if (!publisher->start())
            return publisher->log();
        watcher = std::make_unique<cascade::RoomWatcher>(liveA.connection.get(), janus::Id(1234));
        const int first = testsupport::JanusInstance::freeUdpPortBlock(40);
        ports = cascade::PortAllocator(first, first + 39);
        return {};
    }

    std::unique_ptr<cascade::LinkController> link(const QString& id, profile::Srtp srtp) {
        return std::make_unique<cascade::LinkController>(
            plan(id, srtp), liveA.videoroom.get(), liveB.videoroom.get(), watcher.get(), &ports);
    }

    void dumpLogs() const {
        a->dumpLog();
        b->dumpLog();
    }
};

/// The remote publishers in the target room.
inline QList<janus::videoroom::Participant> copiesOn(janus::VideoRoom* target) {
    QList<janus::videoroom::Participant> copies;
    if (const auto listed = testsupport::result(target->listParticipants(janus::Id(4321))))
        for (const auto& p : *listed)
            if (p.remote)
                copies << p;
    return copies;
}

} // namespace srtptest
