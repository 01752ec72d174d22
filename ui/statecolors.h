#pragma once

#include "cascade/linkcontroller.h"
#include "janus/connection.h"

#include <QColor>
#include <QSortFilterProxyModel>
#include <functional>

namespace ui {

enum class State { Good, Warn, Bad, Neutral };

/// State colours readable on light and dark palettes alike.
QColor stateColor(State state);
QColor blend(const QColor& base, const QColor& tint, double amount);
State stateOf(cascade::LinkController::State link);
State stateOf(janus::Connection::State node);

/// Colours one column of a model by a state the model reports in a role; optionally explains
/// cells in tooltips (instead of repeating their text). Rows stay in the source's order. Not a
/// QIdentityProxyModel: with it, Qt 6.4's QTableView under a ResizeToContents header keeps a
/// blank extra row when the last row goes and one comes back (a link re-created after its node
/// was edited).
class StateColumnProxy : public QSortFilterProxyModel {
public:
    /// (index, the cell's text) → tooltip.
    using ToolTips = std::function<QVariant(const QModelIndex&, const QString&)>;

    StateColumnProxy(int column, int stateRole, std::function<State(int)> stateFor,
                     QObject* parent = nullptr)
        : QSortFilterProxyModel(parent)
        , m_column(column)
        , m_role(stateRole)
        , m_stateFor(std::move(stateFor)) {}
    QVariant data(const QModelIndex& index, int role) const override;
    void setToolTips(ToolTips toolTips) { m_toolTips = std::move(toolTips); }

private:
    ToolTips m_toolTips;
    int m_column;
    int m_role;
    std::function<State(int)> m_stateFor;
};

} // namespace ui
