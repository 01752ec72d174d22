#include "videoroomtypes.h"

#include <QCoreApplication>
#include <algorithm>

namespace janus::videoroom {

namespace {

QString str(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}

bool flag(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toBool();
}

int integer(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toInt();
}

std::optional<Id> idOf(const QJsonObject& o, const char* key) {
    return Id::fromJson(o.value(QLatin1String(key)));
}

} // namespace

std::optional<Room> Room::fromJson(const QJsonObject& json) {
    const auto roomId = idOf(json, "room");
    if (!roomId)
        return std::nullopt;
    Room room;
    room.id = *roomId;
    room.description = str(json, "description");
    room.isPrivate = flag(json, "is_private");
    room.pinRequired = flag(json, "pin_required");
    room.maxPublishers = integer(json, "max_publishers");
    room.participants = integer(json, "num_participants");
    room.audioCodecs = str(json, "audiocodec");
    room.videoCodecs = str(json, "videocodec");
    room.raw = json;
    return room;
}

std::optional<Participant> Participant::fromJson(const QJsonObject& json) {
    const auto participantId = idOf(json, "id");
    if (!participantId)
        return std::nullopt;
    return Participant{*participantId, str(json, "display"), flag(json, "publisher"),
                       flag(json, "remote"), flag(json, "talking")};
}

Stream Stream::make(const QString& type, int mindex, const QString& codec) {
    Stream s;
    s.type = type;
    s.mindex = mindex;
    s.mid = QString::number(mindex);
    s.codec = codec;
    return s;
}

QJsonObject Stream::toRemoteStreamJson(int serverVersion) const {
    QJsonObject json{{QStringLiteral("type"), type},
                     {QStringLiteral("mindex"), mindex},
                     {QStringLiteral("mid"), mid}};
    // Janus rejects JSON null, so optional fields are left out rather than sent empty.
    if (!codec.isEmpty())
        json.insert(QStringLiteral("codec"), codec);
    if (!description.isEmpty())
        json.insert(QStringLiteral("description"), description);
    if (disabled)
        json.insert(QStringLiteral("disabled"), true);
    if (simulcast)
        json.insert(QStringLiteral("simulcast"), true);
    if (svc)
        json.insert(QStringLiteral("svc"), true);
    if (fec)
        json.insert(QStringLiteral("fec"), true);
    if (stereo)
        json.insert(QStringLiteral("stereo"), true);
    if (dtx)
        json.insert(QStringLiteral("dtx"), true);
    if (serverVersion >= 1201) {
        if (!h264Profile.isEmpty())
            json.insert(QStringLiteral("h264_profile"), h264Profile);
        if (!vp9Profile.isEmpty())
            json.insert(QStringLiteral("vp9_profile"), vp9Profile);
    }
    return json;
}

std::optional<Stream> Stream::fromJson(const QJsonObject& json) {
    const QJsonValue mindex = json.value(QLatin1String("mindex"));
    if (!mindex.isDouble() || str(json, "type").isEmpty())
        return std::nullopt;
    Stream s;
    s.type = str(json, "type");
    s.mindex = mindex.toInt();
    s.mid = str(json, "mid");
    s.codec = str(json, "codec");
    s.description = str(json, "description");
    s.disabled = flag(json, "disabled");
    s.simulcast = json.contains(QLatin1String("simulcast"));
    s.svc = json.contains(QLatin1String("svc"));
    s.fec = flag(json, "fec");
    s.stereo = flag(json, "stereo");
    s.dtx = flag(json, "dtx");
    // Events spell them with a dash; the request fields use an underscore.
    s.h264Profile = str(json, "h264-profile");
    s.vp9Profile = str(json, "vp9-profile");
    return s;
}

std::optional<Publisher> Publisher::fromJson(const QJsonObject& json) {
    const auto publisherId = idOf(json, "id");
    if (!publisherId)
        return std::nullopt;
    Publisher p;
    p.id = *publisherId;
    p.display = str(json, "display");
    p.remote = flag(json, "remote");
    for (const QJsonValue& v : json.value(QLatin1String("streams")).toArray())
        if (auto s = Stream::fromJson(v.toObject()))
            p.streams << *s;
    std::sort(p.streams.begin(), p.streams.end(),
              [](const Stream& a, const Stream& b) { return a.mindex < b.mindex; });
    return p;
}

QList<Room> parseRooms(const QJsonObject& data) {
    QList<Room> rooms;
    for (const QJsonValue& v : data.value(QLatin1String("list")).toArray())
        if (auto room = Room::fromJson(v.toObject()))
            rooms << *room;
    return rooms;
}

QList<Participant> parseParticipants(const QJsonObject& data) {
    QList<Participant> out;
    for (const QJsonValue& v : data.value(QLatin1String("participants")).toArray())
        if (auto p = Participant::fromJson(v.toObject()))
            out << *p;
    return out;
}

QList<Publisher> parsePublishers(const QJsonArray& array) {
    QList<Publisher> out;
    for (const QJsonValue& v : array)
        if (auto p = Publisher::fromJson(v.toObject()))
            out << *p;
    return out;
}

namespace {

QList<ForwarderStream> parseForwarderStreams(const QJsonArray& array) {
    QList<ForwarderStream> out;
    for (const QJsonValue& v : array) {
        const QJsonObject f = v.toObject();
        out << ForwarderStream{f.value(QLatin1String("stream_id")).toInteger(), str(f, "type"),
                               str(f, "host"), integer(f, "port"),
                               quint32(f.value(QLatin1String("ssrc")).toInteger())};
    }
    return out;
}

} // namespace

QList<Forwarder> parseForwarders(const QJsonObject& data) {
    QList<Forwarder> out;
    for (const QJsonValue& v : data.value(QLatin1String("publishers")).toArray()) {
        const QJsonObject p = v.toObject();
        const auto publisherId = idOf(p, "publisher_id");
        if (!publisherId)
            continue;
        out << Forwarder{*publisherId, str(p, "display"),
                         parseForwarderStreams(p.value(QLatin1String("forwarders")).toArray())};
    }
    return out;
}

Forwarder parseRtpForward(const QJsonObject& data) {
    return Forwarder{idOf(data, "publisher_id").value_or(Id()), QString(),
                     parseForwarderStreams(data.value(QLatin1String("forwarders")).toArray())};
}

std::optional<RemotePublisher> parseRemotePublisher(const QJsonObject& data) {
    const auto room = idOf(data, "room");
    const auto publisher = idOf(data, "id");
    if (!room || !publisher || integer(data, "port") <= 0)
        return std::nullopt;
    return RemotePublisher{*room, *publisher, str(data, "ip"), integer(data, "port"),
                           integer(data, "rtcp_port")};
}

QList<Remotization> parseRemotizations(const QJsonObject& data) {
    QList<Remotization> out;
    for (const QJsonValue& v : data.value(QLatin1String("list")).toArray()) {
        const QJsonObject r = v.toObject();
        out << Remotization{str(r, "remote_id"), str(r, "host"), integer(r, "port"),
                            integer(r, "rtcp_port")};
    }
    return out;
}

namespace {

/// An answer without the field its request always carries does not follow the API.
std::optional<Error> missing(const QJsonObject& data, const char* key, const QString& request) {
    if (data.contains(QLatin1String(key)))
        return std::nullopt;
    return Error::protocol(QCoreApplication::translate("VideoRoom", "the answer has no \"%1\"")
                               .arg(QLatin1String(key)),
                           request);
}

} // namespace

namespace answer {

Result<Done> done(const QJsonObject&, const QString&) {
    return Done{};
}

template <typename T, T (*parse)(const QJsonObject&)>
Result<T> listed(const QJsonObject& data, const QString& request, const char* key) {
    if (auto e = missing(data, key, request))
        return *e;
    return parse(data);
}

Result<QList<Room>> rooms(const QJsonObject& data, const QString& request) {
    return listed<QList<Room>, parseRooms>(data, request, "list");
}
Result<QList<Participant>> participants(const QJsonObject& data, const QString& request) {
    return listed<QList<Participant>, parseParticipants>(data, request, "participants");
}
Result<QList<Forwarder>> forwarders(const QJsonObject& data, const QString& request) {
    return listed<QList<Forwarder>, parseForwarders>(data, request, "publishers");
}
Result<Forwarder> forwarded(const QJsonObject& data, const QString& request) {
    return listed<Forwarder, parseRtpForward>(data, request, "forwarders");
}
Result<QList<Remotization>> remotizations(const QJsonObject& data, const QString& request) {
    return listed<QList<Remotization>, parseRemotizations>(data, request, "list");
}

Result<bool> existence(const QJsonObject& data, const QString& request) {
    if (auto e = missing(data, "exists", request))
        return *e;
    return data.value(QLatin1String("exists")).toBool();
}

Result<Id> roomId(const QJsonObject& data, const QString& request) {
    if (const auto id = Id::fromJson(data.value(QLatin1String("room"))))
        return *id;
    return *missing({}, "room", request);
}

Result<RemotePublisher> remotePublisher(const QJsonObject& data, const QString& request) {
    if (const auto rp = parseRemotePublisher(data))
        return *rp;
    return Error::protocol(QCoreApplication::translate(
                               "VideoRoom", "the answer names no room, id and port of the copy"),
                           request);
}

Result<Joined> joined(const QJsonObject& data, const QString& request) {
    const auto self = Id::fromJson(data.value(QLatin1String("id")));
    if (!self)
        return *missing({}, "id", request);
    return Joined{*self, parsePublishers(data.value(QLatin1String("publishers")).toArray())};
}

} // namespace answer

} // namespace janus::videoroom
