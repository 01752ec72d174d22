#include "connection.h"

#include "redact.h"

namespace janus {

Connection::Connection(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_transport(Transport::create(options.url, options.api, options.pinnedSha256))
    , m_router(options.url.toDisplayString())
    , m_session([this](QJsonObject message, bool requireReady) {
        return sendInternal(std::move(message), Reply::Payload::Message, -1, requireReady);
    })
    , m_backoff(options.backoffBaseMs, options.backoffMaxMs) {
    m_transport->setParent(this);
    m_router.setParent(this);
    m_session.setParent(this);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, [this] {
        setState(State::Connecting);
        open();
    });
    Transport* t = m_transport.get();
    connect(t, &Transport::opened, this, &Connection::onTransportOpened);
    connect(t, &Transport::closed, this, &Connection::onTransportClosed);
    connect(t, &Transport::textReceived, &m_router, &Router::receiveText);
    connect(t, &Transport::refused, this, &Connection::refuse);
    connect(t, &Transport::sessionLost, this, &Connection::restartSession);
    connect(&m_router, &Router::handleEvent, this, &Connection::handleEvent);
    connect(&m_router, &Router::handleDetached, this, &Connection::handleDetached);
    connect(&m_router, &Router::malformed, this, &Connection::errorOccurred);
    connect(&m_router, &Router::sessionGone, this, &Connection::restartSession);
    connect(&m_session, &Session::established, this, &Connection::sessionEstablished);
    connect(&m_session, &Session::createFailed, this, &Connection::handshakeFailed);
    connect(&m_session, &Session::expired, this, &Connection::restartSession);
}

Connection::~Connection() {
    m_closing = true;
    m_transport->disconnect(this);
    m_transport->abort();
}

void Connection::open() {
    m_closing = false;
    m_reconnect.stop();
    if (m_socketOpen || !m_transport->isIdle())
        return;
    if (m_state == State::Disconnected || m_state == State::Refused)
        setState(State::Connecting);
    qCInfo(lcConnection) << "connecting to" << m_options.url.toDisplayString();
    m_transport->open();
}

void Connection::refuse(const Error& error) {
    qCWarning(lcConnection).noquote() << error.message();
    m_lastError = error;
    m_closing = true; // retrying cannot help: the secret or the certificate must change
    setState(State::Refused);
    Q_EMIT errorOccurred(error);
    m_transport->abort();
}

void Connection::close() {
    m_closing = true;
    m_reconnect.stop();
    if (m_socketOpen && m_session.id().isValid())
        sendInternal(QJsonObject{{QStringLiteral("janus"), QStringLiteral("destroy")}},
                     Reply::Payload::Message, 1000, false);
    if (!m_transport->isIdle())
        m_transport->close();
    else
        setState(State::Disconnected);
}

void Connection::reconnectNow() {
    if (m_state == State::Connected || m_state == State::Connecting)
        return;
    qCInfo(lcConnection) << "reconnecting to" << m_options.url.toDisplayString() << "now";
    // A transport still closing (after close()) would make open() a no-op and leave the state
    // at Connecting: it goes now, reported as the close it is.
    if (!m_transport->isIdle()) {
        m_closing = true;
        m_transport->abort();
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

void Connection::onTransportOpened() {
    m_socketOpen = true;
    qCInfo(lcConnection) << "transport open" << m_options.url.toDisplayString();
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
    m_session.create(m_info.sessionTimeoutSeconds);
}

void Connection::restartSession(const Error& reason) {
    if (!m_socketOpen || !m_session.id().isValid())
        return;
    dropSession(reason);
    setState(State::Connecting);
    startSession();
}

void Connection::handshakeFailed(const Error& error) {
    if (error.kind == Error::Kind::Auth) {
        refuse(error); // retrying with the same wrong secret only fills the server's log
        return;
    }
    m_lastError = error;
    Q_EMIT errorOccurred(error);
    m_transport->abort();
}

void Connection::sessionEstablished(Id session) {
    m_transport->setSession(session, credentials());
    m_backoff.reset();
    m_lastError = {};
    qCInfo(lcConnection) << "session" << session.toString() << "on"
                         << m_options.url.toDisplayString();
    setState(State::Connected);
    Q_EMIT ready(m_info);
}

void Connection::dropSession(const Error& reason) {
    const bool hadSession = m_session.drop();
    if (m_transport->isOpen())
        m_transport->setSession({}, {});
    m_router.failAll(reason);
    if (hadSession)
        Q_EMIT lost(reason);
}

void Connection::onTransportClosed(const QString& errorString) {
    if (!errorString.isEmpty() && m_state != State::Refused)
        m_lastError = Error::transport(errorString);
    if (!m_socketOpen && (m_reconnect.isActive() || m_state == State::Disconnected))
        return; // already handled
    const bool wasOpen = m_socketOpen;
    m_socketOpen = false;
    m_router.clearIncoming(); // frames of a dead session: their requests fail below
    Error reason = m_lastError.isError() ? m_lastError : Error::transport(tr("connection closed"));
    if (wasOpen && !m_closing)
        reason = Error::transport(
            tr("connection lost: %1")
                .arg(errorString.isEmpty() ? tr("closed by the server") : errorString));
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

QJsonObject Connection::credentials() const {
    QJsonObject c;
    if (!m_options.apiSecret.isEmpty())
        c.insert(QStringLiteral("apisecret"), m_options.apiSecret);
    if (!m_options.token.isEmpty())
        c.insert(QStringLiteral("token"), m_options.token);
    return c;
}

Reply* Connection::sendInternal(QJsonObject message, Reply::Payload payload, int timeoutMs,
                                bool requireReady) {
    if (timeoutMs < 0)
        timeoutMs = m_options.requestTimeoutMs;
    const bool usable = m_socketOpen && (!requireReady || m_state == State::Connected);
    if (!usable) {
        const QString request = Router::requestOf(message);
        auto* reply = new Reply(request, QString(), payload, timeoutMs, this);
        const Error error = Error::transport(
            tr("not connected to %1").arg(m_options.url.toDisplayString()), request);
        QTimer::singleShot(0, reply, [reply, error] { reply->fail(error); });
        return reply;
    }
    const QString type = message.value(QLatin1String("janus")).toString();
    Reply* reply = m_router.track(message, payload, timeoutMs);
    if (m_options.api == Api::Janus) {
        const QJsonObject c = credentials();
        for (auto it = c.begin(); it != c.end(); ++it)
            message.insert(it.key(), it.value());
        const bool sessionless = type == QLatin1String("info") || type == QLatin1String("create") ||
                                 type == QLatin1String("ping");
        const Id session = m_session.id();
        if (!sessionless && session.isValid() && !message.contains(QLatin1String("session_id")))
            message.insert(QStringLiteral("session_id"), session.toJson());
    } else if (!m_options.adminSecret.isEmpty()) {
        message.insert(QStringLiteral("admin_secret"), m_options.adminSecret);
    }
    qCDebug(lcTraffic).noquote() << ">>" << m_options.url.toDisplayString()
                                 << redactedText(message);
    m_transport->send(message);
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
