// Continuous monitoring in the window, by keyboard and mouse only, against a real Janus pair on
// a 1024×700 screen: Ctrl+M turns Monitor on, rounds of node and path checks arrive in the
// History tab's chart, the 1 h range, hover values, CSV export through the dialog, and the
// tab's checkbox turns it off again with no probe left in flight. The history store is one of
// this run (XDG_DATA_HOME in a temporary folder).
#include "cascade/fleet.h"
#include "history/historystore.h"
#include "historychart.h"
#include "historyview.h"
#include "janusinstance.h"
#include "journey.h"
#include "mainwindow.h"
#include "monitorpanel.h"
#include "profile/profileio.h"
#include "replywait.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

using testsupport::JanusInstance;

class TestJourneyMonitorLive : public QObject {
    Q_OBJECT
    std::unique_ptr<JanusInstance> m_a, m_b;
    QTemporaryDir m_dir;
    QString m_profile;

    void saveThroughDialog(const QString& path) {
        QFileDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget())), 5000);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        QTRY_VERIFY(name->hasFocus());
        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(name, path);
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!QApplication::activeModalWidget(), 5000);
    }

    /// Points of the median line labelled `label`.
    static int pointsOf(ui::HistoryChart* chart, const QString& label) {
        for (QAbstractSeries* s : chart->view()->chart()->series())
            if (auto* line = qobject_cast<QLineSeries*>(s); line && line->name() == label)
                return int(line->count());
        return -1;
    }

private Q_SLOTS:
    void initTestCase() {
        JCC_REQUIRE_JANUS();
        QVERIFY(m_dir.isValid());
        m_a = std::make_unique<JanusInstance>(JanusInstance::Options{});
        m_b = std::make_unique<JanusInstance>(JanusInstance::Options{});
        QVERIFY(m_a->start());
        QVERIFY(m_b->start());
        const int ports = JanusInstance::freeUdpPortBlock(40);
        profile::Profile p;
        p.name = QStringLiteral("monitor journey");
        for (const auto& [id, url, first] :
             {std::tuple{QStringLiteral("a"), m_a->apiUrl(), ports},
              std::tuple{QStringLiteral("b"), m_b->apiUrl(), ports + 20}}) {
            profile::Node n;
            n.id = id;
            n.name = id.toUpper();
            n.apiUrl = url;
            n.bindAddress = QStringLiteral("127.0.0.1");
            n.publicAddress = QStringLiteral("127.0.0.1");
            n.forwardedPorts = profile::PortRange{first, first + 19};
            p.nodes << n;
        }
        profile::Link link; // not brought up by opening: only its path is checked
        link.id = QStringLiteral("a-to-b");
        link.sourceNode = QStringLiteral("a");
        link.sourceRoom = janus::Id(1234);
        link.targetNode = QStringLiteral("b");
        link.targetRoom = janus::Id(4321);
        p.links << link;
        p.probe.rate = 50;
        p.probe.count = 50;
        p.probe.intervalSeconds = 5;
        m_profile = m_dir.filePath(QStringLiteral("monitor.json"));
        QVERIFY(profile::io::save(m_profile, p));
    }

    void monitorIntoTheHistoryTab() {
        cascade::EventLog log;
        cascade::Fleet fleet(&log);
        ui::MainWindow window(&fleet);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openProfile(m_profile));
        QTRY_VERIFY_WITH_TIMEOUT(
            fleet.node(QStringLiteral("a")) && fleet.node(QStringLiteral("a"))->isReady() &&
                fleet.node(QStringLiteral("b")) && fleet.node(QStringLiteral("b"))->isReady(),
            15000);
        ui::MonitorPanel* panel = window.monitor();
        QVERIFY2(panel->store()->isOpen(), qPrintable(panel->store()->error().message));
        QVERIFY(panel->store()->path().startsWith(qEnvironmentVariable("XDG_DATA_HOME")));
        auto* toggle = panel->findChild<QCheckBox*>(QStringLiteral("monitorToggle"));
        QVERIFY(toggle && !toggle->isChecked()); // off until turned on
        journey::clickTab(window.tabs(), panel);
        QCOMPARE(window.tabs()->currentWidget(), panel);
        QVERIFY(journey::reactivate(&window));

        // Ctrl+M: on; the status bar counts the rounds.
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
        QVERIFY(toggle->isChecked());
        QVERIFY(panel->toggleAction()->isChecked());
        QLabel* status = panel->statusLabel();
        QVERIFY(window.statusBar()->isAncestorOf(status));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("monitoring: round 1")),
                                 3000);
        ui::HistoryChart* chart = panel->chart();
        QCOMPARE(chart->span(), ui::HistoryChart::Span::Hour); // fresh rounds show at once
        QTest::mouseClick(chart->findChild<QToolButton*>(
                              QStringLiteral("span%1").arg(int(ui::HistoryChart::Span::Day))),
                          Qt::LeftButton);
        QCOMPARE(chart->span(), ui::HistoryChart::Span::Day);
        QTRY_VERIFY_WITH_TIMEOUT(chart->series().size() == 3, 60000);
        const QStringList all{QStringLiteral("node:a"), QStringLiteral("node:b"),
                              QStringLiteral("path:a>b")};
        QCOMPARE(chart->series(), all);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String(", next in ")), 3000);
        QVERIFY2(QRegularExpression(QStringLiteral("^monitoring: round 1, next in [1-5] s$"))
                     .match(status->text())
                     .hasMatch(),
                 qPrintable(status->text()));

        // The 1 h range, then the values of node a's point on hover.
        QTest::mouseClick(chart->findChild<QToolButton*>(
                              QStringLiteral("span%1").arg(int(ui::HistoryChart::Span::Hour))),
                          Qt::LeftButton);
        QCOMPARE(chart->span(), ui::HistoryChart::Span::Hour);
        for (const QString& label :
             {QStringLiteral("node a"), QStringLiteral("node b"), QStringLiteral("a → b")})
            QTRY_VERIFY2(pointsOf(chart, label) > 0, qPrintable(label));
        const auto rows = panel->store()->query(
            QStringLiteral("node:a"), 0, panel->store()->now() + 1000, history::Resolution::Raw);
        QVERIFY(!rows.isEmpty());
        const QPointF at = chart->view()->chart()->mapToPosition(
            QPointF(double(rows[0].timeMs), rows[0].rttMedianMs));
        // At the row's time, halfway up the plot (loopback RTTs lie on the axis).
        const QRectF plot = chart->view()->chart()->plotArea();
        QTest::mouseMove(chart->view()->viewport(),
                         QPoint(int(std::min(at.x(), plot.right() - 1)), int(plot.center().y())));
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), chart->view()->hoverText());
        QVERIFY2(QToolTip::text().contains(QLatin1String("median ")), qPrintable(QToolTip::text()));
        QVERIFY2(QToolTip::text().contains(QDateTime::fromMSecsSinceEpoch(rows[0].timeMs)
                                               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                 qPrintable(QToolTip::text()));

        // CSV (raw rows) through the button's menu and the save dialog.
        auto* csvButton = chart->findChild<QPushButton*>(QStringLiteral("exportCsv"));
        QVERIFY(csvButton && csvButton->menu());
        bool chosen = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu || chosen)
                return;
            chosen = true;
            QTest::keyClick(menu, Qt::Key_Down);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        poll.start();
        QTest::mouseClick(csvButton, Qt::LeftButton);
        poll.stop();
        QVERIFY(chosen);
        const QString csv = m_dir.filePath(QStringLiteral("monitor.csv"));
        saveThroughDialog(csv);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const QString& series : all)
            QVERIFY2(text.contains(series), qPrintable(text));

        // Every control of the tab on the 1024×700 screen.
        const QStringList outside =
            journey::controlsOutside(panel, panel->screen()->availableGeometry());
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1Char('\n'))));
        QVERIFY2(journey::mnemonicClashes(&window).isEmpty(),
                 qPrintable(journey::mnemonicClashes(&window)));

        // Off with a click on the tab's checkbox: no check left in flight.
        QVERIFY(journey::reactivate(&window));
        QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(8, toggle->height() / 2));
        QVERIFY(!toggle->isChecked());
        QVERIFY(!panel->toggleAction()->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 10000);
        QVERIFY(status->text().isEmpty());
        const int rounds = panel->monitor()->round();
        QTest::qWait(6000);
        QCOMPARE(panel->monitor()->round(), rounds); // stays off

        // On again, then File → Quit (Alt+F, Q) while a check runs: the window waits until the
        // check has removed its probe room, then closes.
        QVERIFY(journey::reactivate(&window));
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isBusy(), 3000);
        QTest::keyClick(&window, Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(QApplication::activePopupWidget());
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Q);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 6000);
        QVERIFY(!panel->isBusy());
        for (const QString& id : {QStringLiteral("a"), QStringLiteral("b")}) {
            const auto listed = testsupport::wait(fleet.node(id)->videoroom()->list());
            for (const auto& room : janus::videoroom::parseRooms(listed.result))
                QVERIFY2(!room.description.startsWith(QLatin1String("jcc-probe:")),
                         qPrintable(id + QStringLiteral(": ") + room.description));
        }
    }

    /// A path that cannot work raises an alert: a warning in the event log and the tab's alert
    /// line; turning Monitor off leaves it as it was.
    void brokenPathRaisesAnAlert() {
        profile::Profile p = *profile::io::load(m_profile).profile;
        // Loopback, where nothing listens (b binds 127.0.0.1): b's probes are lost.
        p.nodes[1].publicAddress = QStringLiteral("127.0.0.2");
        p.alerts.raiseAfter = 1;
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QVERIFY(profile::io::save(path, p));
        cascade::EventLog log;
        cascade::Fleet fleet(&log);
        ui::MainWindow window(&fleet);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openProfile(path));
        QTRY_VERIFY_WITH_TIMEOUT(
            fleet.node(QStringLiteral("b")) && fleet.node(QStringLiteral("b"))->isReady(), 15000);
        ui::MonitorPanel* panel = window.monitor();
        journey::clickTab(window.tabs(), panel);
        auto* alerts = panel->findChild<QLabel*>(QStringLiteral("alerts"));
        QVERIFY(alerts && alerts->isVisible());
        QCOMPARE(alerts->text(), QStringLiteral("Alerts: none"));
        QVERIFY(journey::reactivate(&window));
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
        QSignalSpy rounds(panel->monitor(), &cascade::Monitor::roundFinished);
        QTRY_COMPARE_WITH_TIMEOUT(rounds.count(), 1, 60000);
        QVERIFY2(alerts->text().startsWith(QLatin1String("Alerts: node b: probe loss 100.0 %")),
                 qPrintable(alerts->text()));
        bool warned = false;
        for (int i = 0; i < log.rowCount(); ++i)
            warned = warned || (log.index(i, cascade::EventLog::LevelColumn).data().toString() ==
                                    QLatin1String("warning") &&
                                log.index(i, cascade::EventLog::TextColumn)
                                    .data()
                                    .toString()
                                    .startsWith(QLatin1String("alert: node b: probe loss")));
        QVERIFY(warned);
        QVERIFY(!alerts->text().contains(QLatin1String("node a")));
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 10000);
    }

    /// A store that cannot be opened: the tab and the event log say so, monitoring still runs.
    void noHistoryStillMonitors() {
        const QByteArray data = qgetenv("XDG_DATA_HOME");
        QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        qputenv("XDG_DATA_HOME", blocker.fileName().toUtf8()); // a file where a folder must be
        cascade::EventLog log;
        cascade::Fleet fleet(&log);
        ui::MainWindow window(&fleet);
        qputenv("XDG_DATA_HOME", data);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ui::MonitorPanel* panel = window.monitor();
        QVERIFY(!panel->store()->isOpen());
        journey::clickTab(window.tabs(), panel);
        auto* problem = panel->findChild<QLabel*>(QStringLiteral("historyProblem"));
        QVERIFY(problem && problem->isVisible());
        QVERIFY2(problem->text().startsWith(QLatin1String("No history: ")),
                 qPrintable(problem->text()));
        bool logged = false;
        for (int i = 0; i < log.rowCount(); ++i)
            logged = logged || log.index(i, cascade::EventLog::TextColumn)
                                   .data()
                                   .toString()
                                   .startsWith(QLatin1String("No history: "));
        QVERIFY(logged);
        QVERIFY(window.openProfile(m_profile));
        QTRY_VERIFY_WITH_TIMEOUT(
            fleet.node(QStringLiteral("a")) && fleet.node(QStringLiteral("a"))->isReady(), 15000);
        QVERIFY(journey::reactivate(&window));
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
        QSignalSpy rounds(panel->monitor(), &cascade::Monitor::roundFinished);
        QTRY_COMPARE_WITH_TIMEOUT(rounds.count(), 1, 60000);
        auto* toggle = panel->findChild<QCheckBox*>(QStringLiteral("monitorToggle"));
        QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(8, toggle->height() / 2));
        QVERIFY(!toggle->isChecked());
        QVERIFY(!panel->monitor()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 10000);
    }
};

// The history store of this run only.
int main(int argc, char** argv) {
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", data.path().toUtf8());
    return journey::run<TestJourneyMonitorLive>(argc, argv, JCC_SOURCE_DIR_LITERAL, false);
}
#include "tst_journey_monitor_live.moc"
