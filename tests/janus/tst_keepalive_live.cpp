// Keepalives hold a session open well past a short session_timeout on a real Janus.
#include "janusinstance.h"
#include "replywait.h"

using namespace janus;
using testsupport::JanusInstance;

class TestKeepaliveLive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sessionOutlivesThreeTimeouts() {
        JCC_REQUIRE_JANUS();
        JanusInstance::Options options;
        options.sessionTimeout = 3;
        JanusInstance janus(options);
        QVERIFY2(janus.start(), qPrintable(janus.log()));

        Connection::Options co;
        co.url = janus.apiUrl();
        Connection connection(co);
        QSignalSpy ready(&connection, &Connection::ready);
        QSignalSpy lost(&connection, &Connection::lost);
        connection.open();
        QVERIFY(ready.wait(10000));
        QCOMPARE(connection.serverInfo().sessionTimeoutSeconds, 3);
        const Id session = connection.sessionId();

        QTest::qWait(3 * 3000 + 1500); // three timeouts and a half
        QCOMPARE(lost.count(), 0);
        QCOMPARE(ready.count(), 1);
        QCOMPARE(connection.sessionId(), session);
        const auto attach =
            testsupport::wait(connection.attach(QStringLiteral("janus.plugin.videoroom")));
        QVERIFY2(attach.ok(), qPrintable(attach.error.message()));
        if (QTest::currentTestFailed())
            janus.dumpLog();
        QVERIFY(!janus.log().contains(QLatin1String("Timeout expired for session")));
    }
};

QTEST_GUILESS_MAIN(TestKeepaliveLive)
#include "tst_keepalive_live.moc"
