// Bad input a real Janus never sends, from FakeJanus: a scripted in-process QWebSocketServer
// (a fake, named as such, used only for frames the real server cannot be made to produce).
#include "janus/connection.h"
#include "janus/videoroomerrors.h"
#include "replywait.h"

#include <QJsonDocument>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace janus;

class FakeJanus : public QObject {
    Q_OBJECT
public:
    // What to do with the next "message" request.
    enum class Mode {
        Normal,
        Silent,
        Malformed,
        CloseMidRequest,
        AckThenEvent,
        PluginError,
        UnknownTransaction
    };
    Mode mode = Mode::Normal;
    QWebSocketServer server{QStringLiteral("FakeJanus"), QWebSocketServer::NonSecureMode};
    QWebSocket* client = nullptr;
    QJsonObject lastRequest;

    FakeJanus() {
        server.listen(QHostAddress::LocalHost, 0);
        connect(&server, &QWebSocketServer::newConnection, this, [this] {
            client = server.nextPendingConnection();
            connect(client, &QWebSocket::textMessageReceived, this, &FakeJanus::onMessage);
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort())); }
    void sendRaw(const QByteArray& text) { client->sendTextMessage(QString::fromUtf8(text)); }
    void send(const QJsonObject& o) { sendRaw(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

private:
    void onMessage(const QString& text) {
        const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
        lastRequest = m;
        const QString type = m.value(QLatin1String("janus")).toString();
        const QJsonValue t = m.value(QLatin1String("transaction"));
        if (type == QLatin1String("info")) {
            send({{QStringLiteral("janus"), QStringLiteral("server_info")},
                  {QStringLiteral("transaction"), t},
                  {QStringLiteral("version_string"), QStringLiteral("fake")},
                  {QStringLiteral("session-timeout"), 60}});
        } else if (type == QLatin1String("create") || type == QLatin1String("attach")) {
            send({{QStringLiteral("janus"), QStringLiteral("success")},
                  {QStringLiteral("transaction"), t},
                  {QStringLiteral("data"),
                   QJsonObject{
                       {QStringLiteral("id"), type == QLatin1String("create") ? 111 : 222}}}});
        } else if (type == QLatin1String("message")) {
            const QJsonObject data{{QStringLiteral("videoroom"), QStringLiteral("success")},
                                   {QStringLiteral("ok"), true}};
            const QJsonObject plugindata{
                {QStringLiteral("plugin"), QStringLiteral("janus.plugin.videoroom")},
                {QStringLiteral("data"), data}};
            switch (mode) {
            case Mode::Normal:
                send({{QStringLiteral("janus"), QStringLiteral("success")},
                      {QStringLiteral("transaction"), t},
                      {QStringLiteral("sender"), 222},
                      {QStringLiteral("plugindata"), plugindata}});
                break;
            case Mode::Silent:
                break;
            case Mode::Malformed:
                sendRaw("{\"janus\": \"success\", \"transaction\": ");
                sendRaw("[1,2,3]");
                send({{QStringLiteral("janus"), QStringLiteral("brand_new_type")},
                      {QStringLiteral("transaction"), QStringLiteral("nobody")}});
                send({{QStringLiteral("janus"), QStringLiteral("success")},
                      {QStringLiteral("transaction"), t},
                      {QStringLiteral("sender"), 222},
                      {QStringLiteral("plugindata"), plugindata}});
                break;
            case Mode::CloseMidRequest:
                client->close();
                break;
            case Mode::AckThenEvent:
                send({{QStringLiteral("janus"), QStringLiteral("ack")},
                      {QStringLiteral("transaction"), t}});
                QTimer::singleShot(100, this, [this, t] {
                    // An unsolicited handle event first, then the request's own event.
                    send({{QStringLiteral("janus"), QStringLiteral("event")},
                          {QStringLiteral("sender"), 222},
                          {QStringLiteral("plugindata"),
                           QJsonObject{{QStringLiteral("data"),
                                        QJsonObject{{QStringLiteral("unpublished"), 5}}}}}});
                    send({{QStringLiteral("janus"), QStringLiteral("event")},
                          {QStringLiteral("transaction"), t},
                          {QStringLiteral("sender"), 222},
                          {QStringLiteral("plugindata"),
                           QJsonObject{{QStringLiteral("data"),
                                        QJsonObject{{QStringLiteral("videoroom"),
                                                     QStringLiteral("joined")}}}}}});
                });
                break;
            case Mode::PluginError:
                send({{QStringLiteral("janus"), QStringLiteral("success")},
                      {QStringLiteral("transaction"), t},
                      {QStringLiteral("sender"), 222},
                      {QStringLiteral("plugindata"),
                       QJsonObject{
                           {QStringLiteral("data"),
                            QJsonObject{{QStringLiteral("videoroom"), QStringLiteral("event")},
                                        {QStringLiteral("error_code"), 499},
                                        {QStringLiteral("error"),
                                         QStringLiteral("Invalid network interface configuration "
                                                        "for remote publisher")}}}}}});
                break;
            case Mode::UnknownTransaction:
                send({{QStringLiteral("janus"), QStringLiteral("success")},
                      {QStringLiteral("transaction"), QStringLiteral("not-ours")}});
                break;
            }
        } else if (type == QLatin1String("keepalive")) {
            send({{QStringLiteral("janus"), QStringLiteral("ack")},
                  {QStringLiteral("transaction"), t}});
        }
    }
};

class TestConnectionFakeServer : public QObject {
    Q_OBJECT
    std::unique_ptr<FakeJanus> m_fake;
    std::unique_ptr<Connection> m_connection;

    Reply* message() {
        return m_connection->message(Id(222),
                                     {{QStringLiteral("request"), QStringLiteral("list")}});
    }

private Q_SLOTS:
    void init() {
        m_fake = std::make_unique<FakeJanus>();
        Connection::Options options;
        options.url = m_fake->url();
        options.requestTimeoutMs = 800;
        options.backoffBaseMs = 100;
        options.apiSecret = QStringLiteral("test-secret-value");
        m_connection = std::make_unique<Connection>(options);
        QSignalSpy ready(m_connection.get(), &Connection::ready);
        m_connection->open();
        QVERIFY(ready.wait(5000));
        QCOMPARE(m_connection->sessionId(), Id(111));
    }
    void cleanup() {
        m_connection.reset();
        m_fake.reset();
    }

    void normalRequestCarriesSessionAndSecret() {
        const auto outcome = testsupport::wait(message());
        QVERIFY(outcome.ok());
        QVERIFY(outcome.result.value(QLatin1String("ok")).toBool());
        QCOMPARE(m_fake->lastRequest.value(QLatin1String("session_id")).toInteger(), 111);
        QCOMPARE(m_fake->lastRequest.value(QLatin1String("apisecret")).toString(),
                 QStringLiteral("test-secret-value"));
    }

    void largeFramesKeepTheServersOrder() {
        // A large frame is parsed on a pool thread; the small ones behind it must still come
        // out after it, in the order the server sent them — also a reply among events.
        QStringList order;
        connect(m_connection.get(), &Connection::handleEvent, this,
                [&order](Id, const QJsonObject& m) {
                    order << m.value(QLatin1String("tag")).toString();
                });
        m_fake->mode = FakeJanus::Mode::Silent; // this test answers itself
        m_fake->lastRequest = {};
        Reply* reply = m_connection->send(
            QJsonObject{{QStringLiteral("janus"), QStringLiteral("message")},
                        {QStringLiteral("handle_id"), 222},
                        {QStringLiteral("body"),
                         QJsonObject{{QStringLiteral("request"), QStringLiteral("list")}}}});
        connect(reply, &Reply::finished, this, [&order] { order << QStringLiteral("reply"); });
        QTRY_VERIFY(!m_fake->lastRequest.isEmpty());
        const QJsonValue transaction = m_fake->lastRequest.value(QLatin1String("transaction"));
        const QString padding(2 * Connection::offThreadParseChars, QLatin1Char('x'));
        auto event = [](const QString& tag, const QString& pad = {}) {
            return QJsonObject{{QStringLiteral("janus"), QStringLiteral("event")},
                               {QStringLiteral("sender"), 222},
                               {QStringLiteral("tag"), tag},
                               {QStringLiteral("pad"), pad}};
        };
        m_fake->send(event(QStringLiteral("big-1"), padding));
        m_fake->send(event(QStringLiteral("small-2")));
        m_fake->send({{QStringLiteral("janus"), QStringLiteral("success")},
                      {QStringLiteral("transaction"), transaction},
                      {QStringLiteral("pad"), padding}});
        m_fake->send(event(QStringLiteral("small-3")));
        m_fake->send(event(QStringLiteral("big-4"), padding));
        QTRY_COMPARE(order.size(), 5);
        QCOMPARE(order, (QStringList{QStringLiteral("big-1"), QStringLiteral("small-2"),
                                     QStringLiteral("reply"), QStringLiteral("small-3"),
                                     QStringLiteral("big-4")}));
    }

    void malformedFramesAreIgnored() {
        m_fake->mode = FakeJanus::Mode::Malformed;
        QSignalSpy errors(m_connection.get(), &Connection::errorOccurred);
        const auto outcome = testsupport::wait(message());
        QVERIFY(outcome.ok()); // the good frame after the bad ones still completes the request
        QCOMPARE(errors.count(), 2); // truncated JSON and a non-object
        QCOMPARE(errors.first().first().value<Error>().kind, Error::Kind::Protocol);
        QCOMPARE(m_connection->state(), Connection::State::Connected);
    }

    void silentServerTimesOut() {
        m_fake->mode = FakeJanus::Mode::Silent;
        QElapsedTimer timer;
        timer.start();
        const auto outcome = testsupport::wait(message(), 5000);
        QVERIFY(outcome.failed);
        QCOMPARE(outcome.error.kind, Error::Kind::Timeout);
        QCOMPARE(outcome.error.request, QStringLiteral("list"));
        QVERIFY(timer.elapsed() < 3000);
        // The connection keeps working afterwards.
        m_fake->mode = FakeJanus::Mode::Normal;
        QVERIFY(testsupport::wait(message()).ok());
    }

    void closeMidRequestFailsAndReconnects() {
        m_fake->mode = FakeJanus::Mode::CloseMidRequest;
        QSignalSpy ready(m_connection.get(), &Connection::ready);
        QSignalSpy lost(m_connection.get(), &Connection::lost);
        const auto outcome = testsupport::wait(message(), 5000);
        QVERIFY(outcome.failed);
        QCOMPARE(outcome.error.kind, Error::Kind::Transport);
        QCOMPARE(lost.count(), 1);
        m_fake->mode = FakeJanus::Mode::Normal;
        QVERIFY(ready.wait(5000)); // reconnected with a new session
        QVERIFY(testsupport::wait(message()).ok());
    }

    void ackThenEventRoutesByTransactionAndSender() {
        m_fake->mode = FakeJanus::Mode::AckThenEvent;
        QSignalSpy events(m_connection.get(), &Connection::handleEvent);
        const auto outcome = testsupport::wait(message(), 5000);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.result.value(QLatin1String("videoroom")).toString(),
                 QStringLiteral("joined"));
        QCOMPARE(events.count(), 1);
        QCOMPARE(events.first().first().value<Id>(), Id(222));
    }

    void pluginErrorBecomesTypedError() {
        m_fake->mode = FakeJanus::Mode::PluginError;
        const auto outcome = testsupport::wait(message());
        QVERIFY(outcome.failed);
        QCOMPARE(outcome.error.kind, Error::Kind::Plugin);
        QCOMPARE(outcome.error.code, 499);
        // The connection knows no plugin's codes; the VideoRoom's table explains them.
        QVERIFY(outcome.error.explanation.isEmpty());
        Error explained = outcome.error;
        janus::videoroom::explain(explained);
        QVERIFY(explained.explanation.contains(QLatin1String("bind address")));
    }

    void unknownTransactionIsIgnored() {
        m_fake->mode = FakeJanus::Mode::UnknownTransaction;
        const auto outcome = testsupport::wait(message(), 3000);
        QVERIFY(outcome.failed);
        QCOMPARE(outcome.error.kind, Error::Kind::Timeout);
        QCOMPARE(m_connection->state(), Connection::State::Connected);
    }

    void cancelStopsWaiting() {
        m_fake->mode = FakeJanus::Mode::Silent;
        Reply* reply = message();
        QSignalSpy failed(reply, &Reply::failed);
        reply->cancel();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<Error>().kind, Error::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestConnectionFakeServer)
#include "tst_connection_fakeserver.moc"
