#pragma once

#include "id.h"
#include "reply.h"

#include <QObject>
#include <QTimer>
#include <functional>

namespace janus {

/// A Janus API session: created on request, kept alive by keepalives a third of the server's
/// session timeout apart, and reported lost when Janus no longer knows it.
class Session : public QObject {
    Q_OBJECT
public:
    /// Sends a request (the session adds nothing: the sender adds secrets and session_id);
    /// requireReady: only while the connection is Connected.
    using Send = std::function<Reply*(QJsonObject message, bool requireReady)>;

    explicit Session(Send send, QObject* parent = nullptr);

    /// Asks for a new session; established() or createFailed() follows.
    void create(int sessionTimeoutSeconds);
    /// Forgets the session and stops the keepalives; true when there was one.
    bool drop();
    Id id() const { return m_id; }

Q_SIGNALS:
    void established(janus::Id session);
    void createFailed(const janus::Error& error);
    /// A keepalive was refused: Janus no longer knows the session (458).
    void expired(const janus::Error& reason);

private:
    void sendKeepalive();

    Send m_send;
    Id m_id;
    int m_timeoutSeconds = 0;
    QTimer m_keepalive;
};

} // namespace janus
