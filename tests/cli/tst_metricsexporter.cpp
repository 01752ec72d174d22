// MetricsExporter without a server: --listen parsing, what /metrics holds before and after a
// round, and when /healthz turns stale (a 1 s interval, so three periods pass in seconds).
#include "metricsexporter.h"

#include <QTest>

using cli::MetricsExporter;

class TestMetricsExporter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parseListen_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("address"); // empty: refused
        QTest::addColumn<int>("port");
        QTest::newRow("v4") << QStringLiteral("127.0.0.1:9464") << QStringLiteral("127.0.0.1")
                            << 9464;
        QTest::newRow("any v4") << QStringLiteral("0.0.0.0:1") << QStringLiteral("0.0.0.0") << 1;
        QTest::newRow("v6") << QStringLiteral("[::1]:9464") << QStringLiteral("::1") << 9464;
        QTest::newRow("v6 bare") << QStringLiteral("::1:9464") << QString() << 0;
        QTest::newRow("v4 in brackets") << QStringLiteral("[127.0.0.1]:80") << QString() << 0;
        QTest::newRow("host name") << QStringLiteral("localhost:9464") << QString() << 0;
        QTest::newRow("no port") << QStringLiteral("127.0.0.1") << QString() << 0;
        QTest::newRow("empty port") << QStringLiteral("127.0.0.1:") << QString() << 0;
        QTest::newRow("port 0") << QStringLiteral("127.0.0.1:0") << QString() << 0;
        QTest::newRow("port 65536") << QStringLiteral("127.0.0.1:65536") << QString() << 0;
        QTest::newRow("empty") << QString() << QString() << 0;
    }
    void parseListen() {
        QFETCH(QString, value);
        QFETCH(QString, address);
        QFETCH(int, port);
        QHostAddress parsed;
        quint16 parsedPort = 0;
        const QString problem = MetricsExporter::parseListen(value, &parsed, &parsedPort);
        if (address.isEmpty()) {
            QVERIFY(problem.startsWith(QLatin1String("--listen")));
        } else {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QCOMPARE(parsed, QHostAddress(address));
            QCOMPARE(int(parsedPort), port);
        }
    }

    void metricsBeforeAndAfterARound() {
        MetricsExporter e(10);
        e.setLiveMetrics([](probe::PrometheusWriter& w) { w.nodeUp(QStringLiteral("a"), true); });
        QString text = e.metricsText();
        QVERIFY(text.contains(QLatin1String("jcc_node_up{node=\"a\"} 1\n")));
        QVERIFY(text.contains(QLatin1String("jcc_monitor_rounds_total 0\n")));
        QVERIFY(text.contains(QLatin1String("# TYPE jcc_monitor_rounds_total counter\n")));
        probe::PrometheusWriter round;
        round.nodeUp(QStringLiteral("a"), false);
        e.roundStarted();
        QString error;
        QVERIFY(e.roundFinished(round, &error));
        text = e.metricsText();
        QVERIFY(text.contains(QLatin1String("jcc_node_up{node=\"a\"} 0\n")));
        QVERIFY(text.contains(QLatin1String("jcc_monitor_rounds_total 1\n")));
        QVERIFY(text.contains(QLatin1String("jcc_build_info{version=")));
    }

    void healthStartingOkStaleAndUnreachable() {
        MetricsExporter e(1);
        QStringList down;
        e.setReachability([&down] { return down; }, 2);
        // Before the first round: starting, however long it takes (its length is not known).
        QVERIFY(!e.health().ok);
        QVERIFY2(e.health().reason.startsWith(QLatin1String("starting: no round has finished")),
                 qPrintable(e.health().reason));
        QTest::qWait(3300);
        QVERIFY2(e.health().reason.startsWith(QLatin1String("starting: no round has finished yet "
                                                            "(3 s since start)")),
                 qPrintable(e.health().reason));
        e.roundStarted();
        QString error;
        QVERIFY(e.roundFinished({}, &error));
        QVERIFY(e.health().ok);
        down = {QStringLiteral("a")}; // one of two: still healthy
        QVERIFY(e.health().ok);
        down = {QStringLiteral("a"), QStringLiteral("b")};
        QCOMPARE(e.health().reason, QStringLiteral("no node is reachable: a, b"));
        down.clear();
        QTest::qWait(3300);
        QVERIFY2(e.health().reason.startsWith(QLatin1String("stale: the last round finished 3 s")),
                 qPrintable(e.health().reason));
    }
};

QTEST_GUILESS_MAIN(TestMetricsExporter)
#include "tst_metricsexporter.moc"
