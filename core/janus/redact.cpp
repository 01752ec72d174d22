#include "redact.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace janus {

Q_LOGGING_CATEGORY(lcTraffic, "jcc.janus.traffic", QtWarningMsg)
Q_LOGGING_CATEGORY(lcConnection, "jcc.janus.connection", QtInfoMsg)

bool isSecretKey(QStringView key) {
    static const QStringList secretKeys = {
        QStringLiteral("apisecret"),  QStringLiteral("admin_secret"), QStringLiteral("secret"),
        QStringLiteral("new_secret"), QStringLiteral("pin"),          QStringLiteral("new_pin"),
        QStringLiteral("token"),      QStringLiteral("admin_key"),    QStringLiteral("srtp_crypto"),
    };
    for (const QString& secret : secretKeys)
        if (key.compare(secret, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

namespace {

QJsonValue redactValue(const QJsonValue& value);

QJsonArray redactArray(const QJsonArray& array) {
    QJsonArray out;
    for (const QJsonValue& v : array)
        out.append(redactValue(v));
    return out;
}

QJsonValue redactValue(const QJsonValue& value) {
    if (value.isObject())
        return redacted(value.toObject());
    if (value.isArray())
        return redactArray(value.toArray());
    return value;
}

} // namespace

QJsonObject redacted(const QJsonObject& message) {
    QJsonObject out;
    for (auto it = message.begin(); it != message.end(); ++it)
        out.insert(it.key(), isSecretKey(it.key()) ? QJsonValue(QStringLiteral("<redacted>"))
                                                   : redactValue(it.value()));
    return out;
}

QString redactedText(const QJsonObject& message) {
    return QString::fromUtf8(QJsonDocument(redacted(message)).toJson(QJsonDocument::Compact));
}

} // namespace janus
