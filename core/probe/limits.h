#pragma once

#include "probepacket.h"

namespace probe {

/// The one source of the probe's limits and defaults: the profile loader, the probe runner,
/// the CLI and the probe panel all check against these.
struct Limits {
    static constexpr int minRate = 1;
    static constexpr int maxRate = 1000; ///< packets per second
    static constexpr int defaultRate = 50;
    static constexpr int minCount = 1;
    static constexpr int maxCount = 1000000;
    static constexpr int defaultCount = 500;
    static constexpr int minPacketSize = ProbePacket::minimumSize; ///< RTP + probe headers
    static constexpr int maxPacketSize = 1400;                     ///< stays under a 1500 MTU
    static constexpr int defaultPacketSize = 172;                  ///< an Opus packet, about
    static constexpr int minIntervalSeconds = 5;                   ///< monitor rounds
    static constexpr int maxIntervalSeconds = 86400;
    static constexpr int defaultIntervalSeconds = 60;
};

} // namespace probe
