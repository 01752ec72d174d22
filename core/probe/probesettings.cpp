#include "probesettings.h"

namespace probe {

ProbeRunner::Settings settingsFromProfile(const profile::ProbeSettings& p) {
    ProbeRunner::Settings s;
    s.rate = p.rate;
    s.count = p.count;
    s.packetSize = p.packetSize;
    s.returnAddress = p.returnAddress;
    s.returnPort = p.returnPort;
    return s;
}

} // namespace probe
