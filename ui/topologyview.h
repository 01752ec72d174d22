#pragma once

#include "cascade/fleet.h"
#include "profile/profile.h"

#include <QGraphicsView>
#include <QHash>
#include <QPointF>
#include <QTimer>

namespace ui {

/// Nodes as boxes (name, public and bind address), links as arrows coloured by their state.
/// Clicking an item asks the other views to select that node or link.
class TopologyView : public QGraphicsView {
    Q_OBJECT
public:
    TopologyView(cascade::Fleet* fleet, const profile::Profile* profile, QWidget* parent = nullptr);

public Q_SLOTS:
    void rebuild();

Q_SIGNALS:
    void nodeClicked(const QString& id);
    void linkClicked(const QString& id);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fit();
    /// One link's arrow and label, from its source's centre to its target's.
    void addLink(const QString& id, const QHash<QString, QPointF>& centre);
    /// One node's box and label.
    void addNode(const QString& id, const QHash<QString, QPointF>& centre, const QColor& text);

    cascade::Fleet* m_fleet;
    const profile::Profile* m_profile;
    QGraphicsScene m_scene;
    QTimer m_coalesce;
};

} // namespace ui
