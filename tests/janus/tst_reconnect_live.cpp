// A server restart is normal: the connection notices, reconnects with backoff, gets a new
// session, and the VideoRoom handle is attached again.
#include "janus/adminclient.h"
#include "janusinstance.h"
#include "replywait.h"

#include <QElapsedTimer>

using namespace janus;
using testsupport::JanusInstance;

class TestReconnectLive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void reconnectsAfterKillAndRestart() {
        JCC_REQUIRE_JANUS();
        JanusInstance::Options options;
        options.rooms = {{1234, QStringLiteral("Demo"), {}, false}};
        JanusInstance janus(options);
        QVERIFY2(janus.start(), qPrintable(janus.log()));

        Connection::Options co;
        co.url = janus.apiUrl();
        co.backoffBaseMs = 200;
        co.backoffMaxMs = 1000;
        Connection connection(co);
        VideoRoom videoroom(&connection);
        QSignalSpy ready(&connection, &Connection::ready);
        QSignalSpy lost(&connection, &Connection::lost);
        QSignalSpy attached(&videoroom, &VideoRoom::attached);
        QSignalSpy detached(&videoroom, &VideoRoom::detached);
        connection.open();
        QVERIFY(attached.wait(10000));
        const Id firstSession = connection.sessionId();

        // A request in flight when the server dies fails with a transport error, not a hang.
        const auto inFlight = videoroom.list();
        janus.kill();
        const auto outcome = testsupport::wait(inFlight, 5000);
        QVERIFY(outcome.failed || outcome.finished); // it may have been answered just before
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 5000);
        QCOMPARE(detached.count(), 1);
        QVERIFY(!videoroom.isAttached());
        QTRY_VERIFY_WITH_TIMEOUT(connection.state() == Connection::State::Reconnecting ||
                                     connection.state() == Connection::State::Connecting,
                                 5000);
        const auto whileDown = testsupport::wait(videoroom.list(), 2000);
        QVERIFY(whileDown.failed);
        QCOMPARE(whileDown.error.kind, Error::Kind::Transport);

        QTest::qWait(1500); // let a few attempts fail
        QVERIFY2(janus.start(), qPrintable(janus.log()));
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(attached.count(), 2, 5000);
        QVERIFY(connection.sessionId().isValid());
        QVERIFY(!(connection.sessionId() == firstSession));
        const auto rooms = testsupport::wait(videoroom.list());
        QVERIFY2(rooms.ok(), qPrintable(rooms.error.message()));
        QCOMPARE(videoroom::parseRooms(rooms.result).size(), 1);
        if (QTest::currentTestFailed())
            janus.dumpLog();
    }

    // "Reconnect now": a long backoff does not make the user wait once the server is back.
    void sessionDestroyedByTheServerIsReplaced() {
        // Janus forgets the session (here: the Admin API destroys it): the connection hears it
        // (WebSocket: a keepalive answered 458; HTTP: the long poll answered 404), reports it
        // lost and makes a new one on the same transport.
        JCC_REQUIRE_JANUS();
        JanusInstance::Options options;
        options.sessionTimeout = 3; // keepalives every second
        JanusInstance janus(options);
        QVERIFY2(janus.start(), qPrintable(janus.log()));
        Connection::Options co;
        co.url = janus.apiUrl();
        Connection connection(co);
        QSignalSpy ready(&connection, &Connection::ready);
        QSignalSpy lost(&connection, &Connection::lost);
        connection.open();
        QVERIFY(ready.wait(10000));
        const Id first = connection.sessionId();

        Connection::Options ao;
        ao.url = janus.adminUrl();
        ao.adminSecret = janus.options().adminSecret;
        AdminClient admin(ao);
        QSignalSpy adminReady(admin.connection(), &Connection::ready);
        admin.open();
        QVERIFY(adminReady.wait(10000));
        const auto destroyed = testsupport::wait(
            admin.connection()->send({{QStringLiteral("janus"), QStringLiteral("destroy_session")},
                                      {QStringLiteral("session_id"), first.toJson()}}));
        QVERIFY2(destroyed.ok(), qPrintable(destroyed.error.message()));

        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 8000);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 8000);
        QVERIFY(connection.sessionId().isValid());
        QVERIFY(!(connection.sessionId() == first));
        QCOMPARE(connection.state(), Connection::State::Connected);
        const auto attach =
            testsupport::wait(connection.attach(QStringLiteral("janus.plugin.videoroom")));
        QVERIFY2(attach.ok(), qPrintable(attach.error.message()));
        if (QTest::currentTestFailed())
            janus.dumpLog();
    }

    void reconnectNowSkipsTheBackoff() {
        JCC_REQUIRE_JANUS();
        JanusInstance janus(JanusInstance::Options{});
        QVERIFY2(janus.start(), qPrintable(janus.log()));
        Connection::Options co;
        co.url = janus.apiUrl();
        co.backoffBaseMs = 60000; // the first retry would come after a minute
        co.backoffMaxMs = 60000;
        Connection connection(co);
        QSignalSpy ready(&connection, &Connection::ready);
        connection.reconnectNow(); // a connection never opened opens now
        QVERIFY2(ready.wait(10000), qPrintable(connection.lastError().message()));
        connection.reconnectNow(); // connected: nothing happens
        QCOMPARE(connection.state(), Connection::State::Connected);
        QTest::qWait(200);
        QCOMPARE(ready.count(), 1);

        janus.kill();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), Connection::State::Reconnecting, 5000);
        QVERIFY(connection.reconnectInMs() > 30000);
        QVERIFY2(janus.start(), qPrintable(janus.log()));
        QElapsedTimer clock;
        clock.start();
        connection.reconnectNow();
        QVERIFY2(ready.wait(5000), qPrintable(connection.lastError().message()));
        QCOMPARE(ready.count(), 2);
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(connection.reconnectInMs(), -1);
    }
};

QTEST_GUILESS_MAIN(TestReconnectLive)
#include "tst_reconnect_live.moc"
