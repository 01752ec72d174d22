#include "pluginhandle.h"

namespace janus {

PluginHandle::PluginHandle(const QString& plugin, Connection* connection, Explainer explain,
                           QObject* parent)
    : QObject(parent)
    , m_plugin(plugin)
    , m_connection(connection)
    , m_explain(explain) {
    connect(connection, &Connection::ready, this, &PluginHandle::attach);
    connect(connection, &Connection::lost, this, [this] {
        if (!m_handle.isValid())
            return;
        m_handle = {};
        Q_EMIT detached();
    });
    connect(connection, &Connection::handleDetached, this, &PluginHandle::onDetached);
    connect(connection, &Connection::handleEvent, this, [this](Id handle, const QJsonObject& m) {
        if (handle != m_handle)
            return;
        const QJsonObject plugindata = m.value(QLatin1String("plugindata")).toObject();
        if (!plugindata.isEmpty())
            Q_EMIT event(plugindata.value(QLatin1String("data")).toObject(), m);
    });
    if (connection->state() == Connection::State::Connected)
        attach();
}

PluginHandle::~PluginHandle() {
    if (m_connection && m_handle.isValid())
        m_connection->detach(m_handle);
}

void PluginHandle::onDetached(Id handle) {
    if (handle != m_handle)
        return;
    m_handle = {};
    Q_EMIT detached();
    attach(); // Janus detached us (plugin reload, hangup): get a new handle
}

void PluginHandle::attach() {
    Reply* reply = m_connection->attach(m_plugin);
    connect(reply, &Reply::finished, this, [this](const QJsonObject& message) {
        const auto handle = Id::fromJson(
            message.value(QLatin1String("data")).toObject().value(QLatin1String("id")));
        if (!handle) {
            Q_EMIT attachFailed(
                Error::protocol(tr("attach without handle id"), QStringLiteral("attach")));
            return;
        }
        m_handle = *handle;
        Q_EMIT attached();
    });
    connect(reply, &Reply::failed, this, &PluginHandle::attachFailed);
}

Reply* PluginHandle::request(const QJsonObject& body) {
    const QString name = body.value(QLatin1String("request")).toString();
    Reply* reply = nullptr;
    if (m_handle.isValid() && m_connection) {
        reply = m_connection->message(m_handle, body);
    } else {
        // Failed from the event loop, so the failure is asynchronous like any other.
        reply = new Reply(name, QString(), Reply::Payload::PluginData, 0, this);
        const Error error = Error::transport(tr("%1 handle not attached").arg(m_plugin), name);
        QTimer::singleShot(0, reply, [reply, error] { reply->fail(error); });
    }
    reply->setExplainer(m_explain);
    return reply;
}

} // namespace janus
