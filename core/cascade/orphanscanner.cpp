#include "orphanscanner.h"

#include "marker.h"

#include <QTimer>
#include <algorithm>

namespace cascade {

namespace vr = janus::videoroom;
using janus::Id;

namespace {

/// The server says the room or the feed does not exist (any more): nothing to remove.
bool notThere(const janus::Error& e) {
    return e.code == 426 || e.code == 428;
}

} // namespace

OrphanScanner::OrphanScanner(QList<NodeClient*> nodes, QList<LinkPlan> links, QObject* parent)
    : QObject(parent)
    , m_links(std::move(links)) {
    for (NodeClient* n : nodes)
        m_nodes << n;
}

void OrphanScanner::setRoomSecrets(const profile::Profile& profile,
                                   const profile::SecretStore& secrets) {
    m_roomSecrets.clear();
    for (const profile::Node& n : profile.nodes)
        if (const auto secret = secrets.secret(n.id, profile::SecretKind::RoomSecret))
            m_roomSecrets.insert(n.id, *secret);
}

void OrphanScanner::setJournal(Journal* journal, QList<JournalEntry> leftovers) {
    m_journal = journal;
    m_leftovers = std::move(leftovers);
}

template <typename T>
void OrphanScanner::request(janus::Pending<T> pending,
                            std::type_identity_t<std::function<void(const T&)>> done,
                            std::function<bool(const janus::Error&)> failed) {
    ++m_pending;
    pending.then(this, [this, done, failed](const janus::Result<T>& result) {
        if (result)
            done(*result);
        else if (!failed || !failed(result.error()))
            m_errors << result.error().message();
        settle();
    });
}

void OrphanScanner::settle() {
    if (--m_pending > 0)
        return;
    if (auto done = std::move(m_whenDone)) {
        m_whenDone = nullptr;
        done();
    }
}

NodeClient* OrphanScanner::readyNode(const QString& id) const {
    for (const QPointer<NodeClient>& n : m_nodes)
        if (n && n->id() == id)
            return n->isReady() ? n.data() : nullptr;
    return nullptr;
}

const LinkPlan* OrphanScanner::plan(const QString& linkId) const {
    for (const LinkPlan& p : m_links)
        if (p.id == linkId)
            return &p;
    return nullptr;
}

void OrphanScanner::scan(Scope scope) {
    m_orphans.clear();
    m_errors.clear();
    m_seen.clear();
    m_adopted = 0;
    m_whenDone = [this] { finishScan(); };
    ++m_pending;
    checkJournal();
    if (scope == Scope::Everything) {
        scanMarkers();
        for (const LinkPlan& p : std::as_const(m_links))
            scanLink(p);
    }
    // Queued: scanned() always comes after scan() returns, even when nothing was asked.
    QMetaObject::invokeMethod(this, &OrphanScanner::settle, Qt::QueuedConnection);
}

void OrphanScanner::checkJournal() {
    for (const JournalEntry& e : std::as_const(m_leftovers)) {
        if (NodeClient* node = readyNode(e.node))
            checkEntry(node->videoroom(), e);
        else
            m_errors << tr("node %1 is not connected: %2 (journal) not checked")
                            .arg(e.node, e.describe());
    }
}

bool OrphanScanner::adopt(const JournalEntry& e) {
    // A link's object whose link is in the profile belongs to that link again: its
    // reconciler (or the incomplete-link check) takes care of it.
    const LinkPlan* owner = plan(e.link);
    const bool adopted = owner && ((e.kind == JournalEntry::Kind::RemotePublisher &&
                                    owner->targetNode == e.node && owner->targetRoom == e.room) ||
                                   (e.kind == JournalEntry::Kind::Remotization &&
                                    owner->sourceNode == e.node && owner->sourceRoom == e.room));
    if (adopted) {
        ++m_adopted;
        if (m_journal)
            m_journal->gone(e);
    }
    return adopted;
}

namespace {
/// Whether a listed forwarder is the journal's "host:port" (a probe's), or "host:port ssrc N"
/// (a media tap's: one forwarder per stream, told apart by the SSRC it writes).
bool isJournalled(const janus::videoroom::ForwarderStream& fs, const QString& target) {
    const QString sends = QStringLiteral("%1:%2").arg(fs.host).arg(fs.port);
    return sends == target || sends + QStringLiteral(" ssrc %1").arg(fs.ssrc) == target;
}
} // namespace

void OrphanScanner::checkEntry(janus::VideoRoom* videoroom, const JournalEntry& e) {
    Orphan found = Orphan::fromEntry(e, Orphan::Found::Journal);
    // Still there: an orphan; gone: the journal forgets it.
    auto there = [this, e](bool present, const Orphan& orphan) {
        if (present)
            m_orphans << orphan;
        else if (m_journal)
            m_journal->gone(e);
    };
    auto gone = [there](const janus::Error& error) {
        if (notThere(error))
            there(false, {});
        return notThere(error);
    };
    if (adopt(e))
        return;
    const QString secret = m_roomSecrets.value(e.node);
    switch (e.kind) {
    case JournalEntry::Kind::ProbeRoom:
        request(videoroom->exists(e.room), [there, found](bool exists) { there(exists, found); });
        break;
    case JournalEntry::Kind::RemotePublisher:
        request(
            videoroom->listParticipants(e.room),
            [there, found, e](const QList<vr::Participant>& participants) {
                there(std::any_of(participants.begin(), participants.end(),
                                  [&e](const auto& p) { return p.remote && p.id == e.id; }),
                      found);
            },
            gone);
        break;
    case JournalEntry::Kind::Forwarder:
        request(
            videoroom->listForwarders(e.room, secret),
            [there, found, e](const QList<vr::Forwarder>& forwarders) mutable {
                // The forwarder is known by where it sends (the ended console's return
                // address): its stream id came only with the answer.
                for (const vr::Forwarder& f : forwarders)
                    for (const vr::ForwarderStream& fs : f.streams)
                        if (f.publisherId == e.id && isJournalled(fs, e.remoteId))
                            found.stream = fs.streamId;
                there(found.stream > 0, found);
            },
            gone);
        break;
    case JournalEntry::Kind::Remotization:
        request(
            videoroom->listRemotes(e.room, e.id, secret),
            [there, found, e](const QList<vr::Remotization>& remotes) {
                there(std::any_of(remotes.begin(), remotes.end(),
                                  [&e](const auto& r) { return r.remoteId == e.remoteId; }),
                      found);
            },
            gone);
        break;
    }
}

void OrphanScanner::scanMarkers() {
    for (const QPointer<NodeClient>& node : std::as_const(m_nodes)) {
        if (!node || !node->isReady()) {
            m_errors
                << tr("node %1 is not connected: not scanned").arg(node ? node->id() : QString());
            continue;
        }
        janus::VideoRoom* videoroom = node->videoroom();
        const QString nodeId = node->id();
        request(videoroom->list(), [this, videoroom, nodeId](const QList<vr::Room>& rooms) {
            for (const vr::Room& room : rooms) {
                if (room.description.startsWith(QLatin1String("jcc-probe:")))
                    m_orphans << Orphan{Orphan::Kind::ProbeRoom,
                                        Orphan::Found::Marker,
                                        nodeId,
                                        room.id,
                                        {},
                                        {},
                                        {}};
                else
                    request(videoroom->listParticipants(room.id),
                            [this, videoroom, nodeId, room = room.id](const auto& participants) {
                                scanRoom(videoroom, nodeId, room, participants);
                            });
            }
        });
    }
}

void OrphanScanner::scanRoom(janus::VideoRoom* videoroom, const QString& nodeId, Id room,
                             const QList<vr::Participant>& participants) {
    for (const vr::Participant& p : participants) {
        if (p.remote) {
            const auto link = marker::linkOfDisplay(p.display);
            const LinkPlan* owner = link ? plan(*link) : nullptr;
            if (link && !(owner && owner->targetNode == nodeId && owner->targetRoom == room))
                m_orphans << Orphan{Orphan::Kind::RemotePublisher,
                                    Orphan::Found::Marker,
                                    nodeId,
                                    room,
                                    p.id,
                                    {},
                                    *link};
        } else if (p.publisher) {
            request(videoroom->listRemotes(room, p.id, m_roomSecrets.value(nodeId)),
                    [this, nodeId, room, pid = p.id](const QList<vr::Remotization>& remotes) {
                        for (const vr::Remotization& rem : remotes) {
                            const auto link = marker::linkOfRemoteId(rem.remoteId);
                            if (link && !plan(*link))
                                m_orphans << Orphan{Orphan::Kind::Remotization,
                                                    Orphan::Found::Marker,
                                                    nodeId,
                                                    room,
                                                    pid,
                                                    rem.remoteId,
                                                    *link};
                        }
                    });
        }
    }
}

void OrphanScanner::scanLink(const LinkPlan& p) {
    NodeClient* source = readyNode(p.sourceNode);
    NodeClient* target = readyNode(p.targetNode);
    if (!source || !target)
        return; // scanMarkers() already says which node is not connected
    m_seen.insert(p.id, {});
    auto incomplete = [this, id = p.id](const janus::Error& e) {
        m_seen[id].complete = false;
        return notThere(e); // a missing room is not a scan error: the link has nothing there
    };
    request(
        target->videoroom()->listParticipants(p.targetRoom),
        [this, id = p.id](const QList<vr::Participant>& participants) {
            for (const vr::Participant& part : participants)
                if (part.remote && marker::linkOfDisplay(part.display) == id)
                    m_seen[id].copies.insert(part.id, part.display);
        },
        incomplete);
    janus::VideoRoom* videoroom = source->videoroom();
    request(
        videoroom->listParticipants(p.sourceRoom),
        [this, videoroom, p, incomplete](const QList<vr::Participant>& participants) {
            for (const vr::Participant& part : participants) {
                if (!part.publisher || part.remote)
                    continue;
                request(
                    videoroom->listRemotes(p.sourceRoom, part.id, p.sourceRoomSecret),
                    [this, p, pid = part.id](const QList<vr::Remotization>& remotes) {
                        for (const vr::Remotization& rem : remotes)
                            if (rem.remoteId == marker::remoteId(p.id)) {
                                const Id copy = marker::mirrorId(p.id, pid, p.stringIds);
                                m_seen[p.id].fed.insert(copy);
                                m_seen[p.id].publisherOf.insert(copy, pid);
                            }
                    },
                    incomplete);
            }
        },
        incomplete);
}

void OrphanScanner::finishScan() {
    // Incomplete links: only where both rooms were read completely, or a half would look
    // missing because a request failed.
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it) {
        const LinkPlan* p = plan(it.key());
        if (!p || !it->complete)
            continue;
        for (auto c = it->copies.cbegin(); c != it->copies.cend(); ++c)
            if (!it->fed.contains(c.key()))
                m_orphans << Orphan{Orphan::Kind::RemotePublisher,
                                    Orphan::Found::IncompleteLink,
                                    p->targetNode,
                                    p->targetRoom,
                                    c.key(),
                                    {},
                                    p->id};
        for (const Id& copy : it->fed)
            if (!it->copies.contains(copy))
                m_orphans << Orphan{Orphan::Kind::Remotization,
                                    Orphan::Found::IncompleteLink,
                                    p->sourceNode,
                                    p->sourceRoom,
                                    it->publisherOf.value(copy),
                                    marker::remoteId(p->id),
                                    p->id};
    }
    // One object found several ways is listed once, under the most telling way.
    std::stable_sort(m_orphans.begin(), m_orphans.end(),
                     [](const Orphan& a, const Orphan& b) { return a.found < b.found; });
    QSet<QString> keys;
    m_orphans.removeIf([&](const Orphan& o) {
        const QString key = o.entry().key();
        if (keys.contains(key))
            return true;
        keys.insert(key);
        return false;
    });
    Q_EMIT scanned(m_orphans);
}

void OrphanScanner::settledOnServer(const Orphan& orphan) {
    if (m_journal)
        m_journal->gone(orphan.entry());
}

void OrphanScanner::afterAll(const QList<janus::Reply*>& replies, std::function<void()> then) {
    if (replies.isEmpty())
        return then();
    ++m_pending; // until the last one is answered and then() has sent what follows
    auto left = std::make_shared<qsizetype>(replies.size());
    for (janus::Reply* r : replies)
        connect(r, &QObject::destroyed, this, [this, left, then] {
            if (--*left == 0) {
                then();
                settle();
            }
        });
}

void OrphanScanner::removeProbeRoom(janus::VideoRoom* videoroom, const Orphan& orphan,
                                    std::shared_ptr<int> removedCount) {
    // Its forwarders, then its remote publishers, then the room: destroying the room alone
    // leaves the publishers' sockets bound (docs/nat-guide.md, "Giving the ports back").
    const QString secret = m_roomSecrets.value(orphan.node);
    const Id room = orphan.room;
    auto destroyed = [this, orphan, removedCount](const janus::Error& e) {
        if (!notThere(e))
            return false;
        ++*removedCount; // gone already
        settledOnServer(orphan);
        return true;
    };
    auto destroy = [=, this] {
        request(
            videoroom->destroy(room, secret),
            [this, orphan, removedCount](janus::Done) {
                ++*removedCount;
                settledOnServer(orphan);
            },
            destroyed);
    };
    auto removePublishers = [=, this] {
        request(
            videoroom->listParticipants(room),
            [=, this](const QList<vr::Participant>& participants) {
                QList<janus::Reply*> removals;
                for (const vr::Participant& p : participants)
                    if (p.remote)
                        removals << videoroom->removeRemotePublisher(room, p.id, secret).reply();
                afterAll(removals, destroy);
            },
            destroyed);
    };
    request(
        videoroom->listForwarders(room, secret),
        [=, this](const QList<vr::Forwarder>& forwarders) {
            QList<janus::Reply*> stops;
            for (const vr::Forwarder& f : forwarders)
                for (const vr::ForwarderStream& fs : f.streams)
                    stops << videoroom->stopRtpForward(room, f.publisherId, fs.streamId, secret)
                                 .reply();
            afterAll(stops, removePublishers);
        },
        [=](const janus::Error& e) {
            if (destroyed(e))
                return true;
            removePublishers(); // cannot list them: the removals still take them along
            return false;
        });
}

void OrphanScanner::remove(const QList<Orphan>& orphans) {
    m_errors.clear();
    auto removedCount = std::make_shared<int>(0);
    m_whenDone = [this, removedCount] { Q_EMIT removed(*removedCount, m_errors); };
    ++m_pending;
    for (const Orphan& o : orphans) {
        NodeClient* node = readyNode(o.node);
        if (!node) {
            m_errors << tr("cannot remove %1: node not connected").arg(o.describe());
            continue;
        }
        if (o.kind == Orphan::Kind::ProbeRoom)
            removeProbeRoom(node->videoroom(), o, removedCount);
        else
            request(
                removal(node->videoroom(), o),
                [this, o, removedCount](janus::Done) {
                    ++*removedCount;
                    settledOnServer(o);
                },
                [this, o, removedCount](const janus::Error& e) {
                    if (!notThere(e))
                        return false;
                    ++*removedCount; // gone already
                    settledOnServer(o);
                    return true;
                });
    }
    QMetaObject::invokeMethod(this, &OrphanScanner::settle, Qt::QueuedConnection);
}

janus::Pending<janus::Done> OrphanScanner::removal(janus::VideoRoom* videoroom,
                                                   const Orphan& o) const {
    const QString secret = m_roomSecrets.value(o.node);
    switch (o.kind) {
    case Orphan::Kind::Remotization:
        return videoroom->unpublishRemotely(o.room, o.id, o.remoteId, secret);
    case Orphan::Kind::Forwarder:
        return videoroom->stopRtpForward(o.room, o.id, o.stream, secret);
    case Orphan::Kind::RemotePublisher:
    case Orphan::Kind::ProbeRoom: // removed by removeProbeRoom()
        break;
    }
    return videoroom->removeRemotePublisher(o.room, o.id, secret);
}

void settleJournal(Journal& journal, QList<NodeClient*> nodes, QList<LinkPlan> links,
                   const profile::Profile& profile, const profile::SecretStore& secrets,
                   QObject* context, std::function<void(const QString&, bool)> done) {
    const QList<JournalEntry> leftovers = journal.adoptLeftovers();
    if (leftovers.isEmpty())
        return done({}, true);
    auto* scanner = new OrphanScanner(std::move(nodes), std::move(links), context);
    scanner->setRoomSecrets(profile, secrets);
    scanner->setJournal(&journal, leftovers);
    const qsizetype total = leftovers.size();
    auto finish = [scanner, total, done](int removed, const QStringList& errors) {
        const QString summary =
            QObject::tr("journal: %1 thing(s) left by a console that ended: %2 removed, %3 back "
                        "with their links, the rest gone already%4")
                .arg(total)
                .arg(removed)
                .arg(scanner->adopted())
                .arg(errors.isEmpty() ? QString()
                                      : QStringLiteral("; ") + errors.join(QStringLiteral("; ")));
        scanner->deleteLater();
        done(summary, errors.isEmpty());
    };
    QObject::connect(scanner, &OrphanScanner::scanned, scanner,
                     [scanner, finish](const QList<Orphan>& found) {
                         if (found.isEmpty())
                             return finish(0, scanner->errors());
                         const QStringList scanErrors = scanner->errors();
                         QObject::connect(scanner, &OrphanScanner::removed, scanner,
                                          [finish, scanErrors](int n, const QStringList& errors) {
                                              finish(n, scanErrors + errors);
                                          });
                         scanner->remove(found);
                     });
    // A killed process's last request may still be on its way: give it a moment to land, so
    // that "not there" means not there.
    const qint64 age = journal.leftoversAgeMs();
    const int wait = age >= 0 && age < kLandingMs ? int(kLandingMs - age) : 0;
    QTimer::singleShot(wait, scanner, [scanner] { scanner->scan(OrphanScanner::Scope::Journal); });
}

} // namespace cascade
