#include "nodeeditordialog.h"

#include "janus/fingerprint.h"
#include "statecolors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ui {

using profile::SecretKind;

NodeEditorDialog::NodeEditorDialog(cascade::Fleet* fleet, const profile::Node& node,
                                   const QStringList& takenIds, QWidget* parent)
    : QDialog(parent)
    , m_fleet(fleet)
    , m_takenIds(takenIds)
    , m_error(new QLabel(this))
    , m_detectResult(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(node.id.isEmpty() ? tr("Add node") : tr("Edit node %1").arg(node.id));
    setMinimumWidth(600);
    auto* layout = new QVBoxLayout(this);
    auto* server = new QGroupBox(tr("Server"), this);
    m_form = new QFormLayout(server);
    m_id = addLine(
        QStringLiteral("id"), tr("&Id"),
        tr("Stable key used in profiles, links and environment variables: a-z, 0-9, - and _"));
    m_name = addLine(QStringLiteral("name"), tr("&Name"), tr("Shown in the views"));
    m_apiUrl = addLine(QStringLiteral("apiUrl"), tr("&Janus API URL"),
                       tr("ws:// or wss://, e.g. ws://198.51.100.10:8188"));
    m_adminUrl = addLine(QStringLiteral("adminUrl"), tr("A&dmin API URL"),
                         tr("Optional, e.g. ws://198.51.100.10:7188"));
    m_tlsPin = new QLineEdit(server);
    m_tlsPin->setObjectName(QStringLiteral("tlsPin"));
    m_tlsPin->setPlaceholderText(tr("empty = the system's CAs verify wss:// servers"));
    m_tlsPin->setToolTip(tr("SHA-256 fingerprint of the server's certificate (AB:CD:…): exactly "
                            "this certificate is accepted, self-signed or not"));
    auto* usePresented = new QPushButton(tr("Use &presented"), server);
    usePresented->setObjectName(QStringLiteral("usePresentedCertificate"));
    usePresented->setToolTip(tr("Pin the certificate the server presented when it was refused"));
    const cascade::NodeClient* client = m_fleet ? m_fleet->node(node.id) : nullptr;
    const QByteArray presented = client ? client->connection()->presentedSha256() : QByteArray();
    usePresented->setEnabled(!presented.isEmpty());
    connect(usePresented, &QPushButton::clicked, this,
            [this, presented] { m_tlsPin->setText(janus::fingerprintText(presented)); });
    auto* pinRow = new QHBoxLayout;
    pinRow->addWidget(m_tlsPin, 1);
    pinRow->addWidget(usePresented);
    auto* pinLabel = new QLabel(tr("&TLS pin (SHA-256)"), server);
    pinLabel->setBuddy(m_tlsPin);
    m_form->addRow(pinLabel, pinRow);
    layout->addWidget(server);

    auto* secretsBox =
        new QGroupBox(tr("Secrets (kept in the system keychain, never in the profile)"), this);
    auto* secretsForm = new QFormLayout(secretsBox);
    const QList<QPair<SecretKind, QString>> kinds = {{SecretKind::ApiSecret, tr("API secret")},
                                                     {SecretKind::Token, tr("Token")},
                                                     {SecretKind::AdminSecret, tr("Admin secret")},
                                                     {SecretKind::AdminKey, tr("Room admin key")},
                                                     {SecretKind::RoomSecret, tr("Room secret")}};
    for (const auto& [kind, label] : kinds) {
        auto* edit = new QLineEdit(secretsBox);
        edit->setEchoMode(QLineEdit::Password);
        edit->setObjectName(profile::SecretStore::kindName(kind));
        edit->setPlaceholderText(tr("not set"));
        secretsForm->addRow(label, edit);
        m_secretEdits.insert(kind, edit);
    }
    layout->addWidget(secretsBox);

    auto* nat = new QGroupBox(tr("NAT"), this);
    auto* natForm = new QFormLayout(nat);
    m_bind = new QLineEdit(nat);
    m_bind->setObjectName(QStringLiteral("bindAddress"));
    m_bind->setPlaceholderText(tr("empty = all interfaces"));
    m_public = new QLineEdit(nat);
    m_public->setObjectName(QStringLiteral("publicAddress"));
    m_public->setPlaceholderText(tr("e.g. 198.51.100.2"));
    natForm->addRow(tr("&Bind address"), m_bind);
    natForm->addRow(tr("&Public address"), m_public);
    auto* ports = new QHBoxLayout;
    m_restrictPorts = new QCheckBox(tr("only"), nat);
    m_restrictPorts->setObjectName(QStringLiteral("restrictPorts"));
    m_firstPort = new QSpinBox(nat);
    m_lastPort = new QSpinBox(nat);
    m_firstPort->setObjectName(QStringLiteral("firstPort"));
    m_lastPort->setObjectName(QStringLiteral("lastPort"));
    for (QSpinBox* box : {m_firstPort, m_lastPort})
        box->setRange(1, 65535);
    ports->addWidget(m_restrictPorts);
    ports->addWidget(m_firstPort);
    ports->addWidget(new QLabel(QStringLiteral("–"), nat));
    ports->addWidget(m_lastPort);
    ports->addStretch();
    natForm->addRow(tr("Forwarded UDP ports"), ports);
    auto* explain = new QLabel(tr("<b>Bind</b> is an address this server owns (behind NAT: its "
                                  "private address; empty = all). "
                                  "<b>Public</b> is where other nodes and the probe send RTP "
                                  "(behind NAT: the NAT's address)."),
                               nat);
    explain->setWordWrap(true);
    natForm->addRow(explain);
    explain->setMinimumHeight(explain->fontMetrics().lineSpacing() * 3);
    auto* detect = new QPushButton(tr("&Detect from server"), nat);
    detect->setObjectName(QStringLiteral("detect"));
    connect(detect, &QPushButton::clicked, this, &NodeEditorDialog::detect);
    m_detectResult->setWordWrap(true);
    natForm->addRow(detect, m_detectResult);
    layout->addWidget(nat);

    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, stateColor(State::Bad));
    m_error->setPalette(errorPalette);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_id->setText(node.id);
    m_id->setReadOnly(!node.id.isEmpty());
    m_name->setText(node.name);
    m_apiUrl->setText(node.apiUrl.toString());
    m_adminUrl->setText(node.adminUrl.toString());
    m_tlsPin->setText(node.tlsPinSha256);
    m_bind->setText(node.bindAddress);
    m_public->setText(node.publicAddress);
    m_restrictPorts->setChecked(node.forwardedPorts.has_value());
    m_firstPort->setValue(node.forwardedPorts ? node.forwardedPorts->first : 40000);
    m_lastPort->setValue(node.forwardedPorts ? node.forwardedPorts->last : 40099);
    for (QLineEdit* e : {m_id, m_name, m_apiUrl, m_adminUrl, m_tlsPin, m_bind, m_public})
        connect(e, &QLineEdit::textChanged, this, &NodeEditorDialog::validate);
    connect(m_restrictPorts, &QCheckBox::toggled, this, &NodeEditorDialog::validate);
    connect(m_firstPort, &QSpinBox::valueChanged, this, &NodeEditorDialog::validate);
    connect(m_lastPort, &QSpinBox::valueChanged, this, &NodeEditorDialog::validate);
    validate();
}

QLineEdit* NodeEditorDialog::addLine(const QString& name, const QString& label,
                                     const QString& tip) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setToolTip(tip);
    m_form->addRow(label, edit);
    return edit;
}

profile::Node NodeEditorDialog::node() const {
    profile::Node n;
    n.id = m_id->text().trimmed();
    n.name = m_name->text().trimmed();
    n.apiUrl = QUrl(m_apiUrl->text().trimmed());
    n.adminUrl =
        m_adminUrl->text().trimmed().isEmpty() ? QUrl() : QUrl(m_adminUrl->text().trimmed());
    n.tlsPinSha256 = m_tlsPin->text().trimmed();
    n.bindAddress = m_bind->text().trimmed();
    n.publicAddress = m_public->text().trimmed();
    if (m_restrictPorts->isChecked())
        n.forwardedPorts = profile::PortRange{m_firstPort->value(), m_lastPort->value()};
    return n;
}

QHash<SecretKind, QString> NodeEditorDialog::secrets() const {
    QHash<SecretKind, QString> out;
    for (auto it = m_secretEdits.begin(); it != m_secretEdits.end(); ++it)
        if (!it.value()->text().isEmpty())
            out.insert(it.key(), it.value()->text());
    return out;
}

void NodeEditorDialog::validate() {
    static const QRegularExpression idSyntax(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,62}$"));
    const profile::Node n = node();
    QString problem;
    if (!idSyntax.match(n.id).hasMatch())
        problem = tr("Id: use lowercase letters, digits, '-' and '_'");
    else if (!m_id->isReadOnly() && m_takenIds.contains(n.id))
        problem = tr("Id: a node '%1' exists already").arg(n.id);
    else if (const QString e = profile::validateWebSocketUrl(n.apiUrl); !e.isEmpty())
        problem = tr("Janus API URL: %1").arg(e);
    else if (const QString e = profile::validateWebSocketUrl(n.adminUrl);
             !n.adminUrl.isEmpty() && !e.isEmpty())
        problem = tr("Admin API URL: %1").arg(e);
    else if (const QString e = profile::validateTlsPin(n.tlsPinSha256, n.apiUrl); !e.isEmpty())
        problem = tr("TLS pin: %1").arg(e);
    else if (const QString e = profile::validateAddress(n.bindAddress, profile::AddressKind::Bind);
             !n.bindAddress.isEmpty() && !e.isEmpty())
        problem = tr("Bind address: %1").arg(e);
    else if (const QString e =
                 profile::validateAddress(n.publicAddress, profile::AddressKind::Public);
             !n.publicAddress.isEmpty() && !e.isEmpty())
        problem = tr("Public address: %1").arg(e);
    else if (n.forwardedPorts && n.forwardedPorts->first > n.forwardedPorts->last)
        problem = tr("Forwarded ports: first %1 is above last %2")
                      .arg(n.forwardedPorts->first)
                      .arg(n.forwardedPorts->last);
    m_problem = problem;
    m_error->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_firstPort->setEnabled(m_restrictPorts->isChecked());
    m_lastPort->setEnabled(m_restrictPorts->isChecked());
}

void NodeEditorDialog::detect() {
    const cascade::NodeClient* client = m_fleet ? m_fleet->node(m_id->text().trimmed()) : nullptr;
    if (!client || !client->isReady()) {
        m_detectResult->setText(tr("Connect the node first (save it, then edit it again): "
                                   "detection reads the server's own \"info\"."));
        return;
    }
    const janus::ServerInfo& info = client->connection()->serverInfo();
    if (m_bind->text().isEmpty() && !info.localIp.isEmpty())
        m_bind->setText(info.localIp);
    if (m_public->text().isEmpty())
        m_public->setText(info.publicIps.isEmpty() ? m_apiUrl->text().isEmpty()
                                                         ? QString()
                                                         : QUrl(m_apiUrl->text()).host()
                                                   : info.publicIps.first());
    m_detectResult->setText(
        tr("Janus reports local-ip %1%2. If the server is behind NAT, keep its private address as "
           "bind and "
           "put the NAT's address as public.")
            .arg(info.localIp.isEmpty() ? tr("(none)") : info.localIp,
                 info.publicIps.isEmpty()
                     ? QString()
                     : tr(", public-ip %1").arg(info.publicIps.join(QStringLiteral(", ")))));
}

} // namespace ui
