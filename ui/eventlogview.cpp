#include "eventlogview.h"

#include "statecolors.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>
#include <functional>

namespace ui {

namespace {

/// Filters by text and, optionally, by level.
class LogFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    bool problemsOnly = false;
    /// Whether a text fits its column as shown (then a tooltip would only repeat it).
    std::function<bool(int column, const QString& text)> fits;
    void refilter() { invalidateRowsFilter(); }

    /// "stopped: stopped; nothing left" reads "stopped; nothing left", and "pending: " with no
    /// reason reads "pending": a state followed by a reason that starts with the same word.
    static QString readable(const QString& text) {
        static const QRegularExpression doubled(QStringLiteral("^([\\w -]+): \\1\\b"));
        QString t = text;
        const QRegularExpressionMatch m = doubled.match(t);
        if (m.hasMatch())
            t.remove(0, m.capturedLength(1) + 2);
        while (t.endsWith(QLatin1Char(' ')) || t.endsWith(QLatin1Char(':')))
            t.chop(1);
        return t;
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (problemsOnly &&
            index.data(cascade::EventLog::LevelRole).toInt() == int(cascade::EventLog::Level::Info))
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
    QVariant data(const QModelIndex& index, int role) const override {
        if (role == Qt::ForegroundRole && index.column() == cascade::EventLog::LevelColumn) {
            const auto level =
                cascade::EventLog::Level(index.data(cascade::EventLog::LevelRole).toInt());
            if (level != cascade::EventLog::Level::Info)
                return stateColor(level == cascade::EventLog::Level::Error ? State::Bad
                                                                           : State::Warn);
        }
        if (index.column() == cascade::EventLog::TextColumn &&
            (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
            const QString text =
                readable(QSortFilterProxyModel::data(index, Qt::DisplayRole).toString());
            if (role == Qt::DisplayRole || !fits || !fits(index.column(), text))
                return text;
            return {};
        }
        if (role == Qt::ToolTipRole) {
            // Only what the cell does not show: the date of the time, nothing on the others.
            if (index.column() == cascade::EventLog::TimeColumn)
                return QLocale().toString(index.data(cascade::EventLog::TimeRole).toDateTime(),
                                          QLocale::LongFormat);
            return {};
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

EventLogView::EventLogView(cascade::EventLog* log, QWidget* parent)
    : QWidget(parent)
    , m_log(log)
    , m_view(new QTableView(this)) {
    auto* filter = new LogFilter(this);
    filter->setSourceModel(log);
    filter->setFilterKeyColumn(-1);
    filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    filter->fits = [this](int column, const QString& text) {
        return m_view->fontMetrics().horizontalAdvance(text) + 12 <= m_view->columnWidth(column);
    };
    m_view->setModel(filter);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('m'));
    m_view->setColumnWidth(cascade::EventLog::TimeColumn, 9 * em);
    m_view->setColumnWidth(cascade::EventLog::LevelColumn, 6 * em);
    m_view->setColumnWidth(cascade::EventLog::SourceColumn, 9 * em);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    auto* text = new QLineEdit(this);
    text->setPlaceholderText(tr("Filter events (node, link, text)…"));
    text->setClearButtonEnabled(true);
    auto* problems = new QCheckBox(tr("Warnings and errors only"), this);
    auto* copy = new QPushButton(tr("Copy all"), this);
    connect(text, &QLineEdit::textChanged, filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(problems, &QCheckBox::toggled, this, [filter](bool on) {
        filter->problemsOnly = on;
        filter->refilter();
    });
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_log->toText()); });
    // Follow new entries unless the user scrolled up to read.
    connect(filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_view->verticalScrollBar()->value() >= m_view->verticalScrollBar()->maximum() - 2)
            m_view->scrollToBottom();
    });
    auto* bar = new QHBoxLayout;
    bar->addWidget(text, 1);
    bar->addWidget(problems);
    bar->addWidget(copy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view);
}

} // namespace ui
