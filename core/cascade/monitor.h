#pragma once

#include "history/historystore.h"
#include "probe/proberesult.h"
#include "probe/proberunner.h"
#include "profile/profile.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace cascade {

class Fleet;

/// Continuous monitoring, as `janus-cascade monitor` does it: a round runs every node check,
/// then the path check of every enabled link, one check at a time; the next round starts the
/// interval after the last one ended. Each round goes into the history store (when one is set)
/// as one sample per series (history::key::node / history::key::path). stop() cancels the
/// running check, which removes its resources from the servers; stopped() follows.
class Monitor : public QObject {
    Q_OBJECT
public:
    explicit Monitor(Fleet* fleet, QObject* parent = nullptr);
    ~Monitor() override;

    /// Every node (one id), then every enabled link's path (source, target), as the CLI does.
    static QList<QStringList> targetsOf(const profile::Profile& profile);
    /// The profile's probe settings for a monitor: no spin pacing, and at most a quarter of the
    /// interval spent sending (as the CLI monitor).
    static probe::ProbeRunner::Settings settingsFor(const profile::ProbeSettings& probe);
    /// "node:a" for {a}, "path:a>b" for {a, b}.
    static QString seriesKey(const QStringList& target);
    /// A check's figures as a history sample; a check that sent nothing counts as total loss.
    static history::Sample sampleOf(const probe::ProbeResult& result, qint64 timeMs);

    void setTargets(const QList<QStringList>& targets) { m_targets = targets; }
    QList<QStringList> targets() const { return m_targets; }
    void setSettings(const probe::ProbeRunner::Settings& settings) { m_settings = settings; }
    /// The pause between the end of a round and the start of the next.
    void setIntervalMs(int ms) { m_intervalMs = ms; }
    int intervalMs() const { return m_intervalMs; }
    /// Where rounds are recorded (not owned; null or not open: not recorded).
    void setStore(history::HistoryStore* store) { m_store = store; }

    bool isRunning() const { return m_running; }
    /// A check is in flight (also while stopping).
    bool isBusy() const { return m_runner != nullptr; }
    /// The round running or last finished, from 1.
    int round() const { return m_round; }
    /// Milliseconds until the next round starts; -1 while a round runs or when stopped.
    qint64 msToNextRound() const;

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void runningChanged(bool running);
    void roundStarted(int round);
    void checkFinished(const probe::ProbeResult& result);
    void roundFinished(const QList<probe::ProbeResult>& results);
    /// After stop(), once no check is left in flight (its resources removed).
    void stopped();

private:
    void startRound();
    void nextCheck();
    void checkDone(const probe::ProbeResult& result);
    void endRound();
    probe::ProbeRunner* createRunner(const QStringList& target, QString* error);

    Fleet* m_fleet;
    QPointer<history::HistoryStore> m_store;
    QList<QStringList> m_targets;
    probe::ProbeRunner::Settings m_settings;
    int m_intervalMs = 60000;
    bool m_running = false;
    bool m_cancelling = false; ///< stop() cancelled the check in flight
    int m_round = 0;
    int m_index = 0;
    QStringList m_current;
    QList<probe::ProbeResult> m_results;
    QList<history::SeriesSample> m_samples;
    probe::ProbeRunner* m_runner = nullptr;
    QTimer m_next;     ///< the pause between rounds
    QTimer m_watchdog; ///< a check that never finishes is cancelled
};

} // namespace cascade
