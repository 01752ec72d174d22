#include "session.h"

#include <algorithm>

namespace janus {

Session::Session(Send send, QObject* parent)
    : QObject(parent)
    , m_send(std::move(send)) {
    m_keepalive.setTimerType(Qt::CoarseTimer);
    connect(&m_keepalive, &QTimer::timeout, this, &Session::sendKeepalive);
}

void Session::create(int sessionTimeoutSeconds) {
    m_timeoutSeconds = sessionTimeoutSeconds;
    Reply* create = m_send(QJsonObject{{QStringLiteral("janus"), QStringLiteral("create")}}, false);
    connect(create, &Reply::finished, this, [this](const QJsonObject& message) {
        const auto id = Id::fromJson(
            message.value(QLatin1String("data")).toObject().value(QLatin1String("id")));
        if (!id) {
            Q_EMIT createFailed(
                Error::protocol(tr("create without session id"), QStringLiteral("create")));
            return;
        }
        m_id = *id;
        // A third of the timeout leaves room for two lost keepalives before Janus gives up.
        m_keepalive.start(m_timeoutSeconds > 0 ? std::max(500, m_timeoutSeconds * 1000 / 3)
                                               : 30000);
        Q_EMIT established(m_id);
    });
    connect(create, &Reply::failed, this, &Session::createFailed);
}

bool Session::drop() {
    m_keepalive.stop();
    const bool had = m_id.isValid();
    m_id = {};
    return had;
}

void Session::sendKeepalive() {
    Reply* keepalive =
        m_send(QJsonObject{{QStringLiteral("janus"), QStringLiteral("keepalive")}}, true);
    connect(keepalive, &Reply::failed, this, [this](const Error& error) {
        if (error.code == 458 && m_id.isValid())
            Q_EMIT expired(error);
    });
}

} // namespace janus
