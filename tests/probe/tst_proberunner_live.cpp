// The RTP loopback probe against real Janus on loopback: node and path checks measure every
// packet, cancel at any moment leaves nothing on the servers, foreign packets are ignored and
// counted, a busy return port is a clear error.
#include "cascade/fleet.h"
#include "cascade/nodesmodel.h"
#include "janusinstance.h"
#include "probe/prometheus.h"
#include "replywait.h"

#include <QUdpSocket>

using namespace cascade;
using probe::ProbeResult;
using probe::ProbeRunner;
using testsupport::JanusInstance;

class TestProbeRunnerLive : public QObject {
    Q_OBJECT
    std::unique_ptr<JanusInstance> m_a, m_b;
    EventLog m_log;
    std::unique_ptr<Fleet> m_fleet;

    int probeRooms(const QString& node) {
        const auto listed = testsupport::wait(m_fleet->node(node)->videoroom()->list());
        int n = 0;
        for (const auto& room : janus::videoroom::parseRooms(listed.result))
            n += room.description.startsWith(QLatin1String("jcc-probe:"));
        return n;
    }

    /// A node on loopback, bound to 127.0.0.1, with `count` forwarded ports from `first`.
    static NodeSpec loopbackNode(const QString& id, const QUrl& url, int first, int count) {
        NodeSpec spec;
        spec.id = id;
        spec.options.url = url;
        spec.publicAddress = QStringLiteral("127.0.0.1");
        spec.bindAddress = QStringLiteral("127.0.0.1");
        spec.firstPort = first;
        spec.lastPort = first + count - 1;
        return spec;
    }

    ProbeResult run(ProbeRunner* runner, int timeoutMs = 20000) {
        QSignalSpy finished(runner, &ProbeRunner::finished);
        runner->start();
        // QSignalSpy::wait runs a real event loop; QTest::qWait/qWaitFor sleep 10 ms between
        // rounds, which would show up in the RTT and the sender's pacing.
        if (finished.isEmpty() && !finished.wait(timeoutMs) && finished.isEmpty())
            return {};
        return finished.first().first().value<ProbeResult>();
    }

private Q_SLOTS:
    void initTestCase() {
        JCC_REQUIRE_JANUS();
        JanusInstance::Options o;
        o.name = QStringLiteral("a");
        m_a = std::make_unique<JanusInstance>(o);
        o.name = QStringLiteral("b");
        m_b = std::make_unique<JanusInstance>(o);
        QVERIFY(m_a->start());
        QVERIFY(m_b->start());
        m_fleet = std::make_unique<Fleet>(&m_log);
        const int ports = JanusInstance::freeUdpPortBlock(40);
        m_fleet->addNode(loopbackNode(QStringLiteral("a"), m_a->apiUrl(), ports, 20));
        m_fleet->addNode(loopbackNode(QStringLiteral("b"), m_b->apiUrl(), ports + 20, 20));
        QTRY_VERIFY_WITH_TIMEOUT(m_fleet->node(QStringLiteral("a"))->isReady() &&
                                     m_fleet->node(QStringLiteral("b"))->isReady(),
                                 10000);
    }

    void nodeCheck() {
        ProbeRunner::Settings s;
        s.count = 200;
        s.rate = 200;
        std::unique_ptr<ProbeRunner> runner(m_fleet->createProbe({QStringLiteral("a")}, s));
        QSignalSpy updates(runner.get(), &ProbeRunner::updated);
        const ProbeResult r = run(runner.get());
        QCOMPARE(r.sent, 200);
        QCOMPARE(r.received, 200);
        QCOMPARE(r.lost, 0);
        QCOMPARE(r.duplicated, 0);
        QVERIFY(r.rttMinMs > 0 && r.rttMedianMs < 50);
        QVERIFY(r.passed);
        QVERIFY2(r.verdict.startsWith(QLatin1String("NAT forwarding works: 127.0.0.1:")),
                 qPrintable(r.verdict));
        int perSecond = 0;
        for (const auto& second : r.seconds)
            perSecond += second.sent;
        QCOMPARE(perSecond, 200); // one second of sending, split by when each packet left
        QVERIFY(r.seconds.size() <= 2);
        // Batched for the UI: about ten updates a second, not one per packet.
        QVERIFY2(updates.count() >= 5 && updates.count() < 40,
                 qPrintable(QString::number(updates.count())));
        qInfo() << "node check on loopback:" << r.timestampMode << "timestamps, RTT median"
                << r.rttMedianMs << "ms, p99" << r.rttP99Ms << "ms, sender self-jitter p99"
                << r.sendJitterUs << "µs";
#if defined(Q_OS_LINUX) && !defined(JCC_PORTABLE)
        QCOMPARE(r.timestampMode, QStringLiteral("kernel"));
#elif defined(JCC_PORTABLE) // the path Windows and macOS take, built and run here
        QCOMPARE(r.timestampMode, QStringLiteral("portable"));
#endif
        QCOMPARE(probeRooms(QStringLiteral("a")), 0);
        QVERIFY(runner->leftovers().isEmpty());

        // The same check with user-space stamps only: says so, and measures the same path.
        s.kernelTimestamps = false;
        std::unique_ptr<ProbeRunner> portable(m_fleet->createProbe({QStringLiteral("a")}, s));
        const ProbeResult p = run(portable.get());
        QCOMPARE(p.timestampMode, QStringLiteral("portable"));
        QCOMPARE(p.received, 200);
        QVERIFY(p.rttMinMs > 0 && p.rttMedianMs < 50);
        qInfo() << "the same in portable mode: RTT median" << p.rttMedianMs << "ms, p99"
                << p.rttP99Ms << "ms";
    }

    void probesShareAHub() {
        // Two concurrent probes on one return port: each gets its own packets, none strays.
        probe::ProbeHub hub;
        QString error;
        QVERIFY2(hub.bind(QHostAddress::LocalHost, 0, true, &error), qPrintable(error));
        ProbeRunner::Settings s;
        s.count = 150;
        s.rate = 150;
        std::unique_ptr<ProbeRunner> toA(
            m_fleet->createProbe({QStringLiteral("a")}, s, nullptr, &hub));
        std::unique_ptr<ProbeRunner> toB(
            m_fleet->createProbe({QStringLiteral("b")}, s, nullptr, &hub));
        QSignalSpy finishedA(toA.get(), &ProbeRunner::finished);
        QSignalSpy finishedB(toB.get(), &ProbeRunner::finished);
        toA->start();
        toB->start();
        QVERIFY(!finishedA.isEmpty() || finishedA.wait(20000));
        QVERIFY(!finishedB.isEmpty() || finishedB.wait(20000));
        for (QSignalSpy* spy : {&finishedA, &finishedB}) {
            const ProbeResult r = spy->first().first().value<ProbeResult>();
            QVERIFY2(r.received == 150, qPrintable(r.verdict));
            QCOMPARE(r.foreign, 0);
            QCOMPARE(r.duplicated, 0);
        }
        QCOMPARE(hub.unclaimed(), quint64(0));
        QCOMPARE(hub.sessionCount(), 0);
        QCOMPARE(probeRooms(QStringLiteral("a")) + probeRooms(QStringLiteral("b")), 0);
    }

    // A forwarded port that something else holds: Janus refuses it ("Could not open UDP
    // socket"), the probe moves on to the next pair and passes, and the refused port is counted
    // in the node row (with advice in its tooltip) and in the metrics.
    void aRefusedPortIsCountedAndShown() {
        const int first = JanusInstance::freeUdpPortBlock(4);
        QUdpSocket holder;
        QVERIFY(holder.bind(QHostAddress::LocalHost, quint16(first),
                            QAbstractSocket::DontShareAddress));
        const NodeSpec spec = loopbackNode(QStringLiteral("held"), m_a->apiUrl(), first, 4);
        NodeClient* node = m_fleet->addNode(spec);
        NodesModel nodes(m_fleet.get());
        QTRY_VERIFY_WITH_TIMEOUT(node->isReady(), 10000);
        const QModelIndex ports =
            nodes.index(int(m_fleet->nodeIds().indexOf(spec.id)), NodesModel::PortsColumn);
        QCOMPARE(nodes.data(ports).toString(), QStringLiteral("%1–%2").arg(first).arg(first + 3));
        QSignalSpy changed(&nodes, &QAbstractItemModel::dataChanged);

        ProbeRunner::Settings s;
        s.count = 50;
        s.rate = 100;
        std::unique_ptr<ProbeRunner> runner(m_fleet->createProbe({spec.id}, s));
        QVERIFY(runner);
        const ProbeResult r = run(runner.get());
        QVERIFY2(r.passed, qPrintable(r.verdict));
        QVERIFY2(r.verdict.contains(QString::number(first + 2)), qPrintable(r.verdict));
        QCOMPARE(node->ports()->unusable(), QList<int>{first});
        QVERIFY(!changed.isEmpty());
        QCOMPARE(nodes.data(ports).toString(),
                 QStringLiteral("%1–%2 (1 unusable)").arg(first).arg(first + 3));
        const QString advice = nodes.data(ports, Qt::ToolTipRole).toString();
        QVERIFY2(advice.startsWith(QStringLiteral("1 of 2 forwarded port pairs refused by the "
                                                  "server (%1)")
                                       .arg(first)),
                 qPrintable(advice));
        QVERIFY(advice.contains(QLatin1String("restart Janus")));
        probe::PrometheusWriter metrics;
        metrics.nodePortsUnusable(spec.id, int(node->ports()->unusable().size()));
        QVERIFY(
            metrics.text().contains(QStringLiteral("jcc_node_ports_unusable{node=\"held\"} 1")));

        // The next probe does not try the refused port again.
        runner.reset(m_fleet->createProbe({spec.id}, s));
        QSignalSpy progress(runner.get(), &ProbeRunner::progress);
        QVERIFY(run(runner.get()).passed);
        for (const QList<QVariant>& line : progress)
            QVERIFY2(!line.first().toString().contains(QStringLiteral("port %1").arg(first)),
                     qPrintable(line.first().toString()));
        m_fleet->removeNode(spec.id);
    }

    // 200 probe rounds, as a monitor runs them, do not grow the sockets Janus holds: on Janus
    // before 1.2.2 every round reuses the node's probe endpoint, on newer ones every round's
    // objects are removed and their ports freed. Either way the count after the 200th round is
    // the count after the first.
    void twoHundredRoundsKeepTheSocketsFlat() {
        const int first = JanusInstance::freeUdpPortBlock(10);
        const NodeSpec spec = loopbackNode(QStringLiteral("rounds"), m_a->apiUrl(), first, 10);
        NodeClient* node = m_fleet->addNode(spec);
        QTRY_VERIFY_WITH_TIMEOUT(node->isReady(), 10000);
        ProbeRunner::Settings s;
        s.count = 5;
        s.rate = 1000;
        s.drainMs = 300;
        auto inRange = [&] {
            QList<int> held;
            for (int port : m_a->udpPortsHeld())
                if (port >= first && port <= first + 9)
                    held << port;
            return held;
        };
        QList<int> afterFirst;
        for (int round = 0; round < 200; ++round) {
            std::unique_ptr<ProbeRunner> runner(m_fleet->createProbe({spec.id}, s));
            QVERIFY2(runner, qPrintable(QStringLiteral("round %1").arg(round)));
            const ProbeResult r = run(runner.get());
            QVERIFY2(r.passed,
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(r.verdict)));
            if (round == 0) {
                QTest::qWait(500); // 1.4 closes sockets a moment after it answers
                afterFirst = inRange();
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(inRange(), afterFirst, 3000);
        QVERIFY(node->ports()->unusable().isEmpty());
        const bool endpoints = Fleet::usesProbeEndpoints(*node);
        qInfo("200 rounds on Janus %d (%s): %lld forwarded port(s) held before and after",
              node->connection()->serverInfo().version,
              endpoints ? "probe endpoint" : "per-probe objects", qlonglong(afterFirst.size()));
        QCOMPARE(afterFirst.size(), endpoints ? 1 : 0);
        m_fleet->removeNode(spec.id);
    }

    void pathCheck() {
        ProbeRunner::Settings s;
        s.count = 100;
        s.rate = 100;
        std::unique_ptr<ProbeRunner> runner(
            m_fleet->createProbe({QStringLiteral("a"), QStringLiteral("b")}, s));
        const ProbeResult r = run(runner.get());
        QCOMPARE(r.received, 100);
        QCOMPARE(r.target, QStringLiteral("path a → b"));
        QCOMPARE(probeRooms(QStringLiteral("a")) + probeRooms(QStringLiteral("b")), 0);
    }

    void cancelAtAnyMomentLeavesNothing() {
        for (int delayMs : {0, 2, 5, 20, 300}) {
            ProbeRunner::Settings s;
            s.count = 1000;
            s.rate = 100;
            std::unique_ptr<ProbeRunner> runner(
                m_fleet->createProbe({QStringLiteral("a"), QStringLiteral("b")}, s));
            QSignalSpy finished(runner.get(), &ProbeRunner::finished);
            runner->start();
            QTest::qWait(delayMs);
            runner->cancel();
            QVERIFY(finished.wait(10000) || finished.count() == 1);
            QCOMPARE(finished.count(), 1);
            QVERIFY(!finished.first().first().value<ProbeResult>().passed);
            QCOMPARE(probeRooms(QStringLiteral("a")) + probeRooms(QStringLiteral("b")), 0);
        }
    }

    void foreignPacketsAreCountedNotTrusted() {
        ProbeRunner::Settings s;
        s.count = 100;
        s.rate = 100;
        QUdpSocket reserve;
        QVERIFY(reserve.bind(QHostAddress::LocalHost, 0));
        s.returnPort = reserve.localPort();
        reserve.close(); // free it again for the probe, and aim garbage at it
        s.returnAddress = QStringLiteral("127.0.0.1");
        std::unique_ptr<ProbeRunner> runner(m_fleet->createProbe({QStringLiteral("a")}, s));
        QSignalSpy finished(runner.get(), &ProbeRunner::finished);
        runner->start();
        QUdpSocket attacker;
        QTest::qWait(200);
        for (int i = 0; i < 20; ++i)
            attacker.writeDatagram(QByteArray(i * 3, char(i)), QHostAddress::LocalHost,
                                   quint16(s.returnPort));
        if (finished.isEmpty())
            QVERIFY(finished.wait(20000));
        const ProbeResult r = finished.first().first().value<ProbeResult>();
        QCOMPARE(r.received, 100);
        QCOMPARE(r.foreign, 20);
    }

    void badSettingsAndBusyPort() {
        ProbeRunner::Settings s;
        s.rate = 5000;
        QVERIFY(ProbeRunner::validate(s).contains(QLatin1String("rate 5000")));
        s.rate = 50;
        QUdpSocket busy;
        QVERIFY(busy.bind(QHostAddress::LocalHost, 0));
        s.returnAddress = QStringLiteral("127.0.0.1");
        s.returnPort = busy.localPort();
        std::unique_ptr<ProbeRunner> runner(m_fleet->createProbe({QStringLiteral("a")}, s));
        QSignalSpy failed(runner.get(), &ProbeRunner::failed);
        const ProbeResult r = run(runner.get(), 5000);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().value<janus::Error>().message().contains(
            QLatin1String("cannot listen on 127.0.0.1")));
        QCOMPARE(r.sent, 0);
        QCOMPARE(probeRooms(QStringLiteral("a")), 0);
    }

    void nodeDyingMidProbe() {
        // B dies (kill -9) in the middle of a path check: the probe ends on its own, says what
        // it saw, and leaves nothing on A, which is still alive.
        ProbeRunner::Settings s;
        s.count = 400;
        s.rate = 100;
        s.drainMs = 1000;
        std::unique_ptr<ProbeRunner> runner(
            m_fleet->createProbe({QStringLiteral("a"), QStringLiteral("b")}, s));
        QSignalSpy finished(runner.get(), &ProbeRunner::finished);
        QSignalSpy updated(runner.get(), &ProbeRunner::updated);
        runner->start();
        QVERIFY(updated.wait(10000)); // sending
        QTRY_VERIFY_WITH_TIMEOUT(runner->result().received > 50, 5000);
        m_b->kill();
        QVERIFY(!finished.isEmpty() || finished.wait(30000));
        const ProbeResult r = finished.first().first().value<ProbeResult>();
        qInfo().noquote() << "B died mid-probe:" << r.received << "of" << r.sent
                          << "came back; verdict:" << r.verdict;
        QVERIFY(r.received > 50);
        QVERIFY(!r.passed);
        QVERIFY2(r.verdict.contains(QLatin1String("b went away during the probe")),
                 qPrintable(r.verdict));
        QVERIFY(r.sent < 400); // it stopped sending into the void
        QCOMPARE(probeRooms(QStringLiteral("a")), 0);
        QVERIFY(m_b->start()); // for whatever runs after
    }
};

QTEST_GUILESS_MAIN(TestProbeRunnerLive)
#include "tst_proberunner_live.moc"
