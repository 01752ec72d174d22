// janus-cascade monitor --listen against real Janus servers: /metrics passes promtool and shows
// the rounds, /healthz turns 503 when the servers die, bad --listen values exit 2 before the
// servers see anything, and no secret is ever served.
#include "janusinstance.h"
#include "profile/profileio.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using testsupport::JanusInstance;

namespace {

struct Http {
    int status = 0; ///< 0: no answer
    QByteArray contentType;
    QByteArray body;
};

Http request(const QUrl& url, const QByteArray& verb = QByteArrayLiteral("GET")) {
    QNetworkAccessManager nam;
    QNetworkRequest req(url);
    req.setTransferTimeout(5000);
    std::unique_ptr<QNetworkReply> reply(nam.sendCustomRequest(req, verb));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(10000))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll()};
}

/// The value of the first sample whose line starts with series ("jcc_node_up{node=\"a\"}").
std::optional<double> sample(const QByteArray& metrics, const QByteArray& series) {
    for (const QByteArray& line : metrics.split('\n'))
        if (line.startsWith(series + ' '))
            return line.mid(series.size() + 1).toDouble();
    return std::nullopt;
}

/// promtool check metrics on the body: empty when it passes, else what it said.
QString promtoolProblem(const QByteArray& body) {
    QProcess promtool;
    promtool.start(QStringLiteral("promtool"),
                   {QStringLiteral("check"), QStringLiteral("metrics")});
    promtool.write(body);
    promtool.closeWriteChannel();
    if (!promtool.waitForFinished(20000))
        return QStringLiteral("promtool did not finish");
    if (promtool.exitCode() != 0)
        return QString::fromUtf8(promtool.readAllStandardOutput() +
                                 promtool.readAllStandardError());
    return {};
}

const QStringList secretValues = {
    QStringLiteral("listen-api-secret-a"), QStringLiteral("listen-admin-secret-a"),
    QStringLiteral("listen-room-secret-a"), QStringLiteral("listen-room-secret-b")};

} // namespace

class TestMonitorListenLive : public QObject {
    Q_OBJECT
    std::unique_ptr<JanusInstance> m_a, m_b;
    QTemporaryDir m_dir;
    QString m_profile;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QProcess m_monitor;
    QUrl m_base;

    /// Polls url until check(reply) holds or timeoutMs passes; the last answer.
    Http pollUntil(const QString& path, const std::function<bool(const Http&)>& check,
                   int timeoutMs) {
        QElapsedTimer timer;
        timer.start();
        Http last;
        do {
            last = request(m_base.resolved(QUrl(path)));
            if (check(last))
                return last;
            QTest::qWait(250);
        } while (timer.elapsed() < timeoutMs);
        return last;
    }

private Q_SLOTS:
    void initTestCase() {
        JCC_REQUIRE_JANUS();
        JanusInstance::Options o;
        o.name = QStringLiteral("la");
        o.apiSecret = QStringLiteral("listen-api-secret-a");
        o.adminSecret = QStringLiteral("listen-admin-secret-a");
        o.rooms = {{1234, QStringLiteral("Source"), QStringLiteral("listen-room-secret-a"), false}};
        m_a = std::make_unique<JanusInstance>(o);
        o.name = QStringLiteral("lb");
        o.apiSecret.clear();
        o.adminSecret = QStringLiteral("janusoverlord");
        o.rooms = {{4321, QStringLiteral("Target"), QStringLiteral("listen-room-secret-b"), false}};
        m_b = std::make_unique<JanusInstance>(o);
        QVERIFY(m_a->start());
        QVERIFY(m_b->start());

        const int ports = JanusInstance::freeUdpPortBlock(40);
        profile::Profile p;
        p.name = QStringLiteral("listen test");
        p.nodes << profile::Node{QStringLiteral("a"),
                                 QStringLiteral("A"),
                                 m_a->apiUrl(),
                                 m_a->adminUrl(),
                                 {},
                                 QStringLiteral("127.0.0.1"),
                                 profile::PortRange{ports, ports + 19},
                                 {}};
        p.nodes << profile::Node{QStringLiteral("b"),
                                 QStringLiteral("B"),
                                 m_b->apiUrl(),
                                 {},
                                 QStringLiteral("127.0.0.1"),
                                 QStringLiteral("127.0.0.1"),
                                 profile::PortRange{ports + 20, ports + 39},
                                 {}};
        p.links << profile::Link{QStringLiteral("a-to-b"),
                                 QStringLiteral("a"),
                                 janus::Id(1234),
                                 {},
                                 QStringLiteral("b"),
                                 janus::Id(4321),
                                 false,
                                 {},
                                 true};
        p.probe.count = 50;
        p.probe.rate = 100;
        m_profile = m_dir.filePath(QStringLiteral("listen.json"));
        QVERIFY(profile::io::save(m_profile, p));
        m_env.insert(QStringLiteral("JCC_A_API_SECRET"), secretValues[0]);
        m_env.insert(QStringLiteral("JCC_A_ADMIN_SECRET"), secretValues[1]);
        m_env.insert(QStringLiteral("JCC_A_ROOM_SECRET"), secretValues[2]);
        m_env.insert(QStringLiteral("JCC_B_ROOM_SECRET"), secretValues[3]);
    }

    void cleanupTestCase() {
        if (m_monitor.state() != QProcess::NotRunning) {
            m_monitor.terminate();
            if (!m_monitor.waitForFinished(15000))
                m_monitor.kill();
        }
    }

    void badListenExitsTwoBeforeTouchingServers_data() {
        QTest::addColumn<QString>("listen");
        QTest::addColumn<QString>("message");
        QTest::newRow("no port") << QStringLiteral("127.0.0.1") << QStringLiteral("ADDR:PORT");
        QTest::newRow("no address") << QStringLiteral(":9464") << QStringLiteral("ADDR:PORT");
        QTest::newRow("bad address")
            << QStringLiteral("300.1.2.3:9464") << QStringLiteral("not an IP address");
        QTest::newRow("v6 without brackets")
            << QStringLiteral("::1:9464") << QStringLiteral("ADDR:PORT");
        QTest::newRow("port 0") << QStringLiteral("127.0.0.1:0") << QStringLiteral("1–65535");
        QTest::newRow("port too big")
            << QStringLiteral("127.0.0.1:65536") << QStringLiteral("1–65535");
        QTest::newRow("not this host's")
            << QStringLiteral("192.0.2.1:9464") << QStringLiteral("--listen 192.0.2.1:9464: ");
        QTest::newRow("port in use")
            << QStringLiteral("127.0.0.1:PORT_IN_USE") << QStringLiteral("--listen 127.0.0.1:");
    }

    void badListenExitsTwoBeforeTouchingServers() {
        QFETCH(QString, listen);
        QFETCH(QString, message);
        QTcpServer holder; // holds a port, for "port in use"
        QVERIFY(holder.listen(QHostAddress::LocalHost));
        listen.replace(QStringLiteral("PORT_IN_USE"), QString::number(holder.serverPort()));
        const QList<int> before = m_b->udpPortsHeld();
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(QStringLiteral(JCC_CLI_BINARY),
                {QStringLiteral("monitor"), m_profile, QStringLiteral("--listen"), listen});
        QVERIFY(p.waitForFinished(30000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("not probed")), qPrintable(err));
        // No round ran: no probe endpoint appeared on the servers.
        QCOMPARE(m_b->udpPortsHeld(), before);
    }

    void ipv6LoopbackServesBeforeTheFirstRound() {
        QTcpServer probe6;
        if (!probe6.listen(QHostAddress::LocalHostIPv6))
            QSKIP("SKIPPED: this host has no IPv6 loopback (::1)");
        const quint16 port = probe6.serverPort();
        probe6.close();
        // A node that never answers: no round can finish quickly, nothing touches a server.
        profile::Profile p;
        p.name = QStringLiteral("unreachable");
        p.nodes << profile::Node{
            QStringLiteral("gone"),
            QStringLiteral("Gone"),
            QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(JanusInstance::freeTcpPort())),
            {},
            {},
            QStringLiteral("127.0.0.1"),
            {},
            {}};
        const QString path = m_dir.filePath(QStringLiteral("gone.json"));
        QVERIFY(profile::io::save(path, p));
        QProcess monitor;
        monitor.start(QStringLiteral(JCC_CLI_BINARY),
                      {QStringLiteral("monitor"), path, QStringLiteral("--listen"),
                       QStringLiteral("[::1]:%1").arg(port), QStringLiteral("--timeout"),
                       QStringLiteral("30")});
        QVERIFY(monitor.waitForStarted());
        m_base = QUrl(QStringLiteral("http://[::1]:%1/").arg(port));
        const Http metrics = pollUntil(
            QStringLiteral("/metrics"), [](const Http& h) { return h.status != 0; }, 10000);
        QCOMPARE(metrics.status, 200);
        QVERIFY2(metrics.contentType.startsWith("text/plain; version=0.0.4"),
                 metrics.contentType.constData());
        QCOMPARE(sample(metrics.body, "jcc_node_up{node=\"gone\"}"), std::optional<double>(0));
        QCOMPARE(sample(metrics.body, "jcc_monitor_rounds_total"), std::optional<double>(0));
        const Http health = request(m_base.resolved(QUrl(QStringLiteral("/healthz"))));
        QCOMPARE(health.status, 503);
        QVERIFY2(health.body.contains("no node is reachable: gone"), health.body.constData());
        monitor.terminate();
        QVERIFY(monitor.waitForFinished(15000));
    }

    void metricsAndHealthOfARunningMonitor() {
        const int port = JanusInstance::freeTcpPort();
        m_base = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        m_monitor.setProcessEnvironment(m_env);
        // --textfile and --listen together: both get the rounds.
        const QString textfile = m_dir.filePath(QStringLiteral("listen.prom"));
        m_monitor.start(QStringLiteral(JCC_CLI_BINARY),
                        {QStringLiteral("monitor"), m_profile, QStringLiteral("--interval"),
                         QStringLiteral("5"), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--textfile"),
                         textfile});
        QVERIFY(m_monitor.waitForStarted());
        const Http metrics = pollUntil(
            QStringLiteral("/metrics"),
            [](const Http& h) {
                return sample(h.body, "jcc_monitor_rounds_total").value_or(0) >= 1;
            },
            60000);
        QVERIFY2(sample(metrics.body, "jcc_monitor_rounds_total").value_or(0) >= 1,
                 metrics.body.constData());
        QCOMPARE(metrics.status, 200);
        QVERIFY2(metrics.contentType.startsWith("text/plain; version=0.0.4"),
                 metrics.contentType.constData());
        // The format check is the point of this test: without promtool it fails, it does not skip.
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("promtool")).isEmpty(),
                 "promtool is not installed (Debian: apt-get install prometheus)");
        const QString problem = promtoolProblem(metrics.body);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QString::fromUtf8(metrics.body)));
        QCOMPARE(sample(metrics.body, "jcc_node_up{node=\"a\"}"), std::optional<double>(1));
        QCOMPARE(sample(metrics.body, "jcc_node_up{node=\"b\"}"), std::optional<double>(1));
        QCOMPARE(sample(metrics.body, "jcc_probe_success{target=\"node a\"}"),
                 std::optional<double>(1));
        QCOMPARE(sample(metrics.body, "jcc_probe_success{target=\"path a → b\"}"),
                 std::optional<double>(1));
        QVERIFY(sample(metrics.body, "jcc_probe_rtt_seconds{target=\"node b\",percentile=\"50\"}")
                    .value_or(0) > 0);
        QVERIFY(sample(metrics.body, "jcc_monitor_round_duration_seconds").value_or(0) > 0);
        QVERIFY(metrics.body.contains("jcc_build_info{version=\""));
        for (const QString& s : secretValues)
            QVERIFY2(!metrics.body.contains(s.toUtf8()), qPrintable(s));

        QVERIFY(sample(metrics.body, "process_resident_memory_bytes").value_or(0) > 0);
        QFile file(textfile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY2(sample(written, "jcc_monitor_rounds_total").value_or(0) >= 1, written.constData());
        QCOMPARE(sample(written, "jcc_node_up{node=\"a\"}"), std::optional<double>(1));
        // node_exporter has process_* of its own: a textfile repeating them breaks its scrape.
        QVERIFY2(!written.contains("process_"), written.constData());
        QCOMPARE(promtoolProblem(written), QString());

        const Http health = request(m_base.resolved(QUrl(QStringLiteral("/healthz"))));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.body, QByteArray("ok\n"));
        // Only GET on the two paths.
        QCOMPARE(request(m_base.resolved(QUrl(QStringLiteral("/metrics"))), "POST").status, 404);
        QCOMPARE(request(m_base.resolved(QUrl(QStringLiteral("/")))).status, 404);
        QCOMPARE(request(m_base.resolved(QUrl(QStringLiteral("/metrics/x")))).status, 404);
    }

    void serversKilledTurnHealthTo503() {
        if (m_monitor.state() != QProcess::Running)
            QSKIP("SKIPPED: the monitor of the previous test is not running");
        m_a->kill();
        m_b->kill();
        const Http health = pollUntil(
            QStringLiteral("/healthz"), [](const Http& h) { return h.status == 503; }, 30000);
        QCOMPARE(health.status, 503);
        QVERIFY2(health.body.startsWith("no node is reachable: a, b"), health.body.constData());
        // The next round reports them down.
        const Http metrics = pollUntil(
            QStringLiteral("/metrics"),
            [](const Http& h) {
                return sample(h.body, "jcc_node_up{node=\"a\"}") == std::optional<double>(0);
            },
            40000);
        QCOMPARE(sample(metrics.body, "jcc_node_up{node=\"a\"}"), std::optional<double>(0));
        QCOMPARE(sample(metrics.body, "jcc_node_up{node=\"b\"}"), std::optional<double>(0));
        QCOMPARE(sample(metrics.body, "jcc_probe_success{target=\"node a\"}"),
                 std::optional<double>(0));
        QCOMPARE(promtoolProblem(metrics.body), QString());
        for (const QString& s : secretValues)
            QVERIFY2(!metrics.body.contains(s.toUtf8()) && !health.body.contains(s.toUtf8()),
                     qPrintable(s));
        m_monitor.terminate();
        QVERIFY(m_monitor.waitForFinished(30000));
        QVERIFY2(!m_monitor.readAllStandardError().contains("listen-"), "a secret on stderr");
    }
};

QTEST_GUILESS_MAIN(TestMonitorListenLive)
#include "tst_monitor_listen_live.moc"
