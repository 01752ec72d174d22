// Secrets everywhere: every kind of secret (API secret, token, admin secret, room admin key, room
// secret) is known to this test and really used against real Janus servers, then looked for in
// everything the console writes: CLI stdout/stderr and JSON with every logging category on, the
// Prometheus textfile, and in the window's run the log, the event log, the saved profile and the
// exported CSV. None may appear; the traffic log must, so the check is not vacuous. The SRTP keys
// of encrypted legs (made in memory, never known to this test) are read from what Janus 1.4
// itself logs at debug level 5, and must not appear in anything the console wrote either.
#include "cascade/journal.h"
#include "cascade/linksmodel.h"
#include "janusinstance.h"
#include "latencychart.h"
#include "linkspanel.h"
#include "mainwindow.h"
#include "probepanel.h"
#include "profile/profileio.h"
#include "webrtcpublisher.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QLabel>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using testsupport::JanusInstance;
using testsupport::WebRtcPublisher;

namespace {

// Distinct values, each long and odd enough that a hit is never a coincidence.
const QList<QPair<QString, QString>> kSecrets = {
    {QStringLiteral("JCC_A_API_SECRET"), QStringLiteral("sekret-api-a-7f3e9c")},
    {QStringLiteral("JCC_A_ADMIN_SECRET"), QStringLiteral("sekret-adminapi-a-51d0")},
    {QStringLiteral("JCC_A_ADMIN_KEY"), QStringLiteral("sekret-adminkey-a-e2a8")},
    {QStringLiteral("JCC_A_ROOM_SECRET"), QStringLiteral("sekret-room-a-0c4b")},
    {QStringLiteral("JCC_B_TOKEN"), QStringLiteral("sekret-token-b-93f1")},
    {QStringLiteral("JCC_B_ADMIN_KEY"), QStringLiteral("sekret-adminkey-b-6d2c")},
    {QStringLiteral("JCC_B_ROOM_SECRET"), QStringLiteral("sekret-room-b-a871")},
};

QString secretOf(const QString& variable) {
    for (const auto& [name, value] : kSecrets)
        if (name == variable)
            return value;
    return {};
}

/// The secrets found in text (empty = none).
QStringList leaked(const QByteArray& text) {
    QStringList found;
    for (const auto& [name, value] : kSecrets)
        if (text.contains(value.toUtf8()))
            found << name;
    return found;
}

QByteArray g_log; // everything the window's run logs, every category

/// The srtp_crypto values Janus 1.4 logged at debug level 5 ("… s_crypto (KEY) on …").
QStringList srtpKeysIn(const QString& janusLog) {
    static const QRegularExpression key(QStringLiteral(R"(s_crypto \(([A-Za-z0-9+/=]{16,})\))"));
    QStringList keys;
    for (auto it = key.globalMatch(janusLog); it.hasNext();)
        keys << it.next().captured(1);
    keys.removeDuplicates();
    return keys;
}

void captureLog(QtMsgType, const QMessageLogContext& context, const QString& message) {
    g_log += QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8() +
             '\n';
}

} // namespace

class TestSecretsLive : public QObject {
    Q_OBJECT
    std::unique_ptr<JanusInstance> m_a, m_b;
    std::unique_ptr<WebRtcPublisher> m_publisher;
    QTemporaryDir m_dir;
    QString m_profile;
    QByteArray m_written; ///< everything the console wrote in the tests before srtpKeys…

    struct Run {
        int code = -1;
        QByteArray all;
    };

    /// killAfter: SIGKILL once the output contains it (a console killed mid-way).
    Run cli(const QStringList& args, const QByteArray& killAfter = {}) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto& [name, value] : kSecrets)
            env.insert(name, value);
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(JCC_CLI_BINARY), args);
        QByteArray all;
        if (!killAfter.isEmpty()) {
            QDeadlineTimer deadline(20000);
            while (!all.contains(killAfter) && !deadline.hasExpired() && p.waitForReadyRead(500))
                all += p.readAll();
            p.kill();
        }
        if (!p.waitForFinished(60000))
            p.kill();
        return {p.exitCode(), all + p.readAll()};
    }

    /// Everything the crash journal of the profile holds now.
    QByteArray journalFiles() const {
        QByteArray all;
        QDirIterator it(cascade::Journal::directoryFor(m_profile), {QStringLiteral("*.jsonl")},
                        QDir::Files);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }

    void verifyClean(const QByteArray& text, const QString& where) {
        const QStringList found = leaked(text);
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("%1 leaks %2").arg(where, found.join(u','))));
    }

private Q_SLOTS:
    void initTestCase() {
        JCC_REQUIRE_JANUS();
        QVERIFY(m_dir.isValid());
        JanusInstance::Options o;
        o.name = QStringLiteral("a");
        o.apiSecret = secretOf(QStringLiteral("JCC_A_API_SECRET"));
        o.adminSecret = secretOf(QStringLiteral("JCC_A_ADMIN_SECRET"));
        o.adminKey = secretOf(QStringLiteral("JCC_A_ADMIN_KEY"));
        o.rooms = {
            {1234, QStringLiteral("Source"), secretOf(QStringLiteral("JCC_A_ROOM_SECRET")), false}};
        o.debugLevel = 5; // Janus 1.4 then logs the SRTP keys it is given
        m_a = std::make_unique<JanusInstance>(o);
        o = {};
        o.debugLevel = 5;
        o.name = QStringLiteral("b");
        o.adminKey = secretOf(QStringLiteral("JCC_B_ADMIN_KEY"));
        o.rooms = {
            {4321, QStringLiteral("Target"), secretOf(QStringLiteral("JCC_B_ROOM_SECRET")), false}};
        m_b = std::make_unique<JanusInstance>(o);
        QVERIFY(m_a->start());
        QVERIFY(m_b->start());
        // A real publisher, so that mirroring it uses the room secrets of both rooms.
        QString why;
        if (!WebRtcPublisher::available(&why))
            QSKIP(qPrintable(QStringLiteral("SKIPPED: %1").arg(why)));
        WebRtcPublisher::Options po;
        po.url = m_a->apiUrl(testsupport::JanusInstance::Transport::WebSocket); // werift: WS only
        po.room = 1234;
        po.apiSecret = secretOf(QStringLiteral("JCC_A_API_SECRET"));
        m_publisher = std::make_unique<WebRtcPublisher>(po);
        QVERIFY2(m_publisher->start(), qPrintable(m_publisher->log()));

        const int ports = JanusInstance::freeUdpPortBlock(40);
        profile::Profile p;
        p.name = QStringLiteral("secrets");
        for (const auto& [id, url, first] :
             {std::tuple{QStringLiteral("a"), m_a->apiUrl(), ports},
              std::tuple{QStringLiteral("b"), m_b->apiUrl(), ports + 20}}) {
            profile::Node n;
            n.id = id;
            n.name = id.toUpper();
            n.apiUrl = url;
            n.adminUrl = id == QLatin1String("a") ? m_a->adminUrl() : QUrl();
            n.bindAddress = QStringLiteral("127.0.0.1");
            n.publicAddress = QStringLiteral("127.0.0.1");
            n.forwardedPorts = profile::PortRange{first, first + 19};
            p.nodes << n;
        }
        profile::Link link;
        link.id = QStringLiteral("a-to-b");
        link.sourceNode = QStringLiteral("a");
        link.sourceRoom = janus::Id(1234);
        link.targetNode = QStringLiteral("b");
        link.targetRoom = janus::Id(4321);
        p.links << link;
        p.probe.count = 50;
        p.probe.rate = 100;
        m_profile = m_dir.filePath(QStringLiteral("p.json"));
        QVERIFY(profile::io::save(m_profile, p));
    }

    void cliPrintsNoSecret() {
        const QString prom = m_dir.filePath(QStringLiteral("jcc.prom"));
        const QList<QPair<QStringList, int>> runs = {
            {{QStringLiteral("--json"), QStringLiteral("validate"), m_profile}, 0},
            {{QStringLiteral("--json"), QStringLiteral("status"), m_profile}, 0},
            {{QStringLiteral("--json"), QStringLiteral("rooms"), m_profile, QStringLiteral("a")},
             0},
            {{QStringLiteral("--json"), QStringLiteral("link"), QStringLiteral("up"), m_profile,
              QStringLiteral("a-to-b")},
             0},
            {{QStringLiteral("--json"), QStringLiteral("probe"), m_profile,
              QStringLiteral("--path"), QStringLiteral("a:b"), QStringLiteral("--count"),
              QStringLiteral("30")},
             0},
            {{QStringLiteral("--json"), QStringLiteral("orphans"), m_profile}, 0},
            {{QStringLiteral("monitor"), m_profile, QStringLiteral("--once"),
              QStringLiteral("--textfile"), prom},
             0},
            {{QStringLiteral("--json"), QStringLiteral("link"), QStringLiteral("down"), m_profile,
              QStringLiteral("a-to-b")},
             0},
        };
        QByteArray everything;
        for (const auto& [args, expected] : runs) {
            const Run r = cli(args);
            QVERIFY2(r.code == expected,
                     qPrintable(args.join(u' ') + QStringLiteral(" → %1\n").arg(r.code) +
                                QString::fromUtf8(r.all.right(3000))));
            verifyClean(r.all, args.join(u' '));
            everything += r.all;
            m_written += r.all;
        }
        // A console killed mid-probe: its journal names the probe room (on Janus before 1.2.2:
        // the rtp_forward on the node's probe endpoint), and no secret.
        const Run killed =
            cli({QStringLiteral("probe"), m_profile, QStringLiteral("--path"),
                 QStringLiteral("a:b"), QStringLiteral("--count"), QStringLiteral("100000")},
                "sending");
        QVERIFY2(killed.all.contains("sending"), killed.all.right(2000).constData());
        const QByteArray journal = journalFiles();
        m_written += journal + killed.all;
        QVERIFY2(journal.contains("\"probe_room\"") || journal.contains("\"forwarder\""),
                 journal.constData());
        verifyClean(journal, QStringLiteral("the crash journal"));
        // The next start settles it, and says so without a secret.
        const Run settled = cli({QStringLiteral("--json"), QStringLiteral("link"),
                                 QStringLiteral("up"), m_profile, QStringLiteral("a-to-b")});
        QVERIFY2(settled.code == 0, settled.all.right(3000).constData());
        verifyClean(settled.all, QStringLiteral("link up after a kill"));
        QDirIterator it(cascade::Journal::directoryFor(m_profile), {QStringLiteral("*.jsonl")},
                        QDir::Files);
        while (it.hasNext())
            for (const cascade::JournalEntry& e : cascade::Journal::readFile(it.next()))
                QVERIFY2(e.kind != cascade::JournalEntry::Kind::ProbeRoom &&
                             e.kind != cascade::JournalEntry::Kind::Forwarder,
                         qPrintable(e.describe()));
        // The requests that carry the secrets were logged (redacted), so the check means something.
        QVERIFY(everything.contains("jcc.janus.traffic"));
        QVERIFY(everything.contains("\"apisecret\":\"<redacted>\""));
        QVERIFY(everything.contains("\"secret\":\"<redacted>\""));
        QVERIFY(everything.contains("\"admin_key\":\"<redacted>\""));
        QVERIFY(everything.contains("\"token\":\"<redacted>\""));
        QFile metrics(prom);
        QVERIFY(metrics.open(QIODevice::ReadOnly));
        const QByteArray textfile = metrics.readAll();
        verifyClean(textfile, QStringLiteral("the Prometheus textfile"));
        m_written += textfile + settled.all;
    }

    void windowWritesNoSecret() {
        for (const auto& [name, value] : kSecrets)
            qputenv(name.toUtf8(), value.toUtf8());
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        auto restore = qScopeGuard([previous] {
            qInstallMessageHandler(previous);
            QLoggingCategory::setFilterRules({});
        });

        cascade::EventLog log;
        cascade::Fleet fleet(&log);
        ui::MainWindow window(&fleet);
        window.show();
        QVERIFY(window.openProfile(m_profile));
        QTRY_COMPARE_WITH_TIMEOUT(
            window.links()->model()->index(0, cascade::LinksModel::StateColumn).data().toString(),
            QStringLiteral("up"), 15000);
        // The link's details show what its media tap counted at B (the tap's rtp_forward carries
        // the room secret: the log checks below cover it too).
        auto* links = window.links()->findChild<QTableView*>(QStringLiteral("links"));
        auto* details = window.links()->findChild<QLabel*>(QStringLiteral("linkDetails"));
        QVERIFY(links && details);
        QTest::mouseClick(links->viewport(), Qt::LeftButton, {},
                          links->visualRect(links->model()->index(0, 0)).center());
        QTRY_VERIFY_WITH_TIMEOUT(
            details->text().contains(QLatin1String("received at the target in")), 15000);
        QVERIFY2(!details->text().contains(QLatin1String(" 0 packets")),
                 qPrintable(details->text()));
        qInfo().noquote() << "link details:" << details->text();

        ui::ProbePanel* probe = window.probe();
        profile::ProbeSettings ps;
        ps.rate = 100;
        ps.count = 50;
        probe->setDefaults(ps);
        QSignalSpy finished(probe, &ui::ProbePanel::probeFinished);
        QVERIFY(probe->run({QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(finished.wait(20000));
        QVERIFY2(probe->verdict().startsWith(QLatin1String("PASS")), qPrintable(probe->verdict()));
        const QString csv = m_dir.filePath(QStringLiteral("latency.csv"));
        QString error;
        QVERIFY2(probe->chart()->exportCsv(csv, &error), qPrintable(error));
        const QString saved = m_dir.filePath(QStringLiteral("saved.json"));
        QVERIFY2(window.document()->save(saved, &error), qPrintable(error));
        fleet.bringDown(QStringLiteral("a-to-b"));
        QTest::qWait(500);

        QVERIFY(g_log.contains("jcc.janus.traffic"));
        QVERIFY(g_log.contains("\"apisecret\":\"<redacted>\""));
        QVERIFY(g_log.contains("\"secret\":\"<redacted>\""));
        verifyClean(g_log, QStringLiteral("the window's log"));
        verifyClean(log.toText().toUtf8(), QStringLiteral("the event log"));
        for (const QString& file : {csv, saved}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            verifyClean(content, file);
            m_written += content;
        }
        m_written += g_log + log.toText().toUtf8() + journalFiles();
    }

    void srtpKeysAppearNowhere() {
        // Stopping the servers flushes their logs.
        m_publisher->stop();
        m_a->stop();
        m_b->stop();
        const QStringList keys = srtpKeysIn(m_a->log() + m_b->log());
        if (m_a->binaryVersion() < QLatin1String("1.3")) {
            QVERIFY2(keys.isEmpty(), "Janus before 1.3.0 was sent SRTP keys");
            QVERIFY(!m_written.contains("\"srtp_crypto\""));
            QSKIP("SKIPPED: Janus before 1.3.0 takes no SRTP keys, so there were none to leak");
        }
        // The links and the path checks ran encrypted: fresh keys, sent redacted.
        QVERIFY2(keys.size() >= 2, qPrintable(keys.join(u',')));
        QVERIFY(m_written.contains("\"srtp_crypto\":\"<redacted>\""));
        for (const QString& key : keys)
            QVERIFY2(!m_written.contains(key.toLatin1()),
                     "an SRTP key reached the console's output");
    }
};

QTEST_MAIN(TestSecretsLive)
#include "tst_secrets_live.moc"
