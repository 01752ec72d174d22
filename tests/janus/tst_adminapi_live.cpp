// The Admin API through janus::AdminClient, over WebSocket and over HTTP: info, list_sessions,
// list_handles, handle_info and message_plugin with the admin secret find the session and
// handle a Janus API connection (same transport) made; a wrong admin secret is an auth error.
#include "janus/adminclient.h"
#include "janusinstance.h"
#include "replywait.h"

using namespace janus;
using testsupport::JanusInstance;

class TestAdminApiLive : public QObject {
    Q_OBJECT

    static void transports() {
        QTest::addColumn<JanusInstance::Transport>("transport");
        QTest::newRow("ws") << JanusInstance::Transport::WebSocket;
        QTest::newRow("http") << JanusInstance::Transport::Http;
    }

    static std::unique_ptr<JanusInstance> startJanus() {
        JanusInstance::Options options;
        options.adminSecret = QStringLiteral("test-admin-secret");
        options.rooms = {{4321, QStringLiteral("Admin"), {}, false}};
        auto janus = std::make_unique<JanusInstance>(options);
        if (!janus->start()) {
            janus->dumpLog();
            return nullptr;
        }
        return janus;
    }

    static Connection::Options adminOptions(const JanusInstance& janus,
                                            JanusInstance::Transport transport,
                                            const QString& secret) {
        Connection::Options co;
        co.url = janus.adminUrl(transport);
        co.adminSecret = secret;
        return co;
    }

private Q_SLOTS:
    void sessionsAndHandles_data() { transports(); }
    void sessionsAndHandles() {
        JCC_REQUIRE_JANUS();
        QFETCH(JanusInstance::Transport, transport);
        const auto janus = startJanus();
        QVERIFY(janus);
        // A session and a handle for the Admin API to find.
        Connection::Options jo;
        jo.url = janus->apiUrl(transport);
        Connection api(jo);
        QSignalSpy apiReady(&api, &Connection::ready);
        api.open();
        QVERIFY(apiReady.wait(10000));
        const auto attached =
            testsupport::wait(api.attach(QStringLiteral("janus.plugin.videoroom")));
        QVERIFY2(attached.ok(), qPrintable(attached.error.message()));
        const auto handle = Id::fromJson(
            attached.result.value(QLatin1String("data")).toObject().value(QLatin1String("id")));
        QVERIFY(handle);

        AdminClient admin(adminOptions(*janus, transport, QStringLiteral("test-admin-secret")));
        QCOMPARE(admin.connection()->options().api, Api::Admin);
        QSignalSpy ready(admin.connection(), &Connection::ready);
        admin.open();
        QVERIFY(ready.wait(10000));
        QCOMPARE(admin.connection()->serverInfo().versionString, JanusInstance::binaryVersion());
        QVERIFY(!admin.connection()->sessionId().isValid()); // the Admin API has no sessions

        const auto info = testsupport::result(admin.info());
        QVERIFY2(info, qPrintable(info.error().message()));
        QCOMPARE(info->name, janus->options().name);
        const auto sessions = testsupport::result(admin.listSessions());
        QVERIFY2(sessions, qPrintable(sessions.error().message()));
        QVERIFY(sessions->contains(api.sessionId()));
        const auto handles = testsupport::result(admin.listHandles(api.sessionId()));
        QVERIFY2(handles, qPrintable(handles.error().message()));
        QCOMPARE(*handles, QList<Id>{*handle});
        const auto handleInfo = testsupport::result(admin.handleInfo(api.sessionId(), *handle));
        QVERIFY2(handleInfo, qPrintable(handleInfo.error().message()));
        QCOMPARE(handleInfo->value(QLatin1String("plugin")).toString(),
                 QStringLiteral("janus.plugin.videoroom"));
    }

    void pluginRequestAndWrongSecret_data() { transports(); }
    void pluginRequestAndWrongSecret() {
        JCC_REQUIRE_JANUS();
        QFETCH(JanusInstance::Transport, transport);
        const auto janus = startJanus();
        QVERIFY(janus);
        AdminClient admin(adminOptions(*janus, transport, QStringLiteral("test-admin-secret")));
        QSignalSpy ready(admin.connection(), &Connection::ready);
        admin.open();
        QVERIFY(ready.wait(10000));
        const auto rooms = testsupport::wait(
            admin.messagePlugin(QStringLiteral("janus.plugin.videoroom"),
                                {{QStringLiteral("request"), QStringLiteral("list")}}));
        QVERIFY2(rooms.ok(), qPrintable(rooms.error.message()));
        QCOMPARE(videoroom::parseRooms(rooms.result).size(), 1);
        QCOMPARE(videoroom::parseRooms(rooms.result).first().id.number(), 4321);

        AdminClient wrong(adminOptions(*janus, transport, QStringLiteral("wrong")));
        QSignalSpy wrongReady(wrong.connection(), &Connection::ready);
        wrong.open();
        QVERIFY(wrongReady.wait(10000)); // info needs no secret
        const auto denied = testsupport::result(wrong.listSessions());
        QVERIFY(!denied);
        QCOMPARE(denied.error().kind, Error::Kind::Auth);
    }
};

QTEST_GUILESS_MAIN(TestAdminApiLive)
#include "tst_adminapi_live.moc"
