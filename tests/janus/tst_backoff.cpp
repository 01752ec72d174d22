// Reconnect backoff: exponential, capped, jittered within bounds, reset after success.
#include "janus/backoff.h"

#include <QTest>

class TestBackoff : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void growsAndCaps() {
        janus::Backoff backoff(100, 2000, 0.0, 42);
        QList<int> delays;
        for (int i = 0; i < 7; ++i)
            delays << backoff.nextDelayMs();
        QCOMPARE(delays, (QList<int>{100, 200, 400, 800, 1600, 2000, 2000}));
        QCOMPARE(backoff.attempts(), 7);
        backoff.reset();
        QCOMPARE(backoff.nextDelayMs(), 100);
    }

    void jitterStaysInBounds() {
        janus::Backoff backoff(1000, 1000, 0.2, 7);
        int low = 1000000, high = 0;
        for (int i = 0; i < 500; ++i) {
            const int d = backoff.nextDelayMs();
            low = std::min(low, d);
            high = std::max(high, d);
        }
        QVERIFY(low >= 800 && high <= 1200);
        QVERIFY(high - low > 200); // it really spreads
    }

    void seededIsDeterministic() {
        janus::Backoff a(500, 30000, 0.2, 99), b(500, 30000, 0.2, 99);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(a.nextDelayMs(), b.nextDelayMs());
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
