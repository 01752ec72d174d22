#pragma once

#include "janus/id.h"

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
};

} // namespace cascade
