#include "profile.h"

#include "janus/fingerprint.h"
#include "janus/transport.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace profile {

AlertSettings Profile::alertSettings(const QString& linkId) const {
    const AlertSettings profileWide = AlertSettings().overriddenBy(alerts);
    const Link* l = link(linkId);
    return l ? profileWide.overriddenBy(l->alerts) : profileWide;
}

const Node* Profile::node(const QString& id) const {
    for (const Node& n : nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

const Link* Profile::link(const QString& id) const {
    for (const Link& l : links)
        if (l.id == id)
            return &l;
    return nullptr;
}

namespace {

bool looksNumeric(const QString& s) {
    static const QRegularExpression numeric(QStringLiteral("^[0-9.]+$"));
    return numeric.match(s).hasMatch();
}

} // namespace

QString toString(Srtp srtp) {
    switch (srtp) {
    case Srtp::Preferred:
        return QStringLiteral("preferred");
    case Srtp::Required:
        return QStringLiteral("required");
    case Srtp::Off:
        return QStringLiteral("off");
    }
    return {};
}

std::optional<Srtp> srtpFromString(const QString& text) {
    for (Srtp srtp : {Srtp::Preferred, Srtp::Required, Srtp::Off})
        if (text == toString(srtp))
            return srtp;
    return std::nullopt;
}

QString validateAddress(const QString& address, AddressKind kind) {
    if (address.trimmed() != address)
        return QCoreApplication::translate("profile", "'%1' has leading or trailing spaces")
            .arg(address);
    if (QHostAddress(address).protocol() != QAbstractSocket::UnknownNetworkLayerProtocol)
        return {};
    if (looksNumeric(address) || address.contains(QLatin1Char(':')))
        return QCoreApplication::translate("profile", "'%1' is not an IP address").arg(address);
    if (kind == AddressKind::Bind) {
        // Linux allows up to 15 characters; keep to what ip(8) and Windows show.
        static const QRegularExpression iface(QStringLiteral("^[A-Za-z][A-Za-z0-9_.:-]{0,14}$"));
        return iface.match(address).hasMatch()
                   ? QString()
                   : QCoreApplication::translate("profile",
                                                 "'%1' is not an IP address or interface name")
                         .arg(address);
    }
    static const QRegularExpression host(
        QStringLiteral("^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]("
                       "[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    return host.match(address).hasMatch()
               ? QString()
               : QCoreApplication::translate("profile", "'%1' is not an IP address or host name")
                     .arg(address);
}

QString validateServerUrl(const QUrl& url) {
    if (!url.isValid())
        return QCoreApplication::translate("profile", "'%1' is not a URL").arg(url.toString());
    if (!janus::Transport::supportsScheme(url.scheme()))
        return QCoreApplication::translate(
                   "profile", "'%1' must start with ws://, wss://, http:// or https://")
            .arg(url.toString());
    if (url.host().isEmpty())
        return QCoreApplication::translate("profile", "'%1' has no host").arg(url.toString());
    return {};
}

QString validateTlsPin(const QString& pin, const QUrl& apiUrl) {
    if (pin.isEmpty())
        return {};
    if (janus::parseFingerprint(pin).isEmpty())
        return QCoreApplication::translate(
            "profile", "must be a SHA-256 fingerprint (64 hex digits, colons optional)");
    if (apiUrl.scheme() != QLatin1String("wss") && apiUrl.scheme() != QLatin1String("https"))
        return QCoreApplication::translate("profile",
                                           "a certificate pin needs a wss:// or https:// api_url");
    return {};
}

QList<Problem> checkNode(const Node& n) {
    static const QRegularExpression idSyntax(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,62}$"));
    QList<Problem> problems;
    auto err = [&](const char* field, const QString& text) {
        problems << Problem{QString::fromLatin1(field), text};
    };
    if (!n.id.isEmpty() && !idSyntax.match(n.id).hasMatch())
        err("id", QCoreApplication::translate("profile",
                                              "'%1' must be lowercase letters, digits, '-' or '_'")
                      .arg(n.id));
    if (const QString e = validateServerUrl(n.apiUrl); !e.isEmpty() && !n.apiUrl.isEmpty())
        err("api_url", e);
    if (const QString e = validateServerUrl(n.adminUrl); !e.isEmpty() && !n.adminUrl.isEmpty())
        err("admin_url", e);
    if (const QString e = validateAddress(n.bindAddress, AddressKind::Bind);
        !e.isEmpty() && !n.bindAddress.isEmpty())
        err("bind_address", e);
    if (const QString e = validateAddress(n.publicAddress, AddressKind::Public);
        !e.isEmpty() && !n.publicAddress.isEmpty())
        err("public_address", e);
    if (n.forwardedPorts && n.forwardedPorts->first > n.forwardedPorts->last &&
        n.forwardedPorts->last > 0)
        err("forwarded_ports", QCoreApplication::translate("profile", "first %1 > last %2")
                                   .arg(n.forwardedPorts->first)
                                   .arg(n.forwardedPorts->last));
    if (const QString e = validateTlsPin(n.tlsPinSha256, n.apiUrl); !e.isEmpty())
        err("tls_pin_sha256", e);
    return problems;
}

} // namespace profile
