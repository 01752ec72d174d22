#pragma once

#include "janus/error.h"
#include "janus/videoroomtypes.h"
#include "linkplan.h"
#include "portallocator.h"
#include "srtppolicy.h"

#include <QHash>
#include <QList>
#include <QSet>

/// What one reconcile pass of a link does, decided without I/O: LinkController gathers what the
/// servers report (Observed), adds what it knows from earlier passes (Previous), asks plan() for
/// the actions and runs them. Everything here is a value; the functions are pure.
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
    bool encrypted = false; ///< built with an SRTP key this controller holds
};

/// What one pass found on both nodes.
struct Observed {
    QList<janus::videoroom::Participant> sourceParticipants; ///< listparticipants on the source
    QList<janus::videoroom::Publisher> publishers; ///< the source room's, with streams (watcher)
    QList<janus::videoroom::Participant> targetParticipants; ///< remote copies included
    /// listremotes of each wanted publisher (every remotization, not only this link's).
    QHash<janus::Id, QList<janus::videoroom::Remotization>> remotizations;
    bool targetRoomMissing = false; ///< the target answered 426 (no such room)
    janus::Error error;             ///< listing failed otherwise
    PortAllocator ports;            ///< the target's forwarded range: ports in use and busy
    NodeVersion source;             ///< the Janus versions, for the SRTP rule
    NodeVersion target;
};

/// What this controller knows from its earlier passes.
struct Previous {
    QHash<janus::Id, Mirror> mirrors; ///< by source publisher
    QSet<janus::Id> unfedSeen;        ///< copies seen without a feed in the last pass
    janus::Error blocking;            ///< a refusal no retry fixes (499 on the bind address)
};

/// One step of a pass. Steps of one publisher run in their order: its cleanup (Unpublish,
/// RemoveCopy) settles before its AddRemotePublisher, whose answer PublishRemotely uses.
struct Action {
    enum class Kind {
        CreateTargetRoom,      ///< then the pass ends and the next one mirrors into it
        Down,                  ///< the pass ends here: the link is down for reason
        Degraded,              ///< the pass ends here: the link is degraded for reason
        Keep,                  ///< the mirror is whole: up, on port
        UpdateRemotePublisher, ///< the mirror is whole but its publisher's streams changed
        WaitForFeed,           ///< a copy without a feed: another console may be building it
        MarkFailed,            ///< error says why the mirror cannot be built now
        Unpublish,             ///< a stale remotization (target copy missing or host changed)
        RemoveCopy,            ///< an unfed copy, or one whose publisher left (publisher invalid)
        AddRemotePublisher,    ///< on port (0 = Janus picks)
        PublishRemotely,       ///< to the plan's host, on the port the add answered
        ReleasePort,           ///< a mirror that is gone gives its port back
    };
    Kind kind = Kind::Keep;
    janus::Id publisher; ///< the source publisher; invalid for a room or a left publisher's copy
    janus::Id copy;      ///< the target's remote publisher (marker::mirrorId)
    QString display;     ///< the source publisher's display name
    QList<janus::videoroom::Stream> streams; ///< AddRemotePublisher, UpdateRemotePublisher
    int port = 0;                            ///< the RTP port used, given back or asked for
    QString remoteId;                        ///< Unpublish
    QString host;        ///< PublishRemotely: the target's public side (never the ip it answers)
    QString iface;       ///< AddRemotePublisher: the bind address sent; empty = all, not sent
    janus::Error error;  ///< MarkFailed
    QString reason;      ///< Down, Degraded; Unpublish, RemoveCopy: why, when not the usual
    QString audioCodecs; ///< CreateTargetRoom: the codecs the source's publishers use
    QString videoCodecs;
    /// AddRemotePublisher, PublishRemotely: with a fresh SRTP key (the executor makes it);
    /// Unpublish, RemoveCopy: the copy is replaced because its key is not the one wanted.
    bool encrypt = false;
};

/// The local publishers of the source room that the link mirrors, in the watcher's order.
QList<janus::videoroom::Publisher> wantedPublishers(const LinkPlan& link, const Observed& observed);

/// The actions that make the servers match the link. Pure: the same input gives the same list;
/// the ports of AddRemotePublisher are those observed.ports would hand out in that order.
QList<Action> plan(const LinkPlan& link, const Observed& observed, const Previous& previous);

/// Why no mirror can be added: the target's forwarded port range has no free pair.
janus::Error portsExhausted(const LinkPlan& link, const PortAllocator& ports);

/// What to do after add_remote_publisher failed on port, after attempt busy ports.
struct AddFailure {
    enum class Next { TryNextPort, WaitForOtherConsole, Fail };
    Next next = Next::Fail;
    bool portUnusable = false; ///< something on the node holds the port: keep it out of acquire()
    bool blocking = false;     ///< the bind address itself is refused: no other port helps
};
AddFailure judgeAddFailure(const janus::Error& error, int port, int attempt);
/// How many busy ports one add tries before it gives up.
constexpr int kMaxBusyPorts = 8;

/// One line per action, "add 1234 port=20000", for tests and logs (no secrets in any action).
QString toString(const Action& action);
QString toString(const QList<Action>& actions);

} // namespace cascade
