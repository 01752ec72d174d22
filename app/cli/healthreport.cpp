// Node health (Admin API) and source-side media per mirror, for status and monitor.
#include "healthreport.h"

#include "probe/prometheus.h"
#include "wait.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace cli {

using cascade::NodeHealth;

namespace {

/// Read, failed, or not even connected once (an unreachable Admin API is not waited for).
bool settled(const NodeHealth& h) {
    return h.state != NodeHealth::State::Waiting || h.error.isError();
}

/// The publishers a link mirrors now, or would: its mirrors, else its source room's WebRTC
/// publishers (listparticipants), else none.
QList<janus::Id> mirroredPublishers(ProfileSession& session, const profile::Link& link,
                                    int timeoutMs) {
    QList<janus::Id> out;
    if (const cascade::LinkController* controller = session.fleet().link(link.id))
        for (const cascade::Mirror& m : controller->mirrors())
            out << m.publisher;
    cascade::NodeClient* source = session.fleet().node(link.sourceNode);
    if (!out.isEmpty() || !source || !source->isReady())
        return out;
    std::optional<janus::Result<QList<janus::videoroom::Participant>>> listed;
    Wait wait([&] { return listed.has_value(); });
    source->videoroom()->listParticipants(link.sourceRoom).then(source, [&](const auto& r) {
        listed = r;
        wait.check();
    });
    if (!wait.run(timeoutMs) || !*listed)
        return out;
    for (const janus::videoroom::Participant& p : **listed)
        if (p.publisher && !p.remote && (!link.publisher.isValid() || p.id == link.publisher))
            out << p.id;
    return out;
}

} // namespace

namespace {

void waitSettled(ProfileSession& session, int timeoutMs) {
    Wait wait([&] {
        for (const QString& id : session.fleet().nodeIds()) {
            const cascade::NodeHealthMonitor* health = session.fleet().node(id)->health();
            if (!settled(health->health()) || health->isReading())
                return false;
        }
        return true;
    });
    for (const QString& id : session.fleet().nodeIds())
        wait.on(session.fleet().node(id), &cascade::NodeClient::healthChanged);
    wait.run(timeoutMs);
}

} // namespace

void awaitHealth(ProfileSession& session, int timeoutMs) {
    QElapsedTimer elapsed;
    elapsed.start();
    waitSettled(session, timeoutMs);
    // The first round may have run before the console's own handles were attached: read again.
    for (const QString& id : session.fleet().nodeIds())
        if (session.fleet().node(id)->health()->health().state == NodeHealth::State::Ok)
            session.fleet().node(id)->health()->refresh();
    waitSettled(session, std::max(0, timeoutMs - int(elapsed.elapsed())));
}

void printHealth(Context& c, const cascade::NodeClient& node) {
    const NodeHealth& h = node.health()->health();
    if (h.state != NodeHealth::State::Ok) {
        c.out.line(QCoreApplication::translate("cli", "     health: %1").arg(h.stateText()));
        return;
    }
    c.out.line(QCoreApplication::translate("cli", "     health: Admin API ok, %1 — Janus %2, "
                                                  "%3 sessions, %4 handles, new sessions %5")
                   .arg(h.serverName, h.version)
                   .arg(h.sessions)
                   .arg(h.handlesText(), !h.acceptingNewSessions ? QStringLiteral("?")
                                         : *h.acceptingNewSessions
                                             ? QCoreApplication::translate("cli", "accepted")
                                             : QCoreApplication::translate("cli", "refused")));
    c.out.line(QCoreApplication::translate("cli", "     event loops %1; uptime not reported by "
                                                  "Janus; plugins %2")
                   .arg(h.loops ? QString::number(h.loops->size()) : QStringLiteral("?"),
                        h.plugins.join(QStringLiteral(", "))));
}

QJsonArray readSourceMedia(Context& c, ProfileSession& session, const profile::Link& link,
                           int timeoutMs) {
    QJsonArray reads;
    cascade::NodeClient* source = session.fleet().node(link.sourceNode);
    if (!source || !source->admin())
        return reads;
    for (const janus::Id& publisher : mirroredPublishers(session, link, timeoutMs)) {
        std::optional<janus::Result<cascade::SourceMediaStats>> read;
        Wait wait([&] { return read.has_value(); });
        source->sourceMedia()->read(link.sourceRoom, publisher, source, [&](const auto& r) {
            read = r;
            wait.check();
        });
        if (!wait.run(timeoutMs))
            read = janus::Error::timeout(QStringLiteral("handle_info"), timeoutMs);
        reads.append(*read ? (*read)->toJson()
                           : QJsonObject{{QStringLiteral("publisher"), publisher.toJson()},
                                         {QStringLiteral("error"), read->error().message()}});
        c.out.line(
            QCoreApplication::translate("cli", "     source media of %1: %2")
                .arg(publisher.toString(), *read ? (*read)->summary() : read->error().message()));
    }
    return reads;
}

void writeHealthMetrics(ProfileSession& session, const QJsonObject& sourceMedia,
                        probe::PrometheusWriter& metrics) {
    for (const QString& id : session.fleet().nodeIds()) {
        const cascade::NodeClient* node = session.fleet().node(id);
        if (!node->admin())
            continue; // no Admin API: no health gauges (absent, not 0)
        const NodeHealth& h = node->health()->health();
        const bool ok = h.state == NodeHealth::State::Ok;
        metrics.nodeAdminUp(id, ok);
        if (ok)
            metrics.nodeHealth(id, h.sessions, h.handles, h.handlesComplete(),
                               h.acceptingNewSessions ? int(*h.acceptingNewSessions) : -1);
    }
    for (auto it = sourceMedia.begin(); it != sourceMedia.end(); ++it)
        for (const QJsonValue& read : it.value().toArray())
            for (const QJsonValue& s : read[QLatin1String("streams")].toArray())
                metrics.mirrorSourceMedia(
                    it.key(), read[QLatin1String("publisher")].toVariant().toString(),
                    s[QLatin1String("mid")].toString(), s[QLatin1String("packets_in")].toInteger(),
                    s[QLatin1String("bytes_in")].toInteger());
}

} // namespace cli
