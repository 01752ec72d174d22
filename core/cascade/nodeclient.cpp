#include "nodeclient.h"

namespace cascade {

using janus::Connection;

NodeClient::NodeClient(const QString& id, const Connection::Options& options, PortAllocator ports,
                       QObject* parent)
    : QObject(parent)
    , m_id(id)
    , m_connection(std::make_unique<Connection>(options))
    , m_videoroom(std::make_unique<janus::VideoRoom>(m_connection.get()))
    , m_ports(ports)
    , m_health(std::make_unique<NodeHealthMonitor>(nullptr, &m_ports))
    , m_sourceMedia(std::make_unique<SourceMediaReader>(nullptr)) {
    connect(m_connection.get(), &Connection::stateChanged, this, &NodeClient::statusChanged);
    connect(m_connection.get(), &Connection::reconnectScheduled, this, &NodeClient::statusChanged);
    connect(m_videoroom.get(), &janus::VideoRoom::attached, this, &NodeClient::statusChanged);
    connect(m_videoroom.get(), &janus::VideoRoom::attachFailed, this, &NodeClient::statusChanged);
    m_ports.onUnusableChanged = [this] { Q_EMIT statusChanged(); };
    connect(m_health.get(), &NodeHealthMonitor::updated, this, &NodeClient::healthChanged);
    // A server that went away may come back restarted, its sockets free: try its ports again.
    connect(m_connection.get(), &Connection::lost, this, [this] { m_ports.forgetUnusable(); });
}

NodeClient::~NodeClient() {
    qDeleteAll(m_watchers);
    m_watchers.clear();
    m_videoroom.reset();
    m_sourceMedia.reset();
    m_health.reset();
}

void NodeClient::setAdminOptions(const Connection::Options& options) {
    m_health.reset();
    m_sourceMedia.reset();
    m_admin.reset();
    if (!options.url.isEmpty())
        m_admin = std::make_unique<janus::AdminClient>(options);
    m_health = std::make_unique<NodeHealthMonitor>(m_admin.get(), &m_ports);
    m_sourceMedia = std::make_unique<SourceMediaReader>(m_admin.get());
    connect(m_health.get(), &NodeHealthMonitor::updated, this, &NodeClient::healthChanged);
}

void NodeClient::open() {
    m_connection->open();
    if (m_admin)
        m_admin->open();
}

void NodeClient::close() {
    m_connection->close();
    if (m_admin)
        m_admin->close();
}

RoomWatcher* NodeClient::watcher(const janus::Id& room) {
    RoomWatcher*& w = m_watchers[room];
    if (!w)
        w = new RoomWatcher(m_connection.get(), room);
    return w;
}

QString NodeClient::statusText() const {
    switch (m_connection->state()) {
    case Connection::State::Disconnected:
        return m_connection->lastError().isError()
                   ? tr("disconnected: %1").arg(m_connection->lastError().message())
                   : tr("disconnected");
    case Connection::State::Connecting:
        return tr("connecting");
    case Connection::State::Connected: {
        const janus::ServerInfo& info = m_connection->serverInfo();
        if (!info.hasPlugin(QString::fromLatin1(janus::VideoRoom::plugin)))
            return tr("connected — Janus %1, but the VideoRoom plugin is not loaded")
                .arg(info.versionString);
        if (info.version > 0 && info.version < 1100) // remote publishers arrived in Janus 1.1.0
            return tr("connected — Janus %1 is too old for cascading (remote publishers need 1.1.0 "
                      "or newer)")
                .arg(info.versionString);
        return tr("connected — Janus %1").arg(info.versionString);
    }
    case Connection::State::Reconnecting:
        return tr("reconnecting in %1 s — %2")
            .arg((m_connection->reconnectInMs() + 999) / 1000)
            .arg(m_connection->lastError().message());
    case Connection::State::Refused:
        return m_connection->lastError().kind == janus::Error::Kind::Auth
                   ? tr("auth failed: %1").arg(m_connection->lastError().message())
                   : tr("refused: %1").arg(m_connection->lastError().message());
    }
    return {};
}

QString NodeClient::portHealthText() const {
    const QList<int> refused = m_ports.unusable();
    if (refused.isEmpty())
        return {};
    QStringList ports;
    for (int port : refused)
        ports << QString::number(port);
    return tr("%1 of %2 forwarded port pairs refused by the server (%3): something on the node "
              "holds them. Janus before 1.2.2 keeps the sockets of remote publishers that had "
              "media until it restarts, and other programs may bind ports of the range: restart "
              "Janus, or widen the forwarded range on the NAT and in the node's settings.")
        .arg(refused.size())
        .arg(m_ports.pairCount())
        .arg(ports.join(QStringLiteral(", ")));
}

} // namespace cascade
