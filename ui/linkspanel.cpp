#include "linkspanel.h"

#include "statecolors.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

LinksPanel::LinksPanel(cascade::Fleet* fleet, QWidget* parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_model(fleet)
    , m_view(new QTableView(this))
    , m_details(new QLabel(this)) {
    auto* colours = new StateColumnProxy(
        cascade::LinksModel::StateColumn, cascade::LinksModel::LinkStateRole,
        [](int s) { return stateOf(cascade::LinkController::State(s)); }, this);
    colours->setSourceModel(&m_model);
    m_view->setModel(colours);
    m_view->setObjectName(QStringLiteral("links"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details->setObjectName(QStringLiteral("linkDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* add = new QPushButton(tr("Ne&w link…"), this);
    auto* up = new QPushButton(tr("Bring &up"), this);
    auto* down = new QPushButton(tr("Bring &down"), this);
    auto* remove = new QPushButton(tr("Re&move"), this);
    auto* orphans = new QPushButton(tr("Find &orphans…"), this);
    up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(add, &QPushButton::clicked, this, &LinksPanel::newLinkRequested);
    connect(up, &QPushButton::clicked, this, [this] { m_fleet->bringUp(currentLink()); });
    connect(down, &QPushButton::clicked, this, [this] { m_fleet->bringDown(currentLink()); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (!currentLink().isEmpty())
            Q_EMIT removeLinkRequested(currentLink());
    });
    connect(orphans, &QPushButton::clicked, this, &LinksPanel::orphansRequested);

    auto* bar = new QHBoxLayout;
    for (QPushButton* b : {add, up, down, remove, orphans})
        bar->addWidget(b);
    bar->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_details, 2);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LinksPanel::showDetails);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &LinksPanel::showDetails);
    connect(fleet, &cascade::Fleet::linkMediaChanged, this, [this](const QString& id) {
        if (id == currentLink())
            showDetails();
    });
}

QString LinksPanel::targetMediaText(const QString& linkId, const janus::Id& publisher) const {
    const cascade::MediaWatch* watch = m_fleet->mediaWatch(linkId);
    const auto media = watch ? watch->media(publisher) : std::nullopt;
    if (!media || media->lastTapMs < 0)
        return QStringLiteral("&nbsp;&nbsp;%1<br>")
            .arg(tr("received at the target: not tapped yet"));
    QStringList streams;
    for (const cascade::StreamCount& s : media->last.streams)
        streams << tr("%1 (mid %2) %3 packets, %4 kbit/s")
                       .arg(s.type, s.mid)
                       .arg(s.packets)
                       .arg(s.bitrateBps / 1000.0, 0, 'f', 1);
    const QString line = tr("received at the target in %1 s: %2")
                             .arg(double(media->last.durationMs) / 1000.0, 0, 'f', 1)
                             .arg(streams.join(QStringLiteral("; ")));
    return QStringLiteral("&nbsp;&nbsp;<span style='color:%1'>%2</span><br>")
        .arg(stateColor(media->silent ? State::Bad : State::Good).name(), line.toHtmlEscaped());
}

QString LinksPanel::currentLink() const {
    return m_model.linkId(m_view->currentIndex().row());
}

void LinksPanel::selectLink(const QString& id) {
    const int row = m_model.rowOf(id);
    if (row >= 0)
        m_view->selectRow(row);
}

void LinksPanel::showDetails() {
    const cascade::LinkController* link = m_fleet->link(currentLink());
    if (!link) {
        m_details->setText(tr("Select a link to see its mirrors and diagnosis."));
        return;
    }
    QString text = tr("<b>%1</b>: %2 — %3<br>")
                       .arg(link->plan().id,
                            link->state() == cascade::LinkController::State::NoMedia
                                ? tr("up — no media")
                                : QCoreApplication::translate(
                                      "cascade::LinkState",
                                      cascade::LinkController::stateName(link->state()).toLatin1()),
                            link->reason().toHtmlEscaped());
    for (const cascade::Mirror& m : link->mirrors())
        text += tr("publisher %1 (%2) → remote publisher %3 on %4, port %5%6<br>")
                    .arg(m.publisher.toString(), m.display.toHtmlEscaped(),
                         m.remotePublisher.toString(), link->plan().targetNode)
                    .arg(m.port)
                    .arg(m.error.isError() ? QStringLiteral(": <span style='color:%1'>%2</span>")
                                                 .arg(stateColor(State::Bad).name(),
                                                      m.error.message().toHtmlEscaped())
                                           : QString()) +
                targetMediaText(link->plan().id, m.publisher);
    m_details->setText(text);
}

} // namespace ui
