#include "roomspanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

namespace {

QTableView* makeTable(QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

RoomsPanel::RoomsPanel(cascade::Fleet* fleet, QWidget* parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_node(new QComboBox(this))
    , m_roomsView(makeTable(this))
    , m_participantsView(makeTable(this))
    , m_busy(new QLabel(this))
    , m_banner(new Banner(this)) {
    m_filter.setSourceModel(&m_rooms);
    m_filter.setFilterKeyColumn(-1);
    m_filter.setSortRole(cascade::RoomsModel::SortRole);
    m_filter.setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_roomsView->setModel(&m_filter);
    m_participantsView->setModel(&m_participants);
    m_roomsView->setObjectName(QStringLiteral("rooms"));
    m_roomsView->horizontalHeader()->setSectionResizeMode(cascade::RoomsModel::DescriptionColumn,
                                                          QHeaderView::Stretch);
    m_roomsView->horizontalHeader()->setStretchLastSection(false);
    m_roomsView->setWordWrap(false);
    m_participantsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_participantsView->setObjectName(QStringLiteral("participants"));

    auto* filter = new QLineEdit(this);
    filter->setPlaceholderText(tr("Filter rooms…"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, &m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Refresh rooms and participants (F5)"));
    auto* create = new QPushButton(tr("Create room…"), this);
    auto* destroy = new QPushButton(tr("Destroy room…"), this);
    connect(refresh, &QPushButton::clicked, this, &RoomsPanel::refresh);
    connect(create, &QPushButton::clicked, this, &RoomsPanel::createRoom);
    connect(destroy, &QPushButton::clicked, this, &RoomsPanel::destroyRoom);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Node:"), this));
    bar->addWidget(m_node);
    bar->addWidget(filter, 1);
    bar->addWidget(m_busy);
    bar->addWidget(refresh);
    bar->addWidget(create);
    bar->addWidget(destroy);

    auto* split = new QSplitter(Qt::Vertical, this);
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
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);

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
    connect(fleet, &cascade::Fleet::nodeAdded, this, &RoomsPanel::refreshNodes);
    connect(fleet, &cascade::Fleet::nodeRemoved, this, &RoomsPanel::refreshNodes);
    refreshNodes();
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
    if (node == m_rooms.node())
        return;
    m_rooms.setNode(node);
    m_participants.setRoom(nullptr, {});
    m_banner->hide();
}

void RoomsPanel::selectRoom() {
    const QModelIndex index = m_filter.mapToSource(m_roomsView->currentIndex());
    m_participants.setRoom(m_rooms.node(), m_rooms.roomId(index.row()));
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
    bool ok = false;
    const QString description = QInputDialog::getText(
        this, tr("Create room"), tr("Description of the new room on %1:").arg(node->id()),
        QLineEdit::Normal, tr("Room created by the console"), &ok);
    if (!ok)
        return;
    janus::VideoRoom::CreateRoom spec;
    spec.description = description;
    janus::Reply* reply = node->videoroom()->create(spec);
    connect(reply, &janus::Reply::finished, this, [this](const QJsonObject& data) {
        m_banner->show(Banner::Kind::Info,
                       tr("Room %1 created.")
                           .arg(janus::Id::fromJson(data.value(QLatin1String("room")))
                                    .value_or(janus::Id())
                                    .toString()));
        m_rooms.refresh();
    });
    connect(reply, &janus::Reply::failed, this,
            [this](const janus::Error& e) { m_banner->show(Banner::Kind::Error, e.message()); });
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
    janus::Reply* reply = node->videoroom()->destroy(room);
    connect(reply, &janus::Reply::finished, this, [this] { m_rooms.refresh(); });
    connect(reply, &janus::Reply::failed, this,
            [this](const janus::Error& e) { m_banner->show(Banner::Kind::Error, e.message()); });
}

} // namespace ui
