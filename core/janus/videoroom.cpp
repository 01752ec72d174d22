#include "videoroom.h"

#include "videoroomerrors.h"

#include <QCoreApplication>

namespace janus {

namespace vr = videoroom;

namespace {

QString reqKey() {
    return QStringLiteral("request");
}
QString roomKey() {
    return QStringLiteral("room");
}

} // namespace

VideoRoom::VideoRoom(Connection* connection, QObject* parent)
    : PluginHandle(QString::fromLatin1(plugin), connection, &vr::explain, parent) {}

Reply* VideoRoom::send(QJsonObject body, const QString& secret) {
    if (!secret.isEmpty())
        body.insert(QStringLiteral("secret"), secret);
    return request(body);
}

Pending<QList<vr::Room>> VideoRoom::list() {
    QJsonObject body{{reqKey(), QStringLiteral("list")}};
    if (!m_adminKey.isEmpty())
        body.insert(QStringLiteral("admin_key"), m_adminKey);
    return {send(body), &vr::answer::rooms};
}

Pending<bool> VideoRoom::exists(Id room) {
    return {send({{reqKey(), QStringLiteral("exists")}, {roomKey(), room.toJson()}}),
            &vr::answer::existence};
}

Pending<Id> VideoRoom::create(const CreateRoom& spec) {
    QJsonObject body{{reqKey(), QStringLiteral("create")},
                     {QStringLiteral("is_private"), spec.isPrivate},
                     {QStringLiteral("publishers"), spec.publishers},
                     {QStringLiteral("permanent"), false}};
    if (spec.room.isValid())
        body.insert(roomKey(), spec.room.toJson());
    if (!spec.description.isEmpty())
        body.insert(QStringLiteral("description"), spec.description);
    if (!spec.audioCodecs.isEmpty())
        body.insert(QStringLiteral("audiocodec"), spec.audioCodecs);
    if (!spec.videoCodecs.isEmpty())
        body.insert(QStringLiteral("videocodec"), spec.videoCodecs);
    if (!m_adminKey.isEmpty())
        body.insert(QStringLiteral("admin_key"), m_adminKey);
    return {send(body, spec.secret), &vr::answer::roomId};
}

Pending<Done> VideoRoom::destroy(Id room, const QString& secret) {
    return {send({{reqKey(), QStringLiteral("destroy")},
                  {roomKey(), room.toJson()},
                  {QStringLiteral("permanent"), false}},
                 secret),
            &vr::answer::done};
}

Pending<QList<vr::Participant>> VideoRoom::listParticipants(Id room) {
    return {send({{reqKey(), QStringLiteral("listparticipants")}, {roomKey(), room.toJson()}}),
            &vr::answer::participants};
}

Pending<QList<vr::Forwarder>> VideoRoom::listForwarders(Id room, const QString& secret) {
    return {
        send({{reqKey(), QStringLiteral("listforwarders")}, {roomKey(), room.toJson()}}, secret),
        &vr::answer::forwarders};
}

Pending<vr::Forwarder> VideoRoom::rtpForward(Id room, Id publisher, const QString& host,
                                             const QList<ForwardTarget>& targets,
                                             const QString& secret, const SrtpKey& srtp) {
    QJsonArray streams;
    for (const ForwardTarget& t : targets) {
        QJsonObject s{{QStringLiteral("mid"), t.mid}, {QStringLiteral("port"), t.port}};
        if (t.ssrc != 0)
            s.insert(QStringLiteral("ssrc"), qint64(t.ssrc));
        streams.append(s);
    }
    QJsonObject body{{reqKey(), QStringLiteral("rtp_forward")},
                     {roomKey(), room.toJson()},
                     {QStringLiteral("publisher_id"), publisher.toJson()},
                     {QStringLiteral("host"), host},
                     {QStringLiteral("streams"), streams}};
    if (!m_adminKey.isEmpty())
        body.insert(QStringLiteral("admin_key"), m_adminKey);
    addSrtp(body, srtp);
    return {send(body, secret), &vr::answer::forwarded};
}

Pending<Done> VideoRoom::stopRtpForward(Id room, Id publisher, qint64 streamId,
                                        const QString& secret) {
    return {send({{reqKey(), QStringLiteral("stop_rtp_forward")},
                  {roomKey(), room.toJson()},
                  {QStringLiteral("publisher_id"), publisher.toJson()},
                  {QStringLiteral("stream_id"), streamId}},
                 secret),
            &vr::answer::done};
}

Pending<vr::RemotePublisher> VideoRoom::addRemotePublisher(const AddRemotePublisher& spec) {
    QJsonArray streams;
    for (const videoroom::Stream& s : spec.streams)
        streams.append(s.toRemoteStreamJson(serverVersion()));
    QJsonObject body{{reqKey(), QStringLiteral("add_remote_publisher")},
                     {roomKey(), spec.room.toJson()},
                     {QStringLiteral("streams"), streams}};
    if (spec.id.isValid())
        body.insert(QStringLiteral("id"), spec.id.toJson());
    if (!spec.display.isEmpty())
        body.insert(QStringLiteral("display"), spec.display);
    if (!spec.iface.isEmpty())
        body.insert(QStringLiteral("iface"), spec.iface);
    if (spec.port > 0)
        body.insert(QStringLiteral("port"), spec.port);
    if (spec.rtcpPort > 0) // read by Janus although its parameter list does not name it
        body.insert(QStringLiteral("rtcp_port"), spec.rtcpPort);
    addSrtp(body, spec.srtp);
    Reply* reply = send(body, spec.secret);
    if (!spec.iface.isEmpty())
        reply->setContext(QStringLiteral("bind address (iface) sent: %1").arg(spec.iface));
    return {reply, &vr::answer::remotePublisher};
}

Pending<Done> VideoRoom::updateRemotePublisher(Id room, Id id,
                                               const QList<videoroom::Stream>& streams,
                                               const QString& secret, const SrtpKey& srtp) {
    QJsonArray array;
    for (const videoroom::Stream& s : streams)
        array.append(s.toRemoteStreamJson(serverVersion()));
    QJsonObject body{{reqKey(), QStringLiteral("update_remote_publisher")},
                     {roomKey(), room.toJson()},
                     {QStringLiteral("id"), id.toJson()},
                     {QStringLiteral("streams"), array}};
    addSrtp(body, srtp);
    return {send(body, secret), &vr::answer::done};
}

Pending<Done> VideoRoom::removeRemotePublisher(Id room, Id id, const QString& secret) {
    return {send({{reqKey(), QStringLiteral("remove_remote_publisher")},
                  {roomKey(), room.toJson()},
                  {QStringLiteral("id"), id.toJson()}},
                 secret),
            &vr::answer::done};
}

Pending<Done> VideoRoom::publishRemotely(Id room, Id publisher, const QString& remoteId,
                                         const QString& host, int port, int rtcpPort,
                                         const QString& secret, const SrtpKey& srtp) {
    QJsonObject body{{reqKey(), QStringLiteral("publish_remotely")},
                     {roomKey(), room.toJson()},
                     {QStringLiteral("publisher_id"), publisher.toJson()},
                     {QStringLiteral("remote_id"), remoteId},
                     {QStringLiteral("host"), host},
                     {QStringLiteral("port"), port}};
    if (rtcpPort > 0)
        body.insert(QStringLiteral("rtcp_port"), rtcpPort);
    addSrtp(body, srtp);
    return {send(body, secret), &vr::answer::done};
}

Pending<Done> VideoRoom::unpublishRemotely(Id room, Id publisher, const QString& remoteId,
                                           const QString& secret) {
    return {send({{reqKey(), QStringLiteral("unpublish_remotely")},
                  {roomKey(), room.toJson()},
                  {QStringLiteral("publisher_id"), publisher.toJson()},
                  {QStringLiteral("remote_id"), remoteId}},
                 secret),
            &vr::answer::done};
}

Pending<QList<vr::Remotization>> VideoRoom::listRemotes(Id room, Id publisher,
                                                        const QString& secret) {
    return {send({{reqKey(), QStringLiteral("listremotes")},
                  {roomKey(), room.toJson()},
                  {QStringLiteral("publisher_id"), publisher.toJson()}},
                 secret),
            &vr::answer::remotizations};
}

Pending<Joined> VideoRoom::joinAsWatcher(Id room, const QString& display, const QString& pin) {
    QJsonObject body{{reqKey(), QStringLiteral("join")},
                     {QStringLiteral("ptype"), QStringLiteral("publisher")},
                     {roomKey(), room.toJson()},
                     {QStringLiteral("display"), display}};
    if (!pin.isEmpty())
        body.insert(QStringLiteral("pin"), pin);
    return {send(body), &vr::answer::joined};
}

Pending<Done> VideoRoom::leave() {
    return {send({{reqKey(), QStringLiteral("leave")}}), &vr::answer::done};
}

void VideoRoom::addSrtp(QJsonObject& body, const SrtpKey& srtp) {
    if (srtp.isNull())
        return;
    body.insert(QStringLiteral("srtp_suite"), srtp.suite());
    body.insert(QStringLiteral("srtp_crypto"), srtp.crypto());
}

} // namespace janus
