// Orphans: marked objects that no link owns are found and removed; a link's own mirrors and
// other people's objects are left alone.
#include "cascade/marker.h"
#include "cascade/orphanscanner.h"
#include "janusinstance.h"
#include "replywait.h"

using namespace cascade;
using namespace janus;
using testsupport::JanusInstance;

class TestOrphansLive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findsAndRemovesOnlyOrphans() {
        JCC_REQUIRE_JANUS();
        JanusInstance::Options o;
        o.rooms = {{1234, QStringLiteral("Target"), QStringLiteral("orphan-room-secret"), false}};
        JanusInstance janus(o);
        QVERIFY(janus.start());
        Connection::Options co;
        co.url = janus.apiUrl();
        NodeClient node(QStringLiteral("b"), co);
        node.open();
        QTRY_VERIFY_WITH_TIMEOUT(node.isReady(), 10000);

        const auto audio =
            videoroom::Stream::make(QStringLiteral("audio"), 0, QStringLiteral("opus"));
        for (const QString& display : {marker::display(QStringLiteral("x"), QStringLiteral("gone")),
                                       marker::display(QStringLiteral("y"), QStringLiteral("l1")),
                                       QStringLiteral("somebody else's remote publisher")}) {
            VideoRoom::AddRemotePublisher spec;
            spec.room = Id(1234);
            spec.display = display;
            spec.streams = {audio};
            spec.secret = QStringLiteral("orphan-room-secret");
            QVERIFY(testsupport::wait(node.videoroom()->addRemotePublisher(spec)).ok());
        }
        VideoRoom::CreateRoom probeRoom;
        probeRoom.description = QStringLiteral("jcc-probe:left-behind");
        QVERIFY(testsupport::wait(node.videoroom()->create(probeRoom)).ok());

        OrphanScanner scanner({&node}, {{QStringLiteral("l1"), QStringLiteral("b/1234")}});
        // The room has a secret, as most do: without it remove_remote_publisher gets 429.
        profile::Profile prof;
        prof.nodes = {profile::Node{QStringLiteral("b"), {}, {}, {}, {}, {}, {}, {}}};
        profile::MemorySecretStore secrets;
        secrets.setSecret(QStringLiteral("b"), profile::SecretKind::RoomSecret,
                          QStringLiteral("orphan-room-secret"));
        scanner.setRoomSecrets(prof, secrets);
        QSignalSpy scanned(&scanner, &OrphanScanner::scanned);
        scanner.scan();
        QVERIFY(scanned.wait(5000));
        QCOMPARE(scanner.orphans().size(), 2);
        QStringList described;
        for (const Orphan& orphan : scanner.orphans())
            described << orphan.describe();
        described.sort();
        QVERIFY2(described[0].startsWith(QLatin1String("probe room")),
                 qPrintable(described.join(QLatin1Char('\n'))));
        QVERIFY(described[1].contains(QLatin1String("(link gone)")));

        QSignalSpy removed(&scanner, &OrphanScanner::removed);
        scanner.remove(scanner.orphans());
        QVERIFY(removed.wait(5000));
        QCOMPARE(removed.first().first().toInt(), 2);
        QVERIFY2(removed.first().at(1).toStringList().isEmpty(),
                 qPrintable(removed.first().at(1).toStringList().join(QLatin1Char('\n'))));
        scanner.scan();
        QVERIFY(scanned.wait(5000));
        QVERIFY(scanner.orphans().isEmpty());
        // The link's own mirror and the foreign remote publisher are still there.
        const auto listed = testsupport::wait(node.videoroom()->listParticipants(Id(1234)));
        QCOMPARE(videoroom::parseParticipants(listed.result).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestOrphansLive)
#include "tst_orphans_live.moc"
