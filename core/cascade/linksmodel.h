#pragma once

#include "fleet.h"

#include <QAbstractTableModel>

namespace cascade {

/// The fleet's cascade links as a table: where from, where to, state and why.
class LinksModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        LinkColumn,
        SourceColumn,
        TargetColumn,
        MirrorsColumn,
        StateColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role { LinkIdRole = Qt::UserRole + 1, LinkStateRole };

    explicit LinksModel(Fleet* fleet, QObject* parent = nullptr);

    QString linkId(int row) const { return m_ids.value(row); }
    int rowOf(const QString& linkId) const { return int(m_ids.indexOf(linkId)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void rowChanged(const QString& id);

    Fleet* m_fleet;
    QStringList m_ids;
};

} // namespace cascade
