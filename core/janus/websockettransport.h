#pragma once

#include "transport.h"

#include <QWebSocket>

namespace janus {

/// Janus over a WebSocket (ws://, wss://) with the janus-protocol or janus-admin-protocol
/// sub-protocol: every message and event is one text frame.
class WebSocketTransport : public Transport {
    Q_OBJECT
public:
    WebSocketTransport(const QUrl& url, Api api, const QByteArray& pinnedSha256);
    ~WebSocketTransport() override;

    void open() override;
    void close() override;
    void abort() override;
    bool isOpen() const override { return m_open; }
    bool isIdle() const override;
    void send(const QJsonObject& message) override;

private:
    void onConnected();
    void onDisconnected();
    void reportClosed();
    void onError();
    void onSslErrors(const QList<QSslError>& errors);
    QSslCertificate peerCertificate() const;

    QWebSocket m_socket;
    bool m_active = false; ///< from open() until closed() is emitted
    bool m_open = false;
    QString m_error; ///< what went wrong in this attempt, empty if nothing
};

} // namespace janus
