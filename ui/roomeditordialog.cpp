#include "roomeditordialog.h"

#include "statecolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ui {

namespace {

// VideoRoom keeps at most five codecs of each kind per room.
constexpr int kMaxCodecs = 5;

QComboBox* codecCombo(const QString& name, const QStringList& presets, QWidget* parent) {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(presets);
    combo->setCurrentIndex(-1);
    combo->setCurrentText(QString());
    return combo;
}

QStringList codecList(const QComboBox* combo) {
    QStringList out;
    for (const QString& c : combo->currentText().split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << c.trimmed().toLower();
    out.removeAll(QString());
    return out;
}

} // namespace

QStringList RoomEditorDialog::audioCodecs() {
    return {QStringLiteral("opus"),   QStringLiteral("multiopus"), QStringLiteral("g722"),
            QStringLiteral("pcmu"),   QStringLiteral("pcma"),      QStringLiteral("isac32"),
            QStringLiteral("isac16"), QStringLiteral("l16"),       QStringLiteral("l16-48")};
}

QStringList RoomEditorDialog::videoCodecs() {
    return {QStringLiteral("vp8"), QStringLiteral("vp9"), QStringLiteral("h264"),
            QStringLiteral("av1"), QStringLiteral("h265")};
}

RoomEditorDialog::RoomEditorDialog(const QString& nodeId, const QString& nodeRoomSecret,
                                   const QSet<QString>& existing, QWidget* parent)
    : QDialog(parent)
    , m_nodeId(nodeId)
    , m_nodeSecret(nodeRoomSecret)
    , m_existing(existing)
    , m_id(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_publishers(new QSpinBox(this))
    , m_audio(codecCombo(QStringLiteral("audioCodecs"),
                         {QStringLiteral("opus"), QStringLiteral("opus,g722,pcmu,pcma"),
                          QStringLiteral("multiopus")},
                         this))
    , m_video(codecCombo(QStringLiteral("videoCodecs"),
                         {QStringLiteral("vp8"), QStringLiteral("vp8,vp9,h264"),
                          QStringLiteral("h264"), QStringLiteral("av1")},
                         this))
    , m_secret(new QLineEdit(this))
    , m_secretNote(new QLabel(this))
    , m_private(new QCheckBox(tr("&Private (hidden from the room list of other clients)"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Create room on %1").arg(nodeId));
    setObjectName(QStringLiteral("roomEditor"));
    setupFields();
    buildLayout();
    updateSecretNote();
    setMinimumWidth(520);
    m_id->setFocus();
}

void RoomEditorDialog::setupFields() {
    m_id->setObjectName(QStringLiteral("roomId"));
    m_id->setPlaceholderText(tr("empty = Janus chooses"));
    m_id->setToolTip(tr("A number from 1 to 9223372036854775807 (or a text id when the node runs "
                        "with string_ids); leave it empty and Janus picks a free number"));
    // The longest number id, 19 digits, is shown whole.
    m_id->setMinimumWidth(m_id->fontMetrics().horizontalAdvance(QString(21, QLatin1Char('9'))) +
                          24);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setPlaceholderText(tr("empty = \"Room <id>\""));
    m_description->setMaxLength(256);
    m_publishers->setObjectName(QStringLiteral("publishers"));
    m_publishers->setRange(1, 1000);
    m_publishers->setValue(6);
    m_publishers->setToolTip(tr("How many participants may publish at the same time; cascade "
                                "links add one remote publisher per source publisher"));
    m_audio->setToolTip(tr("Comma-separated, in order of preference (at most %1): %2. Empty = "
                           "Janus's default (opus).")
                            .arg(kMaxCodecs)
                            .arg(audioCodecs().join(QStringLiteral(", "))));
    m_video->setToolTip(tr("Comma-separated, in order of preference (at most %1): %2. Empty = "
                           "Janus's default (vp8).")
                            .arg(kMaxCodecs)
                            .arg(videoCodecs().join(QStringLiteral(", "))));
    m_audio->lineEdit()->setPlaceholderText(tr("default (opus)"));
    m_video->lineEdit()->setPlaceholderText(tr("default (vp8)"));
    m_secret->setObjectName(QStringLiteral("roomSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setText(m_nodeSecret);
    m_secret->setPlaceholderText(tr("none"));
    m_secret->setToolTip(tr("Needed to destroy or edit the room and to forward from it"));
    m_secretNote->setWordWrap(true);
    m_secretNote->setObjectName(QStringLiteral("secretNote"));
    m_private->setObjectName(QStringLiteral("private"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    QPalette bad = m_error->palette();
    bad.setColor(QPalette::WindowText, stateColor(State::Bad));
    m_error->setPalette(bad);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&reate"));
}

void RoomEditorDialog::buildLayout() {
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString& label, QWidget* field) {
        auto* l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    addRow(tr("Room &id"), m_id);
    addRow(tr("&Description"), m_description);
    addRow(tr("P&ublishers"), m_publishers);
    addRow(tr("&Audio codecs"), m_audio);
    addRow(tr("&Video codecs"), m_video);
    addRow(tr("Room &secret"), m_secret);
    form->addRow(QString(), m_secretNote);
    form->addRow(QString(), m_private);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RoomEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_secret, &QLineEdit::textChanged, this, &RoomEditorDialog::updateSecretNote);
    for (QLineEdit* edit : {m_id, m_description, m_audio->lineEdit(), m_video->lineEdit()})
        connect(edit, &QLineEdit::textEdited, m_error, &QWidget::hide);
}

void RoomEditorDialog::updateSecretNote() {
    const QString secret = m_secret->text();
    if (m_nodeSecret.isEmpty()) {
        m_secretNote->setText(
            secret.isEmpty()
                ? tr("The console keeps one room secret per node; %1 has none, so the console "
                     "manages its rooms without one.")
                      .arg(m_nodeId)
                : tr("%1 has no room secret in its settings: links and clean-up cannot manage "
                     "this room until the node's Room secret (Edit node…) is the same.")
                      .arg(m_nodeId));
    } else {
        m_secretNote->setText(
            secret == m_nodeSecret
                ? tr("This is %1's room secret (its node settings): the console uses it for "
                     "links and clean-up in every room of that node.")
                      .arg(m_nodeId)
                : tr("Not %1's room secret: the console uses that one for every room of the node, "
                     "so links and clean-up cannot manage this room.")
                      .arg(m_nodeId));
    }
    const bool consistent = m_nodeSecret.isEmpty() ? secret.isEmpty() : secret == m_nodeSecret;
    QPalette p = palette();
    if (!consistent)
        p.setColor(QPalette::WindowText, stateColor(State::Warn));
    m_secretNote->setPalette(p);
}

QString RoomEditorDialog::codecProblem(const QComboBox* combo, const QStringList& known,
                                       const QString& what) const {
    QStringList codecs = codecList(combo);
    for (const QString& c : codecs)
        if (!known.contains(c))
            return tr("\"%1\" is not a %2 codec VideoRoom knows (%3).")
                .arg(c, what, known.join(QStringLiteral(", ")));
    if (codecs.size() > kMaxCodecs)
        return tr("At most %1 %2 codecs.").arg(kMaxCodecs).arg(what);
    if (codecs.removeDuplicates() > 0)
        return tr("A %1 codec is listed twice.").arg(what);
    return {};
}

QString RoomEditorDialog::problem(QWidget** field) const {
    if (field)
        *field = m_id;
    const QString id = m_id->text().trimmed();
    if (!id.isEmpty()) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        static const QRegularExpression text(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
        if (digits.match(id).hasMatch()) {
            bool ok = false;
            const qint64 n = id.toLongLong(&ok);
            if (!ok || n <= 0)
                return tr("Room id %1 is out of range: use 1 to 9223372036854775807, or leave it "
                          "empty.")
                    .arg(id);
        } else if (!text.match(id).hasMatch()) {
            return tr("Room id \"%1\" is not valid: a number, or (on a node with string_ids) up "
                      "to 64 letters, digits, '.', '-' and '_'.")
                .arg(id);
        }
        if (m_existing.contains(janus::Id::fromText(id).toString()))
            return tr("Room %1 already exists on %2.").arg(id, m_nodeId);
    }
    if (field)
        *field = m_audio;
    if (QString p = codecProblem(m_audio, audioCodecs(), tr("audio")); !p.isEmpty())
        return p;
    if (field)
        *field = m_video;
    if (QString p = codecProblem(m_video, videoCodecs(), tr("video")); !p.isEmpty())
        return p;
    if (field)
        *field = nullptr;
    return {};
}

void RoomEditorDialog::accept() {
    QWidget* field = nullptr;
    const QString why = problem(&field);
    if (why.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_error->setText(why);
    m_error->show();
    // The field at fault gets the focus, so the next keys fix it.
    field->setFocus();
}

janus::VideoRoom::CreateRoom RoomEditorDialog::room() const {
    janus::VideoRoom::CreateRoom spec;
    const QString id = m_id->text().trimmed();
    if (!id.isEmpty())
        spec.room = janus::Id::fromText(id);
    spec.description = m_description->text().trimmed();
    spec.publishers = m_publishers->value();
    spec.audioCodecs = codecList(m_audio).join(QLatin1Char(','));
    spec.videoCodecs = codecList(m_video).join(QLatin1Char(','));
    spec.secret = m_secret->text();
    spec.isPrivate = m_private->isChecked();
    return spec;
}

} // namespace ui
