// The probe's server side on real Janus: one-hop and two-hop loops carry RTP back to the
// console, and every probe room is gone afterwards, also when cancelled mid-setup.
#include "janusinstance.h"
#include "probe/serverloop.h"
#include "replywait.h"

#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QtEndian>

using namespace janus;
using probe::ServerLoop;
using testsupport::JanusInstance;

namespace {

QByteArray rtp(quint16 seq, const QByteArray& payload) {
    QByteArray packet(12, '\0');
    packet[0] = char(0x80);
    packet[1] = char(111);
    qToBigEndian<quint16>(seq, packet.data() + 2);
    qToBigEndian<quint32>(ServerLoop::ssrc, packet.data() + 8);
    return packet + payload;
}

int countProbeRooms(VideoRoom& videoroom) {
    const auto listed = testsupport::wait(videoroom.list());
    int n = 0;
    for (const auto& room : videoroom::parseRooms(listed.result))
        n += room.description.startsWith(QLatin1String("jcc-probe:"));
    return n;
}

} // namespace

class TestServerLoopLive : public QObject {
    Q_OBJECT
    std::unique_ptr<JanusInstance> m_a, m_b;
    testsupport::LiveVideoRoom m_liveA, m_liveB;

    int roundTrip(ServerLoop& loop, QUdpSocket& sink, int count) {
        QUdpSocket source;
        for (int i = 0; i < count; ++i)
            source.writeDatagram(rtp(quint16(i), "loop-" + QByteArray::number(i)),
                                 QHostAddress(loop.entryHost()), quint16(loop.entryPort()));
        QSet<QByteArray> back;
        const bool all = QTest::qWaitFor(
            [&] {
                while (sink.hasPendingDatagrams())
                    back.insert(sink.receiveDatagram().data().mid(12));
                return back.size() >= count;
            },
            5000);
        Q_UNUSED(all)
        return int(back.size());
    }

private Q_SLOTS:
    void initTestCase() {
        JCC_REQUIRE_JANUS();
        JanusInstance::Options a;
        a.name = QStringLiteral("a");
        a.adminKey = QStringLiteral("test-admin-key");
        m_a = std::make_unique<JanusInstance>(a);
        a.name = QStringLiteral("b");
        m_b = std::make_unique<JanusInstance>(a);
        QVERIFY(m_a->start());
        QVERIFY(m_b->start());
        QVERIFY(m_liveA.open(m_a->apiUrl()));
        QVERIFY(m_liveB.open(m_b->apiUrl()));
        m_liveA.videoroom->setAdminKey(QStringLiteral("test-admin-key"));
        m_liveB.videoroom->setAdminKey(QStringLiteral("test-admin-key"));
    }

    void oneHopNodeCheck() {
        QUdpSocket sink;
        QVERIFY(sink.bind(QHostAddress::LocalHost, 0));
        const int port = JanusInstance::freeUdpPortBlock(2);
        ServerLoop loop({{m_liveA.videoroom.get(), QStringLiteral("a"), QStringLiteral("127.0.0.1"),
                          QStringLiteral("127.0.0.1"), port}},
                        QStringLiteral("127.0.0.1"), sink.localPort(), QStringLiteral("t1"));
        QSignalSpy ready(&loop, &ServerLoop::ready);
        loop.setUp();
        QVERIFY(ready.wait(10000));
        QCOMPARE(loop.entryPort(), port);
        QCOMPARE(countProbeRooms(*m_liveA.videoroom), 1);
        QCOMPARE(roundTrip(loop, sink, 20), 20);
        QSignalSpy torn(&loop, &ServerLoop::tornDown);
        loop.tearDown();
        QVERIFY(torn.wait(5000));
        QCOMPARE(torn.first().first().toBool(), true);
        QCOMPARE(countProbeRooms(*m_liveA.videoroom), 0);

        // Why probe endpoints exist, measured: a removed probe publisher that relayed RTP keeps
        // its port bound on Janus before 1.2.2 (fixed by #3345) and frees it on newer versions.
        // Fails if a version behaves otherwise: Fleet::usesProbeEndpoints() would gate wrongly.
        QTest::qWait(1000); // 1.4 closes the sockets a moment after it answers
        const int version = m_liveA.connection->serverInfo().version;
        const bool held = m_a->udpPortsHeld().contains(port);
        qInfo("Janus %d: a removed probe publisher that relayed RTP %s its port", version,
              held ? "keeps" : "frees");
        QCOMPARE(held, version < 1202);
    }

    void twoHopPathCheck() {
        QUdpSocket sink;
        QVERIFY(sink.bind(QHostAddress::LocalHost, 0));
        ServerLoop loop(
            {{m_liveA.videoroom.get(), QStringLiteral("a"), {}, QStringLiteral("127.0.0.1"), 0},
             {m_liveB.videoroom.get(), QStringLiteral("b"), {}, QStringLiteral("127.0.0.1"), 0}},
            QStringLiteral("127.0.0.1"), sink.localPort(), QStringLiteral("t2"));
        QSignalSpy ready(&loop, &ServerLoop::ready);
        loop.setUp();
        QVERIFY(ready.wait(10000));
        QCOMPARE(roundTrip(loop, sink, 20), 20);
        QSignalSpy torn(&loop, &ServerLoop::tornDown);
        loop.tearDown();
        QVERIFY(torn.wait(5000));
        QCOMPARE(countProbeRooms(*m_liveA.videoroom), 0);
        QCOMPARE(countProbeRooms(*m_liveB.videoroom), 0);
    }

    void cancelDuringSetupLeavesNothing() {
        for (int delayMs : {0, 1, 3, 10}) {
            ServerLoop loop(
                {{m_liveA.videoroom.get(), QStringLiteral("a"), {}, QStringLiteral("127.0.0.1"), 0},
                 {m_liveB.videoroom.get(),
                  QStringLiteral("b"),
                  {},
                  QStringLiteral("127.0.0.1"),
                  0}},
                QStringLiteral("127.0.0.1"), 9, QStringLiteral("t3"));
            QSignalSpy torn(&loop, &ServerLoop::tornDown);
            loop.setUp();
            QTest::qWait(delayMs);
            loop.tearDown();
            QVERIFY(torn.wait(5000));
            QCOMPARE(countProbeRooms(*m_liveA.videoroom), 0);
            QCOMPARE(countProbeRooms(*m_liveB.videoroom), 0);
        }
    }

    // Measured on 1.1.2 and 1.4.1: destroying the room alone leaves the remote publisher's RTP
    // and RTCP sockets bound, so each probe moved on by a port pair until the range ran out.
    void probesGiveTheirPortsBack() {
        QUdpSocket sink;
        QVERIFY(sink.bind(QHostAddress::LocalHost, 0));
        const int port = JanusInstance::freeUdpPortBlock(2);
        const QList<int> before = m_a->udpPortsHeld();
        for (int round = 0; round < 20; ++round) {
            ServerLoop loop({{m_liveA.videoroom.get(), QStringLiteral("a"),
                              QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1"), port}},
                            QStringLiteral("127.0.0.1"), sink.localPort(), QStringLiteral("t5"));
            QSignalSpy ready(&loop, &ServerLoop::ready);
            loop.setUp();
            QVERIFY2(ready.wait(10000), qPrintable(QStringLiteral("round %1").arg(round)));
            QCOMPARE(loop.entryPort(), port); // the same port every round: it was given back
            QVERIFY2(m_a->udpPortsHeld().contains(port), "the probe port is not seen in /proc");
            QSignalSpy torn(&loop, &ServerLoop::tornDown);
            loop.tearDown();
            QVERIFY(torn.wait(5000));
            QCOMPARE(torn.first().first().toBool(), true);
            // 1.4 closes the sockets a moment after it answers (under load, once in ~20).
            QTRY_VERIFY_WITH_TIMEOUT(!m_a->udpPortsHeld().contains(port), 3000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_a->udpPortsHeld(), before, 3000);
    }

    // Janus before 1.2.2 never frees a remote publisher that has relayed RTP: the console reuses
    // one persistent endpoint per node and kind of probe, adding and stopping only a forwarder.
    // 20 probes with RTP through it: the same port, one remote publisher, no forwarder left,
    // and the server holds after the 20th what it held after the first — on both versions.
    void anEndpointIsReusedRoundAfterRound() {
        QUdpSocket sink;
        QVERIFY(sink.bind(QHostAddress::LocalHost, 0));
        const int port = JanusInstance::freeUdpPortBlock(2);
        const QString name = QStringLiteral("a/node t6");
        QList<int> afterFirst;
        for (int round = 0; round < 20; ++round) {
            probe::Hop hop{m_liveA.videoroom.get(), QStringLiteral("a"),
                           QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1"), port};
            hop.endpoint = name;
            ServerLoop loop({hop}, QStringLiteral("127.0.0.1"), sink.localPort(),
                            QStringLiteral("t6"));
            QSignalSpy ready(&loop, &ServerLoop::ready);
            QSignalSpy forwarders(&loop, &ServerLoop::forwarderCreating);
            loop.setUp();
            QVERIFY2(ready.wait(10000), qPrintable(QStringLiteral("round %1").arg(round)));
            QCOMPARE(loop.entryPort(), port);
            QCOMPARE(forwarders.count(), 1);
            QCOMPARE(roundTrip(loop, sink, 20), 20);
            QSignalSpy torn(&loop, &ServerLoop::tornDown);
            loop.tearDown();
            QVERIFY(torn.wait(5000));
            QCOMPARE(torn.first().first().toBool(), true);
            if (round == 0) {
                QTest::qWait(500); // 1.4 closes sockets a moment late
                afterFirst = m_a->udpPortsHeld();
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_a->udpPortsHeld(), afterFirst, 3000);
        const Id room = ServerLoop::endpointRoom(name);
        const auto parts = videoroom::parseParticipants(
            testsupport::wait(m_liveA.videoroom->listParticipants(room)).result);
        QCOMPARE(parts.size(), 1);
        QCOMPARE(ServerLoop::portOfEndpointDisplay(parts.first().display), port);
        QVERIFY(videoroom::parseForwarders(
                    testsupport::wait(m_liveA.videoroom->listForwarders(room)).result)
                    .isEmpty());
        testsupport::wait(m_liveA.videoroom->removeRemotePublisher(room, parts.first().id));
        QVERIFY(testsupport::wait(m_liveA.videoroom->destroy(room)).ok());
    }

    void deadNodeIsClearError() {
        ServerLoop loop({{nullptr, QStringLiteral("gone"), {}, QStringLiteral("127.0.0.1"), 0}},
                        QStringLiteral("127.0.0.1"), 9, QStringLiteral("t4"));
        QSignalSpy failed(&loop, &ServerLoop::failed);
        loop.setUp();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().value<Error>().message().contains(QLatin1String("gone")));
    }
};

QTEST_GUILESS_MAIN(TestServerLoopLive)
#include "tst_serverloop_live.moc"
