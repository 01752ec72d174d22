// Ports come from the node's forwarded range, in RTP/RTCP pairs.
#include "cascade/portallocator.h"

#include <QTest>

using cascade::PortAllocator;

class TestPortAllocator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pairsInsideRange() {
        PortAllocator ports(40000, 40005);
        QCOMPARE(ports.acquire(), 40000);
        QCOMPARE(ports.rtcpFor(40000), 40001);
        QCOMPARE(ports.acquire(), 40002);
        QCOMPARE(ports.acquire(), 40004);
        QCOMPARE(ports.acquire(), -1); // exhausted
        ports.release(40002);
        QCOMPARE(ports.acquire(), 40002);
    }

    void roundRobinAvoidsJustReleasedPorts() {
        PortAllocator ports(40000, 40009);
        const int a = ports.acquire();
        ports.release(a);
        QCOMPARE(ports.acquire(), 40002); // not 40000 again right away
        QCOMPARE(ports.acquire(), 40004);
    }

    void oddSizedRangeLastPortHasNoRtcpPair() {
        PortAllocator ports(40000, 40002);
        QCOMPARE(ports.acquire(), 40000);
        QCOMPARE(ports.acquire(), 40002);
        QCOMPARE(ports.rtcpFor(40002), 0);
    }

    void reservedPortsAreSkipped() {
        PortAllocator ports(40000, 40009);
        ports.reserve(40000);
        ports.reserve(40002);
        QCOMPARE(ports.acquire(), 40004);
        QCOMPARE(ports.acquire(), 40006);
        QCOMPARE(ports.acquire(), 40008);
        QCOMPARE(ports.acquire(), -1);
        QVERIFY(ports.contains(40009));
        QVERIFY(!ports.contains(40010));
    }

    // Ports the server refused are counted, kept out of acquire(), and tried again after
    // forgetUnusable() (the node's connection dropped: it may have restarted).
    void refusedPortsAreCountedUntilForgotten() {
        PortAllocator ports(40000, 40005);
        int changes = 0;
        ports.onUnusableChanged = [&changes] { ++changes; };
        QCOMPARE(ports.pairCount(), 3);
        QCOMPARE(ports.acquire(), 40000);
        ports.markUnusable(40000);
        ports.markUnusable(40000); // once is enough
        QCOMPARE(changes, 1);
        QCOMPARE(ports.unusable(), QList<int>{40000});
        ports.release(40002); // not taken: no effect
        QCOMPARE(ports.acquire(), 40002);
        ports.markUnusable(40004);
        QCOMPARE(ports.unusable(), (QList<int>{40000, 40004}));
        QCOMPARE(ports.acquire(), -1); // 40002 taken, the others refused
        ports.forgetUnusable();
        QCOMPARE(changes, 3);
        QVERIFY(ports.unusable().isEmpty());
        QCOMPARE(ports.acquire(), 40004);
        QCOMPARE(ports.acquire(), 40000);
        ports.forgetUnusable(); // nothing to forget: no change signalled
        QCOMPARE(changes, 3);
    }

    void unrestrictedLetsJanusChoose() {
        PortAllocator ports;
        QVERIFY(!ports.isRestricted());
        QCOMPARE(ports.acquire(), 0);
        QCOMPARE(ports.rtcpFor(0), 0);
        QVERIFY(ports.contains(12345));
    }
};

QTEST_GUILESS_MAIN(TestPortAllocator)
#include "tst_portallocator.moc"
