#pragma once

#include "journal.h"
#include "linkplan.h"
#include "nodeclient.h"
#include "orphan.h"
#include "profile/profile.h"
#include "profile/secretstore.h"

#include <QPointer>

namespace cascade {

/// Finds what this product left on servers, three ways: (1) the crash journal's leftovers
/// (entries of ended processes, checked against the servers; the only way to find private
/// probe rooms, which `list` hides), (2) incomplete links of the profile (a copy on the target
/// without a remotization on the source, or the reverse), (3) objects carrying this product's
/// markers (mirror displays "… [jcc:LINK]", remote_ids "jcc:LINK", probe rooms "jcc-probe:…")
/// whose link is not in the profile. Removes them on request, and tells the journal.
class OrphanScanner : public QObject {
    Q_OBJECT
public:
    enum class Scope {
        Everything, ///< the three ways
        Journal,    ///< the journal's leftovers only: what every start settles
    };

    /// links: the profile's links, resolved (with their room secrets).
    OrphanScanner(QList<NodeClient*> nodes, QList<LinkPlan> links, QObject* parent = nullptr);

    /// The room secret of each node, sent with every request on its rooms (listremotes,
    /// remove_remote_publisher, unpublish_remotely, destroy): most rooms have one.
    void setRoomSecrets(const profile::Profile& profile, const profile::SecretStore& secrets);
    /// The journal to tell what is gone, and the leftovers to check (see Journal).
    void setJournal(Journal* journal, QList<JournalEntry> leftovers);

    void scan(Scope scope = Scope::Everything);
    /// Removes the given orphans; emits removed() when all requests are answered.
    void remove(const QList<Orphan>& orphans);
    const QList<Orphan>& orphans() const { return m_orphans; }
    const QStringList& errors() const { return m_errors; }
    /// Journal leftovers the scan handed to their links (they are in the profile).
    int adopted() const { return m_adopted; }

Q_SIGNALS:
    void scanned(const QList<cascade::Orphan>& orphans);
    void removed(int removedCount, const QStringList& errors);

private:
    /// What the scan saw of one link: the copies on the target, the remotizations on the
    /// source (as the ids of the copies they feed).
    struct LinkSeen {
        QHash<janus::Id, QString> copies; ///< remote publisher id → display
        QSet<janus::Id> fed;              ///< copy ids that a remotization feeds
        QHash<janus::Id, janus::Id> publisherOf;
        bool complete = true; ///< every request on both rooms answered
    };
    /// Counts the request until it has settled; failed() says whether an error is expected (it
    /// is not listed then).
    template <typename T>
    void request(janus::Pending<T> pending,
                 std::type_identity_t<std::function<void(const T&)>> done,
                 std::function<bool(const janus::Error&)> failed = {});
    void settle();
    NodeClient* readyNode(const QString& id) const;
    const LinkPlan* plan(const QString& linkId) const;
    void checkJournal();
    void checkEntry(janus::VideoRoom* videoroom, const JournalEntry& entry);
    /// True when the entry's link is in the profile: the link takes it back.
    bool adopt(const JournalEntry& entry);
    void scanRoom(janus::VideoRoom* videoroom, const QString& nodeId, janus::Id room,
                  const QList<janus::videoroom::Participant>& participants);
    janus::Pending<janus::Done> removal(janus::VideoRoom* videoroom, const Orphan& orphan) const;
    void scanMarkers();
    void scanLink(const LinkPlan& plan);
    void finishScan();
    /// Runs then() once every reply is answered (at once when there is none).
    void afterAll(const QList<janus::Reply*>& replies, std::function<void()> then);
    void removeProbeRoom(janus::VideoRoom* videoroom, const Orphan& orphan,
                         std::shared_ptr<int> removedCount);
    void settledOnServer(const Orphan& orphan);

    QList<QPointer<NodeClient>> m_nodes;
    QList<LinkPlan> m_links;
    QHash<QString, QString> m_roomSecrets; ///< node id → room secret; never logged
    QPointer<Journal> m_journal;
    QList<JournalEntry> m_leftovers;
    QHash<QString, LinkSeen> m_seen; ///< link id → what the scan saw
    QList<Orphan> m_orphans;
    QStringList m_errors;
    int m_adopted = 0;
    int m_pending = 0;
    std::function<void()> m_whenDone;
};

/// How long after a process's last journal write its requests may still reach a server.
constexpr qint64 kLandingMs = 2000;

/// What every start does with the crash journal: takes over the leftovers of consoles that
/// ended and, on the nodes that are connected, removes the ones no link owns (the others go
/// back to their links). done(summary, complete) follows, at once when nothing was left:
/// summary is empty then, else one line for the log; complete=false when something could not
/// be checked or removed (it stays in the journal for the next start). When a console ended
/// less than kLandingMs ago, the check waits for the rest of that time.
void settleJournal(Journal& journal, QList<NodeClient*> nodes, QList<LinkPlan> links,
                   const profile::Profile& profile, const profile::SecretStore& secrets,
                   QObject* context, std::function<void(const QString&, bool)> done);

} // namespace cascade
