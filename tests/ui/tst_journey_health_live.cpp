// Journey: node health in the window against real Janus. Node a has an Admin API, node b has
// none. A click selects a node, a click on the Health tab shows its panel: Admin API ok,
// the server's name and version, sessions and handles as the Admin API counts them, also in the
// node table's columns; "Refresh now" reads again and sees a session that came meanwhile. Node b
// says it has no Admin API and how to get one. With a werift publisher mirrored by a link, the
// tab shows its source-side media counters. Screenshots: /tmp/jcc-health*.png.
#include "janusinstance.h"
#include "journey.h"
#include "mainwindow.h"
#include "nodehealthpanel.h"
#include "profile/profileio.h"
#include "replywait.h"
#include "webrtcpublisher.h"

#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>

using testsupport::JanusInstance;

namespace {

const QString kAdminSecret = QStringLiteral("journey-health-admin");

int rowOf(QTableView* view, const QString& id) {
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, 0).data(cascade::NodesModel::NodeIdRole) == id)
            return row;
    return -1;
}

void clickRow(QTableView* view, int row) {
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(row, 0)).center());
}

QString cell(QTableView* view, int row, int column) {
    return view->model()->index(row, column).data().toString();
}

} // namespace

class TestJourneyHealthLive : public QObject {
    Q_OBJECT
    std::unique_ptr<JanusInstance> m_janus;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        JCC_REQUIRE_JANUS();
        JanusInstance::Options o;
        o.name = QStringLiteral("health-a");
        o.adminSecret = kAdminSecret;
        o.rooms = {{1234, QStringLiteral("Source"), {}, false},
                   {4321, QStringLiteral("Mirror"), {}, false}};
        m_janus = std::make_unique<JanusInstance>(o);
        QVERIFY(m_janus->start());
        qputenv("JCC_A_ADMIN_SECRET", kAdminSecret.toUtf8());
    }

    void healthOfTheSelectedNode() {
        cascade::EventLog log;
        cascade::Fleet fleet(&log);
        ui::MainWindow window(&fleet);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        profile::Profile p;
        p.name = QStringLiteral("health journey");
        for (const QString& id : {QStringLiteral("a"), QStringLiteral("b")}) {
            profile::Node n;
            n.id = id;
            n.name = id.toUpper();
            n.apiUrl = m_janus->apiUrl();
            if (id == QLatin1String("a"))
                n.adminUrl = m_janus->adminUrl();
            p.nodes << n;
        }
        const QString path = m_dir.filePath(QStringLiteral("health.json"));
        QVERIFY(profile::io::save(path, p));
        QVERIFY(window.openProfile(path));
        QTableView* nodes = window.nodesView();
        QTRY_VERIFY_WITH_TIMEOUT(
            fleet.node(QStringLiteral("a")) && fleet.node(QStringLiteral("a"))->isReady(), 10000);

        // The columns fill in by themselves (the first round follows the Admin API's ready).
        const int a = rowOf(nodes, QStringLiteral("a"));
        const int b = rowOf(nodes, QStringLiteral("b"));
        QTRY_COMPARE_WITH_TIMEOUT(cell(nodes, a, cascade::NodesModel::AdminColumn),
                                  QStringLiteral("ok"), 10000);
        // Node b's handle may attach after the first round: the next one (10 s later) counts it.
        QTRY_VERIFY_WITH_TIMEOUT(cell(nodes, a, cascade::NodesModel::SessionsColumn).toInt() >= 2 &&
                                     cell(nodes, a, cascade::NodesModel::HandlesColumn).toInt() >=
                                         2,
                                 15000);
        QCOMPARE(cell(nodes, b, cascade::NodesModel::AdminColumn), QStringLiteral("none"));
        QVERIFY(nodes->model()
                    ->index(b, cascade::NodesModel::AdminColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("admin_url")));

        // Select node a by mouse, then the Health tab.
        clickRow(nodes, a);
        ui::NodeHealthPanel* panel = window.health();
        QTabBar* tabs = window.tabs()->tabBar();
        const int healthTab = window.tabs()->indexOf(panel);
        QVERIFY(healthTab >= 0);
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(healthTab).center());
        QTRY_VERIFY(panel->isVisible());
        QCOMPARE(panel->nodeId(), QStringLiteral("a"));
        auto label = [panel](const char* name) {
            return panel->findChild<QLabel*>(QLatin1String(name))->text();
        };
        QTRY_COMPARE(label("healthAdmin"), QStringLiteral("ok"));
        QVERIFY(label("healthServer").contains(JanusInstance::binaryVersion()));
        QVERIFY(label("healthServer").contains(QLatin1String("health-a")));
        QVERIFY(label("healthUptime").contains(QLatin1String("not reported")));
        QVERIFY(label("healthPlugins").contains(QLatin1String("janus.plugin.videoroom")));
        QCOMPARE(label("healthAccepting"), QStringLiteral("accepted"));
        const int before = label("healthSessions").toInt();
        QVERIFY(before >= 2);

        // Another session comes; Refresh now (a click) counts it.
        janus::Connection::Options extraOptions;
        extraOptions.url = m_janus->apiUrl();
        janus::Connection extra(extraOptions);
        QSignalSpy ready(&extra, &janus::Connection::ready);
        extra.open();
        QVERIFY(ready.wait(10000));
        auto* refresh = panel->findChild<QPushButton*>(QStringLiteral("healthRefresh"));
        QVERIFY(refresh->isEnabled());
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(label("healthSessions").toInt(), before + 1, 5000);
        QTRY_COMPARE(cell(nodes, a, cascade::NodesModel::SessionsColumn).toInt(), before + 1);
        window.grab().save(QStringLiteral("/tmp/jcc-health.png"));

        // Node b: no Admin API, said so; Refresh now has nothing to read.
        clickRow(nodes, b);
        QTRY_COMPARE(panel->nodeId(), QStringLiteral("b"));
        QVERIFY(label("healthAdmin").contains(QLatin1String("admin_url")));
        QVERIFY(!refresh->isEnabled());
        QCOMPARE(label("healthSessions"), QStringLiteral("—"));
        window.grab().save(QStringLiteral("/tmp/jcc-health-no-admin.png"));
    }

    /// A link mirrors a real werift publisher (rooms of one server): the source node's Health
    /// tab shows that publisher's media counters after a click on Refresh now.
    void sourceMediaOfAMirror() {
        QString why;
        if (!testsupport::WebRtcPublisher::available(&why))
            QSKIP(qPrintable(QStringLiteral("SKIPPED: no werift publisher: %1").arg(why)));
        testsupport::WebRtcPublisher::Options po;
        po.url = m_janus->apiUrl(JanusInstance::Transport::WebSocket); // werift speaks WS only
        po.room = 1234;
        testsupport::WebRtcPublisher publisher(po);
        QVERIFY2(publisher.start(), qPrintable(publisher.log()));
        cascade::EventLog log;
        cascade::Fleet fleet(&log);
        ui::MainWindow window(&fleet);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        profile::Profile p;
        profile::Node n;
        n.id = QStringLiteral("a");
        n.apiUrl = m_janus->apiUrl();
        n.adminUrl = m_janus->adminUrl();
        n.publicAddress = QStringLiteral("127.0.0.1");
        const int first = JanusInstance::freeUdpPortBlock(40);
        n.forwardedPorts = profile::PortRange{first, first + 19};
        p.nodes << n;
        n.id = QStringLiteral("b"); // the same server again, as the link's target
        n.adminUrl = QUrl();
        n.forwardedPorts = profile::PortRange{first + 20, first + 39};
        p.nodes << n;
        profile::Link l;
        l.id = QStringLiteral("mirror");
        l.sourceNode = QStringLiteral("a");
        l.targetNode = QStringLiteral("b");
        l.sourceRoom = janus::Id(1234);
        l.targetRoom = janus::Id(4321);
        p.links << l;
        const QString path = m_dir.filePath(QStringLiteral("mirror.json"));
        QVERIFY(profile::io::save(path, p));
        QVERIFY(window.openProfile(path));
        QTRY_VERIFY_WITH_TIMEOUT(fleet.link(QStringLiteral("mirror")) &&
                                     fleet.link(QStringLiteral("mirror"))->state() ==
                                         cascade::LinkController::State::Up,
                                 30000);
        QTableView* nodes = window.nodesView();
        clickRow(nodes, rowOf(nodes, QStringLiteral("a")));
        ui::NodeHealthPanel* panel = window.health();
        QTabBar* tabs = window.tabs()->tabBar();
        QTest::mouseClick(tabs, Qt::LeftButton, {},
                          tabs->tabRect(window.tabs()->indexOf(panel)).center());
        QTRY_VERIFY(panel->isVisible());
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("healthRefresh")),
                          Qt::LeftButton);
        auto* media = panel->findChild<QLabel*>(QStringLiteral("healthMedia"));
        const QString key = QStringLiteral("mirror/%1").arg(publisher.publisherId());
        QTRY_VERIFY_WITH_TIMEOUT(
            media->text().contains(key) && media->text().contains(QLatin1String("packets")), 15000);
        qInfo("%s", qPrintable(media->text()));
        QVERIFY(media->text().contains(QLatin1String("ICE ")));
        window.grab().save(QStringLiteral("/tmp/jcc-health-media.png"));
        fleet.bringDown(QStringLiteral("mirror"));
        QTRY_VERIFY_WITH_TIMEOUT(fleet.link(QStringLiteral("mirror"))->state() ==
                                     cascade::LinkController::State::Stopped,
                                 15000);
    }
};

int main(int argc, char** argv) {
    return journey::run<TestJourneyHealthLive>(argc, argv, JCC_SOURCE_DIR_LITERAL, true);
}
#include "tst_journey_health_live.moc"
