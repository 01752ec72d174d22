#pragma once

#include "transport.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSet>

class QNetworkReply;

namespace janus {

/// Janus's REST API (http://, https://): each message is a POST to the base path, or to
/// <base>/<session>[/<handle>] as its session_id and handle_id say, answered in the response;
/// events (and the results of asynchronous requests, "ack"ed in the response) come from a long
/// poll, GET <base>/<session>?maxev=N, which also keeps the session alive. open() reaches the
/// server with GET <base>/info, so it is opened() only when something answers.
class HttpTransport : public Transport {
    Q_OBJECT
public:
    HttpTransport(const QUrl& url, Api api, const QByteArray& pinnedSha256);
    ~HttpTransport() override;

    void open() override;
    void close() override;
    void abort() override;
    bool isOpen() const override { return m_open; }
    bool isIdle() const override { return !m_active; }
    void send(const QJsonObject& message) override;
    void setSession(Id session, const QJsonObject& credentials) override;

    /// Events asked for per long poll.
    static constexpr int maxEventsPerPoll = 10;
    /// Janus answers a long poll within 30 s; silence much longer means the server is gone.
    static constexpr int pollTimeoutMs = 45000;

private:
    enum class Purpose { Open, Message, Poll };
    QUrl urlFor(const QJsonObject& message) const;
    QNetworkRequest request(const QUrl& url) const;
    void track(QNetworkReply* reply, Purpose purpose, const QString& transaction);
    void onFinished(QNetworkReply* reply, Purpose purpose, const QString& transaction);
    void onPollFinished(QNetworkReply* reply, int status, const QByteArray& body);
    void poll();
    void sendOpen();
    void fail(const QString& errorString);
    void finishClose();
    void dropReplies();

    std::unique_ptr<QNetworkAccessManager> m_network; ///< a new one for every open()
    QSet<QNetworkReply*> m_replies;
    QPointer<QNetworkReply> m_poll;
    Id m_session;
    QJsonObject m_credentials;
    bool m_active = false; ///< from open() until closed() is emitted
    bool m_open = false;
    bool m_closing = false;
    int m_openAttempts = 0;
    static constexpr int maxOpenAttempts = 3;
};

} // namespace janus
