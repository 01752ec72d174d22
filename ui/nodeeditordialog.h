#pragma once

#include "cascade/fleet.h"
#include "profile/profile.h"
#include "profile/secretstore.h"

#include <QDialog>
#include <QSet>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace janus {
class Connection;
struct ServerInfo;
} // namespace janus

namespace ui {

/// Adds or edits a node: URLs, secrets (to the keychain, never the profile), and the NAT
/// settings — bind address, public address, forwarded UDP ports — validated as you type.
class NodeEditorDialog : public QDialog {
    Q_OBJECT
public:
    NodeEditorDialog(cascade::Fleet* fleet, const profile::Node& node, const QStringList& takenIds,
                     QWidget* parent = nullptr);

    profile::Node node() const;
    QHash<profile::SecretKind, QString> secrets() const;
    ~NodeEditorDialog() override;

    /// Empty when the form is valid, else the first problem. The dialog shows a problem once
    /// its field was edited, or after OK was pressed.
    QString problem() const { return m_problem; }

public Q_SLOTS:
    /// Reads the server's "info" (over the node's connection when it is connected to the URL
    /// in the form, else over a short connection to the typed URL with the typed secrets) and
    /// offers its local-ip as bind and its public-ip (or the URL's host) as public address.
    void detect();
    void accept() override;

private:
    QGroupBox* buildServerBox(const profile::Node& node);
    QGroupBox* buildSecretsBox();
    QGroupBox* buildNatBox();
    /// Detect and the buttons that take over what it found.
    void buildDetectRow(QFormLayout* natForm);
    void loadNode(const profile::Node& node);
    /// A problem shows once its field was edited (or OK pressed).
    void connectValidation();
    void validate();
    void showDetected(const janus::ServerInfo& info);
    void detectFailed(const QString& why);
    void setDetectResult(const QString& text);
    QLineEdit* addLine(const QString& name, const QString& label, const QString& tip);

    cascade::Fleet* m_fleet;
    QStringList m_takenIds;
    QLineEdit* m_id;
    QLineEdit* m_name;
    QLineEdit* m_apiUrl;
    QLineEdit* m_adminUrl;
    QLineEdit* m_tlsPin;
    QLineEdit* m_bind;
    QLineEdit* m_public;
    QCheckBox* m_restrictPorts;
    QSpinBox* m_firstPort;
    QSpinBox* m_lastPort;
    QHash<profile::SecretKind, QLineEdit*> m_secretEdits;
    QLabel* m_error;
    QLabel* m_detectResult;
    QPushButton* m_detect;
    QPushButton* m_useBind;
    QPushButton* m_usePublic;
    QString m_suggestedBind;
    QString m_suggestedPublic;
    std::unique_ptr<janus::Connection> m_probe; ///< the short connection of Detect in Add mode
    QDialogButtonBox* m_buttons;
    QString m_problem;
    QWidget* m_problemField = nullptr;
    QSet<QObject*> m_edited; ///< fields the user changed: their problems are shown
    bool m_triedOk = false;
    QFormLayout* m_form;
};

} // namespace ui
