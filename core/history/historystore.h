#pragma once

#include "historytypes.h"

#include <QHash>
#include <QObject>
#include <functional>

class QIODevice;
class QSqlDatabase;
class QSqlQuery;

namespace history {

/// Monitoring history in an embedded SQLite database (Qt SQL, driver QSQLITE, a connection of
/// its own). Series are keyed by strings such as "node:a", "link:a-to-b" or "path:a>b"
/// (history::key). Raw samples are kept for Retention::rawMs, 1-minute aggregates (and hourly
/// rollups of them) for Retention::minuteMs; aggregation and pruning run a bounded step at a time
/// (after each round, a slice of the series, each series once a minute; or when maintain() is
/// called). WAL journal, synchronous=NORMAL: a crash loses at most the last round and never the
/// file.
///
/// Usage: open() once; after each probe round recordRound(); graphs call query() for the range
/// they show. A store that failed to open refuses everything with error(); the console keeps
/// working without history, the caller decides what to tell the user. Nothing is ever deleted
/// because it could not be read.
class HistoryStore : public QObject {
    Q_OBJECT
public:
    static constexpr int schemaVersion = 1;

    explicit HistoryStore(QObject* parent = nullptr);
    ~HistoryStore() override;

    /// AppLocalDataLocation/history.sqlite.
    static QString defaultPath();
    /// Opens (or creates) the database at `path` (defaultPath() when empty). False: see error().
    bool open(const QString& path = {});
    void close();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    /// The last failure; StoreError::Kind::None after a success.
    const StoreError& error() const { return m_error; }

    /// The time source, ms since the epoch (tests inject one). Default: the system clock.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    qint64 now() const { return m_clock(); }
    void setRetention(const Retention& retention) { m_retention = retention; }
    const Retention& retention() const { return m_retention; }
    /// Resolution::Auto picks raw rows for ranges up to this long (default 6 h), 1-minute
    /// aggregates up to the second (default 8 days), hourly rollups beyond.
    void setAutoSpans(qint64 rawMs, qint64 minuteMs) {
        m_autoRawSpan = rawMs;
        m_autoMinuteSpan = minuteMs;
    }
    /// Whether recordRound() runs maintenance: each minute a pass over all series, a slice of
    /// maintainSlice series per round (default on).
    void setAutoMaintain(bool on) { m_autoMaintain = on; }

    /// Records one sample (a round of one).
    bool record(const QString& series, const Sample& sample);
    /// Records a probe round in one transaction: all of it is stored, or none.
    bool recordRound(const QList<SeriesSample>& round);
    /// One bounded step of aggregation and pruning over every series (or over the next
    /// `maxSeries` of them, round robin): at most `minutes` minutes aggregated and
    /// `pruneSpanMs` of old rows deleted per series and table. Returns whether work is left
    /// (call again to catch up after a long pause).
    bool maintain(int minutes = 60, qint64 pruneSpanMs = 3600 * 1000, int maxSeries = 0);
    /// Series per round that recordRound()'s own maintenance handles (a pass a minute).
    static constexpr int maintainSlice = 25;

    /// Rows of `series` with fromMs <= time < toMs, oldest first. With maxPoints > 0 and more
    /// rows than that, rows are merged into maxPoints equal time buckets (min of minima, mean
    /// of medians, max of p95 and maxima, mean loss and jitter), for a graph of that width.
    QList<Row> query(const QString& series, qint64 fromMs, qint64 toMs,
                     Resolution resolution = Resolution::Auto, int maxPoints = 0);
    /// What Resolution::Auto means for this range now.
    Resolution resolve(Resolution resolution, qint64 fromMs, qint64 toMs) const;
    /// Every series that has rows, sorted.
    QStringList seriesList();
    /// Writes the rows as CSV (docs/monitoring.md#history-store): a header line, then one line
    /// per row. False: see error().
    bool exportCsv(const QString& series, qint64 fromMs, qint64 toMs, Resolution resolution,
                   QIODevice* out);
    /// The same for several series, one after the other.
    bool exportCsv(const QStringList& series, qint64 fromMs, qint64 toMs, Resolution resolution,
                   QIODevice* out);
    /// The database's bytes on disk (file + write-ahead log).
    qint64 sizeOnDisk() const;
    /// Moves the write-ahead log into the database file (PRAGMA wal_checkpoint(TRUNCATE)).
    bool checkpoint();

Q_SIGNALS:
    /// A round was stored (graphs that follow "now" reload).
    void roundRecorded(qint64 timeMs);

private:
    QSqlDatabase db() const;
    bool fail(StoreError::Kind kind, const QString& message, const QString& detail);
    bool failQuery(StoreError::Kind kind, const QSqlQuery& query);
    bool configure();
    bool createSchema();
    bool checkSchema();
    qint64 seriesId(const QString& series, bool create);
    bool insertSample(QSqlQuery& insert, qint64 id, const Sample& s);
    void autoMaintain();
    bool reaggregateIfLate(QSqlQuery& until, qint64 id, qint64 timeMs);
    bool aggregateMinutes(qint64 id, qint64 fromMs, qint64 toMs);
    /// Summarizes the rows of table `from` in [fromMs, toMs) into buckets of bucketMs in table
    /// `into`; samples is the SQL for each row's sample count ("1" for raw rows).
    bool summarize(qint64 id, const char* from, const char* samples, const char* into,
                   qint64 bucketMs, qint64 fromMs, qint64 toMs);
    bool aggregateStep(qint64 id, int minutes, bool* more, qint64* until);
    bool pruneStep(qint64 id, const char* table, qint64 cutoffMs, qint64 spanMs, bool* more);
    QList<Row> readRows(QSqlQuery& query);

    QString m_connection;
    QString m_path;
    StoreError m_error;
    std::function<qint64()> m_clock;
    Retention m_retention;
    QHash<QString, qint64> m_ids;
    qint64 m_autoRawSpan = 6LL * 3600 * 1000;
    qint64 m_autoMinuteSpan = 8LL * 24 * 3600 * 1000;
    qint64 m_lastMaintainMinute = -1;
    int m_passLeft = 0;    ///< series left in this minute's maintenance pass
    int m_seriesTotal = 0; ///< series in the store, as the last maintain() saw
    int m_cursor = 0;      ///< where the next maintenance slice starts
    bool m_autoMaintain = true;
    bool m_open = false;
};

} // namespace history
