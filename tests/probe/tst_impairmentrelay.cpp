// The probe's statistics against the user-space impairment relay: loss, duplicate and reorder
// counts equal what the relay logged, exactly; the median RTT equals the injected delay
// within the relay's own scheduling error.
#include "impairmentrelay.h"
#include "probe/probepacket.h"
#include "probe/rtpstats.h"
#include "probe/udpreflector.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkDatagram>
#include <QTest>

using namespace probe;
using testsupport::ImpairmentRelay;

namespace {

struct Run {
    ProbeResult result;
    double relayLateP99Ms = 0;
    int dropped = 0, duplicated = 0, reordered = 0;
};

// Sends count probe packets at rate through relay → reflector → relay and measures them.
Run measure(ImpairmentRelay::Model model, int count, int rate) {
    UdpReflector reflector;
    reflector.bind(QHostAddress::LocalHost, 0);
    ImpairmentRelay relay(QHostAddress::LocalHost, reflector.port(), model);
    relay.bind();
    QUdpSocket socket;
    socket.bind(QHostAddress::LocalHost, 0);
    QElapsedTimer clock;
    clock.start();
    RtpStats stats(clock.nsecsElapsed());
    QObject::connect(&socket, &QUdpSocket::readyRead, [&] {
        while (socket.hasPendingDatagrams()) {
            const QNetworkDatagram d = socket.receiveDatagram();
            const qint64 now = clock.nsecsElapsed();
            if (const auto p = ProbePacket::parse(d.data()))
                stats.noteReceived(p->sequence, now);
        }
    });
    // Paced from the monotonic clock inside a real event loop (QTest::qWait would sleep).
    QEventLoop loop;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    int next = 0;
    const qint64 start = clock.nsecsElapsed();
    qint64 doneAt = 0;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        while (next < count && now >= start + qint64(next) * 1'000'000'000LL / rate) {
            ProbePacket p;
            p.sequence = quint64(next);
            p.sendNs = clock.nsecsElapsed();
            socket.writeDatagram(p.encode(), QHostAddress::LocalHost, relay.port());
            stats.noteSent(p.sequence, p.sendNs);
            ++next;
        }
        if (next == count && doneAt == 0)
            doneAt = now;
        if (doneAt > 0 && now - doneAt > qint64(model.delayMs + model.jitterMs + 400) * 1'000'000)
            loop.quit();
    });
    tick.start(1);
    loop.exec();
    Run r;
    r.result = stats.result();
    r.relayLateP99Ms = relay.lateMsP99();
    r.dropped = relay.count(ImpairmentRelay::Action::Dropped);
    r.duplicated = relay.count(ImpairmentRelay::Action::Duplicated);
    r.reordered = relay.count(ImpairmentRelay::Action::Reordered);
    return r;
}

} // namespace

class TestImpairmentRelay : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void countsMatchTheRelayLog_data() {
        QTest::addColumn<double>("loss");
        QTest::addColumn<double>("duplicate");
        QTest::addColumn<double>("reorder");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("clean") << 0.0 << 0.0 << 0.0 << 1u;
        QTest::newRow("loss 5%") << 0.05 << 0.0 << 0.0 << 2u;
        QTest::newRow("duplicates 3%") << 0.0 << 0.03 << 0.0 << 3u;
        QTest::newRow("reorder 4%") << 0.0 << 0.0 << 0.04 << 4u;
        QTest::newRow("everything") << 0.05 << 0.03 << 0.04 << 5u;
    }
    void countsMatchTheRelayLog() {
        QFETCH(double, loss);
        QFETCH(double, duplicate);
        QFETCH(double, reorder);
        QFETCH(quint32, seed);
        ImpairmentRelay::Model model;
        model.delayMs = 5;
        model.loss = loss;
        model.duplicate = duplicate;
        model.reorder = reorder;
        model.seed = seed;
        const Run r = measure(model, 400, 200);
        QCOMPARE(r.result.sent, 400);
        QCOMPARE(r.result.lost, r.dropped);
        QCOMPARE(r.result.duplicated, r.duplicated);
        QCOMPARE(r.result.reordered, r.reordered);
        if (loss > 0)
            QVERIFY(r.dropped > 0); // the model really did something
    }

    void medianRttIsTheInjectedDelay_data() {
        QTest::addColumn<double>("delayMs");
        QTest::newRow("1 ms") << 1.0;
        QTest::newRow("20 ms") << 20.0;
    }
    void medianRttIsTheInjectedDelay() {
        QFETCH(double, delayMs);
        ImpairmentRelay::Model model;
        model.delayMs = delayMs;
        const Run r = measure(model, 200, 100);
        QCOMPARE(r.result.received, 200);
        // The relay sends up to a timer tick late (it logs by how much); loopback adds ~0.1 ms.
        const double tolerance = r.relayLateP99Ms + 1.0;
        qInfo() << "injected" << delayMs << "ms, median RTT" << r.result.rttMedianMs
                << "ms, relay late p99" << r.relayLateP99Ms << "ms";
        QVERIFY2(r.result.rttMedianMs >= delayMs && r.result.rttMedianMs <= delayMs + tolerance,
                 qPrintable(QStringLiteral("median %1 ms, tolerance %2 ms")
                                .arg(r.result.rttMedianMs)
                                .arg(tolerance)));
    }
};

QTEST_GUILESS_MAIN(TestImpairmentRelay)
#include "tst_impairmentrelay.moc"
