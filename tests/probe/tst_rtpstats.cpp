// Probe statistics on hand-computed vectors.
#include "probe/jitter.h"
#include "probe/rtpstats.h"

#include <QTest>

using namespace probe;

namespace {
constexpr qint64 ms = 1'000'000;
}

class TestRtpStats : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void percentilesNearestRank() {
        // Sorted: 1 2 3 4 5 6 7 8 9 10.
        const std::vector<double> v{7, 1, 9, 3, 5, 2, 10, 4, 8, 6};
        QCOMPARE(RtpStats::percentile(v, 50), 5.0);  // rank ceil(5)=5
        QCOMPARE(RtpStats::percentile(v, 95), 10.0); // rank ceil(9.5)=10
        QCOMPARE(RtpStats::percentile(v, 90), 9.0);  // rank 9
        QCOMPARE(RtpStats::percentile(v, 0), 1.0);
        QCOMPARE(RtpStats::percentile({}, 50), 0.0);
        QCOMPARE(RtpStats::percentile({42}, 99), 42.0);
    }

    void rfc3550JitterByHand() {
        // Transit times (arrival − send) 10, 12, 11, 15 ms:
        // D = 2, 1, 4 ms; J1 = 2/16 = 0.125; J2 = 0.125 + (1 − 0.125)/16 = 0.1796875;
        // J3 = 0.1796875 + (4 − 0.1796875)/16 = 0.418457031 ms.
        JitterEstimator j;
        const double send[] = {0.000, 0.020, 0.040, 0.060};
        const double transit[] = {0.010, 0.012, 0.011, 0.015};
        for (int i = 0; i < 4; ++i)
            j.add(send[i] + transit[i], send[i]);
        QVERIFY(qAbs(j.jitterMs() - 0.418457031) < 1e-9);
        QVERIFY(qAbs(j.maxJitterMs() - 0.418457031) < 1e-9);
        // Mean over the packets after the first: (0.125 + 0.1796875 + 0.418457031) / 3.
        QVERIFY(qAbs(j.meanJitterMs() - 0.241048177) < 1e-9);
    }

    void lossDuplicatesReorderLate() {
        RtpStats s(0, 100.0);
        for (quint64 i = 0; i < 10; ++i)
            s.noteSent(i, qint64(i) * 20 * ms + 1);
        // Arrival order: 0 1 3 2 2(dup) 4 5 7 (6 lost? no: 6 arrives late) 6 ; 8, 9 never.
        const qint64 rtt = 5 * ms;
        auto at = [&](quint64 seq, qint64 extra = 0) {
            return s.noteReceived(seq, qint64(seq) * 20 * ms + 1 + rtt + extra);
        };
        QCOMPARE(at(0), RtpStats::Arrival::New);
        QCOMPARE(at(1), RtpStats::Arrival::New);
        QCOMPARE(at(3), RtpStats::Arrival::New);
        QCOMPARE(at(2, 30 * ms), RtpStats::Arrival::Reordered);
        QCOMPARE(at(2, 31 * ms), RtpStats::Arrival::Duplicate);
        QCOMPARE(at(4), RtpStats::Arrival::New);
        QCOMPARE(at(5), RtpStats::Arrival::New);
        QCOMPARE(at(7), RtpStats::Arrival::New);
        QCOMPARE(at(6, 200 * ms), RtpStats::Arrival::Reordered); // and late: 205 ms > 100 ms
        QCOMPARE(s.noteReceived(99, 0), RtpStats::Arrival::Unknown);
        const ProbeResult r = s.result();
        QCOMPARE(r.sent, 10);
        QCOMPARE(r.received, 8);
        QCOMPARE(r.lost, 2);
        QCOMPARE(r.duplicated, 1);
        QCOMPARE(r.reordered, 2);
        QCOMPARE(r.late, 1);
        QCOMPARE(r.rttMinMs, 5.0);
        QCOMPARE(r.rttMaxMs, 205.0);
        QCOMPARE(r.rttMedianMs, 5.0); // 5 5 5 5 5 5 35 205 → rank 4
        QCOMPARE(r.lossPercent(), 20.0);
    }

    void perSecondSeries() {
        RtpStats s(0);
        // 3 packets in second 0, 2 in second 1; one of second 1 is lost.
        const qint64 sends[] = {0, 300 * ms, 600 * ms, 1100 * ms, 1500 * ms};
        for (quint64 i = 0; i < 5; ++i)
            s.noteSent(i, sends[i] + 1);
        for (quint64 i = 0; i < 4; ++i)
            s.noteReceived(i, sends[i] + 1 + qint64(i + 1) * ms);
        const ProbeResult r = s.result();
        QCOMPARE(r.seconds.size(), 2);
        QCOMPARE(r.seconds[0].sent, 3);
        QCOMPARE(r.seconds[0].received, 3);
        QCOMPARE(r.seconds[0].rttMedianMs, 2.0);
        QCOMPARE(r.seconds[1].sent, 2);
        QCOMPARE(r.seconds[1].received, 1);
        QCOMPARE(r.seconds[1].lost, 1);
        QCOMPARE(r.seconds[1].rttMedianMs, 4.0);
    }

    void sendJitterIsP99OfErrors() {
        RtpStats s;
        for (int i = 1; i <= 100; ++i)
            s.noteSendError(qint64(i) * 1000); // 1..100 µs
        QCOMPARE(s.result().sendJitterUs, 99.0);
    }
};

QTEST_GUILESS_MAIN(TestRtpStats)
#include "tst_rtpstats.moc"
