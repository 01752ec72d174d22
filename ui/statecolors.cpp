#include "statecolors.h"

namespace ui {

QColor stateColor(State state) {
    switch (state) {
    case State::Good:
        return QColor(0x2e, 0xa0, 0x43);
    case State::Warn:
        return QColor(0xd0, 0x8a, 0x00);
    case State::Bad:
        return QColor(0xd1, 0x24, 0x2f);
    case State::Neutral:
        return QColor(0x6e, 0x77, 0x81);
    }
    return {};
}

QColor blend(const QColor& base, const QColor& tint, double amount) {
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

State stateOf(cascade::LinkController::State link) {
    using S = cascade::LinkController::State;
    switch (link) {
    case S::Up:
        return State::Good;
    case S::Degraded:
    case S::NoMedia:
        return State::Warn;
    case S::Down:
        return State::Bad;
    case S::Pending:
    case S::Stopped:
        return State::Neutral;
    }
    return State::Neutral;
}

State stateOf(janus::Connection::State node) {
    using S = janus::Connection::State;
    switch (node) {
    case S::Connected:
        return State::Good;
    case S::Connecting:
    case S::Reconnecting:
        return State::Warn;
    case S::Refused:
        return State::Bad;
    case S::Disconnected:
        return State::Neutral;
    }
    return State::Neutral;
}

QVariant StateColumnProxy::data(const QModelIndex& index, int role) const {
    if (role == Qt::ForegroundRole && index.column() == m_column)
        return stateColor(m_stateFor(QSortFilterProxyModel::data(index, m_role).toInt()));
    if (role == Qt::ToolTipRole && m_toolTips && index.isValid())
        return m_toolTips(index, QSortFilterProxyModel::data(index, Qt::DisplayRole).toString());
    return QSortFilterProxyModel::data(index, role);
}

} // namespace ui
