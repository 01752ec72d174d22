#include "profiledocument.h"

#include "cascade/orphanscanner.h"
#include "cascade/profileruntime.h"
#include "profile/profileio.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace ui {

ProfileDocument::ProfileDocument(cascade::Fleet* fleet, QObject* parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_secrets({&m_env, &m_keychain, &m_memory}) {
    connect(&m_keychain, &profile::KeychainSecretStore::failed, this, [this](const QString& error) {
        m_fleet->log()->warning(
            QStringLiteral("console"),
            tr("no system keychain (%1): secrets are kept in memory for this run only").arg(error));
    });
    openJournal({});
}

ProfileDocument::~ProfileDocument() {
    m_fleet->setJournal(nullptr);
}

void ProfileDocument::openJournal(const QString& path) {
    m_fleet->setJournal(nullptr);
    m_journal = std::make_unique<cascade::Journal>(cascade::Journal::directoryFor(path));
    if (!m_journal->isWritable())
        m_fleet->log()->warning(QStringLiteral("console"),
                                tr("%1: a crash now leaves what only Find orphans' marker scan "
                                   "can find")
                                    .arg(m_journal->error()));
    m_fleet->setJournal(m_journal.get());
}

void ProfileDocument::settleJournalWhenConnected() {
    if (m_journal->leftovers().isEmpty())
        return;
    // Poll, bounded: every node ready, or 15 s passed (then the connected ones are settled and
    // the rest waits for the next start).
    auto* poll = new QTimer(this);
    const QDeadlineTimer deadline(15000);
    cascade::Journal* journal = m_journal.get();
    connect(poll, &QTimer::timeout, this, [this, poll, deadline, journal] {
        QList<cascade::NodeClient*> ready;
        for (const QString& id : m_fleet->nodeIds())
            if (m_fleet->node(id)->isReady())
                ready << m_fleet->node(id);
        if (journal != m_journal.get()) // another profile was opened meanwhile
            return poll->deleteLater();
        if (ready.size() < m_fleet->nodeIds().size() && !deadline.hasExpired())
            return;
        poll->deleteLater();
        cascade::settleJournal(*journal, ready, cascade::linkPlansFor(m_profile, m_secrets),
                               m_profile, m_secrets, this,
                               [this](const QString& summary, bool complete) {
                                   if (summary.isEmpty())
                                       return;
                                   if (complete)
                                       m_fleet->log()->info(QStringLiteral("console"), summary);
                                   else
                                       m_fleet->log()->warning(QStringLiteral("console"), summary);
                               });
    });
    poll->start(200);
}

QString ProfileDocument::title() const {
    const QString name = m_path.isEmpty() ? tr("Untitled profile") : QFileInfo(m_path).fileName();
    return name + (m_modified ? QStringLiteral(" *") : QString());
}

void ProfileDocument::setModified(bool modified) {
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

void ProfileDocument::newProfile() {
    for (const QString& id : m_fleet->nodeIds())
        m_fleet->removeNode(id);
    m_profile = profile::Profile();
    m_path.clear();
    openJournal({});
    setModified(false);
    Q_EMIT changed();
}

bool ProfileDocument::open(const QString& path, QStringList* errors) {
    const profile::LoadResult result = profile::io::load(path);
    if (!result.ok()) {
        if (errors)
            *errors = result.errors;
        return false;
    }
    for (const QString& id : m_fleet->nodeIds())
        m_fleet->removeNode(id);
    m_profile = *result.profile;
    m_path = QFileInfo(path).absoluteFilePath();
    openJournal(m_path);
    QStringList ids;
    for (const profile::Node& n : m_profile.nodes)
        ids << n.id;
    // Secrets from the keychain first, then connect: a wrong-secret storm helps nobody.
    auto apply = [this] {
        cascade::applyProfile(*m_fleet, m_profile, m_secrets);
        // A profile says which links should exist: keep the enabled ones up.
        for (const profile::Link& link : m_profile.links)
            if (link.enabled)
                m_fleet->bringUp(link.id);
        settleJournalWhenConnected();
    };
    connect(&m_keychain, &profile::KeychainSecretStore::loaded, this, apply,
            Qt::SingleShotConnection);
    m_keychain.preload(ids);
    addRecent(m_path);
    setModified(false);
    m_fleet->log()->info(QStringLiteral("console"), tr("opened %1").arg(m_path));
    Q_EMIT changed();
    return true;
}

bool ProfileDocument::save(const QString& path, QString* error) {
    if (!profile::io::save(path, m_profile, error))
        return false;
    m_path = QFileInfo(path).absoluteFilePath();
    // What this window made belongs to the profile under its new name.
    m_journal->relocate(cascade::Journal::directoryFor(m_path));
    addRecent(m_path);
    setModified(false);
    m_fleet->log()->info(QStringLiteral("console"), tr("saved %1").arg(m_path));
    Q_EMIT changed();
    return true;
}

void ProfileDocument::setNode(const profile::Node& node,
                              const QHash<profile::SecretKind, QString>& secrets) {
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        if (it.value().isEmpty())
            m_secrets.removeSecret(node.id, it.key());
        else
            m_secrets.setSecret(node.id, it.key(), it.value());
    }
    bool replaced = false;
    for (profile::Node& n : m_profile.nodes)
        if (n.id == node.id) {
            n = node;
            replaced = true;
        }
    if (!replaced)
        m_profile.nodes << node;
    // The node is replaced, and with it the links through it (they need its new addresses):
    // the ones that were being kept up go on by themselves once the new node connects.
    QStringList running;
    for (const profile::Link& l : m_profile.links)
        if (const cascade::LinkController* link = m_fleet->link(l.id); link && link->isRunning())
            running << l.id;
    m_fleet->addNode(cascade::nodeSpecFor(node, m_secrets));
    for (const profile::Link& l : m_profile.links)
        if (l.sourceNode == node.id || l.targetNode == node.id) {
            m_fleet->addLink(cascade::linkPlanFor(m_profile, l, m_secrets));
            if (running.contains(l.id))
                m_fleet->bringUp(l.id);
        }
    setModified(true);
    Q_EMIT changed();
}

void ProfileDocument::removeNode(const QString& id) {
    m_profile.nodes.removeIf([&](const profile::Node& n) { return n.id == id; });
    m_profile.links.removeIf(
        [&](const profile::Link& l) { return l.sourceNode == id || l.targetNode == id; });
    m_fleet->removeNode(id);
    setModified(true);
    Q_EMIT changed();
}

void ProfileDocument::setLink(const profile::Link& link) {
    m_profile.links.removeIf([&](const profile::Link& l) { return l.id == link.id; });
    m_profile.links << link;
    m_fleet->addLink(cascade::linkPlanFor(m_profile, link, m_secrets));
    setModified(true);
    Q_EMIT changed();
}

void ProfileDocument::removeLink(const QString& id) {
    m_profile.links.removeIf([&](const profile::Link& l) { return l.id == id; });
    m_fleet->removeLink(id);
    setModified(true);
    Q_EMIT changed();
}

QStringList ProfileDocument::recentFiles() {
    return QSettings().value(QStringLiteral("recentProfiles")).toStringList();
}

QString ProfileDocument::profileFolder() {
    const QString last = QSettings().value(QStringLiteral("profileFolder")).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                           QStringLiteral("/profiles");
    QDir().mkpath(folder);
    return folder;
}

void ProfileDocument::addRecent(const QString& path) {
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings settings;
    settings.setValue(QStringLiteral("recentProfiles"), recent.mid(0, 8));
    settings.setValue(QStringLiteral("profileFolder"), QFileInfo(path).absolutePath());
}

} // namespace ui
