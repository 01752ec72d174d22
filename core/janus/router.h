#pragma once

#include "id.h"
#include "reply.h"

#include <QHash>
#include <QObject>
#include <deque>
#include <memory>

namespace janus {

/// Routes what a server sends: replies by transaction to their janus::Reply, events by their
/// sender handle, and the session's own news (timeout, unknown session) to whoever keeps it.
/// Frames of offThreadParseChars or more are parsed on a pool thread so the GUI keeps
/// painting; frames behind one wait for it, in the server's order.
class Router : public QObject {
    Q_OBJECT
public:
    /// peer names the server in logs (its URL, never a secret).
    explicit Router(const QString& peer, QObject* parent = nullptr);

    /// A reply for the request in message, which gets the transaction it is routed by.
    Reply* track(QJsonObject& message, Reply::Payload payload, int timeoutMs);
    /// Handles one text frame (an object, or an array of them) as the server's.
    void receiveText(const QString& text);
    /// Forgets frames not handled yet (those of a dead connection).
    void clearIncoming();
    /// Fails every pending reply with error.
    void failAll(const Error& error);

    /// What a request is called in errors: "create", or the plugin request ("join"…).
    static QString requestOf(const QJsonObject& message);
    static constexpr qsizetype offThreadParseChars = 32 * 1024;

Q_SIGNALS:
    /// An event for a handle that answers no pending request.
    void handleEvent(janus::Id handle, const QJsonObject& message);
    void handleDetached(janus::Id handle);
    /// Janus timed the session out ("timeout") or says it does not know it (458).
    void sessionGone(const janus::Error& reason);
    void malformed(const janus::Error& error);

private:
    struct Incoming;
    void processIncoming();
    void handleDocument(const Incoming& frame);
    void route(const QJsonObject& message);

    QString m_peer;
    QHash<QString, Reply*> m_pending;
    std::deque<std::shared_ptr<Incoming>> m_incoming; ///< received, not handled yet, in order
    quint64 m_nextTransaction = 0;
    QString m_transactionPrefix;
};

} // namespace janus
