#pragma once

#include "janus/id.h"
#include "profile/profile.h"

#include <QHostAddress>
#include <QString>

namespace cascade {

/// A cascade link resolved for running: ids parsed, addresses chosen, secrets looked up.
struct LinkPlan {
    QString id;
    QString sourceNode;
    QString targetNode;
    janus::Id sourceRoom;
    janus::Id targetRoom;
    janus::Id publisher; ///< invalid = every local publisher of the source room
    bool createTargetRoom = false;
    QString bindAddress; ///< target's iface for add_remote_publisher; empty = all
    QString host;        ///< where the source sends: target's public address or override
    QString sourceRoomSecret;
    QString targetRoomSecret;
    bool stringIds = false; ///< the target runs with string_ids
    profile::Srtp srtp = profile::Srtp::Preferred;
    int srtpSuite = 80; ///< 80 or 32
};

/// The iface to send for a bind address: empty for "all interfaces", whichever way it is
/// written. Janus 1.1.2 refuses "0.0.0.0" and "::" with 499 while 1.3.1+ accepts them, and
/// leaving iface out binds every interface on both.
inline QString ifaceFor(const QString& bindAddress) {
    const QHostAddress address(bindAddress.trimmed());
    if (address == QHostAddress(QHostAddress::AnyIPv4) ||
        address == QHostAddress(QHostAddress::AnyIPv6))
        return {};
    return bindAddress.trimmed();
}

} // namespace cascade
