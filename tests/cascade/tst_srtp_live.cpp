// Encrypted cascade legs against two real Janus servers of one version (1.1.2, and 1.4.1 in the
// @janus-1.4 run) with a real WebRTC publisher: where both nodes can, the leg is SRTP and media
// reaches the copy; where they cannot, "preferred" stays plain with the reason and "required"
// creates nothing; a copy whose key this console does not hold is replaced; a wrong key carries
// no media.
#include "cascade/mediawatch.h"
#include "srtpsupport.h"

using namespace cascade;
using janus::Id;
using testsupport::JanusInstance;
using testsupport::WebRtcPublisher;

class TestSrtpLive : public QObject {
    Q_OBJECT
    srtptest::Pair m_pair;
    bool m_canEncrypt = false;

    std::unique_ptr<LinkController> link(const QString& id, profile::Srtp srtp) {
        return m_pair.link(id, srtp);
    }

    /// Starts the link and waits until its one mirror is up.
    bool up(LinkController& link) {
        link.start(500);
        return QTest::qWaitFor(
            [&] {
                return link.state() == LinkController::State::Up && link.mirrors().size() == 1 &&
                       link.mirrors().first().state == Mirror::State::Up;
            },
            20000);
    }

    void stop(LinkController& link) {
        link.stop();
        QTRY_COMPARE_WITH_TIMEOUT(link.state(), LinkController::State::Stopped, 15000);
        QVERIFY(link.cleanedUp());
    }

    /// The console's own end-to-end check of the link's legs, tapping often.
    std::unique_ptr<MediaWatch> watch(LinkController& link) {
        MediaWatch::Settings settings;
        settings.returnHost = QStringLiteral("127.0.0.1");
        settings.tapMs = 1500;
        settings.intervalMs = 2000;
        settings.thresholdMs = 3000;
        settings.settleMs = 500;
        return std::make_unique<MediaWatch>(&link, m_pair.liveB.videoroom.get(),
                                            QStringLiteral("127.0.0.1"), settings);
    }

    int mediaOnCopy(const LinkController& link) {
        return srtptest::forwardedPackets(m_pair.liveB.videoroom.get(), Id(4321),
                                          link.mirrors().first().remotePublisher, 2500);
    }

private Q_SLOTS:
    void initTestCase() {
        JCC_REQUIRE_JANUS();
        QString why;
        if (!WebRtcPublisher::available(&why))
            QSKIP(qPrintable(QStringLiteral("SKIPPED: no WebRTC publisher: %1").arg(why)));
        const QString failed = m_pair.start({}, {});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_canEncrypt = m_pair.liveA.connection->serverInfo().version >= kSrtpMinVersion &&
                       m_pair.liveB.connection->serverInfo().version >= kSrtpMinVersion;
    }

    void cleanup() {
        if (QTest::currentTestFailed())
            m_pair.dumpLogs();
    }

    void preferredEncryptsWhereBothCan() {
        auto l = link(QStringLiteral("pref"), profile::Srtp::Preferred);
        QVERIFY2(up(*l), qPrintable(l->reason()));
        const QString version = m_pair.liveB.connection->serverInfo().versionString;
        if (m_canEncrypt) {
            QVERIFY(l->srtp().encrypt);
            QVERIFY(l->mirrors().first().encrypted);
            QVERIFY2(l->reason().contains(QLatin1String("SRTP (AES_CM_128_HMAC_SHA1_80)")),
                     qPrintable(l->reason()));
        } else {
            QVERIFY(!l->srtp().encrypt);
            QVERIFY(!l->mirrors().first().encrypted);
            const QString why = QStringLiteral("b runs Janus %1: SRTP needs 1.3.0").arg(version);
            QVERIFY2(l->reason().contains(QLatin1String("plain RTP")) && l->reason().contains(why),
                     qPrintable(l->reason()));
        }
        // Verification, not trust: the console's media tap sees the copy receive (and,
        // encrypted, decrypt) the media, and the link stays up.
        const auto media = watch(*l);
        QTRY_VERIFY_WITH_TIMEOUT(
            !media->media().isEmpty() && media->media().first().last.packets() > 10, 15000);
        QCOMPARE(l->state(), LinkController::State::Up);
        const int packets = mediaOnCopy(*l);
        QVERIFY2(
            packets > 10,
            qPrintable(
                QStringLiteral("%1 packets reached the copy on %2").arg(packets).arg(version)));
        stop(*l);
    }

    void requiredRefusesWhereANodeCannot() {
        auto l = link(QStringLiteral("req"), profile::Srtp::Required);
        if (m_canEncrypt) {
            QVERIFY2(up(*l), qPrintable(l->reason()));
            QVERIFY(l->mirrors().first().encrypted);
            QVERIFY(mediaOnCopy(*l) > 10);
            stop(*l);
            return;
        }
        l->start(500);
        QTRY_COMPARE_WITH_TIMEOUT(l->state(), LinkController::State::Down, 15000);
        QVERIFY2(l->reason().startsWith(QLatin1String("srtp is required but ")) &&
                     l->reason().contains(QLatin1String("SRTP needs 1.3.0")),
                 qPrintable(l->reason()));
        QTest::qWait(1500); // several passes: still nothing created
        QVERIFY(srtptest::copiesOn(m_pair.liveB.videoroom.get()).isEmpty());
        const auto remotes = testsupport::result(m_pair.liveA.videoroom->listRemotes(
            Id(1234), Id(m_pair.publisher->publisherId()), srtptest::kSecretA));
        QVERIFY(remotes);
        QVERIFY(remotes->isEmpty());
        stop(*l);
    }

    void offStaysPlain() {
        auto l = link(QStringLiteral("off"), profile::Srtp::Off);
        QVERIFY2(up(*l), qPrintable(l->reason()));
        QVERIFY(!l->mirrors().first().encrypted);
        QVERIFY2(l->reason().contains(QLatin1String("plain RTP (srtp: off)")),
                 qPrintable(l->reason()));
        QVERIFY(mediaOnCopy(*l) > 10);
        stop(*l);
    }

    void copyWithoutKeyIsReplaced() {
        if (!m_canEncrypt)
            QSKIP("SKIPPED: Janus before 1.3.0 makes no encrypted copies to replace");
        // A console that ends without cleaning up (killed) leaves its encrypted copy; the next
        // one does not hold that key, so it replaces the copy instead of adopting it blind.
        Id before;
        {
            auto first = link(QStringLiteral("restart"), profile::Srtp::Preferred);
            QVERIFY2(up(*first), qPrintable(first->reason()));
            before = first->mirrors().first().remotePublisher;
        }
        QCOMPARE(srtptest::copiesOn(m_pair.liveB.videoroom.get()).size(), 1);
        auto second = link(QStringLiteral("restart"), profile::Srtp::Preferred);
        QStringList actions;
        connect(second.get(), &LinkController::action, this,
                [&actions](const QString& a) { actions << a; });
        QVERIFY2(up(*second), qPrintable(second->reason()));
        QVERIFY2(actions.join(QLatin1Char('\n'))
                     .contains(QLatin1String("replaced: its SRTP key is not this console's")),
                 qPrintable(actions.join(QLatin1Char('\n'))));
        QVERIFY(second->mirrors().first().encrypted);
        QCOMPARE(second->mirrors().first().remotePublisher, before); // same marker id, new copy
        QVERIFY(mediaOnCopy(*second) > 10);
        stop(*second);
    }

    void wrongKeyCarriesNoMedia() {
        if (!m_canEncrypt)
            QSKIP("SKIPPED: Janus before 1.3.0 ignores SRTP keys, so no key can be wrong");
        auto l = link(QStringLiteral("wrong"), profile::Srtp::Preferred);
        l->setMismatchedSrtpKeysForTest(true);
        QVERIFY2(up(*l), qPrintable(l->reason()));
        QVERIFY(l->mirrors().first().encrypted);
        // The requests were accepted, yet the target drops every packet it cannot authenticate.
        QCOMPARE(mediaOnCopy(*l), 0);
        // So the link is not reported up: the media tap turns it "up — no media".
        const auto media = watch(*l);
        QTRY_COMPARE_WITH_TIMEOUT(l->state(), LinkController::State::NoMedia, 20000);
        qInfo().noquote() << "with a wrong key:" << l->reason();
        stop(*l);
    }
};

QTEST_GUILESS_MAIN(TestSrtpLive)
#include "tst_srtp_live.moc"
