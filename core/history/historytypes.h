#pragma once

#include <QList>
#include <QString>
#include <QtNumeric>

namespace history {

/// What one probe round measured for one series. A figure that was not measured is NaN (no
/// packet came back: no RTT; no media tap: no bitrate).
struct Sample {
    qint64 timeMs = 0; ///< when the round ended, ms since the epoch (UTC)
    double rttMinMs = qQNaN();
    double rttMedianMs = qQNaN();
    double rttP95Ms = qQNaN();
    double rttMaxMs = qQNaN();
    double lossRatio = 0; ///< 0 … 1
    double jitterMs = qQNaN();
    double bitrateBps = qQNaN(); ///< media bitrate; NaN when the round had no media tap
    qint64 packetsSent = 0;
    qint64 packetsReceived = 0;
};

/// A stored row: one sample (raw), or one minute's aggregate, or one downsampled bucket.
struct Row : Sample {
    int samples = 1; ///< how many raw samples the row stands for
};

/// One series' sample in a round (HistoryStore::recordRound).
struct SeriesSample {
    QString series;
    Sample sample;
};

enum class Resolution {
    Auto,   ///< raw rows for short ranges inside the raw retention, Minute up to 8 days, else Hour
    Raw,    ///< the samples as recorded
    Minute, ///< one aggregate per series and minute
    Hour,   ///< one rollup of the minutes per series and hour (for weeks, or many series)
};

/// Series keys: a kind and an id. The key is stored as written; these build the usual ones.
namespace key {
inline QString node(const QString& id) {
    return QStringLiteral("node:") + id;
}
inline QString link(const QString& id) {
    return QStringLiteral("link:") + id;
}
/// The probe path from node `from` to node `to`.
inline QString path(const QString& from, const QString& to) {
    return QStringLiteral("path:") + from + QLatin1Char('>') + to;
}
} // namespace key

/// How long rows are kept.
struct Retention {
    qint64 rawMs = 48LL * 3600 * 1000; ///< raw samples: 48 h
    qint64 minuteMs =
        30LL * 24 * 3600 * 1000; ///< 1-minute aggregates (and hourly rollups): 30 days
};

/// Why the store cannot be used.
struct StoreError {
    enum class Kind {
        None,
        Unreadable,  ///< cannot be opened, or is not an SQLite database (corrupt)
        NewerSchema, ///< written by a newer console; left untouched
        WriteFailed, ///< a write or a transaction failed (disk full, read-only, …)
        QueryFailed, ///< a read failed
        NoDriver,    ///< Qt's SQLite driver (libqt6sql6-sqlite) is missing
    };
    Kind kind = Kind::None;
    QString message; ///< a sentence for the user (translated)
    QString detail;  ///< the driver's own words
    explicit operator bool() const { return kind != Kind::None; }
};

} // namespace history
