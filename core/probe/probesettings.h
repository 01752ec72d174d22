#pragma once

#include "probe/proberunner.h"
#include "profile/profile.h"

namespace probe {

/// The one mapping from a profile's probe settings to a run's settings, shared by the GUI's
/// probe panel and the CLI so that return address, port and packet size reach both.
ProbeRunner::Settings settingsFromProfile(const profile::ProbeSettings& p);

} // namespace probe
