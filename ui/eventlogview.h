#pragma once

#include "cascade/eventlog.h"

#include <QSortFilterProxyModel>
#include <QWidget>

class QTableView;

namespace ui {

/// The event log with a text filter and an errors-only switch; copy puts it on the clipboard.
class EventLogView : public QWidget {
    Q_OBJECT
public:
    explicit EventLogView(cascade::EventLog* log, QWidget* parent = nullptr);

private:
    cascade::EventLog* m_log;
    QSortFilterProxyModel m_filter;
    QTableView* m_view;
};

} // namespace ui
