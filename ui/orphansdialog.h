#pragma once

#include "cascade/orphanscanner.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ui {

class ProfileDocument;

/// Find orphans: what consoles left on the servers, in the three kinds the scanner finds
/// (journal leftovers, incomplete links, marker finds), with Remove all. Scans when shown.
class OrphansDialog : public QDialog {
    Q_OBJECT
public:
    explicit OrphansDialog(ProfileDocument* document, QWidget* parent = nullptr);

    /// The rows shown (for tests and the accessibility tree alike).
    QTreeWidget* list() const { return m_list; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* status() const { return m_status; }

public Q_SLOTS:
    void scan();
    void removeAll();

Q_SIGNALS:
    /// A scan or a removal ended (status() says how).
    void finished();

private:
    cascade::OrphanScanner* newScanner(bool adoptJournal);
    void showFound(const QList<cascade::Orphan>& orphans, const QStringList& errors);

    ProfileDocument* m_document;
    QPointer<cascade::OrphanScanner> m_scanner;
    QList<cascade::Orphan> m_found;
    QTreeWidget* m_list;
    QLabel* m_status;
    QPushButton* m_rescan;
    QPushButton* m_remove;
};

} // namespace ui
