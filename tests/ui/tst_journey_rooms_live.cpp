// Journey: rooms by hand against real Janus. The first screen says what to do and disables what
// needs a node; a node is selected by mouse; Create room… opens the room editor, which refuses a
// bad id and takes an id, a description, a secret and the publishers typed on the keyboard; the
// room is listed, logged (without its secret) and announced; Destroy room… removes it with the
// node's room secret, and the announcement goes with it. The console's watcher is counted and
// named. Alt+R/L/B/T switch tabs without pressing a button, every Alt+letter is unique, Tab
// leaves a table, and a stopped node's room list is greyed and marked stale.
#include "banner.h"
#include "janusinstance.h"
#include "journey.h"
#include "linkspanel.h"
#include "mainwindow.h"
#include "probepanel.h"
#include "profile/profileio.h"
#include "replywait.h"
#include "roomeditordialog.h"
#include "roomspanel.h"
#include "topologyview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using testsupport::JanusInstance;

namespace {

const QString kSecret = QStringLiteral("journey-rooms-secret");

int rowOfRoom(QTableView* view, const QString& room) {
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, 0).data().toString() == room)
            return row;
    return -1;
}

} // namespace

class TestJourneyRoomsLive : public QObject {
    Q_OBJECT
    std::unique_ptr<JanusInstance> m_janus;
    testsupport::LiveVideoRoom m_live;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        JCC_REQUIRE_JANUS();
        JanusInstance::Options o;
        o.name = QStringLiteral("rooms-a");
        o.rooms = {{1234, QStringLiteral("Town hall"), kSecret, false}};
        m_janus = std::make_unique<JanusInstance>(o);
        QVERIFY(m_janus->start());
        QVERIFY(m_live.open(m_janus->apiUrl()));
        // The node's room secret, as the profile's secret store keeps it.
        qputenv("JCC_A_ROOM_SECRET", kSecret.toUtf8());
    }

    void roomsByHand() {
        cascade::EventLog log;
        cascade::Fleet fleet(&log);
        ui::MainWindow window(&fleet);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::RoomsPanel* rooms = window.rooms();

        // First screen: a hint, and nothing that needs a node is enabled.
        auto* hint = window.findChild<QLabel*>(QStringLiteral("nodesHint"));
        QVERIFY(hint && hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("Add…")));
        QVERIFY(hint->text().contains(QLatin1String("Ctrl+Shift+N")));
        QVERIFY(rooms->staleLabel()->isVisible());
        QVERIFY(rooms->staleLabel()->text().contains(QStringLiteral("Add…")));
        auto* edit = window.findChild<QPushButton*>(QStringLiteral("editNode"));
        auto* remove = window.findChild<QPushButton*>(QStringLiteral("removeNode"));
        QVERIFY(edit && remove);
        QVERIFY(!edit->isEnabled());
        QVERIFY(!remove->isEnabled());
        QVERIFY(!rooms->createButton()->isEnabled());
        QVERIFY(!rooms->refreshButton()->isEnabled());
        QVERIFY(!rooms->destroyButton()->isEnabled());

        // Set-up: the profile with node a (the node dialog has its own journey).
        profile::Profile p;
        p.name = QStringLiteral("rooms journey");
        p.nodes << profile::Node{
            QStringLiteral("a"), QStringLiteral("A"), m_janus->apiUrl(), {}, {}, {}, {}, {}};
        const QString path = m_dir.filePath(QStringLiteral("rooms.json"));
        QVERIFY(profile::io::save(path, p));
        QVERIFY(window.openProfile(path));
        QTRY_VERIFY_WITH_TIMEOUT(
            fleet.node(QStringLiteral("a")) && fleet.node(QStringLiteral("a"))->isReady(), 10000);
        QVERIFY(!hint->isVisible());

        // Select the node by mouse: Edit and Remove come alive.
        QTableView* nodes = window.nodesView();
        QTest::mouseClick(nodes->viewport(), Qt::LeftButton, {},
                          nodes->visualRect(nodes->model()->index(0, 0)).center());
        QTRY_VERIFY(edit->isEnabled());
        QVERIFY(remove->isEnabled());
        QTRY_VERIFY(rooms->createButton()->isEnabled());
        QVERIFY(!rooms->staleLabel()->isVisible());
        // The State column elides; its tooltip has the whole line, others explain the cell.
        const QModelIndex state = nodes->model()->index(0, cascade::NodesModel::StateColumn);
        QCOMPARE(state.data(Qt::ToolTipRole).toString(), state.data().toString());
        const QModelIndex url = nodes->model()->index(0, cascade::NodesModel::UrlColumn);
        QVERIFY(!url.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(url.data(Qt::ToolTipRole).toString() != url.data().toString());

        QTableView* roomsView = rooms->roomsView();
        QTRY_VERIFY_WITH_TIMEOUT(rowOfRoom(roomsView, QStringLiteral("1234")) >= 0, 10000);

        // The console's watcher in room 1234 (what a link from this room starts): counted, named.
        cascade::RoomWatcher* watcher = fleet.node(QStringLiteral("a"))->watcher(janus::Id(1234));
        QTRY_VERIFY_WITH_TIMEOUT(watcher->isSynced(), 10000);
        const auto inJanus = janus::videoroom::parseParticipants(
            testsupport::wait(m_live.videoroom->listParticipants(janus::Id(1234))).result);
        QCOMPARE(inJanus.size(), 1);
        QTest::keyClick(rooms->refreshButton(), Qt::Key_F5);
        const auto countCell = [&] {
            return roomsView->model()->index(rowOfRoom(roomsView, QStringLiteral("1234")),
                                             cascade::RoomsModel::ParticipantsColumn);
        };
        QTRY_COMPARE_WITH_TIMEOUT(countCell().data().toString(),
                                  QStringLiteral("0 + console watcher"), 10000);
        QVERIFY(countCell().data(Qt::ToolTipRole).toString().contains(QLatin1String("watcher")));
        QTest::mouseClick(roomsView->viewport(), Qt::LeftButton, {},
                          roomsView->visualRect(countCell()).center());
        auto* participants = rooms->findChild<QTableView*>(QStringLiteral("participants"));
        QVERIFY(participants);
        QTRY_COMPARE_WITH_TIMEOUT(participants->model()->rowCount(), 1, 10000);
        const QModelIndex kind =
            participants->model()->index(0, cascade::ParticipantsModel::KindColumn);
        QCOMPARE(kind.data().toString(), QStringLiteral("console watcher"));
        QVERIFY(kind.data(Qt::ToolTipRole).toString() != kind.data().toString());
        QVERIFY(rooms->destroyButton()->isEnabled());

        // Tab leaves the table instead of walking its cells.
        roomsView->setFocus(); // the click above focused it already; make sure
        QTest::keyClick(roomsView, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != roomsView);
        QVERIFY(!roomsView->isAncestorOf(QApplication::focusWidget()));
        QTest::mouseClick(nodes->viewport(), Qt::LeftButton, {},
                          nodes->visualRect(nodes->model()->index(0, 0)).center());
        QCOMPARE(QApplication::focusWidget(), nodes);
        QTest::keyClick(nodes, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != nodes);

        // Create room…, by mouse; the editor by keyboard.
        QString refused;
        bool secretNoted = false, idWhole = false;
        auto done =
            journey::whenModal<ui::RoomEditorDialog>(this, [&](ui::RoomEditorDialog* dialog) {
                auto* id = dialog->findChild<QLineEdit*>(QStringLiteral("roomId"));
                QTRY_COMPARE(QApplication::focusWidget(), id);
                idWhole = id->contentsRect().width() > id->fontMetrics().horizontalAdvance(
                                                           QStringLiteral("9223372036854775807"));
                QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("12ab$"));
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
                auto* error = dialog->findChild<QLabel*>(QStringLiteral("error"));
                refused = dialog->isVisible() && error->isVisible() ? error->text() : QString();
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
                QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("4242"));
                QTest::keyClick(dialog, Qt::Key_D, Qt::AltModifier);
                QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Journey room"));
                QTest::keyClick(dialog, Qt::Key_U, Qt::AltModifier);
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
                QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("3"));
                QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier);
                QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("opus"));
                // The secret: typed anew, the node's, and the dialog says it is the node's.
                QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
                QTest::keyClicks(QApplication::focusWidget(), kSecret);
                auto* note = dialog->findChild<QLabel*>(QStringLiteral("secretNote"));
                secretNoted = note->text().contains(QLatin1String("a's room secret"));
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            });
        QTest::mouseClick(rooms->createButton(), Qt::LeftButton);
        QVERIFY(*done);
        QVERIFY2(refused.contains(QLatin1String("not valid")), qPrintable(refused));
        QVERIFY(secretNoted);
        QVERIFY(idWhole);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfRoom(roomsView, QStringLiteral("4242")) >= 0, 10000);
        QVERIFY(rooms->banner()->text().contains(QLatin1String("Room 4242 created")));
        QVERIFY2(log.toText().contains(QLatin1String("room 4242 created: \"Journey room\", 3 "
                                                     "publishers, with a room secret, audio opus")),
                 qPrintable(log.toText()));
        QVERIFY(!log.toText().contains(kSecret));
        // Janus has the room with what was typed, and its secret is the node's.
        QJsonObject listed;
        for (const QJsonValue& v : testsupport::wait(m_live.videoroom->list())
                                       .result.value(QStringLiteral("list"))
                                       .toArray())
            if (v.toObject().value(QStringLiteral("room")).toInteger() == 4242)
                listed = v.toObject();
        QCOMPARE(listed.value(QStringLiteral("description")).toString(),
                 QStringLiteral("Journey room"));
        QCOMPARE(listed.value(QStringLiteral("max_publishers")).toInt(), 3);
        QCOMPARE(listed.value(QStringLiteral("audiocodec")).toString(), QStringLiteral("opus"));
        QVERIFY(!testsupport::wait(m_live.videoroom->destroy(janus::Id(4242), QStringLiteral("no")))
                     .ok());

        // An empty id: Janus chooses a (long) number, and the list shows it whole.
        const int before = roomsView->model()->rowCount();
        QVERIFY(journey::reactivate(&window));
        done = journey::whenModal<ui::RoomEditorDialog>(this, [](ui::RoomEditorDialog* dialog) {
            QTest::keyClick(dialog, Qt::Key_D, Qt::AltModifier);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Janus picks"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        QTest::mouseClick(rooms->createButton(), Qt::LeftButton);
        QVERIFY(*done);
        QTRY_COMPARE_WITH_TIMEOUT(roomsView->model()->rowCount(), before + 1, 10000);
        QString chosen;
        for (int row = 0; row < roomsView->model()->rowCount(); ++row)
            if (roomsView->model()->index(row, 1).data().toString() ==
                QStringLiteral("Janus picks"))
                chosen = roomsView->model()->index(row, 0).data().toString();
        QVERIFY(chosen.size() >= 8);
        QTRY_VERIFY2(roomsView->columnWidth(0) >=
                         roomsView->fontMetrics().horizontalAdvance(chosen),
                     qPrintable(chosen));
        QVERIFY(testsupport::wait(m_live.videoroom->destroy(janus::Id::fromText(chosen), kSecret))
                    .ok());
        QTRY_VERIFY_WITH_TIMEOUT(rowOfRoom(roomsView, chosen) < 0, 10000);
        // Its "created" banner went with it.
        QCOMPARE(rooms->banner()->text(), QString());

        // Destroy room…: select 4242 by mouse, confirm by mouse.
        QTest::mouseClick(roomsView->viewport(), Qt::LeftButton, {},
                          roomsView
                              ->visualRect(roomsView->model()->index(
                                  rowOfRoom(roomsView, QStringLiteral("4242")), 0))
                              .center());
        auto confirmed = journey::whenModal<QMessageBox>(this, [](QMessageBox* box) {
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::mouseClick(rooms->destroyButton(), Qt::LeftButton);
        QVERIFY(*confirmed);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfRoom(roomsView, QStringLiteral("4242")) < 0, 10000);
        QVERIFY(log.toText().contains(QLatin1String("room 4242 destroyed")));
        // The announcement went with the room.
        QCOMPARE(rooms->banner()->text(), QString());
        QVERIFY(!log.toText().contains(kSecret));

        // Alt+letters: tabs switch, no button is pressed, no letter is claimed twice.
        const int entries = log.rowCount();
        QTabWidget* tabs = window.tabs();
        QVERIFY(journey::reactivate(&window));
        const std::pair<Qt::Key, QWidget*> steps[] = {
            {Qt::Key_L, window.links()},    {Qt::Key_R, window.rooms()},
            {Qt::Key_T, window.topology()}, {Qt::Key_L, window.links()},
            {Qt::Key_B, window.probe()},    {Qt::Key_T, window.topology()},
            {Qt::Key_R, window.rooms()}};
        for (const auto& [key, page] : steps) {
            QTest::keyClick(&window, key, Qt::AltModifier);
            QTRY_COMPARE(tabs->currentWidget(), page);
            QCOMPARE(QApplication::activeModalWidget(), nullptr);
            QVERIFY2(journey::mnemonicClashes(&window).isEmpty(),
                     qPrintable(journey::mnemonicClashes(&window)));
        }
        QCOMPARE(log.rowCount(), entries);

        // The node's Janus stops: its room list stays, greyed, and says it is stale.
        QVERIFY(rowOfRoom(roomsView, QStringLiteral("1234")) >= 0);
        m_janus->stop();
        QTRY_VERIFY_WITH_TIMEOUT(rooms->staleLabel()->isVisible(), 10000);
        QVERIFY2(rooms->staleLabel()->text().startsWith(QLatin1String("Stale: a is not connected "
                                                                      "since")),
                 qPrintable(rooms->staleLabel()->text()));
        QVERIFY(!roomsView->isEnabled());
        QVERIFY(rowOfRoom(roomsView, QStringLiteral("1234")) >= 0);
        QVERIFY(!rooms->createButton()->isEnabled());
        QVERIFY(!rooms->destroyButton()->isEnabled());
        window.grab().save(QStringLiteral("/tmp/jcc-rooms-stale.png"));
    }
};

int main(int argc, char** argv) {
    return journey::run<TestJourneyRoomsLive>(argc, argv, JCC_SOURCE_DIR_LITERAL, true);
}
#include "tst_journey_rooms_live.moc"
