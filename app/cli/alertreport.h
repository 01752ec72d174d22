#pragma once

#include "cascade/alerts.h"
#include "commands.h"

#include <QJsonObject>
#include <QSet>

namespace probe {
class PrometheusWriter;
}

namespace cli {

class ProfileSession;

/// The monitor's alerts: feeds each round's probes, link states and node states into a
/// cascade::AlertEngine, prints ALERT / RECOVERED lines, and puts the round's alerts into its
/// JSON (`alerts`) and its metrics (jcc_alert_active).
class AlertReport {
public:
    AlertReport(Context& c, const profile::Profile& profile);

    /// One check's result; target is AlertEngine::nodeTarget() or linkTarget().
    void probe(const QString& target, const probe::ProbeResult& result);
    /// After the round's checks: the nodes and links as they are now, then the round's alerts.
    void finishRound(ProfileSession& session, probe::PrometheusWriter& metrics, QJsonObject& round);

private:
    Context& m_c;
    cascade::AlertEngine m_engine;
    QList<cascade::Alert> m_cleared;            ///< cleared in this round
    QSet<QPair<QString, QString>> m_everRaised; ///< (kind, target): exported 0 once cleared
};

} // namespace cli
