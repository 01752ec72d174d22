// janus-cascade as a script would use it, against real Janus servers: exit codes, JSON
// output, one-line reasons; secrets from the environment never echoed.
#include "cascade/marker.h"
#include "janusinstance.h"
#include "profile/profileio.h"
#include "replywait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>

using testsupport::JanusInstance;

namespace {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const {
        return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    }
};

Run cli(const QStringList& args,
        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(JCC_CLI_BINARY), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestCliLive : public QObject {
    Q_OBJECT
    std::unique_ptr<JanusInstance> m_a, m_b;
    QTemporaryDir m_dir;
    QString m_profile;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();

private Q_SLOTS:
    void initTestCase() {
        JCC_REQUIRE_JANUS();
        JanusInstance::Options o;
        o.name = QStringLiteral("a");
        o.apiSecret = QStringLiteral("test-cli-secret-a");
        // Rooms with secrets, as real ones have: the CLI takes them from the environment.
        o.rooms = {{1234, QStringLiteral("Source"), QStringLiteral("cli-room-secret-a"), false}};
        m_a = std::make_unique<JanusInstance>(o);
        o.name = QStringLiteral("b");
        o.apiSecret.clear();
        o.rooms = {{4321, QStringLiteral("Target"), QStringLiteral("cli-room-secret-b"), false}};
        m_b = std::make_unique<JanusInstance>(o);
        QVERIFY(m_a->start());
        QVERIFY(m_b->start());

        profile::Profile p;
        p.name = QStringLiteral("cli test");
        p.nodes << profile::Node{QStringLiteral("a"),
                                 QStringLiteral("A"),
                                 m_a->apiUrl(),
                                 m_a->adminUrl(), // node health; b has no Admin API

                                 {},
                                 QStringLiteral("127.0.0.1"),
                                 profile::PortRange{41000, 41099},
                                 {}};
        p.nodes << profile::Node{QStringLiteral("b"),
                                 QStringLiteral("B"),
                                 m_b->apiUrl(),
                                 {},
                                 QStringLiteral("127.0.0.1"),
                                 QStringLiteral("127.0.0.1"),
                                 profile::PortRange{41100, 41199},
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
        m_profile = m_dir.filePath(QStringLiteral("p.json"));
        QVERIFY(profile::io::save(m_profile, p));
        m_env.insert(QStringLiteral("JCC_A_API_SECRET"), QStringLiteral("test-cli-secret-a"));
        m_env.insert(QStringLiteral("JCC_A_ADMIN_SECRET"), m_a->options().adminSecret);
        m_env.insert(QStringLiteral("JCC_A_ROOM_SECRET"), QStringLiteral("cli-room-secret-a"));
        m_env.insert(QStringLiteral("JCC_B_ROOM_SECRET"), QStringLiteral("cli-room-secret-b"));
    }

    void versionAndUsage() {
        const Run v = cli({QStringLiteral("--version")});
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.startsWith("janus-cascade "));
        const Run none = cli({});
        QCOMPARE(none.code, 2);
        QVERIFY(none.err.contains("no command given"));
        const Run unknown = cli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains("unknown command 'frobnicate'"));
    }

    void validate() {
        QCOMPARE(cli({QStringLiteral("validate"), m_profile}).code, 0);
        QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        // (no raw string: moc reads "//" inside one as a comment)
        bad.write("{\"version\":1,\"nodes\":[{\"id\":\"a\",\"api_url\":\"ws:\\/\\/"
                  "x:1\",\"public_address\":\"300.1.2.3\"}]}");
        bad.close();
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("validate"), bad.fileName()});
        QCOMPARE(r.code, 3);
        QCOMPARE(r.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")),
                 QJsonValue(QStringLiteral("invalid_profile")));
        QCOMPARE(r.json()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("explanation"))
                     .toString(),
                 QStringLiteral("nodes[0].public_address: '300.1.2.3' is not an IP address"));
    }

    void statusUsesEnvironmentSecretsAndNeverPrintsThem() {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("status"), m_profile}, m_env);
        QCOMPARE(r.code, 0);
        const QJsonArray nodes = r.json().value(QLatin1String("nodes")).toArray();
        QCOMPARE(nodes.size(), 2);
        QCOMPARE(nodes[0].toObject().value(QLatin1String("version")).toString(),
                 testsupport::JanusInstance::binaryVersion());
        QVERIFY(!r.out.contains("test-cli-secret-a") && !r.err.contains("test-cli-secret-a"));

        // Without the secret node a refuses us: an auth error, exit code 4.
        const Run denied = cli({QStringLiteral("status"), m_profile});
        QCOMPARE(denied.code, 4);
        QVERIFY2(denied.out.contains("auth failed"), denied.out.constData());
    }

    void rooms() {
        const Run r =
            cli({QStringLiteral("--json"), QStringLiteral("rooms"), m_profile, QStringLiteral("b")},
                m_env);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()
                     .value(QLatin1String("rooms"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("room"))
                     .toInteger(),
                 4321);
        QCOMPARE(cli({QStringLiteral("rooms"), m_profile, QStringLiteral("zz")}, m_env).code, 2);
    }

    void linkUpAndDown() {
        const Run up = cli({QStringLiteral("--json"), QStringLiteral("link"), QStringLiteral("up"),
                            m_profile, QStringLiteral("a-to-b")},
                           m_env);
        QCOMPARE(up.code, 0);
        QCOMPARE(up.json().value(QLatin1String("state")).toString(), QStringLiteral("up"));
        const Run down = cli(
            {QStringLiteral("link"), QStringLiteral("down"), m_profile, QStringLiteral("a-to-b")},
            m_env);
        QCOMPARE(down.code, 0);
        QVERIFY(down.out.contains("nothing of this link is left"));
        QCOMPARE(cli({QStringLiteral("link"), QStringLiteral("sideways"), m_profile,
                      QStringLiteral("a-to-b")},
                     m_env)
                     .code,
                 2);
    }

    void monitorWritesPrometheusMetrics() {
        const QString textfile = m_dir.filePath(QStringLiteral("jcc.prom"));
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("monitor"), m_profile,
                           QStringLiteral("--once"), QStringLiteral("--textfile"), textfile},
                          m_env);
        QVERIFY2(r.code == 0, r.out + r.err);
        QFile f(textfile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray metrics = f.readAll();
        QVERIFY(metrics.contains("jcc_node_up{node=\"a\"} 1"));
        QVERIFY(metrics.contains("jcc_node_ports_unusable{node=\"b\"} "));
        QVERIFY(r.json().value(QLatin1String("ports_unusable")).toObject().contains(u"a"));
        QVERIFY(metrics.contains("jcc_link_state{link=\"a-to-b\"}"));
        QVERIFY(metrics.contains("jcc_node_admin_up{node=\"a\"} 1"));
        QVERIFY(metrics.contains("jcc_node_sessions{node=\"a\"} "));
        QVERIFY(metrics.contains("jcc_node_handles{node=\"a\"} "));
        QVERIFY(metrics.contains("jcc_node_accepting_sessions{node=\"a\"} 1"));
        QVERIFY(!metrics.contains("jcc_node_admin_up{node=\"b\"}")); // b has no Admin API
        QCOMPARE(r.json()[QLatin1String("health")][QLatin1String("b")][QLatin1String("admin_api")]
                     .toString(),
                 QStringLiteral("no_admin_api"));
        QVERIFY(!metrics.contains(m_a->options().adminSecret.toUtf8()));
        QVERIFY(!r.out.contains(m_a->options().adminSecret.toUtf8()));
        QVERIFY(metrics.contains("jcc_probe_success{target=\"path a → b\"} 1"));
        QVERIFY(metrics.contains("jcc_probe_rtt_seconds{target=\"node b\",percentile=\"99\"}"));
        QVERIFY(!metrics.contains("test-cli-secret-a") && !metrics.contains("cli-room-secret"));
        if (QStandardPaths::findExecutable(QStringLiteral("promtool")).isEmpty()) {
            qInfo("promtool not installed: format check skipped (scripts/setup.sh installs it)");
        } else {
            QProcess promtool;
            promtool.start(QStringLiteral("promtool"),
                           {QStringLiteral("check"), QStringLiteral("metrics")});
            promtool.write(metrics);
            promtool.closeWriteChannel();
            QVERIFY(promtool.waitForFinished(20000));
            QVERIFY2(promtool.exitCode() == 0,
                     promtool.readAllStandardOutput() + promtool.readAllStandardError());
        }
        QCOMPARE(cli({QStringLiteral("monitor"), m_profile, QStringLiteral("--interval"),
                      QStringLiteral("1")},
                     m_env)
                     .code,
                 2);
        const Run unwritable =
            cli({QStringLiteral("monitor"), m_profile, QStringLiteral("--once"),
                 QStringLiteral("--textfile"), QStringLiteral("/nonexistent-dir/jcc.prom")},
                m_env);
        QCOMPARE(unwritable.code, 1);
        QVERIFY(unwritable.err.contains("cannot write /nonexistent-dir/jcc.prom"));
    }

    // 20 one-shot probes of a node in a row, each its own process: the server holds at most one
    // probe endpoint's pair of sockets more afterwards (Janus before 1.2.2 keeps the endpoint;
    // newer ones free each probe's objects), and each probe passes.
    void twentyProbesLeaveAtMostOneEndpoint() {
        const QList<int> before = m_a->udpPortsHeld();
        for (int i = 0; i < 20; ++i) {
            const Run r =
                cli({QStringLiteral("--json"), QStringLiteral("probe"), m_profile,
                     QStringLiteral("--node"), QStringLiteral("a"), QStringLiteral("--count"),
                     QStringLiteral("20"), QStringLiteral("--rate"), QStringLiteral("200")},
                    m_env);
            QVERIFY2(r.code == 0,
                     qPrintable(QStringLiteral("run %1: %2%3")
                                    .arg(i)
                                    .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err))));
        }
        QTest::qWait(500); // 1.4 closes a probe's sockets a moment after it answers
        QList<int> added;
        for (int port : m_a->udpPortsHeld())
            if (!before.contains(port))
                added << port;
        qInfo() << "sockets added on a by 20 probes:" << added;
        QVERIFY2(added.size() <= 2, qPrintable(QString::number(added.size())));
    }

    void reflectAndProbeIt() {
        const int port = JanusInstance::freeUdpPortBlock(1);
        QProcess reflect;
        reflect.start(QStringLiteral(JCC_CLI_BINARY),
                      {QStringLiteral("reflect"), QStringLiteral("--bind"),
                       QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY(reflect.waitForReadyRead(5000)); // "echoing UDP on …"
        const Run r =
            cli({QStringLiteral("--json"), QStringLiteral("probe"), QStringLiteral("--reflector"),
                 QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--count"),
                 QStringLiteral("50"), QStringLiteral("--rate"), QStringLiteral("100")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QLatin1String("received")).toInt(), 50);
        reflect.terminate();
        QVERIFY(reflect.waitForFinished(5000));
        QCOMPARE(reflect.exitCode(), 0);
        QVERIFY(reflect.readAllStandardOutput().contains("echoed 50 datagram(s)"));
        // Nobody there: nothing comes back, the verdict says what to check, exit 1.
        const Run nobody =
            cli({QStringLiteral("--json"), QStringLiteral("probe"), QStringLiteral("--reflector"),
                 QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--count"),
                 QStringLiteral("10"), QStringLiteral("--rate"), QStringLiteral("100")});
        QCOMPARE(nobody.code, 1);
        QVERIFY(nobody.json()
                    .value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("no probe packet came back")));
        QCOMPARE(
            cli({QStringLiteral("reflect"), QStringLiteral("--bind"), QStringLiteral("nonsense")})
                .code,
            2);
        QCOMPARE(cli({QStringLiteral("probe"), QStringLiteral("--reflector"),
                      QStringLiteral("127.0.0.1:1"), QStringLiteral("--rate"), QStringLiteral("0")})
                     .code,
                 2);
    }

    void orphansAreFoundAndRemoved() {
        testsupport::LiveVideoRoom live;
        QVERIFY(live.open(m_b->apiUrl()));
        const auto audio =
            janus::videoroom::Stream::make(QStringLiteral("audio"), 0, QStringLiteral("opus"));
        janus::VideoRoom::AddRemotePublisher spec;
        spec.room = janus::Id(4321);
        spec.secret = QStringLiteral("cli-room-secret-b");
        spec.display =
            cascade::marker::display(QStringLiteral("ghost"), QStringLiteral("old-link"));
        spec.streams = {audio};
        QVERIFY(testsupport::wait(live.videoroom->addRemotePublisher(spec)).ok());

        const Run found = cli({QStringLiteral("orphans"), m_profile}, m_env);
        QCOMPARE(found.code, 1); // something remains: exit 1, as docs/cli.md says
        QVERIFY2(found.out.contains("link old-link"), found.out.constData());
        const Run removed = cli({QStringLiteral("--json"), QStringLiteral("orphans"), m_profile,
                                 QStringLiteral("--remove")},
                                m_env);
        QCOMPARE(removed.code, 0);
        QCOMPARE(removed.json().value(QLatin1String("removed")).toInt(), 1);
        const Run clean = cli({QStringLiteral("orphans"), m_profile}, m_env);
        QCOMPARE(clean.code, 0);
        QVERIFY(clean.out.contains("no orphans"));
    }
};

QTEST_GUILESS_MAIN(TestCliLive)
#include "tst_cli_live.moc"
