#include "roomspanel.h"

#include "roomeditordialog.h"
#include "statecolors.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

namespace {

namespace vr = janus::videoroom;

// How long "room created" stays up when nothing else replaces or outdates it.
constexpr int kCreatedBannerMs = 15000;

QTableView* makeTable(QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setTextElideMode(Qt::ElideRight);
    // Tab goes to the next control, not to the next cell (arrows move between cells).
    view->setTabKeyNavigation(false);
    return view;
}

/// The rooms as Janus lists them, with the console's watcher counted openly and tooltips that
/// explain a cell instead of repeating it.
class RoomsProxy : public QIdentityProxyModel {
    Q_DECLARE_TR_FUNCTIONS(ui::RoomsPanel)

public:
    explicit RoomsProxy(cascade::RoomsModel* rooms, QObject* parent)
        : QIdentityProxyModel(parent)
        , m_rooms(rooms) {
        setSourceModel(rooms);
    }

    QVariant data(const QModelIndex& index, int role) const override {
        using M = cascade::RoomsModel;
        if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
            return QIdentityProxyModel::data(index, role);
        const QVariant value = QIdentityProxyModel::data(index, role);
        const QString id = QIdentityProxyModel::data(index, M::RoomIdRole).toString();
        const int count =
            QIdentityProxyModel::data(index.siblingAtColumn(M::ParticipantsColumn), Qt::DisplayRole)
                .toInt();
        const cascade::NodeClient* node = m_rooms->node();
        const bool watched =
            node && node->watches(m_rooms->roomId(mapToSource(index).row())) && count > 0;
        if (role == Qt::DisplayRole) {
            if (index.column() == M::ParticipantsColumn && watched)
                return tr("%1 + console watcher").arg(count - 1);
            if (index.column() == M::PrivateColumn && value.toString().isEmpty())
                return tr("public");
            return value;
        }
        switch (index.column()) {
        case M::IdColumn:
            return tr("Room %1 on %2: select it to see its participants below")
                .arg(id, node ? node->id() : QString());
        case M::DescriptionColumn:
            return value.toString().isEmpty() ? tr("No description") : value;
        case M::ParticipantsColumn:
            return watched ? tr("%1 joined: %2 besides the console's watcher, which joined to "
                                "follow the publishers for a cascade link and publishes nothing. "
                                "Subscribers are not counted.")
                                 .arg(count)
                                 .arg(count - 1)
                           : tr("%1 joined (publishing or not); subscribers are not counted.")
                                 .arg(count);
        case M::PrivateColumn:
            return value.toString().isEmpty()
                       ? tr("Public: listed to every client of the node")
                       : tr("Private: hidden from other clients' room lists; the console sees it "
                            "with the node's room admin key");
        case M::CodecsColumn:
            return value.toString().isEmpty()
                       ? tr("Janus's default codecs")
                       : tr("Audio / video codecs, in order of preference: %1")
                             .arg(value.toString());
        }
        return value;
    }

private:
    cascade::RoomsModel* m_rooms;
};

/// Participants with tooltips that say what a kind means and list forwarders in full.
class ParticipantsProxy : public QIdentityProxyModel {
    Q_DECLARE_TR_FUNCTIONS(ui::RoomsPanel)

public:
    explicit ParticipantsProxy(cascade::ParticipantsModel* participants, QObject* parent)
        : QIdentityProxyModel(parent)
        , m_participants(participants) {
        setSourceModel(participants);
    }

    QVariant data(const QModelIndex& index, int role) const override {
        using M = cascade::ParticipantsModel;
        if (role != Qt::ToolTipRole || !index.isValid())
            return QIdentityProxyModel::data(index, role);
        const M::Row& row = m_participants->rows().at(mapToSource(index).row());
        const vr::Participant& p = row.participant;
        switch (index.column()) {
        case M::IdColumn:
            return tr("Participant id %1 in this room").arg(p.id.toString());
        case M::DisplayColumn:
            return p.display.isEmpty() ? tr("No display name") : p.display;
        case M::KindColumn:
            if (p.display == cascade::RoomWatcher::displayName() && !p.remote)
                return tr("The console's own handle: it joined as a publisher that never "
                          "publishes, to follow this room's publishers for cascade links. Janus "
                          "counts it as a participant.");
            if (p.remote)
                return tr("A remote publisher: its media comes over RTP from another Janus (a "
                          "cascade copy)");
            return p.publisher ? tr("Publishes media from a client of this Janus")
                               : tr("Joined, publishes nothing");
        case M::ForwardersColumn:
            return row.forwarders.isEmpty() ? tr("No RTP forwarders")
                                            : row.forwarders.join(QLatin1Char('\n'));
        case M::RemotesColumn:
            return row.remotizations.isEmpty() ? tr("Not cascaded to another node")
                                               : row.remotizations.join(QLatin1Char('\n'));
        }
        return {};
    }

private:
    cascade::ParticipantsModel* m_participants;
};

} // namespace

RoomsPanel::RoomsPanel(cascade::Fleet* fleet, QWidget* parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_node(new QComboBox(this))
    , m_roomsView(makeTable(this))
    , m_participantsView(makeTable(this))
    , m_busy(new QLabel(this))
    , m_stale(new QLabel(this))
    , m_banner(new Banner(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_create(new QPushButton(tr("&Create room…"), this))
    , m_destroy(new QPushButton(tr("Destro&y room…"), this)) {
    setupViews();
    buildLayout(buildBar());
    connectModels();
    refreshNodes();
}

void RoomsPanel::setupViews() {
    m_filter.setSourceModel(new RoomsProxy(&m_rooms, this));
    m_filter.setFilterKeyColumn(-1);
    m_filter.setSortRole(cascade::RoomsModel::SortRole);
    m_filter.setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_roomsView->setModel(&m_filter);
    m_participantsView->setModel(new ParticipantsProxy(&m_participants, this));
    m_roomsView->setObjectName(QStringLiteral("rooms"));
    m_roomsView->horizontalHeader()->setSectionResizeMode(cascade::RoomsModel::DescriptionColumn,
                                                          QHeaderView::Stretch);
    // Room numbers up to 19 digits and "N + console watcher" are shown whole.
    // The header's ResizeToContents does not follow rows added later, so the columns are fitted
    // whenever the rows change.
    auto fit = [this] {
        for (const int column :
             {cascade::RoomsModel::IdColumn, cascade::RoomsModel::ParticipantsColumn,
              cascade::RoomsModel::PrivateColumn, cascade::RoomsModel::CodecsColumn})
            m_roomsView->resizeColumnToContents(column);
    };
    connect(&m_filter, &QAbstractItemModel::rowsInserted, this, fit);
    connect(&m_filter, &QAbstractItemModel::dataChanged, this, fit);
    connect(&m_filter, &QAbstractItemModel::modelReset, this, fit);
    connect(&m_filter, &QAbstractItemModel::layoutChanged, this, fit);
    m_roomsView->horizontalHeader()->setStretchLastSection(false);
    m_roomsView->setWordWrap(false);
    m_participantsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_participantsView->setObjectName(QStringLiteral("participants"));
    m_node->setObjectName(QStringLiteral("roomsNode"));
    m_node->setToolTip(
        tr("The node whose rooms are shown (also: select a node in the Nodes area)"));
    m_node->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stale->setObjectName(QStringLiteral("staleRooms"));
    m_stale->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("busy"));
}

QHBoxLayout* RoomsPanel::buildBar() {
    auto* filter = new QLineEdit(this);
    filter->setObjectName(QStringLiteral("roomFilter"));
    filter->setPlaceholderText(tr("Filter rooms…"));
    filter->setToolTip(tr("Shows the rooms whose number, description or codecs contain this"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, &m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    m_refresh->setObjectName(QStringLiteral("refreshRooms"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Refresh rooms and participants (F5)"));
    m_create->setObjectName(QStringLiteral("createRoom"));
    m_create->setToolTip(tr("Create a room on the selected node: id, description, publishers, "
                            "codecs, secret, private"));
    m_destroy->setObjectName(QStringLiteral("destroyRoom"));
    m_destroy->setToolTip(tr("Destroy the selected room (with the node's room secret)"));
    connect(m_refresh, &QPushButton::clicked, this, &RoomsPanel::refresh);
    connect(m_create, &QPushButton::clicked, this, &RoomsPanel::createRoom);
    connect(m_destroy, &QPushButton::clicked, this, &RoomsPanel::destroyRoom);

    auto* bar = new QHBoxLayout;
    auto* nodeLabel = new QLabel(tr("No&de:"), this);
    nodeLabel->setBuddy(m_node);
    bar->addWidget(nodeLabel);
    bar->addWidget(m_node);
    bar->addWidget(filter, 1);
    bar->addWidget(m_busy);
    bar->addWidget(m_refresh);
    bar->addWidget(m_create);
    bar->addWidget(m_destroy);
    return bar;
}

void RoomsPanel::buildLayout(QHBoxLayout* bar) {
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_roomsView);
    auto* lower = new QWidget(split);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(new QLabel(tr("Participants of the selected room"), lower));
    lowerLayout->addWidget(m_participantsView);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stale);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
}

void RoomsPanel::connectModels() {
    connect(m_node, &QComboBox::currentTextChanged, this, &RoomsPanel::showNode);
    connect(m_roomsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RoomsPanel::selectRoom);
    auto busy = [this] {
        m_busy->setText(m_rooms.busy() || m_participants.busy() ? tr("refreshing…") : QString());
    };
    connect(&m_rooms, &cascade::RoomsModel::busyChanged, this, busy);
    connect(&m_participants, &cascade::ParticipantsModel::busyChanged, this, busy);
    connect(&m_rooms, &cascade::RoomsModel::refreshFailed, this,
            [this](const janus::Error& e) { m_banner->show(Banner::Kind::Error, e.message()); });
    connect(&m_rooms, &QAbstractItemModel::rowsRemoved, this, &RoomsPanel::dropBannerOfGoneRoom);
    connect(&m_rooms, &QAbstractItemModel::modelReset, this, &RoomsPanel::dropBannerOfGoneRoom);
    connect(&m_rooms, &QAbstractItemModel::rowsInserted, this, &RoomsPanel::updateState);
    connect(m_fleet, &cascade::Fleet::nodeAdded, this, &RoomsPanel::refreshNodes);
    connect(m_fleet, &cascade::Fleet::nodeRemoved, this, &RoomsPanel::refreshNodes);
}

void RoomsPanel::refreshNodes() {
    const QString current = m_node->currentText();
    const QSignalBlocker block(m_node);
    m_node->clear();
    m_node->addItems(m_fleet->nodeIds());
    m_node->setCurrentText(current);
    showNode(m_node->currentText());
}

QString RoomsPanel::currentNode() const {
    return m_node->currentText();
}

void RoomsPanel::showNode(const QString& nodeId) {
    if (m_node->currentText() != nodeId)
        m_node->setCurrentText(nodeId);
    cascade::NodeClient* node = m_fleet->node(nodeId);
    if (node == m_rooms.node() && node == m_watchedNode) {
        updateState();
        return;
    }
    if (m_watchedNode)
        disconnect(m_watchedNode, nullptr, this, nullptr);
    m_watchedNode = node;
    m_staleSince = {};
    if (node)
        connect(node, &cascade::NodeClient::statusChanged, this, &RoomsPanel::updateState);
    m_rooms.setNode(node);
    m_participants.setRoom(nullptr, {});
    m_banner->hide();
    updateState();
}

void RoomsPanel::updateState() {
    cascade::NodeClient* node = m_rooms.node();
    const bool ready = node && node->isReady();
    if (ready) {
        m_staleSince = {};
        m_stale->hide();
    } else if (!node) {
        m_stale->setText(m_fleet->nodeIds().isEmpty()
                             ? tr("No nodes yet: add one with Add… (Ctrl+Shift+N) in the Nodes "
                                  "area, and its rooms appear here.")
                             : tr("Select a node in the Nodes area to see its rooms."));
        m_stale->show();
    } else {
        if (!m_staleSince.isValid())
            m_staleSince = QDateTime::currentDateTime();
        const QString since = QLocale().toString(m_staleSince.time(), QLocale::ShortFormat);
        m_stale->setText(
            m_rooms.rowCount() > 0
                ? tr("Stale: %1 is not connected since %2 (%3). The rooms below are as they were "
                     "then.")
                      .arg(node->id(), since, node->statusText())
                : tr("%1 is not connected since %2 (%3): no rooms to show.")
                      .arg(node->id(), since, node->statusText()));
        m_stale->show();
    }
    if (!ready) {
        QPalette p = palette();
        p.setColor(QPalette::WindowText, stateColor(node ? State::Warn : State::Neutral));
        m_stale->setPalette(p);
    }
    // Greyed, so a dead node's list does not look current.
    m_roomsView->setEnabled(ready);
    m_participantsView->setEnabled(ready);
    m_refresh->setEnabled(ready);
    m_create->setEnabled(ready);
    m_destroy->setEnabled(ready && m_roomsView->currentIndex().isValid());
    m_node->setEnabled(m_node->count() > 0);
}

QString RoomsPanel::roomSecretOf(const QString& nodeId) const {
    return m_roomSecret ? m_roomSecret(nodeId) : QString();
}

void RoomsPanel::dropBannerOfGoneRoom() {
    if (m_bannerRoom.isEmpty() || m_banner->text().isEmpty())
        return;
    for (int row = 0; row < m_rooms.rowCount(); ++row)
        if (m_rooms.roomId(row).toString() == m_bannerRoom)
            return;
    m_banner->hide();
    m_bannerRoom.clear();
}

void RoomsPanel::selectRoom() {
    const QModelIndex index = m_filter.mapToSource(m_roomsView->currentIndex());
    m_participants.setRoom(m_rooms.node(), m_rooms.roomId(index.row()));
    updateState();
}

void RoomsPanel::refresh() {
    m_rooms.refresh();
    m_participants.refresh();
}

void RoomsPanel::createRoom() {
    cascade::NodeClient* node = m_rooms.node();
    if (!node || !node->isReady()) {
        m_banner->show(Banner::Kind::Warning, tr("Select a connected node first."));
        return;
    }
    QSet<QString> existing;
    for (int row = 0; row < m_rooms.rowCount(); ++row)
        existing.insert(m_rooms.roomId(row).toString());
    RoomEditorDialog dialog(node->id(), roomSecretOf(node->id()), existing, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const janus::VideoRoom::CreateRoom spec = dialog.room();
    const QString nodeId = node->id();
    node->videoroom()->create(spec).then(this, [this, spec, nodeId](const auto& created) {
        if (!created) {
            const QString why = created.error().message();
            m_fleet->log()->warning(nodeId, tr("cannot create a room: %1").arg(why));
            m_banner->show(Banner::Kind::Error, tr("Cannot create the room: %1").arg(why));
            return;
        }
        const QString room = created->toString();
        m_fleet->log()->info(
            nodeId, tr("room %1 created: \"%2\", %3").arg(room, spec.description, traitsOf(spec)));
        m_bannerRoom = room;
        m_banner->show(Banner::Kind::Info, tr("Room %1 created on %2.").arg(room, nodeId),
                       kCreatedBannerMs);
        m_rooms.refresh();
    });
}

QString RoomsPanel::traitsOf(const janus::VideoRoom::CreateRoom& spec) {
    QStringList traits;
    traits << tr("%1 publishers").arg(spec.publishers);
    if (spec.isPrivate)
        traits << tr("private");
    if (!spec.secret.isEmpty())
        traits << tr("with a room secret");
    if (!spec.audioCodecs.isEmpty())
        traits << tr("audio %1").arg(spec.audioCodecs);
    if (!spec.videoCodecs.isEmpty())
        traits << tr("video %1").arg(spec.videoCodecs);
    return traits.join(QStringLiteral(", "));
}

void RoomsPanel::destroyRoom() {
    cascade::NodeClient* node = m_rooms.node();
    const QModelIndex index = m_filter.mapToSource(m_roomsView->currentIndex());
    const janus::Id room = m_rooms.roomId(index.row());
    if (!node || !room.isValid()) {
        m_banner->show(Banner::Kind::Warning, tr("Select a room first."));
        return;
    }
    if (QMessageBox::question(this, tr("Destroy room"),
                              tr("Destroy room %1 on %2? Everybody in it is kicked out, and "
                                 "cascade links into it go down.")
                                  .arg(room.toString(), node->id())) != QMessageBox::Yes)
        return;
    const QString nodeId = node->id();
    node->videoroom()
        ->destroy(room, roomSecretOf(nodeId))
        .then(this, [this, room, nodeId](const auto& destroyed) {
            if (destroyed) {
                m_fleet->log()->info(nodeId, tr("room %1 destroyed").arg(room.toString()));
                m_rooms.refresh();
                return;
            }
            const QString why = destroyed.error().message();
            m_fleet->log()->warning(nodeId,
                                    tr("cannot destroy room %1: %2").arg(room.toString(), why));
            m_banner->show(Banner::Kind::Error,
                           tr("Cannot destroy room %1: %2").arg(room.toString(), why));
        });
}

} // namespace ui
