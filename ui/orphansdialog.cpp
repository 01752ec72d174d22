#include "orphansdialog.h"

#include "cascade/profileruntime.h"
#include "profiledocument.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

QString foundText(cascade::Orphan::Found found) {
    switch (found) {
    case cascade::Orphan::Found::Journal:
        return OrphansDialog::tr("Left by a console that ended (journal)");
    case cascade::Orphan::Found::IncompleteLink:
        return OrphansDialog::tr("Incomplete link");
    case cascade::Orphan::Found::Marker:
        return OrphansDialog::tr("Marker, no such link or probe");
    }
    return {};
}

QString kindText(cascade::Orphan::Kind kind) {
    switch (kind) {
    case cascade::Orphan::Kind::RemotePublisher:
        return OrphansDialog::tr("remote publisher");
    case cascade::Orphan::Kind::Remotization:
        return OrphansDialog::tr("remotization");
    case cascade::Orphan::Kind::ProbeRoom:
        return OrphansDialog::tr("probe room");
    case cascade::Orphan::Kind::Forwarder:
        return OrphansDialog::tr("rtp_forward");
    }
    return {};
}

} // namespace

OrphansDialog::OrphansDialog(ProfileDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document) {
    setWindowTitle(tr("Find orphans"));
    auto* intro = new QLabel(
        tr("What a console left on the servers: things recorded in the crash journal by a "
           "console that ended, links whose two halves do not match, and objects with this "
           "console's marker whose link is not in the profile."),
        this);
    intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Found"), tr("What"), tr("Node"), tr("Room"), tr("Link")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_rescan = buttons->addButton(tr("&Scan again"), QDialogButtonBox::ActionRole);
    m_remove = buttons->addButton(tr("&Remove all"), QDialogButtonBox::DestructiveRole);
    m_remove->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rescan, &QPushButton::clicked, this, &OrphansDialog::scan);
    connect(m_remove, &QPushButton::clicked, this, &OrphansDialog::removeAll);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    // Wide enough for the descriptions, never wider than the screen.
    const QSize room = (parent ? parent->screen() : screen())->availableGeometry().size() * 0.9;
    resize(QSize(760, 360).boundedTo(room));
    scan();
}

cascade::OrphanScanner* OrphansDialog::newScanner(bool adoptJournal) {
    if (m_scanner)
        m_scanner->deleteLater(); // maybe inside its own signal
    cascade::Fleet* fleet = m_document->fleet();
    QList<cascade::NodeClient*> nodes;
    for (const QString& id : fleet->nodeIds())
        nodes << fleet->node(id);
    const profile::Profile& profile = m_document->profile();
    m_scanner = new cascade::OrphanScanner(
        nodes, cascade::linkPlansFor(profile, m_document->secrets()), this);
    m_scanner->setRoomSecrets(profile, m_document->secrets());
    if (cascade::Journal* journal = m_document->journal())
        m_scanner->setJournal(journal,
                              adoptJournal ? journal->adoptLeftovers() : journal->leftovers());
    return m_scanner;
}

void OrphansDialog::scan() {
    m_rescan->setEnabled(false);
    m_remove->setEnabled(false);
    m_list->clear();
    m_status->setText(tr("Scanning every node…"));
    cascade::OrphanScanner* scanner = newScanner(false);
    connect(scanner, &cascade::OrphanScanner::scanned, this,
            [this, scanner](const QList<cascade::Orphan>& orphans) {
                showFound(orphans, scanner->errors());
                if (orphans.isEmpty() && scanner->errors().isEmpty())
                    m_status->setText(tr("Nothing left behind: no orphaned remote publishers, "
                                         "remotizations or probe rooms, and no incomplete "
                                         "links."));
                Q_EMIT finished();
            });
    scanner->scan();
}

void OrphansDialog::showFound(const QList<cascade::Orphan>& orphans, const QStringList& errors) {
    m_found = orphans;
    m_list->clear();
    for (const cascade::Orphan& o : orphans) {
        QString what = kindText(o.kind);
        if (o.kind == cascade::Orphan::Kind::Forwarder)
            what += QLatin1Char(' ') + QString::number(o.stream);
        else if (o.kind != cascade::Orphan::Kind::ProbeRoom)
            what += QLatin1Char(' ') +
                    (o.kind == cascade::Orphan::Kind::Remotization ? o.remoteId : o.id.toString());
        auto* item = new QTreeWidgetItem(
            m_list, {foundText(o.found), what, o.node, o.room.toString(), o.link});
        for (int column = 0; column < item->columnCount(); ++column)
            item->setToolTip(column, o.describe());
    }
    QStringList lines;
    if (!orphans.isEmpty())
        lines << tr("%n orphan(s) found.", nullptr, int(orphans.size()));
    for (const QString& e : errors)
        lines << tr("Not checked: %1").arg(e);
    m_status->setText(lines.join(QLatin1Char('\n')));
    m_rescan->setEnabled(true);
    m_remove->setEnabled(!orphans.isEmpty());
}

void OrphansDialog::removeAll() {
    if (m_found.isEmpty())
        return;
    m_rescan->setEnabled(false);
    m_remove->setEnabled(false);
    m_status->setText(tr("Removing %n orphan(s)…", nullptr, int(m_found.size())));
    // Take the journal's leftovers over first, so that what is removed is recorded as gone.
    const QList<cascade::Orphan> toRemove = m_found;
    cascade::OrphanScanner* scanner = newScanner(true);
    connect(scanner, &cascade::OrphanScanner::removed, this,
            [this, total = toRemove.size()](int removed, const QStringList& errors) {
                m_document->fleet()->log()->add(
                    errors.isEmpty() ? cascade::EventLog::Level::Info
                                     : cascade::EventLog::Level::Warning,
                    QStringLiteral("console"),
                    tr("orphans: removed %1 of %2").arg(removed).arg(total) +
                        (errors.isEmpty()
                             ? QString()
                             : QStringLiteral("; ") + errors.join(QStringLiteral("; "))));
                // What is left now, from the servers.
                scan();
            });
    scanner->remove(toRemove);
}

} // namespace ui
