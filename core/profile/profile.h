#pragma once

#include "alertsettings.h"
#include "janus/id.h"
#include "probe/limits.h"

#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace profile {

/// The UDP ports a NAT forwards to a node, inclusive.
struct PortRange {
    int first = 0;
    int last = 0;
    friend bool operator==(const PortRange&, const PortRange&) = default;
};

/// A Janus node. Secrets are never here: see SecretStore.
struct Node {
    QString id; ///< stable key, [a-z0-9_-]
    QString name;
    QUrl apiUrl;           ///< ws://, wss:// (janus-protocol), http:// or https:// (REST, /janus)
    QUrl adminUrl;         ///< optional; ws://, wss://, http:// or https:// (/admin)
    QString bindAddress;   ///< IP or interface name Janus binds to (iface); empty = all
    QString publicAddress; ///< IP or host name other nodes and the probe send to
    std::optional<PortRange> forwardedPorts; ///< what the NAT forwards; none = unrestricted
    QString tlsPinSha256;                    ///< optional pinned certificate fingerprint (hex)
    friend bool operator==(const Node&, const Node&) = default;
};

/// Whether a link's legs are encrypted: SRTP between the nodes, which needs Janus 1.3.0 or
/// newer on both (1.1.x accepts the fields and ignores them).
enum class Srtp {
    Preferred, ///< encrypted where both nodes can; plain otherwise, with the reason shown
    Required,  ///< encrypted or not at all: the link is refused where a node cannot
    Off,       ///< plain RTP
};
QString toString(Srtp srtp); ///< "preferred", "required", "off" (the profile's words)
std::optional<Srtp> srtpFromString(const QString& text);

/// A cascade link: publishers of sourceRoom on sourceNode mirrored into targetRoom on targetNode.
struct Link {
    QString id;
    QString sourceNode;
    janus::Id sourceRoom;
    janus::Id publisher; ///< invalid = every publisher of the room
    QString targetNode;
    janus::Id targetRoom;
    bool createTargetRoom = false;
    QString hostOverride; ///< sent to instead of the target's public address (same NAT)
    bool enabled = true;
    Srtp srtp = Srtp::Preferred;
    int srtpSuite = 80;          ///< SRTP auth tag bits: 80 or 32 (AES_CM_128_HMAC_SHA1_80 / _32)
    AlertThresholds alerts = {}; ///< overrides of the profile's alert thresholds for this link
    friend bool operator==(const Link&, const Link&) = default;
};

/// How the RTP probe runs.
struct ProbeSettings {
    QString returnAddress; ///< the console's address as nodes reach it; empty = automatic
    int returnPort = 0;    ///< 0 = any free port
    // Limits and defaults: probe::Limits.
    int rate = probe::Limits::defaultRate;                       ///< packets per second
    int count = probe::Limits::defaultCount;                     ///< packets per check
    int packetSize = probe::Limits::defaultPacketSize;           ///< bytes of RTP packet
    int intervalSeconds = probe::Limits::defaultIntervalSeconds; ///< monitor: between checks
    friend bool operator==(const ProbeSettings&, const ProbeSettings&) = default;
};

/// A cascade profile: the document the console opens, saves and shares.
struct Profile {
    static constexpr int currentVersion = 1;
    int version = currentVersion;
    QString name;
    QList<Node> nodes;
    QList<Link> links;
    ProbeSettings probe;
    AlertThresholds alerts; ///< profile-wide alert thresholds (over the built-in defaults)

    /// The alert thresholds of a link (its overrides over the profile's), or the profile's for
    /// an empty or unknown id.
    AlertSettings alertSettings(const QString& linkId = {}) const;
    const Node* node(const QString& id) const;
    const Link* link(const QString& id) const;
    friend bool operator==(const Profile&, const Profile&) = default;
};

enum class AddressKind {
    Bind,   ///< IP literal or interface name (eth0, ens3, lan0)
    Public, ///< IP literal or DNS host name
};

/// Empty when the address is acceptable for its kind, otherwise what is wrong with it.
QString validateAddress(const QString& address, AddressKind kind);
/// Empty when the URL is a usable ws://, wss://, http:// or https:// URL with a host.
QString validateServerUrl(const QUrl& url);
/// Empty when pin is empty, or a SHA-256 fingerprint for a wss:// or https:// api URL; else what
/// is wrong.
QString validateTlsPin(const QString& pin, const QUrl& apiUrl);

/// One thing wrong with a node: the profile key it is about ("bind_address") and what is wrong.
struct Problem {
    QString field;
    QString text;
};
/// Everything wrong with one node on its own (duplicates across nodes are the profile's to
/// find). The one check behind both the profile loader and the node editor.
QList<Problem> checkNode(const Node& node);

} // namespace profile
