#pragma once

#include "linkcontroller.h"
#include "probe/proberesult.h"
#include "profile/profile.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

namespace cascade {

/// One alert: what crossed its threshold, where, since when. `target` is "node ID" or "link ID".
struct Alert {
    enum class Kind { Loss, Rtt, Jitter, NoMedia, NodeDown };
    Kind kind = Kind::Loss;
    QString target;
    QString text;    ///< human, translated: what crossed and the threshold
    QDateTime since; ///< when the condition began
    bool active = true;
    double value = 0; ///< the last value (%, ms or s)
    double threshold = 0;

    static QString kindName(Kind kind); ///< "loss", "rtt", "jitter", "no_media", "node_down"
    QString kindName() const { return kindName(kind); }
    QJsonObject toJson() const; ///< {kind, target, text, since, active}
};

/// Threshold alerts with hysteresis, fed with observations; knows no network and no clock of its
/// own (every observation carries its time), so tests drive it with made-up times.
/// Probe alerts (loss, RTT p95, jitter) fire after raiseAfter consecutive probes over the
/// threshold and clear after clearAfter consecutive probes under threshold × clearRatio; state
/// alerts (no media, node down) fire once the state has held for its seconds and clear after
/// clearAfter observations of the good state.
class AlertEngine : public QObject {
    Q_OBJECT
public:
    explicit AlertEngine(QObject* parent = nullptr);

    /// The thresholds: the profile's defaults and its links' overrides. Keeps what is active.
    void setProfile(const profile::Profile& profile);

    /// A probe of a node ("node ID") or along a link ("link ID"): the link's thresholds apply.
    void observeProbe(const QString& target, const probe::ProbeResult& result,
                      const QDateTime& now);
    void observeLinkState(const QString& linkId, LinkController::State state, const QDateTime& now);
    void observeNode(const QString& nodeId, bool up, const QDateTime& now);

    /// The alerts raised and not cleared, oldest first.
    QList<Alert> active() const;

    static QString nodeTarget(const QString& id) { return QStringLiteral("node ") + id; }
    static QString linkTarget(const QString& id) { return QStringLiteral("link ") + id; }

Q_SIGNALS:
    void raised(const cascade::Alert& alert);
    void cleared(const cascade::Alert& alert);

private:
    struct Track {
        int bad = 0;  ///< consecutive bad observations
        int good = 0; ///< consecutive good observations
        QDateTime badSince;
        bool raised = false;
        Alert alert;
    };
    enum class Reading { Bad, Between, Good };
    profile::AlertSettings settingsFor(const QString& target) const;
    void observeValue(Alert::Kind kind, const QString& target, double value, double threshold,
                      const QDateTime& now);
    void observeCondition(Alert::Kind kind, const QString& target, bool bad, double seconds,
                          const QDateTime& now);
    void step(Track& t, Reading reading, bool fire, const QDateTime& now);
    static QString describe(const Alert& alert);

    profile::Profile m_profile;
    QHash<QString, Track> m_tracks; ///< key: kind name + '\n' + target
    QList<QString> m_order;         ///< keys in the order they were raised
};

} // namespace cascade
Q_DECLARE_METATYPE(cascade::Alert)
