#include "transport.h"

#include "fingerprint.h"
#include "httptransport.h"
#include "redact.h"
#include "websockettransport.h"

namespace janus {

namespace {

QByteArray sha256Of(const QSslCertificate& certificate) {
    return certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256);
}

} // namespace

Transport::Transport(const QUrl& url, Api api, const QByteArray& pinnedSha256)
    : m_url(url)
    , m_api(api)
    , m_pinnedSha256(pinnedSha256) {}

Transport::~Transport() = default;

std::unique_ptr<Transport> Transport::create(const QUrl& url, Api api,
                                             const QByteArray& pinnedSha256) {
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return std::make_unique<HttpTransport>(url, api, pinnedSha256);
    return std::make_unique<WebSocketTransport>(url, api, pinnedSha256);
}

bool Transport::supportsScheme(const QString& scheme) {
    static const QStringList schemes = {QStringLiteral("ws"), QStringLiteral("wss"),
                                        QStringLiteral("http"), QStringLiteral("https")};
    return schemes.contains(scheme.toLower());
}

void Transport::setSession(Id, const QJsonObject&) {}

bool Transport::isTls() const {
    const QString scheme = m_url.scheme().toLower();
    return scheme == QLatin1String("wss") || scheme == QLatin1String("https");
}

QSslConfiguration Transport::sslConfiguration() const {
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_pinnedSha256.isEmpty())
        tls.setCaCertificates({});
    return tls;
}

QString Transport::presentedText() const {
    return m_presentedSha256.isEmpty()
               ? tr("no certificate")
               : QStringLiteral("SHA-256 %1").arg(fingerprintText(m_presentedSha256));
}

void Transport::refuseWith(const QString& text) {
    Q_EMIT refused(Error::tls(text));
}

bool Transport::acceptSslErrors(const QSslCertificate& presented, const QList<QSslError>& errors) {
    QSslCertificate certificate = presented;
    for (const QSslError& e : errors)
        if (certificate.isNull() && !e.certificate().isNull())
            certificate = e.certificate();
    if (!m_pinnedSha256.isEmpty()) {
        if (!acceptPeer(certificate))
            return false;
        qCInfo(lcConnection) << "accepting the pinned certificate of" << m_url.toDisplayString();
        return true;
    }
    m_presentedSha256 = sha256Of(certificate);
    QStringList why;
    for (const QSslError& e : errors)
        why << e.errorString();
    why.removeDuplicates();
    refuseWith(tr("%1 presented a certificate that is not trusted (%2): %3")
                   .arg(m_url.toDisplayString(), why.join(QStringLiteral("; ")), presentedText()));
    return false;
}

bool Transport::acceptPeer(const QSslCertificate& presented) {
    if (!isTls())
        return true;
    if (!presented.isNull())
        m_presentedSha256 = sha256Of(presented);
    if (m_pinnedSha256.isEmpty() || m_presentedSha256 == m_pinnedSha256)
        return true;
    refuseWith(tr("%1 presented a certificate (%2) that is not the pinned "
                  "one (SHA-256 %3)")
                   .arg(m_url.toDisplayString(), presentedText(), fingerprintText(m_pinnedSha256)));
    return false;
}

} // namespace janus
