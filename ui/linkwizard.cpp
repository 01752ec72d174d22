#include "linkwizard.h"

#include "statecolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace ui {

LinkWizard::LinkWizard(cascade::Fleet* fleet, const profile::Profile& profile, QWidget* parent)
    : QWizard(parent)
    , m_profile(profile)
    , m_fleet(fleet)
    , m_id(new QLineEdit)
    , m_sourceNode(new QComboBox)
    , m_sourceRoom(new QComboBox)
    , m_publisher(new QLineEdit)
    , m_targetNode(new QComboBox)
    , m_targetRoom(new QLineEdit)
    , m_create(new QCheckBox(
          tr("Create the room on the target if it is missing (with the source's codecs)")))
    , m_hostOverride(new QLineEdit)
    , m_srtp(new QComboBox)
    , m_summary(new QLabel) {
    setWindowTitle(tr("New cascade link"));
    setWizardStyle(QWizard::ClassicStyle);
    const QStringList nodes = fleet->nodeIds();
    buildSourcePage(nodes);
    buildTargetPage(nodes);
    buildSummaryPage();
    connectSourceRooms();
    m_sourceRooms.setNode(fleet->node(m_sourceNode->currentText()));
    syncSourceRooms();
    m_sourceRoom->setCurrentIndex(-1);
}

void LinkWizard::buildSourcePage(const QStringList& nodes) {
    auto* source = new QWizardPage;
    source->setTitle(tr("Source: the room whose publishers are mirrored"));
    auto* sf = new QFormLayout(source);
    m_id->setText(QStringLiteral("link-%1").arg(m_profile.links.size() + 1));
    m_sourceNode->addItems(nodes);
    m_sourceRoom->setEditable(true);
    // The combo keeps its own item list: with the RoomsModel as its model, every refresh
    // (rows inserted, removed, reset) cleared the chosen or typed room under the user.
    m_sourceRoom->setInsertPolicy(QComboBox::NoInsert);
    m_publisher->setPlaceholderText(tr("empty = every publisher of the room"));
    sf->addRow(tr("Link &id"), m_id);
    // Not "&node": Alt+N is the wizard's Next button.
    sf->addRow(tr("&Source node"), m_sourceNode);
    sf->addRow(tr("Source &room"), m_sourceRoom);
    sf->addRow(tr("&Publisher"), m_publisher);
    addPage(source);
}

void LinkWizard::buildTargetPage(const QStringList& nodes) {
    auto* target = new QWizardPage;
    target->setTitle(tr("Target: where the copies appear"));
    auto* tf = new QFormLayout(target);
    m_targetNode->addItems(nodes);
    if (nodes.size() > 1)
        m_targetNode->setCurrentIndex(1);
    m_hostOverride->setPlaceholderText(tr("empty = the target's public address"));
    m_hostOverride->setToolTip(
        tr("For two nodes behind the same NAT (no hairpin): the target's private address"));
    tf->addRow(tr("Target n&ode"), m_targetNode);
    tf->addRow(tr("Target roo&m"), m_targetRoom);
    tf->addRow(m_create);
    tf->addRow(tr("&Host override"), m_hostOverride);
    m_srtp->addItem(tr("Preferred: encrypted where both nodes run Janus 1.3.0 or newer"),
                    int(profile::Srtp::Preferred));
    m_srtp->addItem(tr("Required: refuse the link where a node cannot"),
                    int(profile::Srtp::Required));
    m_srtp->addItem(tr("Off: plain RTP"), int(profile::Srtp::Off));
    m_srtp->setToolTip(tr("SRTP on the leg between the nodes, with a fresh key per publisher "
                          "that never leaves this console's memory"));
    tf->addRow(tr("&Encryption (SRTP)"), m_srtp);
    addPage(target);
}

void LinkWizard::buildSummaryPage() {
    auto* summaryPage = new QWizardPage;
    summaryPage->setTitle(tr("What the console will do"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    (new QVBoxLayout(summaryPage))->addWidget(m_summary);
    addPage(summaryPage);
    connect(this, &QWizard::currentIdChanged, this, [this] { m_summary->setText(summary()); });
}

void LinkWizard::connectSourceRooms() {
    connect(m_sourceNode, &QComboBox::currentTextChanged, this,
            [this](const QString& id) { m_sourceRooms.setNode(m_fleet->node(id)); });
    connect(&m_sourceRooms, &QAbstractItemModel::modelReset, this, &LinkWizard::syncSourceRooms);
    connect(&m_sourceRooms, &QAbstractItemModel::rowsInserted, this, &LinkWizard::syncSourceRooms);
    connect(&m_sourceRooms, &QAbstractItemModel::rowsRemoved, this, &LinkWizard::syncSourceRooms);
    connect(&m_sourceRooms, &QAbstractItemModel::dataChanged, this, &LinkWizard::syncSourceRooms);
    // Choosing the item that is already current changes no index, so the edit text would stay
    // as it was (blank at first): put the chosen room there whatever the index did.
    connect(m_sourceRoom, &QComboBox::activated, this,
            [this](int index) { m_sourceRoom->setEditText(m_sourceRoom->itemText(index)); });
}

void LinkWizard::syncSourceRooms() {
    QStringList ids;
    for (int row = 0; row < m_sourceRooms.rowCount(); ++row)
        ids << m_sourceRooms.index(row, cascade::RoomsModel::IdColumn).data().toString();
    QStringList current;
    for (int i = 0; i < m_sourceRoom->count(); ++i)
        current << m_sourceRoom->itemText(i);
    if (ids == current)
        return;
    // Rebuilding the items must not touch what the user chose or typed.
    const QString text = m_sourceRoom->currentText();
    const QSignalBlocker block(m_sourceRoom);
    m_sourceRoom->clear();
    m_sourceRoom->addItems(ids);
    const int found = m_sourceRoom->findText(text);
    if (found >= 0)
        m_sourceRoom->setCurrentIndex(found);
    m_sourceRoom->setEditText(text);
}

void LinkWizard::preset(const QString& id, const QString& sourceNode, const QString& sourceRoom,
                        const QString& targetNode, const QString& targetRoom,
                        bool createTargetRoom) {
    m_id->setText(id);
    m_sourceNode->setCurrentText(sourceNode);
    m_sourceRoom->setCurrentText(sourceRoom);
    m_targetNode->setCurrentText(targetNode);
    m_targetRoom->setText(targetRoom);
    m_create->setChecked(createTargetRoom);
    m_summary->setText(summary());
}

profile::Link LinkWizard::link() const {
    profile::Link l;
    l.id = m_id->text().trimmed();
    l.sourceNode = m_sourceNode->currentText();
    l.sourceRoom = janus::Id::fromText(m_sourceRoom->currentText().trimmed());
    if (!m_publisher->text().trimmed().isEmpty())
        l.publisher = janus::Id::fromText(m_publisher->text().trimmed());
    l.targetNode = m_targetNode->currentText();
    l.targetRoom = janus::Id::fromText(m_targetRoom->text().trimmed());
    l.createTargetRoom = m_create->isChecked();
    l.hostOverride = m_hostOverride->text().trimmed();
    l.srtp = profile::Srtp(m_srtp->currentData().toInt());
    return l;
}

QString LinkWizard::summary() const {
    const profile::Link l = link();
    const profile::Node* target = m_profile.node(l.targetNode);
    if (!target)
        return tr("Choose a target node.");
    const QString host = !l.hostOverride.isEmpty() ? l.hostOverride : target->publicAddress;
    QStringList problems;
    if (l.sourceNode == l.targetNode)
        problems << tr("Source and target must be different nodes.");
    if (!l.sourceRoom.isValid() || !l.targetRoom.isValid())
        problems << tr("Both rooms are needed.");
    if (host.isEmpty())
        problems << tr("Node %1 has no public address: set it in the node's settings, or give a "
                       "host override.")
                        .arg(l.targetNode);
    if (!problems.isEmpty())
        return QStringLiteral("<p style='color:%1'>%2</p>")
            .arg(stateColor(State::Bad).name(), problems.join(QStringLiteral("<br>")));
    const QString ports =
        target->forwardedPorts
            ? tr("a port pair from %1–%2")
                  .arg(target->forwardedPorts->first)
                  .arg(target->forwardedPorts->last)
            : tr("a port Janus picks (no forwarded range set: a NAT will not forward it)");
    return tr("<p>For %1 in room %2 on <b>%3</b>:</p><ol>"
              "<li>on <b>%4</b>: <code>add_remote_publisher</code> in room %5 with "
              "<code>iface</code> = %6 and %7;</li>"
              "<li>on <b>%3</b>: <code>publish_remotely</code> with <code>host</code> = <b>%8</b> "
              "(the target's public side) and that port.</li>"
              "</ol><p>%9</p><p>The link is kept true afterwards: new publishers are mirrored, "
              "departed "
              "ones removed, and it is rebuilt "
              "after either node restarts.</p>")
        .arg(l.publisher.isValid() ? tr("publisher %1").arg(l.publisher.toString())
                                   : tr("every publisher"),
             l.sourceRoom.toString(), l.sourceNode, l.targetNode, l.targetRoom.toString(),
             target->bindAddress.isEmpty() ? tr("(not sent: all interfaces)") : target->bindAddress,
             ports, host)
        .arg(srtpSummary(l));
}

QString LinkWizard::srtpSummary(const profile::Link& l) const {
    const cascade::SrtpDecision leg = cascade::decideSrtp(
        l.srtp, m_fleet->nodeVersion(l.sourceNode), m_fleet->nodeVersion(l.targetNode));
    return tr("The leg: %1.").arg(leg.text(l.srtpSuite).toHtmlEscaped());
}

} // namespace ui
