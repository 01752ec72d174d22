// The Admin API: info, list_sessions and message_plugin with the admin secret; a wrong
// admin secret is an auth error.
#include "janusinstance.h"
#include "replywait.h"

using namespace janus;
using testsupport::JanusInstance;

class TestAdminApiLive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void adminRequests() {
        JCC_REQUIRE_JANUS();
        JanusInstance::Options options;
        options.adminSecret = QStringLiteral("test-admin-secret");
        options.rooms = {{4321, QStringLiteral("Admin"), {}, false}};
        JanusInstance janus(options);
        QVERIFY2(janus.start(), qPrintable(janus.log()));

        Connection::Options co;
        co.url = janus.adminUrl();
        co.api = Connection::Api::Admin;
        co.adminSecret = QStringLiteral("test-admin-secret");
        Connection admin(co);
        QSignalSpy ready(&admin, &Connection::ready);
        admin.open();
        QVERIFY(ready.wait(10000));
        QCOMPARE(admin.serverInfo().versionString, testsupport::JanusInstance::binaryVersion());
        QVERIFY(!admin.sessionId().isValid()); // the Admin API has no sessions

        const auto sessions = testsupport::wait(
            admin.send({{QStringLiteral("janus"), QStringLiteral("list_sessions")}}));
        QVERIFY2(sessions.ok(), qPrintable(sessions.error.message()));
        QVERIFY(sessions.result.value(QLatin1String("sessions")).isArray());

        const auto rooms = testsupport::wait(
            admin.messagePlugin(QStringLiteral("janus.plugin.videoroom"),
                                {{QStringLiteral("request"), QStringLiteral("list")}}));
        QVERIFY2(rooms.ok(), qPrintable(rooms.error.message()));
        QCOMPARE(videoroom::parseRooms(rooms.result).size(), 1);
        QCOMPARE(videoroom::parseRooms(rooms.result).first().id.number(), 4321);

        co.adminSecret = QStringLiteral("wrong");
        Connection wrong(co);
        QSignalSpy wrongReady(&wrong, &Connection::ready);
        wrong.open();
        QVERIFY(wrongReady.wait(10000)); // info needs no secret
        const auto denied = testsupport::wait(
            wrong.send({{QStringLiteral("janus"), QStringLiteral("list_sessions")}}));
        QVERIFY(denied.failed);
        QCOMPARE(denied.error.kind, Error::Kind::Auth);
        if (QTest::currentTestFailed())
            janus.dumpLog();
    }
};

QTEST_GUILESS_MAIN(TestAdminApiLive)
#include "tst_adminapi_live.moc"
