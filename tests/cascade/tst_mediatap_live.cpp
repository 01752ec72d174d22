// Target-side media checks against two real Janus servers on loopback with a real WebRTC
// publisher (werift) on A: a link's copy on B shows packets and bitrate per stream, the taps'
// forwarders are gone afterwards (B's listforwarders, the crash journal), a broken leg (the
// source's remotization removed behind the link's back) turns the link "up — no media" within
// the threshold, and the repaired leg brings it back.
#include "cascade/fleet.h"
#include "janusinstance.h"
#include "replywait.h"
#include "webrtcpublisher.h"

#include <QTemporaryDir>

using namespace janus;
using namespace cascade;
using testsupport::JanusInstance;
using testsupport::WebRtcPublisher;

namespace {
const QString kSecretA = QStringLiteral("tap-room-secret-a");
const QString kSecretB = QStringLiteral("tap-room-secret-b");
} // namespace

class TestMediaTapLive : public QObject {
    Q_OBJECT
    std::unique_ptr<JanusInstance> m_a, m_b;
    std::unique_ptr<WebRtcPublisher> m_publisher;
    testsupport::LiveVideoRoom m_liveA, m_liveB;

    /// B's forwarders of its room 4321, as B lists them.
    int forwardersOnB() {
        const auto listed =
            testsupport::wait(m_liveB.videoroom->listForwarders(Id(4321), kSecretB));
        int n = 0;
        for (const auto& f : videoroom::parseForwarders(listed.result))
            n += int(f.streams.size());
        return n;
    }

    NodeSpec spec(const QString& id, const JanusInstance& janus) {
        NodeSpec s;
        s.id = id;
        s.options.url = janus.apiUrl(JanusInstance::Transport::WebSocket);
        s.publicAddress = QStringLiteral("127.0.0.1");
        return s;
    }

private Q_SLOTS:
    void initTestCase() {
        JCC_REQUIRE_JANUS();
        QString why;
        if (!WebRtcPublisher::available(&why))
            QSKIP(qPrintable(QStringLiteral("SKIPPED: no WebRTC publisher: %1").arg(why)));
        JanusInstance::Options a;
        a.name = QStringLiteral("a");
        a.rooms = {{1234, QStringLiteral("Source"), kSecretA, false}};
        m_a = std::make_unique<JanusInstance>(a);
        JanusInstance::Options b;
        b.name = QStringLiteral("b");
        b.rooms = {{4321, QStringLiteral("Target"), kSecretB, false}};
        m_b = std::make_unique<JanusInstance>(b);
        QVERIFY2(m_a->start(), qPrintable(m_a->log()));
        QVERIFY2(m_b->start(), qPrintable(m_b->log()));
        QVERIFY(m_liveA.open(m_a->apiUrl(JanusInstance::Transport::WebSocket)));
        QVERIFY(m_liveB.open(m_b->apiUrl(JanusInstance::Transport::WebSocket)));
        WebRtcPublisher::Options po;
        po.url = m_a->apiUrl(JanusInstance::Transport::WebSocket); // werift: WS only
        po.room = 1234;
        m_publisher = std::make_unique<WebRtcPublisher>(po);
        QVERIFY2(m_publisher->start(), qPrintable(m_publisher->log()));
    }

    void cleanup() {
        if (QTest::currentTestFailed()) {
            m_a->dumpLog();
            m_b->dumpLog();
        }
    }

    void countsMediaAndSeesALostLeg() {
        QTemporaryDir dir;
        Journal journal(dir.path());
        EventLog log;
        Fleet fleet(&log);
        fleet.setJournal(&journal);
        MediaWatch::Settings media;
        media.returnHost = QStringLiteral("127.0.0.1");
        media.tapMs = 1500;
        media.intervalMs = 3000;
        media.thresholdMs = 4000;
        media.settleMs = 1000;
        fleet.setMediaSettings(media);
        fleet.addNode(spec(QStringLiteral("a"), *m_a));
        fleet.addNode(spec(QStringLiteral("b"), *m_b));
        LinkPlan plan{QStringLiteral("tap"),
                      QStringLiteral("a"),
                      QStringLiteral("b"),
                      Id(1234),
                      Id(4321),
                      {},
                      false,
                      {},
                      QStringLiteral("127.0.0.1"),
                      kSecretA,
                      kSecretB,
                      false};
        LinkController* link = fleet.addLink(plan);
        MediaWatch* watch = fleet.mediaWatch(plan.id);
        QVERIFY(watch);
        // A long reconcile interval: the broken leg below stays broken until the test says.
        link->start(120000);
        QTRY_VERIFY_WITH_TIMEOUT(
            link->state() == LinkController::State::Up && link->mirrors().size() == 1, 20000);

        // The copy's counters: non-zero packets and bitrate on its audio stream.
        QTRY_VERIFY_WITH_TIMEOUT(!watch->media().isEmpty() && watch->media()[0].lastTapMs >= 0 &&
                                     !watch->isTapping(),
                                 15000);
        const MirrorMedia seen = watch->media().first();
        QCOMPARE(seen.publisher, Id(m_publisher->publisherId()));
        QCOMPARE(seen.last.streams.size(), 1);
        const StreamCount audio = seen.last.streams.first();
        qInfo() << "copy on Janus" << m_liveB.connection->serverInfo().version << "mid" << audio.mid
                << audio.type << audio.packets << "packets," << audio.bytes << "bytes in"
                << seen.last.durationMs << "ms," << audio.bitrateBps << "bit/s";
        QCOMPARE(audio.type, QStringLiteral("audio"));
        QVERIFY2(audio.packets > 30, qPrintable(QString::number(audio.packets))); // 50/s sent
        QVERIFY(audio.bitrateBps > 1000);
        QCOMPARE(link->state(), LinkController::State::Up);
        // Between rounds nothing of the taps is left: not on B, not open in the journal.
        QCOMPARE(forwardersOnB(), 0);
        for (const JournalEntry& e : journal.unsettled())
            QVERIFY2(e.kind != JournalEntry::Kind::Forwarder, qPrintable(e.describe()));

        // During a tap the journal names each forwarder as B lists it ("host:port ssrc N"), so
        // that a console killed mid-tap has it found and removed at the next start.
        QTRY_VERIFY_WITH_TIMEOUT(watch->isTapping() && forwardersOnB() > 0, 10000);
        QStringList listed, journalled;
        const auto onB = testsupport::wait(m_liveB.videoroom->listForwarders(Id(4321), kSecretB));
        for (const auto& f : videoroom::parseForwarders(onB.result))
            for (const auto& fs : f.streams)
                listed << MediaTap::forwarderTarget(fs.host, fs.port, fs.ssrc);
        for (const JournalEntry& e : journal.unsettled())
            if (e.kind == JournalEntry::Kind::Forwarder)
                journalled << e.remoteId;
        QCOMPARE(listed, journalled);
        QTRY_VERIFY_WITH_TIMEOUT(!watch->isTapping(), 10000);

        // Break the leg behind the link's back: A stops sending to B's copy.
        const auto remotes =
            testsupport::wait(m_liveA.videoroom->listRemotes(Id(1234), seen.publisher, kSecretA));
        const auto list = videoroom::parseRemotizations(remotes.result);
        QCOMPARE(list.size(), 1);
        QVERIFY(testsupport::wait(m_liveA.videoroom->unpublishRemotely(Id(1234), seen.publisher,
                                                                       list[0].remoteId, kSecretA))
                    .ok());
        QElapsedTimer broken;
        broken.start();
        QTRY_COMPARE_WITH_TIMEOUT(link->state(), LinkController::State::NoMedia, 20000);
        qInfo() << "up — no media" << broken.elapsed()
                << "ms after the leg broke:" << link->reason();
        QVERIFY(broken.elapsed() >= media.thresholdMs - media.tapMs);
        QVERIFY2(link->reason().contains(QLatin1String("no RTP reached b's copy of publisher")),
                 qPrintable(link->reason()));
        QVERIFY(link->reason().contains(QStringLiteral("127.0.0.1:%1").arg(seen.port)));
        QVERIFY(watch->media().first().silent);
        bool logged = false;
        for (int row = 0; row < log.rowCount(); ++row)
            logged = logged || log.index(row, EventLog::TextColumn)
                                   .data()
                                   .toString()
                                   .startsWith(QStringLiteral("up — no media: no RTP reached"));
        QVERIFY(logged);

        // The reconciler repairs the leg; media arrives again and the link is up.
        link->reconcileSoon();
        QTRY_COMPARE_WITH_TIMEOUT(link->state(), LinkController::State::Up, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!watch->isTapping() && !watch->media().isEmpty() &&
                                     watch->media().first().last.packets() > 0,
                                 15000);
        qInfo() << "up again after" << broken.elapsed() << "ms";

        QSignalSpy stopped(link, &LinkController::stopped);
        link->stop();
        QVERIFY(stopped.wait(15000));
        QTRY_COMPARE_WITH_TIMEOUT(forwardersOnB(), 0, 3000);
        for (const JournalEntry& e : journal.unsettled())
            QVERIFY2(e.kind != JournalEntry::Kind::Forwarder, qPrintable(e.describe()));
    }
};

QTEST_GUILESS_MAIN(TestMediaTapLive)
#include "tst_mediatap_live.moc"
