#pragma once

#include "janus/adminclient.h"
#include "janus/videoroom.h"
#include "nodehealth.h"
#include "portallocator.h"
#include "roomwatcher.h"
#include "sourcemedia.h"

#include <QHash>
#include <memory>

namespace cascade {

/// The console's live view of one Janus node: its connection, a VideoRoom control handle,
/// watchers of the rooms links read from, and the allocator of its forwarded ports.
class NodeClient : public QObject {
    Q_OBJECT
public:
    NodeClient(const QString& id, const janus::Connection::Options& options,
               PortAllocator ports = {}, QObject* parent = nullptr);
    ~NodeClient() override;

    QString id() const { return m_id; }
    janus::Connection* connection() const { return m_connection.get(); }
    janus::VideoRoom* videoroom() const { return m_videoroom.get(); }
    /// The node's Admin API client, or null when the node has no admin_url.
    janus::AdminClient* admin() const { return m_admin.get(); }
    /// The node's health, read over the Admin API every 10 s (NoAdminApi without one).
    NodeHealthMonitor* health() const { return m_health.get(); }
    /// Media counters of this node's WebRTC publishers (mirror sources), over the Admin API.
    SourceMediaReader* sourceMedia() const { return m_sourceMedia.get(); }
    /// Connects the Admin API too (before open()); an empty URL leaves the node without one.
    void setAdminOptions(const janus::Connection::Options& options);
    PortAllocator* ports() { return &m_ports; }
    const PortAllocator* ports() const { return &m_ports; }
    /// The watcher of a room on this node, created on first use and shared by links.
    RoomWatcher* watcher(const janus::Id& room);
    /// True when this console has a watcher in the room (it counts as a participant there).
    bool watches(const janus::Id& room) const { return m_watchers.contains(room); }

    void open();
    void close();
    /// Connects again at once instead of waiting for the backoff.
    void reconnectNow() { m_connection->reconnectNow(); }
    bool isReady() const { return m_videoroom->isAttached(); }
    /// One line for a state column: "connected — Janus 1.1.2", "reconnecting in 3 s", …
    QString statusText() const;
    /// The forwarded ports the server refused, with what to do; empty while there are none.
    QString portHealthText() const;

Q_SIGNALS:
    void statusChanged();
    /// health() read a round or changed state.
    void healthChanged();

private:
    QString m_id;
    std::unique_ptr<janus::Connection> m_connection;
    std::unique_ptr<janus::VideoRoom> m_videoroom;
    PortAllocator m_ports;
    std::unique_ptr<janus::AdminClient> m_admin;
    std::unique_ptr<NodeHealthMonitor> m_health;
    std::unique_ptr<SourceMediaReader> m_sourceMedia;
    QHash<janus::Id, RoomWatcher*> m_watchers;
};

} // namespace cascade
