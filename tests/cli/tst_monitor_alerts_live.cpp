// janus-cascade monitor's alerts against real Janus servers: a profile whose probes cannot work
// (node b's public address is 127.0.0.2, where nothing listens: Janus binds 127.0.0.1) prints
// ALERT, lists the alert in the round's JSON and exports jcc_alert_active 1 (promtool passes); the
// same servers with a working profile raise nothing.
#include "janusinstance.h"
#include "profile/profileio.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using testsupport::JanusInstance;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(JCC_CLI_BINARY), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
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

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestMonitorAlertsLive : public QObject {
    Q_OBJECT
    std::unique_ptr<JanusInstance> m_a, m_b;
    QTemporaryDir m_dir;
    profile::Profile m_good;

    QString save(const profile::Profile& p, const QString& name) {
        const QString path = m_dir.filePath(name);
        return profile::io::save(path, p) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase() {
        JCC_REQUIRE_JANUS();
        JanusInstance::Options o;
        o.name = QStringLiteral("aa");
        o.rooms = {{1234, QStringLiteral("Source"), {}, false}};
        m_a = std::make_unique<JanusInstance>(o);
        o.name = QStringLiteral("ab");
        o.rooms = {{4321, QStringLiteral("Target"), {}, false}};
        m_b = std::make_unique<JanusInstance>(o);
        QVERIFY(m_a->start());
        QVERIFY(m_b->start());
        const int ports = JanusInstance::freeUdpPortBlock(40);
        const QString local = QStringLiteral("127.0.0.1");
        m_good.name = QStringLiteral("alerts test");
        m_good.nodes << profile::Node{QStringLiteral("a"),
                                      QStringLiteral("A"),
                                      m_a->apiUrl(),
                                      {},
                                      {},
                                      local,
                                      profile::PortRange{ports, ports + 19},
                                      {}};
        m_good.nodes << profile::Node{QStringLiteral("b"),
                                      QStringLiteral("B"),
                                      m_b->apiUrl(),
                                      {},
                                      local,
                                      local,
                                      profile::PortRange{ports + 20, ports + 39},
                                      {}};
        m_good.links << profile::Link{QStringLiteral("a-to-b"),
                                      QStringLiteral("a"),
                                      janus::Id(1234),
                                      {},
                                      QStringLiteral("b"),
                                      janus::Id(4321),
                                      false,
                                      {},
                                      true};
        m_good.probe.count = 50;
        m_good.probe.rate = 100;
        m_good.alerts.raiseAfter = 1; // one round (--once) is enough to raise
    }

    void brokenProbePathRaisesAnAlert() {
        profile::Profile bad = m_good;
        // Loopback, where nothing listens (b binds 127.0.0.1): the probe's packets are lost.
        // Never an outside address: tests send only to loopback or their own namespaces.
        bad.nodes[1].publicAddress = QStringLiteral("127.0.0.2");
        const QString path = save(bad, QStringLiteral("bad.json"));
        QVERIFY(!path.isEmpty());
        const QString textfile = m_dir.filePath(QStringLiteral("bad.prom"));
        const Run human = cli({QStringLiteral("monitor"), path, QStringLiteral("--once"),
                               QStringLiteral("--textfile"), textfile});
        QVERIFY2(human.code == 1, qPrintable(human.out + human.err)); // the checks failed
        QVERIFY2(human.out.contains(QStringLiteral("ALERT      node b: probe loss 100.0 %")),
                 qPrintable(human.out));
        QVERIFY2(!human.out.contains(QStringLiteral("ALERT      node a")), qPrintable(human.out));
        const QByteArray metrics = readFile(textfile);
        QVERIFY2(metrics.contains("jcc_alert_active{kind=\"loss\",target=\"node b\"} 1"),
                 metrics.constData());
        QVERIFY2(!metrics.contains("jcc_alert_active{kind=\"loss\",target=\"node a\"}"),
                 metrics.constData());
        const QString problem = promtoolProblem(metrics);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const Run json = cli(
            {QStringLiteral("--json"), QStringLiteral("monitor"), path, QStringLiteral("--once")});
        // The round, then (the checks failed) the error object: one JSON document a line.
        const QJsonDocument doc =
            QJsonDocument::fromJson(json.out.section(QLatin1Char('\n'), 0, 0).toUtf8());
        QVERIFY2(doc.isObject(), qPrintable(json.out + json.err));
        const QJsonArray alerts = doc.object().value(QStringLiteral("alerts")).toArray();
        bool found = false;
        for (const QJsonValue& v : alerts) {
            const QJsonObject a = v.toObject();
            if (a.value(QStringLiteral("kind")) == QStringLiteral("loss") &&
                a.value(QStringLiteral("target")) == QStringLiteral("node b")) {
                found = true;
                QVERIFY(a.value(QStringLiteral("active")).toBool());
                QVERIFY(!a.value(QStringLiteral("text")).toString().isEmpty());
                QVERIFY(
                    QDateTime::fromString(a.value(QStringLiteral("since")).toString(), Qt::ISODate)
                        .isValid());
            }
        }
        QVERIFY2(found, qPrintable(json.out));
    }

    void workingProfileRaisesNothing() {
        const QString path = save(m_good, QStringLiteral("good.json"));
        QVERIFY(!path.isEmpty());
        const QString textfile = m_dir.filePath(QStringLiteral("good.prom"));
        const Run human = cli({QStringLiteral("monitor"), path, QStringLiteral("--once"),
                               QStringLiteral("--textfile"), textfile});
        QVERIFY2(human.code == 0, qPrintable(human.out + human.err));
        QVERIFY2(!human.out.contains(QStringLiteral("ALERT")), qPrintable(human.out));
        const QByteArray metrics = readFile(textfile);
        QVERIFY(metrics.contains("jcc_node_up{node=\"b\"} 1"));
        QVERIFY2(!metrics.contains("jcc_alert_active{"), metrics.constData());
        const Run json = cli(
            {QStringLiteral("--json"), QStringLiteral("monitor"), path, QStringLiteral("--once")});
        const QJsonObject round = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QVERIFY2(round.contains(QStringLiteral("alerts")), qPrintable(json.out));
        QCOMPARE(round.value(QStringLiteral("alerts")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMonitorAlertsLive)
#include "tst_monitor_alerts_live.moc"
