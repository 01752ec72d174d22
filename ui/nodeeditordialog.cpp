#include "nodeeditordialog.h"

#include "janus/connection.h"
#include "janus/fingerprint.h"
#include "statecolors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace ui {

using profile::SecretKind;

NodeEditorDialog::NodeEditorDialog(cascade::Fleet* fleet, const profile::Node& node,
                                   const QStringList& takenIds, QWidget* parent)
    : QDialog(parent)
    , m_fleet(fleet)
    , m_takenIds(takenIds)
    , m_error(new QLabel(this))
    , m_detectResult(new QLabel(this))
    , m_detect(new QPushButton(tr("&Detect from server"), this))
    , m_useBind(new QPushButton(this))
    , m_usePublic(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(node.id.isEmpty() ? tr("Add node") : tr("Edit node %1").arg(node.id));
    setMinimumWidth(600);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildServerBox(node));
    layout->addWidget(buildSecretsBox());
    layout->addWidget(buildNatBox());

    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, stateColor(State::Bad));
    m_error->setPalette(errorPalette);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NodeEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    loadNode(node);
    connectValidation();
    validate();
    QWidget::setTabOrder(m_lastPort, m_detect);
    QWidget::setTabOrder(m_detect, m_useBind);
    QWidget::setTabOrder(m_useBind, m_usePublic);
    // Typing starts in the first field that can change.
    (m_id->isReadOnly() ? m_name : m_id)->setFocus(Qt::OtherFocusReason);
}

QGroupBox* NodeEditorDialog::buildServerBox(const profile::Node& node) {
    auto* server = new QGroupBox(tr("Server"), this);
    m_form = new QFormLayout(server);
    m_id = addLine(
        QStringLiteral("id"), tr("&Id"),
        tr("Stable key used in profiles, links and environment variables: a-z, 0-9, - and _"));
    m_name = addLine(QStringLiteral("name"), tr("&Name"), tr("Shown in the views"));
    m_apiUrl = addLine(QStringLiteral("apiUrl"), tr("&Janus API URL"),
                       tr("ws://, wss://, http:// or https://, e.g. ws://198.51.100.10:8188"));
    m_adminUrl = addLine(QStringLiteral("adminUrl"), tr("Ad&min API URL"),
                         tr("Optional, e.g. ws://198.51.100.10:7188"));
    m_tlsPin = new QLineEdit(server);
    m_tlsPin->setObjectName(QStringLiteral("tlsPin"));
    m_tlsPin->setPlaceholderText(tr("empty = the system's CAs verify wss:// and https:// servers"));
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
    return server;
}

QGroupBox* NodeEditorDialog::buildSecretsBox() {
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
    return secretsBox;
}

QGroupBox* NodeEditorDialog::buildNatBox() {
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
    buildDetectRow(natForm);
    return nat;
}

void NodeEditorDialog::buildDetectRow(QFormLayout* natForm) {
    m_detect->setObjectName(QStringLiteral("detect"));
    m_detect->setToolTip(tr("Asks the server at the Janus API URL (with the API secret and token "
                            "above) for its local-ip and public-ip"));
    connect(m_detect, &QPushButton::clicked, this, &NodeEditorDialog::detect);
    m_detectResult->setObjectName(QStringLiteral("detectResult"));
    m_detectResult->setWordWrap(true);
    m_useBind->setObjectName(QStringLiteral("useDetectedBind"));
    m_usePublic->setObjectName(QStringLiteral("useDetectedPublic"));
    auto* detectRow = new QHBoxLayout;
    detectRow->addWidget(m_detect);
    detectRow->addWidget(m_useBind);
    detectRow->addWidget(m_usePublic);
    detectRow->addStretch();
    natForm->addRow(detectRow);
    natForm->addRow(m_detectResult);
    for (QPushButton* use : {m_useBind, m_usePublic})
        use->hide();
    connect(m_useBind, &QPushButton::clicked, this, [this] {
        m_bind->setText(m_suggestedBind);
        m_edited.insert(m_bind);
        m_useBind->hide();
    });
    connect(m_usePublic, &QPushButton::clicked, this, [this] {
        m_public->setText(m_suggestedPublic);
        m_edited.insert(m_public);
        m_usePublic->hide();
    });
}

void NodeEditorDialog::loadNode(const profile::Node& node) {
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
}

void NodeEditorDialog::connectValidation() {
    // A problem shows once its field was edited (or OK pressed), not when the dialog opens.
    for (QLineEdit* e : {m_id, m_name, m_apiUrl, m_adminUrl, m_tlsPin, m_bind, m_public}) {
        connect(e, &QLineEdit::textEdited, this, [this, e] {
            m_edited.insert(e);
            validate();
        });
        connect(e, &QLineEdit::textChanged, this, &NodeEditorDialog::validate);
    }
    connect(m_restrictPorts, &QCheckBox::toggled, this, &NodeEditorDialog::validate);
    for (QSpinBox* box : {m_firstPort, m_lastPort})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            m_edited.insert(m_firstPort); // the ports' problem is reported on the first
            validate();
        });
}

NodeEditorDialog::~NodeEditorDialog() = default;

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

namespace {

/// What is wrong with a typed server URL, in words that say what to type.
QString urlProblem(const QString& text) {
    if (text.isEmpty())
        return NodeEditorDialog::tr("enter the server's address, e.g. ws://198.51.100.10:8188");
    if (!text.contains(QLatin1String("://")))
        return NodeEditorDialog::tr(
                   "'%1' has no scheme: add ws://, wss://, http:// or https:// in front (ws://%1)")
            .arg(text);
    return profile::validateServerUrl(QUrl(text));
}

} // namespace

void NodeEditorDialog::validate() {
    const profile::Node n = node();
    QList<QPair<QWidget*, QString>> problems;
    // What only a form can get wrong (an empty or scheme-less URL, a taken id) first, then the
    // checks the profile loader makes too (profile::checkNode).
    if (n.id.isEmpty())
        problems << qMakePair(m_id, tr("Id: use lowercase letters, digits, '-' and '_'"));
    else if (!m_id->isReadOnly() && m_takenIds.contains(n.id))
        problems << qMakePair(m_id, tr("Id: a node '%1' exists already").arg(n.id));
    if (const QString e = urlProblem(m_apiUrl->text().trimmed()); !e.isEmpty())
        problems << qMakePair(m_apiUrl, tr("Janus API URL: %1").arg(e));
    if (const QString e = urlProblem(m_adminUrl->text().trimmed());
        !m_adminUrl->text().trimmed().isEmpty() && !e.isEmpty())
        problems << qMakePair(m_adminUrl, tr("Admin API URL: %1").arg(e));
    const QHash<QString, QPair<QWidget*, QString>> fields = {
        {QStringLiteral("id"), {m_id, tr("Id")}},
        {QStringLiteral("api_url"), {m_apiUrl, tr("Janus API URL")}},
        {QStringLiteral("admin_url"), {m_adminUrl, tr("Admin API URL")}},
        {QStringLiteral("bind_address"), {m_bind, tr("Bind address")}},
        {QStringLiteral("public_address"), {m_public, tr("Public address")}},
        {QStringLiteral("forwarded_ports"), {m_firstPort, tr("Forwarded ports")}},
        {QStringLiteral("tls_pin_sha256"), {m_tlsPin, tr("TLS pin")}}};
    for (const profile::Problem& p : profile::checkNode(n)) {
        const auto [widget, label] = fields.value(p.field, {m_id, p.field});
        const bool known = std::any_of(problems.cbegin(), problems.cend(),
                                       [w = widget](const auto& q) { return q.first == w; });
        if (!known) // the form's own words for this field came first
            problems << qMakePair(widget, QStringLiteral("%1: %2").arg(label, p.text));
    }
    m_problem = problems.isEmpty() ? QString() : problems.first().second;
    m_problemField = problems.isEmpty() ? nullptr : problems.first().first;
    QString shown;
    for (const auto& [field, problem] : std::as_const(problems))
        if (m_triedOk || m_edited.contains(field)) {
            shown = problem;
            break;
        }
    m_error->setText(shown);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(shown.isEmpty());
    m_firstPort->setEnabled(m_restrictPorts->isChecked());
    m_lastPort->setEnabled(m_restrictPorts->isChecked());
}

void NodeEditorDialog::accept() {
    m_triedOk = true;
    validate();
    if (!m_problem.isEmpty()) {
        // The field the problem is about takes the focus, so the fix can be typed at once.
        if (m_problemField)
            m_problemField->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

void NodeEditorDialog::setDetectResult(const QString& text) {
    m_detectResult->setText(text);
    // A wrapped label does not make its dialog taller by itself: all its lines must show.
    m_detectResult->setMinimumHeight(m_detectResult->heightForWidth(m_detectResult->width()));
}

void NodeEditorDialog::detect() {
    const QString urlText = m_apiUrl->text().trimmed();
    if (const QString e = urlProblem(urlText); !e.isEmpty()) {
        m_edited.insert(m_apiUrl);
        validate();
        detectFailed(tr("Janus API URL: %1").arg(e));
        m_apiUrl->setFocus();
        return;
    }
    const QUrl url(urlText);
    // The node's own connection, when it is connected to this very URL: nothing to open.
    const cascade::NodeClient* client = m_fleet ? m_fleet->node(m_id->text().trimmed()) : nullptr;
    if (client && client->isReady() && client->connection()->options().url == url) {
        showDetected(client->connection()->serverInfo());
        return;
    }
    janus::Connection::Options options;
    options.url = url;
    options.apiSecret = m_secretEdits.value(SecretKind::ApiSecret)->text();
    options.token = m_secretEdits.value(SecretKind::Token)->text();
    options.pinnedSha256 = janus::parseFingerprint(m_tlsPin->text().trimmed());
    options.reconnect = false;
    options.requestTimeoutMs = 5000;
    m_probe = std::make_unique<janus::Connection>(options);
    janus::Connection* connection = m_probe.get();
    m_detect->setEnabled(false);
    setDetectResult(tr("Asking %1…").arg(url.toDisplayString()));
    connect(connection, &janus::Connection::ready, this,
            [this](const janus::ServerInfo& info) { showDetected(info); });
    connect(connection, &janus::Connection::errorOccurred, this,
            [this](const janus::Error& e) { detectFailed(e.message()); });
    connect(connection, &janus::Connection::stateChanged, this,
            [this, connection](janus::Connection::State state) {
                if (state == janus::Connection::State::Disconnected)
                    detectFailed(connection->lastError().isError()
                                     ? connection->lastError().message()
                                     : tr("the connection closed"));
            });
    QTimer::singleShot(8000, connection, [this] { detectFailed(tr("no answer within 8 s")); });
    connection->open();
}

void NodeEditorDialog::showDetected(const janus::ServerInfo& info) {
    if (m_probe) {
        // Done with the short connection; it goes once its own signal has returned.
        janus::Connection* connection = m_probe.release();
        connection->disconnect(this);
        connection->close();
        connection->deleteLater();
    }
    m_detect->setEnabled(true);
    m_suggestedBind = info.localIp;
    m_suggestedPublic = !info.publicIps.isEmpty() ? info.publicIps.first()
                                                  : QUrl(m_apiUrl->text().trimmed()).host();
    // Empty fields take the suggestions; a field already set is offered the suggestion.
    if (m_bind->text().trimmed().isEmpty() && !m_suggestedBind.isEmpty())
        m_bind->setText(m_suggestedBind);
    if (m_public->text().trimmed().isEmpty() && !m_suggestedPublic.isEmpty())
        m_public->setText(m_suggestedPublic);
    m_useBind->setText(tr("Use %1 as bind").arg(m_suggestedBind));
    m_usePublic->setText(tr("Use %1 as public").arg(m_suggestedPublic));
    m_useBind->setVisible(!m_suggestedBind.isEmpty() &&
                          m_bind->text().trimmed() != m_suggestedBind);
    m_usePublic->setVisible(!m_suggestedPublic.isEmpty() &&
                            m_public->text().trimmed() != m_suggestedPublic);
    setDetectResult(
        tr("Janus %1 reports local-ip %2%3. Behind NAT, keep the private address as bind and put "
           "the NAT's address as public; without NAT, an empty bind means all interfaces.")
            .arg(info.versionString, info.localIp.isEmpty() ? tr("(none)") : info.localIp,
                 info.publicIps.isEmpty()
                     ? tr(", no public-ip")
                     : tr(", public-ip %1").arg(info.publicIps.join(QStringLiteral(", ")))));
}

void NodeEditorDialog::detectFailed(const QString& why) {
    if (m_probe) {
        janus::Connection* connection = m_probe.release();
        connection->disconnect(this);
        connection->close();
        connection->deleteLater();
    }
    m_detect->setEnabled(true);
    setDetectResult(tr("Cannot ask the server: %1").arg(why));
}

} // namespace ui
