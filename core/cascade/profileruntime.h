#pragma once

#include "fleet.h"
#include "profile/profile.h"
#include "profile/secretstore.h"

namespace cascade {

/// A profile's node with its secrets, ready for Fleet::addNode().
NodeSpec nodeSpecFor(const profile::Node& node, const profile::SecretStore& secrets);
/// A profile's link resolved against its nodes: host = override or the target's public address.
LinkPlan linkPlanFor(const profile::Profile& profile, const profile::Link& link,
                     const profile::SecretStore& secrets);
/// Every link of the profile, resolved.
QList<LinkPlan> linkPlansFor(const profile::Profile& profile, const profile::SecretStore& secrets);
/// Replaces the fleet's nodes and links with the profile's (links stay idle until brought up).
void applyProfile(Fleet& fleet, const profile::Profile& profile,
                  const profile::SecretStore& secrets);

} // namespace cascade
