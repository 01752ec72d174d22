#pragma once

#include "janus/adminclient.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <functional>
#include <optional>

namespace cascade {

/// One stream of a WebRTC publisher as the source node receives it (handle_info's
/// webrtc.media.<mid>): counters since the PeerConnection started, RTCP figures where present.
struct SourceStreamStats {
    QString mid;
    QString type; ///< audio, video or data
    qint64 packetsIn = 0;
    qint64 bytesIn = 0;
    qint64 bytesInLastSecond = 0;
    std::optional<qint64> nacksIn; ///< only where the stream does NACKs
    std::optional<int> rttMs;      ///< rtcp.main.rtt
    std::optional<int> jitterMs;   ///< rtcp.main.jitter-local (what Janus measures on receipt)
    std::optional<qint64> lost;    ///< rtcp.main.lost
};

/// What the source node says about a mirrored publisher's media (see SourceMediaReader).
struct SourceMediaStats {
    janus::Id room;
    janus::Id publisher;
    janus::Id session; ///< where the publisher's handle was found
    janus::Id handle;
    QString iceState; ///< webrtc.ice.state: "connected", "ready", "failed", …
    QList<SourceStreamStats> streams;
    QDateTime readAt;

    qint64 packetsIn() const;
    qint64 bytesIn() const;
    QJsonObject toJson() const;
    /// "ICE connected; audio 0: 1234 packets, 56 kB in, RTT 3 ms, jitter 1 ms"
    QString summary() const;
    /// From a handle_info "info" object; nullopt when it is not this VideoRoom publisher.
    static std::optional<SourceMediaStats> fromHandleInfo(const QJsonObject& info, janus::Id room,
                                                          janus::Id publisher);
};

/// Reads the source-side media of VideoRoom publishers over a node's Admin API. The handle of a
/// publisher is found once (list_sessions, list_handles, handle_info matching plugin_specific's
/// room and id) and cached; when the cached handle is gone (the publisher left and came back,
/// or the server restarted) it is searched for again.
class SourceMediaReader : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<void(const janus::Result<SourceMediaStats>&)>;
    /// A search looks at the handles of at most this many sessions.
    static constexpr int maxSessions = 200;

    explicit SourceMediaReader(janus::AdminClient* admin, QObject* parent = nullptr);

    /// Reads the publisher's stats; handler is called once, unless context is gone first.
    void read(janus::Id room, janus::Id publisher, const QObject* context, Handler handler);
    /// How many searches (full scans of the sessions) ran so far; a cached handle needs none.
    int searches() const { return m_searches; }

private:
    struct Key {
        janus::Id room, publisher;
        bool operator==(const Key&) const = default;
        friend size_t qHash(const Key& k, size_t seed = 0) {
            return qHashMulti(seed, k.room, k.publisher);
        }
    };
    struct Where {
        janus::Id session, handle;
    };
    void readCached(const Key& key, const Where& where, const QObject* context, Handler handler);
    void search(const Key& key, const QObject* context, Handler handler);
    static janus::Error notFound(const Key& key);

    QPointer<janus::AdminClient> m_admin;
    QHash<Key, Where> m_handles;
    int m_searches = 0;
};

} // namespace cascade
