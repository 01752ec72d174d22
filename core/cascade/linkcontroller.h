#pragma once

#include "janus/requestgroup.h"
#include "janus/videoroom.h"
#include "journal.h"
#include "linkplan.h"
#include "linkrequests.h"
#include "planner.h"
#include "portallocator.h"
#include "roomwatcher.h"

#include <QPointer>
#include <QTimer>
#include <memory>

namespace cascade {

/// Keeps one cascade link true: compares what the link wants (every matching local publisher
/// of the source room mirrored into the target room) with what both servers report, and repairs
/// the difference — after publishers come, change and go, and after either node restarts. Each
/// pass gathers what the servers report, asks cascade::plan() what to do, and runs the actions
/// through janus::RequestGroup.
class LinkController : public QObject {
    Q_OBJECT
public:
    /// NoMedia: up as far as the servers say, but its copies receive no RTP (MediaWatch).
    enum class State { Pending, Up, Degraded, Down, Stopped, NoMedia };
    Q_ENUM(State)

    LinkController(LinkPlan plan, janus::VideoRoom* source, janus::VideoRoom* target,
                   RoomWatcher* watcher, PortAllocator* targetPorts, QObject* parent = nullptr);

    const LinkPlan& plan() const { return m_plan; }
    State state() const { return m_state; }
    QString reason() const { return m_reason; }
    /// Between start() and stop(): the link is being kept up.
    bool isRunning() const { return m_running; }
    QList<Mirror> mirrors() const { return m_mirrors.values(); }
    /// The error no retry can fix (499: the bind address is not the target's), none otherwise;
    /// while set, the link sends no add_remote_publisher, so callers can give up at once.
    const janus::Error& blockingError() const { return m_blocking; }
    /// Whether the link's legs are encrypted, as the last pass decided from its srtp setting
    /// and both nodes' Janus versions.
    const SrtpDecision& srtp() const { return m_srtp; }
    /// One line for people: "SRTP (AES_CM_128_HMAC_SHA1_80)", "plain RTP: b runs …".
    QString srtpText() const { return m_srtp.text(m_plan.srtpSuite); }
    /// Test-only seam: the source encrypts with another key than its copy decrypts with, as a
    /// key lost in transit would; the leg then carries no media the target accepts.
    void setMismatchedSrtpKeysForTest(bool on) { m_mismatchKeysForTest = on; }
    /// After stopped(): true when nothing of this link was left on the servers.
    bool cleanedUp() const { return m_cleanedUp; }
    static QString stateName(State state);

    /// Starts keeping the link up; reconciles now and then every intervalMs.
    void start(int intervalMs = 5000);
    /// Removes every mirror of this link from both nodes, then emits stopped().
    void stop();
    /// Reconciles as soon as the running pass (if any) ends.
    void reconcileSoon();
    /// Non-empty: the copies receive no media (why, and what to check); an Up link shows as
    /// NoMedia with this reason until it is cleared.
    void setMediaProblem(const QString& reason);
    /// Where to record each copy and remotization before it is created, and when it is gone.
    void setJournal(Journal* journal) { m_requests.setJournal(journal); }

Q_SIGNALS:
    void stateChanged(cascade::LinkController::State state, const QString& reason);
    void mirrorsChanged();
    /// Each action on a server, for the event log ("add_remote_publisher on b: port 40010").
    void action(const QString& text);
    void stopped();

private:
    using Group = janus::RequestGroup;
    void runPass();
    void gather();
    void listRemotes(const std::shared_ptr<Observed>& observed);
    void decide(const Observed& observed);
    void execute(const QList<Action>& actions);
    /// Ends the pass at a room-level action (create the target room, or down/degraded).
    void executeRoomAction(const Action& action);
    void apply(Group* group, const Action& action, QHash<janus::Id, Group*>& cleanups);
    void applyToMirror(const Action& action);
    void update(Group* group, const Action& action);
    void cleanUp(Group* group, const Action& action, QHash<janus::Id, Group*>& cleanups);
    void bringUp(Group* group, const Action& add, const Action& publish, int port, int attempt);
    void addFailed(Group* group, const Action& add, const Action& publish, int port, int attempt,
                   const janus::Error& error);
    void publish(Group* group, const Action& publish, janus::Id remotePublisher, int port,
                 const janus::SrtpKey& srtp);
    /// A group owned by this controller that calls then() when it has finished.
    Group* newGroup(std::function<void(Group*)> then);
    /// Ends a pass; updateState=false when the pass already said why it could not finish.
    void finishPass(bool updateState = true);
    /// The link's state from its mirrors, at the end of a pass.
    void summarizeState();
    void teardown();
    void tornDown(const janus::Error& error);
    void setState(State state, const QString& reason);
    void markFailed(janus::Id publisher, const janus::Error& error);
    QString describe(const janus::Error& error) const;

    LinkPlan m_plan;
    QPointer<janus::VideoRoom> m_source;
    QPointer<janus::VideoRoom> m_target;
    QPointer<RoomWatcher> m_watcher;
    PortAllocator* m_ports;
    LinkRequests m_requests;
    QHash<janus::Id, Mirror> m_mirrors;
    /// The SRTP key of each encrypted mirror, by source publisher: in memory only, and new
    /// whenever a mirror is built again.
    QHash<janus::Id, janus::SrtpKey> m_keys;
    SrtpDecision m_srtp;
    bool m_mismatchKeysForTest = false;
    QSet<janus::Id> m_unfedSeen; ///< target copies seen without a feed in the last pass
    QTimer m_interval;
    QTimer m_soon;
    State m_state = State::Pending;
    QString m_reason;
    QString m_upReason;     ///< the reason of Up, kept while NoMedia hides it
    QString m_mediaProblem; ///< see setMediaProblem()
    janus::Error m_blocking;
    bool m_cleanedUp = false;
    bool m_running = false;
    bool m_passRunning = false;
    bool m_again = false;
    bool m_stopRequested = false;
};

} // namespace cascade
