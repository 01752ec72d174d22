#pragma once

#include "backoff.h"
#include "error.h"
#include "fingerprint.h"
#include "id.h"
#include "reply.h"
#include "router.h"
#include "serverinfo.h"
#include "session.h"
#include "transport.h"

#include <QTimer>
#include <QUrl>
#include <memory>

namespace janus {

/// One connection to a Janus server's Janus API (with a session, keepalives and handles) or
/// Admin API, over a WebSocket (ws://, wss://) or HTTP (http://, https://) as the URL says.
/// Composes a Transport, a Router (replies by transaction, handle events by sender) and a
/// Session, and reconnects with backoff after the transport drops: ready() is emitted after
/// every (re)connect with a fresh session, so owners of handles attach again.
class Connection : public QObject {
    Q_OBJECT
public:
    using Api = janus::Api;
    /// Refused: the server refused our credentials or we refused its certificate; no retry
    /// until open() is called again (with other options).
    enum class State { Disconnected, Connecting, Connected, Reconnecting, Refused };
    Q_ENUM(State)

    struct Options {
        QUrl url;
        Api api = Api::Janus;
        QString apiSecret;   ///< Janus API "apisecret"
        QString token;       ///< Janus API "token"
        QString adminSecret; ///< Admin API "admin_secret"
        /// wss:// and https:// only. Empty: the system's CAs verify the server. Set (32 bytes):
        /// exactly the certificate with this SHA-256 digest is accepted, self-signed or not; any
        /// other certificate is refused, even one a CA vouches for.
        QByteArray pinnedSha256;
        int requestTimeoutMs = 10000;
        bool reconnect = true;
        int backoffBaseMs = 500;
        int backoffMaxMs = 30000;
    };

    explicit Connection(const Options& options, QObject* parent = nullptr);
    ~Connection() override;

    /// Connects (and keeps reconnecting until close()).
    void open();
    /// Destroys the session politely, closes the socket and stops reconnecting.
    void close();
    /// Tries again now instead of when the backoff says (also after a refusal: the user knows
    /// something changed); the backoff starts over. Nothing happens while connected or connecting.
    void reconnectNow();

    State state() const { return m_state; }
    const Options& options() const { return m_options; }
    const ServerInfo& serverInfo() const { return m_info; }
    Id sessionId() const { return m_session.id(); }
    /// Milliseconds until the next reconnect attempt, or -1.
    int reconnectInMs() const;
    Error lastError() const { return m_lastError; }
    /// SHA-256 digest of the certificate the server presented last (wss://, https://), or empty.
    QByteArray presentedSha256() const { return m_transport->presentedSha256(); }

    /// Sends a Janus request; adds transaction, secrets and session_id. Fails (asynchronously)
    /// right away when not connected.
    Reply* send(QJsonObject message, Reply::Payload payload = Reply::Payload::Message,
                int timeoutMs = -1);
    /// Attaches a plugin handle; finished() carries the message whose data.id is the handle.
    Reply* attach(const QString& plugin);
    /// Sends a message to a plugin handle; finished() carries the plugin's data. Asynchronous
    /// requests (join, configure…) finish with their event, synchronous ones with "success".
    Reply* message(Id handle, const QJsonObject& body, const QJsonObject& jsep = {});
    Reply* detach(Id handle);
    /// Admin API: a request to a plugin through "message_plugin".
    Reply* messagePlugin(const QString& plugin, const QJsonObject& request);

    /// Handles one text frame as the server's: parsed, then routed to its reply or handle.
    /// The transport calls it; so does the fuzz target, which has no server. Frames of
    /// offThreadParseChars or more (the room lists of big servers) are parsed on a pool thread
    /// so the GUI keeps painting; frames behind one wait for it, in the server's order.
    void receiveText(const QString& text) { m_router.receiveText(text); }
    static constexpr qsizetype offThreadParseChars = Router::offThreadParseChars;

Q_SIGNALS:
    void stateChanged(janus::Connection::State state);
    /// Connected with a new session (Janus API) or a verified Admin API; after every reconnect.
    void ready(const janus::ServerInfo& info);
    /// The socket dropped or the session was lost; handles are gone.
    void lost(const janus::Error& reason);
    void reconnectScheduled(int delayMs);
    /// An event for a handle that answers no pending request (publishers joining, leaving…).
    void handleEvent(janus::Id handle, const QJsonObject& message);
    void handleDetached(janus::Id handle);
    /// Something went wrong outside any single request: auth, malformed frames, lost session.
    void errorOccurred(const janus::Error& error);

private:
    void setState(State state);
    void onTransportOpened();
    void onTransportClosed(const QString& errorString);
    void startSession();
    void restartSession(const Error& reason);
    void handshakeFailed(const Error& error);
    void refuse(const Error& error);
    void sessionEstablished(Id session);
    void dropSession(const Error& reason);
    void scheduleReconnect();
    QJsonObject credentials() const;
    Reply* sendInternal(QJsonObject message, Reply::Payload payload, int timeoutMs,
                        bool requireReady);

    Options m_options;
    std::unique_ptr<Transport> m_transport;
    Router m_router;
    Session m_session;
    State m_state = State::Disconnected;
    ServerInfo m_info;
    QTimer m_reconnect;
    Backoff m_backoff;
    Error m_lastError;
    bool m_socketOpen = false;
    bool m_closing = false;
};

} // namespace janus
