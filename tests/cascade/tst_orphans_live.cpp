// Orphans, the three ways, in rooms with secrets: journal leftovers (a private probe room that
// `list` hides), an incomplete link (a copy no remotization feeds), marked objects of a link
// the profile does not have. A link's own complete mirror and other people's objects stay.
// settleJournal() is what every start runs.
#include "cascade/marker.h"
#include "cascade/mediatap.h"
#include "cascade/orphanscanner.h"
#include "janusinstance.h"
#include "replywait.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace cascade;
using namespace janus;
using testsupport::JanusInstance;

namespace {

const QString kSecret = QStringLiteral("orphan-room-secret");

} // namespace

class TestOrphansLive : public QObject {
    Q_OBJECT

    std::unique_ptr<JanusInstance> m_janus;
    /// The remote publisher's port, free when the test starts (the test's variants run side by
    /// side, so no fixed number).
    int m_publisherPort = JanusInstance::freeUdpPortBlock(1);
    std::unique_ptr<NodeClient> m_node;
    profile::Profile m_profile;
    profile::MemorySecretStore m_secrets;

    VideoRoom* vr() { return m_node->videoroom(); }

    Id addRemote(Id room, const QString& display) {
        VideoRoom::AddRemotePublisher spec;
        spec.room = room;
        spec.display = display;
        spec.streams = {
            videoroom::Stream::make(QStringLiteral("audio"), 0, QStringLiteral("opus"))};
        spec.secret = kSecret;
        const auto r = testsupport::wait(vr()->addRemotePublisher(spec));
        const auto rp = videoroom::parseRemotePublisher(r.result);
        return rp ? rp->id : Id();
    }

    /// A private probe room, as a killed console leaves it, with its remote publisher.
    Id privateProbeRoom() {
        VideoRoom::CreateRoom room;
        room.room = Id(qint64(QRandomGenerator::global()->generate64() >> 12));
        room.description = QStringLiteral("jcc-probe:killed");
        room.isPrivate = true;
        if (!testsupport::wait(vr()->create(room)).ok())
            return {};
        VideoRoom::AddRemotePublisher spec;
        spec.room = room.room;
        spec.display = room.description;
        spec.port = m_publisherPort; // to see it given back
        spec.streams = {
            videoroom::Stream::make(QStringLiteral("audio"), 0, QStringLiteral("opus"))};
        testsupport::wait(vr()->addRemotePublisher(spec));
        return room.room;
    }

    bool roomExists(Id room) {
        const auto r = testsupport::wait(vr()->exists(room));
        return r.result.value(QStringLiteral("exists")).toBool();
    }

    QList<videoroom::Participant> participants(Id room) {
        return videoroom::parseParticipants(testsupport::wait(vr()->listParticipants(room)).result);
    }

    QList<LinkPlan> plans() const {
        LinkPlan l1; // b/1235 → b/1234; nobody publishes in 1235, so no copy of it is fed
        l1.id = QStringLiteral("l1");
        l1.sourceNode = l1.targetNode = QStringLiteral("b");
        l1.sourceRoom = Id(1235);
        l1.targetRoom = Id(1234);
        l1.sourceRoomSecret = l1.targetRoomSecret = kSecret;
        return {l1};
    }

private Q_SLOTS:
    void initTestCase() {
        JCC_REQUIRE_JANUS();
        QStandardPaths::setTestModeEnabled(true);
        JanusInstance::Options o;
        o.rooms = {{1234, QStringLiteral("Target"), kSecret, false},
                   {1235, QStringLiteral("Source"), kSecret, false}};
        m_janus = std::make_unique<JanusInstance>(o);
        QVERIFY(m_janus->start());
        Connection::Options co;
        co.url = m_janus->apiUrl();
        m_node = std::make_unique<NodeClient>(QStringLiteral("b"), co);
        m_node->open();
        QTRY_VERIFY_WITH_TIMEOUT(m_node->isReady(), 10000);
        m_profile.nodes = {profile::Node{QStringLiteral("b"), {}, {}, {}, {}, {}, {}, {}}};
        m_secrets.setSecret(QStringLiteral("b"), profile::SecretKind::RoomSecret, kSecret);
    }

    void findsTheThreeKindsAndRemovesThem() {
        QTemporaryDir dir;
        const Id gone =
            addRemote(Id(1234), marker::display(QStringLiteral("x"), QStringLiteral("gone")));
        const Id unfed =
            addRemote(Id(1234), marker::display(QStringLiteral("y"), QStringLiteral("l1")));
        const Id foreign = addRemote(Id(1234), QStringLiteral("somebody else's remote publisher"));
        QVERIFY(gone.isValid() && unfed.isValid() && foreign.isValid());
        const Id hidden = privateProbeRoom();
        QVERIFY(hidden.isValid());
        {
            Journal killed(dir.path()); // ends with its entries unsettled, as after kill -9
            killed.created(
                {JournalEntry::Kind::ProbeRoom, QStringLiteral("b"), hidden, {}, {}, {}});
            killed.created(
                {JournalEntry::Kind::ProbeRoom, QStringLiteral("b"), Id(424242), {}, {}, {}});
        }
        Journal journal(dir.path());

        OrphanScanner scanner({m_node.get()}, plans());
        scanner.setRoomSecrets(m_profile, m_secrets);
        scanner.setJournal(&journal, journal.adoptLeftovers());
        QSignalSpy scanned(&scanner, &OrphanScanner::scanned);
        scanner.scan();
        QVERIFY(scanned.wait(5000));
        QVERIFY2(scanner.errors().isEmpty(), qPrintable(scanner.errors().join(QLatin1Char('\n'))));
        QStringList described;
        for (const Orphan& o : scanner.orphans())
            described << o.describe();
        const QString all = described.join(QLatin1Char('\n'));
        QCOMPARE(scanner.orphans().size(), 3);
        QCOMPARE(scanner.orphans()[0].found, Orphan::Found::Journal);
        QCOMPARE(scanner.orphans()[0].room, hidden); // found although `list` hides it
        QCOMPARE(scanner.orphans()[1].found, Orphan::Found::IncompleteLink);
        QCOMPARE(scanner.orphans()[1].id, unfed);
        QCOMPARE(scanner.orphans()[2].found, Orphan::Found::Marker);
        QCOMPARE(scanner.orphans()[2].id, gone);
        QVERIFY2(!all.contains(kSecret), qPrintable(all));
        QCOMPARE(journal.unsettled().size(), 1); // room 424242 did not exist: settled

        QSignalSpy removed(&scanner, &OrphanScanner::removed);
        scanner.remove(scanner.orphans());
        QVERIFY(removed.wait(5000));
        QVERIFY2(removed.first().at(1).toStringList().isEmpty(),
                 qPrintable(removed.first().at(1).toStringList().join(QLatin1Char('\n'))));
        QCOMPARE(removed.first().first().toInt(), 3);
        QVERIFY(!roomExists(hidden));
        QVERIFY(journal.unsettled().isEmpty());
        scanner.scan();
        QVERIFY(scanned.wait(5000));
        QVERIFY(scanner.orphans().isEmpty());
        const auto left = participants(Id(1234));
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().id, foreign);
        testsupport::wait(vr()->removeRemotePublisher(Id(1234), foreign, kSecret));
    }

    void aJournalEntryOfAProfileLinkGoesBackToItsLink() {
        // At a start, a copy of a link the profile has is the link's again: its reconciler repairs
        // it.
        const Id copy =
            addRemote(Id(1234), marker::display(QStringLiteral("z"), QStringLiteral("l1")));
        QTemporaryDir dir;
        {
            Journal killed(dir.path());
            killed.created({JournalEntry::Kind::RemotePublisher,
                            QStringLiteral("b"),
                            Id(1234),
                            copy,
                            {},
                            QStringLiteral("l1")});
        }
        Journal journal(dir.path());
        OrphanScanner scanner({m_node.get()}, plans());
        scanner.setRoomSecrets(m_profile, m_secrets);
        scanner.setJournal(&journal, journal.adoptLeftovers());
        QSignalSpy scanned(&scanner, &OrphanScanner::scanned);
        scanner.scan(OrphanScanner::Scope::Journal);
        QVERIFY(scanned.wait(5000));
        QVERIFY(scanner.orphans().isEmpty()); // handed back to l1
        QCOMPARE(scanner.adopted(), 1);
        QVERIFY(journal.unsettled().isEmpty());
        testsupport::wait(vr()->removeRemotePublisher(Id(1234), copy, kSecret));
    }

    void settleJournalRemovesWhatAnEndedConsoleLeft() {
        QTemporaryDir dir;
        const Id hidden = privateProbeRoom();
        QVERIFY(m_janus->udpPortsHeld().contains(m_publisherPort));
        {
            Journal killed(dir.path());
            killed.created(
                {JournalEntry::Kind::ProbeRoom, QStringLiteral("b"), hidden, {}, {}, {}});
        }
        Journal journal(dir.path());
        QString summary;
        bool complete = false, done = false;
        settleJournal(journal, {m_node.get()}, plans(), m_profile, m_secrets, this,
                      [&](const QString& s, bool c) {
                          summary = s;
                          complete = c;
                          done = true;
                      });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QVERIFY2(complete, qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("1 removed")), qPrintable(summary));
        QVERIFY(!roomExists(hidden));
        QVERIFY(journal.unsettled().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!m_janus->udpPortsHeld().contains(m_publisherPort), 3000);
        // Nothing left: the next start has nothing to do, and says nothing.
        done = false;
        settleJournal(journal, {m_node.get()}, plans(), m_profile, m_secrets, this,
                      [&](const QString& s, bool) {
                          summary = s;
                          done = true;
                      });
        QVERIFY(done);
        QVERIFY(summary.isEmpty());
    }

    // A console killed in the middle of a media tap: the journal names each forwarder by where
    // it sends and the SSRC it writes (one per stream), and the next start stops it.
    void settleJournalStopsAKilledMediaTap() {
        QTemporaryDir dir;
        const Id copy = addRemote(Id(1234), QStringLiteral("tapped [jcc:l1]"));
        QVERIFY(copy.isValid());
        const int port = JanusInstance::freeUdpPortBlock(1);
        const quint32 ssrc = 0x12345600;
        const auto forwarded =
            testsupport::wait(vr()->rtpForward(Id(1234), copy, QStringLiteral("127.0.0.1"),
                                               {{QStringLiteral("0"), port, ssrc}}, kSecret));
        QVERIFY(forwarded.ok());
        {
            Journal killed(dir.path());
            killed.created({JournalEntry::Kind::Forwarder, QStringLiteral("b"), Id(1234), copy,
                            MediaTap::forwarderTarget(QStringLiteral("127.0.0.1"), port, ssrc),
                            QStringLiteral("l1")});
        }
        Journal journal(dir.path());
        QString summary;
        bool complete = false, done = false;
        settleJournal(journal, {m_node.get()}, plans(), m_profile, m_secrets, this,
                      [&](const QString& s, bool c) {
                          summary = s;
                          complete = c;
                          done = true;
                      });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QVERIFY2(complete, qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("1 removed")), qPrintable(summary));
        QVERIFY(journal.unsettled().isEmpty());
        const auto listed = testsupport::wait(vr()->listForwarders(Id(1234), kSecret));
        for (const auto& f : videoroom::parseForwarders(listed.result))
            QVERIFY2(f.publisherId != copy || f.streams.isEmpty(), "the tap's forwarder is left");
        testsupport::wait(vr()->removeRemotePublisher(Id(1234), copy, kSecret));
    }
};

QTEST_GUILESS_MAIN(TestOrphansLive)
#include "tst_orphans_live.moc"
