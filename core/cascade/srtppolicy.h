#pragma once

#include "janus/connection.h"
#include "profile/profile.h"

#include <QString>

namespace cascade {

/// Janus's remote publishers take SRTP from 1.3.0 (PR-3449); 1.1.x accepts srtp_suite and
/// srtp_crypto and ignores them, so a leg between a 1.1 and a 1.4 node would be plain on one
/// side and encrypted on the other. The number is info's "version" (1.3.0 = 1300).
constexpr int kSrtpMinVersion = 1300;

/// A node as the SRTP rule sees it: its id and the Janus version its info reported.
struct NodeVersion {
    QString node;
    int version = 0; ///< 0 = not known yet
    QString text;    ///< "1.1.2"
};

/// What a node's connection knows of its version (0 while its info has not come).
NodeVersion nodeVersionOf(const QString& node, const janus::Connection* connection);

/// Whether a leg from source to target is encrypted, and why not.
struct SrtpDecision {
    bool encrypt = false;
    bool refused = false; ///< srtp: required, and a node cannot: the link creates nothing
    QString reason;       ///< why the leg is plain or refused; empty when encrypted or off
    /// One line for people: "SRTP (AES_CM_128_HMAC_SHA1_80)", "plain RTP: b runs Janus 1.1.2:
    /// SRTP needs 1.3.0", "plain RTP (srtp: off)".
    QString text(int suite) const;
    friend bool operator==(const SrtpDecision&, const SrtpDecision&) = default;
};

/// The rule: preferred encrypts where both nodes run Janus 1.3.0 or newer, required refuses
/// the leg otherwise, off never encrypts.
SrtpDecision decideSrtp(profile::Srtp mode, const NodeVersion& source, const NodeVersion& target);

} // namespace cascade
