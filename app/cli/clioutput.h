#pragma once

#include <QJsonObject>
#include <QTextStream>

namespace cli {

/// Exit codes of janus-cascade, for scripts.
enum ExitCode {
    Ok = 0,
    Failed = 1, ///< the command ran and the answer is "no" (link down, probe failed)
    Usage = 2,  ///< wrong command line
    InvalidProfile = 3,
    Unreachable = 4, ///< a node needed for the command could not be reached
};

/// Human text by default, one JSON document (or JSON lines for streams) with --json.
class Output {
public:
    explicit Output(bool json);

    bool json() const { return m_json; }
    /// A line for humans (suppressed with --json).
    void line(const QString& text);
    /// A JSON value for scripts (suppressed without --json).
    void object(const QJsonObject& object);
    /// The one-line reason on stderr and the exit code to return; in JSON mode also
    /// {"ok":false,"error":…} on stdout.
    int fail(int code, const QString& reason);

private:
    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace cli
