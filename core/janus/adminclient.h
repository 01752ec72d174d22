#pragma once

#include "connection.h"

#include <QList>

namespace janus {

/// A client of Janus's Admin API (ws://, wss://, http:// or https://, with the admin secret):
/// server info, sessions, handles and plugin requests, for node health. Requests return a
/// janus::Reply; the static readers turn its finished() message into typed values.
class AdminClient : public QObject {
    Q_OBJECT
public:
    /// options.url is the Admin API's; options.api is set to Api::Admin.
    explicit AdminClient(Connection::Options options, QObject* parent = nullptr);

    /// The connection underneath: its state, ready() and errors.
    Connection* connection() { return &m_connection; }
    void open() { m_connection.open(); }
    void close() { m_connection.close(); }

    /// "info": finished() carries the server's info (read it with ServerInfo::fromJson).
    Reply* info();
    /// "list_sessions": read with sessionsOf().
    Reply* listSessions();
    /// "list_handles" of a session: read with handlesOf().
    Reply* listHandles(Id session);
    /// "handle_info" of a session's handle: read with handleInfoOf().
    Reply* handleInfo(Id session, Id handle);
    /// "message_plugin": finished() carries the plugin's response.
    Reply* messagePlugin(const QString& plugin, const QJsonObject& request);

    static QList<Id> sessionsOf(const QJsonObject& reply);
    static QList<Id> handlesOf(const QJsonObject& reply);
    /// The "info" object of a handle_info reply (plugin, flags, WebRTC state…).
    static QJsonObject handleInfoOf(const QJsonObject& reply);

private:
    Reply* request(const QString& janus, Id session = {}, Id handle = {});

    Connection m_connection;
};

} // namespace janus
