#pragma once

#include "linkcontroller.h"
#include "mediatap.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>

namespace cascade {

/// What the console last saw arrive at one mirror's target copy.
struct MirrorMedia {
    janus::Id publisher;     ///< the source publisher
    janus::Id copy;          ///< its remote publisher on the target
    int port = 0;            ///< where the source sends, on the target's public side
    TapResult last;          ///< the last tap that ran (streams empty before the first)
    qint64 lastTapMs = -1;   ///< when it ended, on the watch's clock (-1: none yet)
    qint64 lastMediaMs = -1; ///< when a tap last saw packets (-1: never)
    qint64 upSinceMs = 0;    ///< when the watch first saw this copy up
    bool silent = false;     ///< nothing for the threshold: the link is "up — no media"
};

/// Checks a running link's legs end to end: while the link is up it taps each mirror's target
/// copy (MediaTap) right after it comes up and then every interval. A copy whose taps have seen
/// nothing for the threshold makes the link "up — no media" (LinkController::setMediaProblem)
/// with the reason and what to check; media arriving again lifts it. Owned by the Fleet next
/// to its LinkController.
class MediaWatch : public QObject {
    Q_OBJECT
public:
    struct Settings {
        bool enabled = true;
        QString returnHost; ///< where targets send; empty = the address towards the target
        int returnPort = 0; ///< 0 = any free port
        int tapMs = 3000;
        int intervalMs = 30000;
        int thresholdMs = 10000;
        int settleMs = 2000; ///< after a copy comes up, before its first tap
    };

    MediaWatch(LinkController* link, janus::VideoRoom* target, QString targetHost,
               Settings settings, QObject* parent = nullptr);
    ~MediaWatch() override;

    const Settings& settings() const { return m_settings; }
    void setSettings(const Settings& settings);
    /// Per mirror (by source publisher) what its copy last received.
    QList<MirrorMedia> media() const { return m_media.values(); }
    std::optional<MirrorMedia> media(const janus::Id& publisher) const;
    bool isTapping() const { return !m_taps.isEmpty(); }
    /// Taps whose forwarders may still be on the server (cancelled ones included).
    int tapsInFlight() const;
    /// Why a copy counts as silent, and what to check, in words.
    static QString reasonFor(const QString& node, const MirrorMedia& media, const QString& host,
                             const QString& returnTo);

Q_SIGNALS:
    /// A tap round ended: media() has new counters.
    void mediaChanged();
    /// The link started or stopped receiving media (for the event log); reason says why.
    void mediaLost(const QString& reason);
    void mediaBack(const QString& text);
    /// A tap's forwarders, for the crash journal.
    void forwarderCreating(const QString& nodeName, const janus::Id& room,
                           const janus::Id& publisher, const QString& target);
    void forwarderGone(const QString& nodeName, const janus::Id& room, const janus::Id& publisher,
                       const QString& target);
    /// A tap object is gone (its forwarders removed, or given up on).
    void tapEnded();
    /// A tap could not run (the node refused the forward): nothing is known about its media.
    void tapFailed(const QString& text);

private:
    void linkChanged();
    void scheduleRound(int delayMs);
    void round();
    void startTaps();
    void tapped(const janus::Id& publisher, const TapResult& result);
    void roundEnded();
    void judge();
    void stopTaps();

    QPointer<LinkController> m_link;
    QPointer<janus::VideoRoom> m_target;
    QString m_targetHost;
    Settings m_settings;
    QHash<janus::Id, MirrorMedia> m_media;
    QHash<janus::Id, MediaTap*> m_taps;
    QList<janus::Id> m_queue; ///< mirrors still to tap this round
    QString m_returnHost;     ///< this round's: the setting, or the address towards the target
    QTimer m_next;
    QElapsedTimer m_clock;
    QString m_problem; ///< what setMediaProblem() was last told
};

} // namespace cascade
