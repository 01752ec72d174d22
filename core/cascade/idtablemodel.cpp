#include "idtablemodel.h"

namespace cascade {

IdTableModel::IdTableModel(QStringList ids, int columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_ids(std::move(ids))
    , m_columns(columns) {}

int IdTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_ids.size());
}

int IdTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_columns;
}

void IdTableModel::addId(const QString& id) {
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids << id;
    endInsertRows();
}

void IdTableModel::removeId(const QString& id) {
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    endRemoveRows();
}

void IdTableModel::idChanged(const QString& id) {
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, m_columns - 1));
}

} // namespace cascade
