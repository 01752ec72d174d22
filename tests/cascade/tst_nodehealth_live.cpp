// Node health over a real Janus's Admin API (the transport under test): the figures match what
// the Admin API itself answers, also after sessions and handles come and accept_new_sessions
// turns off; a node without admin_url says so and still connects; a wrong admin secret is a
// clear auth failure. Source media: a real werift publisher's handle is found by its feed id
// and its packets and bytes in are non-zero and grow, the second read without a new search.
#include "cascade/nodeclient.h"
#include "cascade/sourcemedia.h"
#include "janusinstance.h"
#include "profile/profileio.h"
#include "replywait.h"
#include "webrtcpublisher.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace janus;
using cascade::NodeClient;
using cascade::NodeHealth;
using testsupport::JanusInstance;

namespace {

const QString kAdminSecret = QStringLiteral("health-admin-secret");

std::unique_ptr<JanusInstance> startJanus() {
    JanusInstance::Options options;
    options.name = QStringLiteral("health-node");
    options.adminSecret = kAdminSecret;
    options.rooms = {{1234, QStringLiteral("Health"), {}, false},
                     {4321, QStringLiteral("Mirror"), {}, false}};
    auto janus = std::make_unique<JanusInstance>(options);
    if (!janus->start()) {
        janus->dumpLog();
        return nullptr;
    }
    return janus;
}

std::unique_ptr<NodeClient> node(const JanusInstance& janus, const QString& adminSecret,
                                 bool withAdmin = true) {
    Connection::Options api;
    api.url = janus.apiUrl();
    auto client = std::make_unique<NodeClient>(QStringLiteral("a"), api);
    if (withAdmin) {
        Connection::Options admin;
        admin.url = janus.adminUrl();
        admin.adminSecret = adminSecret;
        client->setAdminOptions(admin);
    }
    client->open();
    return client;
}

/// Reads a round now and waits until it is in (state Ok or Failed).
const NodeHealth& refreshed(NodeClient& client) {
    QSignalSpy updated(client.health(), &cascade::NodeHealthMonitor::updated);
    client.health()->refresh();
    // The caller checks the state it needs.
    [[maybe_unused]] const bool done = QTest::qWaitFor(
        [&] {
            const auto s = client.health()->health().state;
            return !updated.isEmpty() && !client.health()->isReading() &&
                   (s == NodeHealth::State::Ok || s == NodeHealth::State::Failed);
        },
        15000);
    return client.health()->health();
}

} // namespace

class TestNodeHealthLive : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void figuresMatchTheAdminApi() {
        JCC_REQUIRE_JANUS();
        const auto janus = startJanus();
        QVERIFY(janus);
        auto client = node(*janus, kAdminSecret);
        QVERIFY(QTest::qWaitFor([&] { return client->isReady(); }, 15000));
        QVERIFY(client->admin());
        QVERIFY(QTest::qWaitFor(
            [&] { return client->health()->health().state == NodeHealth::State::Ok; }, 15000));

        // Three more sessions with 1, 2 and 3 handles.
        std::vector<std::unique_ptr<Connection>> extra;
        for (int i = 1; i <= 3; ++i) {
            Connection::Options o;
            o.url = janus->apiUrl();
            extra.push_back(std::make_unique<Connection>(o));
            QSignalSpy ready(extra.back().get(), &Connection::ready);
            extra.back()->open();
            QVERIFY(ready.wait(10000));
            for (int h = 0; h < i; ++h)
                QVERIFY(testsupport::wait(
                            extra.back()->attach(QStringLiteral("janus.plugin.videoroom")))
                            .ok());
        }

        AdminClient admin([&] {
            Connection::Options o;
            o.url = janus->adminUrl();
            o.adminSecret = kAdminSecret;
            return o;
        }());
        QSignalSpy adminReady(admin.connection(), &Connection::ready);
        admin.open();
        QVERIFY(adminReady.wait(10000));
        const NodeHealth& h = refreshed(*client);
        QCOMPARE(h.state, NodeHealth::State::Ok);
        const auto sessions = testsupport::result(admin.listSessions());
        QVERIFY(sessions);
        int handles = 0;
        for (const Id& s : *sessions)
            handles += int(testsupport::result(admin.listHandles(s)).valueOr({}).size());
        qInfo("Admin API: %d sessions, %d handles; health: %d sessions, %s handles",
              int(sessions->size()), handles, h.sessions, qPrintable(h.handlesText()));
        QCOMPARE(h.sessions, int(sessions->size()));
        QVERIFY(h.sessions >= 4); // the node's own session and the three above
        QCOMPARE(h.handles, handles);
        QVERIFY(h.handles >= 1 + 2 + 3 + 1); // and the node's VideoRoom handle
        QVERIFY(h.handlesComplete());
        QCOMPARE(h.version, JanusInstance::binaryVersion());
        QCOMPARE(h.serverName, janus->options().name);
        QVERIFY(h.plugins.contains(QStringLiteral("janus.plugin.videoroom")));
        QCOMPARE(h.acceptingNewSessions, std::optional<bool>(true));
        const auto loops = testsupport::result(admin.loopsInfo());
        QVERIFY2(loops, qPrintable(loops.error().message()));
        QVERIFY(h.loops.has_value());
        QCOMPARE(h.loops->size(), loops->size());
        QVERIFY(h.reachableSince.isValid());
        QVERIFY(!h.toJson().contains(QStringLiteral("admin_secret")));

        // Fewer sessions, and no new ones accepted: the next round says both.
        extra.back()->close(); // destroys the session (over HTTP nothing else would)
        QVERIFY(testsupport::waitForState(*extra.back(), Connection::State::Disconnected));
        extra.pop_back();
        const auto off = testsupport::wait(admin.connection()->send(
            {{QStringLiteral("janus"), QStringLiteral("accept_new_sessions")},
             {QStringLiteral("accept"), false}}));
        QVERIFY2(off.ok(), qPrintable(off.error.message()));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto now = testsupport::result(admin.listSessions());
                return now && int(now->size()) == int(sessions->size()) - 1;
            },
            10000));
        const NodeHealth& after = refreshed(*client);
        QCOMPARE(after.sessions, int(sessions->size()) - 1);
        QCOMPARE(after.handles, handles - 3);
        QCOMPARE(after.acceptingNewSessions, std::optional<bool>(false));
    }

    void noAdminUrlSaysSo() {
        JCC_REQUIRE_JANUS();
        const auto janus = startJanus();
        QVERIFY(janus);
        auto client = node(*janus, {}, false);
        QVERIFY(QTest::qWaitFor([&] { return client->isReady(); }, 15000)); // the rest works
        QVERIFY(!client->admin());
        client->health()->refresh();
        const NodeHealth& h = client->health()->health();
        QCOMPARE(h.state, NodeHealth::State::NoAdminApi);
        QVERIFY2(h.stateText().contains(QLatin1String("admin_url")), qPrintable(h.stateText()));
        QCOMPARE(h.toJson().value(QLatin1String("admin_api")).toString(),
                 QStringLiteral("no_admin_api"));
        cascade::SourceMediaReader reader(client->admin());
        std::optional<Result<cascade::SourceMediaStats>> read;
        reader.read(Id(1234), Id(1), this, [&](const auto& r) { read = r; });
        QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }, 5000));
        QVERIFY(!*read);
        QVERIFY(read->error().message().contains(QLatin1String("admin_url")));
    }

    void wrongAdminSecretIsClear() {
        JCC_REQUIRE_JANUS();
        const auto janus = startJanus();
        QVERIFY(janus);
        auto client = node(*janus, QStringLiteral("not-the-secret"));
        QVERIFY(QTest::qWaitFor(
            [&] { return client->health()->health().state == NodeHealth::State::Failed; }, 15000));
        const NodeHealth& h = client->health()->health();
        QCOMPARE(h.error.kind, Error::Kind::Auth);
        qInfo("%s", qPrintable(h.stateText()));
        QVERIFY2(h.stateText().contains(QLatin1String("admin secret"), Qt::CaseInsensitive),
                 qPrintable(h.stateText()));
        QVERIFY(!h.stateText().contains(QLatin1String("not-the-secret")));
        QVERIFY(client->isReady()); // the Janus API is unaffected
    }

    /// janus-cascade status --json: node health for the node with admin_url, "no Admin API" for
    /// the one without, and (with a werift publisher) source media for the link.
    void cliStatusShowsHealth() {
        JCC_REQUIRE_JANUS();
        const auto janus = startJanus();
        QVERIFY(janus);
        std::unique_ptr<testsupport::WebRtcPublisher> publisher;
        QString why;
        if (testsupport::WebRtcPublisher::available(&why)) {
            testsupport::WebRtcPublisher::Options po;
            po.url = janus->apiUrl(JanusInstance::Transport::WebSocket);
            po.room = 1234;
            publisher = std::make_unique<testsupport::WebRtcPublisher>(po);
            QVERIFY2(publisher->start(), qPrintable(publisher->log()));
            // "ready" is Janus's webrtcup; its packet counters move a moment later.
            QTest::qWait(1500);
        } else {
            qInfo("no werift publisher (%s): source media not checked", qPrintable(why));
        }
        profile::Profile p;
        const int ports = JanusInstance::freeUdpPortBlock(40);
        for (const QString& id : {QStringLiteral("a"), QStringLiteral("b")}) {
            profile::Node n;
            n.id = id;
            n.apiUrl = janus->apiUrl();
            const int first = ports + (id == QLatin1String("a") ? 0 : 20);
            n.forwardedPorts = profile::PortRange{first, first + 19};
            n.publicAddress = QStringLiteral("127.0.0.1");
            if (id == QLatin1String("a"))
                n.adminUrl = janus->adminUrl();
            p.nodes << n;
        }
        profile::Link l;
        l.id = QStringLiteral("ab");
        l.sourceNode = QStringLiteral("a");
        l.sourceRoom = Id(1234);
        l.targetNode = QStringLiteral("b");
        l.targetRoom = Id(4321);
        p.links << l;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("health.jcc.json"));
        QVERIFY(profile::io::save(path, p));
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("JCC_A_ADMIN_SECRET"), kAdminSecret);
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(JCC_CLI_BINARY),
                  {QStringLiteral("status"), path, QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(60000));
        const QByteArray out = cli.readAllStandardOutput();
        QVERIFY2(!out.contains(kAdminSecret.toUtf8()), "the admin secret is in the output");
        QVERIFY2(cli.exitCode() == 0, out.constData());
        const QJsonObject doc = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
        const QJsonArray nodes = doc.value(QLatin1String("nodes")).toArray();
        QCOMPARE(nodes.size(), 2);
        const QJsonObject a = nodes[0][QLatin1String("health")].toObject();
        const QJsonObject b = nodes[1][QLatin1String("health")].toObject();
        QCOMPARE(a.value(QLatin1String("admin_api")).toString(), QStringLiteral("ok"));
        QVERIFY(a.value(QLatin1String("sessions")).toInt() >= 2); // the CLI's two nodes
        QVERIFY(a.value(QLatin1String("handles")).toInt() >= 2);
        QCOMPARE(a.value(QLatin1String("version")).toString(), JanusInstance::binaryVersion());
        QCOMPARE(b.value(QLatin1String("admin_api")).toString(), QStringLiteral("no_admin_api"));
        QVERIFY(b.value(QLatin1String("text")).toString().contains(QLatin1String("admin_url")));
        if (!publisher)
            return;
        const QJsonArray media =
            doc[QLatin1String("links")][0][QLatin1String("source_media")].toArray();
        QCOMPARE(media.size(), 1);
        QCOMPARE(media[0][QLatin1String("publisher")].toInteger(), publisher->publisherId());
        QVERIFY2(media[0][QLatin1String("packets_in")].toInteger() > 0,
                 QJsonDocument(media[0].toObject()).toJson().constData());
        QVERIFY(media[0][QLatin1String("bytes_in")].toInteger() > 0);

        // The human output says the same in words.
        cli.start(QStringLiteral(JCC_CLI_BINARY), {QStringLiteral("status"), path});
        QVERIFY(cli.waitForFinished(60000));
        const QString human = QString::fromUtf8(cli.readAllStandardOutput());
        qInfo("%s", qPrintable(human));
        QVERIFY(human.contains(QLatin1String("health: Admin API ok")));
        QVERIFY(human.contains(QLatin1String("no Admin API: set admin_url for health")));
        QVERIFY(human.contains(
            QStringLiteral("source media of %1: ICE ").arg(publisher->publisherId())));

        // monitor mirrors the publisher (a → b, here rooms of one server) and reads the source
        // media of the running mirror into the round and the metrics.
        const QString textfile = dir.filePath(QStringLiteral("jcc.prom"));
        cli.start(QStringLiteral(JCC_CLI_BINARY),
                  {QStringLiteral("--json"), QStringLiteral("monitor"), path,
                   QStringLiteral("--once"), QStringLiteral("--textfile"), textfile});
        QVERIFY(cli.waitForFinished(120000));
        const QByteArray rounds = cli.readAllStandardOutput();
        const QJsonObject round =
            QJsonDocument::fromJson(rounds.trimmed().split('\n').first()).object();
        const QJsonArray mirrored =
            round[QLatin1String("source_media")][QLatin1String("ab")].toArray();
        QVERIFY2(mirrored.size() == 1, rounds.constData());
        QVERIFY(mirrored[0][QLatin1String("packets_in")].toInteger() >
                media[0][QLatin1String("packets_in")].toInteger());
        QFile prom(textfile);
        QVERIFY(prom.open(QIODevice::ReadOnly));
        const QByteArray metrics = prom.readAll();
        QVERIFY2(metrics.contains(QStringLiteral("jcc_mirror_source_packets_total{link=\"ab\","
                                                 "publisher=\"%1\"")
                                      .arg(publisher->publisherId())
                                      .toUtf8()),
                 metrics.constData());
        QVERIFY(metrics.contains("jcc_node_admin_up{node=\"a\"} 1"));
        QVERIFY(!metrics.contains(kAdminSecret.toUtf8()));
        // link down again: monitor leaves its mirrors on the servers
        cli.start(QStringLiteral(JCC_CLI_BINARY),
                  {QStringLiteral("link"), QStringLiteral("down"), path, QStringLiteral("ab")});
        QVERIFY(cli.waitForFinished(60000));
    }

    void sourceMediaOfARealPublisher() {
        JCC_REQUIRE_JANUS();
        QString why;
        if (!testsupport::WebRtcPublisher::available(&why))
            QSKIP(qPrintable(QStringLiteral("SKIPPED: no werift publisher: %1").arg(why)));
        const auto janus = startJanus();
        QVERIFY(janus);
        testsupport::WebRtcPublisher::Options po;
        po.url = janus->apiUrl(JanusInstance::Transport::WebSocket); // werift speaks WS only
        po.room = 1234;
        testsupport::WebRtcPublisher publisher(po);
        QVERIFY2(publisher.start(), qPrintable(publisher.log()));
        auto client = node(*janus, kAdminSecret);
        QVERIFY(QTest::qWaitFor(
            [&] { return client->admin()->connection()->state() == Connection::State::Connected; },
            15000));
        cascade::SourceMediaReader reader(client->admin());
        auto read = [&]() -> Result<cascade::SourceMediaStats> {
            std::optional<Result<cascade::SourceMediaStats>> out;
            reader.read(Id(1234), Id(publisher.publisherId()), this,
                        [&](const auto& r) { out = r; });
            if (!QTest::qWaitFor([&] { return out.has_value(); }, 15000))
                return Error::timeout(QStringLiteral("read"), 15000);
            return *out;
        };
        const auto first = read();
        QVERIFY2(first, qPrintable(first.error().message()));
        qInfo("first: %s", qPrintable(first->summary()));
        QCOMPARE(reader.searches(), 1);
        QVERIFY(first->handle.isValid());
        QVERIFY(!first->streams.isEmpty());
        QVERIFY2(first->iceState == QLatin1String("ready") ||
                     first->iceState == QLatin1String("connected"),
                 qPrintable(first->iceState));
        QVERIFY(first->packetsIn() > 0);
        QVERIFY(first->bytesIn() > 0);
        QTest::qWait(1500);
        const auto second = read();
        QVERIFY2(second, qPrintable(second.error().message()));
        qInfo("second: %s", qPrintable(second->summary()));
        QCOMPARE(reader.searches(), 1); // the cached handle
        QCOMPARE(second->handle, first->handle);
        QVERIFY(second->packetsIn() > first->packetsIn());
        QVERIFY(second->bytesIn() > first->bytesIn());

        // Another feed id is not found (and says which).
        std::optional<Result<cascade::SourceMediaStats>> other;
        reader.read(Id(1234), Id(424242), this, [&](const auto& r) { other = r; });
        QVERIFY(QTest::qWaitFor([&] { return other.has_value(); }, 15000));
        QVERIFY(!*other);
        QVERIFY(other->error().message().contains(QLatin1String("424242")));

        QCOMPARE(reader.searches(), 2);

        // The publisher leaves: its cached handle is gone, so the reader searches again (and
        // finds nothing); a new publisher is found by its own feed id.
        publisher.stop();
        std::optional<Result<cascade::SourceMediaStats>> gone;
        reader.read(Id(1234), Id(publisher.publisherId()), this, [&](const auto& r) { gone = r; });
        QVERIFY(QTest::qWaitFor([&] { return gone.has_value(); }, 15000));
        QVERIFY(!*gone);
        QCOMPARE(reader.searches(), 3);
        testsupport::WebRtcPublisher again(po);
        QVERIFY2(again.start(), qPrintable(again.log()));
        std::optional<Result<cascade::SourceMediaStats>> fresh;
        reader.read(Id(1234), Id(again.publisherId()), this, [&](const auto& r) { fresh = r; });
        QVERIFY(QTest::qWaitFor([&] { return fresh.has_value(); }, 15000));
        QVERIFY2(*fresh, qPrintable(fresh->error().message()));
        QCOMPARE(reader.searches(), 4);
        QVERIFY(fresh->value().handle != first->handle);
    }
};

QTEST_GUILESS_MAIN(TestNodeHealthLive)
#include "tst_nodehealth_live.moc"
