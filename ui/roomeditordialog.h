#pragma once

#include "janus/videoroom.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ui {

/// Asks for a new VideoRoom: id (or Janus's choice), description, publishers, codecs, secret,
/// private. The console keeps one room secret per node (the node's "Room secret" setting) and
/// uses it for links and clean-up in every room of that node, so the secret field starts with
/// it and says so; a different secret is allowed but flagged.
class RoomEditorDialog : public QDialog {
    Q_OBJECT
public:
    /// existing: the room ids the node has now (refused as new ids).
    RoomEditorDialog(const QString& nodeId, const QString& nodeRoomSecret,
                     const QSet<QString>& existing, QWidget* parent = nullptr);

    janus::VideoRoom::CreateRoom room() const;
    /// Why the input cannot become a room (empty when it can); *field: the field at fault.
    QString problem(QWidget** field = nullptr) const;

    /// Audio and video codecs VideoRoom accepts in "audiocodec" / "videocodec".
    static QStringList audioCodecs();
    static QStringList videoCodecs();

    void accept() override;

private:
    /// Names, limits, tooltips and placeholders of the fields.
    void setupFields();
    /// The form with its buddies, the error line and the buttons.
    void buildLayout();
    void updateSecretNote();
    QString codecProblem(const QComboBox* combo, const QStringList& known,
                         const QString& what) const;

    QString m_nodeId;
    QString m_nodeSecret;
    QSet<QString> m_existing;
    QLineEdit* m_id;
    QLineEdit* m_description;
    QSpinBox* m_publishers;
    QComboBox* m_audio;
    QComboBox* m_video;
    QLineEdit* m_secret;
    QLabel* m_secretNote;
    QCheckBox* m_private;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace ui
