// Media taps through the NAT lab: a real WebRTC publisher on A, link a-to-b to B behind the
// nftables NAT. The copy's tap on B counts the publisher's RTP (B forwards it back to the
// console through the NAT's return path); deleting the NAT's DNAT rule for the forwarded UDP
// range turns the link "up — no media" within the threshold, and writing it back recovers it.
// Runs inside the console's namespace (tests/support/natlab-run.sh).
#include "cascade/fleet.h"
#include "cascade/profileruntime.h"
#include "natlabfixture.h"

#include <QDirIterator>

using namespace janus;
using namespace cascade;
using natlab::lab;

namespace {

/// Runs nft inside the lab's router; the output, or a failure with what it said.
bool nft(const QStringList& args, QByteArray* out = nullptr) {
    QProcess p;
    p.start(QStringLiteral("ip"), QStringList{QStringLiteral("netns"), QStringLiteral("exec"),
                                              lab("JCC_LAB_NS_ROUTER"), QStringLiteral("nft")} +
                                      args);
    if (!p.waitForFinished(10000) || p.exitCode() != 0) {
        qWarning().noquote() << "nft" << args.join(QLatin1Char(' '))
                             << "failed:" << p.readAllStandardError();
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

QString udpRule() {
    return QStringLiteral("ip daddr %1 udp dport %2-%3 counter dnat to %4")
        .arg(lab("JCC_LAB_B_PUBLIC"), lab("JCC_LAB_FWD_FIRST"), lab("JCC_LAB_FWD_LAST"),
             lab("JCC_LAB_B_PRIVATE"));
}

/// The handle of the DNAT rule for the forwarded UDP range, or -1.
int udpRuleHandle() {
    QByteArray listing;
    if (!nft({QStringLiteral("-a"), QStringLiteral("list"), QStringLiteral("chain"),
              QStringLiteral("ip"), QStringLiteral("jcclab"), QStringLiteral("prerouting")},
             &listing))
        return -1;
    for (const QByteArray& line : listing.split('\n'))
        if (line.contains("udp dport") && line.contains("dnat to"))
            return line.mid(line.lastIndexOf("handle ") + 7).trimmed().toInt();
    return -1;
}

} // namespace

class TestNatMediaTap : public QObject {
    Q_OBJECT
    natlab::Fixture m_lab;

private Q_SLOTS:
    void initTestCase() {
        if (const QString why = natlab::Fixture::skipReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString failed = m_lab.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanup() {
        if (QTest::currentTestFailed())
            m_lab.dumpLogs();
    }

    void deletedDnatRuleIsNoMedia() {
        EventLog log;
        Fleet fleet(&log);
        cascade::applyProfile(fleet, m_lab.profile, natlab::Fixture::secrets());
        MediaWatch::Settings media = fleet.mediaSettings();
        media.returnHost = lab("JCC_LAB_CONSOLE_IP");
        media.tapMs = 2000;
        media.intervalMs = 3000;
        media.thresholdMs = 6000;
        media.settleMs = 1000;
        fleet.setMediaSettings(media);
        LinkController* link = fleet.link(QStringLiteral("a-to-b"));
        MediaWatch* watch = fleet.mediaWatch(QStringLiteral("a-to-b"));
        link->start(120000); // no repair pass of its own while the NAT is broken
        QTRY_VERIFY_WITH_TIMEOUT(
            link->state() == LinkController::State::Up && link->mirrors().size() == 1, 20000);

        // Both sides count: the publisher sends to A, B's copy receives through the NAT.
        const qint64 sentBefore = m_lab.publisher->packetsSent();
        QTRY_VERIFY_WITH_TIMEOUT(!watch->isTapping() && !watch->media().isEmpty() &&
                                     watch->media().first().lastTapMs >= 0,
                                 15000);
        const MirrorMedia seen = watch->media().first();
        const qint64 sent = m_lab.publisher->packetsSent() - sentBefore;
        qInfo() << "source: the publisher sent" << sent << "packets; target: the tap on B saw"
                << seen.last.packets() << "packets," << seen.last.bitrateBps() << "bit/s in"
                << seen.last.durationMs << "ms";
        QVERIFY(sent > 0);
        QVERIFY2(seen.last.packets() > 50, qPrintable(QString::number(seen.last.packets())));
        QVERIFY(seen.last.bitrateBps() > 1000);
        QCOMPARE(link->state(), LinkController::State::Up);

        // The NAT loses its forward of the UDP range. Conntrack keeps an established flow's
        // DNAT after its rule is gone, so the flow is no longer tracked either (what a
        // `conntrack -D` would do): the leg's packets now end at the router.
        const int handle = udpRuleHandle();
        QVERIFY(handle > 0);
        QVERIFY(nft({QStringLiteral("delete"), QStringLiteral("rule"), QStringLiteral("ip"),
                     QStringLiteral("jcclab"), QStringLiteral("prerouting"),
                     QStringLiteral("handle"), QString::number(handle)}));
        QVERIFY(nft({QStringLiteral("add table ip jcctap")}));
        QVERIFY(nft({QStringLiteral("add chain ip jcctap raw { type filter hook prerouting "
                                    "priority -300 ; policy accept ; }")}));
        QVERIFY(nft({QStringLiteral("add rule ip jcctap raw ip daddr %1 udp dport %2 notrack")
                         .arg(lab("JCC_LAB_B_PUBLIC"))
                         .arg(seen.port)}));
        QElapsedTimer broken;
        broken.start();
        QTRY_COMPARE_WITH_TIMEOUT(link->state(), LinkController::State::NoMedia, 30000);
        qInfo() << "up — no media" << broken.elapsed() << "ms after the DNAT rule went (threshold"
                << media.thresholdMs << "ms, taps every" << media.intervalMs
                << "ms):" << link->reason();
        QVERIFY2(link->reason().contains(
                     QStringLiteral("%1:%2").arg(lab("JCC_LAB_B_PUBLIC")).arg(seen.port)),
                 qPrintable(link->reason()));

        // The rule is written back: media arrives again, the link is up.
        QVERIFY(nft({QStringLiteral("delete"), QStringLiteral("table"), QStringLiteral("ip"),
                     QStringLiteral("jcctap")}));
        QVERIFY(nft({QStringLiteral("add"), QStringLiteral("rule"), QStringLiteral("ip"),
                     QStringLiteral("jcclab"), QStringLiteral("prerouting"), udpRule()}));
        QElapsedTimer back;
        back.start();
        QTRY_COMPARE_WITH_TIMEOUT(link->state(), LinkController::State::Up, 30000);
        qInfo() << "up again" << back.elapsed() << "ms after the rule was written back";
        QVERIFY(watch->media().first().last.packets() > 0);

        QSignalSpy stopped(link, &LinkController::stopped);
        link->stop();
        QVERIFY(stopped.wait(15000));
        const auto listed = testsupport::wait(m_lab.liveB.videoroom->listForwarders(
            Id(1234), QString::fromLatin1(natlab::kRoomSecretB)));
        QVERIFY(videoroom::parseForwarders(listed.result).isEmpty());
    }

    // `run` stopped (SIGTERM) while a tap forwards B's copy to the console: the CLI removes the
    // tap's forwarders before it exits, and its journal keeps no forwarder.
    void runStoppedMidTapLeavesNoForwarder() {
        auto forwardersOnB = [this] {
            const auto listed = testsupport::wait(m_lab.liveB.videoroom->listForwarders(
                Id(1234), QString::fromLatin1(natlab::kRoomSecretB)));
            int n = 0;
            for (const auto& f : videoroom::parseForwarders(listed.result))
                n += int(f.streams.size());
            return n;
        };
        QProcess run;
        run.start(QStringLiteral(JCC_CLI_BINARY), {QStringLiteral("run"), m_lab.profilePath});
        QVERIFY(run.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(forwardersOnB() > 0, 30000); // a tap is running
        run.terminate();
        QVERIFY(run.waitForFinished(10000));
        QCOMPARE(forwardersOnB(), 0);
        QDirIterator it(cascade::Journal::directoryFor(m_lab.profilePath),
                        {QStringLiteral("*.jsonl")}, QDir::Files);
        while (it.hasNext())
            for (const JournalEntry& e : Journal::readFile(it.next()))
                QVERIFY2(e.kind != JournalEntry::Kind::Forwarder, qPrintable(e.describe()));
    }
};

QTEST_GUILESS_MAIN(TestNatMediaTap)
#include "tst_nat_mediatap.moc"
