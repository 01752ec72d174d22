// Journey: what a killed console left is cleaned up by the window. Opening the profile settles
// the crash journal by itself (a private probe room, which `list` hides, goes); then Links →
// Find orphans… (by mouse) lists an incomplete link and a mirror of a deleted link, and Remove
// all leaves the room with only what is not the console's. Rooms have secrets.
#include "cascade/journal.h"
#include "cascade/marker.h"
#include "janusinstance.h"
#include "journey.h"
#include "linkspanel.h"
#include "mainwindow.h"
#include "orphansdialog.h"
#include "profile/profileio.h"
#include "replywait.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using testsupport::JanusInstance;

namespace {

const QString kSecret = QStringLiteral("journey-orphans-secret");

} // namespace

class TestJourneyOrphansLive : public QObject {
    Q_OBJECT
    std::unique_ptr<JanusInstance> m_source, m_janus;
    testsupport::LiveVideoRoom m_live;
    QTemporaryDir m_dir;

    janus::Id addRemote(janus::Id room, const QString& display, const QString& secret = kSecret) {
        janus::VideoRoom::AddRemotePublisher spec;
        spec.room = room;
        spec.display = display;
        spec.secret = secret;
        spec.streams = {
            janus::videoroom::Stream::make(QStringLiteral("audio"), 0, QStringLiteral("opus"))};
        const auto rp = janus::videoroom::parseRemotePublisher(
            testsupport::wait(m_live.videoroom->addRemotePublisher(spec)).result);
        return rp ? rp->id : janus::Id();
    }

    bool exists(janus::Id room) {
        return testsupport::wait(m_live.videoroom->exists(room))
            .result.value(QStringLiteral("exists"))
            .toBool();
    }

private Q_SLOTS:
    void initTestCase() {
        JCC_REQUIRE_JANUS();
        JanusInstance::Options o;
        o.name = QStringLiteral("orphans-b");
        o.rooms = {{1234, QStringLiteral("Target"), kSecret, false}};
        m_janus = std::make_unique<JanusInstance>(o);
        QVERIFY(m_janus->start());
        o.name = QStringLiteral("orphans-a");
        o.rooms = {{1235, QStringLiteral("Source"), kSecret, false}};
        m_source = std::make_unique<JanusInstance>(o);
        QVERIFY(m_source->start());
        QVERIFY(m_live.open(m_janus->apiUrl()));
        qputenv("JCC_A_ROOM_SECRET", kSecret.toUtf8());
        qputenv("JCC_B_ROOM_SECRET", kSecret.toUtf8());
    }

    void theWindowCleansUpAfterAKilledConsole() {
        profile::Profile p;
        p.name = QStringLiteral("orphans journey");
        p.nodes << profile::Node{
            QStringLiteral("a"), QStringLiteral("A"), m_source->apiUrl(), {}, {}, {}, {}, {}};
        p.nodes << profile::Node{QStringLiteral("b"),
                                 QStringLiteral("B"),
                                 m_janus->apiUrl(),
                                 {},
                                 {},
                                 QStringLiteral("127.0.0.1"),
                                 {},
                                 {}};
        // Disabled: its reconciler would repair the incomplete copy before the user looks.
        p.links << profile::Link{QStringLiteral("l1"),
                                 QStringLiteral("a"),
                                 janus::Id(1235),
                                 {},
                                 QStringLiteral("b"),
                                 janus::Id(1234),
                                 false,
                                 {},
                                 false};
        const QString path = m_dir.filePath(QStringLiteral("orphans.json"));
        QVERIFY(profile::io::save(path, p));
        QVERIFY2(profile::io::load(path).ok(),
                 qPrintable(profile::io::load(path).errors.join(QLatin1Char('\n'))));

        // A console killed mid-probe: its private probe room, in its journal.
        janus::VideoRoom::CreateRoom probeRoom;
        probeRoom.room = janus::Id(qint64(QRandomGenerator::global()->generate64() >> 12));
        probeRoom.description = QStringLiteral("jcc-probe:killed");
        probeRoom.isPrivate = true;
        QVERIFY(testsupport::wait(m_live.videoroom->create(probeRoom)).ok());
        {
            cascade::Journal killed(cascade::Journal::directoryFor(path));
            killed.created({cascade::JournalEntry::Kind::ProbeRoom,
                            QStringLiteral("b"),
                            probeRoom.room,
                            {},
                            {},
                            {}});
        }
        const janus::Id deletedLinksCopy = addRemote(
            janus::Id(1234), cascade::marker::display(QStringLiteral("x"), QStringLiteral("gone")));
        const janus::Id unfedCopy = addRemote(
            janus::Id(1234), cascade::marker::display(QStringLiteral("y"), QStringLiteral("l1")));
        const janus::Id foreign = addRemote(janus::Id(1234), QStringLiteral("not the console's"));
        QVERIFY(deletedLinksCopy.isValid() && unfedCopy.isValid() && foreign.isValid());

        cascade::EventLog log;
        cascade::Fleet fleet(&log);
        ui::MainWindow window(&fleet);
        window.show();
        QCOMPARE(window.screen()->geometry().size(), QSize(1024, 700));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProfile(path));
        // The start settles the journal: the hidden room goes, and the log says so.
        QTRY_VERIFY_WITH_TIMEOUT(!exists(probeRoom.room), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(log.toText().contains(QLatin1String("journal: 1 thing(s)")), 5000);

        // Links tab, by mouse; then Find orphans…
        QTabBar* tabs = window.tabs()->tabBar();
        const int linksTab = window.tabs()->indexOf(window.links());
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(linksTab).center());
        QCOMPARE(window.tabs()->currentIndex(), linksTab);
        QPushButton* find = nullptr;
        for (QPushButton* b : window.links()->findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("Find &orphans…"))
                find = b;
        QVERIFY(find && find->isVisible());
        QTest::mouseClick(find, Qt::LeftButton);
        ui::OrphansDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = qobject_cast<ui::OrphansDialog*>(QApplication::activeModalWidget())), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->list()->topLevelItemCount(), 2, 10000);
        QStringList rows;
        for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i)
            rows << dialog->list()->topLevelItem(i)->text(0) + QLatin1Char('|') +
                        dialog->list()->topLevelItem(i)->text(1);
        QCOMPARE(rows, (QStringList{QStringLiteral("Incomplete link|remote publisher ") +
                                        unfedCopy.toString(),
                                    QStringLiteral("Marker, no such link or probe|remote "
                                                   "publisher ") +
                                        deletedLinksCopy.toString()}));
        QVERIFY(!dialog->status()->text().contains(kSecret));
        // Every control of the dialog is inside the window's screen.
        const QRect screen = window.screen()->availableGeometry();
        QVERIFY2(screen.contains(dialog->frameGeometry()),
                 qPrintable(QStringLiteral("dialog %1,%2 %3x%4 on a screen of %5x%6")
                                .arg(dialog->frameGeometry().x())
                                .arg(dialog->frameGeometry().y())
                                .arg(dialog->frameGeometry().width())
                                .arg(dialog->frameGeometry().height())
                                .arg(screen.width())
                                .arg(screen.height())));
        QVERIFY(dialog->removeButton()->isEnabled());
        QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->status()->text().startsWith(QLatin1String("Nothing left")),
                                 10000);
        QCOMPARE(dialog->list()->topLevelItemCount(), 0);
        QVERIFY(log.toText().contains(QLatin1String("orphans: removed 2 of 2")));
        const auto left = janus::videoroom::parseParticipants(
            testsupport::wait(m_live.videoroom->listParticipants(janus::Id(1234))).result);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().id, foreign);
        dialog->close();
    }
};

// On a laptop-sized screen (1024×700), so that the geometry assertions mean something.
int main(int argc, char** argv) {
    return journey::run<TestJourneyOrphansLive>(argc, argv, JCC_SOURCE_DIR_LITERAL, false);
}
#include "tst_journey_orphans_live.moc"
