#include "websockettransport.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSslSocket>
#include <QTimer>

namespace janus {

WebSocketTransport::WebSocketTransport(const QUrl& url, Api api, const QByteArray& pinnedSha256)
    : Transport(url, api, pinnedSha256) {
    connect(&m_socket, &QWebSocket::connected, this, &WebSocketTransport::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &WebSocketTransport::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &Transport::textReceived);
    connect(&m_socket, &QWebSocket::sslErrors, this, &WebSocketTransport::onSslErrors);
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &WebSocketTransport::onError);
}

WebSocketTransport::~WebSocketTransport() {
    m_socket.disconnect(this);
    m_socket.abort();
}

bool WebSocketTransport::isIdle() const {
    return !m_active && m_socket.state() == QAbstractSocket::UnconnectedState;
}

void WebSocketTransport::open() {
    if (!isIdle())
        return;
    m_active = true;
    m_error.clear();
    QNetworkRequest request(url());
    request.setRawHeader("Sec-WebSocket-Protocol", api() == Api::Janus
                                                       ? QByteArrayLiteral("janus-protocol")
                                                       : QByteArrayLiteral("janus-admin-protocol"));
    if (isTls())
        m_socket.setSslConfiguration(sslConfiguration());
    m_socket.open(request);
}

void WebSocketTransport::close() {
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.close();
}

void WebSocketTransport::abort() {
    m_socket.abort();
    // A socket still connecting may not report the abort: closed() is owed all the same.
    reportClosed();
}

void WebSocketTransport::send(const QJsonObject& message) {
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

// QWebSocket does not expose the certificate, but its TLS socket is its child.
QSslCertificate WebSocketTransport::peerCertificate() const {
    const auto* tls = m_socket.findChild<QSslSocket*>();
    return tls ? tls->peerCertificate() : QSslCertificate();
}

void WebSocketTransport::onSslErrors(const QList<QSslError>& errors) {
    if (acceptSslErrors(peerCertificate(), errors))
        m_socket.ignoreSslErrors();
    else
        abort();
}

void WebSocketTransport::onConnected() {
    m_open = true;
    // Before the first message, which carries the secrets.
    if (!acceptPeer(peerCertificate())) {
        abort();
        return;
    }
    Q_EMIT opened();
}

void WebSocketTransport::onError() {
    m_error = m_socket.errorString();
    // A refused or failed opening handshake may not be followed by disconnected().
    if (!m_open && m_socket.state() == QAbstractSocket::UnconnectedState)
        reportClosed();
}

void WebSocketTransport::onDisconnected() {
    if (!m_active)
        return; // errorOccurred and disconnected both report one failure
    if (m_error.isEmpty() && !m_open) {
        // A failed opening handshake may report disconnected() before the error that says why
        // ("Connection refused"): that error is worth waiting one turn of the loop for.
        QTimer::singleShot(0, this, [this] {
            if (m_active && m_socket.state() == QAbstractSocket::UnconnectedState)
                reportClosed();
        });
        return;
    }
    reportClosed();
}

void WebSocketTransport::reportClosed() {
    if (!m_active)
        return;
    m_active = false;
    m_open = false;
    Q_EMIT closed(m_error);
}

} // namespace janus
