#include "orphanscanner.h"

#include "marker.h"

#include <QTimer>

namespace cascade {

namespace vr = janus::videoroom;
using janus::Id;

namespace {

/// The server says the room or the feed does not exist (any more): nothing to remove.
bool notThere(const janus::Error& e) {
    return e.code == 426 || e.code == 428;
}

} // namespace

QString Orphan::describe() const {
    QString what;
    switch (kind) {
    case Kind::RemotePublisher:
        what = QObject::tr("remote publisher %1 in room %2 on %3 (link %4)")
                   .arg(id.toString(), room.toString(), node, link);
        break;
    case Kind::Remotization:
        what = QObject::tr("remotization %1 of publisher %2 in room %3 on %4")
                   .arg(remoteId, id.toString(), room.toString(), node);
        break;
    case Kind::ProbeRoom:
        what = QObject::tr("probe room %1 on %2").arg(room.toString(), node);
        break;
    case Kind::Forwarder:
        what = QObject::tr("rtp_forward %1 to %2 of the probe endpoint in room %3 on %4")
                   .arg(stream)
                   .arg(remoteId, room.toString(), node);
        break;
    }
    switch (found) {
    case Found::Journal:
        return QObject::tr("%1 — left by a console that ended (journal)").arg(what);
    case Found::IncompleteLink:
        return kind == Kind::RemotePublisher
                   ? QObject::tr("%1 — incomplete link: no remotization feeds it").arg(what)
                   : QObject::tr("%1 — incomplete link: its copy on the target is missing")
                         .arg(what);
    case Found::Marker:
        return kind == Kind::ProbeRoom
                   ? QObject::tr("%1 — a probe no console runs").arg(what)
                   : QObject::tr("%1 — its link is not in the profile").arg(what);
    }
    return what;
}

QString Orphan::foundName(Found found) {
    switch (found) {
    case Found::Journal:
        return QStringLiteral("journal");
    case Found::IncompleteLink:
        return QStringLiteral("incomplete_link");
    case Found::Marker:
        return QStringLiteral("marker");
    }
    return {};
}

JournalEntry Orphan::entry() const {
    const auto k = kind == Kind::ProbeRoom         ? JournalEntry::Kind::ProbeRoom
                   : kind == Kind::RemotePublisher ? JournalEntry::Kind::RemotePublisher
                   : kind == Kind::Forwarder       ? JournalEntry::Kind::Forwarder
                                                   : JournalEntry::Kind::Remotization;
    return {k, node, room, kind == Kind::ProbeRoom ? Id() : id, remoteId, link};
}

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

void OrphanScanner::request(janus::Reply* reply, std::function<void(const QJsonObject&)> done,
                            std::function<bool(const janus::Error&)> failed) {
    ++m_pending;
    connect(reply, &janus::Reply::finished, this, [this, done](const QJsonObject& data) {
        done(data);
        settle();
    });
    connect(reply, &janus::Reply::failed, this, [this, failed](const janus::Error& e) {
        if (!failed || !failed(e))
            m_errors << e.message();
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
        NodeClient* node = readyNode(e.node);
        if (!node) {
            m_errors << tr("node %1 is not connected: %2 (journal) not checked")
                            .arg(e.node, e.describe());
            continue;
        }
        janus::VideoRoom* videoroom = node->videoroom();
        Orphan found{Orphan::Kind::ProbeRoom,
                     Orphan::Found::Journal,
                     e.node,
                     e.room,
                     e.id,
                     e.remoteId,
                     e.link};
        auto gone = [this, e](const janus::Error& error) {
            if (!notThere(error))
                return false;
            if (m_journal)
                m_journal->gone(e);
            return true;
        };
        // A link's object whose link is in the profile belongs to that link again: its
        // reconciler (or the incomplete-link check) takes care of it.
        const LinkPlan* owner = plan(e.link);
        switch (e.kind) {
        case JournalEntry::Kind::ProbeRoom:
            request(videoroom->exists(e.room), [this, e, found](const QJsonObject& data) {
                if (data.value(QStringLiteral("exists")).toBool())
                    m_orphans << found;
                else if (m_journal)
                    m_journal->gone(e);
            });
            break;
        case JournalEntry::Kind::RemotePublisher:
            if (owner && owner->targetNode == e.node && owner->targetRoom == e.room) {
                ++m_adopted;
                if (m_journal)
                    m_journal->gone(e);
                break;
            }
            found.kind = Orphan::Kind::RemotePublisher;
            request(
                videoroom->listParticipants(e.room),
                [this, e, found](const QJsonObject& data) {
                    for (const vr::Participant& p : vr::parseParticipants(data))
                        if (p.remote && p.id == e.id)
                            return void(m_orphans << found);
                    if (m_journal)
                        m_journal->gone(e);
                },
                gone);
            break;
        case JournalEntry::Kind::Forwarder:
            found.kind = Orphan::Kind::Forwarder;
            request(
                videoroom->listForwarders(e.room, m_roomSecrets.value(e.node)),
                [this, e, found](const QJsonObject& data) mutable {
                    // The forwarder is known by where it sends (the ended console's return
                    // address): its stream id came only with the answer.
                    for (const vr::Forwarder& f : vr::parseForwarders(data))
                        for (const vr::ForwarderStream& fs : f.streams)
                            if (f.publisherId == e.id &&
                                QStringLiteral("%1:%2").arg(fs.host).arg(fs.port) == e.remoteId) {
                                found.stream = fs.streamId;
                                m_orphans << found;
                            }
                    if (found.stream > 0)
                        return;
                    if (m_journal)
                        m_journal->gone(e);
                },
                gone);
            break;
        case JournalEntry::Kind::Remotization:
            if (owner && owner->sourceNode == e.node && owner->sourceRoom == e.room) {
                ++m_adopted;
                if (m_journal)
                    m_journal->gone(e);
                break;
            }
            found.kind = Orphan::Kind::Remotization;
            request(
                videoroom->listRemotes(e.room, e.id, m_roomSecrets.value(e.node)),
                [this, e, found](const QJsonObject& data) {
                    for (const vr::Remotization& r : vr::parseRemotizations(data))
                        if (r.remoteId == e.remoteId)
                            return void(m_orphans << found);
                    if (m_journal)
                        m_journal->gone(e);
                },
                gone);
            break;
        }
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
        request(videoroom->list(), [this, videoroom, nodeId](const QJsonObject& data) {
            for (const vr::Room& room : vr::parseRooms(data)) {
                if (room.description.startsWith(QLatin1String("jcc-probe:"))) {
                    m_orphans << Orphan{Orphan::Kind::ProbeRoom,
                                        Orphan::Found::Marker,
                                        nodeId,
                                        room.id,
                                        {},
                                        {},
                                        {}};
                    continue;
                }
                request(videoroom->listParticipants(room.id), [this, videoroom, nodeId,
                                                               roomId =
                                                                   room.id](const QJsonObject& d) {
                    for (const vr::Participant& p : vr::parseParticipants(d)) {
                        if (p.remote) {
                            const auto link = marker::linkOfDisplay(p.display);
                            const LinkPlan* owner = link ? plan(*link) : nullptr;
                            if (link && !(owner && owner->targetNode == nodeId &&
                                          owner->targetRoom == roomId))
                                m_orphans << Orphan{Orphan::Kind::RemotePublisher,
                                                    Orphan::Found::Marker,
                                                    nodeId,
                                                    roomId,
                                                    p.id,
                                                    {},
                                                    *link};
                        } else if (p.publisher) {
                            request(
                                videoroom->listRemotes(roomId, p.id, m_roomSecrets.value(nodeId)),
                                [this, nodeId, roomId, pid = p.id](const QJsonObject& r) {
                                    for (const vr::Remotization& rem : vr::parseRemotizations(r)) {
                                        const auto link = marker::linkOfRemoteId(rem.remoteId);
                                        if (link && !plan(*link))
                                            m_orphans << Orphan{Orphan::Kind::Remotization,
                                                                Orphan::Found::Marker,
                                                                nodeId,
                                                                roomId,
                                                                pid,
                                                                rem.remoteId,
                                                                *link};
                                    }
                                });
                        }
                    }
                });
            }
        });
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
        [this, id = p.id](const QJsonObject& data) {
            for (const vr::Participant& part : vr::parseParticipants(data))
                if (part.remote && marker::linkOfDisplay(part.display) == id)
                    m_seen[id].copies.insert(part.id, part.display);
        },
        incomplete);
    janus::VideoRoom* videoroom = source->videoroom();
    request(
        videoroom->listParticipants(p.sourceRoom),
        [this, videoroom, p, incomplete](const QJsonObject& data) {
            for (const vr::Participant& part : vr::parseParticipants(data)) {
                if (!part.publisher || part.remote)
                    continue;
                request(
                    videoroom->listRemotes(p.sourceRoom, part.id, p.sourceRoomSecret),
                    [this, p, pid = part.id](const QJsonObject& r) {
                        for (const vr::Remotization& rem : vr::parseRemotizations(r))
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
            [this, orphan, removedCount](const QJsonObject&) {
                ++*removedCount;
                settledOnServer(orphan);
            },
            destroyed);
    };
    auto removePublishers = [=, this] {
        request(
            videoroom->listParticipants(room),
            [=, this](const QJsonObject& data) {
                QList<janus::Reply*> removals;
                for (const vr::Participant& p : vr::parseParticipants(data))
                    if (p.remote)
                        removals << videoroom->removeRemotePublisher(room, p.id, secret);
                afterAll(removals, destroy);
            },
            destroyed);
    };
    request(
        videoroom->listForwarders(room, secret),
        [=, this](const QJsonObject& data) {
            QList<janus::Reply*> stops;
            for (const vr::Forwarder& f : vr::parseForwarders(data))
                for (const vr::ForwarderStream& fs : f.streams)
                    stops << videoroom->stopRtpForward(room, f.publisherId, fs.streamId, secret);
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
        janus::VideoRoom* videoroom = node->videoroom();
        const QString secret = m_roomSecrets.value(o.node);
        janus::Reply* reply = nullptr;
        switch (o.kind) {
        case Orphan::Kind::RemotePublisher:
            reply = videoroom->removeRemotePublisher(o.room, o.id, secret);
            break;
        case Orphan::Kind::Remotization:
            reply = videoroom->unpublishRemotely(o.room, o.id, o.remoteId, secret);
            break;
        case Orphan::Kind::Forwarder:
            reply = videoroom->stopRtpForward(o.room, o.id, o.stream, secret);
            break;
        case Orphan::Kind::ProbeRoom:
            removeProbeRoom(videoroom, o, removedCount);
            continue;
        }
        request(
            reply,
            [this, o, removedCount](const QJsonObject&) {
                ++*removedCount;
                settledOnServer(o);
            },
            [this, o, removedCount](const janus::Error& e) {
                if (!notThere(e))
                    return false;
                ++*removedCount;
                settledOnServer(o);
                return true;
            });
    }
    QMetaObject::invokeMethod(this, &OrphanScanner::settle, Qt::QueuedConnection);
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
