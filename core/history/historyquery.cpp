// HistoryStore: aggregation, pruning, queries and CSV export.
#include "historyaggregate.h"
#include "historystore.h"

#include <QDateTime>
#include <QIODevice>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>
#include <limits>

namespace history {

namespace {

constexpr qint64 minuteMs = 60 * 1000;

/// t rounded down to a multiple of span (negative times too).
qint64 floorTo(qint64 t, qint64 span) {
    return t - ((t % span) + span) % span;
}

qint64 minuteOf(qint64 t) {
    return floorTo(t, minuteMs);
}

QVariant real(double v) {
    return std::isnan(v) ? QVariant() : QVariant(v);
}

double realOf(const QVariant& v) {
    return v.isNull() ? qQNaN() : v.toDouble();
}

QString number(double v) {
    return std::isnan(v) ? QString() : QString::number(v, 'g', 12);
}

QString csvField(const QString& text) {
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

constexpr const char* columns =
    "t, rtt_min, rtt_median, rtt_p95, rtt_max, loss, jitter, bitrate, sent, received";

} // namespace

QList<Row> HistoryStore::readRows(QSqlQuery& q) {
    QList<Row> rows;
    while (q.next()) {
        Row r;
        r.timeMs = q.value(0).toLongLong();
        r.rttMinMs = realOf(q.value(1));
        r.rttMedianMs = realOf(q.value(2));
        r.rttP95Ms = realOf(q.value(3));
        r.rttMaxMs = realOf(q.value(4));
        r.lossRatio = q.value(5).toDouble();
        r.jitterMs = realOf(q.value(6));
        r.bitrateBps = realOf(q.value(7));
        r.packetsSent = q.value(8).toLongLong();
        r.packetsReceived = q.value(9).toLongLong();
        r.samples = q.value(10).toInt();
        rows << r;
    }
    return rows;
}

bool HistoryStore::aggregateMinutes(qint64 id, qint64 fromMs, qint64 toMs) {
    // The hours these minutes fall in are rolled up from their minutes (an hour still going is
    // rolled up again as its minutes come).
    constexpr qint64 hourMs = 60 * minuteMs;
    return summarize(id, "raw", "1", "minute", minuteMs, fromMs, toMs) &&
           summarize(id, "minute", "samples", "hour", hourMs, floorTo(fromMs, hourMs), toMs);
}

bool HistoryStore::summarize(qint64 id, const char* from, const char* samples, const char* into,
                             qint64 bucketMs, qint64 fromMs, qint64 toMs) {
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, %2 FROM %3 WHERE series = ? AND t >= ? AND t < ? "
                             "ORDER BY t")
                  .arg(QLatin1String(columns), QLatin1String(samples), QLatin1String(from)));
    q.addBindValue(id);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return failQuery(StoreError::Kind::QueryFailed, q);
    const QList<Row> rows = readRows(q);
    QSqlQuery insert(db());
    insert.prepare(QStringLiteral("INSERT OR REPLACE INTO %1 VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
                       .arg(QLatin1String(into)));
    for (qsizetype i = 0; i < rows.size();) {
        const qint64 bucket = floorTo(rows[i].timeMs, bucketMs);
        qsizetype end = i;
        while (end < rows.size() && rows[end].timeMs < bucket + bucketMs)
            ++end;
        const Row a = aggregate(bucket, rows.mid(i, end - i));
        i = end;
        for (const QVariant& v :
             {QVariant(id), QVariant(a.timeMs), real(a.rttMinMs), real(a.rttMedianMs),
              real(a.rttP95Ms), real(a.rttMaxMs), QVariant(a.lossRatio), real(a.jitterMs),
              real(a.bitrateBps), QVariant(a.packetsSent), QVariant(a.packetsReceived),
              QVariant(a.samples)})
            insert.addBindValue(v);
        if (!insert.exec())
            return failQuery(StoreError::Kind::WriteFailed, insert);
    }
    return true;
}

bool HistoryStore::aggregateStep(qint64 id, int minutes, bool* more, qint64* until) {
    // Minutes that ended by now are closed; a later sample for one of them re-aggregates it
    // (reaggregateIfLate).
    const qint64 closed = minuteOf(now());
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT aggregated_until FROM series WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return failQuery(StoreError::Kind::QueryFailed, q);
    *until = q.value(0).isNull() ? std::numeric_limits<qint64>::min() : q.value(0).toLongLong();
    q.prepare(QStringLiteral("SELECT MIN(t) FROM raw WHERE series = ? AND t >= ?"));
    q.addBindValue(id);
    q.addBindValue(*until);
    if (!q.exec() || !q.next())
        return failQuery(StoreError::Kind::QueryFailed, q);
    qint64 to = closed;
    if (!q.value(0).isNull() && q.value(0).toLongLong() < closed) {
        const qint64 from = minuteOf(q.value(0).toLongLong());
        to = std::min(closed, from + minutes * minuteMs);
        if (!aggregateMinutes(id, from, to))
            return false;
        *more = *more || to < closed;
    }
    if (to <= *until)
        return true;
    *until = to;
    q.prepare(QStringLiteral("UPDATE series SET aggregated_until = ? WHERE id = ?"));
    q.addBindValue(to);
    q.addBindValue(id);
    return q.exec() || failQuery(StoreError::Kind::WriteFailed, q);
}

bool HistoryStore::pruneStep(qint64 id, const char* table, qint64 cutoffMs, qint64 spanMs,
                             bool* more) {
    // At most `spanMs` of the oldest rows go per step: after a week switched off, the first
    // rounds catch up an hour at a time instead of one long delete.
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT MIN(t) FROM %1 WHERE series = ?").arg(QLatin1String(table)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return failQuery(StoreError::Kind::QueryFailed, q);
    if (q.value(0).isNull() || q.value(0).toLongLong() >= cutoffMs)
        return true;
    const qint64 end = std::min(cutoffMs, q.value(0).toLongLong() + spanMs);
    q.prepare(
        QStringLiteral("DELETE FROM %1 WHERE series = ? AND t < ?").arg(QLatin1String(table)));
    q.addBindValue(id);
    q.addBindValue(end);
    if (!q.exec())
        return failQuery(StoreError::Kind::WriteFailed, q);
    *more = *more || end < cutoffMs;
    return true;
}

bool HistoryStore::maintain(int minutes, qint64 pruneSpanMs, int maxSeries) {
    if (!m_open)
        return false;
    QSqlDatabase d = db();
    d.transaction();
    QSqlQuery q(d);
    QList<qint64> all, series;
    if (q.exec(QStringLiteral("SELECT id FROM series ORDER BY id")))
        while (q.next())
            all << q.value(0).toLongLong();
    m_seriesTotal = int(all.size());
    if (maxSeries <= 0 || maxSeries >= all.size()) {
        series = all;
    } else { // the next slice, round robin
        for (int i = 0; i < maxSeries; ++i)
            series << all[(m_cursor + i) % all.size()];
        m_cursor = (m_cursor + maxSeries) % int(all.size());
    }
    bool more = false;
    const qint64 t = now();
    for (const qint64 id : std::as_const(series)) {
        qint64 aggregated = 0;
        bool ok = aggregateStep(id, minutes, &more, &aggregated);
        // Raw rows go only once aggregated: a long pause never loses a minute's aggregate.
        ok = ok &&
             pruneStep(id, "raw", std::min(t - m_retention.rawMs, aggregated), pruneSpanMs, &more);
        ok = ok && pruneStep(id, "minute", t - m_retention.minuteMs, pruneSpanMs, &more);
        ok = ok && pruneStep(id, "hour", t - m_retention.minuteMs, 24 * pruneSpanMs, &more);
        if (!ok) {
            d.rollback();
            return false;
        }
    }
    if (!d.commit()) {
        d.rollback();
        return fail(StoreError::Kind::WriteFailed, d.lastError().text(), {});
    }
    return more;
}

Resolution HistoryStore::resolve(Resolution resolution, qint64 fromMs, qint64 toMs) const {
    if (resolution != Resolution::Auto)
        return resolution;
    const bool rawKept = fromMs >= now() - m_retention.rawMs;
    if (rawKept && toMs - fromMs <= m_autoRawSpan)
        return Resolution::Raw;
    return toMs - fromMs <= m_autoMinuteSpan ? Resolution::Minute : Resolution::Hour;
}

QList<Row> HistoryStore::query(const QString& series, qint64 fromMs, qint64 toMs,
                               Resolution resolution, int maxPoints) {
    if (!m_open || toMs <= fromMs)
        return {};
    const qint64 id = seriesId(series, false);
    if (id < 0)
        return {};
    const Resolution r = resolve(resolution, fromMs, toMs);
    const bool raw = r == Resolution::Raw;
    const QLatin1String table(raw ? "raw" : r == Resolution::Minute ? "minute" : "hour");
    const QLatin1String samples(raw ? "1" : "samples");
    QSqlQuery q(db());
    q.setForwardOnly(true);
    const qint64 bucket = maxPoints > 0 ? (toMs - fromMs + maxPoints - 1) / maxPoints : 0;
    // Aggregates no wider than a bucket: each row is its own bucket already.
    const qint64 step = r == Resolution::Minute ? 60'000 : r == Resolution::Hour ? 3'600'000 : 0;
    if (bucket > step) {
        // One row per bucket of the graph's width, merged in SQLite: the widget never sees
        // the week's 10,080 minutes of a series.
        q.prepare(QStringLiteral("SELECT MIN(t), MIN(rtt_min), AVG(rtt_median), MAX(rtt_p95), "
                                 "MAX(rtt_max), AVG(loss), AVG(jitter), AVG(bitrate), SUM(sent), "
                                 "SUM(received), SUM(%2) FROM %1 WHERE series = ? AND t >= ? AND "
                                 "t < ? GROUP BY (t - %3) / %4 ORDER BY 1")
                      .arg(table, samples)
                      .arg(fromMs)
                      .arg(bucket));
    } else {
        q.prepare(QStringLiteral("SELECT %1, %2 FROM %3 WHERE series = ? AND t >= ? AND t < ? "
                                 "ORDER BY t")
                      .arg(QLatin1String(columns), samples, table));
    }
    q.addBindValue(id);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec()) {
        failQuery(StoreError::Kind::QueryFailed, q);
        return {};
    }
    return readRows(q);
}

QStringList HistoryStore::seriesList() {
    QStringList list;
    if (!m_open)
        return list;
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT key FROM series s WHERE EXISTS (SELECT 1 FROM raw WHERE "
                               "series = s.id) OR EXISTS (SELECT 1 FROM minute WHERE series = "
                               "s.id) ORDER BY key"))) {
        failQuery(StoreError::Kind::QueryFailed, q);
        return list;
    }
    while (q.next())
        list << q.value(0).toString();
    return list;
}

bool HistoryStore::exportCsv(const QString& series, qint64 fromMs, qint64 toMs,
                             Resolution resolution, QIODevice* out) {
    return exportCsv(QStringList{series}, fromMs, toMs, resolution, out);
}

bool HistoryStore::exportCsv(const QStringList& series, qint64 fromMs, qint64 toMs,
                             Resolution resolution, QIODevice* out) {
    if (!m_open || !out)
        return false;
    m_error = {};
    const Resolution r = resolve(resolution, fromMs, toMs);
    const QString name = r == Resolution::Raw      ? QStringLiteral("raw")
                         : r == Resolution::Minute ? QStringLiteral("1min")
                                                   : QStringLiteral("1h");
    QByteArray text = "series,time_utc,time_ms,resolution,samples,rtt_min_ms,rtt_median_ms,"
                      "rtt_p95_ms,rtt_max_ms,loss_ratio,jitter_ms,bitrate_bps,packets_sent,"
                      "packets_received\n";
    for (const QString& s : series) {
        const QList<Row> rows = query(s, fromMs, toMs, r);
        if (m_error)
            return false;
        for (const Row& row : rows) {
            const QString time =
                QDateTime::fromMSecsSinceEpoch(row.timeMs, Qt::UTC).toString(Qt::ISODateWithMs);
            const QStringList fields = {csvField(s),
                                        time,
                                        QString::number(row.timeMs),
                                        name,
                                        QString::number(row.samples),
                                        number(row.rttMinMs),
                                        number(row.rttMedianMs),
                                        number(row.rttP95Ms),
                                        number(row.rttMaxMs),
                                        number(row.lossRatio),
                                        number(row.jitterMs),
                                        number(row.bitrateBps),
                                        QString::number(row.packetsSent),
                                        QString::number(row.packetsReceived)};
            text += fields.join(QLatin1Char(',')).toUtf8() + '\n';
        }
    }
    if (out->write(text) != text.size())
        return fail(StoreError::Kind::WriteFailed, out->errorString(), {});
    return true;
}

} // namespace history
