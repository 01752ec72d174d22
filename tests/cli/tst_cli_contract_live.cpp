// The CLI's output contract (docs/cli.md, "Output contract") held against real Janus servers
// whose rooms have secrets: stderr is empty on success, every --json document parses and has
// the documented keys, every failure is exactly {"ok":false,"error":{code,message,explanation}},
// and a link whose bind address is not the target's own fails at once with 499 explained.
#include "janusinstance.h"
#include "profile/profileio.h"
#include "webrtcpublisher.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using testsupport::JanusInstance;
using testsupport::WebRtcPublisher;

namespace {

const QString kApiSecret = QStringLiteral("contract-api-secret-a");
const QString kRoomSecretA = QStringLiteral("contract-room-secret-a");
const QString kRoomSecretB = QStringLiteral("contract-room-secret-b");

struct Run {
    int code = -1;
    bool finished = false;
    qint64 elapsedMs = 0;
    QByteArray out;
    QByteArray err;

    /// Every stdout line as a JSON object; an unparsable line becomes an empty object.
    QList<QJsonObject> documents() const {
        QList<QJsonObject> docs;
        for (const QByteArray& line : out.trimmed().split('\n')) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            docs << (error.error == QJsonParseError::NoError ? doc.object() : QJsonObject());
        }
        return docs;
    }
    QJsonObject json() const { return documents().value(0); }
    QString all() const { return QString::fromUtf8(out + err); }
};

QStringList keysOf(const QJsonObject& o) {
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList keys) {
    keys.sort();
    return keys;
}

} // namespace

class TestCliContractLive : public QObject {
    Q_OBJECT
    std::unique_ptr<JanusInstance> m_a, m_b;
    std::unique_ptr<WebRtcPublisher> m_publisher;
    QString m_noPublisher; ///< why there is no publisher, when there is none
    QTemporaryDir m_dir;
    QString m_good, m_nat, m_dead, m_bad;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();

    Run cli(const QStringList& args, int waitMs = 90000) {
        QProcess p;
        p.setProcessEnvironment(m_env);
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral(JCC_CLI_BINARY), args);
        Run r;
        r.finished = p.waitForFinished(waitMs);
        r.elapsedMs = timer.elapsed();
        if (!r.finished) {
            p.kill();
            p.waitForFinished(5000);
        }
        r.code = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    /// A success: exit 0, nothing on stderr, one JSON document with ok:true and these keys.
    void verifySuccess(const Run& r, const QStringList& keys) {
        QVERIFY2(r.finished, qPrintable(r.all()));
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QCOMPARE(r.documents().size(), 1);
        const QJsonObject o = r.json();
        QCOMPARE(keysOf(o), sorted(keys + QStringList{QStringLiteral("ok")}));
        QCOMPARE(o.value(QLatin1String("ok")), QJsonValue(true));
        verifyNoSecret(r);
    }

    /// The same command for humans: exit 0 and nothing on stderr either.
    void verifyQuietForHumans(QStringList args) {
        args.removeAll(QStringLiteral("--json"));
        const Run r = cli(args);
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY(!r.out.isEmpty());
    }

    /// A failure: the exit code, one line on stderr, and exactly the error object.
    void verifyFailure(const Run& r, int exitCode, const QString& code) {
        QVERIFY2(r.finished, qPrintable(r.all()));
        QVERIFY2(r.code == exitCode, qPrintable(r.all()));
        QVERIFY2(r.err.startsWith("janus-cascade: ") && r.err.count('\n') == 1, r.err.constData());
        QCOMPARE(r.documents().size(), 1);
        const QJsonObject o = r.json();
        QCOMPARE(keysOf(o), (QStringList{QStringLiteral("error"), QStringLiteral("ok")}));
        QCOMPARE(o.value(QLatin1String("ok")), QJsonValue(false));
        const QJsonObject e = o.value(QLatin1String("error")).toObject();
        QCOMPARE(keysOf(e), (QStringList{QStringLiteral("code"), QStringLiteral("explanation"),
                                         QStringLiteral("message")}));
        QCOMPARE(e.value(QLatin1String("code")).toString(), code);
        QVERIFY(!e.value(QLatin1String("message")).toString().isEmpty());
        verifyNoSecret(r);
    }

    void verifyNoSecret(const Run& r) {
        for (const QString& s : {kApiSecret, kRoomSecretA, kRoomSecretB})
            QVERIFY2(!r.all().contains(s), "a secret reached the output");
    }

    void requirePublisher() {
        if (!m_publisher)
            QSKIP(
                qPrintable(QStringLiteral("SKIPPED: no WebRTC publisher: %1").arg(m_noPublisher)));
    }

    QString save(const QString& name, const profile::Profile& p) {
        const QString path = m_dir.filePath(name);
        return profile::io::save(path, p) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase() {
        JCC_REQUIRE_JANUS();
        QVERIFY(m_dir.isValid());
        JanusInstance::Options o;
        o.name = QStringLiteral("a");
        o.apiSecret = kApiSecret;
        o.rooms = {{1234, QStringLiteral("Source"), kRoomSecretA, false}};
        m_a = std::make_unique<JanusInstance>(o);
        o = {};
        o.name = QStringLiteral("b");
        o.rooms = {{4321, QStringLiteral("Target"), kRoomSecretB, false}};
        m_b = std::make_unique<JanusInstance>(o);
        QVERIFY2(m_a->start(), qPrintable(m_a->log()));
        QVERIFY2(m_b->start(), qPrintable(m_b->log()));
        // A real publisher in the source room: only then does link up send add_remote_publisher.
        if (WebRtcPublisher::available(&m_noPublisher)) {
            WebRtcPublisher::Options po;
            po.url =
                m_a->apiUrl(testsupport::JanusInstance::Transport::WebSocket); // werift: WS only
            po.room = 1234;
            po.apiSecret = kApiSecret;
            m_publisher = std::make_unique<WebRtcPublisher>(po);
            QVERIFY2(m_publisher->start(), qPrintable(m_publisher->log()));
        }

        const int ports = JanusInstance::freeUdpPortBlock(60);
        auto node = [](const QString& id, const QUrl& url, const QString& bind,
                       const QString& publicAddress, int first) {
            profile::Node n;
            n.id = id;
            n.name = id.toUpper();
            n.apiUrl = url;
            n.bindAddress = bind;
            n.publicAddress = publicAddress;
            n.forwardedPorts = profile::PortRange{first, first + 19};
            return n;
        };
        auto link = [](const QString& id, const QString& target) {
            profile::Link l;
            l.id = id;
            l.sourceNode = QStringLiteral("a");
            l.sourceRoom = janus::Id(1234);
            l.targetNode = target;
            l.targetRoom = janus::Id(4321);
            return l;
        };
        const QString local = QStringLiteral("127.0.0.1");
        profile::Profile good;
        good.name = QStringLiteral("contract");
        good.nodes << node(QStringLiteral("a"), m_a->apiUrl(), local, local, ports)
                   << node(QStringLiteral("b"), m_b->apiUrl(), local, local, ports + 20);
        good.links << link(QStringLiteral("a-to-b"), QStringLiteral("b"));
        good.probe.count = 30;
        good.probe.rate = 100;
        m_good = save(QStringLiteral("good.json"), good);
        QVERIFY(!m_good.isEmpty());

        // B again, as an admin behind NAT would first enter it: the NAT's public address as
        // bind address. It is no address of this host (198.51.100.0/24 is documentation space
        // and only ever passed to Janus as iface, never sent to).
        profile::Profile nat = good;
        nat.nodes << node(QStringLiteral("bnat"), m_b->apiUrl(), QStringLiteral("198.51.100.2"),
                          QStringLiteral("198.51.100.2"), ports + 40);
        nat.links = {link(QStringLiteral("a-to-bnat"), QStringLiteral("bnat"))};
        m_nat = save(QStringLiteral("nat.json"), nat);
        QVERIFY(!m_nat.isEmpty());

        profile::Profile dead = good;
        QUrl nowhere(QStringLiteral("ws://127.0.0.1/"));
        nowhere.setPort(JanusInstance::freeTcpPort());
        dead.nodes[1].apiUrl = nowhere;
        m_dead = save(QStringLiteral("dead.json"), dead);
        QVERIFY(!m_dead.isEmpty());

        QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"version\":1,\"nodes\":[{\"id\":\"a\",\"api_url\":\"ws:\\/\\/"
                  "x:1\",\"public_address\":\"300.1.2.3\"}]}");
        bad.close();
        m_bad = bad.fileName();

        m_env.remove(QStringLiteral("QT_LOGGING_RULES"));
        m_env.insert(QStringLiteral("JCC_A_API_SECRET"), kApiSecret);
        m_env.insert(QStringLiteral("JCC_A_ROOM_SECRET"), kRoomSecretA);
        m_env.insert(QStringLiteral("JCC_B_ROOM_SECRET"), kRoomSecretB);
        m_env.insert(QStringLiteral("JCC_BNAT_ROOM_SECRET"), kRoomSecretB);
    }

    void cleanup() {
        if (QTest::currentTestFailed()) {
            m_a->dumpLog();
            m_b->dumpLog();
        }
    }

    void validateSucceedsSilently() {
        verifySuccess(cli({QStringLiteral("--json"), QStringLiteral("validate"), m_good}),
                      {QStringLiteral("nodes"), QStringLiteral("links")});
        verifyQuietForHumans({QStringLiteral("validate"), m_good});
    }

    void statusSucceedsSilently() {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("status"), m_good});
        verifySuccess(r, {QStringLiteral("nodes"), QStringLiteral("links")});
        const QJsonObject a = r.json().value(QLatin1String("nodes")).toArray().first().toObject();
        QCOMPARE(keysOf(a),
                 sorted({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("api_url"),
                         QStringLiteral("bind_address"), QStringLiteral("public_address"),
                         QStringLiteral("ready"), QStringLiteral("state"),
                         QStringLiteral("version"), QStringLiteral("local_ip"),
                         QStringLiteral("public_ips"), QStringLiteral("health")}));
        const QJsonObject l = r.json().value(QLatin1String("links")).toArray().first().toObject();
        QCOMPARE(keysOf(l),
                 sorted({QStringLiteral("id"), QStringLiteral("source"), QStringLiteral("target"),
                         QStringLiteral("enabled"), QStringLiteral("source_media")}));
        // Human output too: stdout only.
        const Run human = cli({QStringLiteral("status"), m_good});
        QCOMPARE(human.code, 0);
        QVERIFY2(human.err.isEmpty(), human.err.constData());
        // --verbose asks for the connection log, and gets it.
        const Run verbose = cli({QStringLiteral("--verbose"), QStringLiteral("status"), m_good});
        QCOMPARE(verbose.code, 0);
        QVERIFY2(verbose.err.contains("jcc.janus.connection") || verbose.err.contains("connecting"),
                 verbose.err.constData());
    }

    void roomsSucceedsSilently() {
        const Run r =
            cli({QStringLiteral("--json"), QStringLiteral("rooms"), m_good, QStringLiteral("a")});
        verifySuccess(r, {QStringLiteral("node"), QStringLiteral("rooms")});
        verifyQuietForHumans({QStringLiteral("rooms"), m_good, QStringLiteral("a")});
        QCOMPARE(r.json()
                     .value(QLatin1String("rooms"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("room"))
                     .toInteger(),
                 1234);
    }

    void linkUpAndDownSucceedSilently() {
        requirePublisher();
        const Run up = cli({QStringLiteral("--json"), QStringLiteral("link"), QStringLiteral("up"),
                            m_good, QStringLiteral("a-to-b")});
        verifySuccess(up,
                      {QStringLiteral("link"), QStringLiteral("state"), QStringLiteral("reason"),
                       QStringLiteral("srtp"), QStringLiteral("mirrors")});
        QCOMPARE(up.json().value(QLatin1String("state")).toString(), QStringLiteral("up"));
        const QJsonArray mirrors = up.json().value(QLatin1String("mirrors")).toArray();
        QCOMPARE(mirrors.size(), 1);
        QCOMPARE(keysOf(mirrors[0].toObject()),
                 sorted({QStringLiteral("publisher"), QStringLiteral("display"),
                         QStringLiteral("remote_publisher"), QStringLiteral("port"),
                         QStringLiteral("state"), QStringLiteral("error"), QStringLiteral("media"),
                         QStringLiteral("encrypted")}));
        // link up ends as soon as the link is up, before any media tap: media is null.
        QVERIFY(mirrors[0].toObject().value(QLatin1String("media")).isNull());

        const Run orphans = cli({QStringLiteral("--json"), QStringLiteral("orphans"), m_good});
        verifySuccess(orphans, {QStringLiteral("orphans"), QStringLiteral("removed"),
                                QStringLiteral("unreachable")});
        verifyQuietForHumans({QStringLiteral("orphans"), m_good});
        verifyQuietForHumans(
            {QStringLiteral("link"), QStringLiteral("up"), m_good, QStringLiteral("a-to-b")});

        const Run down = cli({QStringLiteral("--json"), QStringLiteral("link"),
                              QStringLiteral("down"), m_good, QStringLiteral("a-to-b")});
        verifySuccess(down,
                      {QStringLiteral("link"), QStringLiteral("state"), QStringLiteral("reason"),
                       QStringLiteral("srtp"), QStringLiteral("mirrors")});
        QCOMPARE(down.json().value(QLatin1String("state")).toString(), QStringLiteral("stopped"));
    }

    void probesSucceedSilently() {
        const QStringList keys = {
            QStringLiteral("probe_id"),       QStringLiteral("target"),
            QStringLiteral("timestamp_mode"), QStringLiteral("sent"),
            QStringLiteral("received"),       QStringLiteral("lost"),
            QStringLiteral("loss_percent"),   QStringLiteral("duplicated"),
            QStringLiteral("reordered"),      QStringLiteral("late"),
            QStringLiteral("foreign"),        QStringLiteral("rtt_ms"),
            QStringLiteral("jitter_ms"),      QStringLiteral("send_jitter_us_p99"),
            QStringLiteral("passed"),         QStringLiteral("verdict"),
            QStringLiteral("srtp"),           QStringLiteral("seconds")};
        verifySuccess(cli({QStringLiteral("--json"), QStringLiteral("probe"), m_good,
                           QStringLiteral("--node"), QStringLiteral("b")}),
                      keys);
        verifySuccess(cli({QStringLiteral("--json"), QStringLiteral("probe"), m_good,
                           QStringLiteral("--path"), QStringLiteral("a:b")}),
                      keys);
        verifyQuietForHumans(
            {QStringLiteral("probe"), m_good, QStringLiteral("--node"), QStringLiteral("b")});

        // A reflector and a probe of it; reflect reports on stdout when it is stopped.
        const int port = JanusInstance::freeUdpPortBlock(1);
        QProcess reflect;
        reflect.setProcessEnvironment(m_env);
        reflect.start(QStringLiteral(JCC_CLI_BINARY),
                      {QStringLiteral("--json"), QStringLiteral("reflect"),
                       QStringLiteral("--bind"), QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY(reflect.waitForStarted(5000));
        QTest::qWait(500); // no "listening" line in JSON mode; give it time to bind
        verifySuccess(cli({QStringLiteral("--json"), QStringLiteral("probe"),
                           QStringLiteral("--reflector"), QStringLiteral("127.0.0.1:%1").arg(port),
                           QStringLiteral("--count"), QStringLiteral("20")}),
                      keys);
        reflect.terminate();
        QVERIFY(reflect.waitForFinished(5000));
        Run r;
        r.finished = true;
        r.code = reflect.exitCode();
        r.out = reflect.readAllStandardOutput();
        r.err = reflect.readAllStandardError();
        verifySuccess(r, {QStringLiteral("echoed")});

        // Nobody there any more: the probe's "no" answer is an error object.
        const Run nobody =
            cli({QStringLiteral("--json"), QStringLiteral("probe"), QStringLiteral("--reflector"),
                 QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--count"),
                 QStringLiteral("10")});
        verifyFailure(nobody, 1, QStringLiteral("probe_failed"));
        QVERIFY(nobody.json()
                    .value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("no probe packet came back")));
    }

    void monitorRoundsAreOkLines() {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("monitor"), m_good,
                           QStringLiteral("--once")});
        verifySuccess(r, {QStringLiteral("time"), QStringLiteral("nodes"), QStringLiteral("links"),
                          QStringLiteral("ports_unusable"), QStringLiteral("health"),
                          QStringLiteral("source_media"), QStringLiteral("media"),
                          QStringLiteral("probes"), QStringLiteral("alerts"),
                          QStringLiteral("passed")});
        QCOMPARE(r.json().value(QLatin1String("passed")), QJsonValue(true));
        QCOMPARE(r.json().value(QLatin1String("alerts")), QJsonValue(QJsonArray()));
        // Every link of the round has its mirrors' media (null before a mirror's first tap).
        QVERIFY(
            r.json().value(QLatin1String("media")).toObject().contains(QLatin1String("a-to-b")));
        // Links started by monitor stay; take them down again for the next test.
        QCOMPARE(
            cli({QStringLiteral("link"), QStringLiteral("down"), m_good, QStringLiteral("a-to-b")})
                .code,
            0);
    }

    void runStreamsOkLines() {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(QStringLiteral(JCC_CLI_BINARY),
                {QStringLiteral("--json"), QStringLiteral("run"), m_good});
        QVERIFY(p.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 20000);
        QTest::qWait(300);
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
        Run r{p.exitCode(), true, 0, p.readAllStandardOutput(), p.readAllStandardError()};
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        for (const QJsonObject& o : r.documents()) {
            QCOMPARE(keysOf(o), sorted({QStringLiteral("ok"), QStringLiteral("link"),
                                        QStringLiteral("state"), QStringLiteral("reason"),
                                        QStringLiteral("srtp"), QStringLiteral("mirrors")}));
            QCOMPARE(o.value(QLatin1String("ok")), QJsonValue(true));
        }
        QCOMPARE(
            cli({QStringLiteral("link"), QStringLiteral("down"), m_good, QStringLiteral("a-to-b")})
                .code,
            0);
    }

    void failuresAreErrorObjects() {
        verifyFailure(cli({QStringLiteral("--json"), QStringLiteral("validate"), m_bad}), 3,
                      QStringLiteral("invalid_profile"));
        const Run invalid = cli({QStringLiteral("--json"), QStringLiteral("status"), m_bad});
        verifyFailure(invalid, 3, QStringLiteral("invalid_profile"));
        QVERIFY(invalid.json()
                    .value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("explanation"))
                    .toString()
                    .contains(QLatin1String("nodes[0].public_address: '300.1.2.3' is not an IP "
                                            "address")));
        const Run dead = cli({QStringLiteral("--json"), QStringLiteral("--timeout"),
                              QStringLiteral("3"), QStringLiteral("status"), m_dead});
        verifyFailure(dead, 4, QStringLiteral("unreachable"));
        verifyFailure(
            cli({QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("3"),
                 QStringLiteral("rooms"), m_dead, QStringLiteral("b")}),
            4, QStringLiteral("unreachable"));
        verifyFailure(
            cli({QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("3"),
                 QStringLiteral("link"), QStringLiteral("up"), m_dead, QStringLiteral("a-to-b")}),
            4, QStringLiteral("unreachable"));
        verifyFailure(
            cli({QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("3"),
                 QStringLiteral("probe"), m_dead, QStringLiteral("--node"), QStringLiteral("b")}),
            4, QStringLiteral("unreachable"));
        verifyFailure(cli({QStringLiteral("--json"), QStringLiteral("--timeout"),
                           QStringLiteral("3"), QStringLiteral("orphans"), m_dead}),
                      4, QStringLiteral("unreachable"));
        verifyFailure(
            cli({QStringLiteral("--json"), QStringLiteral("rooms"), m_good, QStringLiteral("zz")}),
            2, QStringLiteral("no_such_node"));
        verifyFailure(cli({QStringLiteral("--json"), QStringLiteral("link"), QStringLiteral("up"),
                           m_good, QStringLiteral("zz")}),
                      2, QStringLiteral("no_such_link"));
        verifyFailure(cli({QStringLiteral("--json"), QStringLiteral("--no-such-option")}), 2,
                      QStringLiteral("usage"));
        verifyFailure(cli({QStringLiteral("--json"), QStringLiteral("monitor"), m_good,
                           QStringLiteral("--once"), QStringLiteral("--textfile"),
                           QStringLiteral("/nonexistent-dir/jcc.prom")}),
                      1, QStringLiteral("io_error"));
        // Without the API secret node a refuses the console: exit 4, and the code says why.
        m_env.remove(QStringLiteral("JCC_A_API_SECRET"));
        const Run denied = cli({QStringLiteral("--json"), QStringLiteral("status"), m_good});
        m_env.insert(QStringLiteral("JCC_A_API_SECRET"), kApiSecret);
        verifyFailure(denied, 4, QStringLiteral("auth_refused"));
    }

    void bindAddressNotLocalFailsAtOnce() {
        requirePublisher();
        // --timeout 30: the command must not wait for it. --verbose: count the requests sent.
        const Run r =
            cli({QStringLiteral("--json"), QStringLiteral("--verbose"), QStringLiteral("--timeout"),
                 QStringLiteral("30"), QStringLiteral("link"), QStringLiteral("up"), m_nat,
                 QStringLiteral("a-to-bnat")},
                20000);
        QVERIFY2(r.finished, "link up waited for its --timeout instead of failing at once");
        qInfo("link up with a bind address that is not local failed after %lld ms", r.elapsedMs);
        QCOMPARE(r.code, 1);
        QCOMPARE(r.documents().size(), 1);
        const QJsonObject o = r.json();
        QCOMPARE(keysOf(o), (QStringList{QStringLiteral("error"), QStringLiteral("ok")}));
        const QJsonObject e = o.value(QLatin1String("error")).toObject();
        QCOMPARE(e.value(QLatin1String("code")).toString(), QStringLiteral("janus_499"));
        QVERIFY2(e.value(QLatin1String("message"))
                     .toString()
                     .contains(QLatin1String("Invalid network interface configuration")),
                 qPrintable(e.value(QLatin1String("message")).toString()));
        QVERIFY2(e.value(QLatin1String("explanation"))
                     .toString()
                     .contains(QLatin1String("bind address")),
                 qPrintable(e.value(QLatin1String("explanation")).toString()));
        // One add_remote_publisher, one port: no walk through the forwarded range.
        const QStringList attempts =
            QString::fromUtf8(r.err)
                .split(QLatin1Char('\n'))
                .filter(QRegularExpression(QStringLiteral("add_remote_publisher \\S+ on bnat")));
        QVERIFY2(attempts.size() == 1, qPrintable(attempts.join(QLatin1Char('\n'))));
        // Each state change is logged with a real reason, never an error's empty "ok".
        QVERIFY2(!r.err.contains(": ok\n"), r.err.constData());
        verifyNoSecret(r);

        // Without --verbose the same failure is one line on stderr.
        const Run quiet =
            cli({QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("30"),
                 QStringLiteral("link"), QStringLiteral("up"), m_nat, QStringLiteral("a-to-bnat")},
                20000);
        verifyFailure(quiet, 1, QStringLiteral("janus_499"));
    }

    void bindAddressNotLocalIsNotRetriedByRun() {
        requirePublisher();
        // run keeps the link and reconciles every 2 s: after the 499 it must not try again,
        // on this port or the next ones.
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(
            QStringLiteral(JCC_CLI_BINARY),
            {QStringLiteral("--json"), QStringLiteral("--verbose"), QStringLiteral("run"), m_nat});
        QVERIFY(p.waitForStarted(5000));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("\"state\":\"down\""),
                                 20000);
        QTest::qWait(4500); // two more reconcile intervals
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        const QStringList attempts =
            err.split(QLatin1Char('\n'))
                .filter(QRegularExpression(QStringLiteral("add_remote_publisher \\S+ on bnat")));
        QVERIFY2(attempts.size() == 1, qPrintable(err));
        out += p.readAllStandardOutput();
        QVERIFY2(out.contains("Invalid network interface configuration"), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliContractLive)
#include "tst_cli_contract_live.moc"
