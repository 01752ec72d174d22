#pragma once

#include "fleet.h"
#include "idtablemodel.h"

namespace cascade {

/// The fleet's cascade links as a table: where from, where to, state and why.
class LinksModel : public IdTableModel {
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

    QString linkId(int row) const { return idAt(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Fleet* m_fleet;
};

} // namespace cascade
