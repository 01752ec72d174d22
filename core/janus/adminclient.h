#pragma once

#include "connection.h"
#include "pending.h"

#include <QJsonArray>
#include <QList>

namespace janus {

/// A client of Janus's Admin API (ws://, wss://, http:// or https://, with the admin secret):
/// server info, sessions, handles and plugin requests, for node health. Each request answers a
/// Result of its value (see Pending), parsed here.
class AdminClient : public QObject {
    Q_OBJECT
public:
    /// options.url is the Admin API's; options.api is set to Api::Admin.
    explicit AdminClient(Connection::Options options, QObject* parent = nullptr);

    /// The connection underneath: its state, ready() and errors.
    Connection* connection() { return &m_connection; }
    void open() { m_connection.open(); }
    void close() { m_connection.close(); }

    Pending<ServerInfo> info();
    Pending<QList<Id>> listSessions();
    /// The handles of a session.
    Pending<QList<Id>> listHandles(Id session);
    /// The "info" object of a handle (plugin, flags, WebRTC state…).
    Pending<QJsonObject> handleInfo(Id session, Id handle);
    /// "loops_info": the static event loops and the handles each serves (empty when the server
    /// runs no static loops).
    Pending<QJsonArray> loopsInfo();
    /// "message_plugin": the plugin's response.
    Pending<QJsonObject> messagePlugin(const QString& plugin, const QJsonObject& request);

private:
    Reply* request(const QString& janus, Id session = {}, Id handle = {});

    Connection m_connection;
};

} // namespace janus
