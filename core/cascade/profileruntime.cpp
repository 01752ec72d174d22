#include "profileruntime.h"

namespace cascade {

using profile::SecretKind;

NodeSpec nodeSpecFor(const profile::Node& node, const profile::SecretStore& secrets) {
    NodeSpec spec;
    spec.id = node.id;
    spec.name = node.name;
    spec.options.url = node.apiUrl;
    spec.options.pinnedSha256 = janus::parseFingerprint(node.tlsPinSha256);
    spec.options.apiSecret = secrets.secret(node.id, SecretKind::ApiSecret).value_or(QString());
    spec.options.token = secrets.secret(node.id, SecretKind::Token).value_or(QString());
    spec.options.adminSecret = secrets.secret(node.id, SecretKind::AdminSecret).value_or(QString());
    if (!node.adminUrl.isEmpty()) {
        spec.admin.url = node.adminUrl;
        spec.admin.pinnedSha256 = spec.options.pinnedSha256;
        spec.admin.adminSecret = spec.options.adminSecret;
    }
    spec.adminKey = secrets.secret(node.id, SecretKind::AdminKey).value_or(QString());
    spec.bindAddress = node.bindAddress;
    spec.publicAddress = node.publicAddress;
    if (node.forwardedPorts) {
        spec.firstPort = node.forwardedPorts->first;
        spec.lastPort = node.forwardedPorts->last;
    }
    return spec;
}

LinkPlan linkPlanFor(const profile::Profile& profile, const profile::Link& link,
                     const profile::SecretStore& secrets) {
    const profile::Node* target = profile.node(link.targetNode);
    LinkPlan plan;
    plan.id = link.id;
    plan.sourceNode = link.sourceNode;
    plan.targetNode = link.targetNode;
    plan.sourceRoom = link.sourceRoom;
    plan.targetRoom = link.targetRoom;
    plan.publisher = link.publisher;
    plan.createTargetRoom = link.createTargetRoom;
    plan.bindAddress = target ? target->bindAddress : QString();
    plan.host = !link.hostOverride.isEmpty() ? link.hostOverride
                : target                     ? target->publicAddress
                                             : QString();
    plan.sourceRoomSecret =
        secrets.secret(link.sourceNode, SecretKind::RoomSecret).value_or(QString());
    plan.targetRoomSecret =
        secrets.secret(link.targetNode, SecretKind::RoomSecret).value_or(QString());
    plan.stringIds = link.targetRoom.isString();
    plan.srtp = link.srtp;
    plan.srtpSuite = link.srtpSuite;
    return plan;
}

QList<LinkPlan> linkPlansFor(const profile::Profile& profile, const profile::SecretStore& secrets) {
    QList<LinkPlan> plans;
    for (const profile::Link& link : profile.links)
        plans << linkPlanFor(profile, link, secrets);
    return plans;
}

void applyProfile(Fleet& fleet, const profile::Profile& profile,
                  const profile::SecretStore& secrets) {
    for (const QString& id : fleet.nodeIds())
        if (!profile.node(id))
            fleet.removeNode(id);
    MediaWatch::Settings media = fleet.mediaSettings();
    media.returnHost = profile.probe.returnAddress; // the taps return where the probes do
    fleet.setMediaSettings(media);
    for (const profile::Node& node : profile.nodes)
        fleet.addNode(nodeSpecFor(node, secrets));
    for (const profile::Link& link : profile.links)
        fleet.addLink(linkPlanFor(profile, link, secrets));
}

} // namespace cascade
