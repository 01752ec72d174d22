#include "roomwatcher.h"

#include "janus/videoroomerrors.h"

namespace cascade {

using janus::Id;
using janus::videoroom::Publisher;

RoomWatcher::RoomWatcher(janus::Connection* connection, Id room, QObject* parent)
    : QObject(parent)
    , m_handle(connection)
    , m_room(room) {
    connect(&m_handle, &janus::VideoRoom::attached, this, &RoomWatcher::join);
    connect(&m_handle, &janus::VideoRoom::detached, this, [this] {
        m_synced = false;
        m_self = {};
        m_lastError = janus::Error::transport(tr("connection to the node lost"));
        Q_EMIT unsynced(m_lastError);
    });
    connect(&m_handle, &janus::VideoRoom::event, this,
            [this](const QJsonObject& data) { onEvent(data); });
    if (m_handle.isAttached())
        join();
}

void RoomWatcher::join() {
    m_handle.joinAsWatcher(m_room, displayName()).then(this, [this](const auto& joined) {
        if (!joined) {
            m_lastError = joined.error();
            m_synced = false;
            Q_EMIT unsynced(m_lastError);
            // A missing room may be created later (by a link or an admin); try again calmly.
            QTimer::singleShot(3000, this, [this] {
                if (!m_synced && m_handle.isAttached())
                    join();
            });
            return;
        }
        m_self = joined->self;
        m_lastError = {};
        mergePublishers(joined->publishers, true);
        m_synced = true;
        Q_EMIT synced();
        Q_EMIT changed();
    });
}

void RoomWatcher::onEvent(const QJsonObject& data) {
    if (data.contains(QLatin1String("publishers")))
        mergePublishers(
            janus::videoroom::parsePublishers(data.value(QLatin1String("publishers")).toArray()),
            false);
    for (const char* key : {"unpublished", "leaving", "kicked"}) {
        // "ok" means we ourselves left; ids mean somebody else did.
        if (const auto id = Id::fromJson(data.value(QLatin1String(key))))
            removePublisher(*id);
    }
    if (data.value(QLatin1String("videoroom")).toString() == QLatin1String("destroyed")) {
        const QList<Id> ids = m_publishers.keys();
        for (const Id& id : ids)
            removePublisher(id);
        m_synced = false;
        m_lastError = janus::videoroom::error(426, tr("room destroyed"), QStringLiteral("watch"));
        Q_EMIT unsynced(m_lastError);
    }
}

void RoomWatcher::mergePublishers(const QList<Publisher>& publishers, bool fullList) {
    QSet<Id> seen;
    bool anything = false;
    for (const Publisher& p : publishers) {
        seen.insert(p.id);
        auto it = m_publishers.find(p.id);
        if (it == m_publishers.end()) {
            m_publishers.insert(p.id, p);
            Q_EMIT publisherAdded(p);
            anything = true;
        } else if (it->streams != p.streams || it->display != p.display) {
            *it = p;
            Q_EMIT publisherUpdated(p);
            anything = true;
        }
    }
    if (fullList) {
        // After a (re)join the list is complete: whoever is missing left while we were away.
        const QList<Id> known = m_publishers.keys();
        for (const Id& id : known)
            if (!seen.contains(id)) {
                removePublisher(id);
                anything = true;
            }
    }
    if (anything && !fullList)
        Q_EMIT changed();
}

void RoomWatcher::removePublisher(Id id) {
    if (m_publishers.remove(id) == 0)
        return;
    Q_EMIT publisherRemoved(id);
    Q_EMIT changed();
}

} // namespace cascade
