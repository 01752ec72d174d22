// The iface sent for a bind address. Measured here: Janus 1.1.2 answers add_remote_publisher
// with iface "0.0.0.0" or "::" by 499 "Invalid network interface configuration for remote
// publisher", 1.4.1 accepts both; without iface both bind every interface.
#include "cascade/linkplan.h"

#include <QTest>

class TestLinkPlan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ifaceFor_data() {
        QTest::addColumn<QString>("bind");
        QTest::addColumn<QString>("iface");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("any IPv4") << QStringLiteral("0.0.0.0") << QString();
        QTest::newRow("any IPv6") << QStringLiteral("::") << QString();
        QTest::newRow("any IPv6, spaces") << QStringLiteral(" :: ") << QString();
        QTest::newRow("private IPv4")
            << QStringLiteral("100.64.0.10") << QStringLiteral("100.64.0.10");
        QTest::newRow("IPv6") << QStringLiteral("2001:db8::1") << QStringLiteral("2001:db8::1");
        QTest::newRow("interface name") << QStringLiteral("eth0") << QStringLiteral("eth0");
    }
    void ifaceFor() {
        QFETCH(QString, bind);
        QFETCH(QString, iface);
        QCOMPARE(cascade::ifaceFor(bind), iface);
    }
};

QTEST_GUILESS_MAIN(TestLinkPlan)
#include "tst_linkplan.moc"
