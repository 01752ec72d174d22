#pragma once

#include "janus/videoroom.h"

#include <QHash>

namespace cascade {

/// Follows the publishers of one room through VideoRoom events: a handle of its own joins the
/// room as a publisher that never publishes, so Janus tells it who publishes which streams.
/// Joins again after every reconnect and reports what changed meanwhile.
class RoomWatcher : public QObject {
    Q_OBJECT
public:
    static QString displayName() { return QStringLiteral("jcc-watcher"); }

    RoomWatcher(janus::Connection* connection, janus::Id room, QObject* parent = nullptr);

    janus::Id room() const { return m_room; }
    /// True once joined and the publisher list reflects the server.
    bool isSynced() const { return m_synced; }
    /// This watcher's own participant id (to skip it in participant lists).
    janus::Id participantId() const { return m_self; }
    const QHash<janus::Id, janus::videoroom::Publisher>& publishers() const { return m_publishers; }
    janus::Error lastError() const { return m_lastError; }

Q_SIGNALS:
    void synced();
    void unsynced(const janus::Error& reason);
    void publisherAdded(const janus::videoroom::Publisher& publisher);
    /// The publisher's streams changed (added, removed, disabled, codec).
    void publisherUpdated(const janus::videoroom::Publisher& publisher);
    void publisherRemoved(janus::Id publisher);
    /// Publishers appeared, changed or left; a cheap signal to schedule a reconcile.
    void changed();

private:
    void join();
    void onEvent(const QJsonObject& data);
    void mergePublishers(const QList<janus::videoroom::Publisher>& publishers, bool fullList);
    void removePublisher(janus::Id id);

    janus::VideoRoom m_handle;
    janus::Id m_room;
    janus::Id m_self;
    QHash<janus::Id, janus::videoroom::Publisher> m_publishers;
    janus::Error m_lastError;
    bool m_synced = false;
};

} // namespace cascade
