#pragma once

#include "nodeclient.h"
#include "profile/profile.h"
#include "profile/secretstore.h"

#include <QPointer>

namespace cascade {

/// Something this product created on a server that no current link or probe owns.
struct Orphan {
    enum class Kind { RemotePublisher, Remotization, ProbeRoom };
    Kind kind;
    QString node;
    janus::Id room;
    janus::Id id;     ///< remote publisher id, or the publisher of a remotization
    QString remoteId; ///< remotizations only
    QString link;     ///< the link named by the marker, if any
    QString describe() const;
};

/// Walks every room of the given nodes for objects carrying this product's markers (mirror
/// displays "… [jcc:LINK]", remote_ids "jcc:LINK", probe rooms "jcc-probe:…") whose link is not
/// among the known ones, and removes them on request.
class OrphanScanner : public QObject {
    Q_OBJECT
public:
    /// knownLinks: link id → "targetNode/targetRoom" it may own mirrors in.
    OrphanScanner(QList<NodeClient*> nodes, QHash<QString, QString> knownLinks,
                  QObject* parent = nullptr);

    /// The room secret of each node, sent with every request on its rooms (listremotes,
    /// remove_remote_publisher, unpublish_remotely, destroy): most rooms have one.
    void setRoomSecrets(const profile::Profile& profile, const profile::SecretStore& secrets);

    void scan();
    /// Removes the given orphans; emits removed() when all requests are answered.
    void remove(const QList<Orphan>& orphans);
    const QList<Orphan>& orphans() const { return m_orphans; }
    const QStringList& errors() const { return m_errors; }

Q_SIGNALS:
    void scanned(const QList<cascade::Orphan>& orphans);
    void removed(int removedCount, const QStringList& errors);

private:
    void request(janus::Reply* reply, std::function<void(const QJsonObject&)> done);
    void settle();
    void removeProbeRoom(janus::VideoRoom* videoroom, const janus::Id& room, const QString& secret,
                         std::shared_ptr<int> removedCount);

    QList<QPointer<NodeClient>> m_nodes;
    QHash<QString, QString> m_known;
    QHash<QString, QString> m_roomSecrets; ///< node id → room secret; never logged
    QList<Orphan> m_orphans;
    QStringList m_errors;
    int m_pending = 0;
    std::function<void()> m_whenDone;
};

} // namespace cascade
