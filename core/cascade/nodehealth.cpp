#include "nodehealth.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cascade {

using janus::Connection;

QString NodeHealth::handlesText() const {
    if (handles < 0)
        return {};
    return handlesComplete() ? QString::number(handles) : QStringLiteral("≥ %1").arg(handles);
}

QString NodeHealth::stateText() const {
    switch (state) {
    case State::NoAdminApi:
        return QCoreApplication::translate("cascade::NodeHealth",
                                           "no Admin API: set admin_url for health");
    case State::Waiting:
        return error.isError()
                   ? QCoreApplication::translate("cascade::NodeHealth",
                                                 "Admin API not connected: %1")
                         .arg(error.message())
                   : QCoreApplication::translate("cascade::NodeHealth", "Admin API connecting");
    case State::Ok:
        return QCoreApplication::translate("cascade::NodeHealth", "ok");
    case State::Failed:
        return QCoreApplication::translate("cascade::NodeHealth", "Admin API failed: %1")
            .arg(error.message());
    }
    return {};
}

QJsonObject NodeHealth::toJson() const {
    static const char* const names[] = {"no_admin_api", "waiting", "ok", "failed"};
    QJsonObject o{{QStringLiteral("admin_api"), QLatin1String(names[int(state)])},
                  {QStringLiteral("text"), stateText()},
                  {QStringLiteral("ports_in_use"), portsInUse},
                  {QStringLiteral("port_pairs"), portPairs},
                  {QStringLiteral("ports_unusable"), portsUnusable},
                  {QStringLiteral("uptime_reported"), false}};
    if (error.isError())
        o.insert(QStringLiteral("error"), error.message());
    if (state != State::Ok)
        return o;
    o.insert(QStringLiteral("read_at"), readAt.toString(Qt::ISODate));
    o.insert(QStringLiteral("reachable_since"), reachableSince.toString(Qt::ISODate));
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("server_name"), serverName);
    o.insert(QStringLiteral("plugins"), QJsonArray::fromStringList(plugins));
    o.insert(QStringLiteral("sessions"), sessions);
    o.insert(QStringLiteral("handles"), handles);
    o.insert(QStringLiteral("handles_complete"), handlesComplete());
    o.insert(QStringLiteral("sessions_counted"), sessionsCounted);
    if (acceptingNewSessions)
        o.insert(QStringLiteral("accepting_new_sessions"), *acceptingNewSessions);
    if (loops) {
        QJsonArray a;
        for (const Loop& l : *loops)
            a.append(
                QJsonObject{{QStringLiteral("id"), l.id}, {QStringLiteral("handles"), l.handles}});
        o.insert(QStringLiteral("loops"), a);
    }
    return o;
}

NodeHealthMonitor::NodeHealthMonitor(janus::AdminClient* admin, const PortAllocator* ports,
                                     QObject* parent)
    : QObject(parent)
    , m_admin(admin)
    , m_ports(ports) {
    m_timer.setInterval(defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &NodeHealthMonitor::refresh);
    takePorts();
    if (!m_admin)
        return;
    m_health.state = NodeHealth::State::Waiting;
    connect(m_admin->connection(), &Connection::stateChanged, this,
            &NodeHealthMonitor::onConnectionState);
    connect(m_admin->connection(), &Connection::ready, this, [this] {
        m_health.reachableSince = QDateTime::currentDateTimeUtc();
        if (m_timer.interval() > 0)
            m_timer.start();
        refresh();
    });
}

void NodeHealthMonitor::setInterval(int ms) {
    m_timer.setInterval(ms);
    if (ms <= 0)
        m_timer.stop();
    else if (m_admin && m_admin->connection()->state() == Connection::State::Connected)
        m_timer.start();
}

void NodeHealthMonitor::takePorts() {
    if (!m_ports)
        return;
    m_health.portsInUse = m_ports->inUse();
    m_health.portPairs = m_ports->pairCount();
    m_health.portsUnusable = m_ports->unusableCount();
}

void NodeHealthMonitor::onConnectionState() {
    if (m_admin->connection()->state() == Connection::State::Connected)
        return; // ready() starts a round
    m_timer.stop();
    ++m_round; // answers still out are from a connection that is gone
    m_pending = 0;
    NodeHealth h;
    h.state = NodeHealth::State::Waiting;
    h.error = m_admin->connection()->lastError();
    if (m_admin->connection()->state() == Connection::State::Refused)
        h.state = NodeHealth::State::Failed;
    m_health = h;
    takePorts();
    Q_EMIT updated();
}

void NodeHealthMonitor::refresh() {
    takePorts();
    if (!m_admin || m_admin->connection()->state() != Connection::State::Connected) {
        Q_EMIT updated();
        return;
    }
    if (isReading())
        return; // the round under way answers this too
    const int round = ++m_round;
    m_next = NodeHealth();
    m_next.reachableSince = m_health.reachableSince;
    m_pending = 1;
    readInfo(round);
}

void NodeHealthMonitor::readInfo(int round) {
    m_admin->info().then(this, [this, round](const janus::Result<janus::ServerInfo>& info) {
        if (round != m_round)
            return;
        if (!info)
            return fail(round, info.error());
        m_next.version = info->versionString;
        m_next.serverName = info->name;
        m_next.plugins = info->plugins.keys();
        const QJsonValue accepting = info->raw.value(QLatin1String("accepting-new-sessions"));
        if (accepting.isBool())
            m_next.acceptingNewSessions = accepting.toBool();
        ++m_pending; // loops_info and list_sessions run side by side; info's count ends here
        readLoops(round);
        readSessions(round);
    });
}

void NodeHealthMonitor::readLoops(int round) {
    m_admin->loopsInfo().then(this, [this, round](const janus::Result<QJsonArray>& loops) {
        if (round != m_round)
            return;
        // A server without loops_info answers an error: the figure is left out, not a failure.
        if (loops) {
            QList<NodeHealth::Loop> list;
            for (const QJsonValue& v : *loops)
                list << NodeHealth::Loop{v[QLatin1String("id")].toInteger(),
                                         v[QLatin1String("handles")].toInt()};
            m_next.loops = list;
        } else if (loops.error().kind == janus::Error::Kind::Auth) {
            return fail(round, loops.error());
        }
        settle(round);
    });
}

void NodeHealthMonitor::readSessions(int round) {
    m_admin->listSessions().then(
        this, [this, round](const janus::Result<QList<janus::Id>>& s) { onSessions(round, s); });
}

void NodeHealthMonitor::onSessions(int round, const janus::Result<QList<janus::Id>>& s) {
    if (round != m_round)
        return;
    if (!s)
        return fail(round, s.error());
    m_next.sessions = int(s->size());
    m_next.handles = 0;
    readHandles(round, s->mid(0, maxSessions));
}

void NodeHealthMonitor::readHandles(int round, const QList<janus::Id>& sessions) {
    m_pending += int(sessions.size());
    for (const janus::Id& session : sessions)
        m_admin->listHandles(session).then(
            this, [this, round](const janus::Result<QList<janus::Id>>& handles) {
                onHandles(round, handles);
            });
    settle(round); // list_sessions' own count
}

void NodeHealthMonitor::onHandles(int round, const janus::Result<QList<janus::Id>>& handles) {
    if (round != m_round)
        return;
    // A session that ended between the two requests has no handles to count.
    if (handles) {
        m_next.handles += int(handles->size());
        ++m_next.sessionsCounted;
    } else if (handles.error().kind == janus::Error::Kind::Janus) {
        ++m_next.sessionsCounted;
    } else {
        return fail(round, handles.error());
    }
    settle(round);
}

void NodeHealthMonitor::settle(int round) {
    if (round != m_round || --m_pending > 0)
        return;
    m_next.state = NodeHealth::State::Ok;
    m_next.readAt = QDateTime::currentDateTimeUtc();
    m_health = m_next;
    takePorts();
    Q_EMIT updated();
}

void NodeHealthMonitor::fail(int round, const janus::Error& error) {
    if (round != m_round)
        return;
    ++m_round; // drop what else of this round still comes
    m_pending = 0;
    NodeHealth h;
    h.state = NodeHealth::State::Failed;
    h.error = error;
    h.reachableSince = m_health.reachableSince;
    m_health = h;
    takePorts();
    Q_EMIT updated();
}

} // namespace cascade
