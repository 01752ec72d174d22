#pragma once

#include <QJsonObject>
#include <QLoggingCategory>

namespace janus {

Q_DECLARE_LOGGING_CATEGORY(lcTraffic)    ///< jcc.janus.traffic: every frame, secrets redacted
Q_DECLARE_LOGGING_CATEGORY(lcConnection) ///< jcc.janus.connection: connects, sessions, retries

/// True for the keys whose values are secrets (apisecret, admin_secret, secret, pin, token, …).
bool isSecretKey(QStringView key);
/// A copy of the message with every secret value, at any depth, replaced by "<redacted>".
QJsonObject redacted(const QJsonObject& message);
/// The redacted message as compact JSON, for logs.
QString redactedText(const QJsonObject& message);

} // namespace janus
