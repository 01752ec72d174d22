#pragma once

#include "connection.h"

#include <QPointer>

namespace janus {

/// A plugin handle on one connection: attached when the connection is ready and again after
/// every reconnect or detach by the server, with the plugin's unsolicited events routed to it.
/// Plugins derive from it and add their requests as typed calls.
class PluginHandle : public QObject {
    Q_OBJECT
public:
    /// Fills in the explanation of one of the plugin's error codes (its error table).
    using Explainer = Reply::Explainer;

    PluginHandle(const QString& plugin, Connection* connection, Explainer explain,
                 QObject* parent = nullptr);
    ~PluginHandle() override;

    Connection* connection() const { return m_connection; }
    bool isAttached() const { return m_handle.isValid(); }
    Id handle() const { return m_handle; }
    /// The server's version as ServerInfo numbers it (1.2.1 = 1201), 0 when not known.
    int serverVersion() const { return m_connection ? m_connection->serverInfo().version : 0; }

Q_SIGNALS:
    void attached();
    /// The handle is gone (connection lost or detached); attached() follows after a reconnect.
    void detached();
    void attachFailed(const janus::Error& error);
    /// An unsolicited plugin event: the plugin's data and the whole message.
    void event(const QJsonObject& data, const QJsonObject& message);

protected:
    /// Sends body to the plugin; fails asynchronously, like any request, when not attached.
    Reply* request(const QJsonObject& body);

private:
    void attach();
    void onDetached(Id handle);

    QString m_plugin;
    QPointer<Connection> m_connection;
    Explainer m_explain;
    Id m_handle;
};

} // namespace janus
