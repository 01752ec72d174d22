#pragma once

#include "janus/adminclient.h"
#include "portallocator.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <optional>

namespace cascade {

/// What a node's Admin API says about it, plus the forwarded ports the console knows about.
/// Janus (1.1 to 1.4) reports no uptime: reachableSince is when this console last found the
/// Admin API answering, not when the server started.
struct NodeHealth {
    enum class State {
        NoAdminApi, ///< no admin_url: nothing to read
        Waiting,    ///< the Admin API is not connected (yet), or the first round is running
        Ok,         ///< the figures below are from the last round
        Failed,     ///< the last round failed: error says why (a wrong admin secret, …)
    };
    struct Loop {
        qint64 id = 0;
        int handles = 0;
    };

    State state = State::NoAdminApi;
    janus::Error error;
    QDateTime readAt; ///< when the figures were read (UTC)
    QDateTime reachableSince;
    QString version; ///< "1.1.2"
    QString serverName;
    QStringList plugins; ///< package names, "janus.plugin.videoroom"
    int sessions = -1;   ///< -1: not read
    int handles = -1;    ///< summed over the first sessionsCounted sessions
    int sessionsCounted = 0;
    std::optional<bool> acceptingNewSessions; ///< "accepting-new-sessions" of info
    std::optional<QList<Loop>> loops;         ///< loops_info; empty list: no static loops
    int portsInUse = 0;
    int portPairs = 0; ///< 0: no forwarded range
    int portsUnusable = 0;

    /// True when handles were counted in every session; false means "at least handles".
    bool handlesComplete() const { return sessionsCounted >= sessions; }
    /// "12" or "≥ 3400" (some sessions not counted), "" when not read.
    QString handlesText() const;
    /// The Admin API state in a few words: "ok", "no Admin API: set admin_url for health", …
    QString stateText() const;
    /// Every figure for --json (no secret in it).
    QJsonObject toJson() const;
};

/// Reads a node's health over its Admin API on an interval (default 10 s) and on demand:
/// version, server name, plugins, sessions, handles (list_handles for at most maxSessions
/// sessions), accepting-new-sessions and loops_info. Without an AdminClient it reports
/// NoAdminApi and reads nothing.
class NodeHealthMonitor : public QObject {
    Q_OBJECT
public:
    static constexpr int defaultIntervalMs = 10000;
    static constexpr int maxSessions = 200;

    NodeHealthMonitor(janus::AdminClient* admin, const PortAllocator* ports,
                      QObject* parent = nullptr);

    const NodeHealth& health() const { return m_health; }
    /// Polls every ms (0: only on demand). Starts on the Admin API's ready().
    void setInterval(int ms);
    /// Reads now (once the Admin API is connected); updated() follows.
    void refresh();
    /// True while a round is being read.
    bool isReading() const { return m_round > 0 && m_pending > 0; }

Q_SIGNALS:
    /// The figures or the state changed (also after every round).
    void updated();

private:
    void onConnectionState();
    void readInfo(int round);
    void readSessions(int round);
    // Out of line, not in the lambdas: GCC 12 then sees no "maybe uninitialized" list.
    [[gnu::noinline]] void onSessions(int round, const janus::Result<QList<janus::Id>>& s);
    void readHandles(int round, const QList<janus::Id>& sessions);
    [[gnu::noinline]] void onHandles(int round, const janus::Result<QList<janus::Id>>& handles);
    void readLoops(int round);
    void settle(int round);
    void fail(int round, const janus::Error& error);
    void takePorts();

    QPointer<janus::AdminClient> m_admin;
    const PortAllocator* m_ports;
    NodeHealth m_health;
    NodeHealth m_next; ///< the round being read
    QTimer m_timer;
    int m_round = 0;   ///< generation: answers of older rounds are dropped
    int m_pending = 0; ///< requests of the current round still out
};

} // namespace cascade
