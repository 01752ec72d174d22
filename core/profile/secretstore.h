#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <optional>

namespace profile {

/// The secrets a node can have; none of them is ever written into a profile.
enum class SecretKind { ApiSecret, Token, AdminSecret, AdminKey, RoomSecret };

/// Where secrets live: the OS keychain, environment variables, or memory only.
class SecretStore {
public:
    virtual ~SecretStore() = default;
    virtual std::optional<QString> secret(const QString& nodeId, SecretKind kind) const = 0;
    /// False (with lastError()) when this store cannot keep secrets or the write failed.
    virtual bool setSecret(const QString& nodeId, SecretKind kind, const QString& value) = 0;
    virtual bool removeSecret(const QString& nodeId, SecretKind kind) = 0;
    virtual QString name() const = 0;
    QString lastError() const { return m_lastError; }

    static QString kindName(SecretKind kind); ///< "api_secret", "token", …

protected:
    QString m_lastError;
};

/// Secrets kept for this run only (typed in a dialog, never persisted).
class MemorySecretStore : public SecretStore {
public:
    std::optional<QString> secret(const QString& nodeId, SecretKind kind) const override;
    bool setSecret(const QString& nodeId, SecretKind kind, const QString& value) override;
    bool removeSecret(const QString& nodeId, SecretKind kind) override;
    QString name() const override { return QStringLiteral("memory"); }

private:
    QHash<QString, QString> m_secrets;
};

/// Read-only secrets from the environment for headless use: JCC_<NODE>_API_SECRET,
/// JCC_<NODE>_TOKEN, JCC_<NODE>_ADMIN_SECRET, JCC_<NODE>_ADMIN_KEY, JCC_<NODE>_ROOM_SECRET, with
/// the node id upper-cased and '-' turned into '_'.
class EnvSecretStore : public SecretStore {
public:
    static QString variableName(const QString& nodeId, SecretKind kind);
    std::optional<QString> secret(const QString& nodeId, SecretKind kind) const override;
    bool setSecret(const QString& nodeId, SecretKind kind, const QString& value) override;
    bool removeSecret(const QString& nodeId, SecretKind kind) override;
    QString name() const override { return QStringLiteral("environment"); }
};

/// Asks several stores in order (environment, keychain, memory); writes go to the first that
/// accepts them.
class ChainSecretStore : public SecretStore {
public:
    explicit ChainSecretStore(QList<SecretStore*> stores)
        : m_stores(std::move(stores)) {}
    std::optional<QString> secret(const QString& nodeId, SecretKind kind) const override;
    bool setSecret(const QString& nodeId, SecretKind kind, const QString& value) override;
    bool removeSecret(const QString& nodeId, SecretKind kind) override;
    QString name() const override { return QStringLiteral("chain"); }

private:
    QList<SecretStore*> m_stores;
};

} // namespace profile
