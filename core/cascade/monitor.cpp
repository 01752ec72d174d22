#include "monitor.h"

#include "fleet.h"
#include "probe/probesettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>

namespace cascade {

Monitor::Monitor(Fleet* fleet, QObject* parent)
    : QObject(parent)
    , m_fleet(fleet) {
    m_next.setSingleShot(true);
    m_next.setTimerType(Qt::PreciseTimer); // the status counts down to it
    m_watchdog.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &Monitor::startRound);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (m_runner)
            m_runner->cancel();
    });
}

Monitor::~Monitor() {
    if (m_runner) { // ~ProbeRunner still sends the destroy requests of what it created
        m_runner->disconnect(this);
        m_runner->cancel();
        delete m_runner;
    }
}

QList<QStringList> Monitor::targetsOf(const profile::Profile& profile) {
    QList<QStringList> targets;
    for (const profile::Node& n : profile.nodes)
        targets << QStringList{n.id};
    for (const profile::Link& l : profile.links)
        if (l.enabled)
            targets << QStringList{l.sourceNode, l.targetNode};
    return targets;
}

probe::ProbeRunner::Settings Monitor::settingsFor(const profile::ProbeSettings& probe) {
    probe::ProbeRunner::Settings settings = probe::settingsFromProfile(probe);
    // Leave time to rest, and two thirds of a busy monitor's CPU (docs/performance.md).
    settings.count =
        std::min(settings.count, settings.rate * std::max(1, probe.intervalSeconds / 4));
    settings.spinPacing = false;
    return settings;
}

QString Monitor::seriesKey(const QStringList& target) {
    return target.size() == 1 ? history::key::node(target[0])
                              : history::key::path(target.value(0), target.value(1));
}

history::Sample Monitor::sampleOf(const probe::ProbeResult& r, qint64 timeMs) {
    history::Sample s;
    s.timeMs = timeMs;
    s.packetsSent = r.sent;
    s.packetsReceived = r.received;
    s.lossRatio = r.sent > 0 ? std::clamp(double(r.lost) / double(r.sent), 0.0, 1.0) : 1.0;
    if (r.received > 0) {
        s.rttMinMs = r.rttMinMs;
        s.rttMedianMs = r.rttMedianMs;
        s.rttP95Ms = r.rttP95Ms;
        s.rttMaxMs = r.rttMaxMs;
        s.jitterMs = r.jitterMs;
    }
    return s;
}

qint64 Monitor::msToNextRound() const {
    return m_running && m_next.isActive() ? m_next.remainingTime() : -1;
}

void Monitor::start() {
    if (m_running)
        return;
    m_running = true;
    m_round = 0;
    Q_EMIT runningChanged(true);
    if (!m_runner) // else the check still stopping finishes first, then the round starts
        startRound();
}

void Monitor::stop() {
    if (!m_running)
        return;
    m_running = false;
    m_next.stop();
    Q_EMIT runningChanged(false);
    if (m_runner) {
        m_cancelling = true;
        m_runner->cancel(); // stopped() follows its finished()
    } else
        Q_EMIT stopped();
}

void Monitor::startRound() {
    ++m_round;
    m_index = 0;
    m_results.clear();
    m_samples.clear();
    Q_EMIT roundStarted(m_round);
    nextCheck();
}

probe::ProbeRunner* Monitor::createRunner(const QStringList& target, QString* error) {
    for (const QString& n : target)
        if (!m_fleet->node(n) || !m_fleet->node(n)->isReady()) {
            *error =
                QCoreApplication::translate("cascade::Monitor", "node %1 is not connected").arg(n);
            return nullptr;
        }
    return m_fleet->createProbe(target, m_settings, error);
}

void Monitor::nextCheck() {
    if (!m_running || m_runner)
        return;
    if (m_index >= m_targets.size()) {
        endRound();
        return;
    }
    m_current = m_targets[m_index++];
    QString error;
    m_runner = createRunner(m_current, &error);
    if (!m_runner) {
        probe::ProbeResult result;
        result.target = m_current.size() == 1
                            ? QStringLiteral("node %1").arg(m_current[0])
                            : QStringLiteral("path %1").arg(m_current.join(QStringLiteral(" → ")));
        result.verdict =
            QCoreApplication::translate("cascade::Monitor", "not probed: %1").arg(error);
        checkDone(result);
        return;
    }
    m_runner->setParent(this);
    connect(m_runner, &probe::ProbeRunner::finished, this, [this](const probe::ProbeResult& r) {
        m_watchdog.stop();
        m_runner->disconnect(this);
        m_runner->deleteLater();
        m_runner = nullptr;
        if (m_cancelling) { // stopped mid-round: the round is not recorded
            m_cancelling = false;
            Q_EMIT stopped();
            if (m_running) // started again meanwhile
                startRound();
            return;
        }
        checkDone(r);
    });
    m_watchdog.start(m_settings.count * 1000 / std::max(1, m_settings.rate) + 30000);
    m_runner->start();
}

void Monitor::checkDone(const probe::ProbeResult& result) {
    m_results << result;
    m_samples << history::SeriesSample{seriesKey(m_current), {}};
    m_samples.last().sample = sampleOf(result, 0);
    Q_EMIT checkFinished(result);
    // Not from inside the runner's signal, and without recursion for checks that cannot start.
    QMetaObject::invokeMethod(this, &Monitor::nextCheck, Qt::QueuedConnection);
}

void Monitor::endRound() {
    const qint64 now = m_store ? m_store->now() : QDateTime::currentMSecsSinceEpoch();
    for (history::SeriesSample& s : m_samples)
        s.sample.timeMs = now;
    if (m_store && m_store->isOpen())
        m_store->recordRound(m_samples);
    m_next.start(m_intervalMs);
    Q_EMIT roundFinished(m_results);
}

} // namespace cascade
