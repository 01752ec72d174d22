#include "linkcontroller.h"

#include "marker.h"

namespace cascade {

using janus::Error;
using janus::Id;
using janus::Reply;
namespace vr = janus::videoroom;

namespace {

// VideoRoom reports both a busy port and a bind address it does not own as 499; only its own
// text tells them apart, so this is the one place that reads it.
bool bindAddressRefused(const Error& error) {
    return error.code == 499 &&
           error.serverText.contains(QLatin1String("network interface"), Qt::CaseInsensitive);
}

bool portBusy(const Error& error) {
    return error.serverText.contains(QLatin1String("Could not open UDP socket"));
}

} // namespace

/// State of one reconcile pass: what the servers reported, and how many requests are out.
struct LinkController::Pass {
    int outstanding = 0;
    std::function<void()> next; ///< runs when outstanding drops to zero
    QList<vr::Participant> sourceParticipants;
    QList<vr::Participant> targetParticipants;
    Error error;
    bool targetRoomMissing = false;
    QHash<Id, vr::Remotization> ours; ///< publisher → this link's remotization, if any
    QList<vr::Publisher> desired;
};

LinkController::LinkController(LinkPlan plan, janus::VideoRoom* source, janus::VideoRoom* target,
                               RoomWatcher* watcher, PortAllocator* targetPorts, QObject* parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_source(source)
    , m_target(target)
    , m_watcher(watcher)
    , m_ports(targetPorts)
    , m_reason(tr("not brought up")) {
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

void LinkController::setState(State state, const QString& reason) {
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
    auto pass = std::make_shared<Pass>();
    gather(pass);
}

void LinkController::act(const std::shared_ptr<Pass>& pass, Reply* reply,
                         std::function<void(const QJsonObject&)> done,
                         std::function<void(const Error&)> failed) {
    ++pass->outstanding;
    connect(reply, &Reply::finished, this, [this, pass, done](const QJsonObject& data) {
        if (done)
            done(data);
        finishAction(pass);
    });
    connect(reply, &Reply::failed, this, [this, pass, failed](const Error& error) {
        if (failed)
            failed(error);
        else if (!pass->error.isError())
            pass->error = error;
        finishAction(pass);
    });
}

void LinkController::finishAction(const std::shared_ptr<Pass>& pass) {
    if (--pass->outstanding > 0 || !pass->next)
        return;
    auto next = std::move(pass->next);
    pass->next = nullptr;
    next();
}

void LinkController::gather(const std::shared_ptr<Pass>& pass) {
    pass->next = [this, pass] {
        if (pass->targetRoomMissing && m_plan.createTargetRoom) {
            createTargetRoom(pass);
            return;
        }
        if (pass->targetRoomMissing) {
            setState(State::Down, tr("room %1 does not exist on %2; create it or enable "
                                     "\"create target room\" on the link")
                                      .arg(m_plan.targetRoom.toString(), m_plan.targetNode));
            finishPass(false);
            return;
        }
        if (pass->error.isError()) {
            setState(State::Degraded, describe(pass->error));
            finishPass(false);
            return;
        }
        // Which local publishers should be mirrored, and what remotizations do they have?
        QSet<Id> local;
        for (const vr::Participant& p : pass->sourceParticipants)
            if (p.publisher && !p.remote)
                local.insert(p.id);
        for (const vr::Publisher& p : m_watcher->publishers())
            if (local.contains(p.id) && (!m_plan.publisher.isValid() || p.id == m_plan.publisher))
                pass->desired << p;
        pass->next = [this, pass] { decide(pass); };
        ++pass->outstanding; // hold the phase open while the requests go out
        for (const vr::Publisher& p : std::as_const(pass->desired)) {
            act(pass,
                m_source->listRemotes(m_plan.sourceRoom, p.id, m_plan.sourceRoomSecret).reply(),
                [this, pass, id = p.id](const QJsonObject& data) {
                    for (const vr::Remotization& r : vr::parseRemotizations(data))
                        if (r.remoteId == marker::remoteId(m_plan.id))
                            pass->ours.insert(id, r);
                });
        }
        finishAction(pass);
    };
    ++pass->outstanding;
    act(pass, m_source->listParticipants(m_plan.sourceRoom).reply(),
        [pass](const QJsonObject& data) {
            pass->sourceParticipants = vr::parseParticipants(data);
        });
    act(
        pass, m_target->listParticipants(m_plan.targetRoom).reply(),
        [pass](const QJsonObject& data) { pass->targetParticipants = vr::parseParticipants(data); },
        [pass](const Error& error) {
            if (error.code == 426)
                pass->targetRoomMissing = true;
            else if (!pass->error.isError())
                pass->error = error;
        });
    finishAction(pass);
}

void LinkController::createTargetRoom(const std::shared_ptr<Pass>& pass) {
    QStringList audio, video;
    for (const vr::Publisher& p : m_watcher->publishers())
        for (const vr::Stream& s : p.streams) {
            QStringList& codecs = s.type == QLatin1String("audio") ? audio : video;
            if (!s.codec.isEmpty() && !codecs.contains(s.codec) && s.type != QLatin1String("data"))
                codecs << s.codec;
        }
    janus::VideoRoom::CreateRoom spec;
    spec.room = m_plan.targetRoom;
    spec.description = tr("Cascade of %1/%2").arg(m_plan.sourceNode, m_plan.sourceRoom.toString());
    spec.audioCodecs = audio.join(QLatin1Char(','));
    spec.videoCodecs = video.join(QLatin1Char(','));
    spec.secret = m_plan.targetRoomSecret;
    Q_EMIT action(tr("create room %1 on %2").arg(m_plan.targetRoom.toString(), m_plan.targetNode));
    pass->next = [this] {
        m_again = true; // now that the room exists, mirror into it
        finishPass(false);
    };
    act(pass, m_target->create(spec).reply(), {}, [this](const Error& error) {
        setState(State::Down,
                 tr("cannot create room %1 on %2: %3")
                     .arg(m_plan.targetRoom.toString(), m_plan.targetNode, describe(error)));
    });
}

void LinkController::decide(const std::shared_ptr<Pass>& pass) {
    // This link's remote publishers on the target, by id.
    QHash<Id, vr::Participant> mirrorsOnTarget;
    for (const vr::Participant& p : pass->targetParticipants)
        if (p.remote && marker::linkOfDisplay(p.display) == m_plan.id)
            mirrorsOnTarget.insert(p.id, p);

    QSet<Id> expected;
    QHash<Id, Mirror> previous = m_mirrors;
    m_mirrors.clear();
    pass->next = [this] { finishPass(); };
    ++pass->outstanding;

    for (const vr::Publisher& publisher : std::as_const(pass->desired)) {
        const Id mirrorId = marker::mirrorId(m_plan.id, publisher.id, m_plan.stringIds);
        expected.insert(mirrorId);
        const bool onTarget = mirrorsOnTarget.contains(mirrorId);
        const auto remote = pass->ours.constFind(publisher.id);
        const bool remotized = remote != pass->ours.constEnd();
        Mirror mirror = previous.value(publisher.id);
        mirror.publisher = publisher.id;
        mirror.display = publisher.display;
        mirror.remotePublisher = mirrorId;
        m_mirrors.insert(publisher.id, mirror);

        if (onTarget && remotized && remote->host == m_plan.host) {
            Mirror& m = m_mirrors[publisher.id];
            m.port = remote->port;
            m_ports->reserve(remote->port);
            if (m.state == Mirror::State::Up && !m.streams.isEmpty() &&
                m.streams != publisher.streams) {
                Q_EMIT action(tr("update_remote_publisher %1 on %2 (streams changed)")
                                  .arg(mirrorId.toString(), m_plan.targetNode));
                act(
                    pass,
                    m_target
                        ->updateRemotePublisher(m_plan.targetRoom, mirrorId, publisher.streams,
                                                m_plan.targetRoomSecret)
                        .reply(),
                    [this, id = publisher.id, streams = publisher.streams](const QJsonObject&) {
                        m_mirrors[id].streams = streams;
                    },
                    [this, id = publisher.id](const Error& e) { markFailed(id, e); });
            } else {
                m.streams = publisher.streams;
                m.state = Mirror::State::Up;
                m.error = {};
            }
            continue;
        }
        // A copy on the target without a feed may be another console's mirror in the making
        // (add_remote_publisher comes before publish_remotely): give it one pass.
        if (onTarget && !remotized && !m_unfedSeen.contains(mirrorId) &&
            !m_mirrors[publisher.id].port) {
            m_unfedSeen.insert(mirrorId);
            m_mirrors[publisher.id].state = Mirror::State::Pending;
            QTimer::singleShot(1000, this, &LinkController::reconcileSoon);
            continue;
        }
        m_unfedSeen.remove(mirrorId);
        if (m_blocking.isError() && !onTarget && !remotized) {
            // Another add_remote_publisher would fail the same way, on another port.
            markFailed(publisher.id, m_blocking);
            continue;
        }
        // Something is missing or stale: remove what is left of the mirror, then build it anew.
        m_mirrors[publisher.id].state = Mirror::State::Pending;
        auto rebuild = std::make_shared<int>(0);
        auto afterCleanup = [this, pass, publisher, rebuild] {
            if (--*rebuild == 0)
                bringUp(pass, publisher);
        };
        ++*rebuild;
        if (remotized) {
            ++*rebuild;
            Q_EMIT action(
                tr("unpublish_remotely %1 on %2 (stale: target copy missing or host changed)")
                    .arg(publisher.id.toString(), m_plan.sourceNode));
            act(
                pass, unpublish(publisher.id, remote->remoteId),
                [afterCleanup](const QJsonObject&) { afterCleanup(); },
                [afterCleanup](const Error&) { afterCleanup(); });
            m_ports->release(remote->port);
        }
        if (onTarget) {
            ++*rebuild;
            Q_EMIT action(tr("remove_remote_publisher %1 on %2 (no remotization feeds it)")
                              .arg(mirrorId.toString(), m_plan.targetNode));
            act(
                pass, removeCopy(mirrorId), [afterCleanup](const QJsonObject&) { afterCleanup(); },
                [afterCleanup](const Error&) { afterCleanup(); });
        }
        afterCleanup();
    }

    // Mirrors of this link whose publisher is gone.
    for (auto it = mirrorsOnTarget.constBegin(); it != mirrorsOnTarget.constEnd(); ++it) {
        if (expected.contains(it.key()))
            continue;
        Q_EMIT action(tr("remove_remote_publisher %1 on %2 (its publisher left)")
                          .arg(it.key().toString(), m_plan.targetNode));
        act(pass, removeCopy(it.key()), {});
    }
    for (const Mirror& gone : std::as_const(previous))
        if (!m_mirrors.contains(gone.publisher) && gone.port > 0)
            m_ports->release(gone.port);
    finishAction(pass);
}

void LinkController::bringUp(const std::shared_ptr<Pass>& pass, const vr::Publisher& publisher,
                             int attempt) {
    const int port = m_ports->acquire();
    if (port < 0) {
        markFailed(publisher.id,
                   Error::invalidInput(tr("the forwarded port range %1–%2 of %3 is exhausted; "
                                          "widen it in the node's settings")
                                           .arg(m_ports->first())
                                           .arg(m_ports->last())
                                           .arg(m_plan.targetNode),
                                       QStringLiteral("add_remote_publisher")));
        return;
    }
    janus::VideoRoom::AddRemotePublisher spec;
    spec.room = m_plan.targetRoom;
    spec.id = marker::mirrorId(m_plan.id, publisher.id, m_plan.stringIds);
    spec.display = marker::display(publisher.display, m_plan.id);
    spec.iface = ifaceFor(m_plan.bindAddress);
    spec.port = port;
    spec.rtcpPort = m_ports->rtcpFor(port);
    spec.streams = publisher.streams;
    spec.secret = m_plan.targetRoomSecret;
    Q_EMIT action(tr("add_remote_publisher %1 on %2: iface %3, port %4")
                      .arg(spec.id.toString(), m_plan.targetNode,
                           spec.iface.isEmpty() ? tr("(all)") : spec.iface,
                           port > 0 ? QString::number(port) : tr("(chosen by Janus)")));
    journalCreated(copyEntry(spec.id));
    act(
        pass, m_target->addRemotePublisher(spec).reply(),
        [this, pass, publisher](const QJsonObject& data) {
            const auto rp = vr::parseRemotePublisher(data);
            if (!rp) {
                markFailed(publisher.id,
                           Error::protocol(tr("add_remote_publisher answer without port"),
                                           QStringLiteral("add_remote_publisher")));
                return;
            }
            m_mirrors[publisher.id].streams = publisher.streams;
            publish(pass, publisher, rp->id, rp->port);
        },
        [this, pass, publisher, port, attempt, id = spec.id](const Error& error) {
            journalGone(copyEntry(id));      // refused: not created (436: another console's)
            if (portBusy(error) && port > 0) // counted, and kept out of the next acquire()
                m_ports->markUnusable(port);
            if (portBusy(error) && port > 0 && attempt < 8) {
                Q_EMIT action(tr("port %1 on %2 is busy, trying the next one")
                                  .arg(port)
                                  .arg(m_plan.targetNode));
                bringUp(pass, publisher, attempt + 1);
                return;
            }
            if (!portBusy(error))
                m_ports->release(port);
            if (bindAddressRefused(error))
                m_blocking = error; // no other port helps: the address itself is refused
            if (error.code == 436) {
                // Another console is building the same mirror right now; look again later.
                m_mirrors[publisher.id].error = error;
                return;
            }
            markFailed(publisher.id, error);
        });
}

void LinkController::publish(const std::shared_ptr<Pass>& pass, const vr::Publisher& publisher,
                             Id remotePublisher, int port) {
    Q_EMIT action(tr("publish_remotely %1 on %2 → %3:%4 (the target's public side)")
                      .arg(publisher.id.toString(), m_plan.sourceNode, m_plan.host)
                      .arg(port));
    journalCreated(remotizationEntry(publisher.id));
    act(
        pass,
        m_source
            ->publishRemotely(m_plan.sourceRoom, publisher.id, marker::remoteId(m_plan.id),
                              m_plan.host, port, m_ports->rtcpFor(port), m_plan.sourceRoomSecret)
            .reply(),
        [this, publisher, port](const QJsonObject&) {
            Mirror& m = m_mirrors[publisher.id];
            m.port = port;
            m.state = Mirror::State::Up;
            m.error = {};
        },
        [this, pass, publisher, remotePublisher, port](const Error& error) {
            // Leave nothing half-made: the target's copy goes when its feed cannot be set up.
            journalGone(remotizationEntry(publisher.id));
            markFailed(publisher.id, error);
            m_ports->release(port);
            Q_EMIT action(tr("remove_remote_publisher %1 on %2 (rollback)")
                              .arg(remotePublisher.toString(), m_plan.targetNode));
            act(pass, removeCopy(remotePublisher), {}, [](const Error&) {});
        });
}

void LinkController::markFailed(Id publisher, const Error& error) {
    Mirror& m = m_mirrors[publisher];
    m.publisher = publisher;
    m.state = Mirror::State::Failed;
    m.error = error;
}

void LinkController::finishPass(bool updateState) {
    m_passRunning = false;
    Q_EMIT mirrorsChanged();
    if (m_running && updateState) {
        int up = 0, failed = 0;
        QString firstFailure;
        for (const Mirror& m : std::as_const(m_mirrors)) {
            if (m.state == Mirror::State::Up)
                ++up;
            else if (m.state == Mirror::State::Failed) {
                ++failed;
                if (firstFailure.isEmpty())
                    firstFailure = m.error.message();
            }
        }
        if (failed == 0 && up == m_mirrors.size())
            setState(State::Up, m_mirrors.isEmpty()
                                    ? tr("no publishers in room %1 on %2 yet")
                                          .arg(m_plan.sourceRoom.toString(), m_plan.sourceNode)
                                    : tr("%n publisher(s) mirrored", nullptr, up));
        else if (failed > 0 && up == 0)
            setState(State::Down, firstFailure);
        else if (failed > 0)
            setState(State::Degraded, tr("%1 of %2 publishers failed: %3")
                                          .arg(failed)
                                          .arg(m_mirrors.size())
                                          .arg(firstFailure));
        else
            setState(State::Pending, tr("waiting for %1 mirror(s)").arg(m_mirrors.size() - up));
    }
    if (m_stopRequested) {
        teardown();
        return;
    }
    if (m_again)
        reconcileSoon();
}

void LinkController::teardown() {
    m_passRunning = true;
    auto pass = std::make_shared<Pass>();
    pass->next = [this, pass] {
        m_passRunning = false;
        for (const Mirror& m : std::as_const(m_mirrors))
            if (m.port > 0)
                m_ports->release(m.port);
        m_mirrors.clear();
        m_cleanedUp = !pass->error.isError();
        Q_EMIT mirrorsChanged();
        setState(State::Stopped,
                 pass->error.isError()
                     ? tr("stopped, but cleanup was incomplete: %1").arg(describe(pass->error))
                     : tr("stopped; nothing of this link is left on the servers"));
        Q_EMIT stopped();
    };
    ++pass->outstanding;
    if (m_target && m_target->isAttached()) {
        act(
            pass, m_target->listParticipants(m_plan.targetRoom).reply(),
            [this, pass](const QJsonObject& data) {
                for (const vr::Participant& p : vr::parseParticipants(data))
                    if (p.remote && marker::linkOfDisplay(p.display) == m_plan.id) {
                        Q_EMIT action(tr("remove_remote_publisher %1 on %2 (link down)")
                                          .arg(p.id.toString(), m_plan.targetNode));
                        act(pass, removeCopy(p.id), {});
                    }
            },
            [pass](const Error& e) {
                if (e.code != 426 && !pass->error.isError())
                    pass->error = e;
            });
    } else {
        pass->error = Error::transport(tr("target node %1 unreachable").arg(m_plan.targetNode));
    }
    if (m_source && m_source->isAttached()) {
        // Ask the server, not the watcher: it may not have joined yet (a CLI "link down").
        act(
            pass, m_source->listParticipants(m_plan.sourceRoom).reply(),
            [this, pass](const QJsonObject& data) {
                for (const vr::Participant& p : vr::parseParticipants(data)) {
                    if (!p.publisher || p.remote)
                        continue;
                    act(
                        pass,
                        m_source->listRemotes(m_plan.sourceRoom, p.id, m_plan.sourceRoomSecret)
                            .reply(),
                        [this, pass, id = p.id](const QJsonObject& remotes) {
                            for (const vr::Remotization& r : vr::parseRemotizations(remotes))
                                if (r.remoteId == marker::remoteId(m_plan.id)) {
                                    Q_EMIT action(tr("unpublish_remotely %1 on %2 (link down)")
                                                      .arg(id.toString(), m_plan.sourceNode));
                                    act(pass, unpublish(id, r.remoteId), {});
                                }
                        },
                        [](const Error&) {}); // the publisher may have left meanwhile
                }
            },
            [pass](const Error& e) {
                if (e.code != 426 && !pass->error.isError())
                    pass->error = e;
            });
    } else {
        pass->error = Error::transport(tr("source node %1 unreachable").arg(m_plan.sourceNode));
    }
    finishAction(pass);
}

JournalEntry LinkController::copyEntry(const Id& remotePublisher) const {
    return {JournalEntry::Kind::RemotePublisher,
            m_plan.targetNode,
            m_plan.targetRoom,
            remotePublisher,
            {},
            m_plan.id};
}

JournalEntry LinkController::remotizationEntry(const Id& publisher) const {
    return {JournalEntry::Kind::Remotization, m_plan.sourceNode, m_plan.sourceRoom, publisher,
            marker::remoteId(m_plan.id),      m_plan.id};
}

void LinkController::journalCreated(const JournalEntry& entry) {
    if (m_journal)
        m_journal->created(entry);
}

void LinkController::journalGone(const JournalEntry& entry) {
    if (m_journal)
        m_journal->gone(entry);
}

Reply* LinkController::whenGone(Reply* reply, const JournalEntry& entry) {
    connect(reply, &Reply::finished, this, [this, entry] { journalGone(entry); });
    connect(reply, &Reply::failed, this, [this, entry](const Error& e) {
        if (e.code == 426 || e.code == 428) // no such room or feed: gone already
            journalGone(entry);
    });
    return reply;
}

Reply* LinkController::removeCopy(const Id& remotePublisher) {
    return whenGone(
        m_target->removeRemotePublisher(m_plan.targetRoom, remotePublisher, m_plan.targetRoomSecret)
            .reply(),
        copyEntry(remotePublisher));
}

Reply* LinkController::unpublish(const Id& publisher, const QString& remoteId) {
    return whenGone(
        m_source->unpublishRemotely(m_plan.sourceRoom, publisher, remoteId, m_plan.sourceRoomSecret)
            .reply(),
        remotizationEntry(publisher));
}

} // namespace cascade
