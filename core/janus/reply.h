#pragma once

#include "error.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace janus {

/// An asynchronous Janus request in flight. Emits exactly one of finished() or failed(), then
/// deletes itself (like QNetworkReply with auto-delete): connect before returning to the loop.
class Reply : public QObject {
    Q_OBJECT
public:
    /// What finished() carries: the whole message, or the plugin's data for plugin requests.
    enum class Payload { Message, PluginData, AdminPluginResponse };

    Reply(const QString& request, const QString& transaction, Payload payload, int timeoutMs,
          QObject* parent = nullptr);

    QString request() const { return m_request; }
    QString transaction() const { return m_transaction; }
    Payload payload() const { return m_payload; }
    bool isFinished() const { return m_done; }
    /// The final message as received (for plugin requests it also holds "jsep").
    QJsonObject message() const { return m_message; }
    Error error() const { return m_error; }

    /// Adds what the request sent to the explanation of a failure (e.g. the iface used).
    void setContext(const QString& context) { m_context = context; }
    /// Explains a plugin's error codes (the plugin's error table; see PluginHandle).
    using Explainer = void (*)(Error& error);
    void setExplainer(Explainer explain) { m_explain = explain; }

    /// Stops waiting; emits failed() with Kind::Cancelled. The server may still act on it.
    void cancel();

    /// Completes from a final server message: errors become failed(), the rest finished().
    void completeWith(const QJsonObject& message);
    void fail(const Error& error);

Q_SIGNALS:
    void finished(const QJsonObject& result);
    void failed(const janus::Error& error);
    /// Emitted once, before finished()/failed(), so the connection can forget the transaction.
    void settled(const QString& transaction);

private:
    void finish(const QJsonObject& result);

    QString m_request;
    QString m_transaction;
    Payload m_payload;
    QJsonObject m_message;
    Error m_error;
    QString m_context;
    Explainer m_explain = nullptr;
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace janus
