#include "srtppolicy.h"

#include <QCoreApplication>

namespace cascade {

namespace {

/// Why this node cannot take part in an encrypted leg; empty when it can.
QString cannot(const NodeVersion& node) {
    if (node.version <= 0)
        return QCoreApplication::translate("cascade::Srtp",
                                           "the Janus version of %1 is not known yet")
            .arg(node.node);
    if (node.version < kSrtpMinVersion)
        return QCoreApplication::translate("cascade::Srtp", "%1 runs Janus %2: SRTP needs 1.3.0")
            .arg(node.node, node.text.isEmpty() ? QString::number(node.version) : node.text);
    return {};
}

} // namespace

NodeVersion nodeVersionOf(const QString& node, const janus::Connection* connection) {
    if (!connection)
        return {node, 0, {}};
    const janus::ServerInfo& info = connection->serverInfo();
    return {node, info.version, info.versionString};
}

QString SrtpDecision::text(int suite) const {
    if (encrypt)
        return QCoreApplication::translate("cascade::Srtp", "SRTP (AES_CM_128_HMAC_SHA1_%1)")
            .arg(suite);
    if (refused)
        return QCoreApplication::translate("cascade::Srtp", "refused: %1").arg(reason);
    if (reason.isEmpty())
        return QCoreApplication::translate("cascade::Srtp", "plain RTP (srtp: off)");
    return QCoreApplication::translate("cascade::Srtp", "plain RTP: %1").arg(reason);
}

SrtpDecision decideSrtp(profile::Srtp mode, const NodeVersion& source, const NodeVersion& target) {
    SrtpDecision d;
    if (mode == profile::Srtp::Off)
        return d;
    QStringList why;
    for (const NodeVersion* node : {&source, &target})
        if (const QString w = cannot(*node); !w.isEmpty())
            why << w;
    if (why.isEmpty()) {
        d.encrypt = true;
        return d;
    }
    d.reason = why.join(QStringLiteral("; "));
    d.refused = mode == profile::Srtp::Required;
    return d;
}

} // namespace cascade
