#include "videoroom.h"

#include "redact.h"

namespace janus {

namespace {

QString reqKey() {
    return QStringLiteral("request");
}
QString roomKey() {
    return QStringLiteral("room");
}

} // namespace

VideoRoom::VideoRoom(Connection* connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection) {
    connect(connection, &Connection::ready, this, &VideoRoom::attach);
    connect(connection, &Connection::lost, this, [this] {
        if (!m_handle.isValid())
            return;
        m_handle = {};
        Q_EMIT detached();
    });
    connect(connection, &Connection::handleDetached, this, [this](Id handle) {
        if (handle != m_handle)
            return;
        m_handle = {};
        Q_EMIT detached();
        attach(); // Janus detached us (plugin reload, hangup): get a new handle
    });
    connect(connection, &Connection::handleEvent, this, [this](Id handle, const QJsonObject& m) {
        if (handle != m_handle)
            return;
        const QJsonObject plugindata = m.value(QLatin1String("plugindata")).toObject();
        if (!plugindata.isEmpty())
            Q_EMIT event(plugindata.value(QLatin1String("data")).toObject(), m);
    });
    if (connection->state() == Connection::State::Connected)
        attach();
}

VideoRoom::~VideoRoom() {
    if (m_connection && m_handle.isValid())
        m_connection->detach(m_handle);
}

void VideoRoom::attach() {
    Reply* reply = m_connection->attach(QString::fromLatin1(plugin));
    connect(reply, &Reply::finished, this, [this](const QJsonObject& message) {
        const auto handle = Id::fromJson(
            message.value(QLatin1String("data")).toObject().value(QLatin1String("id")));
        if (!handle) {
            Q_EMIT attachFailed(Error::protocol(QStringLiteral("attach without handle id"),
                                                QStringLiteral("attach")));
            return;
        }
        m_handle = *handle;
        Q_EMIT attached();
    });
    connect(reply, &Reply::failed, this, &VideoRoom::attachFailed);
}

Reply* VideoRoom::request(QJsonObject body, const QString& secret) {
    if (!secret.isEmpty())
        body.insert(QStringLiteral("secret"), secret);
    if (!m_handle.isValid()) {
        // Route through the connection so the failure is asynchronous like any other.
        auto* reply = new Reply(body.value(reqKey()).toString(), QString(),
                                Reply::Payload::PluginData, 0, this);
        const Error error =
            Error::transport(QStringLiteral("VideoRoom handle not attached"), reply->request());
        QTimer::singleShot(0, reply, [reply, error] { reply->fail(error); });
        return reply;
    }
    return m_connection->message(m_handle, body);
}

Reply* VideoRoom::list() {
    QJsonObject body{{reqKey(), QStringLiteral("list")}};
    if (!m_adminKey.isEmpty())
        body.insert(QStringLiteral("admin_key"), m_adminKey);
    return request(body);
}

Reply* VideoRoom::exists(Id room) {
    return request({{reqKey(), QStringLiteral("exists")}, {roomKey(), room.toJson()}});
}

Reply* VideoRoom::create(const CreateRoom& spec) {
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
    return request(body, spec.secret);
}

Reply* VideoRoom::destroy(Id room, const QString& secret) {
    return request({{reqKey(), QStringLiteral("destroy")},
                    {roomKey(), room.toJson()},
                    {QStringLiteral("permanent"), false}},
                   secret);
}

Reply* VideoRoom::listParticipants(Id room) {
    return request({{reqKey(), QStringLiteral("listparticipants")}, {roomKey(), room.toJson()}});
}

Reply* VideoRoom::listForwarders(Id room, const QString& secret) {
    return request({{reqKey(), QStringLiteral("listforwarders")}, {roomKey(), room.toJson()}},
                   secret);
}

Reply* VideoRoom::rtpForward(Id room, Id publisher, const QString& host,
                             const QList<ForwardTarget>& targets, const QString& secret) {
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
    return request(body, secret);
}

Reply* VideoRoom::stopRtpForward(Id room, Id publisher, qint64 streamId, const QString& secret) {
    return request({{reqKey(), QStringLiteral("stop_rtp_forward")},
                    {roomKey(), room.toJson()},
                    {QStringLiteral("publisher_id"), publisher.toJson()},
                    {QStringLiteral("stream_id"), streamId}},
                   secret);
}

Reply* VideoRoom::addRemotePublisher(const AddRemotePublisher& spec) {
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
    Reply* reply = request(body, spec.secret);
    if (!spec.iface.isEmpty())
        reply->setContext(QStringLiteral("bind address (iface) sent: %1").arg(spec.iface));
    return reply;
}

Reply* VideoRoom::updateRemotePublisher(Id room, Id id, const QList<videoroom::Stream>& streams,
                                        const QString& secret) {
    QJsonArray array;
    for (const videoroom::Stream& s : streams)
        array.append(s.toRemoteStreamJson(serverVersion()));
    return request({{reqKey(), QStringLiteral("update_remote_publisher")},
                    {roomKey(), room.toJson()},
                    {QStringLiteral("id"), id.toJson()},
                    {QStringLiteral("streams"), array}},
                   secret);
}

Reply* VideoRoom::removeRemotePublisher(Id room, Id id, const QString& secret) {
    return request({{reqKey(), QStringLiteral("remove_remote_publisher")},
                    {roomKey(), room.toJson()},
                    {QStringLiteral("id"), id.toJson()}},
                   secret);
}

Reply* VideoRoom::publishRemotely(Id room, Id publisher, const QString& remoteId,
                                  const QString& host, int port, int rtcpPort,
                                  const QString& secret) {
    QJsonObject body{{reqKey(), QStringLiteral("publish_remotely")},
                     {roomKey(), room.toJson()},
                     {QStringLiteral("publisher_id"), publisher.toJson()},
                     {QStringLiteral("remote_id"), remoteId},
                     {QStringLiteral("host"), host},
                     {QStringLiteral("port"), port}};
    if (rtcpPort > 0)
        body.insert(QStringLiteral("rtcp_port"), rtcpPort);
    return request(body, secret);
}

Reply* VideoRoom::unpublishRemotely(Id room, Id publisher, const QString& remoteId,
                                    const QString& secret) {
    return request({{reqKey(), QStringLiteral("unpublish_remotely")},
                    {roomKey(), room.toJson()},
                    {QStringLiteral("publisher_id"), publisher.toJson()},
                    {QStringLiteral("remote_id"), remoteId}},
                   secret);
}

Reply* VideoRoom::listRemotes(Id room, Id publisher, const QString& secret) {
    return request({{reqKey(), QStringLiteral("listremotes")},
                    {roomKey(), room.toJson()},
                    {QStringLiteral("publisher_id"), publisher.toJson()}},
                   secret);
}

Reply* VideoRoom::joinAsWatcher(Id room, const QString& display, const QString& pin) {
    QJsonObject body{{reqKey(), QStringLiteral("join")},
                     {QStringLiteral("ptype"), QStringLiteral("publisher")},
                     {roomKey(), room.toJson()},
                     {QStringLiteral("display"), display}};
    if (!pin.isEmpty())
        body.insert(QStringLiteral("pin"), pin);
    return request(body);
}

Reply* VideoRoom::leave() {
    return request({{reqKey(), QStringLiteral("leave")}});
}

} // namespace janus
