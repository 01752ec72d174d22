#pragma once

#include "cascade/fleet.h"
#include "cascade/journal.h"
#include "profile/keychainsecretstore.h"
#include "profile/profile.h"

#include <QObject>
#include <memory>

namespace ui {

/// The open profile: its file, whether it changed, and the fleet running it. Edits go through
/// here so the profile, the fleet and the secrets stay in step; secrets go to the keychain (or
/// memory when there is none), never into the file.
class ProfileDocument : public QObject {
    Q_OBJECT
public:
    explicit ProfileDocument(cascade::Fleet* fleet, QObject* parent = nullptr);
    ~ProfileDocument() override;

    const profile::Profile& profile() const { return m_profile; }
    QString path() const { return m_path; }
    bool isModified() const { return m_modified; }
    QString title() const;
    profile::SecretStore& secrets() { return m_secrets; }
    cascade::Fleet* fleet() const { return m_fleet; }
    /// The open profile's crash journal: links and probes record into it.
    cascade::Journal* journal() const { return m_journal.get(); }

    void newProfile();
    /// Loads and applies; on failure the current profile stays and *errors says why.
    bool open(const QString& path, QStringList* errors);
    bool save(const QString& path, QString* error);

    /// Adds or replaces a node (by id) and its secrets.
    void setNode(const profile::Node& node, const QHash<profile::SecretKind, QString>& secrets);
    void removeNode(const QString& id);
    void setLink(const profile::Link& link);
    void removeLink(const QString& id);

    static QStringList recentFiles();
    /// Where file dialogs start: the folder of the last profile opened or saved, else the
    /// profiles folder in the application's data location (created when missing).
    static QString profileFolder();

Q_SIGNALS:
    void changed();
    void modifiedChanged(bool modified);

private:
    void setModified(bool modified);
    /// Closes the current journal (its unsettled entries stay for the next start of that
    /// profile) and opens the one of path.
    void openJournal(const QString& path);
    /// Once the nodes are connected (or after a while), settles what consoles that ended left.
    void settleJournalWhenConnected();
    void addRecent(const QString& path);

    cascade::Fleet* m_fleet;
    profile::Profile m_profile;
    QString m_path;
    bool m_modified = false;
    profile::EnvSecretStore m_env;
    profile::KeychainSecretStore m_keychain;
    profile::MemorySecretStore m_memory;
    profile::ChainSecretStore m_secrets;
    std::unique_ptr<cascade::Journal> m_journal;
};

} // namespace ui
