#pragma once

#include "janus/videoroom.h"
#include "journal.h"
#include "linkplan.h"
#include "portallocator.h"
#include "roomwatcher.h"

#include <QPointer>
#include <QTimer>
#include <memory>

namespace cascade {

/// One mirrored publisher of a link: the source publisher and its remote copy on the target.
struct Mirror {
    enum class State { Pending, Up, Failed };
    janus::Id publisher;
    QString display;
    janus::Id remotePublisher;
    int port = 0;
    QList<janus::videoroom::Stream> streams; ///< as sent to add/update_remote_publisher
    State state = State::Pending;
    janus::Error error;
};

/// Keeps one cascade link true: compares what the link wants (every matching local publisher
/// of the source room mirrored into the target room) with what both servers report, and repairs
/// the difference — after publishers come, change and go, and after either node restarts.
class LinkController : public QObject {
    Q_OBJECT
public:
    enum class State { Pending, Up, Degraded, Down, Stopped };
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
    /// After stopped(): true when nothing of this link was left on the servers.
    bool cleanedUp() const { return m_cleanedUp; }
    static QString stateName(State state);

    /// Starts keeping the link up; reconciles now and then every intervalMs.
    void start(int intervalMs = 5000);
    /// Removes every mirror of this link from both nodes, then emits stopped().
    void stop();
    /// Reconciles as soon as the running pass (if any) ends.
    void reconcileSoon();
    /// Where to record each copy and remotization before it is created, and when it is gone.
    void setJournal(Journal* journal) { m_journal = journal; }

Q_SIGNALS:
    void stateChanged(cascade::LinkController::State state, const QString& reason);
    void mirrorsChanged();
    /// Each action on a server, for the event log ("add_remote_publisher on b: port 40010").
    void action(const QString& text);
    void stopped();

private:
    struct Pass;
    void runPass();
    void gather(const std::shared_ptr<Pass>& pass);
    void decide(const std::shared_ptr<Pass>& pass);
    void bringUp(const std::shared_ptr<Pass>& pass, const janus::videoroom::Publisher& publisher,
                 int attempt = 0);
    void publish(const std::shared_ptr<Pass>& pass, const janus::videoroom::Publisher& publisher,
                 janus::Id remotePublisher, int port);
    void act(const std::shared_ptr<Pass>& pass, janus::Reply* reply,
             std::function<void(const QJsonObject&)> done,
             std::function<void(const janus::Error&)> failed = {});
    void finishAction(const std::shared_ptr<Pass>& pass);
    /// Ends a pass; updateState=false when the pass already said why it could not finish.
    void finishPass(bool updateState = true);
    void createTargetRoom(const std::shared_ptr<Pass>& pass);
    void teardown();
    void setState(State state, const QString& reason);
    void markFailed(janus::Id publisher, const janus::Error& error);
    QString describe(const janus::Error& error) const;
    JournalEntry copyEntry(const janus::Id& remotePublisher) const;
    JournalEntry remotizationEntry(const janus::Id& publisher) const;
    void journalCreated(const JournalEntry& entry);
    void journalGone(const JournalEntry& entry);
    /// The reply of a removal, recording the entry as gone when the server confirms it.
    janus::Reply* whenGone(janus::Reply* reply, const JournalEntry& entry);
    janus::Reply* removeCopy(const janus::Id& remotePublisher);
    janus::Reply* unpublish(const janus::Id& publisher, const QString& remoteId);

    LinkPlan m_plan;
    QPointer<janus::VideoRoom> m_source;
    QPointer<janus::VideoRoom> m_target;
    QPointer<RoomWatcher> m_watcher;
    PortAllocator* m_ports;
    QPointer<Journal> m_journal;
    QHash<janus::Id, Mirror> m_mirrors;
    QSet<janus::Id> m_unfedSeen; ///< target copies seen without a feed in the last pass
    QTimer m_interval;
    QTimer m_soon;
    State m_state = State::Pending;
    QString m_reason;
    janus::Error m_blocking;
    bool m_cleanedUp = false;
    bool m_running = false;
    bool m_passRunning = false;
    bool m_again = false;
    bool m_stopRequested = false;
};

} // namespace cascade
