#pragma once

#include "janus/id.h"

#include <optional>

/// How this product marks what it creates on servers, so that it can find its own remote
/// publishers and remotizations again (after a restart, from another console) and tell
/// orphans from other people's objects.
namespace cascade::marker {

/// remote_id of a link's remotization on the source publisher: "jcc:<link>".
QString remoteId(const QString& linkId);
/// The link a remote_id belongs to, if it is one of ours.
std::optional<QString> linkOfRemoteId(const QString& remoteId);
/// Deterministic id of the target's remote publisher for (link, source publisher), so two
/// consoles reconciling the same link collide on the id instead of duplicating the mirror.
janus::Id mirrorId(const QString& linkId, const janus::Id& publisher, bool stringIds);
/// Display name of a mirror: the original name and the link, "alice [jcc:l1]".
QString display(const QString& original, const QString& linkId);
/// The link named in a mirror's display, if it carries our marker.
std::optional<QString> linkOfDisplay(const QString& display);

} // namespace cascade::marker
