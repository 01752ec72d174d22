#include "keychainsecretstore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace profile {

namespace {

QString account(const QString& nodeId, SecretKind kind) {
    return nodeId + QLatin1Char('/') + SecretStore::kindName(kind);
}

constexpr SecretKind allKinds[] = {SecretKind::ApiSecret, SecretKind::Token,
                                   SecretKind::AdminSecret, SecretKind::AdminKey,
                                   SecretKind::RoomSecret};

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : QObject(parent) {}

void KeychainSecretStore::preload(const QStringList& nodeIds) {
    if (nodeIds.isEmpty()) {
        Q_EMIT loaded();
        return;
    }
    for (const QString& node : nodeIds) {
        for (SecretKind kind : allKinds) {
            auto* job = new QKeychain::ReadPasswordJob(service(), this);
            job->setKey(account(node, kind));
            ++m_pending;
            connect(job, &QKeychain::Job::finished, this, [this, job, key = account(node, kind)] {
                if (job->error() == QKeychain::NoError)
                    m_cache.insert(key, job->textData());
                else if (job->error() != QKeychain::EntryNotFound && m_available) {
                    m_available = false;
                    m_lastError = job->errorString();
                    Q_EMIT failed(m_lastError);
                }
                if (--m_pending == 0)
                    Q_EMIT loaded();
            });
            job->start();
        }
    }
}

std::optional<QString> KeychainSecretStore::secret(const QString& nodeId, SecretKind kind) const {
    const auto it = m_cache.constFind(account(nodeId, kind));
    return it == m_cache.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

bool KeychainSecretStore::setSecret(const QString& nodeId, SecretKind kind, const QString& value) {
    if (!m_available) {
        m_lastError =
            QCoreApplication::translate("profile::SecretStore", "no keychain: %1").arg(m_lastError);
        return false;
    }
    m_cache.insert(account(nodeId, kind), value);
    auto* job = new QKeychain::WritePasswordJob(service(), this);
    job->setKey(account(nodeId, kind));
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [this, job, nodeId, kind] {
        if (job->error() != QKeychain::NoError) {
            m_available = false;
            m_lastError = job->errorString();
            Q_EMIT failed(m_lastError);
        } else {
            Q_EMIT stored(nodeId, kind);
        }
    });
    job->start();
    return true;
}

bool KeychainSecretStore::removeSecret(const QString& nodeId, SecretKind kind) {
    m_cache.remove(account(nodeId, kind));
    auto* job = new QKeychain::DeletePasswordJob(service(), this);
    job->setKey(account(nodeId, kind));
    job->start();
    return true;
}

} // namespace profile
