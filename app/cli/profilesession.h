#pragma once

#include "cascade/fleet.h"
#include "clioutput.h"
#include "profile/profile.h"
#include "profile/secretstore.h"

#include <memory>

namespace cli {

/// A profile loaded for a CLI command, with a fleet over its nodes and secrets from the
/// environment (JCC_<NODE>_…).
class ProfileSession {
public:
    explicit ProfileSession(Output& out);
    /// Stops the links' media taps and waits (at most 3 s) until their forwarders are removed.
    ~ProfileSession();

    /// Loads and validates; on failure prints every problem and returns false.
    bool load(const QString& path);
    /// Why load() failed: every problem with its JSON path, as the "invalid_profile" failure.
    Failure loadFailure() const;
    /// Why the first of these nodes is not ready: "unreachable", "auth_refused" or
    /// "tls_refused", with the node's state and the advice that goes with its last error.
    Failure unreachable(const QStringList& nodeIds, const QString& context) const;
    /// Connects to the given nodes (all when empty) and waits until each is ready or timeoutMs
    /// passes; returns the ids that did not get ready.
    QStringList connect(const QStringList& nodeIds = {}, int timeoutMs = 10000);
    /// Settles the crash journal's leftovers on the connected nodes (see cascade::settleJournal)
    /// and waits for it, at most timeoutMs; says what it did in the human output.
    void settleJournal(int timeoutMs);
    /// The profile's crash journal (opened by load()).
    cascade::Journal& journal() { return *m_journal; }
    QList<cascade::NodeClient*> readyNodes() const;

    const profile::Profile& profile() const { return m_profile; }
    /// False until connect() has made the fleet.
    bool hasFleet() const { return m_fleet != nullptr; }
    cascade::Fleet& fleet() { return *m_fleet; }
    cascade::EventLog& log() { return m_log; }
    const profile::SecretStore& secrets() const { return m_secrets; }

private:
    Output& m_out;
    QString m_path;
    QStringList m_loadErrors;
    profile::Profile m_profile;
    profile::EnvSecretStore m_secrets;
    cascade::EventLog m_log;
    std::unique_ptr<cascade::Journal> m_journal; ///< outlives the fleet that records into it
    std::unique_ptr<cascade::Fleet> m_fleet;
};

} // namespace cli
