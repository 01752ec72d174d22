#include "mainwindow.h"

#include "eventlogview.h"
#include "linkspanel.h"
#include "linkwizard.h"
#include "monitorpanel.h"
#include "nodeeditordialog.h"
#include "nodehealthpanel.h"
#include "orphansdialog.h"
#include "probepanel.h"
#include "profileproblemsdialog.h"
#include "roomspanel.h"
#include "statecolors.h"
#include "topologyview.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <tuple>

namespace ui {

namespace {

QVariant nodeToolTip(const QModelIndex& index, const QString& text) {
    using M = cascade::NodesModel;
    const QString id = index.data(M::NodeIdRole).toString();
    switch (index.column()) {
    case M::NameColumn:
        return QCoreApplication::translate("ui::MainWindow",
                                           "Node %1: select it to see its rooms; double-click to "
                                           "edit")
            .arg(id);
    case M::StateColumn:
        return text; // the full line, however the column elides it
    case M::AdminColumn:
        return index.data(M::HealthTextRole);
    case M::SessionsColumn:
    case M::HandlesColumn:
        return QCoreApplication::translate("ui::MainWindow",
                                           "Janus sessions and plugin handles on the node, read "
                                           "over its Admin API (handles of at most %1 sessions)")
            .arg(cascade::NodeHealthMonitor::maxSessions);
    case M::UrlColumn:
        return QCoreApplication::translate("ui::MainWindow", "Janus API the console talks to");
    case M::BindColumn:
        return QCoreApplication::translate("ui::MainWindow",
                                           "Local address of the server that RTP forwarders and "
                                           "remote publishers bind to");
    case M::PublicColumn:
        return text.isEmpty() ? QCoreApplication::translate("ui::MainWindow",
                                                            "No public address: other nodes and "
                                                            "probes send to the API host")
                              : QCoreApplication::translate("ui::MainWindow",
                                                            "Where other nodes and probes send "
                                                            "RTP to this node");
    case M::PortsColumn:
        return QCoreApplication::translate("ui::MainWindow",
                                           "UDP ports the NAT forwards to this node, for links "
                                           "and probes");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(cascade::Fleet* fleet, QWidget* parent)
    : QMainWindow(parent)
    , m_fleet(fleet)
    , m_document(fleet)
    , m_nodes(fleet)
    , m_nodesView(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_rooms(new RoomsPanel(fleet, this))
    , m_links(new LinksPanel(fleet, this))
    , m_probe(new ProbePanel(fleet, this))
    , m_topology(new TopologyView(fleet, &m_document.profile(), this))
    , m_log(new EventLogView(fleet->log(), this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    // Mnemonics are unique in the window: Alt+R/L/B/T/H switch tabs, menus take F/N/K/P/V.
    m_tabs->addTab(m_rooms, tr("&Rooms"));
    m_tabs->addTab(m_links, tr("&Links"));
    m_tabs->addTab(m_probe, tr("Pro&be"));
    m_tabs->addTab(m_topology, tr("&Topology"));
    // The selected node's health, like its rooms (no mnemonic: every letter of it is taken).
    m_health = new NodeHealthPanel(fleet, this);
    m_tabs->addTab(m_health, tr("Health"));
    m_monitor = new MonitorPanel(fleet, this); // continuous monitoring and its history
    m_tabs->addTab(m_monitor, tr("&History"));
    m_rooms->setRoomSecretSource([this](const QString& nodeId) {
        return m_document.secrets()
            .secret(nodeId, profile::SecretKind::RoomSecret)
            .value_or(QString());
    });
    buildNodesView();
    buildCentralWidget(buildNodesPane());
    connectSignals();

    createMenus();
    updateTitle();
    updateNodeActions();
    // Tab moves between controls, not from cell to cell (the arrow keys do that).
    for (QAbstractItemView* view : findChildren<QAbstractItemView*>())
        view->setTabKeyNavigation(false);
    resize(1280, 860);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_split->restoreState(settings.value(QStringLiteral("window/split")).toByteArray());
    fitToScreen();
}

void MainWindow::buildNodesView() {
    auto* colours = new StateColumnProxy(
        cascade::NodesModel::StateColumn, cascade::NodesModel::ConnectionStateRole,
        [](int s) { return stateOf(janus::Connection::State(s)); }, this);
    colours->setSourceModel(&m_nodes);
    colours->setToolTips(&nodeToolTip);
    // Sorted by a stable key, so an edited node (removed and added again) keeps its place.
    m_nodesSorted = new QSortFilterProxyModel(this);
    m_nodesSorted->setSourceModel(colours);
    m_nodesSorted->setSortRole(cascade::NodesModel::NodeIdRole);
    m_nodesSorted->sort(cascade::NodesModel::NameColumn);
    m_nodesView->setModel(m_nodesSorted);
    m_nodesView->setObjectName(QStringLiteral("nodes"));
    m_nodesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nodesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_nodesView->setTabKeyNavigation(false);
    m_nodesView->setWordWrap(false);
    m_nodesView->setTextElideMode(Qt::ElideRight);
    m_nodesView->verticalHeader()->hide();
    // A long error is elided in the State column (full text in its tooltip) instead of pushing
    // the address columns off-screen.
    QHeaderView* header = m_nodesView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(cascade::NodesModel::StateColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    m_nodesView->setMinimumHeight(header->sizeHint().height() +
                                  4 * m_nodesView->verticalHeader()->defaultSectionSize() +
                                  2 * m_nodesView->frameWidth());
}

QWidget* MainWindow::buildNodesPane() {
    auto* nodesPane = new QWidget(this);
    nodesPane->setObjectName(QStringLiteral("nodesPane"));
    QHBoxLayout* nodeButtons = buildNodeButtons(nodesPane);
    m_nodesHint = new QLabel(
        tr("No nodes yet. Add a node with <b>Add…</b> (Ctrl+Shift+N): its Janus API URL is enough "
           "to connect. Or open a profile with File → Open profile… (Ctrl+O)."),
        nodesPane);
    m_nodesHint->setObjectName(QStringLiteral("nodesHint"));
    m_nodesHint->setWordWrap(true);
    m_nodesHint->setAlignment(Qt::AlignCenter);
    m_nodesHint->setFrameShape(QFrame::StyledPanel);
    // The hint takes the table's place while there is no node (no extra height).
    m_nodesStack = new QStackedWidget(nodesPane);
    m_nodesStack->addWidget(m_nodesView);
    m_nodesStack->addWidget(m_nodesHint);
    auto* nodesLayout = new QVBoxLayout(nodesPane);
    nodesLayout->setContentsMargins(4, 4, 4, 0);
    nodesLayout->addLayout(nodeButtons);
    nodesLayout->addWidget(m_nodesStack, 1);
    return nodesPane;
}

QHBoxLayout* MainWindow::buildNodeButtons(QWidget* nodesPane) {
    auto* nodeButtons = new QHBoxLayout;
    m_reconnect = new QAction(tr("Reconnect n&ow"), this);
    m_reconnect->setObjectName(QStringLiteral("reconnectNow"));
    m_reconnect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reconnect->setToolTip(tr("Connect to the selected node again now instead of waiting for "
                               "the countdown (Ctrl+Shift+R)"));
    connect(m_reconnect, &QAction::triggered, this, &MainWindow::reconnectNow);
    addAction(m_reconnect); // the shortcut works wherever the focus is in the window
    nodeButtons->addWidget(new QLabel(tr("Nodes"), nodesPane));
    const std::tuple<QString, QString, void (MainWindow::*)()> buttons[] = {
        {tr("&Add…"), tr("Add a Janus node (Ctrl+Shift+N)"), &MainWindow::addNode},
        {tr("&Edit…"), tr("Edit the selected node (Ctrl+E, or double-click it)"),
         &MainWindow::editNode},
        {tr("Remove"), tr("Remove the selected node and its links from the profile"),
         &MainWindow::removeNode},
        {tr("Reconnect n&ow"), m_reconnect->toolTip(), &MainWindow::reconnectNow}};
    for (const auto& [text, tip, slot] : buttons) {
        auto* b = new QPushButton(text, nodesPane);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        nodeButtons->addWidget(b);
        m_nodeButtons << b;
        if (slot == &MainWindow::reconnectNow) {
            b->setObjectName(QStringLiteral("reconnectNowButton"));
            connect(m_reconnect, &QAction::changed, b,
                    [this, b] { b->setEnabled(m_reconnect->isEnabled()); });
        }
    }
    m_nodeButtons[0]->setObjectName(QStringLiteral("addNode"));
    m_nodeButtons[1]->setObjectName(QStringLiteral("editNode"));
    m_nodeButtons[2]->setObjectName(QStringLiteral("removeNode"));
    nodeButtons->addStretch();
    return nodeButtons;
}

void MainWindow::buildCentralWidget(QWidget* nodesPane) {
    // Nodes above the tabs, in a splitter that gives both a share as the window grows.
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(QStringLiteral("mainSplit"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(nodesPane);
    m_split->addWidget(m_tabs);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 3);
    setCentralWidget(m_split);
    auto* logDock = new QDockWidget(tr("Event log"), this);
    logDock->setObjectName(QStringLiteral("logDock"));
    logDock->setWidget(m_log);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
    resizeDocks({logDock}, {170}, Qt::Vertical);
    statusBar()->addPermanentWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_monitor->statusLabel());
}

void MainWindow::connectSignals() {
    connect(m_nodesView, &QTableView::doubleClicked, this, &MainWindow::editNode);
    connect(m_nodesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!selectedNode().isEmpty())
            m_rooms->showNode(selectedNode());
        m_health->showNode(selectedNode());
        updateNodeActions();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_nodesSorted, signal, this, &MainWindow::updateNodeActions);
    connect(m_fleet, &cascade::Fleet::nodeStatusChanged, this, &MainWindow::updateNodeActions);
    m_nodesView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_nodesView->addAction(m_reconnect);
    connect(m_topology, &TopologyView::nodeClicked, this, [this](const QString& id) {
        selectNode(id);
        m_tabs->setCurrentWidget(m_rooms);
    });
    connect(m_topology, &TopologyView::linkClicked, this, [this](const QString& id) {
        m_links->selectLink(id);
        m_tabs->setCurrentWidget(m_links);
    });
    connect(m_links, &LinksPanel::newLinkRequested, this, &MainWindow::newLink);
    connect(m_links, &LinksPanel::removeLinkRequested, &m_document, &ProfileDocument::removeLink);
    connect(m_links, &LinksPanel::orphansRequested, this, &MainWindow::findOrphans);
    connect(&m_document, &ProfileDocument::changed, this, &MainWindow::updateTitle);
    connect(&m_document, &ProfileDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(&m_document, &ProfileDocument::changed, this,
            [this] { m_probe->setDefaults(m_document.profile().probe); });
    connect(&m_document, &ProfileDocument::changed, this,
            [this] { m_monitor->setProfile(m_document.profile()); });
    connect(m_fleet->log(), &cascade::EventLog::added, this,
            [this](const cascade::EventLog::Entry& e) {
                if (e.level == cascade::EventLog::Level::Error)
                    statusBar()->showMessage(QStringLiteral("%1: %2").arg(e.source, e.text), 15000);
            });
}

void MainWindow::fitToScreen() {
    // A geometry saved on a larger screen (or grown by an old bug) must not come back larger
    // than the screen this window opens on, frame included.
    const QScreen* s = screen();
    if (!s)
        return;
    const QRect avail = s->availableGeometry();
    const QSize frame = frameGeometry().size() - geometry().size();
    QRect g = geometry();
    g.setSize(g.size().boundedTo(avail.size() - frame));
    const QPoint inset(frame.width() / 2, frame.height() / 2);
    g.moveTo(qBound(avail.left() + inset.x(), g.left(),
                    qMax(avail.left() + inset.x(), avail.right() + 1 - g.width() - inset.x())),
             qBound(avail.top() + inset.y(), g.top(),
                    qMax(avail.top() + inset.y(), avail.bottom() + 1 - g.height() - inset.y())));
    setGeometry(g);
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    // Now the window system has said how wide its frame is.
    if (!event->spontaneous())
        fitToScreen();
}

QWidget* MainWindow::eventLog() const {
    return m_log;
}

void MainWindow::updateTitle() {
    setWindowTitle(tr("%1 — Janus Cascade Console").arg(m_document.title()));
    setWindowModified(m_document.isModified());
    m_status->setText(tr("%n node(s), %1 link(s)", nullptr, int(m_document.profile().nodes.size()))
                          .arg(m_document.profile().links.size()));
    updateRecent();
}

bool MainWindow::openProfile(const QString& path) {
    QStringList errors;
    if (m_document.open(path, &errors))
        return true;
    // The window stays as it was and lists every problem, so all can be fixed in one go.
    m_fleet->log()->error(QStringLiteral("console"),
                          tr("cannot open %1: %2").arg(path, errors.join(QStringLiteral("; "))));
    auto* problems = new ProfileProblemsDialog(path, errors, this);
    problems->setAttribute(Qt::WA_DeleteOnClose);
    problems->open();
    return false;
}

bool MainWindow::saveAs() {
    // Where the last profile was opened or saved (else the profiles folder); a name typed
    // without a suffix gets ".json" (the dialog asks before it overwrites that file).
    QFileDialog dialog(this, tr("Save profile"), ProfileDocument::profileFolder(),
                       tr("Cascade profiles (*.json)"));
    dialog.setObjectName(QStringLiteral("saveProfileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("json"));
    if (!m_document.path().isEmpty())
        dialog.selectFile(m_document.path());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    QString path = dialog.selectedFiles().constFirst();
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    if (!m_document.save(path, &error)) {
        QMessageBox::warning(this, tr("Save failed"), error);
        return false;
    }
    return true;
}

bool MainWindow::maybeSave() {
    if (!m_document.isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The profile has unsaved changes. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return m_document.path().isEmpty() ? saveAs() : m_document.save(m_document.path(), nullptr);
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_closeConfirmed && !maybeSave()) {
        event->ignore();
        return;
    }
    // A running probe removes its rooms from the servers before the window goes: the window
    // stays until it has finished (or 5 s have passed), then closes again by itself.
    m_monitor->toggleAction()->setChecked(false); // a check in flight is cancelled
    if ((m_probe->isRunning() || m_monitor->isBusy()) && !m_closeConfirmed) {
        m_closeConfirmed = true;
        event->ignore();
        statusBar()->showMessage(tr("Removing the probe's resources from the servers…"));
        connect(m_probe, &ProbePanel::probeFinished, this, &QWidget::close, Qt::QueuedConnection);
        connect(m_monitor, &MonitorPanel::stopped, this, &QWidget::close, Qt::QueuedConnection);
        QTimer::singleShot(5000, this, &QWidget::close);
        m_probe->cancel();
        return;
    }
    fitToScreen();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/split"), m_split->saveState());
    event->accept();
}

QString MainWindow::selectedNode() const {
    if (!m_nodesView->currentIndex().isValid())
        return {};
    return m_nodesSorted
        ->data(m_nodesView->currentIndex().siblingAtColumn(0), cascade::NodesModel::NodeIdRole)
        .toString();
}

void MainWindow::selectNode(const QString& id) {
    for (int row = 0; row < m_nodesSorted->rowCount(); ++row)
        if (m_nodesSorted->index(row, 0).data(cascade::NodesModel::NodeIdRole).toString() == id) {
            m_nodesView->selectRow(row);
            return;
        }
}

void MainWindow::updateNodeActions() {
    const bool any = m_nodesSorted->rowCount() > 0;
    const bool selected = !selectedNode().isEmpty();
    m_nodesStack->setCurrentWidget(any ? static_cast<QWidget*>(m_nodesView) : m_nodesHint);
    m_nodeButtons[1]->setEnabled(selected);
    m_nodeButtons[2]->setEnabled(selected);
    for (QAction* a : std::as_const(m_nodeActions))
        a->setEnabled(selected);
    m_reconnect->setEnabled(!nodesToReconnect().isEmpty());
}

void MainWindow::addNode() {
    QStringList taken;
    for (const profile::Node& n : m_document.profile().nodes)
        taken << n.id;
    NodeEditorDialog dialog(m_fleet, profile::Node(), taken, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_document.setNode(dialog.node(), dialog.secrets());
    selectNode(dialog.node().id);
}

void MainWindow::editNode() {
    const profile::Node* node = m_document.profile().node(selectedNode());
    if (!node)
        return;
    NodeEditorDialog dialog(m_fleet, *node, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The node is replaced in the fleet (its row goes and comes back): the selection follows it
    // by id, never by row, so a later Remove cannot hit another node.
    const QString id = dialog.node().id;
    m_document.setNode(dialog.node(), dialog.secrets());
    selectNode(id);
}

void MainWindow::removeNode() {
    const QString id = selectedNode();
    if (id.isEmpty() ||
        QMessageBox::question(this, tr("Remove node"),
                              tr("Remove node %1 and its links from the profile?").arg(id)) !=
            QMessageBox::Yes)
        return;
    m_document.removeNode(id);
}

QStringList MainWindow::nodesToReconnect() const {
    const auto waiting = [this](const QString& id) {
        const cascade::NodeClient* node = m_fleet->node(id);
        return node && node->connection()->state() != janus::Connection::State::Connected &&
               node->connection()->state() != janus::Connection::State::Connecting;
    };
    if (const QString id = selectedNode(); !id.isEmpty())
        return waiting(id) ? QStringList{id} : QStringList();
    QStringList ids = m_fleet->nodeIds();
    ids.removeIf([&](const QString& id) { return !waiting(id); });
    return ids;
}

void MainWindow::reconnectNow() {
    for (const QString& id : nodesToReconnect()) {
        m_fleet->log()->info(id, tr("reconnecting now (asked by the user)"));
        m_fleet->node(id)->reconnectNow();
    }
}

void MainWindow::newLink() {
    if (m_document.profile().nodes.size() < 2) {
        m_rooms->banner()->show(Banner::Kind::Warning,
                                tr("A cascade link needs two nodes: add them first."));
        return;
    }
    LinkWizard wizard(m_fleet, m_document.profile(), this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    const profile::Link link = wizard.link();
    m_document.setLink(link);
    m_fleet->bringUp(link.id);
    m_tabs->setCurrentWidget(m_links);
    m_links->selectLink(link.id);
}

void MainWindow::findOrphans() {
    auto* dialog = new OrphansDialog(&m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace ui
