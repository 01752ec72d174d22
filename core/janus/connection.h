#pragma once

#include "backoff.h"
#include "error.h"
#include "fingerprint.h"
#include "id.h"
#include "reply.h"
#include "serverinfo.h"

#include <QHash>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>
#include <deque>
#include <memory>

namespace janus {

/// One WebSocket connection to a Janus server's Janus API (with a session, keepalives and
/// handles) or Admin API. Routes replies by transaction and handle events by sender, and
/// reconnects with backoff after the socket drops: ready() is emitted after every (re)connect
/// with a fresh session, so owners of handles attach again.
class Connection : public QObject {
    Q_OBJECT
public:
    enum class Api { Janus, Admin };
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
        /// wss:// only. Empty: the system's CAs verify the server. Set (32 bytes): exactly the
        /// certificate with this SHA-256 digest is accepted, self-signed or not; any other
        /// certificate is refused, even one a CA vouches for.
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
    Id sessionId() const { return m_session; }
    /// Milliseconds until the next reconnect attempt, or -1.
    int reconnectInMs() const;
    Error lastError() const { return m_lastError; }
    /// SHA-256 digest of the certificate the server presented last (wss:// only), or empty.
    QByteArray presentedSha256() const { return m_presentedSha256; }

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
    /// The socket calls it; so does the fuzz target, which has no server. Frames of
    /// offThreadParseChars or more (the room lists of big servers) are parsed on a pool thread
    /// so the GUI keeps painting; frames behind one wait for it, in the server's order.
    void receiveText(const QString& text);
    static constexpr qsizetype offThreadParseChars = 32 * 1024;

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
    void onSocketConnected();
    void onSocketDisconnected();
    void handleFrame(const QJsonObject& message);
    void startSession();
    void handshakeFailed(const Error& error);
    void refuse(const Error& error);
    void onSslErrors(const QList<QSslError>& errors);
    /// True without a pin; else compares the server's certificate and refuses a different one.
    bool peerMatchesPin(const QList<QSslError>& errors = {});
    QString presentedText() const;
    void sessionEstablished(Id session);
    void dropSession(const Error& reason);
    void scheduleReconnect();
    void failAll(const Error& error);
    void sendKeepalive();
    struct Incoming;
    void processIncoming();
    void handleDocument(const Incoming& frame);
    Reply* sendInternal(QJsonObject message, Reply::Payload payload, int timeoutMs,
                        bool requireReady);

    Options m_options;
    QWebSocket m_socket;
    State m_state = State::Disconnected;
    ServerInfo m_info;
    Id m_session;
    QHash<QString, Reply*> m_pending;
    QTimer m_keepalive;
    QTimer m_reconnect;
    Backoff m_backoff;
    Error m_lastError;
    QByteArray m_presentedSha256;
    std::deque<std::shared_ptr<Incoming>> m_incoming; ///< received, not handled yet, in order
    bool m_socketOpen = false;
    bool m_closing = false;
    quint64 m_nextTransaction = 0;
    QString m_transactionPrefix;
};

} // namespace janus
