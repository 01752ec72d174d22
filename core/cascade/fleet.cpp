#include "fleet.h"

#include <QPointer>

namespace cascade {

Fleet::Fleet(EventLog* log, QObject* parent)
    : QObject(parent)
    , m_log(log) {}

Fleet::~Fleet() {
    // Links first: they hold pointers into the nodes' handles and watchers.
    qDeleteAll(m_links);
    m_links.clear();
    qDeleteAll(m_nodes);
    m_nodes.clear();
}

void Fleet::setJournal(Journal* journal) {
    if (m_journal == journal)
        return;
    if (m_journal)
        disconnect(m_journal, nullptr, this, nullptr);
    m_journal = journal;
    for (LinkController* link : std::as_const(m_links))
        link->setJournal(journal);
    if (journal)
        connect(journal, &Journal::writeFailed, this,
                [this](const QString& error) { m_log->warning(QStringLiteral("console"), error); });
}

const NodeSpec* Fleet::nodeSpec(const QString& id) const {
    const auto it = m_specs.constFind(id);
    return it == m_specs.constEnd() ? nullptr : &*it;
}

NodeClient* Fleet::addNode(const NodeSpec& spec) {
    removeNode(spec.id);
    auto* node =
        new NodeClient(spec.id, spec.options, PortAllocator(spec.firstPort, spec.lastPort), this);
    node->videoroom()->setAdminKey(spec.adminKey);
    node->setAdminOptions(spec.admin);
    m_nodes.insert(spec.id, node);
    m_specs.insert(spec.id, spec);
    connect(node, &NodeClient::statusChanged, this, [this, node, last = QString()]() mutable {
        // Several signals mean one change (state, handle attached): log each text once.
        if (const QString text = node->statusText(); text != last) {
            // A node that is not (getting) connected is a problem: "Connection refused" must
            // show under the warnings filter.
            const auto state = node->connection()->state();
            const bool fine = state == janus::Connection::State::Connected ||
                              state == janus::Connection::State::Connecting ||
                              (state == janus::Connection::State::Disconnected &&
                               !node->connection()->lastError().isError());
            m_log->add(fine ? EventLog::Level::Info : EventLog::Level::Warning, node->id(), text);
            last = text;
        }
        Q_EMIT nodeStatusChanged(node->id());
    });
    connect(node->connection(), &janus::Connection::errorOccurred, this,
            [this, id = spec.id](const janus::Error& e) { m_log->error(id, e.message()); });
    connect(node, &NodeClient::healthChanged, this,
            [this, node, last = QString(), failing = false]() mutable {
                // A failing Admin API is said once, not every round; so is its recovery.
                const NodeHealth& h = node->health()->health();
                const bool failed = h.state == NodeHealth::State::Failed ||
                                    (h.state == NodeHealth::State::Waiting && h.error.isError());
                if (const QString text = h.stateText(); failed && text != last)
                    m_log->add(EventLog::Level::Warning, node->id(), text);
                else if (h.state == NodeHealth::State::Ok && failing)
                    m_log->add(EventLog::Level::Info, node->id(), tr("Admin API answers again"));
                last = h.stateText();
                failing = failed || (failing && h.state != NodeHealth::State::Ok);
                Q_EMIT nodeStatusChanged(node->id());
            });
    Q_EMIT nodeAdded(spec.id);
    node->open();
    return node;
}

void Fleet::removeNode(const QString& id) {
    NodeClient* node = m_nodes.take(id);
    m_specs.remove(id);
    if (!node)
        return;
    // Links that use the node cannot run without it.
    for (const QString& linkId : m_links.keys()) {
        const LinkPlan& plan = m_links.value(linkId)->plan();
        if (plan.sourceNode == id || plan.targetNode == id) {
            delete m_links.take(linkId);
            Q_EMIT linkRemoved(linkId);
        }
    }
    node->close();
    node->deleteLater();
    Q_EMIT nodeRemoved(id);
}

LinkController* Fleet::addLink(const LinkPlan& plan) {
    NodeClient* source = node(plan.sourceNode);
    NodeClient* target = node(plan.targetNode);
    if (!source || !target)
        return nullptr;
    if (LinkController* old = m_links.take(plan.id)) {
        delete old;
        Q_EMIT linkRemoved(plan.id);
    }
    auto* link = new LinkController(plan, source->videoroom(), target->videoroom(),
                                    source->watcher(plan.sourceRoom), target->ports(), this);
    link->setJournal(m_journal);
    m_links.insert(plan.id, link);
    connect(
        link, &LinkController::stateChanged, this,
        [this, id = plan.id](LinkController::State state, const QString& reason) {
            const auto level = state == LinkController::State::Down       ? EventLog::Level::Error
                               : state == LinkController::State::Degraded ? EventLog::Level::Warning
                                                                          : EventLog::Level::Info;
            // A reason that starts with the state's name says it already ("stopped; …").
            const QString name = LinkController::stateName(state);
            if (state != LinkController::State::NoMedia) // its MediaWatch logs it, in words
                m_log->add(level, id,
                           reason.startsWith(name) ? reason : name + QStringLiteral(": ") + reason);
            Q_EMIT linkStateChanged(id);
        });
    connect(link, &LinkController::action, this,
            [this, id = plan.id](const QString& text) { m_log->info(id, text); });
    watchMedia(link);
    Q_EMIT linkAdded(plan.id);
    return link;
}

void Fleet::removeLink(const QString& id) {
    LinkController* link = m_links.value(id);
    if (!link)
        return;
    connect(link, &LinkController::stopped, this, [this, id, link] {
        if (m_links.value(id) == link) {
            m_links.remove(id);
            link->deleteLater();
            Q_EMIT linkRemoved(id);
        }
    });
    link->stop();
}

void Fleet::bringUp(const QString& linkId, int intervalMs) {
    if (LinkController* l = link(linkId))
        l->start(intervalMs);
}

void Fleet::bringDown(const QString& linkId) {
    if (LinkController* l = link(linkId))
        l->stop();
}

QString Fleet::probeEndpointName(const NodeSpec& node, const QStringList& path) {
    return node.id +
           (path.size() == 1 ? QStringLiteral("/node")
                             : QStringLiteral("/path ") + path.join(QStringLiteral(">"))) +
           QStringLiteral(" iface=%1 ports=%2-%3")
               .arg(node.bindAddress)
               .arg(node.firstPort)
               .arg(node.lastPort);
}

bool Fleet::usesProbeEndpoints(const NodeClient& node) {
    // JCC_PROBE_ENDPOINTS=always|never overrides, for tests and diagnosis.
    const QByteArray forced = qgetenv("JCC_PROBE_ENDPOINTS");
    if (forced == "always" || forced == "never")
        return forced == "always";
    const int version = node.connection()->serverInfo().version;
    return version > 0 && version < 1202; // 1.2.2 frees a remote publisher that has had RTP
}

probe::ProbeRunner* Fleet::createProbe(const QStringList& nodeIds,
                                       const probe::ProbeRunner::Settings& given, QString* error,
                                       probe::ProbeHub* hub, std::optional<profile::Srtp> srtp) {
    probe::ProbeRunner::Settings settings = given;
    // Ports handed to this probe; given back when it finishes. Ports a server called busy stay
    // reserved: something else holds them.
    auto taken = std::make_shared<TakenPorts>();
    auto giveBack = [taken] {
        for (const auto& [node, port] : std::as_const(*taken))
            if (node && port > 0)
                node->ports()->release(port);
        taken->clear();
    };
    QList<probe::Hop> hops;
    for (const QString& id : nodeIds) {
        QString problem;
        const auto hop = probeHop(id, nodeIds, taken, &problem);
        if (!hop) {
            giveBack();
            if (error)
                *error = problem;
            return nullptr;
        }
        hops << *hop;
    }
    const SrtpDecision leg = probeSrtp(nodeIds, srtp, hops);
    if (leg.refused) {
        giveBack();
        if (error)
            *error = tr("srtp is required but %1").arg(leg.reason);
        return nullptr;
    }
    if (nodeIds.size() > 1)
        settings.srtpNote = leg.text(hops.last().srtp.isNull() ? 80 : hops.last().srtp.suite());
    // A machine label (JSON "target", Prometheus target="…"): the same in every language.
    const QString target = nodeIds.size() == 1
                               ? QStringLiteral("node %1").arg(nodeIds.first())
                               : QStringLiteral("path %1").arg(nodeIds.join(QStringLiteral(" → ")));
    // The event source of a node is its id everywhere ("node-a", not "node node-a").
    const QString source = nodeIds.size() == 1 ? nodeIds.first() : target;
    auto* runner = new probe::ProbeRunner(hops, settings, target, nullptr, hub);
    connect(runner, &probe::ProbeRunner::finished, this,
            [this, giveBack, source](const probe::ProbeResult& r) {
                giveBack();
                m_log->add(r.passed ? EventLog::Level::Info : EventLog::Level::Warning, source,
                           r.verdict);
            });
    connect(runner, &probe::ProbeRunner::progress, this,
            [this, source](const QString& text) { m_log->info(source, text); });
    journalProbe(runner, nodeIds, taken);
    return runner;
}

NodeVersion Fleet::nodeVersion(const QString& id) const {
    const NodeClient* node = m_nodes.value(id);
    return nodeVersionOf(id, node ? node->connection() : nullptr);
}

SrtpDecision Fleet::probeSrtp(const QStringList& nodeIds, std::optional<profile::Srtp> srtp,
                              QList<probe::Hop>& hops) const {
    if (nodeIds.size() != 2)
        return {};
    int suite = 80;
    if (!srtp) { // as the link between them runs, else the default
        srtp = profile::Srtp::Preferred;
        for (const LinkController* link : m_links)
            if (link->plan().sourceNode == nodeIds[0] && link->plan().targetNode == nodeIds[1]) {
                srtp = link->plan().srtp;
                suite = link->plan().srtpSuite;
            }
    }
    const SrtpDecision leg = decideSrtp(*srtp, nodeVersion(nodeIds[0]), nodeVersion(nodeIds[1]));
    if (leg.encrypt) {
        hops.last().srtp = janus::SrtpKey::generate(suite);
        hops.last().endpoint.clear(); // endpoints are for Janus before 1.2.2, which has no SRTP
    }
    return leg;
}

std::optional<probe::Hop> Fleet::probeHop(const QString& id, const QStringList& nodeIds,
                                          const std::shared_ptr<TakenPorts>& taken,
                                          QString* error) {
    NodeClient* node = m_nodes.value(id);
    const NodeSpec* spec = nodeSpec(id);
    const QString endpoint =
        node && spec && node->ports()->isRestricted() && usesProbeEndpoints(*node)
            ? probeEndpointName(*spec, nodeIds)
            : QString();
    // A known endpoint keeps its port for good; a new one takes a port of the range.
    const int known = m_endpointPorts.value(endpoint);
    const int port = known > 0 ? known : node ? node->ports()->acquire() : -1;
    if (!node || !spec || port < 0) {
        *error = !node ? tr("unknown node '%1'").arg(id)
                       : tr("the forwarded port range of %1 is exhausted").arg(id);
        return std::nullopt;
    }
    if (known <= 0)
        taken->append({node, port});
    probe::Hop hop{node->videoroom(),
                   id,
                   ifaceFor(spec->bindAddress),
                   spec->publicAddress.isEmpty() ? spec->options.url.host() : spec->publicAddress,
                   port,
                   {}};
    hop.endpoint = endpoint;
    if (port > 0) {
        hop.nextPort = [taken, guard = QPointer<NodeClient>(node)](int busy) {
            if (!guard)
                return -1;
            taken->removeIf([&](const auto& t) { return t.first == guard && t.second == busy; });
            guard->ports()->markUnusable(busy); // counted, and kept out of acquire()
            const int next = guard->ports()->acquire();
            if (next > 0)
                taken->append({guard, next});
            return next;
        };
    }
    return hop;
}

void Fleet::journalProbe(probe::ProbeRunner* runner, const QStringList& nodeIds,
                         const std::shared_ptr<TakenPorts>& taken) {
    using Kind = JournalEntry::Kind;
    auto record = [this](bool created, const JournalEntry& entry) {
        if (m_journal)
            created ? m_journal->created(entry) : m_journal->gone(entry);
    };
    connect(runner, &probe::ProbeRunner::roomCreating, this,
            [record](const QString& node, const janus::Id& room) {
                record(true, {Kind::ProbeRoom, node, room, {}, {}, {}});
            });
    connect(runner, &probe::ProbeRunner::roomGone, this,
            [record](const QString& node, const janus::Id& room) {
                record(false, {Kind::ProbeRoom, node, room, {}, {}, {}});
            });
    connect(runner, &probe::ProbeRunner::forwarderCreating, this,
            [record](const QString& node, const janus::Id& room, const janus::Id& publisher,
                     const QString& target) {
                record(true, {Kind::Forwarder, node, room, publisher, target, {}});
            });
    connect(runner, &probe::ProbeRunner::forwarderGone, this,
            [record](const QString& node, const janus::Id& room, const janus::Id& publisher,
                     const QString& target) {
                record(false, {Kind::Forwarder, node, room, publisher, target, {}});
            });
    // An endpoint's port stays bound on the server: never hand it to a mirror or a probe hop.
    connect(runner, &probe::ProbeRunner::endpointPort, this,
            [this, taken, nodeIds](const QString& nodeId, int port) {
                NodeClient* node = m_nodes.value(nodeId);
                if (!node)
                    return;
                if (const NodeSpec* spec = nodeSpec(nodeId))
                    m_endpointPorts.insert(probeEndpointName(*spec, nodeIds), port);
                taken->removeIf([&](const auto& t) { return t.first == node && t.second == port; });
                node->ports()->reserve(port);
            });
}

} // namespace cascade
