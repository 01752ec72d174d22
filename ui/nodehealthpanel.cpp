#include "nodehealthpanel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ui {

using cascade::NodeHealth;

NodeHealthPanel::NodeHealthPanel(cascade::Fleet* fleet, QWidget* parent)
    : QWidget(parent)
    , m_fleet(fleet) {
    setObjectName(QStringLiteral("nodeHealthPanel"));
    auto* inner = new QWidget;
    m_form = new QFormLayout(inner);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_title = new QLabel(inner);
    m_title->setObjectName(QStringLiteral("healthTitle"));
    m_refresh = new QPushButton(tr("Refresh now"), inner);
    m_refresh->setObjectName(QStringLiteral("healthRefresh"));
    m_refresh->setToolTip(tr("Read the node's health and its publishers' media counters now"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_refresh);
    m_form->addRow(top);
    m_admin = addRow(tr("Admin API"), "healthAdmin");
    m_server = addRow(tr("Server"), "healthServer");
    m_uptime = addRow(tr("Uptime"), "healthUptime");
    m_sessions = addRow(tr("Sessions"), "healthSessions");
    m_handles = addRow(tr("Handles"), "healthHandles");
    m_accepting = addRow(tr("New sessions"), "healthAccepting");
    m_loops = addRow(tr("Event loops"), "healthLoops");
    m_plugins = addRow(tr("Plugins"), "healthPlugins");
    m_ports = addRow(tr("Forwarded ports"), "healthPorts");
    m_readAt = addRow(tr("Read at"), "healthReadAt");
    m_media = addRow(tr("Source media"), "healthMedia");
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (cascade::NodeClient* node = m_fleet->node(m_nodeId))
            node->health()->refresh();
        readMedia();
    });
    connect(fleet, &cascade::Fleet::nodeStatusChanged, this, [this](const QString& id) {
        if (id != m_nodeId)
            return;
        refreshView();
        // The media counters follow the health rounds, not every status change.
        if (!m_mediaRead.isValid() || m_mediaRead.elapsed() > 5000)
            readMedia();
    });
    connect(fleet, &cascade::Fleet::nodeRemoved, this, [this](const QString& id) {
        if (id == m_nodeId)
            showNode({});
    });
    showNode({});
}

QLabel* NodeHealthPanel::addRow(const QString& label, const char* objectName) {
    auto* value = new QLabel(m_form->parentWidget());
    value->setObjectName(QLatin1String(objectName));
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
    return value;
}

void NodeHealthPanel::showNode(const QString& id) {
    if (id != m_nodeId)
        m_mediaLines.clear();
    m_nodeId = id;
    refreshView();
    readMedia();
}

void NodeHealthPanel::refreshView() {
    const cascade::NodeClient* node = m_fleet->node(m_nodeId);
    m_refresh->setEnabled(node && node->admin());
    if (!node) {
        m_title->setText(tr("Select a node to see its health."));
        updateHealth(NodeHealth());
        m_admin->clear();
        m_ports->clear();
        return;
    }
    const cascade::NodeSpec* spec = m_fleet->nodeSpec(m_nodeId);
    m_title->setText(
        tr("<b>%1</b>")
            .arg((spec && !spec->name.isEmpty() ? spec->name : m_nodeId).toHtmlEscaped()));
    updateHealth(node->health()->health());
}

void NodeHealthPanel::updateHealth(const NodeHealth& h) {
    const bool ok = h.state == NodeHealth::State::Ok;
    const QString none = ok ? QString() : QStringLiteral("—");
    m_admin->setText(h.stateText());
    m_server->setText(ok ? tr("%1 — Janus %2").arg(h.serverName, h.version) : none);
    m_uptime->setText(
        ok ? tr("not reported by Janus; the Admin API has answered since %1 (as "
                "seen by this console)")
                 .arg(QLocale().toString(h.reachableSince.toLocalTime(), QLocale::ShortFormat))
           : none);
    m_sessions->setText(ok ? QString::number(h.sessions) : none);
    m_handles->setText(ok ? (h.handlesComplete() ? h.handlesText()
                                                 : tr("%1 (counted in the first %2 of %3 sessions)")
                                                       .arg(h.handlesText())
                                                       .arg(h.sessionsCounted)
                                                       .arg(h.sessions))
                          : none);
    m_accepting->setText(!h.acceptingNewSessions ? none
                         : *h.acceptingNewSessions
                             ? tr("accepted")
                             : tr("refused (accept_new_sessions is off: the server is draining)"));
    QStringList loops;
    for (const NodeHealth::Loop& l : h.loops.value_or(QList<NodeHealth::Loop>()))
        loops << tr("#%1: %n handle(s)", nullptr, l.handles).arg(l.id);
    m_loops->setText(!h.loops          ? none
                     : loops.isEmpty() ? tr("no static event loops (one thread per handle)")
                                       : loops.join(QStringLiteral(", ")));
    m_plugins->setText(ok ? h.plugins.join(QStringLiteral(", ")) : none);
    const cascade::NodeClient* node = m_fleet->node(m_nodeId);
    QString ports = h.portPairs > 0 ? tr("%1 of %2 port pairs in use, %3 unusable")
                                          .arg(h.portsInUse)
                                          .arg(h.portPairs)
                                          .arg(h.portsUnusable)
                                    : tr("any port (no forwarded range)");
    if (node && !node->portHealthText().isEmpty())
        ports += QStringLiteral("\n") + node->portHealthText();
    m_ports->setText(ports);
    m_readAt->setText(ok ? QLocale().toString(h.readAt.toLocalTime().time()) : none);
    m_media->setText(m_mediaLines.isEmpty()
                         ? tr("no mirrored publisher of this node is up")
                         : QStringList(m_mediaLines.values()).join(QStringLiteral("\n")));
}

void NodeHealthPanel::readMedia() {
    cascade::NodeClient* node = m_fleet->node(m_nodeId);
    if (!node || !node->admin())
        return;
    m_mediaRead.start();
    QStringList current; // mirrors that went away lose their line
    for (const QString& linkId : m_fleet->linkIds())
        if (m_fleet->link(linkId)->plan().sourceNode == m_nodeId)
            for (const cascade::Mirror& m : m_fleet->link(linkId)->mirrors())
                current << linkId + QLatin1Char('/') + m.publisher.toString();
    for (const QString& key : m_mediaLines.keys())
        if (!current.contains(key))
            m_mediaLines.remove(key);
    for (const QString& linkId : m_fleet->linkIds()) {
        const cascade::LinkController* link = m_fleet->link(linkId);
        if (link->plan().sourceNode != m_nodeId)
            continue;
        for (const cascade::Mirror& m : link->mirrors()) {
            const QString key = linkId + QLatin1Char('/') + m.publisher.toString();
            const janus::Id room = link->plan().sourceRoom;
            node->sourceMedia()->read(
                room, m.publisher, this, [this, key, display = m.display](const auto& stats) {
                    m_mediaLines.insert(
                        key,
                        tr("%1 (%2): %3")
                            .arg(key, display, stats ? stats->summary() : stats.error().message()));
                    refreshView();
                });
        }
    }
}

} // namespace ui
