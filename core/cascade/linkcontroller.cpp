#include "linkcontroller.h"

namespace cascade {

using janus::Error;
using janus::Id;
namespace vr = janus::videoroom;

LinkController::LinkController(LinkPlan plan, janus::VideoRoom* source, janus::VideoRoom* target,
                               RoomWatcher* watcher, PortAllocator* targetPorts, QObject* parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_source(source)
    , m_target(target)
    , m_watcher(watcher)
    , m_ports(targetPorts)
    , m_requests(m_plan, source, target)
    , m_reason(tr("not brought up")) {
    connect(&m_requests, &LinkRequests::action, this, &LinkController::action);
    m_soon.setSingleShot(true);
    m_soon.setInterval(50); // coalesce bursts of publisher events into one pass
    connect(&m_soon, &QTimer::timeout, this, &LinkController::runPass);
    connect(&m_interval, &QTimer::timeout, this, &LinkController::reconcileSoon);
    connect(watcher, &RoomWatcher::changed, this, &LinkController::reconcileSoon);
    connect(watcher, &RoomWatcher::synced, this, &LinkController::reconcileSoon);
    connect(watcher, &RoomWatcher::unsynced, this, &LinkController::reconcileSoon);
    for (janus::VideoRoom* room : {source, target}) {
        connect(room, &janus::VideoRoom::attached, this, &LinkController::reconcileSoon);
        connect(room, &janus::VideoRoom::detached, this, &LinkController::reconcileSoon);
    }
    // A restarted target may own other addresses now: let it judge the bind address again.
    connect(target, &janus::VideoRoom::attached, this, [this] { m_blocking = {}; });
}

QString LinkController::stateName(State state) {
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Up:
        return QStringLiteral("up");
    case State::Degraded:
        return QStringLiteral("degraded");
    case State::Down:
        return QStringLiteral("down");
    case State::Stopped:
        return QStringLiteral("stopped");
    case State::NoMedia:
        return QStringLiteral("no-media");
    }
    return {};
}

void LinkController::start(int intervalMs) {
    m_running = true;
    m_stopRequested = false;
    m_blocking = {};
    m_interval.start(intervalMs);
    setState(State::Pending, tr("bringing the link up"));
    reconcileSoon();
}

void LinkController::stop() {
    m_running = false;
    m_stopRequested = true;
    m_interval.stop();
    m_soon.stop();
    if (!m_passRunning)
        teardown();
}

void LinkController::reconcileSoon() {
    if (!m_running)
        return;
    if (m_passRunning) {
        m_again = true;
        return;
    }
    if (!m_soon.isActive())
        m_soon.start();
}

void LinkController::setMediaProblem(const QString& reason) {
    m_mediaProblem = reason;
    if (!reason.isEmpty() && m_srtp.encrypt) // a key that differs at both ends is just as silent
        m_mediaProblem += tr("; the leg is SRTP: keys that differ at both ends look the same "
                             "(link down and up makes new ones)");
    if (m_state == State::Up || m_state == State::NoMedia)
        setState(State::Up, m_upReason);
}

void LinkController::setState(State state, const QString& reason) {
    if (state == State::Up)
        m_upReason = reason;
    if (state == State::Up && !m_mediaProblem.isEmpty())
        return setState(State::NoMedia, m_mediaProblem);
    if (state == m_state && reason == m_reason)
        return;
    m_state = state;
    m_reason = reason;
    Q_EMIT stateChanged(state, reason);
}

QString LinkController::describe(const Error& error) const {
    return error.message();
}

void LinkController::runPass() {
    if (!m_running || !m_source || !m_target || !m_watcher)
        return;
    // Not attached without an error means still connecting (a slow node), not unreachable.
    if (!m_source->isAttached()) {
        const Error error = m_source->connection()->lastError();
        if (error.isError())
            setState(
                State::Down,
                tr("source node %1 is unreachable: %2").arg(m_plan.sourceNode, error.message()));
        else
            setState(State::Pending, tr("connecting to source node %1").arg(m_plan.sourceNode));
        return;
    }
    if (!m_target->isAttached()) {
        const Error error = m_target->connection()->lastError();
        if (error.isError())
            setState(
                State::Down,
                tr("target node %1 is unreachable: %2").arg(m_plan.targetNode, error.message()));
        else
            setState(State::Pending, tr("connecting to target node %1").arg(m_plan.targetNode));
        return;
    }
    if (!m_watcher->isSynced()) {
        // Not synced without an error means the join is still on its way (a slow source).
        if (m_watcher->lastError().isError())
            setState(State::Down, tr("cannot follow room %1 on %2: %3")
                                      .arg(m_plan.sourceRoom.toString(), m_plan.sourceNode,
                                           m_watcher->lastError().message()));
        else
            setState(State::Pending, tr("joining room %1 on %2 to follow its publishers")
                                         .arg(m_plan.sourceRoom.toString(), m_plan.sourceNode));
        return;
    }
    m_passRunning = true;
    m_again = false;
    gather();
}

LinkController::Group* LinkController::newGroup(std::function<void(Group*)> then) {
    auto* group = new Group(this);
    connect(group, &Group::finished, this, [group, then = std::move(then)] {
        group->deleteLater();
        then(group);
    });
    return group;
}

void LinkController::gather() {
    auto observed = std::make_shared<Observed>();
    Group* group = newGroup([this, observed](Group*) { listRemotes(observed); });
    group->add(
        m_requests.listSource(),
        [observed](const QList<vr::Participant>& participants) {
            observed->sourceParticipants = participants;
        },
        [observed](const Error& error) {
            if (!observed->error.isError())
                observed->error = error;
        });
    group->add(
        m_requests.listTarget(),
        [observed](const QList<vr::Participant>& participants) {
            observed->targetParticipants = participants;
        },
        [observed](const Error& error) {
            if (error.code == 426)
                observed->targetRoomMissing = true;
            else if (!observed->error.isError())
                observed->error = error;
        });
    group->close();
}

void LinkController::listRemotes(const std::shared_ptr<Observed>& observed) {
    observed->publishers = m_watcher ? m_watcher->publishers().values() : QList<vr::Publisher>();
    if (observed->targetRoomMissing || observed->error.isError()) {
        decide(*observed); // the plan stops at the room: no remotization matters
        return;
    }
    // Which remotizations do the wanted publishers have? A failed listing counts as none.
    Group* group = newGroup([this, observed](Group*) { decide(*observed); });
    group->setMaxInFlight(8); // a room of many publishers does not flood the source
    for (const vr::Publisher& p : wantedPublishers(m_plan, *observed)) {
        group->add<QList<vr::Remotization>>(
            [this, id = p.id] { return m_requests.listRemotes(id); },
            [observed, id = p.id](const QList<vr::Remotization>& remotizations) {
                observed->remotizations.insert(id, remotizations);
            });
    }
    group->close();
}

void LinkController::decide(const Observed& found) {
    Observed observed = found;
    observed.ports = *m_ports;
    observed.source = nodeVersionOf(m_plan.sourceNode, m_source ? m_source->connection() : nullptr);
    observed.target = nodeVersionOf(m_plan.targetNode, m_target ? m_target->connection() : nullptr);
    m_srtp = decideSrtp(m_plan.srtp, observed.source, observed.target);
    const Previous previous{m_mirrors, m_unfedSeen, m_blocking};
    execute(cascade::plan(m_plan, observed, previous));
}

void LinkController::executeRoomAction(const Action& a) {
    if (a.kind == Action::Kind::Down || a.kind == Action::Kind::Degraded) {
        setState(a.kind == Action::Kind::Down ? State::Down : State::Degraded, a.reason);
        finishPass(false);
        return;
    }
    Group* group = newGroup([this](Group*) {
        m_again = true; // now that the room exists, mirror into it
        finishPass(false);
    });
    group->add(m_requests.createTargetRoom(a), {}, [this](const Error& error) {
        setState(State::Down,
                 tr("cannot create room %1 on %2: %3")
                     .arg(m_plan.targetRoom.toString(), m_plan.targetNode, describe(error)));
    });
    group->close();
}

void LinkController::execute(const QList<Action>& actions) {
    using K = Action::Kind;
    if (actions.size() == 1 && (actions[0].kind == K::CreateTargetRoom ||
                                actions[0].kind == K::Down || actions[0].kind == K::Degraded)) {
        executeRoomAction(actions[0]);
        return;
    }
    const QHash<Id, Mirror> previous = std::exchange(m_mirrors, {});
    Group* group = newGroup([this](Group*) { finishPass(); });
    QHash<Id, Group*> cleanups; // publisher → what must be gone before its copy is added
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const Action& a = actions[i];
        if (a.publisher.isValid() && !m_mirrors.contains(a.publisher)) {
            Mirror m = previous.value(a.publisher);
            m.publisher = a.publisher;
            m.display = a.display;
            m.remotePublisher = a.copy;
            m_mirrors.insert(a.publisher, m);
        }
        if (a.kind != K::AddRemotePublisher) {
            apply(group, a, cleanups);
            continue;
        }
        // The port the plan chose: the allocator hands out the same, now taken for good.
        const int port = m_ports->acquire();
        Q_ASSERT(port == a.port);
        applyToMirror(a);
        const Action publish = actions.value(i + 1); // a PublishRemotely follows each add
        if (Group* cleanup = cleanups.take(a.publisher)) {
            group->add(cleanup, [=, this] { bringUp(group, a, publish, port, 0); });
            cleanup->close();
        } else {
            bringUp(group, a, publish, port, 0);
        }
    }
    for (Group* cleanup : std::as_const(cleanups)) { // of mirrors that cannot be built now
        group->add(cleanup);
        cleanup->close();
    }
    for (auto it = m_keys.begin(); it != m_keys.end();) // the keys of mirrors that are gone
        it = m_mirrors.contains(it.key()) ? std::next(it) : m_keys.erase(it);
    group->close();
}

void LinkController::apply(Group* group, const Action& a, QHash<Id, Group*>& cleanups) {
    switch (a.kind) {
    case Action::Kind::Keep:
    case Action::Kind::WaitForFeed:
    case Action::Kind::MarkFailed:
        applyToMirror(a);
        return;
    case Action::Kind::UpdateRemotePublisher:
        update(group, a);
        return;
    case Action::Kind::Unpublish:
    case Action::Kind::RemoveCopy:
        cleanUp(group, a, cleanups);
        return;
    case Action::Kind::ReleasePort:
        m_ports->release(a.port);
        return;
    case Action::Kind::CreateTargetRoom:
    case Action::Kind::Down:
    case Action::Kind::Degraded:
    case Action::Kind::AddRemotePublisher:
    case Action::Kind::PublishRemotely: // sent by bringUp() once the copy exists
        return;
    }
}

void LinkController::applyToMirror(const Action& a) {
    Mirror& m = m_mirrors[a.publisher];
    switch (a.kind) {
    case Action::Kind::Keep:
        m_ports->reserve(a.port);
        m.port = a.port;
        m.streams = a.streams;
        m.state = Mirror::State::Up;
        m.error = {};
        return;
    case Action::Kind::WaitForFeed:
        m_unfedSeen.insert(a.copy);
        m.state = Mirror::State::Pending;
        QTimer::singleShot(1000, this, &LinkController::reconcileSoon);
        return;
    case Action::Kind::MarkFailed:
        m_unfedSeen.remove(a.copy);
        markFailed(a.publisher, a.error);
        return;
    case Action::Kind::AddRemotePublisher:
        m_unfedSeen.remove(a.copy);
        m.state = Mirror::State::Pending;
        return;
    default:
        return;
    }
}

void LinkController::update(Group* group, const Action& a) {
    m_ports->reserve(a.port);
    m_mirrors[a.publisher].port = a.port;
    group->add(
        m_requests.updateCopy(a, m_keys.value(a.publisher)),
        [this, id = a.publisher, streams = a.streams](janus::Done) {
            m_mirrors[id].streams = streams;
        },
        [this, id = a.publisher](const Error& e) { markFailed(id, e); });
}

void LinkController::cleanUp(Group* group, const Action& a, QHash<Id, Group*>& cleanups) {
    if (!a.publisher.isValid()) { // a copy whose publisher left
        group->add(m_requests.removeCopy(a.copy, tr("its publisher left")));
        return;
    }
    // Part of a rebuild: whatever the answer, the add follows.
    Group*& cleanup = cleanups[a.publisher];
    if (!cleanup)
        cleanup = new Group(group);
    const auto ignore = [](const Error&) {};
    if (a.kind == Action::Kind::Unpublish) {
        cleanup->add(m_requests.unpublish(a.publisher, a.remoteId,
                                          !a.reason.isEmpty()
                                              ? a.reason
                                              : tr("stale: target copy missing or host changed")),
                     {}, ignore);
        m_ports->release(a.port);
        return;
    }
    cleanup->add(m_requests.removeCopy(
                     a.copy, !a.reason.isEmpty() ? a.reason : tr("no remotization feeds it")),
                 {}, ignore);
}

void LinkController::bringUp(Group* group, const Action& add, const Action& publish, int port,
                             int attempt) {
    if (port < 0) {
        markFailed(add.publisher, portsExhausted(m_plan, *m_ports));
        return;
    }
    // A fresh key for every copy built: the copy decrypts with it, the source encrypts with it.
    const janus::SrtpKey key =
        add.encrypt ? janus::SrtpKey::generate(m_plan.srtpSuite) : janus::SrtpKey();
    group->add(
        m_requests.addCopy(add, port, m_ports->rtcpFor(port), key),
        [this, group, add, publish, key](const vr::RemotePublisher& copy) {
            Mirror& m = m_mirrors[add.publisher];
            m.streams = add.streams;
            m.encrypted = !key.isNull();
            if (key.isNull())
                m_keys.remove(add.publisher);
            else
                m_keys.insert(add.publisher, key);
            const janus::SrtpKey sent = m_mismatchKeysForTest && !key.isNull()
                                            ? janus::SrtpKey::generate(m_plan.srtpSuite)
                                            : key;
            if (publish.kind == Action::Kind::PublishRemotely)
                this->publish(group, publish, copy.id, copy.port, sent);
        },
        [this, group, add, publish, port, attempt](const Error& error) {
            addFailed(group, add, publish, port, attempt, error);
        });
}

void LinkController::addFailed(Group* group, const Action& add, const Action& publish, int port,
                               int attempt, const Error& error) {
    m_requests.copyRefused(add.copy); // refused: not created (436: another console's)
    const AddFailure failure = judgeAddFailure(error, port, attempt);
    if (failure.portUnusable)
        m_ports->markUnusable(port);
    else
        m_ports->release(port);
    if (failure.blocking)
        m_blocking = error; // no other port helps: the address itself is refused
    switch (failure.next) {
    case AddFailure::Next::TryNextPort:
        Q_EMIT action(
            tr("port %1 on %2 is busy, trying the next one").arg(port).arg(m_plan.targetNode));
        bringUp(group, add, publish, m_ports->acquire(), attempt + 1);
        return;
    case AddFailure::Next::WaitForOtherConsole:
        m_mirrors[add.publisher].error = error;
        return;
    case AddFailure::Next::Fail:
        markFailed(add.publisher, error);
        return;
    }
}

void LinkController::publish(Group* group, const Action& p, Id remotePublisher, int port,
                             const janus::SrtpKey& srtp) {
    group->add(
        m_requests.publishRemotely(p, port, m_ports->rtcpFor(port), srtp),
        [this, id = p.publisher, port](janus::Done) {
            Mirror& m = m_mirrors[id];
            m.port = port;
            m.state = Mirror::State::Up;
            m.error = {};
        },
        [this, group, id = p.publisher, remotePublisher, port](const Error& error) {
            // Leave nothing half-made: the target's copy goes when its feed cannot be set up.
            m_requests.remotizationRefused(id);
            markFailed(id, error);
            m_ports->release(port);
            group->add(m_requests.removeCopy(remotePublisher, tr("rollback")), {},
                       [](const Error&) {});
        });
}

} // namespace cascade
