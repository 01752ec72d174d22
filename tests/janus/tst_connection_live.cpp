// Connection basics against a real Janus: info, session, secrets, a dead server.
#include "janus/connection.h"
#include "janusinstance.h"
#include "replywait.h"

#include <QTest>

using namespace janus;
using testsupport::JanusInstance;

class TestConnectionLive : public QObject {
    Q_OBJECT
    std::unique_ptr<JanusInstance> m_janus;

private Q_SLOTS:
    void initTestCase() {
        JCC_REQUIRE_JANUS();
        JanusInstance::Options options;
        options.name = QStringLiteral("conn");
        options.apiSecret = QStringLiteral("test-api-secret");
        m_janus = std::make_unique<JanusInstance>(options);
        QVERIFY2(m_janus->start(), qPrintable(m_janus->log()));
    }

    void cleanup() {
        if (QTest::currentTestFailed() && m_janus)
            m_janus->dumpLog();
    }

    void connectsAndReadsInfo() {
        Connection::Options options;
        options.url = m_janus->apiUrl();
        options.apiSecret = QStringLiteral("test-api-secret");
        Connection connection(options);
        QSignalSpy ready(&connection, &Connection::ready);
        connection.open();
        QVERIFY(ready.wait(10000));
        QCOMPARE(connection.state(), Connection::State::Connected);
        QVERIFY(connection.sessionId().isValid());
        const ServerInfo& info = connection.serverInfo();
        QVERIFY(!JanusInstance::binaryVersion().isEmpty());
        QCOMPARE(info.versionString, JanusInstance::binaryVersion());
        QCOMPARE(info.name, QStringLiteral("conn"));
        QCOMPARE(info.sessionTimeoutSeconds, 60);
        QVERIFY(info.hasPlugin(QStringLiteral("janus.plugin.videoroom")));

        const auto attach =
            testsupport::wait(connection.attach(QStringLiteral("janus.plugin.videoroom")));
        QVERIFY2(attach.ok(), qPrintable(attach.error.message()));
        QVERIFY(Id::fromJson(
            attach.result.value(QLatin1String("data")).toObject().value(QLatin1String("id"))));

        const auto badPlugin =
            testsupport::wait(connection.attach(QStringLiteral("janus.plugin.nope")));
        QVERIFY(badPlugin.failed);
        QCOMPARE(badPlugin.error.kind, Error::Kind::Janus);
        QCOMPARE(badPlugin.error.code, 460);
        QVERIFY(!badPlugin.error.explanation.isEmpty());
    }

    void wrongApiSecretIsAuthFailure() {
        Connection::Options options;
        options.url = m_janus->apiUrl();
        options.apiSecret = QStringLiteral("wrong");
        Connection connection(options);
        QSignalSpy errors(&connection, &Connection::errorOccurred);
        connection.open();
        QVERIFY(testsupport::waitForState(connection, Connection::State::Refused));
        QVERIFY(!errors.isEmpty());
        const auto error = errors.first().first().value<Error>();
        QCOMPARE(error.kind, Error::Kind::Auth);
        QCOMPARE(error.code, 403);
        // No reconnect storm with a wrong secret.
        QTest::qWait(1500);
        QCOMPARE(connection.state(), Connection::State::Refused);
    }

    void deadServerFailsClearly() {
        Connection::Options options;
        options.url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(JanusInstance::freeTcpPort()));
        options.reconnect = false;
        Connection connection(options);
        connection.open();
        QVERIFY(testsupport::waitForState(connection, Connection::State::Disconnected, 5000));
        QVERIFY(connection.lastError().isError());
        QCOMPARE(connection.lastError().kind, Error::Kind::Transport);
        const auto outcome =
            testsupport::wait(connection.attach(QStringLiteral("janus.plugin.videoroom")), 2000);
        QVERIFY(outcome.failed);
        QCOMPARE(outcome.error.kind, Error::Kind::Transport);
        QVERIFY(outcome.error.message().contains(QLatin1String("not connected")));
    }

    void closeDestroysSession() {
        Connection::Options options;
        options.url = m_janus->apiUrl();
        options.apiSecret = QStringLiteral("test-api-secret");
        Connection connection(options);
        QSignalSpy ready(&connection, &Connection::ready);
        connection.open();
        QVERIFY(ready.wait(10000));
        connection.close();
        QVERIFY(testsupport::waitForState(connection, Connection::State::Disconnected, 5000));
        QTest::qWait(300);
        QCOMPARE(connection.state(), Connection::State::Disconnected); // no reconnect after close
    }
};

QTEST_GUILESS_MAIN(TestConnectionLive)
#include "tst_connection_live.moc"
