#include "scriptedjanus.h"

#include <QJsonDocument>
#include <QWebSocket>

namespace bench {

namespace {

QJsonObject reply(const QString& type, const QJsonObject& request) {
    QJsonObject out{{QStringLiteral("janus"), type},
                    {QStringLiteral("transaction"), request.value(QLatin1String("transaction"))}};
    if (request.contains(QLatin1String("session_id")))
        out.insert(QStringLiteral("session_id"), request.value(QLatin1String("session_id")));
    return out;
}

} // namespace

ScriptedJanus::ScriptedJanus(int node, int rooms, QObject* parent)
    : QObject(parent)
    , m_server(QStringLiteral("ScriptedJanus"), QWebSocketServer::NonSecureMode)
    , m_nextId(qint64(node + 1) * 1'000'000'000) {
    // Janus picks random 53-bit room ids when the creator names none; these are large too.
    const qint64 base = 4'000'000'000'000LL + qint64(node) * 1'000'003LL;
    for (int i = 0; i < rooms; ++i)
        m_rooms.append(room(base + qint64(i) * 7919,
                            QStringLiteral("scripted room %1 of node %2").arg(i).arg(node)));
    // Janus answers with the sub-protocol the console asks for.
    m_server.setSupportedSubprotocols({QStringLiteral("janus-protocol")});
    connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket* client = m_server.nextPendingConnection()) {
            connect(client, &QWebSocket::textMessageReceived, this,
                    [this, client](const QString& text) { onMessage(client, text); });
            connect(client, &QWebSocket::disconnected, client, &QObject::deleteLater);
        }
    });
}

bool ScriptedJanus::listen() {
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QJsonObject ScriptedJanus::room(qint64 id, const QString& description) {
    return {{QStringLiteral("room"), id},
            {QStringLiteral("description"), description},
            {QStringLiteral("pin_required"), false},
            {QStringLiteral("is_private"), false},
            {QStringLiteral("max_publishers"), 6},
            {QStringLiteral("bitrate"), 0},
            {QStringLiteral("fir_freq"), 0},
            {QStringLiteral("require_pvtid"), false},
            {QStringLiteral("require_e2ee"), false},
            {QStringLiteral("dummy_publisher"), false},
            {QStringLiteral("notify_joining"), false},
            {QStringLiteral("audiocodec"), QStringLiteral("opus")},
            {QStringLiteral("videocodec"), QStringLiteral("vp8")},
            {QStringLiteral("opus_fec"), true},
            {QStringLiteral("record"), false},
            {QStringLiteral("lock_record"), false},
            {QStringLiteral("num_participants"), 0},
            {QStringLiteral("audiolevel_ext"), true},
            {QStringLiteral("audiolevel_event"), false},
            {QStringLiteral("videoorient_ext"), true},
            {QStringLiteral("playoutdelay_ext"), true},
            {QStringLiteral("transport_wide_cc_ext"), true}};
}

void ScriptedJanus::send(QWebSocket* client, const QJsonObject& message) {
    client->sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    // Out now, as fifty separate servers would send: without this, answers computed in one pass
    // of this process's event loop would leave together and reach the console as one burst.
    client->flush();
}

void ScriptedJanus::onMessage(QWebSocket* client, const QString& text) {
    const QJsonObject request = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = request.value(QLatin1String("janus")).toString();
    ++m_served;
    if (type == QLatin1String("info")) {
        QJsonObject info = reply(QStringLiteral("server_info"), request);
        info.insert(QStringLiteral("name"), QStringLiteral("Scripted Janus (fake, bench_fleet)"));
        info.insert(QStringLiteral("version"), 1102);
        info.insert(QStringLiteral("version_string"), QStringLiteral("1.1.2"));
        info.insert(QStringLiteral("session-timeout"), 60);
        info.insert(QStringLiteral("local-ip"), QStringLiteral("127.0.0.1"));
        info.insert(QStringLiteral("plugins"),
                    QJsonObject{{QStringLiteral("janus.plugin.videoroom"),
                                 QJsonObject{{QStringLiteral("version"), 12},
                                             {QStringLiteral("name"),
                                              QStringLiteral("JANUS VideoRoom plugin")}}}});
        send(client, info);
    } else if (type == QLatin1String("create") || type == QLatin1String("attach")) {
        QJsonObject out = reply(QStringLiteral("success"), request);
        out.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("id"), ++m_nextId}});
        send(client, out);
    } else if (type == QLatin1String("keepalive")) {
        send(client, reply(QStringLiteral("ack"), request));
    } else if (type == QLatin1String("destroy") || type == QLatin1String("detach")) {
        send(client, reply(QStringLiteral("success"), request));
    } else if (type == QLatin1String("message")) {
        const QJsonObject body = request.value(QLatin1String("body")).toObject();
        const QString what = body.value(QLatin1String("request")).toString();
        QJsonObject data{{QStringLiteral("videoroom"), QStringLiteral("success")}};
        if (what == QLatin1String("list")) {
            data.insert(QStringLiteral("list"), m_rooms);
        } else if (what == QLatin1String("listparticipants")) {
            data.insert(QStringLiteral("room"), body.value(QLatin1String("room")));
            data.insert(QStringLiteral("participants"), QJsonArray());
        } else {
            data = {{QStringLiteral("videoroom"), QStringLiteral("event")},
                    {QStringLiteral("error_code"), 423},
                    {QStringLiteral("error"),
                     QStringLiteral("the scripted server only answers list and "
                                    "listparticipants")}};
        }
        QJsonObject out = reply(QStringLiteral("success"), request);
        out.insert(QStringLiteral("sender"), request.value(QLatin1String("handle_id")));
        out.insert(QStringLiteral("plugindata"),
                   QJsonObject{{QStringLiteral("plugin"), QStringLiteral("janus.plugin.videoroom")},
                               {QStringLiteral("data"), data}});
        send(client, out);
    } else {
        QJsonObject out = reply(QStringLiteral("error"), request);
        out.insert(
            QStringLiteral("error"),
            QJsonObject{{QStringLiteral("code"), 453},
                        {QStringLiteral("reason"),
                         QStringLiteral("Unknown request '%1' (scripted server)").arg(type)}});
        send(client, out);
    }
}

} // namespace bench
