// Jitter agreement with Wireshark: the same arrival times and RTP timestamps written to a
// capture (classic pcap, raw IPv4/UDP/RTP, static payload type 0 so the clock rate is known)
// give the same max and mean jitter in JitterEstimator and in `tshark -z rtp,streams`.
#include "probe/jitter.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

namespace {

QByteArray le32(quint32 v) {
    QByteArray b(4, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray packet(quint16 seq, quint32 timestamp) {
    QByteArray rtp(12 + 160, '\0');
    rtp[0] = char(0x80);
    rtp[1] = 0; // PCMU, 8 kHz
    qToBigEndian(seq, rtp.data() + 2);
    qToBigEndian(timestamp, rtp.data() + 4);
    qToBigEndian(quint32(0x4a4343), rtp.data() + 8);
    QByteArray udp(8, '\0');
    qToBigEndian(quint16(4000), udp.data());
    qToBigEndian(quint16(5004), udp.data() + 2);
    qToBigEndian(quint16(8 + rtp.size()), udp.data() + 4);
    QByteArray ip(20, '\0');
    ip[0] = char(0x45);
    qToBigEndian(quint16(20 + udp.size() + rtp.size()), ip.data() + 2);
    ip[8] = 64;
    ip[9] = 17;
    const char src[] = {10, 0, 0, 1}, dst[] = {10, 0, 0, 2};
    memcpy(ip.data() + 12, src, 4);
    memcpy(ip.data() + 16, dst, 4);
    return ip + udp + rtp;
}

} // namespace

class TestJitterTshark : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void agreesWithTshark_data() {
        QTest::addColumn<double>("spreadMs");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("smooth") << 0.5 << 1u;
        QTest::newRow("4 ms") << 4.0 << 2u;
        QTest::newRow("30 ms") << 30.0 << 3u;
    }
    void agreesWithTshark() {
        if (QStandardPaths::findExecutable(QStringLiteral("tshark")).isEmpty())
            QSKIP("SKIPPED: tshark is not installed (scripts/setup.sh installs it)");
        QFETCH(double, spreadMs);
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        QFile pcap(dir.filePath(QStringLiteral("rtp.pcap")));
        QVERIFY(pcap.open(QIODevice::WriteOnly));
        pcap.write(le32(0xa1b2c3d4) + QByteArray("\x02\x00\x04\x00", 4) + le32(0) + le32(0) +
                   le32(65535) + le32(101));
        probe::JitterEstimator jitter;
        for (int i = 0; i < 300; ++i) {
            const quint32 timestamp = quint32(i) * 160;
            // Microsecond arrival times, exactly as the capture stores them.
            const qint64 arrivalUs = 1'000'000'000LL + qint64(i) * 20000 +
                                     qint64(random.bounded(int(spreadMs * 1000) + 1));
            const QByteArray p = packet(quint16(i), timestamp);
            pcap.write(le32(quint32(arrivalUs / 1000000)) + le32(quint32(arrivalUs % 1000000)) +
                       le32(quint32(p.size())) + le32(quint32(p.size())) + p);
            jitter.add(double(arrivalUs) / 1e6, double(timestamp) / 8000.0);
        }
        pcap.close();
        QProcess tshark;
        tshark.start(QStringLiteral("tshark"),
                     {QStringLiteral("-r"), pcap.fileName(), QStringLiteral("-d"),
                      QStringLiteral("udp.port==5004,rtp"), QStringLiteral("-q"),
                      QStringLiteral("-z"), QStringLiteral("rtp,streams")});
        QVERIFY(tshark.waitForFinished(60000));
        const QString out = QString::fromUtf8(tshark.readAllStandardOutput());
        // ... Min Jitter(ms) Mean Jitter(ms) Max Jitter(ms) [Problems?]
        static const QRegularExpression row(
            QStringLiteral("g711U\\s+300\\s+.*\\s([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)\\s*X?\\s*$"),
            QRegularExpression::MultilineOption);
        const auto m = row.match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        const double tsharkMean = m.captured(2).toDouble(), tsharkMax = m.captured(3).toDouble();
        qInfo() << "jitter max" << jitter.maxJitterMs() << "ms vs tshark" << tsharkMax << "; mean"
                << jitter.meanJitterMs() << "vs" << tsharkMean;
        // tshark prints three decimals.
        QVERIFY(qAbs(jitter.maxJitterMs() - tsharkMax) <= 0.0015);
        QVERIFY(qAbs(jitter.meanJitterMs() - tsharkMean) <= 0.0015);
    }
};

QTEST_GUILESS_MAIN(TestJitterTshark)
#include "tst_jitter_tshark.moc"
