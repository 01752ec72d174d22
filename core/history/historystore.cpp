#include "historystore.h"

#include "historyaggregate.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <atomic>
#include <cmath>
#include <limits>

namespace history {

namespace {

constexpr qint64 minuteMs = 60 * 1000;

qint64 minuteOf(qint64 t) {
    return t - ((t % minuteMs) + minuteMs) % minuteMs;
}

QVariant real(double v) {
    return std::isnan(v) ? QVariant() : QVariant(v);
}

// The tables have the same columns; `minute` and `hour` add how many samples a row stands for.
constexpr const char* schema[] = {
    "CREATE TABLE schema_version (version INTEGER NOT NULL)",
    "CREATE TABLE series (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, "
    "aggregated_until INTEGER)",
    "CREATE TABLE raw (series INTEGER NOT NULL, t INTEGER NOT NULL, rtt_min REAL, "
    "rtt_median REAL, rtt_p95 REAL, rtt_max REAL, loss REAL NOT NULL, jitter REAL, bitrate REAL, "
    "sent INTEGER NOT NULL, received INTEGER NOT NULL, PRIMARY KEY (series, t)) WITHOUT ROWID",
    "CREATE TABLE minute (series INTEGER NOT NULL, t INTEGER NOT NULL, rtt_min REAL, "
    "rtt_median REAL, rtt_p95 REAL, rtt_max REAL, loss REAL NOT NULL, jitter REAL, bitrate REAL, "
    "sent INTEGER NOT NULL, received INTEGER NOT NULL, samples INTEGER NOT NULL, "
    "PRIMARY KEY (series, t)) WITHOUT ROWID",
    "CREATE TABLE hour (series INTEGER NOT NULL, t INTEGER NOT NULL, rtt_min REAL, "
    "rtt_median REAL, rtt_p95 REAL, rtt_max REAL, loss REAL NOT NULL, jitter REAL, bitrate REAL, "
    "sent INTEGER NOT NULL, received INTEGER NOT NULL, samples INTEGER NOT NULL, "
    "PRIMARY KEY (series, t)) WITHOUT ROWID",
};

} // namespace

HistoryStore::HistoryStore(QObject* parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }) {
    static std::atomic<int> counter{0};
    m_connection = QStringLiteral("jcc-history-%1").arg(++counter);
}

HistoryStore::~HistoryStore() {
    close();
}

QString HistoryStore::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/history.sqlite");
}

QSqlDatabase HistoryStore::db() const {
    return QSqlDatabase::database(m_connection, false);
}

bool HistoryStore::fail(StoreError::Kind kind, const QString& message, const QString& detail) {
    m_error = {kind, message, detail};
    return false;
}

bool HistoryStore::failQuery(StoreError::Kind kind, const QSqlQuery& query) {
    const QString message = kind == StoreError::Kind::QueryFailed
                                ? tr("Could not read the monitoring history %1.").arg(m_path)
                                : tr("Could not write the monitoring history %1.").arg(m_path);
    return fail(kind, message, query.lastError().text());
}

bool HistoryStore::open(const QString& path) {
    close();
    m_error = {};
    m_path = path.isEmpty() ? defaultPath() : path;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(StoreError::Kind::NoDriver,
                    tr("Monitoring history needs Qt's SQLite driver (libqt6sql6-sqlite)."), {});
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        d.setDatabaseName(m_path);
        d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (!d.open()) {
            const QString detail = d.lastError().text();
            close();
            return fail(StoreError::Kind::Unreadable,
                        tr("Could not open the monitoring history %1.").arg(m_path), detail);
        }
    }
    m_open = true;
    if (!configure() || !checkSchema()) {
        const StoreError error = m_error;
        close();
        m_error = error;
        return false;
    }
    return true;
}

void HistoryStore::close() {
    m_open = false;
    m_ids.clear();
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase d = db();
        d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool HistoryStore::configure() {
    QSqlQuery q(db());
    // The first statement that reads the file: a damaged header or a file that is not SQLite
    // fails here ("file is not a database"). The file is left as it is.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())
        return fail(StoreError::Kind::Unreadable,
                    tr("The monitoring history %1 cannot be read: it is damaged or not a "
                       "history database. It was left untouched; move it away to start a new "
                       "history.")
                        .arg(m_path),
                    q.lastError().text());
    if (!q.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return failQuery(StoreError::Kind::WriteFailed, q);
    return true;
}

bool HistoryStore::checkSchema() {
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type='table'")))
        return fail(StoreError::Kind::Unreadable,
                    tr("The monitoring history %1 cannot be read: it is damaged. It was left "
                       "untouched; move it away to start a new history.")
                        .arg(m_path),
                    q.lastError().text());
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    if (tables.isEmpty())
        return createSchema();
    if (!tables.contains(QStringLiteral("schema_version")) ||
        !q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return fail(StoreError::Kind::Unreadable,
                    tr("%1 is not a monitoring history of this console. It was left untouched.")
                        .arg(m_path),
                    q.lastError().text());
    const int version = q.value(0).toInt();
    if (version > schemaVersion)
        return fail(StoreError::Kind::NewerSchema,
                    tr("The monitoring history %1 was written by a newer console (schema %2; "
                       "this one knows %3). It was left untouched.")
                        .arg(m_path)
                        .arg(version)
                        .arg(schemaVersion),
                    {});
    return true;
}

bool HistoryStore::createSchema() {
    QSqlDatabase d = db();
    d.transaction();
    QSqlQuery q(d);
    for (const char* statement : schema)
        if (!q.exec(QString::fromLatin1(statement))) {
            d.rollback();
            return failQuery(StoreError::Kind::WriteFailed, q);
        }
    if (!q.exec(QStringLiteral("INSERT INTO schema_version VALUES (%1)").arg(schemaVersion)) ||
        !d.commit()) {
        d.rollback();
        return failQuery(StoreError::Kind::WriteFailed, q);
    }
    return true;
}

qint64 HistoryStore::seriesId(const QString& series, bool create) {
    if (auto it = m_ids.constFind(series); it != m_ids.constEnd())
        return *it;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id FROM series WHERE key = ?"));
    q.addBindValue(series);
    if (!q.exec())
        return failQuery(StoreError::Kind::QueryFailed, q), -1;
    if (q.next())
        return m_ids[series] = q.value(0).toLongLong();
    if (!create)
        return -1;
    q.prepare(QStringLiteral("INSERT INTO series (key) VALUES (?)"));
    q.addBindValue(series);
    if (!q.exec())
        return failQuery(StoreError::Kind::WriteFailed, q), -1;
    return m_ids[series] = q.lastInsertId().toLongLong();
}

bool HistoryStore::insertSample(QSqlQuery& q, qint64 id, const Sample& s) {
    for (const QVariant& v :
         {QVariant(id), QVariant(s.timeMs), real(s.rttMinMs), real(s.rttMedianMs), real(s.rttP95Ms),
          real(s.rttMaxMs), QVariant(std::isnan(s.lossRatio) ? 0 : s.lossRatio), real(s.jitterMs),
          real(s.bitrateBps), QVariant(s.packetsSent), QVariant(s.packetsReceived)})
        q.addBindValue(v);
    return q.exec() || failQuery(StoreError::Kind::WriteFailed, q);
}

bool HistoryStore::record(const QString& series, const Sample& sample) {
    return recordRound({SeriesSample{series, sample}});
}

bool HistoryStore::recordRound(const QList<SeriesSample>& round) {
    if (!m_open)
        return false;
    QSqlDatabase d = db();
    if (!d.transaction())
        return fail(StoreError::Kind::WriteFailed,
                    tr("Could not write the monitoring history %1.").arg(m_path),
                    d.lastError().text());
    // Prepared once per round, not once per sample.
    QSqlQuery insert(d), until(d);
    insert.prepare(QStringLiteral("INSERT OR REPLACE INTO raw VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    until.prepare(QStringLiteral("SELECT aggregated_until FROM series WHERE id = ?"));
    for (const SeriesSample& s : round) {
        const qint64 id = seriesId(s.series, true);
        if (id < 0 || !insertSample(insert, id, s.sample) ||
            !reaggregateIfLate(until, id, s.sample.timeMs)) {
            d.rollback();
            m_ids.clear(); // a series created in the rolled-back transaction is gone again
            return false;
        }
    }
    if (!d.commit()) {
        const QString detail = d.lastError().text();
        d.rollback();
        m_ids.clear();
        return fail(StoreError::Kind::WriteFailed,
                    tr("Could not write the monitoring history %1.").arg(m_path), detail);
    }
    m_error = {};
    if (m_autoMaintain)
        autoMaintain();
    Q_EMIT roundRecorded(round.isEmpty() ? now() : round.last().sample.timeMs);
    return true;
}

void HistoryStore::autoMaintain() {
    // Once a minute a pass over every series starts; each round takes the next slice of it, so
    // 150 series cost a few ms per round instead of one long step once a minute.
    const qint64 minute = minuteOf(now());
    if (minute != m_lastMaintainMinute) {
        m_lastMaintainMinute = minute;
        m_passLeft = std::numeric_limits<int>::max();
    }
    if (m_passLeft <= 0)
        return;
    maintain(60, 3600 * 1000, maintainSlice);
    m_passLeft = std::min(m_passLeft, m_seriesTotal) - maintainSlice;
}

bool HistoryStore::reaggregateIfLate(QSqlQuery& q, qint64 id, qint64 timeMs) {
    // A sample for a minute that is already aggregated (a late round, a clock step): that
    // minute is aggregated again, so the two tables agree.
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return failQuery(StoreError::Kind::QueryFailed, q);
    const QVariant until = q.value(0);
    q.finish();
    if (until.isNull() || timeMs >= until.toLongLong())
        return true;
    const qint64 minute = minuteOf(timeMs);
    return aggregateMinutes(id, minute, minute + minuteMs);
}

qint64 HistoryStore::sizeOnDisk() const {
    return QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
}

bool HistoryStore::checkpoint() {
    QSqlQuery q(db());
    return q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) ||
           failQuery(StoreError::Kind::WriteFailed, q);
}

} // namespace history
