#pragma once

#include "cascade/fleet.h"
#include "profile/profile.h"
#include "profile/secretstore.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

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
    /// Empty when the form is valid, else the first problem (also shown in the dialog).
    QString problem() const { return m_problem; }

public Q_SLOTS:
    /// Fills bind/public suggestions from the connected node's "info".
    void detect();

private:
    void validate();
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
    QDialogButtonBox* m_buttons;
    QString m_problem;
    QFormLayout* m_form;
};

} // namespace ui
