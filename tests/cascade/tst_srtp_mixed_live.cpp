// A mixed-version pair: the source on Debian sid's Janus 1.4.1, the target on Debian 12's 1.1.2,
// which accepts srtp_suite and srtp_crypto and ignores them. "preferred" must stay plain (with
// the reason) so media flows; "required" must refuse the link and create nothing.
#include "srtpsupport.h"

using namespace cascade;
using janus::Id;
using testsupport::JanusInstance;
using testsupport::WebRtcPublisher;

class TestSrtpMixedLive : public QObject {
    Q_OBJECT
    srtptest::Pair m_pair;

    std::unique_ptr<LinkController> link(const QString& id, profile::Srtp srtp) {
        return m_pair.link(id, srtp);
    }

private Q_SLOTS:
    void initTestCase() {
        JCC_REQUIRE_JANUS();
        const QString newer = qEnvironmentVariable("JCC_JANUS_NEWER_BIN");
        if (newer.isEmpty() || !QFileInfo(newer).isExecutable())
            QSKIP("SKIPPED: no Janus 1.4 (JCC_JANUS_NEWER_BIN): run scripts/janus-sid.sh");
        QString why;
        if (!WebRtcPublisher::available(&why))
            QSKIP(qPrintable(QStringLiteral("SKIPPED: no WebRTC publisher: %1").arg(why)));
        JanusInstance::Options a;
        a.binary = newer;
        a.libDir = qEnvironmentVariable("JCC_JANUS_NEWER_LIBDIR");
        const QString failed = m_pair.start(a, {});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QCOMPARE(m_pair.liveA.connection->serverInfo().versionString, QStringLiteral("1.4.1"));
        QCOMPARE(m_pair.liveB.connection->serverInfo().versionString, QStringLiteral("1.1.2"));
    }

    void cleanup() {
        if (QTest::currentTestFailed())
            m_pair.dumpLogs();
    }

    void preferredStaysPlainWithTheReason() {
        auto l = link(QStringLiteral("mixed-pref"), profile::Srtp::Preferred);
        l->start(500);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return l->state() == LinkController::State::Up && l->mirrors().size() == 1 &&
                       l->mirrors().first().state == Mirror::State::Up;
            },
            20000));
        QVERIFY(!l->srtp().encrypt);
        QVERIFY(!l->mirrors().first().encrypted);
        QCOMPARE(l->srtpText(), QStringLiteral("plain RTP: b runs Janus 1.1.2: SRTP needs 1.3.0"));
        QVERIFY2(l->reason().contains(l->srtpText()), qPrintable(l->reason()));
        // Plain on both sides, so the media arrives (an encrypted source would send noise).
        const int packets = srtptest::forwardedPackets(m_pair.liveB.videoroom.get(), Id(4321),
                                                       l->mirrors().first().remotePublisher, 2500);
        QVERIFY2(packets > 10, qPrintable(QString::number(packets)));
        l->stop();
        QTRY_COMPARE_WITH_TIMEOUT(l->state(), LinkController::State::Stopped, 15000);
    }

    void requiredIsRefusedAndCreatesNothing() {
        auto l = link(QStringLiteral("mixed-req"), profile::Srtp::Required);
        QStringList actions;
        connect(l.get(), &LinkController::action, this,
                [&actions](const QString& a) { actions << a; });
        l->start(500);
        QTRY_COMPARE_WITH_TIMEOUT(l->state(), LinkController::State::Down, 15000);
        QCOMPARE(l->reason(),
                 QStringLiteral("srtp is required but b runs Janus 1.1.2: SRTP needs 1.3.0"));
        QTest::qWait(1500); // several passes
        QVERIFY2(actions.isEmpty(), qPrintable(actions.join(QLatin1Char('\n'))));
        QVERIFY(srtptest::copiesOn(m_pair.liveB.videoroom.get()).isEmpty());
        const auto remotes = testsupport::result(m_pair.liveA.videoroom->listRemotes(
            Id(1234), Id(m_pair.publisher->publisherId()), srtptest::kSecretA));
        QVERIFY(remotes);
        QVERIFY(remotes->isEmpty());
        l->stop();
        QTRY_COMPARE_WITH_TIMEOUT(l->state(), LinkController::State::Stopped, 15000);
    }
};

QTEST_GUILESS_MAIN(TestSrtpMixedLive)
#include "tst_srtp_mixed_live.moc"
