#pragma once

#include "eventlog.h"
#include "journal.h"
#include "linkcontroller.h"
#include "mediawatch.h"
#include "nodeclient.h"
#include "probe/proberunner.h"
#include "srtppolicy.h"

#include <QHash>
#include <QMap>
#include <QPointer>
#include <memory>
#include <optional>

namespace cascade {

/// A node resolved for running: connection options with its secrets, NAT settings.
struct NodeSpec {
    QString id;
    QString name;
    janus::Connection::Options options;
    /// The Admin API's (url empty: none); its adminSecret and pin are the node's.
    janus::Connection::Options admin;
    QString bindAddress;
    QString publicAddress;
    int firstPort = 0;
    int lastPort = 0;
    QString adminKey;
};

/// Every node and link the console runs: owns the NodeClients and LinkControllers, names them
/// by id, and reports what happens to an event log. The GUI and the CLI both drive this.
class Fleet : public QObject {
    Q_OBJECT
public:
    explicit Fleet(EventLog* log, QObject* parent = nullptr);
    ~Fleet() override;

    EventLog* log() const { return m_log; }
    /// The crash journal that links and probes created from now on record into (none: not
    /// recorded). The fleet does not own it.
    void setJournal(Journal* journal);
    Journal* journal() const { return m_journal; }

    /// Adds (or replaces) a node and connects to it.
    NodeClient* addNode(const NodeSpec& spec);
    void removeNode(const QString& id);
    NodeClient* node(const QString& id) const { return m_nodes.value(id); }
    const NodeSpec* nodeSpec(const QString& id) const;
    /// The Janus version a node's info reported (0 while not known), for the SRTP rule.
    NodeVersion nodeVersion(const QString& id) const;
    QStringList nodeIds() const { return m_nodes.keys(); }

    /// Adds (or replaces) a link; it stays idle until bringUp().
    LinkController* addLink(const LinkPlan& plan);
    /// Tears the link down on the servers first, then forgets it.
    void removeLink(const QString& id);
    LinkController* link(const QString& id) const { return m_links.value(id); }
    QStringList linkIds() const { return m_links.keys(); }
    void bringUp(const QString& linkId, int intervalMs = 5000);
    /// The link's media checks (target-side taps of each mirror), next to its controller.
    MediaWatch* mediaWatch(const QString& linkId) const { return m_watches.value(linkId); }
    /// How links check their media (return address, interval, threshold); for every link,
    /// present and future.
    void setMediaSettings(const MediaWatch::Settings& settings);
    const MediaWatch::Settings& mediaSettings() const { return m_mediaSettings; }
    void bringDown(const QString& linkId);

    /// A probe through these nodes in order (one node: node check; two: path check A→B), bound
    /// and addressed as the nodes are configured, with ports from their forwarded ranges
    /// (given back when it finishes). Not started yet; the caller owns it. Null (with *error)
    /// when a node is unknown or its forwarded range is exhausted. With a hub, the probe shares
    /// its return port with the hub's other probes.
    /// A path check runs its leg as the link between the two nodes would: encrypted with a
    /// fresh SRTP key where srtp (default: the setting of a link from the first node to the
    /// second, else preferred) and both nodes' versions allow; srtp required where they do not
    /// refuses the probe with the reason.
    probe::ProbeRunner* createProbe(const QStringList& nodeIds,
                                    const probe::ProbeRunner::Settings& settings,
                                    QString* error = nullptr, probe::ProbeHub* hub = nullptr,
                                    std::optional<profile::Srtp> srtp = std::nullopt);

    /// Whether probes through this node use its persistent probe endpoints (probe::Hop):
    /// for Janus before 1.2.2, which never frees a remote publisher that has received RTP.
    static bool usesProbeEndpoints(const NodeClient& node);
    /// The name of a node's persistent probe endpoint for a node check ("a/node …") or for its
    /// hop of a path check ("b/path a>b …"). The node's bind address and forwarded range are
    /// part of it: an endpoint made before they changed is not reused.
    static QString probeEndpointName(const NodeSpec& node, const QStringList& path);

Q_SIGNALS:
    void nodeAdded(const QString& id);
    void nodeRemoved(const QString& id);
    void nodeStatusChanged(const QString& id);
    void linkAdded(const QString& id);
    void linkRemoved(const QString& id);
    void linkStateChanged(const QString& id);
    /// A media tap round of the link ended: its MediaWatch has new counters.
    void linkMediaChanged(const QString& id);

private:
    /// Ports a probe holds, given back when it ends.
    using TakenPorts = QList<QPair<QPointer<NodeClient>, int>>;
    /// How a path check's leg is protected: the decision, and the key on its last hop.
    SrtpDecision probeSrtp(const QStringList& nodeIds, std::optional<profile::Srtp> srtp,
                           QList<probe::Hop>& hops) const;
    std::optional<probe::Hop> probeHop(const QString& id, const QStringList& nodeIds,
                                       const std::shared_ptr<TakenPorts>& taken, QString* error);
    /// Tells the journal what the probe creates on servers and what goes again.
    void journalProbe(probe::ProbeRunner* runner, const QStringList& nodeIds,
                      const std::shared_ptr<TakenPorts>& taken);
    /// The link's MediaWatch, with its events in the log and its forwarders in the journal.
    void watchMedia(LinkController* link);
    EventLog* m_log;
    QPointer<Journal> m_journal;
    MediaWatch::Settings m_mediaSettings;
    QMap<QString, MediaWatch*> m_watches; ///< owned by their link controllers
    QMap<QString, NodeClient*> m_nodes;
    QHash<QString, int> m_endpointPorts; ///< probe endpoint name → the port it holds
    QMap<QString, NodeSpec> m_specs;
    QMap<QString, LinkController*> m_links;
};

} // namespace cascade
