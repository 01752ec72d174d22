#pragma once

#include "janus/requestgroup.h"
#include "janus/videoroom.h"
#include "journal.h"
#include "linkplan.h"
#include "planner.h"

#include <QPointer>

namespace cascade {

/// The requests of one link on its two nodes, with the link's rooms, secrets and markers filled
/// in: each object is journaled before it is created and again when a server confirms it gone,
/// and each change on a server is told through action() for the event log.
class LinkRequests : public QObject {
    Q_OBJECT
public:
    LinkRequests(const LinkPlan& plan, janus::VideoRoom* source, janus::VideoRoom* target,
                 QObject* parent = nullptr);

    void setJournal(Journal* journal) { m_journal = journal; }

    janus::Pending<QList<janus::videoroom::Participant>> listSource();
    janus::Pending<QList<janus::videoroom::Participant>> listTarget();
    janus::Pending<QList<janus::videoroom::Remotization>> listRemotes(const janus::Id& publisher);
    janus::Pending<janus::Id> createTargetRoom(const Action& create);
    /// add_remote_publisher for an AddRemotePublisher action, on port (0 = Janus picks).
    /// With a key that is not null, the copy decrypts SRTP with it.
    janus::Pending<janus::videoroom::RemotePublisher>
    addCopy(const Action& add, int port, int rtcpPort, const janus::SrtpKey& srtp = {});
    /// The add was refused: nothing was created.
    void copyRefused(const janus::Id& copy);
    janus::Pending<janus::Done> updateCopy(const Action& update, const janus::SrtpKey& srtp = {});
    /// With a key that is not null, the source encrypts the leg with it.
    janus::Pending<janus::Done> publishRemotely(const Action& publish, int port, int rtcpPort,
                                                const janus::SrtpKey& srtp = {});
    /// The publish was refused: nothing was created.
    void remotizationRefused(const janus::Id& publisher);
    /// remove_remote_publisher; why ends the event log line, e.g. "its publisher left".
    janus::Pending<janus::Done> removeCopy(const janus::Id& copy, const QString& why);
    janus::Pending<janus::Done> unpublish(const janus::Id& publisher, const QString& remoteId,
                                          const QString& why);
    /// Finds every copy and remotization of the link on both servers and removes them, in
    /// group; failures but a missing room are the group's errors.
    void sweep(janus::RequestGroup* group);

Q_SIGNALS:
    /// Each change on a server, for the event log ("add_remote_publisher on b: port 40010").
    void action(const QString& text);

private:
    void sweepSource(janus::RequestGroup* group,
                     const QList<janus::videoroom::Participant>& participants);
    JournalEntry copyEntry(const janus::Id& remotePublisher) const;
    JournalEntry remotizationEntry(const janus::Id& publisher) const;
    void journalCreated(const JournalEntry& entry);
    void journalGone(const JournalEntry& entry);
    /// The reply of a removal, recording the entry as gone when the server confirms it.
    janus::Pending<janus::Done> whenGone(janus::Pending<janus::Done> pending,
                                         const JournalEntry& entry);

    LinkPlan m_plan;
    QPointer<janus::VideoRoom> m_source;
    QPointer<janus::VideoRoom> m_target;
    QPointer<Journal> m_journal;
};

} // namespace cascade
