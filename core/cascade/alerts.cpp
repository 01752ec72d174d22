#include "alerts.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cascade {

QString Alert::kindName(Kind kind) {
    switch (kind) {
    case Kind::Loss:
        return QStringLiteral("loss");
    case Kind::Rtt:
        return QStringLiteral("rtt");
    case Kind::Jitter:
        return QStringLiteral("jitter");
    case Kind::NoMedia:
        return QStringLiteral("no_media");
    case Kind::NodeDown:
        return QStringLiteral("node_down");
    }
    return {};
}

QJsonObject Alert::toJson() const {
    return {{QStringLiteral("kind"), kindName()},
            {QStringLiteral("target"), target},
            {QStringLiteral("text"), text},
            {QStringLiteral("since"), since.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("active"), active}};
}

AlertEngine::AlertEngine(QObject* parent)
    : QObject(parent) {
    qRegisterMetaType<cascade::Alert>();
}

void AlertEngine::setProfile(const profile::Profile& profile) {
    m_profile = profile;
}

profile::AlertSettings AlertEngine::settingsFor(const QString& target) const {
    const QString prefix = linkTarget(QString());
    return m_profile.alertSettings(target.startsWith(prefix) ? target.mid(prefix.size())
                                                             : QString());
}

void AlertEngine::observeProbe(const QString& target, const probe::ProbeResult& result,
                               const QDateTime& now) {
    const profile::AlertSettings s = settingsFor(target);
    // A probe that sent nothing (it could not start) lost everything it should have sent.
    const double loss = result.sent > 0 ? result.lossPercent() : 100.0;
    observeValue(Alert::Kind::Loss, target, loss, s.lossPercent, now);
    if (result.received == 0)
        return; // no RTT or jitter to judge: neither good nor bad
    observeValue(Alert::Kind::Rtt, target, result.rttP95Ms, s.rttP95Ms, now);
    observeValue(Alert::Kind::Jitter, target, result.jitterMs, s.jitterMs, now);
}

void AlertEngine::observeLinkState(const QString& linkId, LinkController::State state,
                                   const QDateTime& now) {
    using S = LinkController::State;
    const QString target = linkTarget(linkId);
    const profile::AlertSettings s = settingsFor(target);
    if (state == S::NoMedia)
        observeCondition(Alert::Kind::NoMedia, target, true, s.noMediaSeconds, now);
    else if (state == S::Up)
        observeCondition(Alert::Kind::NoMedia, target, false, s.noMediaSeconds, now);
    // Pending, degraded, down, stopped: media is not what is wrong, and not proven either.
}

void AlertEngine::observeNode(const QString& nodeId, bool up, const QDateTime& now) {
    observeCondition(Alert::Kind::NodeDown, nodeTarget(nodeId), !up,
                     m_profile.alertSettings().nodeDownSeconds, now);
}

void AlertEngine::observeValue(Alert::Kind kind, const QString& target, double value,
                               double threshold, const QDateTime& now) {
    if (threshold <= 0)
        return; // this alert is off
    const profile::AlertSettings s = settingsFor(target);
    Track& t = m_tracks[Alert::kindName(kind) + QLatin1Char('\n') + target];
    t.alert.kind = kind;
    t.alert.target = target;
    t.alert.value = value;
    t.alert.threshold = threshold;
    const Reading r = value > threshold                  ? Reading::Bad
                      : value < threshold * s.clearRatio ? Reading::Good
                                                         : Reading::Between;
    step(t, r, r == Reading::Bad && t.bad + 1 >= s.raiseAfter, now);
}

void AlertEngine::observeCondition(Alert::Kind kind, const QString& target, bool bad,
                                   double seconds, const QDateTime& now) {
    if (seconds <= 0)
        return;
    Track& t = m_tracks[Alert::kindName(kind) + QLatin1Char('\n') + target];
    t.alert.kind = kind;
    t.alert.target = target;
    t.alert.threshold = seconds;
    const QDateTime since = bad && t.bad > 0 ? t.badSince : now;
    t.alert.value = bad ? double(since.secsTo(now)) : 0;
    step(t, bad ? Reading::Bad : Reading::Good, bad && since.secsTo(now) >= seconds, now);
}

void AlertEngine::step(Track& t, Reading reading, bool fire, const QDateTime& now) {
    const QString key = t.alert.kindName() + QLatin1Char('\n') + t.alert.target;
    if (reading == Reading::Bad) {
        if (t.bad++ == 0)
            t.badSince = now;
        t.good = 0;
    } else {
        t.bad = 0;
        t.good = reading == Reading::Good ? t.good + 1 : 0;
    }
    if (!t.raised && fire) {
        t.raised = true;
        t.good = 0;
        t.alert.active = true;
        t.alert.since = t.badSince;
        t.alert.text = describe(t.alert);
        m_order << key;
        Q_EMIT raised(t.alert);
        return;
    }
    if (t.raised && t.good >= settingsFor(t.alert.target).clearAfter) {
        t.raised = false;
        t.alert.active = false;
        t.alert.text = describe(t.alert);
        m_order.removeAll(key);
        Q_EMIT cleared(t.alert);
    }
}

QList<Alert> AlertEngine::active() const {
    QList<Alert> list;
    for (const QString& key : m_order)
        list << m_tracks.value(key).alert;
    return list;
}

QString AlertEngine::describe(const Alert& a) {
    const QString v = QString::number(a.value, 'f', 1);
    const QString th = QString::number(a.threshold, 'g', 6);
    if (!a.active)
        return QCoreApplication::translate("alerts", "%1: %2 back to normal")
            .arg(a.target, a.kindName());
    switch (a.kind) {
    case Alert::Kind::Loss:
        return QCoreApplication::translate("alerts", "%1: probe loss %2 % over %3 %")
            .arg(a.target, v, th);
    case Alert::Kind::Rtt:
        return QCoreApplication::translate("alerts", "%1: RTT p95 %2 ms over %3 ms")
            .arg(a.target, v, th);
    case Alert::Kind::Jitter:
        return QCoreApplication::translate("alerts", "%1: jitter %2 ms over %3 ms")
            .arg(a.target, v, th);
    case Alert::Kind::NoMedia:
        return QCoreApplication::translate("alerts", "%1: no media for %2 s (threshold %3 s)")
            .arg(a.target, v, th);
    case Alert::Kind::NodeDown:
        return QCoreApplication::translate("alerts", "%1: unreachable for %2 s (threshold %3 s)")
            .arg(a.target, v, th);
    }
    return {};
}

} // namespace cascade
