#include "eventlog.h"

#include "janus/redact.h"

namespace cascade {

EventLog::EventLog(int capacity, QObject* parent)
    : QAbstractListModel(parent)
    , m_capacity(std::max(1, capacity)) {}

QString EventLog::levelName(Level level) {
    switch (level) {
    case Level::Info:
        return tr("info");
    case Level::Warning:
        return tr("warning");
    case Level::Error:
        return tr("error");
    }
    return {};
}

void EventLog::add(Level level, const QString& source, const QString& text) {
    if (int(m_entries.size()) >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_entries.pop_front();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back({QDateTime::currentDateTime(), level, source, text});
    endInsertRows();
    qCInfo(janus::lcConnection).noquote() << levelName(level) << source << text;
    Q_EMIT added(m_entries.back());
}

QString EventLog::toText() const {
    QString out;
    for (const Entry& e : m_entries)
        out += QStringLiteral("%1 %2 [%3] %4\n")
                   .arg(e.time.toString(Qt::ISODateWithMs), levelName(e.level), e.source, e.text);
    return out;
}

int EventLog::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EventLog::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLog::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry& e = m_entries.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return e.time.toString(QStringLiteral("HH:mm:ss.zzz"));
        case LevelColumn:
            return levelName(e.level);
        case SourceColumn:
            return e.source;
        case TextColumn:
            return e.text;
        }
        return {};
    case Qt::ToolTipRole:
        return e.text;
    case LevelRole:
        return int(e.level);
    case SourceRole:
        return e.source;
    case TimeRole:
        return e.time;
    case TextRole:
        return e.text;
    }
    return {};
}

QVariant EventLog::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case SourceColumn:
        return tr("Source");
    case TextColumn:
        return tr("Event");
    }
    return {};
}

QHash<int, QByteArray> EventLog::roleNames() const {
    return {{LevelRole, "level"}, {SourceRole, "source"}, {TimeRole, "time"}, {TextRole, "text"}};
}

} // namespace cascade
