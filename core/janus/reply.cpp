#include "reply.h"

namespace janus {

Reply::Reply(const QString& request, const QString& transaction, Payload payload, int timeoutMs,
             QObject* parent)
    : QObject(parent)
    , m_request(request)
    , m_transaction(transaction)
    , m_payload(payload) {
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
            [this, timeoutMs] { fail(Error::timeout(m_request, timeoutMs)); });
    if (timeoutMs > 0)
        m_timeout.start(timeoutMs);
}

void Reply::cancel() {
    fail(Error::cancelled(m_request));
}

void Reply::completeWith(const QJsonObject& message) {
    if (m_done)
        return;
    m_message = message;
    const QString type = message.value(QLatin1String("janus")).toString();
    if (type == QLatin1String("error")) {
        const QJsonObject err = message.value(QLatin1String("error")).toObject();
        fail(Error::fromJanus(err.value(QLatin1String("code")).toInt(),
                              err.value(QLatin1String("reason")).toString(), m_request));
        return;
    }
    if (m_payload == Payload::Message) {
        finish(message);
        return;
    }
    QJsonObject data;
    if (m_payload == Payload::PluginData) {
        const QJsonValue plugindata = message.value(QLatin1String("plugindata"));
        if (!plugindata.isObject()) {
            fail(Error::protocol(tr("reply without plugindata"), m_request));
            return;
        }
        data = plugindata.toObject().value(QLatin1String("data")).toObject();
    } else {
        data = message.value(QLatin1String("response")).toObject();
    }
    if (data.contains(QLatin1String("error_code"))) {
        fail(Error::fromPlugin(data.value(QLatin1String("error_code")).toInt(),
                               data.value(QLatin1String("error")).toString(), m_request));
        return;
    }
    finish(data);
}

void Reply::fail(const Error& error) {
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    if (m_explain && error.kind == Error::Kind::Plugin)
        m_explain(m_error);
    if (!m_context.isEmpty() && error.kind == Error::Kind::Plugin)
        m_error.explanation += (m_error.explanation.isEmpty() ? QString() : QStringLiteral(" (")) +
                               m_context +
                               (error.explanation.isEmpty() ? QString() : QStringLiteral(")"));
    m_timeout.stop();
    Q_EMIT settled(m_transaction);
    Q_EMIT failed(m_error);
    deleteLater();
}

void Reply::finish(const QJsonObject& result) {
    m_done = true;
    m_timeout.stop();
    Q_EMIT settled(m_transaction);
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace janus
