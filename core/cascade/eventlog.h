#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <deque>

namespace cascade {

/// What the console did and what the servers answered, newest last, capped; secrets are
/// never in here (callers log redacted texts and Error::message(), which carries none).
class EventLog : public QAbstractListModel {
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };
    Q_ENUM(Level)
    enum Role { LevelRole = Qt::UserRole + 1, SourceRole, TimeRole, TextRole };
    enum Column { TimeColumn, LevelColumn, SourceColumn, TextColumn, ColumnCount };

    struct Entry {
        QDateTime time;
        Level level;
        QString source; ///< node or link id, or "console"
        QString text;
    };

    explicit EventLog(int capacity = 5000, QObject* parent = nullptr);

    void add(Level level, const QString& source, const QString& text);
    void info(const QString& source, const QString& text) { add(Level::Info, source, text); }
    void warning(const QString& source, const QString& text) { add(Level::Warning, source, text); }
    void error(const QString& source, const QString& text) { add(Level::Error, source, text); }
    const Entry& entry(int row) const { return m_entries.at(size_t(row)); }
    /// All entries as plain text lines, for copying.
    QString toText() const;
    static QString levelName(Level level);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void added(const cascade::EventLog::Entry& entry);

private:
    int m_capacity;
    std::deque<Entry> m_entries;
};

} // namespace cascade
