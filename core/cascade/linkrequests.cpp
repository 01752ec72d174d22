#include "linkrequests.h"

#include "marker.h"

namespace cascade {

using janus::Error;
using janus::Id;
using janus::Reply;
using janus::RequestGroup;
namespace vr = janus::videoroom;

LinkRequests::LinkRequests(const LinkPlan& plan, janus::VideoRoom* source, janus::VideoRoom* target,
                           QObject* parent)
    : QObject(parent)
    , m_plan(plan)
    , m_source(source)
    , m_target(target) {}

janus::Pending<QList<janus::videoroom::Participant>> LinkRequests::listSource() {
    return m_source->listParticipants(m_plan.sourceRoom);
}

janus::Pending<QList<janus::videoroom::Participant>> LinkRequests::listTarget() {
    return m_target->listParticipants(m_plan.targetRoom);
}

janus::Pending<QList<janus::videoroom::Remotization>>
LinkRequests::listRemotes(const Id& publisher) {
    return m_source->listRemotes(m_plan.sourceRoom, publisher, m_plan.sourceRoomSecret);
}

janus::Pending<janus::Id> LinkRequests::createTargetRoom(const Action& create) {
    janus::VideoRoom::CreateRoom spec;
    spec.room = m_plan.targetRoom;
    spec.description = tr("Cascade of %1/%2").arg(m_plan.sourceNode, m_plan.sourceRoom.toString());
    spec.audioCodecs = create.audioCodecs;
    spec.videoCodecs = create.videoCodecs;
    spec.secret = m_plan.targetRoomSecret;
    Q_EMIT action(tr("create room %1 on %2").arg(m_plan.targetRoom.toString(), m_plan.targetNode));
    return m_target->create(spec);
}

janus::Pending<janus::videoroom::RemotePublisher>
LinkRequests::addCopy(const Action& add, int port, int rtcpPort, const janus::SrtpKey& srtp) {
    janus::VideoRoom::AddRemotePublisher spec;
    spec.room = m_plan.targetRoom;
    spec.id = add.copy;
    spec.display = marker::display(add.display, m_plan.id);
    spec.iface = add.iface;
    spec.port = port;
    spec.rtcpPort = rtcpPort;
    spec.streams = add.streams;
    spec.secret = m_plan.targetRoomSecret;
    spec.srtp = srtp;
    Q_EMIT action(tr("add_remote_publisher %1 on %2: iface %3, port %4%5")
                      .arg(spec.id.toString(), m_plan.targetNode,
                           spec.iface.isEmpty() ? tr("(all)") : spec.iface,
                           port > 0 ? QString::number(port) : tr("(chosen by Janus)"),
                           srtp.isNull() ? QString() : tr(", SRTP %1").arg(srtp.suiteName())));
    journalCreated(copyEntry(spec.id));
    return m_target->addRemotePublisher(spec);
}

void LinkRequests::copyRefused(const Id& copy) {
    journalGone(copyEntry(copy));
}

janus::Pending<janus::Done> LinkRequests::updateCopy(const Action& update,
                                                     const janus::SrtpKey& srtp) {
    Q_EMIT action(tr("update_remote_publisher %1 on %2 (streams changed)")
                      .arg(update.copy.toString(), m_plan.targetNode));
    return m_target->updateRemotePublisher(m_plan.targetRoom, update.copy, update.streams,
                                           m_plan.targetRoomSecret, srtp);
}

janus::Pending<janus::Done> LinkRequests::publishRemotely(const Action& publish, int port,
                                                          int rtcpPort,
                                                          const janus::SrtpKey& srtp) {
    Q_EMIT action(tr("publish_remotely %1 on %2 → %3:%4 (the target's public side)%5")
                      .arg(publish.publisher.toString(), m_plan.sourceNode, publish.host)
                      .arg(port)
                      .arg(srtp.isNull() ? QString() : tr(", SRTP %1").arg(srtp.suiteName())));
    journalCreated(remotizationEntry(publish.publisher));
    return m_source->publishRemotely(m_plan.sourceRoom, publish.publisher,
                                     marker::remoteId(m_plan.id), publish.host, port, rtcpPort,
                                     m_plan.sourceRoomSecret, srtp);
}

void LinkRequests::remotizationRefused(const Id& publisher) {
    journalGone(remotizationEntry(publisher));
}

janus::Pending<janus::Done> LinkRequests::removeCopy(const Id& copy, const QString& why) {
    Q_EMIT action(
        tr("remove_remote_publisher %1 on %2 (%3)").arg(copy.toString(), m_plan.targetNode, why));
    return whenGone(
        m_target->removeRemotePublisher(m_plan.targetRoom, copy, m_plan.targetRoomSecret),
        copyEntry(copy));
}

janus::Pending<janus::Done> LinkRequests::unpublish(const Id& publisher, const QString& remoteId,
                                                    const QString& why) {
    Q_EMIT action(
        tr("unpublish_remotely %1 on %2 (%3)").arg(publisher.toString(), m_plan.sourceNode, why));
    return whenGone(m_source->unpublishRemotely(m_plan.sourceRoom, publisher, remoteId,
                                                m_plan.sourceRoomSecret),
                    remotizationEntry(publisher));
}

void LinkRequests::sweep(RequestGroup* group) {
    const bool sourceUp = m_source && m_source->isAttached();
    const bool targetUp = m_target && m_target->isAttached();
    // The first error is the one the state names: an unreachable source before a target.
    if (!sourceUp)
        group->addError(Error::transport(tr("source node %1 unreachable").arg(m_plan.sourceNode)));
    if (!targetUp)
        group->addError(Error::transport(tr("target node %1 unreachable").arg(m_plan.targetNode)));
    const auto noRoomIsNothingLeft = [group](const Error& e) {
        if (e.code != 426)
            group->addError(e);
    };
    if (targetUp)
        group->add(
            listTarget(),
            [this, group](const QList<vr::Participant>& participants) {
                for (const vr::Participant& p : participants)
                    if (p.remote && marker::linkOfDisplay(p.display) == m_plan.id)
                        group->add(removeCopy(p.id, tr("link down")));
            },
            noRoomIsNothingLeft);
    // Ask the server, not the watcher: it may not have joined yet (a CLI "link down").
    if (sourceUp)
        group->add(
            listSource(),
            [this, group](const QList<vr::Participant>& participants) {
                sweepSource(group, participants);
            },
            noRoomIsNothingLeft);
}

void LinkRequests::sweepSource(RequestGroup* group, const QList<vr::Participant>& participants) {
    for (const vr::Participant& p : participants) {
        if (!p.publisher || p.remote)
            continue;
        group->add(
            listRemotes(p.id),
            [this, group, id = p.id](const QList<vr::Remotization>& remotes) {
                for (const vr::Remotization& r : remotes)
                    if (r.remoteId == marker::remoteId(m_plan.id))
                        group->add(unpublish(id, r.remoteId, tr("link down")));
            },
            [](const Error&) {}); // the publisher may have left meanwhile
    }
}

JournalEntry LinkRequests::copyEntry(const Id& remotePublisher) const {
    return {JournalEntry::Kind::RemotePublisher,
            m_plan.targetNode,
            m_plan.targetRoom,
            remotePublisher,
            {},
            m_plan.id};
}

JournalEntry LinkRequests::remotizationEntry(const Id& publisher) const {
    return {JournalEntry::Kind::Remotization, m_plan.sourceNode, m_plan.sourceRoom, publisher,
            marker::remoteId(m_plan.id),      m_plan.id};
}

void LinkRequests::journalCreated(const JournalEntry& entry) {
    if (m_journal)
        m_journal->created(entry);
}

void LinkRequests::journalGone(const JournalEntry& entry) {
    if (m_journal)
        m_journal->gone(entry);
}

janus::Pending<janus::Done> LinkRequests::whenGone(janus::Pending<janus::Done> pending,
                                                   const JournalEntry& entry) {
    Reply* reply = pending.reply();
    connect(reply, &Reply::finished, this, [this, entry] { journalGone(entry); });
    connect(reply, &Reply::failed, this, [this, entry](const Error& e) {
        if (e.code == 426 || e.code == 428) // no such room or feed: gone already
            journalGone(entry);
    });
    return pending;
}

} // namespace cascade
