#include "adminclient.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace janus {

namespace {

Connection::Options adminOptions(Connection::Options options) {
    options.api = Api::Admin;
    return options;
}

/// An answer without the field it always carries does not follow the API.
Error missing(const char* key, const QString& request) {
    return Error::protocol(
        QCoreApplication::translate("janus::AdminClient", "the answer has no \"%1\"")
            .arg(QLatin1String(key)),
        request);
}

Result<QList<Id>> ids(const QJsonObject& reply, const char* key, const QString& request) {
    if (!reply.value(QLatin1String(key)).isArray())
        return missing(key, request);
    QList<Id> out;
    for (const QJsonValue& v : reply.value(QLatin1String(key)).toArray())
        if (const auto id = Id::fromJson(v))
            out << *id;
    return out;
}

Result<QList<Id>> sessions(const QJsonObject& reply, const QString& request) {
    return ids(reply, "sessions", request);
}

Result<QList<Id>> handles(const QJsonObject& reply, const QString& request) {
    return ids(reply, "handles", request);
}

Result<QJsonObject> handleInfoOf(const QJsonObject& reply, const QString& request) {
    if (!reply.value(QLatin1String("info")).isObject())
        return missing("info", request);
    return reply.value(QLatin1String("info")).toObject();
}

Result<QJsonArray> loops(const QJsonObject& reply, const QString& request) {
    if (!reply.value(QLatin1String("loops")).isArray())
        return missing("loops", request);
    return reply.value(QLatin1String("loops")).toArray();
}

Result<QJsonObject> whole(const QJsonObject& reply, const QString&) {
    return reply;
}

Result<ServerInfo> serverInfo(const QJsonObject& reply, const QString& request) {
    if (!reply.contains(QLatin1String("version")))
        return missing("version", request);
    return ServerInfo::fromJson(reply);
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

Pending<ServerInfo> AdminClient::info() {
    return {request(QStringLiteral("info")), &serverInfo};
}

Pending<QList<Id>> AdminClient::listSessions() {
    return {request(QStringLiteral("list_sessions")), &sessions};
}

Pending<QList<Id>> AdminClient::listHandles(Id session) {
    return {request(QStringLiteral("list_handles"), session), &handles};
}

Pending<QJsonObject> AdminClient::handleInfo(Id session, Id handle) {
    return {request(QStringLiteral("handle_info"), session, handle), &handleInfoOf};
}

Pending<QJsonArray> AdminClient::loopsInfo() {
    return {request(QStringLiteral("loops_info")), &loops};
}

Pending<QJsonObject> AdminClient::messagePlugin(const QString& plugin, const QJsonObject& request) {
    return {m_connection.messagePlugin(plugin, request), &whole};
}

} // namespace janus
