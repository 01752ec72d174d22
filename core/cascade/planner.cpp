#include "planner.h"

#include "janus/videoroomerrors.h"
#include "marker.h"

#include <QCoreApplication>
#include <algorithm>
#include <optional>

namespace cascade {

using janus::Error;
using janus::Id;
namespace vr = janus::videoroom;

namespace {

Action step(Action::Kind kind, const vr::Publisher& publisher, const Id& copy) {
    Action a;
    a.kind = kind;
    a.publisher = publisher.id;
    a.copy = copy;
    a.display = publisher.display;
    return a;
}

Action roomMissing(const LinkPlan& link, const Observed& observed) {
    Action a;
    if (!link.createTargetRoom) {
        a.kind = Action::Kind::Down;
        a.reason = QCoreApplication::translate("cascade::LinkController",
                                               "room %1 does not exist on %2; create it or "
                                               "enable \"create target room\" on the link")
                       .arg(link.targetRoom.toString(), link.targetNode);
        return a;
    }
    // The room takes the codecs the source's publishers send, so the copies fit in it.
    QStringList audio, video;
    for (const vr::Publisher& p : observed.publishers)
        for (const vr::Stream& s : p.streams) {
            QStringList& codecs = s.type == QLatin1String("audio") ? audio : video;
            if (!s.codec.isEmpty() && !codecs.contains(s.codec) && s.type != QLatin1String("data"))
                codecs << s.codec;
        }
    a.kind = Action::Kind::CreateTargetRoom;
    a.audioCodecs = audio.join(QLatin1Char(','));
    a.videoCodecs = video.join(QLatin1Char(','));
    return a;
}

void rebuild(const LinkPlan& link, const vr::Publisher& publisher, const Id& copy, bool onTarget,
             const std::optional<vr::Remotization>& remote, const QString& why, bool encrypt,
             PortAllocator& ports, QList<Action>& out);

/// One wanted publisher: keep its mirror, or clean up what is left of it and build it anew.
void planMirror(const LinkPlan& link, const vr::Publisher& publisher, bool onTarget,
                const std::optional<vr::Remotization>& remote, const Previous& previous,
                bool encrypt, PortAllocator& ports, QList<Action>& out) {
    const Id copy = marker::mirrorId(link.id, publisher.id, link.stringIds);
    const Mirror before = previous.mirrors.value(publisher.id);
    // An encrypted mirror is kept only with the key this controller made for it; a copy made
    // by another console or before a restart is replaced rather than adopted blind. A mirror
    // this controller encrypted is rebuilt plain when the leg must be plain now.
    const bool keyFits = encrypt ? before.encrypted : !before.encrypted;
    if (onTarget && remote && remote->host == link.host && keyFits) {
        const bool changed = before.state == Mirror::State::Up && !before.streams.isEmpty() &&
                             before.streams != publisher.streams;
        Action a = step(changed ? Action::Kind::UpdateRemotePublisher : Action::Kind::Keep,
                        publisher, copy);
        a.port = remote->port;
        a.streams = publisher.streams;
        ports.reserve(remote->port);
        out << a;
        return;
    }
    // A copy on the target without a feed may be another console's mirror in the making
    // (add_remote_publisher comes before publish_remotely): give it one pass.
    if (onTarget && !remote && !previous.unfedSeen.contains(copy) && !before.port) {
        out << step(Action::Kind::WaitForFeed, publisher, copy);
        return;
    }
    if (previous.blocking.isError() && !onTarget && !remote) {
        // Another add_remote_publisher would fail the same way, on another port.
        Action a = step(Action::Kind::MarkFailed, publisher, copy);
        a.error = previous.blocking;
        out << a;
        return;
    }
    // Something is missing or stale: remove what is left of the mirror, then build it anew.
    QString why;
    if (onTarget && remote && remote->host == link.host) // whole, but not with the key wanted
        why = encrypt ? QCoreApplication::translate("cascade::LinkController",
                                                    "replaced: its SRTP key is not this console's")
                      : QCoreApplication::translate("cascade::LinkController",
                                                    "replaced: the leg is plain RTP now");
    rebuild(link, publisher, copy, onTarget, remote, why, encrypt, ports, out);
}

/// Removes what is left of a mirror (why: when not the usual reason) and builds it anew.
void rebuild(const LinkPlan& link, const vr::Publisher& publisher, const Id& copy, bool onTarget,
             const std::optional<vr::Remotization>& remote, const QString& why, bool encrypt,
             PortAllocator& ports, QList<Action>& out) {
    if (remote) {
        Action a = step(Action::Kind::Unpublish, publisher, copy);
        a.remoteId = remote->remoteId;
        a.port = remote->port;
        a.reason = why;
        ports.release(remote->port);
        out << a;
    }
    if (onTarget) {
        Action a = step(Action::Kind::RemoveCopy, publisher, copy);
        a.reason = why;
        out << a;
    }
    const int port = ports.acquire();
    if (port < 0) {
        Action a = step(Action::Kind::MarkFailed, publisher, copy);
        a.error = portsExhausted(link, ports);
        out << a;
        return;
    }
    Action add = step(Action::Kind::AddRemotePublisher, publisher, copy);
    add.port = port;
    add.streams = publisher.streams;
    add.iface = ifaceFor(link.bindAddress);
    add.encrypt = encrypt;
    Action publish = step(Action::Kind::PublishRemotely, publisher, copy);
    publish.host = link.host;
    publish.encrypt = encrypt;
    out << add << publish;
}

/// This link's remotization of a publisher, as listremotes reported it (the last one wins).
std::optional<vr::Remotization> ours(const LinkPlan& link, const Observed& observed,
                                     const Id& publisher) {
    std::optional<vr::Remotization> found;
    for (const vr::Remotization& r : observed.remotizations.value(publisher))
        if (r.remoteId == marker::remoteId(link.id))
            found = r;
    return found;
}

} // namespace

Error portsExhausted(const LinkPlan& link, const PortAllocator& ports) {
    return Error::invalidInput(
        QCoreApplication::translate("cascade::LinkController",
                                    "the forwarded port range %1–%2 of %3 is exhausted; widen "
                                    "it in the node's settings")
            .arg(ports.first())
            .arg(ports.last())
            .arg(link.targetNode),
        QStringLiteral("add_remote_publisher"));
}

QList<vr::Publisher> wantedPublishers(const LinkPlan& link, const Observed& observed) {
    QSet<Id> local;
    for (const vr::Participant& p : observed.sourceParticipants)
        if (p.publisher && !p.remote)
            local.insert(p.id);
    QList<vr::Publisher> wanted;
    for (const vr::Publisher& p : observed.publishers)
        if (local.contains(p.id) && (!link.publisher.isValid() || p.id == link.publisher))
            wanted << p;
    return wanted;
}

QList<Action> plan(const LinkPlan& link, const Observed& observed, const Previous& previous) {
    const SrtpDecision srtp = decideSrtp(link.srtp, observed.source, observed.target);
    if (srtp.refused) { // srtp: required, and a node cannot: create nothing
        Action a;
        a.kind = Action::Kind::Down;
        a.reason = QCoreApplication::translate("cascade::LinkController", "srtp is required but %1")
                       .arg(srtp.reason);
        return {a};
    }
    if (observed.targetRoomMissing)
        return {roomMissing(link, observed)};
    if (observed.error.isError()) {
        Action a;
        a.kind = Action::Kind::Degraded;
        a.reason = observed.error.message();
        return {a};
    }
    // This link's copies on the target, in the order listed; other links' and foreign remote
    // publishers are not ours to touch.
    QList<Id> copies;
    for (const vr::Participant& p : observed.targetParticipants)
        if (p.remote && marker::linkOfDisplay(p.display) == link.id && !copies.contains(p.id))
            copies << p.id;
    PortAllocator ports = observed.ports;
    QList<Action> out;
    QSet<Id> wantedCopies, wanted;
    for (const vr::Publisher& publisher : wantedPublishers(link, observed)) {
        const Id copy = marker::mirrorId(link.id, publisher.id, link.stringIds);
        wantedCopies.insert(copy);
        wanted.insert(publisher.id);
        planMirror(link, publisher, copies.contains(copy), ours(link, observed, publisher.id),
                   previous, srtp.encrypt, ports, out);
    }
    for (const Id& copy : std::as_const(copies))
        if (!wantedCopies.contains(copy)) { // its publisher left
            Action a;
            a.kind = Action::Kind::RemoveCopy;
            a.copy = copy;
            out << a;
        }
    QList<int> freed;
    for (const Mirror& gone : previous.mirrors)
        if (!wanted.contains(gone.publisher) && gone.port > 0)
            freed << gone.port;
    std::sort(freed.begin(), freed.end());
    for (int port : std::as_const(freed)) {
        Action a;
        a.kind = Action::Kind::ReleasePort;
        a.port = port;
        out << a;
    }
    return out;
}

AddFailure judgeAddFailure(const Error& error, int port, int attempt) {
    AddFailure f;
    f.portUnusable = janus::videoroom::isPortBusy(error) &&
                     port > 0; // counted, and kept out of the next acquire()
    if (f.portUnusable && attempt < kMaxBusyPorts) {
        f.next = AddFailure::Next::TryNextPort;
        return f;
    }
    f.blocking = janus::videoroom::isBindAddressNotLocal(error);
    // 436: another console is building the same mirror right now; look again later.
    f.next = error.code == 436 ? AddFailure::Next::WaitForOtherConsole : AddFailure::Next::Fail;
    return f;
}

QString toString(const Action& a) {
    const QString who = a.publisher.isValid() ? a.publisher.toString() : a.copy.toString();
    const QString port = QStringLiteral(" port=%1").arg(a.port);
    switch (a.kind) {
    case Action::Kind::CreateTargetRoom:
        return QStringLiteral("create room audio=%1 video=%2").arg(a.audioCodecs, a.videoCodecs);
    case Action::Kind::Down:
        return QStringLiteral("down: ") + a.reason;
    case Action::Kind::Degraded:
        return QStringLiteral("degraded: ") + a.reason;
    case Action::Kind::Keep:
        return QStringLiteral("keep ") + who + port;
    case Action::Kind::UpdateRemotePublisher:
        return QStringLiteral("update ") + who + port;
    case Action::Kind::WaitForFeed:
        return QStringLiteral("wait ") + who;
    case Action::Kind::MarkFailed:
        return QStringLiteral("fail %1: %2")
            .arg(who, a.error.code ? QString::number(a.error.code) : a.error.serverText);
    case Action::Kind::Unpublish:
        return QStringLiteral("unpublish ") + who + port;
    case Action::Kind::RemoveCopy:
        return QStringLiteral("remove ") + a.copy.toString() +
               (a.publisher.isValid() ? QString() : QStringLiteral(" (publisher left)"));
    case Action::Kind::AddRemotePublisher:
        return QStringLiteral("add ") + who + port +
               (a.iface.isEmpty() ? QString() : QStringLiteral(" iface=") + a.iface) +
               (a.encrypt ? QStringLiteral(" srtp") : QString());
    case Action::Kind::PublishRemotely:
        return QStringLiteral("publish %1 -> %2").arg(who, a.host) +
               (a.encrypt ? QStringLiteral(" srtp") : QString());
    case Action::Kind::ReleasePort:
        return QStringLiteral("release %1").arg(a.port);
    }
    return {};
}

QString toString(const QList<Action>& actions) {
    QStringList lines;
    for (const Action& a : actions)
        lines << toString(a);
    return lines.join(QStringLiteral("; "));
}

} // namespace cascade
