#include "httptransport.h"

#include "redact.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

namespace janus {

namespace {

constexpr int openTimeoutMs = 15000;
constexpr int closeGraceMs = 2000;

QString basePath(const QUrl& url, Api api) {
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.isEmpty()) // Janus's defaults: base_path and admin_base_path
        path = api == Api::Janus ? QStringLiteral("/janus") : QStringLiteral("/admin");
    return path;
}

} // namespace

HttpTransport::HttpTransport(const QUrl& url, Api api, const QByteArray& pinnedSha256)
    : Transport(url, api, pinnedSha256) {}

HttpTransport::~HttpTransport() {
    dropReplies();
}

QUrl HttpTransport::urlFor(const QJsonObject& message) const {
    QString path = basePath(url(), api());
    const auto session = Id::fromJson(message.value(QLatin1String("session_id")));
    const auto handle = Id::fromJson(message.value(QLatin1String("handle_id")));
    if (session && session->isValid()) {
        path += QLatin1Char('/') + session->toString();
        if (handle && handle->isValid())
            path += QLatin1Char('/') + handle->toString();
    }
    QUrl target = url();
    target.setPath(path);
    target.setQuery(QString());
    return target;
}

QNetworkRequest HttpTransport::request(const QUrl& target) const {
    QNetworkRequest request(target);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (isTls())
        request.setSslConfiguration(sslConfiguration());
    return request;
}

void HttpTransport::open() {
    if (m_active)
        return;
    m_active = true;
    m_closing = false;
    // Kept-alive connections of a server that went away are dead: each attempt starts afresh.
    if (m_network) // later: this may run inside one of its replies' signals
        m_network.release()->deleteLater();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_openAttempts = 0;
    sendOpen();
}

void HttpTransport::sendOpen() {
    if (!m_active || m_open)
        return;
    ++m_openAttempts;
    QUrl info = url();
    info.setPath(basePath(url(), api()) + QStringLiteral("/info"));
    info.setQuery(QString());
    QNetworkRequest get = request(info);
    get.setTransferTimeout(openTimeoutMs);
    track(m_network->get(get), Purpose::Open, {});
}

void HttpTransport::close() {
    if (!m_active || m_closing)
        return;
    m_closing = true;
    setSession({}, {});
    if (m_replies.isEmpty()) {
        QTimer::singleShot(0, this, &HttpTransport::finishClose);
        return;
    }
    // What was sent last (a "destroy") may still go out; a server that does not answer
    // does not hold the close up.
    QTimer::singleShot(closeGraceMs, this, &HttpTransport::finishClose);
}

void HttpTransport::finishClose() {
    if (m_active && m_closing)
        fail({});
}

void HttpTransport::abort() {
    fail({});
}

void HttpTransport::fail(const QString& errorString) {
    if (!m_active)
        return;
    dropReplies();
    m_active = false;
    m_open = false;
    m_closing = false;
    m_session = {};
    m_credentials = {};
    Q_EMIT closed(errorString);
}

void HttpTransport::dropReplies() {
    const auto replies = m_replies;
    m_replies.clear();
    for (QNetworkReply* reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void HttpTransport::send(const QJsonObject& message) {
    if (!m_open || m_closing)
        return;
    track(m_network->post(request(urlFor(message)),
                          QJsonDocument(message).toJson(QJsonDocument::Compact)),
          Purpose::Message, message.value(QLatin1String("transaction")).toString());
}

void HttpTransport::setSession(Id session, const QJsonObject& credentials) {
    if (session == m_session)
        return;
    m_session = session;
    m_credentials = credentials;
    if (QNetworkReply* old = m_poll.data()) {
        m_replies.remove(old);
        old->disconnect(this);
        old->abort();
        old->deleteLater();
    }
    poll();
}

void HttpTransport::poll() {
    if (!m_open || m_closing || !m_session.isValid() || m_poll)
        return;
    QUrl target = urlFor(QJsonObject{{QStringLiteral("session_id"), m_session.toJson()}});
    // The long poll bypasses Janus's core, so the transport checks the secrets itself, from
    // the query; percent-encoded whole so that no '+' or '&' in a secret changes its meaning.
    QString query = QStringLiteral("maxev=%1").arg(maxEventsPerPoll);
    for (const char* key : {"apisecret", "token"}) {
        const QString value = m_credentials.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            query += QStringLiteral("&%1=%2").arg(
                QLatin1String(key), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    target.setQuery(query);
    QNetworkRequest get = request(target);
    get.setTransferTimeout(pollTimeoutMs);
    m_poll = m_network->get(get);
    track(m_poll, Purpose::Poll, {});
}

void HttpTransport::track(QNetworkReply* reply, Purpose purpose, const QString& transaction) {
    m_replies.insert(reply);
    if (isTls()) {
        connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError>& e) {
            if (acceptSslErrors(reply->sslConfiguration().peerCertificate(), e))
                reply->ignoreSslErrors();
            else
                abort();
        });
        // Before the request itself goes out: with a pin, a certificate a CA vouches for
        // is no reason to send the secrets to it.
        connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
            if (!acceptPeer(reply->sslConfiguration().peerCertificate()))
                abort();
        });
    }
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, purpose, transaction] { onFinished(reply, purpose, transaction); });
}

void HttpTransport::onFinished(QNetworkReply* reply, Purpose purpose, const QString& transaction) {
    m_replies.remove(reply);
    reply->deleteLater();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) { // no HTTP answer at all: the server is gone or unreachable
        qCInfo(lcConnection) << "no HTTP answer to" << reply->url().path() << "from"
                             << url().toDisplayString() << ":" << reply->errorString();
        // A Janus just started may accept a connection and close it unanswered; a closed
        // connection (not a refused one) is worth a second look before giving up.
        if (purpose == Purpose::Open && reply->error() == QNetworkReply::RemoteHostClosedError &&
            m_openAttempts < maxOpenAttempts && !m_closing) {
            QTimer::singleShot(200, this, &HttpTransport::sendOpen);
            return;
        }
        fail(purpose == Purpose::Poll && reply->error() == QNetworkReply::OperationCanceledError
                 ? tr("no answer to the long poll within %1 s").arg(pollTimeoutMs / 1000)
                 : reply->errorString());
        return;
    }
    const QByteArray body = reply->readAll();
    const QPointer<HttpTransport> alive(this); // a receiver may delete this transport
    if (purpose == Purpose::Open) {
        if (!m_closing) {
            m_open = true;
            Q_EMIT opened();
        }
    } else if (purpose == Purpose::Poll) {
        onPollFinished(reply, status.toInt(), body);
    } else if (!body.trimmed().isEmpty()) {
        Q_EMIT textReceived(QString::fromUtf8(body));
    } else if (!transaction.isEmpty()) {
        // No JSON to route: the request fails with the HTTP status instead of timing out.
        const QJsonObject error{
            {QStringLiteral("janus"), QStringLiteral("error")},
            {QStringLiteral("transaction"), transaction},
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), status.toInt()},
                         {QStringLiteral("reason"),
                          QStringLiteral("HTTP %1 %2")
                              .arg(status.toInt())
                              .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                       .toString())}}}};
        Q_EMIT textReceived(QString::fromUtf8(QJsonDocument(error).toJson(QJsonDocument::Compact)));
    }
    if (alive && m_closing && m_replies.isEmpty())
        finishClose();
}

void HttpTransport::onPollFinished(QNetworkReply* reply, int status, const QByteArray& body) {
    if (reply != m_poll.data())
        return;
    m_poll.clear();
    if (status != 200) {
        // 404: Janus no longer knows the session (timed out, or the server restarted).
        const Id lost = m_session;
        m_session = {};
        Q_EMIT sessionLost(Error::fromJanus(
            status == 404 ? 458 : status,
            QStringLiteral("No such session %1 (HTTP %2)").arg(lost.toString()).arg(status),
            QStringLiteral("long poll")));
        return;
    }
    const QPointer<HttpTransport> alive(this);
    if (!body.trimmed().isEmpty())
        Q_EMIT textReceived(QString::fromUtf8(body));
    if (alive)
        poll();
}

} // namespace janus
