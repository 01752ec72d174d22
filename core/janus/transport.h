#pragma once

#include "error.h"
#include "id.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrl>
#include <memory>

namespace janus {

/// Which of Janus's two APIs a connection speaks.
enum class Api { Janus, Admin };

/// How JSON messages reach a Janus server and its answers come back: a WebSocket, or HTTP
/// requests with a long poll for events. Shaped like a socket so the connection above it does
/// not care which: open() ends in opened() or closed(), every open() in exactly one closed().
/// TLS is verified the same way on both: the system's CAs without a pin; with a pin exactly
/// that certificate, refused (refused(), then closed()) before any message goes out.
class Transport : public QObject {
    Q_OBJECT
public:
    /// A WebSocket transport for ws:// and wss://, an HTTP one for http:// and https://.
    static std::unique_ptr<Transport> create(const QUrl& url, Api api,
                                             const QByteArray& pinnedSha256);
    /// True for the URL schemes create() knows.
    static bool supportsScheme(const QString& scheme);

    ~Transport() override;

    virtual void open() = 0;
    /// Closes after what was sent has gone out; closed() follows.
    virtual void close() = 0;
    /// Drops everything now; closed() is emitted before it returns, if anything was open.
    virtual void abort() = 0;
    /// True between opened() and closed().
    virtual bool isOpen() const = 0;
    /// True when neither open nor opening: open() would start afresh.
    virtual bool isIdle() const = 0;
    virtual void send(const QJsonObject& message) = 0;
    /// The session whose events to fetch (HTTP's long poll, authenticated with credentials:
    /// apisecret and token); invalid stops fetching. The WebSocket gets events unasked.
    virtual void setSession(Id session, const QJsonObject& credentials);

    const QUrl& url() const { return m_url; }
    Api api() const { return m_api; }
    /// SHA-256 of the certificate the server presented last (TLS only), or empty.
    QByteArray presentedSha256() const { return m_presentedSha256; }

Q_SIGNALS:
    void opened();
    /// The transport is down; errorString says why, empty for a normal close.
    void closed(const QString& errorString);
    /// One frame of JSON text: an object, or (HTTP long poll) an array of them.
    void textReceived(const QString& text);
    /// The server's certificate was refused; closed() follows.
    void refused(const janus::Error& error);
    /// The server does not know the session any more (HTTP long poll: 404).
    void sessionLost(const janus::Error& error);

protected:
    Transport(const QUrl& url, Api api, const QByteArray& pinnedSha256);

    bool isTls() const;
    /// The TLS configuration for connections: no trust anchors when pinned, so every
    /// certificate fails verification and acceptSslErrors() sees each one.
    QSslConfiguration sslConfiguration() const;
    /// On a failed verification: true when the errors may be ignored (the pinned certificate);
    /// else refused() is emitted.
    bool acceptSslErrors(const QSslCertificate& presented, const QList<QSslError>& errors);
    /// Once TLS is up, before any message: false (and refused()) when a pin is set and the
    /// certificate is another.
    bool acceptPeer(const QSslCertificate& presented);

private:
    QString presentedText() const;
    void refuseWith(const QString& text);

    QUrl m_url;
    Api m_api;
    QByteArray m_pinnedSha256;
    QByteArray m_presentedSha256;
};

} // namespace janus
