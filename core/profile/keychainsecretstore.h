#pragma once

#include "secretstore.h"

#include <QObject>

namespace profile {

/// Secrets in the OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows
/// Credential Manager). The keychain is asynchronous: preload() reads a profile's secrets into
/// a cache (signal loaded()), secret() answers from it, and writes go out in the background.
class KeychainSecretStore : public QObject, public SecretStore {
    Q_OBJECT
public:
    static QString service() { return QStringLiteral("janus-cascade-console"); }

    explicit KeychainSecretStore(QObject* parent = nullptr);

    /// Reads every secret kind of these nodes; emits loaded() when all answers are in.
    void preload(const QStringList& nodeIds);
    std::optional<QString> secret(const QString& nodeId, SecretKind kind) const override;
    /// Caches the value and stores it; failures arrive through failed().
    bool setSecret(const QString& nodeId, SecretKind kind, const QString& value) override;
    bool removeSecret(const QString& nodeId, SecretKind kind) override;
    QString name() const override { return QStringLiteral("keychain"); }
    bool available() const { return m_available; }

Q_SIGNALS:
    void loaded();
    /// The keychain could not be used (no Secret Service running, access denied…).
    void failed(const QString& error);
    void stored(const QString& nodeId, profile::SecretKind kind);

private:
    QHash<QString, QString> m_cache;
    int m_pending = 0;
    bool m_available = true;
};

} // namespace profile
