#include "mediawatch.h"

#include <QHostInfo>
#include <QUdpSocket>

namespace cascade {

using State = LinkController::State;

MediaWatch::MediaWatch(LinkController* link, janus::VideoRoom* target, QString targetHost,
                       Settings settings, QObject* parent)
    : QObject(parent)
    , m_link(link)
    , m_target(target)
    , m_targetHost(std::move(targetHost))
    , m_settings(std::move(settings)) {
    m_clock.start();
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &MediaWatch::round);
    connect(link, &LinkController::stateChanged, this, &MediaWatch::linkChanged);
    connect(link, &LinkController::mirrorsChanged, this, &MediaWatch::linkChanged);
}

MediaWatch::~MediaWatch() {
    qDeleteAll(m_taps); // each fires its stop_rtp_forward on the way out
}

void MediaWatch::setSettings(const Settings& settings) {
    m_settings = settings;
    linkChanged();
}

std::optional<MirrorMedia> MediaWatch::media(const janus::Id& publisher) const {
    const auto it = m_media.constFind(publisher);
    return it == m_media.constEnd() ? std::nullopt : std::optional<MirrorMedia>(*it);
}

int MediaWatch::tapsInFlight() const {
    return int(findChildren<MediaTap*>(QString(), Qt::FindDirectChildrenOnly).size());
}

void MediaWatch::stopTaps() {
    m_queue.clear();
    for (MediaTap* tap : std::as_const(m_taps)) {
        disconnect(tap, &MediaTap::finished, this, nullptr);
        connect(tap, &MediaTap::finished, tap, &QObject::deleteLater);
        tap->cancel();
    }
    m_taps.clear();
}

void MediaWatch::linkChanged() {
    const bool up = m_link && (m_link->state() == State::Up || m_link->state() == State::NoMedia);
    if (!m_settings.enabled || !m_link || !m_link->isRunning() || !up) {
        m_next.stop();
        stopTaps();
        const bool hadMedia = !m_media.isEmpty();
        m_media.clear();
        if (!m_problem.isEmpty() && m_link) {
            m_problem.clear();
            m_link->setMediaProblem({});
        }
        if (hadMedia)
            Q_EMIT mediaChanged();
        return;
    }
    const qint64 now = m_clock.elapsed();
    bool newcomer = false;
    QSet<janus::Id> upNow;
    for (const Mirror& m : m_link->mirrors()) {
        if (m.state != Mirror::State::Up || !m.remotePublisher.isValid())
            continue;
        upNow.insert(m.publisher);
        auto it = m_media.find(m.publisher);
        if (it != m_media.end() && it->copy == m.remotePublisher && it->port == m.port)
            continue;
        m_media.insert(m.publisher,
                       MirrorMedia{m.publisher, m.remotePublisher, m.port, {}, -1, -1, now, false});
        newcomer = true;
    }
    for (auto it = m_media.begin(); it != m_media.end();)
        it = upNow.contains(it.key()) ? std::next(it) : m_media.erase(it);
    if (newcomer)
        scheduleRound(m_settings.settleMs);
    else if (!m_next.isActive() && m_taps.isEmpty() && m_queue.isEmpty())
        scheduleRound(m_settings.intervalMs);
    judge();
}

void MediaWatch::scheduleRound(int delayMs) {
    if (m_next.isActive() && m_next.remainingTime() <= delayMs)
        return;
    m_next.start(delayMs);
}

void MediaWatch::round() {
    if (!m_taps.isEmpty() || !m_queue.isEmpty() || m_media.isEmpty() || !m_link)
        return; // a round is running (its end schedules the next) or nothing to tap
    m_queue = m_media.keys();
    m_returnHost = m_settings.returnHost;
    if (!m_returnHost.isEmpty())
        return startTaps();
    // Automatic: the local address the OS uses towards the target is one it can send back to.
    auto route = [this](const QHostAddress& towards) {
        QUdpSocket probe;
        probe.connectToHost(towards, 9);
        m_returnHost = probe.localAddress().toString();
        startTaps();
    };
    if (const QHostAddress literal(m_targetHost); !literal.isNull())
        return route(literal);
    QHostInfo::lookupHost(m_targetHost, this, [this, route](const QHostInfo& info) {
        if (!info.addresses().isEmpty())
            return route(info.addresses().first());
        m_queue.clear();
        Q_EMIT tapFailed(
            tr("cannot resolve %1 to find the return address of the media tap").arg(m_targetHost));
        scheduleRound(m_settings.intervalMs);
    });
}

void MediaWatch::startTaps() {
    // A fixed return port takes one tap at a time; any free port lets them run side by side.
    while (!m_queue.isEmpty() && (m_settings.returnPort == 0 || m_taps.isEmpty())) {
        const janus::Id publisher = m_queue.takeFirst();
        const MirrorMedia& media = m_media.value(publisher);
        Mirror mirror;
        for (const Mirror& m : m_link->mirrors())
            if (m.publisher == publisher)
                mirror = m;
        if (!mirror.remotePublisher.isValid() || mirror.remotePublisher != media.copy)
            continue;
        const LinkPlan& plan = m_link->plan();
        auto* tap = new MediaTap({m_target, plan.targetNode, plan.targetRoom, plan.targetRoomSecret,
                                  media.copy, mirror.streams},
                                 {m_returnHost, m_settings.returnPort, m_settings.tapMs}, this);
        m_taps.insert(publisher, tap);
        connect(tap, &QObject::destroyed, this, &MediaWatch::tapEnded, Qt::QueuedConnection);
        connect(tap, &MediaTap::forwarderCreating, this, &MediaWatch::forwarderCreating);
        connect(tap, &MediaTap::forwarderGone, this, &MediaWatch::forwarderGone);
        connect(tap, &MediaTap::finished, this,
                [this, publisher](const TapResult& result) { tapped(publisher, result); });
        tap->start();
    }
    if (m_taps.isEmpty() && m_queue.isEmpty())
        roundEnded();
}

void MediaWatch::tapped(const janus::Id& publisher, const TapResult& result) {
    if (MediaTap* tap = m_taps.take(publisher))
        tap->deleteLater();
    auto it = m_media.find(publisher);
    if (it != m_media.end() && it->copy == result.copy) {
        if (result.ran()) {
            const qint64 now = m_clock.elapsed();
            it->last = result;
            it->lastTapMs = now;
            if (result.packets() > 0)
                it->lastMediaMs = now;
        } else if (result.error.kind != janus::Error::Kind::Cancelled) {
            Q_EMIT tapFailed(tr("media tap of %1's copy of publisher %2 failed: %3")
                                 .arg(m_link ? m_link->plan().targetNode : QString(),
                                      publisher.toString(), result.error.message()));
        }
    }
    startTaps();
}

void MediaWatch::roundEnded() {
    judge();
    Q_EMIT mediaChanged();
    // A copy whose tap saw nothing (and is not judged silent yet) is tapped again so that the
    // tap ends as its threshold runs out: a dead leg is reported a threshold after its last
    // packet, not an interval later. A silent copy is looked at every half threshold.
    const qint64 now = m_clock.elapsed();
    qint64 next = m_settings.intervalMs;
    for (const MirrorMedia& m : std::as_const(m_media)) {
        if (m.lastTapMs < 0 || m.last.packets() > 0)
            continue;
        const qint64 due = m.silent ? m_settings.thresholdMs / 2
                                    : std::max(m.lastMediaMs, m.upSinceMs) +
                                          m_settings.thresholdMs - now - m_settings.tapMs;
        next = std::min(next, std::max<qint64>(500, due));
    }
    scheduleRound(int(next));
}

void MediaWatch::judge() {
    if (!m_link)
        return;
    const qint64 now = m_clock.elapsed();
    QStringList silent;
    for (MirrorMedia& m : m_media) {
        const qint64 since = std::max(m.lastMediaMs, m.upSinceMs);
        m.silent =
            m.lastTapMs >= 0 && m.last.packets() == 0 && now - since >= m_settings.thresholdMs;
        if (m.silent)
            silent << reasonFor(m_link->plan().targetNode, m, m_link->plan().host, m_returnHost);
    }
    const QString problem =
        silent.isEmpty()     ? QString()
        : silent.size() == 1 ? silent.first()
                             : tr("%1 (and %n more silent copies)", nullptr, int(silent.size() - 1))
                                   .arg(silent.first());
    if (problem == m_problem)
        return;
    const bool lost = m_problem.isEmpty();
    m_problem = problem;
    if (lost)
        Q_EMIT mediaLost(problem);
    else if (problem.isEmpty())
        Q_EMIT mediaBack(tr("media reaches %1 again").arg(m_link->plan().targetNode));
    m_link->setMediaProblem(problem);
}

QString MediaWatch::reasonFor(const QString& node, const MirrorMedia& media, const QString& host,
                              const QString& returnTo) {
    return tr("no RTP reached %1's copy of publisher %2 on port %3 in %4 s: check the NAT's UDP "
              "forward of %5:%3 and the source's publish_remotely host (and that %1 can send "
              "UDP to the console at %6)")
        .arg(node, media.publisher.toString())
        .arg(media.port)
        .arg(double(media.last.durationMs) / 1000.0, 0, 'f', 1)
        .arg(host, returnTo);
}

} // namespace cascade
