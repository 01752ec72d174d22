// wss:// and https:// against a real Janus whose WebSockets and HTTP transports speak TLS only,
// with certificates this test makes with openssl: a self-signed server is refused with its
// fingerprint, a pinned one is accepted (Janus and Admin API), a different pin is refused, and
// without a pin the CAs decide. Every check runs over both transports (rows ws and http).
#include "janus/videoroom.h"
#include "janusinstance.h"
#include "profile/profileio.h"
#include "replywait.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace janus;
using testsupport::JanusInstance;

namespace {

bool openssl(const QStringList& args, QByteArray* out = nullptr) {
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning().noquote() << "openssl" << args.join(QLatin1Char(' '))
                             << "failed:" << p.readAllStandardError();
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

/// What `openssl x509 -fingerprint -sha256` says: the independent reference for our digest.
QString opensslFingerprint(const QString& pem) {
    QByteArray out;
    if (!openssl({QStringLiteral("x509"), QStringLiteral("-in"), pem, QStringLiteral("-noout"),
                  QStringLiteral("-fingerprint"), QStringLiteral("-sha256")},
                 &out))
        return {};
    return QString::fromLatin1(out.trimmed().split('=').last());
}

const QStringList kEcKey{QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                         QStringLiteral("-nodes")};

} // namespace

class TestTlsLive : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    bool selfSigned(const QString& name) {
        return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + kEcKey +
                       QStringList{QStringLiteral("-keyout"), path(name + QStringLiteral(".key")),
                                   QStringLiteral("-out"), path(name + QStringLiteral(".pem")),
                                   QStringLiteral("-days"), QStringLiteral("2"),
                                   QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                                   QStringLiteral("-addext"),
                                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    }

    std::unique_ptr<JanusInstance> startJanus(const QString& cert) {
        JanusInstance::Options o;
        o.name = cert;
        o.tlsCertificate = path(cert + QStringLiteral(".pem"));
        o.tlsKey = path(cert + QStringLiteral(".key"));
        o.rooms = {{1234, QStringLiteral("Over TLS"), {}, false}};
        auto janus = std::make_unique<JanusInstance>(o);
        if (!janus->start()) {
            janus->dumpLog();
            return nullptr;
        }
        return janus;
    }

    static Connection::Options optionsFor(const QUrl& url, const QString& pin = {}) {
        Connection::Options o;
        o.url = url;
        o.pinnedSha256 = parseFingerprint(pin);
        o.reconnect = true; // a refusal must stop it anyway
        o.backoffBaseMs = 100;
        return o;
    }

    /// Opens and waits for Connected or Refused; returns the final state.
    static Connection::State settle(Connection& c) {
        c.open();
        [[maybe_unused]] const bool settled = QTest::qWaitFor(
            [&] {
                return c.state() == Connection::State::Connected ||
                       c.state() == Connection::State::Refused;
            },
            15000);
        return c.state();
    }

    static void transports() {
        QTest::addColumn<JanusInstance::Transport>("transport");
        QTest::newRow("wss") << JanusInstance::Transport::WebSocket;
        QTest::newRow("https") << JanusInstance::Transport::Http;
    }

private Q_SLOTS:
    void initTestCase() {
        JCC_REQUIRE_JANUS();
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("SKIPPED: openssl is not installed (apt-get install openssl)");
        QVERIFY(m_dir.isValid());
        QVERIFY(selfSigned(QStringLiteral("self")));
        QVERIFY(selfSigned(QStringLiteral("other")));
        // A CA and a server certificate it signs.
        QVERIFY(openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + kEcKey +
                        QStringList{QStringLiteral("-keyout"), path(QStringLiteral("ca.key")),
                                    QStringLiteral("-out"), path(QStringLiteral("ca.pem")),
                                    QStringLiteral("-days"), QStringLiteral("2"),
                                    QStringLiteral("-subj"), QStringLiteral("/CN=JCC test CA")}));
        QVERIFY(openssl(QStringList{QStringLiteral("req")} + kEcKey +
                        QStringList{QStringLiteral("-keyout"), path(QStringLiteral("signed.key")),
                                    QStringLiteral("-out"), path(QStringLiteral("signed.csr")),
                                    QStringLiteral("-subj"), QStringLiteral("/CN=localhost")}));
        QFile ext(path(QStringLiteral("san.ext")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n");
        ext.close();
        QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                         path(QStringLiteral("signed.csr")), QStringLiteral("-CA"),
                         path(QStringLiteral("ca.pem")), QStringLiteral("-CAkey"),
                         path(QStringLiteral("ca.key")), QStringLiteral("-CAcreateserial"),
                         QStringLiteral("-out"), path(QStringLiteral("signed.pem")),
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                         path(QStringLiteral("san.ext"))}));
    }

    void selfSignedIsRefusedWithItsFingerprint_data() { transports(); }
    void selfSignedIsRefusedWithItsFingerprint() {
        QFETCH(JanusInstance::Transport, transport);
        auto janus = startJanus(QStringLiteral("self"));
        QVERIFY(janus);
        QCOMPARE(janus->apiUrl(transport).scheme(), transport == JanusInstance::Transport::Http
                                                        ? QStringLiteral("https")
                                                        : QStringLiteral("wss"));
        const QString expected = opensslFingerprint(path(QStringLiteral("self.pem")));
        QCOMPARE(expected.size(), 95); // 32 bytes as "AB:" … "CD"

        Connection c(optionsFor(janus->apiUrl(transport)));
        QSignalSpy errors(&c, &Connection::errorOccurred);
        QCOMPARE(settle(c), Connection::State::Refused);
        QCOMPARE(c.lastError().kind, Error::Kind::Tls);
        QVERIFY2(c.lastError().message().contains(expected), qPrintable(c.lastError().message()));
        QVERIFY2(c.lastError().message().contains(QLatin1String("tls_pin_sha256")),
                 qPrintable(c.lastError().message()));
        QCOMPARE(fingerprintText(c.presentedSha256()), expected);
        // Refused for good: no reconnect storm against a server we do not trust.
        QTest::qWait(800);
        QCOMPARE(c.state(), Connection::State::Refused);
        QCOMPARE(c.reconnectInMs(), -1);
        QCOMPARE(errors.count(), 1);
    }

    void pinnedSelfSignedIsAccepted_data() { transports(); }
    void pinnedSelfSignedIsAccepted() {
        QFETCH(JanusInstance::Transport, transport);
        auto janus = startJanus(QStringLiteral("self"));
        QVERIFY(janus);
        const QString pin = opensslFingerprint(path(QStringLiteral("self.pem")));

        Connection c(optionsFor(janus->apiUrl(transport), pin));
        QCOMPARE(settle(c), Connection::State::Connected);
        VideoRoom videoroom(&c);
        QVERIFY(QTest::qWaitFor([&] { return videoroom.isAttached(); }, 10000));
        const auto rooms = testsupport::wait(videoroom.list());
        QVERIFY2(rooms.ok(), qPrintable(rooms.error.message()));
        QVERIFY(QJsonDocument(rooms.result).toJson().contains("Over TLS"));

        Connection::Options adminOptions = optionsFor(janus->adminUrl(transport), pin);
        adminOptions.api = Connection::Api::Admin;
        adminOptions.adminSecret = janus->options().adminSecret;
        Connection admin(adminOptions);
        QCOMPARE(settle(admin), Connection::State::Connected);
        const auto sessions = testsupport::wait(
            admin.send(QJsonObject{{QStringLiteral("janus"), QStringLiteral("list_sessions")}}));
        QVERIFY2(sessions.ok(), qPrintable(sessions.error.message()));
        QVERIFY(sessions.result.value(QLatin1String("sessions")).isArray());
    }

    void differentPinIsRefused_data() { transports(); }
    void differentPinIsRefused() {
        QFETCH(JanusInstance::Transport, transport);
        auto janus = startJanus(QStringLiteral("self"));
        QVERIFY(janus);
        const QString wrong = opensslFingerprint(path(QStringLiteral("other.pem")));
        const QString presented = opensslFingerprint(path(QStringLiteral("self.pem")));
        QVERIFY(wrong != presented);

        Connection c(optionsFor(janus->apiUrl(transport), wrong));
        QCOMPARE(settle(c), Connection::State::Refused);
        QCOMPARE(c.lastError().kind, Error::Kind::Tls);
        const QString message = c.lastError().message();
        QVERIFY2(message.contains(wrong) && message.contains(presented), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("not the pinned")), qPrintable(message));
    }

    void caDecidesWithoutAPin_data() { transports(); }
    void caDecidesWithoutAPin() {
        QFETCH(JanusInstance::Transport, transport);
        auto janus = startJanus(QStringLiteral("signed"));
        QVERIFY(janus);
        {
            // The test CA is not among the system's: refused.
            Connection c(optionsFor(janus->apiUrl(transport)));
            QCOMPARE(settle(c), Connection::State::Refused);
            QCOMPARE(c.lastError().kind, Error::Kind::Tls);
        }
        // Trust the test CA as if the system did.
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = original;
        trusting.addCaCertificates(path(QStringLiteral("ca.pem")));
        QSslConfiguration::setDefaultConfiguration(trusting);
        auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });
        {
            Connection c(optionsFor(janus->apiUrl(transport)));
            QCOMPARE(settle(c), Connection::State::Connected);
        }
        {
            // A pin overrides the CA: a certificate the CA vouches for is still not the pinned one.
            Connection c(optionsFor(janus->apiUrl(transport),
                                    opensslFingerprint(path(QStringLiteral("other.pem")))));
            QCOMPARE(settle(c), Connection::State::Refused);
            QVERIFY2(c.lastError().message().contains(
                         opensslFingerprint(path(QStringLiteral("signed.pem")))),
                     qPrintable(c.lastError().message()));
        }
        {
            Connection c(optionsFor(janus->apiUrl(transport),
                                    opensslFingerprint(path(QStringLiteral("signed.pem")))));
            QCOMPARE(settle(c), Connection::State::Connected);
        }
    }

    void profilePinThroughTheCli_data() { transports(); }
    void profilePinThroughTheCli() {
        QFETCH(JanusInstance::Transport, transport);
        // The pin travels from the profile to the connection: without it `status` is refused
        // (exit code 4) and prints the fingerprint; with it the node is connected.
        auto janus = startJanus(QStringLiteral("self"));
        QVERIFY(janus);
        const QString fingerprint = opensslFingerprint(path(QStringLiteral("self.pem")));
        profile::Profile p;
        p.name = QStringLiteral("tls");
        profile::Node n;
        n.id = QStringLiteral("a");
        n.apiUrl = janus->apiUrl(transport);
        n.publicAddress = QStringLiteral("127.0.0.1");
        p.nodes << n;
        const QString unpinned = path(QStringLiteral("unpinned.json"));
        QVERIFY(profile::io::save(unpinned, p));
        p.nodes[0].tlsPinSha256 = fingerprint;
        const QString pinned = path(QStringLiteral("pinned.json"));
        QVERIFY(profile::io::save(pinned, p));

        auto status = [](const QString& profilePath, QByteArray* out) {
            QProcess cli;
            cli.start(QStringLiteral(JCC_CLI_BINARY),
                      {QStringLiteral("--timeout"), QStringLiteral("10"), QStringLiteral("status"),
                       profilePath});
            cli.waitForFinished(30000);
            *out = cli.readAllStandardOutput() + cli.readAllStandardError();
            return cli.exitCode();
        };
        QByteArray out;
        QCOMPARE(status(unpinned, &out), 4);
        QVERIFY2(out.contains(fingerprint.toLatin1()), out.constData());
        QCOMPARE(status(pinned, &out), 0);
        QVERIFY2(out.contains("connected"), out.constData());
    }

    void fingerprintSyntax() {
        const QString colons = QStringLiteral(
            "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:"
            "23:45:67:89");
        QCOMPARE(parseFingerprint(colons).size(), 32);
        QCOMPARE(parseFingerprint(QString(colons).remove(QLatin1Char(':')).toLower()),
                 parseFingerprint(colons));
        QCOMPARE(fingerprintText(parseFingerprint(colons)), colons);
        QVERIFY(parseFingerprint(colons.left(colons.size() - 3)).isEmpty()); // 31 bytes
        QVERIFY(parseFingerprint(colons + QStringLiteral(":00")).isEmpty()); // 33 bytes
        QVERIFY(parseFingerprint(QStringLiteral("not a fingerprint")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTlsLive)
#include "tst_tls_live.moc"
