#include "secretstore.h"

#include <QCoreApplication>

namespace profile {

QString SecretStore::kindName(SecretKind kind) {
    switch (kind) {
    case SecretKind::ApiSecret:
        return QStringLiteral("api_secret");
    case SecretKind::Token:
        return QStringLiteral("token");
    case SecretKind::AdminSecret:
        return QStringLiteral("admin_secret");
    case SecretKind::AdminKey:
        return QStringLiteral("admin_key");
    case SecretKind::RoomSecret:
        return QStringLiteral("room_secret");
    }
    return {};
}

namespace {
QString key(const QString& nodeId, SecretKind kind) {
    return nodeId + QLatin1Char('/') + SecretStore::kindName(kind);
}
} // namespace

std::optional<QString> MemorySecretStore::secret(const QString& nodeId, SecretKind kind) const {
    const auto it = m_secrets.constFind(key(nodeId, kind));
    return it == m_secrets.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

bool MemorySecretStore::setSecret(const QString& nodeId, SecretKind kind, const QString& value) {
    m_secrets.insert(key(nodeId, kind), value);
    return true;
}

bool MemorySecretStore::removeSecret(const QString& nodeId, SecretKind kind) {
    m_secrets.remove(key(nodeId, kind));
    return true;
}

QString EnvSecretStore::variableName(const QString& nodeId, SecretKind kind) {
    QString node = nodeId.toUpper();
    node.replace(QLatin1Char('-'), QLatin1Char('_'));
    return QStringLiteral("JCC_%1_%2").arg(node, kindName(kind).toUpper());
}

std::optional<QString> EnvSecretStore::secret(const QString& nodeId, SecretKind kind) const {
    const QByteArray name = variableName(nodeId, kind).toLocal8Bit();
    if (!qEnvironmentVariableIsSet(name.constData()))
        return std::nullopt;
    return qEnvironmentVariable(name.constData());
}

bool EnvSecretStore::setSecret(const QString& nodeId, SecretKind kind, const QString&) {
    m_lastError =
        QCoreApplication::translate("profile::SecretStore",
                                    "the environment is read-only here: set %1 before starting")
            .arg(variableName(nodeId, kind));
    return false;
}

bool EnvSecretStore::removeSecret(const QString& nodeId, SecretKind kind) {
    return setSecret(nodeId, kind, {});
}

std::optional<QString> ChainSecretStore::secret(const QString& nodeId, SecretKind kind) const {
    for (const SecretStore* store : m_stores)
        if (auto value = store->secret(nodeId, kind))
            return value;
    return std::nullopt;
}

bool ChainSecretStore::setSecret(const QString& nodeId, SecretKind kind, const QString& value) {
    QStringList errors;
    for (SecretStore* store : m_stores) {
        if (store->setSecret(nodeId, kind, value))
            return true;
        errors << store->name() + QStringLiteral(": ") + store->lastError();
    }
    m_lastError = errors.join(QStringLiteral("; "));
    return false;
}

bool ChainSecretStore::removeSecret(const QString& nodeId, SecretKind kind) {
    bool any = false;
    for (SecretStore* store : m_stores)
        any = store->removeSecret(nodeId, kind) || any;
    return any;
}

} // namespace profile
