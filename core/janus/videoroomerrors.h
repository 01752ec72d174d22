#pragma once

#include "error.h"

namespace janus::videoroom {

/// The VideoRoom plugin's error table: fills in what a plugin error (421–437, 499) means and
/// what to do about it. 499 is the plugin's catch-all; only its text tells the cases apart.
void explain(Error& error);

/// 499 "Could not open UDP socket": the port asked for is taken on the server.
bool isPortBusy(const Error& error);
/// 499 "Invalid network interface configuration": the bind address (iface) is not the server's.
bool isBindAddressNotLocal(const Error& error);

/// A VideoRoom error as the plugin would have sent it, explained.
Error error(int code, const QString& text, const QString& request);

} // namespace janus::videoroom
