#pragma once

#include "connection.h"
#include "videoroomtypes.h"

#include <QPointer>

namespace janus {

/// A VideoRoom plugin handle on one connection, attached again after every reconnect, with the
/// plugin's requests as typed calls. Each returns a Reply whose finished() carries the plugin's
/// data; parse it with the functions in videoroomtypes.h.
class VideoRoom : public QObject {
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
    };

    struct ForwardTarget {
        QString mid;
        int port = 0;
        quint32 ssrc = 0; ///< 0 = keep the publisher's
    };

    explicit VideoRoom(Connection* connection, QObject* parent = nullptr);
    ~VideoRoom() override;

    Connection* connection() const { return m_connection; }
    bool isAttached() const { return m_handle.isValid(); }
    Id handle() const { return m_handle; }
    /// The room admin key, sent with list and create when set (private rooms, create limits).
    void setAdminKey(const QString& key) { m_adminKey = key; }

    Reply* list();
    Reply* exists(Id room);
    Reply* create(const CreateRoom& spec);
    Reply* destroy(Id room, const QString& secret = {});
    Reply* listParticipants(Id room);
    Reply* listForwarders(Id room, const QString& secret = {});
    Reply* rtpForward(Id room, Id publisher, const QString& host,
                      const QList<ForwardTarget>& targets, const QString& secret = {});
    Reply* stopRtpForward(Id room, Id publisher, qint64 streamId, const QString& secret = {});
    Reply* addRemotePublisher(const AddRemotePublisher& spec);
    Reply* updateRemotePublisher(Id room, Id id, const QList<videoroom::Stream>& streams,
                                 const QString& secret = {});
    Reply* removeRemotePublisher(Id room, Id id, const QString& secret = {});
    Reply* publishRemotely(Id room, Id publisher, const QString& remoteId, const QString& host,
                           int port, int rtcpPort = 0, const QString& secret = {});
    Reply* unpublishRemotely(Id room, Id publisher, const QString& remoteId,
                             const QString& secret = {});
    Reply* listRemotes(Id room, Id publisher, const QString& secret = {});
    /// Joins as a publisher that never publishes, to receive the room's publisher events.
    Reply* joinAsWatcher(Id room, const QString& display, const QString& pin = {});
    /// Leaves the room joined with joinAsWatcher().
    Reply* leave();

Q_SIGNALS:
    void attached();
    /// The handle is gone (connection lost or detached); attached() follows after a reconnect.
    void detached();
    void attachFailed(const janus::Error& error);
    /// An unsolicited VideoRoom event (publishers, unpublished, leaving, destroyed…).
    void event(const QJsonObject& data, const QJsonObject& message);

private:
    void attach();
    Reply* request(QJsonObject body, const QString& secret = {});
    int serverVersion() const { return m_connection ? m_connection->serverInfo().version : 0; }

    QPointer<Connection> m_connection;
    Id m_handle;
    QString m_adminKey;
};

} // namespace janus
