// Fleet, NodesModel, LinksModel and ParticipantsModel against real Janus servers, each model
// under QAbstractItemModelTester.
#include "cascade/fleet.h"
#include "cascade/linksmodel.h"
#include "cascade/nodesmodel.h"
#include "cascade/participantsmodel.h"
#include "janusinstance.h"
#include "replywait.h"

#include <QAbstractItemModelTester>

using namespace cascade;
using testsupport::JanusInstance;

class TestFleetLive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nodesLinksAndParticipants() {
        JCC_REQUIRE_JANUS();
        JanusInstance::Options o;
        o.rooms = {{1234, QStringLiteral("Source"), {}, false}};
        JanusInstance a(o);
        QVERIFY(a.start());

        EventLog log;
        Fleet fleet(&log);
        NodesModel nodes(&fleet);
        LinksModel links(&fleet);
        QAbstractItemModelTester t1(&nodes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&links, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);

        NodeSpec spec;
        spec.id = QStringLiteral("a");
        spec.name = QStringLiteral("Node A");
        spec.options.url = a.apiUrl();
        spec.publicAddress = QStringLiteral("127.0.0.1");
        spec.firstPort = 40000;
        spec.lastPort = 40099;
        NodeClient* node = fleet.addNode(spec);
        NodeSpec dead = spec;
        dead.id = QStringLiteral("dead");
        dead.options.url =
            QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(JanusInstance::freeTcpPort()));
        fleet.addNode(dead);
        QCOMPARE(nodes.rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(node->isReady(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(nodes.data(nodes.index(0, NodesModel::StateColumn))
                                     .toString()
                                     .startsWith(QStringLiteral("connected — Janus ") +
                                                 testsupport::JanusInstance::binaryVersion()),
                                 5000);
        QTRY_VERIFY_WITH_TIMEOUT(nodes.data(nodes.index(1, NodesModel::StateColumn))
                                     .toString()
                                     .startsWith(QLatin1String("reconnecting in")),
                                 5000);
        QCOMPARE(nodes.data(nodes.index(0, NodesModel::PortsColumn)).toString(),
                 QStringLiteral("40000–40099"));
        QCOMPARE(nodes.data(nodes.index(0, NodesModel::BindColumn)).toString(),
                 QStringLiteral("all interfaces"));

        // A link to a node that is down says so.
        LinkPlan plan{QStringLiteral("l1"),
                      QStringLiteral("a"),
                      QStringLiteral("dead"),
                      janus::Id(1234),
                      janus::Id(1234),
                      {},
                      false,
                      {},
                      QStringLiteral("127.0.0.1"),
                      {},
                      {},
                      false};
        QVERIFY(fleet.addLink(plan));
        QCOMPARE(links.rowCount(), 1);
        fleet.bringUp(QStringLiteral("l1"), 300);
        QTRY_COMPARE_WITH_TIMEOUT(links.data(links.index(0, LinksModel::StateColumn)).toString(),
                                  QStringLiteral("down"), 5000);
        QVERIFY(links.data(links.index(0, LinksModel::ReasonColumn))
                    .toString()
                    .contains(QLatin1String("target node dead is unreachable")));
        QVERIFY(log.toText().contains(QLatin1String("down: target node dead")));

        // The watcher of the link shows up as a participant of room 1234.
        ParticipantsModel participants;
        QAbstractItemModelTester t4(&participants,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        participants.setRoom(node, janus::Id(1234));
        QTRY_COMPARE_WITH_TIMEOUT(participants.rowCount(), 1, 5000);
        QCOMPARE(participants.data(participants.index(0, ParticipantsModel::KindColumn)).toString(),
                 QStringLiteral("console watcher"));

        fleet.removeNode(QStringLiteral("dead")); // takes its link along
        QCOMPARE(links.rowCount(), 0);
        QCOMPARE(nodes.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFleetLive)
#include "tst_fleet_live.moc"
