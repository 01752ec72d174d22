#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace cascade {

/// A table whose rows are ids of fleet objects (nodes, links): rows come and go with the ids,
/// a changed id repaints its whole row. Subclasses answer data() and headerData().
class IdTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    IdTableModel(QStringList ids, int columns, QObject* parent = nullptr);

    QString idAt(int row) const { return m_ids.value(row); }
    int rowOf(const QString& id) const { return int(m_ids.indexOf(id)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;

protected:
    void addId(const QString& id);
    void removeId(const QString& id);
    void idChanged(const QString& id);

private:
    QStringList m_ids;
    int m_columns;
};

} // namespace cascade
