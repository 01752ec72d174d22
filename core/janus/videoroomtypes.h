#pragma once

#include "id.h"
#include "result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace janus::videoroom {

/// A room as "list" reports it.
struct Room {
    Id id;
    QString description;
    bool isPrivate = false;
    bool pinRequired = false;
    int maxPublishers = 0;
    int participants = 0;
    QString audioCodecs; ///< comma-separated, as Janus reports them
    QString videoCodecs;
    QJsonObject raw;
    static std::optional<Room> fromJson(const QJsonObject& json);
};

/// A participant as "listparticipants" reports it.
struct Participant {
    Id id;
    QString display;
    bool publisher = false;
    bool remote = false; ///< a remote publisher (cascade copy), not a WebRTC peer
    bool talking = false;
    static std::optional<Participant> fromJson(const QJsonObject& json);
};

/// One media stream of a publisher, from the "publishers" arrays of VideoRoom events.
struct Stream {
    QString type; ///< audio, video or data
    int mindex = 0;
    QString mid;
    QString codec;
    QString description;
    bool disabled = false;
    bool simulcast = false;
    bool svc = false;
    bool fec = false;
    bool stereo = false;
    bool dtx = false;
    QString h264Profile; ///< the negotiated H.264 profile-level-id, e.g. "42e01f"
    QString vp9Profile;  ///< the negotiated VP9 profile-id, e.g. "2"
    /// A stream of the given type at mindex with mid = mindex, as remote publishers number them.
    static Stream make(const QString& type, int mindex, const QString& codec);
    /// As add/update_remote_publisher expect it on a server of that version (janus::ServerInfo:
    /// 1.2.1 = 1201; 0 = unknown). The H.264/VP9 profiles go only to 1.2.1 and newer: 1.1.2
    /// reads those fields as booleans and refuses a string (430).
    QJsonObject toRemoteStreamJson(int serverVersion = 0) const;
    static std::optional<Stream> fromJson(const QJsonObject& json);
    friend bool operator==(const Stream&, const Stream&) = default;
};

/// A publisher announced in a room, with its streams in mindex order.
struct Publisher {
    Id id;
    QString display;
    QList<Stream> streams;
    bool remote = false;
    static std::optional<Publisher> fromJson(const QJsonObject& json);
};

/// One forwarded stream of a publisher.
struct ForwarderStream {
    qint64 streamId = 0;
    QString type;
    QString host;
    int port = 0;
    quint32 ssrc = 0;
};

/// The RTP forwarders of one publisher ("listforwarders" or the "rtp_forward" answer).
struct Forwarder {
    Id publisherId;
    QString display;
    QList<ForwarderStream> streams;
};

/// The answer to add_remote_publisher: where the target listens.
struct RemotePublisher {
    Id room;
    Id id;
    QString ip; ///< only when iface was given; never use it as the sender's target behind NAT
    int port = 0;
    int rtcpPort = 0;
};

/// One remotization of a local publisher ("listremotes").
struct Remotization {
    QString remoteId;
    QString host;
    int port = 0;
    int rtcpPort = 0;
};

QList<Room> parseRooms(const QJsonObject& data);
QList<Participant> parseParticipants(const QJsonObject& data);
QList<Publisher> parsePublishers(const QJsonArray& array);
QList<Forwarder> parseForwarders(const QJsonObject& data);
Forwarder parseRtpForward(const QJsonObject& data);
std::optional<RemotePublisher> parseRemotePublisher(const QJsonObject& data);
QList<Remotization> parseRemotizations(const QJsonObject& data);

/// What joinAsWatcher() answers: our own id in the room and the publishers already there.
struct Joined {
    Id self;
    QList<Publisher> publishers;
};

/// The VideoRoom's answers as values: the one place they are parsed. An answer without the
/// field its request always carries is a protocol error, not an empty list.
namespace answer {
Result<Done> done(const QJsonObject& data, const QString& request);
Result<QList<Room>> rooms(const QJsonObject& data, const QString& request);
Result<QList<Participant>> participants(const QJsonObject& data, const QString& request);
Result<QList<Forwarder>> forwarders(const QJsonObject& data, const QString& request);
Result<Forwarder> forwarded(const QJsonObject& data, const QString& request);
Result<QList<Remotization>> remotizations(const QJsonObject& data, const QString& request);
Result<bool> existence(const QJsonObject& data, const QString& request);
Result<Id> roomId(const QJsonObject& data, const QString& request);
Result<RemotePublisher> remotePublisher(const QJsonObject& data, const QString& request);
Result<Joined> joined(const QJsonObject& data, const QString& request);
} // namespace answer

} // namespace janus::videoroom
