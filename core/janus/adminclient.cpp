#include "adminclient.h"

#include <QJsonArray>

namespace janus {

namespace {

Connection::Options adminOptions(Connection::Options options) {
    options.api = Api::Admin;
    return options;
}

QList<Id> idsIn(const QJsonObject& reply, const char* key) {
    QList<Id> ids;
    const QJsonArray list = reply.value(QLatin1String(key)).toArray();
    for (const QJsonValue& v : list)
        if (const auto id = Id::fromJson(v))
            ids << *id;
    return ids;
}

} // namespace

AdminClient::AdminClient(Connection::Options options, QObject* parent)
    : QObject(parent)
    , m_connection(adminOptions(std::move(options))) {
    m_connection.setParent(this);
}

Reply* AdminClient::request(const QString& janus, Id session, Id handle) {
    QJsonObject message{{QStringLiteral("janus"), janus}};
    if (session.isValid())
        message.insert(QStringLiteral("session_id"), session.toJson());
    if (handle.isValid())
        message.insert(QStringLiteral("handle_id"), handle.toJson());
    return m_connection.send(message);
}

Reply* AdminClient::info() {
    return request(QStringLiteral("info"));
}

Reply* AdminClient::listSessions() {
    return request(QStringLiteral("list_sessions"));
}

Reply* AdminClient::listHandles(Id session) {
    return request(QStringLiteral("list_handles"), session);
}

Reply* AdminClient::handleInfo(Id session, Id handle) {
    return request(QStringLiteral("handle_info"), session, handle);
}

Reply* AdminClient::messagePlugin(const QString& plugin, const QJsonObject& request) {
    return m_connection.messagePlugin(plugin, request);
}

QList<Id> AdminClient::sessionsOf(const QJsonObject& reply) {
    return idsIn(reply, "sessions");
}

QList<Id> AdminClient::handlesOf(const QJsonObject& reply) {
    return idsIn(reply, "handles");
}

QJsonObject AdminClient::handleInfoOf(const QJsonObject& reply) {
    return reply.value(QLatin1String("info")).toObject();
}

} // namespace janus
