#pragma once

#include <QDialog>

class QListWidget;

namespace ui {

/// Why a profile file could not be opened: every problem the validation found, one per row,
/// so all of them can be fixed in one go (the open profile stays as it was).
class ProfileProblemsDialog : public QDialog {
    Q_OBJECT
public:
    ProfileProblemsDialog(const QString& path, const QStringList& problems,
                          QWidget* parent = nullptr);
    QListWidget* list() const { return m_list; }

private:
    QListWidget* m_list;
};

} // namespace ui
