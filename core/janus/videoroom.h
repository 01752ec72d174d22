#pragma once

#include "pending.h"
#include "pluginhandle.h"
#include "srtpkey.h"
#include "videoroomtypes.h"

namespace janus {

using videoroom::Joined;

/// A VideoRoom plugin handle on one connection (attached again after every reconnect), with the
/// plugin's requests as typed calls: each answers a Result of the value the request produces,
/// parsed here and nowhere else, or the Error explained by the VideoRoom's table.
class VideoRoom : public PluginHandle {
    Q_OBJECT
public:
    static constexpr const char* plugin = "janus.plugin.videoroom";

    struct CreateRoom {
        Id room; ///< invalid = let Janus choose
        QString description;
        bool isPrivate = false;
        int publishers = 6;
        QString audioCodecs; ///< e.g. "opus"; empty = Janus's default
        QString videoCodecs;
        QString secret; ///< room secret for later destroy/edit; never logged
    };

    struct AddRemotePublisher {
        Id room;
        Id id; ///< invalid = let Janus choose
        QString display;
        QString iface;                    ///< bind address; empty = all interfaces (not sent)
        int port = 0;                     ///< 0 = Janus picks one from 10000–60000
        int rtcpPort = 0;                 ///< 0 = Janus picks one
        QList<videoroom::Stream> streams; ///< every source stream, in mindex order
        QString secret;
        SrtpKey srtp; ///< null = plain RTP; else what the sender encrypts with (Janus 1.3.0+)
    };

    struct ForwardTarget {
        QString mid;
        int port = 0;
        quint32 ssrc = 0; ///< 0 = keep the publisher's
    };

    explicit VideoRoom(Connection* connection, QObject* parent = nullptr);

    /// The room admin key, sent with list and create when set (private rooms, create limits).
    void setAdminKey(const QString& key) { m_adminKey = key; }

    Pending<QList<videoroom::Room>> list();
    Pending<bool> exists(Id room);
    /// Answers the id of the new room (the one asked for, or the one Janus chose).
    Pending<Id> create(const CreateRoom& spec);
    Pending<Done> destroy(Id room, const QString& secret = {});
    Pending<QList<videoroom::Participant>> listParticipants(Id room);
    Pending<QList<videoroom::Forwarder>> listForwarders(Id room, const QString& secret = {});
    Pending<videoroom::Forwarder> rtpForward(Id room, Id publisher, const QString& host,
                                             const QList<ForwardTarget>& targets,
                                             const QString& secret = {}, const SrtpKey& srtp = {});
    Pending<Done> stopRtpForward(Id room, Id publisher, qint64 streamId,
                                 const QString& secret = {});
    Pending<videoroom::RemotePublisher> addRemotePublisher(const AddRemotePublisher& spec);
    Pending<Done> updateRemotePublisher(Id room, Id id, const QList<videoroom::Stream>& streams,
                                        const QString& secret = {}, const SrtpKey& srtp = {});
    Pending<Done> removeRemotePublisher(Id room, Id id, const QString& secret = {});
    Pending<Done> publishRemotely(Id room, Id publisher, const QString& remoteId,
                                  const QString& host, int port, int rtcpPort = 0,
                                  const QString& secret = {}, const SrtpKey& srtp = {});
    Pending<Done> unpublishRemotely(Id room, Id publisher, const QString& remoteId,
                                    const QString& secret = {});
    Pending<QList<videoroom::Remotization>> listRemotes(Id room, Id publisher,
                                                        const QString& secret = {});
    /// Joins as a publisher that never publishes, to receive the room's publisher events.
    Pending<Joined> joinAsWatcher(Id room, const QString& display, const QString& pin = {});
    /// Leaves the room joined with joinAsWatcher().
    Pending<Done> leave();

private:
    Reply* send(QJsonObject body, const QString& secret = {});
    /// Adds srtp_suite and srtp_crypto for a key that is not null.
    static void addSrtp(QJsonObject& body, const SrtpKey& srtp);

    QString m_adminKey;
};

} // namespace janus
