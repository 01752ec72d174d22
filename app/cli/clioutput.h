#pragma once

#include <QJsonObject>
#include <QTextStream>

namespace janus {
struct Error;
}

namespace cli {

/// Exit codes of janus-cascade, for scripts.
enum ExitCode {
    Ok = 0,
    Failed = 1, ///< the command ran and the answer is "no" (link down, probe failed)
    Usage = 2,  ///< wrong command line
    InvalidProfile = 3,
    Unreachable = 4, ///< a node needed for the command could not be reached
};

/// What failed, for scripts: the stable "code" of a JSON error object (docs/cli.md lists them),
/// the one-line message and what to do about it.
struct Failure {
    QString code;
    QString message;
    QString explanation;

    /// A Janus error as a failure: its kind or Janus code picks the machine code ("janus_499",
    /// "unreachable", "auth_refused", …); context goes in front of the request's own words.
    static Failure from(const janus::Error& error, const QString& context = {});
};

/// Human text by default, one JSON document (or JSON lines for streams) with --json.
class Output {
public:
    explicit Output(bool json);

    bool json() const { return m_json; }
    /// A line for humans (suppressed with --json).
    void line(const QString& text);
    /// A successful JSON document for scripts, "ok":true added (suppressed without --json).
    void object(QJsonObject object);
    /// The one-line reason on stderr and the exit code to return; in JSON mode also exactly
    /// {"ok":false,"error":{"code","message","explanation"}} on stdout.
    int fail(int exitCode, const Failure& failure);
    /// Shorthand for fail(exitCode, {code, message, explanation}).
    int fail(int exitCode, const QString& code, const QString& message,
             const QString& explanation = {});

private:
    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace cli
