#include "topologyview.h"

#include "statecolors.h"

#include <QCoreApplication>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QtMath>

namespace ui {

namespace {
constexpr int idRole = 0;
constexpr int kindRole = 1;
} // namespace

TopologyView::TopologyView(cascade::Fleet* fleet, const profile::Profile* profile, QWidget* parent)
    : QGraphicsView(parent)
    , m_fleet(fleet)
    , m_profile(profile) {
    setScene(&m_scene);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(300, 200);
    // Many state changes in a burst become one redraw.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(100);
    connect(&m_coalesce, &QTimer::timeout, this, &TopologyView::rebuild);
    for (auto signal : {&cascade::Fleet::nodeAdded, &cascade::Fleet::nodeRemoved,
                        &cascade::Fleet::nodeStatusChanged, &cascade::Fleet::linkAdded,
                        &cascade::Fleet::linkRemoved, &cascade::Fleet::linkStateChanged})
        connect(fleet, signal, &m_coalesce, qOverload<>(&QTimer::start));
    rebuild();
}

void TopologyView::rebuild() {
    m_scene.clear();
    const QStringList ids = m_fleet->nodeIds();
    const QColor text = palette().color(QPalette::Text);
    if (ids.isEmpty()) {
        auto* hint =
            m_scene.addSimpleText(tr("No nodes yet: add one with Node → Add node (Ctrl+Shift+N)."));
        hint->setBrush(text);
        return;
    }
    // Nodes on a circle (a line for two): readable for the handful of nodes a cascade has.
    const double radius = ids.size() <= 2 ? 220 : 60.0 * ids.size();
    QHash<QString, QPointF> centre;
    for (int i = 0; i < ids.size(); ++i) {
        const double angle = ids.size() <= 2 ? M_PI * i : 2 * M_PI * i / ids.size() - M_PI / 2;
        centre.insert(ids[i], QPointF(radius * std::cos(angle + M_PI),
                                      radius * std::sin(angle + M_PI) * 0.6));
    }
    for (const QString& id : m_fleet->linkIds())
        addLink(id, centre);
    for (const QString& id : ids)
        addNode(id, centre, text);
    setSceneRect(m_scene.itemsBoundingRect().adjusted(-20, -20, 20, 20));
    fit();
}

void TopologyView::addLink(const QString& id, const QHash<QString, QPointF>& centre) {
    const cascade::LinkController* link = m_fleet->link(id);
    const QPointF a = centre.value(link->plan().sourceNode),
                  b = centre.value(link->plan().targetNode);
    const QColor colour = stateColor(stateOf(link->state()));
    QLineF line(a, b);
    const QPointF unit = (b - a) / std::max(1.0, line.length());
    line = QLineF(a + unit * 95, b - unit * 95);
    auto* arrow = m_scene.addLine(line, QPen(colour, 3));
    arrow->setData(idRole, id);
    arrow->setData(kindRole, QStringLiteral("link"));
    const QPointF tip = line.p2(), normal(-unit.y(), unit.x());
    m_scene.addPolygon(QPolygonF({tip, tip - unit * 14 + normal * 7, tip - unit * 14 - normal * 7}),
                       QPen(colour), colour);
    auto* label = m_scene.addSimpleText(QStringLiteral("%1: %2").arg(
        id,
        QCoreApplication::translate("cascade::LinkState",
                                    cascade::LinkController::stateName(link->state()).toLatin1())));
    label->setBrush(colour);
    label->setPos(line.center() + QPointF(-label->boundingRect().width() / 2, -22));
    label->setData(idRole, id);
    label->setData(kindRole, QStringLiteral("link"));
}

void TopologyView::addNode(const QString& id, const QHash<QString, QPointF>& centre,
                           const QColor& text) {
    const cascade::NodeClient* node = m_fleet->node(id);
    const cascade::NodeSpec* spec = m_fleet->nodeSpec(id);
    const QRectF box(centre.value(id) - QPointF(90, 38), QSizeF(180, 76));
    const QColor colour = stateColor(stateOf(node->connection()->state()));
    auto* rect =
        m_scene.addRect(box, QPen(colour, 2), blend(palette().color(QPalette::Base), colour, 0.15));
    rect->setData(idRole, id);
    rect->setData(kindRole, QStringLiteral("node"));
    auto* label = m_scene.addSimpleText(
        QStringLiteral("%1\npublic %2\nbind %3")
            .arg(spec->name.isEmpty() ? id : spec->name,
                 spec->publicAddress.isEmpty() ? tr("(none)") : spec->publicAddress,
                 spec->bindAddress.isEmpty() ? tr("all interfaces") : spec->bindAddress));
    label->setBrush(text);
    label->setPos(box.topLeft() + QPointF(8, 6));
    label->setParentItem(nullptr);
    label->setData(idRole, id);
    label->setData(kindRole, QStringLiteral("node"));
}

void TopologyView::fit() {
    fitInView(sceneRect(), Qt::KeepAspectRatio);
    if (transform().m11() > 1.0) // shrink to fit, never blow small diagrams up
        resetTransform();
}

void TopologyView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    fit();
}

void TopologyView::mousePressEvent(QMouseEvent* event) {
    if (const QGraphicsItem* item = itemAt(event->pos())) {
        const QString id = item->data(idRole).toString();
        if (item->data(kindRole).toString() == QLatin1String("node"))
            Q_EMIT nodeClicked(id);
        else if (item->data(kindRole).toString() == QLatin1String("link"))
            Q_EMIT linkClicked(id);
    }
    QGraphicsView::mousePressEvent(event);
}

} // namespace ui
