#pragma once

#include <QFrame>

class QLabel;

namespace ui {

/// An inline message above a view: errors and advice where the problem is, not in a dialog.
class Banner : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };
    explicit Banner(QWidget* parent = nullptr);
    void show(Kind kind, const QString& text);
    QString text() const;

private:
    QLabel* m_label;
};

} // namespace ui
