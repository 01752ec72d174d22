#include "alertreport.h"

#include "probe/prometheus.h"
#include "profilesession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace cli {

AlertReport::AlertReport(Context& c, const profile::Profile& profile)
    : m_c(c) {
    m_engine.setProfile(profile);
    QObject::connect(&m_engine, &cascade::AlertEngine::raised, [this](const cascade::Alert& a) {
        m_everRaised.insert({a.kindName(), a.target});
        m_c.out.line(QStringLiteral("ALERT      %1").arg(a.text));
    });
    QObject::connect(&m_engine, &cascade::AlertEngine::cleared, [this](const cascade::Alert& a) {
        m_cleared << a;
        m_c.out.line(QStringLiteral("RECOVERED  %1").arg(a.text));
    });
}

void AlertReport::probe(const QString& target, const probe::ProbeResult& result) {
    m_engine.observeProbe(target, result, QDateTime::currentDateTimeUtc());
}

void AlertReport::finishRound(ProfileSession& session, probe::PrometheusWriter& metrics,
                              QJsonObject& round) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString& id : session.fleet().nodeIds())
        m_engine.observeNode(id, session.fleet().node(id)->isReady(), now);
    for (const QString& id : session.fleet().linkIds())
        m_engine.observeLinkState(id, session.fleet().link(id)->state(), now);
    QJsonArray alerts;
    QSet<QPair<QString, QString>> active;
    for (const cascade::Alert& a : m_engine.active()) {
        alerts.append(a.toJson());
        active.insert({a.kindName(), a.target});
    }
    for (const cascade::Alert& a : std::as_const(m_cleared))
        alerts.append(a.toJson());
    m_cleared.clear();
    for (const auto& [kind, target] : std::as_const(m_everRaised))
        metrics.alertActive(kind, target, active.contains({kind, target}));
    round.insert(QStringLiteral("alerts"), alerts);
}

} // namespace cli
