#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;

namespace ui {

/// An inline message above a view: errors and advice where the problem is, not in a dialog.
class Banner : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };
    explicit Banner(QWidget* parent = nullptr);
    /// Shows text; with hideAfterMs > 0 the banner goes by itself after that long (news that
    /// is soon out of date, like "room created"), unless another message replaced it.
    void show(Kind kind, const QString& text, int hideAfterMs = 0);
    QString text() const;

private:
    QLabel* m_label;
    QTimer m_expiry;
};

} // namespace ui
