#include "connection.h"

#include "redact.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QPointer>
#include <QPromise>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QThreadPool>

namespace janus {

namespace {

QString typeOf(const QJsonObject& message) {
    return message.value(QLatin1String("janus")).toString();
}

// The certificate the server presented. QWebSocket does not expose it, but its TLS socket is its
// child; the certificates named in the errors are the fallback.
QSslCertificate peerCertificate(const QWebSocket& socket, const QList<QSslError>& errors) {
    if (const auto* tls = socket.findChild<QSslSocket*>(); tls && !tls->peerCertificate().isNull())
        return tls->peerCertificate();
    for (const QSslError& e : errors)
        if (!e.certificate().isNull())
            return e.certificate();
    return QSslCertificate();
}

QByteArray sha256Of(const QSslCertificate& certificate) {
    return certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256);
}

} // namespace

Connection::Connection(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_backoff(options.backoffBaseMs, options.backoffMaxMs)
    , m_transactionPrefix(QString::number(QRandomGenerator::global()->generate(), 36)) {
    m_keepalive.setTimerType(Qt::CoarseTimer);
    connect(&m_keepalive, &QTimer::timeout, this, &Connection::sendKeepalive);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, [this] {
        setState(State::Connecting);
        open();
    });
    connect(&m_socket, &QWebSocket::connected, this, &Connection::onSocketConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &Connection::onSocketDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &Connection::receiveText);
    connect(&m_socket, &QWebSocket::sslErrors, this, &Connection::onSslErrors);
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                if (m_state == State::Refused)
                    return; // keep the reason we refused for, not the socket's echo of it
                m_lastError = Error::transport(m_socket.errorString());
                // A refused or failed opening handshake may not be followed by disconnected().
                if (!m_socketOpen && m_socket.state() == QAbstractSocket::UnconnectedState)
                    onSocketDisconnected();
            });
}

Connection::~Connection() {
    m_closing = true;
    m_socket.disconnect(this);
    m_socket.abort();
}

void Connection::open() {
    m_closing = false;
    m_reconnect.stop();
    if (m_socketOpen || m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    if (m_state == State::Disconnected || m_state == State::Refused)
        setState(State::Connecting);
    QNetworkRequest request(m_options.url);
    request.setRawHeader("Sec-WebSocket-Protocol", m_options.api == Api::Janus
                                                       ? QByteArrayLiteral("janus-protocol")
                                                       : QByteArrayLiteral("janus-admin-protocol"));
    if (!m_options.pinnedSha256.isEmpty()) {
        // No trust anchors: every certificate fails verification, so onSslErrors() sees each one
        // and accepts exactly the pinned certificate, even where a CA would vouch for another.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({});
        m_socket.setSslConfiguration(tls);
    }
    m_presentedSha256.clear();
    qCInfo(lcConnection) << "connecting to" << m_options.url.toDisplayString();
    m_socket.open(request);
}

QString Connection::presentedText() const {
    return m_presentedSha256.isEmpty()
               ? QStringLiteral("no certificate")
               : QStringLiteral("SHA-256 %1").arg(fingerprintText(m_presentedSha256));
}

void Connection::onSslErrors(const QList<QSslError>& errors) {
    if (!m_options.pinnedSha256.isEmpty()) {
        if (peerMatchesPin(errors)) {
            qCInfo(lcConnection) << "accepting the pinned certificate of"
                                 << m_options.url.toDisplayString();
            m_socket.ignoreSslErrors();
        }
        return;
    }
    m_presentedSha256 = sha256Of(peerCertificate(m_socket, errors));
    QStringList why;
    for (const QSslError& e : errors)
        why << e.errorString();
    why.removeDuplicates();
    refuse(Error::tls(QStringLiteral("%1 presented a certificate that is not trusted (%2): %3")
                          .arg(m_options.url.toDisplayString(), why.join(QStringLiteral("; ")),
                               presentedText())));
}

bool Connection::peerMatchesPin(const QList<QSslError>& errors) {
    if (m_options.pinnedSha256.isEmpty() || m_options.url.scheme() != QLatin1String("wss"))
        return true;
    m_presentedSha256 = sha256Of(peerCertificate(m_socket, errors));
    if (m_presentedSha256 == m_options.pinnedSha256)
        return true;
    refuse(Error::tls(QStringLiteral("%1 presented a certificate (%2) that is not the pinned "
                                     "one (SHA-256 %3)")
                          .arg(m_options.url.toDisplayString(), presentedText(),
                               fingerprintText(m_options.pinnedSha256))));
    return false;
}

void Connection::refuse(const Error& error) {
    qCWarning(lcConnection).noquote() << error.message();
    m_lastError = error;
    m_closing = true; // retrying cannot help: the secret or the certificate must change
    setState(State::Refused);
    Q_EMIT errorOccurred(error);
    m_socket.abort();
}

void Connection::close() {
    m_closing = true;
    m_reconnect.stop();
    m_keepalive.stop();
    if (m_socketOpen && m_session.isValid())
        sendInternal(QJsonObject{{QStringLiteral("janus"), QStringLiteral("destroy")}},
                     Reply::Payload::Message, 1000, false);
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.close();
    else
        setState(State::Disconnected);
}

void Connection::reconnectNow() {
    if (m_state == State::Connected || m_state == State::Connecting)
        return;
    qCInfo(lcConnection) << "reconnecting to" << m_options.url.toDisplayString() << "now";
    // A socket still closing (after close()) would make open() a no-op and leave the state at
    // Connecting: it goes now, reported as the close it is.
    if (m_socket.state() != QAbstractSocket::UnconnectedState) {
        m_closing = true;
        m_socket.abort();
        m_socketOpen = false;
    }
    m_backoff.reset();
    m_reconnect.stop();
    setState(State::Connecting);
    open();
}

int Connection::reconnectInMs() const {
    return m_reconnect.isActive() ? m_reconnect.remainingTime() : -1;
}

void Connection::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Connection::onSocketConnected() {
    m_socketOpen = true;
    // Before the first request, which carries the secrets.
    if (!peerMatchesPin())
        return;
    qCInfo(lcConnection) << "socket open" << m_options.url.toDisplayString();
    Reply* info = sendInternal(QJsonObject{{QStringLiteral("janus"), QStringLiteral("info")}},
                               Reply::Payload::Message, -1, false);
    connect(info, &Reply::finished, this, [this](const QJsonObject& message) {
        m_info = ServerInfo::fromJson(message);
        if (m_options.api == Api::Janus) {
            startSession();
            return;
        }
        m_backoff.reset();
        setState(State::Connected);
        Q_EMIT ready(m_info);
    });
    connect(info, &Reply::failed, this, &Connection::handshakeFailed);
}

void Connection::startSession() {
    Reply* create = sendInternal(QJsonObject{{QStringLiteral("janus"), QStringLiteral("create")}},
                                 Reply::Payload::Message, -1, false);
    connect(create, &Reply::finished, this, [this](const QJsonObject& message) {
        const auto id = Id::fromJson(
            message.value(QLatin1String("data")).toObject().value(QLatin1String("id")));
        if (!id) {
            handshakeFailed(Error::protocol(QStringLiteral("create without session id"),
                                            QStringLiteral("create")));
            return;
        }
        sessionEstablished(*id);
    });
    connect(create, &Reply::failed, this, &Connection::handshakeFailed);
}

void Connection::handshakeFailed(const Error& error) {
    if (error.kind == Error::Kind::Auth) {
        refuse(error); // retrying with the same wrong secret only fills the server's log
        return;
    }
    m_lastError = error;
    Q_EMIT errorOccurred(error);
    m_socket.abort();
}

void Connection::sessionEstablished(Id session) {
    m_session = session;
    const int timeout = m_info.sessionTimeoutSeconds;
    // A third of the timeout leaves room for two lost keepalives before Janus gives up.
    m_keepalive.start(timeout > 0 ? std::max(500, timeout * 1000 / 3) : 30000);
    m_backoff.reset();
    m_lastError = {};
    qCInfo(lcConnection) << "session" << session.toString() << "on"
                         << m_options.url.toDisplayString();
    setState(State::Connected);
    Q_EMIT ready(m_info);
}

void Connection::dropSession(const Error& reason) {
    m_keepalive.stop();
    const bool hadSession = m_session.isValid();
    m_session = {};
    failAll(reason);
    if (hadSession)
        Q_EMIT lost(reason);
}

void Connection::onSocketDisconnected() {
    if (!m_socketOpen && (m_reconnect.isActive() || m_state == State::Disconnected))
        return; // already handled (errorOccurred and disconnected both report one failure)
    const bool wasOpen = m_socketOpen;
    m_socketOpen = false;
    m_incoming.clear(); // frames of a dead session: their requests fail below
    Error reason =
        m_lastError.isError() ? m_lastError : Error::transport(QStringLiteral("connection closed"));
    if (wasOpen && !m_closing)
        reason = Error::transport(QStringLiteral("connection lost: %1")
                                      .arg(m_socket.errorString().isEmpty()
                                               ? QStringLiteral("closed by the server")
                                               : m_socket.errorString()));
    dropSession(m_closing ? Error::cancelled(QStringLiteral("close")) : reason);
    if (m_closing) {
        if (m_state != State::Refused)
            setState(State::Disconnected);
        return;
    }
    m_lastError = reason;
    scheduleReconnect();
}

void Connection::scheduleReconnect() {
    if (!m_options.reconnect) {
        setState(State::Disconnected);
        return;
    }
    const int delay = m_backoff.nextDelayMs();
    qCInfo(lcConnection) << "reconnecting to" << m_options.url.toDisplayString() << "in" << delay
                         << "ms";
    m_reconnect.start(delay);
    setState(State::Reconnecting);
    Q_EMIT reconnectScheduled(delay);
}

void Connection::failAll(const Error& error) {
    const auto pending = m_pending.values();
    m_pending.clear();
    for (Reply* reply : pending) {
        Error e = error;
        e.request = reply->request();
        reply->fail(e);
    }
}

struct Connection::Incoming {
    QString text;
    bool offThread = false;
    bool parsed = false; ///< set on the connection's thread, once document and error are final
    QJsonDocument document;
    QJsonParseError error{};

    void parse() { document = QJsonDocument::fromJson(text.toUtf8(), &error); }
};

void Connection::receiveText(const QString& text) {
    if (text.size() < offThreadParseChars && m_incoming.empty()) {
        // The usual case, nothing waiting ahead of it: parse and handle it here and now.
        Incoming frame;
        frame.text = text;
        frame.parse();
        handleDocument(frame);
        return;
    }
    auto frame = std::make_shared<Incoming>();
    frame->text = text;
    frame->offThread = text.size() >= offThreadParseChars;
    m_incoming.push_back(frame);
    if (!frame->offThread) {
        processIncoming();
        return;
    }
    // The pool thread touches only the frame; the watcher, a child of this connection, reports
    // back on this thread, or not at all if the connection is gone by then.
    auto promise = std::make_shared<QPromise<void>>();
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, frame, watcher] {
        watcher->deleteLater();
        frame->parsed = true;
        processIncoming();
    });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([frame, promise] {
        promise->start();
        frame->parse();
        promise->finish();
    });
}

void Connection::processIncoming() {
    const QPointer<Connection> alive(this); // a handler may delete this connection
    while (alive && !m_incoming.empty()) {
        const std::shared_ptr<Incoming> frame = m_incoming.front();
        if (!frame->parsed) {
            if (frame->offThread)
                return; // the frames behind it wait for it
            frame->parse();
            frame->parsed = true;
        }
        m_incoming.pop_front();
        handleDocument(*frame);
    }
}

void Connection::handleDocument(const Incoming& frame) {
    const QJsonParseError& parseError = frame.error;
    const QJsonDocument& doc = frame.document;
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString why = parseError.error != QJsonParseError::NoError
                                ? parseError.errorString()
                                : QStringLiteral("not a JSON object");
        qCWarning(lcConnection) << "ignoring malformed frame from"
                                << m_options.url.toDisplayString() << ":" << why;
        Q_EMIT errorOccurred(
            Error::protocol(QStringLiteral("malformed frame ignored: %1").arg(why)));
        return;
    }
    handleFrame(doc.object());
}

void Connection::handleFrame(const QJsonObject& message) {
    qCDebug(lcTraffic).noquote() << "<<" << m_options.url.toDisplayString()
                                 << redactedText(message);
    const QString type = typeOf(message);
    const QString transaction = message.value(QLatin1String("transaction")).toString();
    if (Reply* reply = m_pending.value(transaction)) {
        const bool ackIsFinal = reply->request() == QLatin1String("keepalive") ||
                                reply->request() == QLatin1String("trickle");
        if (type == QLatin1String("ack") && !ackIsFinal)
            return; // an asynchronous request: the result comes as an event
        reply->completeWith(message);
        return;
    }
    const auto sender = Id::fromJson(message.value(QLatin1String("sender")));
    if (type == QLatin1String("timeout")) {
        qCWarning(lcConnection) << "session expired on" << m_options.url.toDisplayString();
        dropSession(Error::fromJanus(458, QStringLiteral("session timed out"),
                                     QStringLiteral("keepalive")));
        setState(State::Connecting);
        startSession();
    } else if (type == QLatin1String("detached") && sender) {
        Q_EMIT handleDetached(*sender);
    } else if (sender && !type.isEmpty()) {
        Q_EMIT handleEvent(*sender, message);
    } else if (!transaction.isEmpty()) {
        qCDebug(lcConnection) << "reply for unknown or finished transaction" << transaction;
    } else {
        qCDebug(lcConnection) << "ignoring unexpected message of type" << type;
    }
}

void Connection::sendKeepalive() {
    Reply* keepalive =
        sendInternal(QJsonObject{{QStringLiteral("janus"), QStringLiteral("keepalive")}},
                     Reply::Payload::Message, -1, true);
    connect(keepalive, &Reply::failed, this, [this](const Error& error) {
        if (error.code == 458 && m_socketOpen) {
            dropSession(error);
            setState(State::Connecting);
            startSession();
        }
    });
}

Reply* Connection::sendInternal(QJsonObject message, Reply::Payload payload, int timeoutMs,
                                bool requireReady) {
    const QString type = typeOf(message);
    QString request = type;
    if (type == QLatin1String("message"))
        request = message.value(QLatin1String("body"))
                      .toObject()
                      .value(QLatin1String("request"))
                      .toString();
    else if (type == QLatin1String("message_plugin"))
        request = message.value(QLatin1String("request"))
                      .toObject()
                      .value(QLatin1String("request"))
                      .toString();
    const QString transaction =
        QStringLiteral("%1-%2").arg(m_transactionPrefix).arg(++m_nextTransaction);
    if (timeoutMs < 0)
        timeoutMs = m_options.requestTimeoutMs;
    auto* reply = new Reply(request, transaction, payload, timeoutMs, this);

    const bool usable = m_socketOpen && (!requireReady || m_state == State::Connected);
    if (!usable) {
        const Error error = Error::transport(
            QStringLiteral("not connected to %1").arg(m_options.url.toDisplayString()), request);
        QTimer::singleShot(0, reply, [reply, error] { reply->fail(error); });
        return reply;
    }

    message.insert(QStringLiteral("transaction"), transaction);
    if (m_options.api == Api::Janus) {
        if (!m_options.apiSecret.isEmpty())
            message.insert(QStringLiteral("apisecret"), m_options.apiSecret);
        if (!m_options.token.isEmpty())
            message.insert(QStringLiteral("token"), m_options.token);
        const bool sessionless = type == QLatin1String("info") || type == QLatin1String("create") ||
                                 type == QLatin1String("ping");
        if (!sessionless && m_session.isValid() && !message.contains(QLatin1String("session_id")))
            message.insert(QStringLiteral("session_id"), m_session.toJson());
    } else if (!m_options.adminSecret.isEmpty()) {
        message.insert(QStringLiteral("admin_secret"), m_options.adminSecret);
    }

    m_pending.insert(transaction, reply);
    connect(reply, &Reply::settled, this, [this](const QString& t) { m_pending.remove(t); });
    qCDebug(lcTraffic).noquote() << ">>" << m_options.url.toDisplayString()
                                 << redactedText(message);
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    return reply;
}

Reply* Connection::send(QJsonObject message, Reply::Payload payload, int timeoutMs) {
    return sendInternal(std::move(message), payload, timeoutMs, true);
}

Reply* Connection::attach(const QString& plugin) {
    return send(QJsonObject{{QStringLiteral("janus"), QStringLiteral("attach")},
                            {QStringLiteral("plugin"), plugin}});
}

Reply* Connection::message(Id handle, const QJsonObject& body, const QJsonObject& jsep) {
    QJsonObject message{{QStringLiteral("janus"), QStringLiteral("message")},
                        {QStringLiteral("handle_id"), handle.toJson()},
                        {QStringLiteral("body"), body}};
    if (!jsep.isEmpty())
        message.insert(QStringLiteral("jsep"), jsep);
    return send(message, Reply::Payload::PluginData);
}

Reply* Connection::detach(Id handle) {
    return send(QJsonObject{{QStringLiteral("janus"), QStringLiteral("detach")},
                            {QStringLiteral("handle_id"), handle.toJson()}});
}

Reply* Connection::messagePlugin(const QString& plugin, const QJsonObject& request) {
    return send(QJsonObject{{QStringLiteral("janus"), QStringLiteral("message_plugin")},
                            {QStringLiteral("plugin"), plugin},
                            {QStringLiteral("request"), request}},
                Reply::Payload::AdminPluginResponse);
}

} // namespace janus
