#pragma once

class QCoreApplication;

namespace cli {
/// Parses the command line of janus-cascade, runs the command and returns the exit code.
int run(QCoreApplication& app);
} // namespace cli
