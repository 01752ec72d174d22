// cascade::Monitor against a real Janus pair: rounds of a node check per node and a path check
// a → b at a 1 s interval land in a history store; stop in the middle of a round leaves no probe
// room on the servers.
#include "cascade/fleet.h"
#include "cascade/monitor.h"
#include "history/historystore.h"
#include "janusinstance.h"
#include "replywait.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace cascade;
using testsupport::JanusInstance;

class TestMonitorLive : public QObject {
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

    static NodeSpec loopbackNode(const QString& id, const QUrl& url, int first) {
        NodeSpec spec;
        spec.id = id;
        spec.options.url = url;
        spec.publicAddress = QStringLiteral("127.0.0.1");
        spec.bindAddress = QStringLiteral("127.0.0.1");
        spec.firstPort = first;
        spec.lastPort = first + 39;
        return spec;
    }

    static probe::ProbeRunner::Settings settings() {
        probe::ProbeRunner::Settings s;
        s.rate = 100;
        s.count = 60;
        s.drainMs = 300;
        s.spinPacing = false;
        return s;
    }

private Q_SLOTS:
    void initTestCase() {
        JCC_REQUIRE_JANUS();
        m_a = std::make_unique<JanusInstance>(JanusInstance::Options{});
        m_b = std::make_unique<JanusInstance>(JanusInstance::Options{});
        QVERIFY(m_a->start());
        QVERIFY(m_b->start());
        m_fleet = std::make_unique<Fleet>(&m_log);
        m_fleet->addNode(loopbackNode(QStringLiteral("a"), m_a->apiUrl(), 46600));
        m_fleet->addNode(loopbackNode(QStringLiteral("b"), m_b->apiUrl(), 46700));
        QTRY_VERIFY_WITH_TIMEOUT(m_fleet->node(QStringLiteral("a"))->isReady(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_fleet->node(QStringLiteral("b"))->isReady(), 10000);
    }

    void targetsAndSettingsFollowTheProfile() {
        profile::Profile p;
        p.nodes << profile::Node{};
        p.nodes.last().id = QStringLiteral("a");
        p.nodes << profile::Node{};
        p.nodes.last().id = QStringLiteral("b");
        profile::Link on, off;
        on.sourceNode = QStringLiteral("a");
        on.targetNode = QStringLiteral("b");
        off = on;
        off.sourceNode = QStringLiteral("b");
        off.targetNode = QStringLiteral("a");
        off.enabled = false;
        p.links << on << off;
        const QList<QStringList> expected{{QStringLiteral("a")},
                                          {QStringLiteral("b")},
                                          {QStringLiteral("a"), QStringLiteral("b")}};
        QCOMPARE(Monitor::targetsOf(p), expected);
        p.probe.intervalSeconds = 8;
        p.probe.rate = 50;
        p.probe.count = 1000;
        const auto s = Monitor::settingsFor(p.probe);
        QCOMPARE(s.count, 100); // a quarter of the interval at most
        QVERIFY(!s.spinPacing);
        QCOMPARE(Monitor::seriesKey({QStringLiteral("a"), QStringLiteral("b")}),
                 QStringLiteral("path:a>b"));
        probe::ProbeResult nothing;
        const history::Sample s0 = Monitor::sampleOf(nothing, 5);
        QCOMPARE(s0.lossRatio, 1.0);
        QVERIFY(qIsNaN(s0.rttMedianMs));
    }

    void twoRoundsAreRecorded() {
        QTemporaryDir dir;
        history::HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("history.sqlite"))));
        Monitor monitor(m_fleet.get());
        monitor.setTargets({{QStringLiteral("a")},
                            {QStringLiteral("b")},
                            {QStringLiteral("a"), QStringLiteral("b")}});
        monitor.setSettings(settings());
        monitor.setIntervalMs(1000);
        monitor.setStore(&store);
        QSignalSpy rounds(&monitor, &Monitor::roundFinished);
        QSignalSpy recorded(&store, &history::HistoryStore::roundRecorded);
        qint64 toNext = -1;
        connect(&monitor, &Monitor::roundFinished, this, [&] { toNext = monitor.msToNextRound(); });
        monitor.start();
        QVERIFY(monitor.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(rounds.count(), 2, 60000);
        QVERIFY2(toNext > 0 && toNext <= 1000, qPrintable(QString::number(toNext)));
        QCOMPARE(recorded.count(), 2);
        const auto results = rounds.last().first().value<QList<probe::ProbeResult>>();
        QCOMPARE(results.size(), 3);
        for (const auto& r : results)
            QVERIFY2(r.passed, qPrintable(r.verdict));
        const QStringList expected{QStringLiteral("node:a"), QStringLiteral("node:b"),
                                   QStringLiteral("path:a>b")};
        QCOMPARE(store.seriesList(), expected);
        for (const QString& series : expected) {
            const auto rows = store.query(series, 0, store.now() + 1000, history::Resolution::Raw);
            QCOMPARE(rows.size(), 2);
            QCOMPARE(rows[0].packetsSent, 60);
            QVERIFY(rows[0].rttMedianMs > 0);
            QVERIFY(rows[1].lossRatio < 0.2);
        }
        QSignalSpy stopped(&monitor, &Monitor::stopped);
        monitor.stop();
        QCOMPARE(stopped.count(), 1); // idle between rounds: at once
        QCOMPARE(monitor.msToNextRound(), -1);
    }

    void stopMidRoundLeavesNothing() {
        Monitor monitor(m_fleet.get());
        monitor.setTargets({{QStringLiteral("a"), QStringLiteral("b")}});
        auto s = settings();
        s.count = 2000; // 20 s: still running when stopped
        monitor.setSettings(s);
        monitor.setIntervalMs(1000);
        QSignalSpy rounds(&monitor, &Monitor::roundFinished);
        QSignalSpy stopped(&monitor, &Monitor::stopped);
        monitor.start();
        QVERIFY(monitor.isBusy());
        QTest::qWait(2500); // set up on both servers and sending
        monitor.stop();
        QVERIFY(monitor.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 15000);
        QVERIFY(!monitor.isBusy());
        QCOMPARE(rounds.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(probeRooms(QStringLiteral("a")), 0, 5000);
        QCOMPARE(probeRooms(QStringLiteral("b")), 0);
    }

    void cleanupTestCase() { m_fleet.reset(); }
};

QTEST_MAIN(TestMonitorLive)
#include "tst_monitor_live.moc"
