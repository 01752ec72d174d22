// Encrypted legs through the NAT lab: the cascade link's leg to B's public address carries
// media B accepts, and a capture on the router's public side shows what an eavesdropper on the
// path records. The probe's path check a→b runs its leg as the link does; every probe packet
// carries the pattern "JCCPRB01", so plain RTP shows it and SRTP must not, and each SRTP packet
// is longer by the suite's auth tag (10 bytes for AES_CM_128_HMAC_SHA1_80). The same capture with
// `--srtp off` shows the pattern, so the check can fail. On Janus 1.1.2 the legs stay plain with
// the reason, and `--srtp required` is refused.
#include "natlabfixture.h"
#include "probe/probepacket.h"

#include <QStandardPaths>

using namespace janus;
using natlab::cli;
using natlab::CliRun;
using natlab::lab;

namespace {

/// What the router saw going to B's public address: each UDP payload.
struct Capture {
    QList<QByteArray> payloads;
    int withPattern() const {
        int n = 0;
        for (const QByteArray& p : payloads)
            n += p.contains(probe::ProbePacket::magic) ? 1 : 0;
        return n;
    }
    QSet<int> lengths() const {
        QSet<int> out;
        for (const QByteArray& p : payloads)
            out.insert(int(p.size()));
        return out;
    }
};

} // namespace

class TestNatSrtp : public QObject {
    Q_OBJECT
    natlab::Fixture m_lab;
    bool m_canEncrypt = false;

    /// Runs a path check a→b with the given --srtp while tshark captures, on the router's port
    /// towards A (the public segment), the UDP going to B's public address inside the forwarded
    /// range.
    Capture probeUnderCapture(const QString& srtp, CliRun* run) {
        const QString pcap = m_lab.dir.filePath(QStringLiteral("leg-%1.pcap").arg(srtp));
        const QString filter =
            QStringLiteral("udp and dst host %1 and dst portrange %2-%3")
                .arg(lab("JCC_LAB_B_PUBLIC"), lab("JCC_LAB_FWD_FIRST"), lab("JCC_LAB_FWD_LAST"));
        QProcess dump;
        dump.setProcessChannelMode(QProcess::MergedChannels);
        dump.start(QStringLiteral("ip"),
                   {QStringLiteral("netns"), QStringLiteral("exec"), lab("JCC_LAB_NS_ROUTER"),
                    QStringLiteral("tshark"), QStringLiteral("-q"), QStringLiteral("-i"),
                    QStringLiteral("p-a"), QStringLiteral("-f"), filter, QStringLiteral("-w"),
                    pcap});
        if (!dump.waitForStarted(5000))
            return {};
        // tshark says "Capturing on 'p-a'" once it listens.
        QByteArray said;
        const bool listening = QTest::qWaitFor(
            [&] {
                said += dump.readAll();
                return said.contains("Capturing on");
            },
            10000);
        if (!listening)
            return {}; // the test then fails on "the capture saw too little"
        *run = cli({QStringLiteral("--json"), QStringLiteral("probe"), m_lab.profilePath,
                    QStringLiteral("--path"), QStringLiteral("a:b"), QStringLiteral("--count"),
                    QStringLiteral("100"), QStringLiteral("--rate"), QStringLiteral("100"),
                    QStringLiteral("--srtp"), srtp});
        QTest::qWait(500);
        dump.terminate();
        dump.waitForFinished(10000);
        QProcess read;
        read.start(QStringLiteral("tshark"),
                   {QStringLiteral("-r"), pcap, QStringLiteral("-T"), QStringLiteral("fields"),
                    QStringLiteral("-e"), QStringLiteral("udp.payload")});
        read.waitForFinished(30000);
        Capture c;
        for (const QByteArray& line : read.readAllStandardOutput().split('\n'))
            if (!line.trimmed().isEmpty())
                c.payloads << QByteArray::fromHex(line.trimmed().replace(":", ""));
        return c;
    }

private Q_SLOTS:
    void initTestCase() {
        if (const QString why = natlab::Fixture::skipReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        if (QStandardPaths::findExecutable(QStringLiteral("tshark")).isEmpty())
            QSKIP("SKIPPED: tshark is not installed (scripts/setup.sh installs it)");
        const QString failed = m_lab.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_canEncrypt = m_lab.liveA.connection->serverInfo().version >= 1300 &&
                       m_lab.liveB.connection->serverInfo().version >= 1300;
    }

    void cleanup() {
        if (QTest::currentTestFailed())
            m_lab.dumpLogs();
    }

    void linkLegIsEncryptedAndCarriesMedia() {
        const CliRun up = cli({QStringLiteral("--json"), QStringLiteral("--timeout"),
                               QStringLiteral("20"), QStringLiteral("link"), QStringLiteral("up"),
                               m_lab.profilePath, QStringLiteral("a-to-b")});
        QVERIFY2(up.code == 0, up.out + up.err);
        const QJsonObject srtp = up.json().value(QLatin1String("srtp")).toObject();
        const QString text = srtp.value(QLatin1String("text")).toString();
        qInfo().noquote() << "the link's leg:" << text;
        QCOMPARE(srtp.value(QLatin1String("setting")).toString(), QStringLiteral("preferred"));
        QCOMPARE(srtp.value(QLatin1String("encrypted")).toBool(), m_canEncrypt);
        if (m_canEncrypt)
            QCOMPARE(text, QStringLiteral("SRTP (AES_CM_128_HMAC_SHA1_80)"));
        else
            QVERIFY2(text.contains(QLatin1String("SRTP needs 1.3.0")), qPrintable(text));
        // Verification, not trust: B's copy receives the media (and decrypts it).
        const auto mirrors = m_lab.mirrorsOnB();
        QCOMPARE(mirrors.size(), 1);
        const int received = m_lab.countRtpAtB(mirrors[0].id, 3000);
        QVERIFY2(received > 50, qPrintable(QString::number(received)));
        const CliRun down =
            cli({QStringLiteral("--json"), QStringLiteral("link"), QStringLiteral("down"),
                 m_lab.profilePath, QStringLiteral("a-to-b")});
        QVERIFY2(down.code == 0, down.out + down.err);
        QVERIFY(!up.out.contains("srtp_crypto") && !up.err.contains("srtp_crypto"));
    }

    void captureShowsNoPlaintext() {
        CliRun run;
        const Capture captured = probeUnderCapture(QStringLiteral("preferred"), &run);
        QVERIFY2(run.code == 0, run.out + run.err);
        const QString leg = run.json().value(QLatin1String("srtp")).toString();
        qInfo().noquote() << "path check leg:" << leg << "—" << captured.payloads.size()
                          << "packets captured, lengths" << captured.lengths();
        QVERIFY2(captured.payloads.size() >= 90, "the capture saw too little of the leg");
        const int plainSize = m_lab.profile.probe.packetSize;
        if (!m_canEncrypt) { // 1.1.2: plain, and the capture proves it
            QVERIFY2(leg.contains(QLatin1String("SRTP needs 1.3.0")), qPrintable(leg));
            QCOMPARE(captured.withPattern(), int(captured.payloads.size()));
            return;
        }
        QCOMPARE(leg, QStringLiteral("SRTP (AES_CM_128_HMAC_SHA1_80)"));
        QCOMPARE(captured.withPattern(), 0);
        QCOMPARE(captured.lengths(), QSet<int>{plainSize + 10});
    }

    void captureOfAPlainLegShowsThePattern() {
        CliRun run;
        const Capture captured = probeUnderCapture(QStringLiteral("off"), &run);
        QVERIFY2(run.code == 0, run.out + run.err);
        QCOMPARE(run.json().value(QLatin1String("srtp")).toString(),
                 QStringLiteral("plain RTP (srtp: off)"));
        QVERIFY(captured.payloads.size() >= 90);
        QCOMPARE(captured.withPattern(), int(captured.payloads.size()));
        QCOMPARE(captured.lengths(), QSet<int>{m_lab.profile.probe.packetSize});
    }

    void requiredIsRefusedWhereANodeCannot() {
        if (m_canEncrypt)
            QSKIP("SKIPPED: both nodes run Janus 1.3.0 or newer: required is met (see above)");
        const CliRun run = cli({QStringLiteral("--json"), QStringLiteral("probe"),
                                m_lab.profilePath, QStringLiteral("--path"), QStringLiteral("a:b"),
                                QStringLiteral("--srtp"), QStringLiteral("required")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains("srtp is required but"), run.out + run.err);
    }
};

QTEST_GUILESS_MAIN(TestNatSrtp)
#include "tst_nat_srtp.moc"
