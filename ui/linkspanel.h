#pragma once

#include "cascade/fleet.h"
#include "cascade/linksmodel.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace ui {

/// Cascade links with their state and reason, the mirrors of the selected link, and actions.
class LinksPanel : public QWidget {
    Q_OBJECT
public:
    explicit LinksPanel(cascade::Fleet* fleet, QWidget* parent = nullptr);
    QString currentLink() const;
    void selectLink(const QString& id);
    cascade::LinksModel* model() { return &m_model; }

Q_SIGNALS:
    void newLinkRequested();
    void removeLinkRequested(const QString& id);
    void orphansRequested();

private:
    void showDetails();
    /// What the last media tap counted at the mirror's target copy, one line of HTML.
    QString targetMediaText(const QString& linkId, const janus::Id& publisher) const;

    cascade::Fleet* m_fleet;
    cascade::LinksModel m_model;
    QTableView* m_view;
    QLabel* m_details;
};

} // namespace ui
