#include "orphan.h"

#include <QObject>

namespace cascade {

using janus::Id;

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

Orphan Orphan::fromEntry(const JournalEntry& e, Found found) {
    const auto k = e.kind == JournalEntry::Kind::ProbeRoom         ? Kind::ProbeRoom
                   : e.kind == JournalEntry::Kind::RemotePublisher ? Kind::RemotePublisher
                   : e.kind == JournalEntry::Kind::Forwarder       ? Kind::Forwarder
                                                                   : Kind::Remotization;
    return {k, found, e.node, e.room, e.id, e.remoteId, e.link};
}

} // namespace cascade
