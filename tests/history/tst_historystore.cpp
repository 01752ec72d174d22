// HistoryStore: what goes in comes out (raw, aggregated, downsampled), retention keeps to its
// boundaries under an injected clock, CSV says what the rows say, a damaged or foreign file is
// refused with a clear error and left untouched, and a writer killed with SIGKILL mid-round
// leaves a database that checks "ok", holds every committed round but at most the last, and
// takes more rounds.
#include "history/historyaggregate.h"
#include "history/historystore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace history;

namespace {

constexpr qint64 minute = 60'000;
constexpr qint64 hour = 60 * minute;
// 2026-12-01 00:00:00 UTC: minute-aligned, so the tests' minutes are easy to read.
constexpr qint64 t0 = 1'796'083'200'000;

Sample sample(qint64 t, double median, double loss = 0, qint64 sent = 50) {
    Sample s;
    s.timeMs = t;
    s.rttMinMs = median - 1;
    s.rttMedianMs = median;
    s.rttP95Ms = median + 2;
    s.rttMaxMs = median + 5;
    s.lossRatio = loss;
    s.jitterMs = median / 10;
    s.packetsSent = sent;
    s.packetsReceived = qint64(std::lround(double(sent) * (1 - loss)));
    return s;
}

/// The writer child: rounds of 20 series, one second apart from `base` (now: the store's
/// retention keeps them), one commit each, each announced on stdout after its commit.
/// Bounded: 200,000 rounds or 60 s.
int runWriter(const QString& path, qint64 base) {
    HistoryStore store;
    if (!store.open(path))
        return 2;
    QFile out;
    out.open(1, QIODevice::WriteOnly | QIODevice::Unbuffered); // fd 1: no stdio buffer
    QElapsedTimer clock;
    clock.start();
    for (qint64 i = 0; i < 200'000 && clock.elapsed() < 60'000; ++i) {
        QList<SeriesSample> round;
        for (int s = 0; s < 20; ++s)
            round.append({key::link(QString::number(s)), sample(base + i * 1000, 10, 0, i)});
        if (!store.recordRound(round))
            return 3;
        out.write(QByteArray::number(i) + '\n');
    }
    return 0;
}

} // namespace

class TestHistoryStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    qint64 m_now = t0;

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    void openAt(HistoryStore& store, const char* name) {
        store.setClock([this] { return m_now; });
        QVERIFY2(store.open(path(name)), qPrintable(store.error().message));
    }

private Q_SLOTS:
    void init() { m_now = t0; }

    void recordsAndQueriesRaw() {
        HistoryStore store;
        openAt(store, "raw.sqlite");
        Sample lost = sample(t0 + 2000, 0, 1.0);
        lost.rttMinMs = lost.rttMedianMs = lost.rttP95Ms = lost.rttMaxMs = qQNaN();
        lost.jitterMs = qQNaN();
        Sample withMedia = sample(t0 + 1000, 12.5);
        withMedia.bitrateBps = 512'000;
        QVERIFY(store.recordRound({{key::node(QStringLiteral("a")), sample(t0, 10)},
                                   {key::path(QStringLiteral("a"), QStringLiteral("b")), lost}}));
        QVERIFY(store.record(key::node(QStringLiteral("a")), withMedia));
        QCOMPARE(store.seriesList(),
                 QStringList({QStringLiteral("node:a"), QStringLiteral("path:a>b")}));
        const QList<Row> rows =
            store.query(QStringLiteral("node:a"), t0, t0 + minute, Resolution::Raw);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].timeMs, t0);
        QCOMPARE(rows[0].rttMedianMs, 10.0);
        QCOMPARE(rows[0].rttP95Ms, 12.0);
        QVERIFY(std::isnan(rows[0].bitrateBps));
        QCOMPARE(rows[1].bitrateBps, 512'000.0);
        QCOMPARE(rows[1].packetsReceived, 50);
        const QList<Row> gone = store.query(QStringLiteral("path:a>b"), t0, t0 + minute);
        QCOMPARE(gone.size(), 1);
        QVERIFY(std::isnan(gone[0].rttMedianMs));
        QCOMPARE(gone[0].lossRatio, 1.0);
        // The range is half-open: a row at `to` is not in it.
        QCOMPARE(store.query(QStringLiteral("node:a"), t0, t0 + 1000, Resolution::Raw).size(), 1);
        QVERIFY(store.query(QStringLiteral("node:zz"), t0, t0 + minute).isEmpty());
    }

    void aggregatesMinutes() {
        HistoryStore store;
        openAt(store, "agg.sqlite");
        store.setAutoMaintain(false);
        const QString s = key::link(QStringLiteral("a-to-b"));
        // Minute 0: six samples every 10 s, medians 10..15, loss on two of them.
        const double medians[] = {14, 10, 11, 15, 13, 12};
        const double losses[] = {0, 0.1, 0, 0, 0.02, 0};
        const qint64 sent[] = {50, 50, 100, 50, 50, 50};
        QList<Row> expected;
        for (int i = 0; i < 6; ++i) {
            m_now = t0 + i * 10'000;
            QVERIFY(store.record(s, sample(m_now, medians[i], losses[i], sent[i])));
            Row r;
            static_cast<Sample&>(r) = sample(m_now, medians[i], losses[i], sent[i]);
            expected << r;
        }
        m_now = t0 + minute + 5000; // minute 0 closed; one sample in the open minute 1
        QVERIFY(store.record(s, sample(m_now, 40)));
        QVERIFY(!store.maintain());
        QList<Row> rows = store.query(s, t0, t0 + 2 * minute, Resolution::Minute);
        QCOMPARE(rows.size(), 1); // minute 1 is still open
        const Row& a = rows[0];
        QCOMPARE(a.timeMs, t0);
        QCOMPARE(a.samples, 6);
        QCOMPARE(a.rttMinMs, 9.0);
        QCOMPARE(a.rttMedianMs, 12.5); // (12 + 13) / 2
        QCOMPARE(a.rttP95Ms, 17.0);    // the largest p95
        QCOMPARE(a.rttMaxMs, 20.0);
        // Loss weighted by packets sent: (0.1 × 50 + 0.02 × 50) / 350.
        QVERIFY(std::abs(a.lossRatio - 6.0 / 350) < 1e-12);
        QCOMPARE(a.jitterMs, 1.25);
        QCOMPARE(a.packetsSent, 350);
        QCOMPARE(a.packetsReceived, 50 + 45 + 100 + 50 + 49 + 50);
        // The hour's rollup of its (one) minute says the same.
        const QList<Row> hours = store.query(s, t0, t0 + minute, Resolution::Hour);
        QCOMPARE(hours.size(), 1);
        QCOMPARE(hours[0].samples, 6);
        QCOMPARE(hours[0].rttMedianMs, 12.5);
        QCOMPARE(hours[0].lossRatio, a.lossRatio);
        const Row pure = aggregate(t0, expected);
        QCOMPARE(pure.rttMedianMs, a.rttMedianMs);
        QCOMPARE(pure.lossRatio, a.lossRatio);

        // A late sample for the aggregated minute 0 re-aggregates it.
        QVERIFY(store.record(s, sample(t0 + 55'000, 100)));
        rows = store.query(s, t0, t0 + minute, Resolution::Minute);
        QCOMPARE(rows[0].samples, 7);
        QCOMPARE(rows[0].rttMedianMs, 13.0);
        QCOMPARE(rows[0].rttMaxMs, 105.0);
        QCOMPARE(store.query(s, t0, t0 + minute, Resolution::Hour)[0].samples, 7);
    }

    void picksResolutionAndDownsamples() {
        HistoryStore store;
        openAt(store, "auto.sqlite");
        store.setAutoMaintain(false);
        const QString s = key::node(QStringLiteral("a"));
        for (int i = 0; i < 120; ++i) // two hours, one sample a minute
            QVERIFY(store.record(s, sample(t0 + i * minute + 30'000, 10 + i % 7)));
        m_now = t0 + 2 * hour;
        while (store.maintain(30)) {
        }
        QCOMPARE(store.resolve(Resolution::Auto, t0, t0 + hour), Resolution::Raw);
        QCOMPARE(store.resolve(Resolution::Auto, t0, t0 + 7 * hour), Resolution::Minute);
        QCOMPARE(store.resolve(Resolution::Auto, t0, t0 + 9 * 24 * hour), Resolution::Hour);
        // Hourly rollups of two hours of minutes: median of the medians, all samples counted.
        const QList<Row> hours = store.query(s, t0, t0 + 2 * hour, Resolution::Hour);
        QCOMPARE(hours.size(), 2);
        QCOMPARE(hours[0].samples + hours[1].samples, 120);
        QCOMPARE(hours[0].timeMs, t0);
        QCOMPARE(hours[0].rttMinMs, 9.0);
        QCOMPARE(hours[0].rttMaxMs, 21.0);
        m_now = t0 + 49 * hour; // the range has left the raw retention
        QCOMPARE(store.resolve(Resolution::Auto, t0, t0 + hour), Resolution::Minute);
        m_now = t0 + 2 * hour;
        QCOMPARE(store.query(s, t0, t0 + 2 * hour, Resolution::Minute).size(), 120);
        const QList<Row> ten = store.query(s, t0, t0 + 2 * hour, Resolution::Raw, 10);
        QCOMPARE(ten.size(), 10);
        int samples = 0;
        for (const Row& r : ten) {
            samples += r.samples;
            QVERIFY(r.rttP95Ms >= r.rttMedianMs);
        }
        QCOMPARE(samples, 120);
        QCOMPARE(ten[0].rttMaxMs, 16.0 + 5); // medians 10..16: the first 12 minutes reach 16
    }

    void keepsToRetention() {
        HistoryStore store;
        openAt(store, "retention.sqlite");
        store.setRetention({hour, 3 * hour});
        const QString s = key::link(QStringLiteral("x"));
        // Five hours, one sample a minute at the minute's start, recorded as time goes by:
        // pruning and aggregation run in small steps each minute.
        for (int i = 0; i < 300; ++i) {
            m_now = t0 + i * minute;
            QVERIFY(store.record(s, sample(m_now, 20)));
        }
        m_now = t0 + 5 * hour;
        while (store.maintain()) {
        }
        const QList<Row> raw = store.query(s, 0, m_now + hour, Resolution::Raw);
        QVERIFY(!raw.isEmpty());
        // Rows at exactly now − retention stay; one ms older go.
        QCOMPARE(raw.first().timeMs, m_now - hour);
        QCOMPARE(raw.last().timeMs, t0 + 299 * minute);
        const QList<Row> minutes = store.query(s, 0, m_now + hour, Resolution::Minute);
        QCOMPARE(minutes.first().timeMs, m_now - 3 * hour);
        QCOMPARE(minutes.last().timeMs, t0 + 299 * minute); // the last minute ended at now
        QCOMPARE(minutes.size(), 180);
        // Hourly rollups keep to the 1-minute retention: hours 2, 3 and 4 are left.
        QCOMPARE(store.query(s, 0, m_now + hour, Resolution::Hour).size(), 3);
        m_now += 1; // one ms later the oldest row of each table is due
        while (store.maintain()) {
        }
        QCOMPARE(store.query(s, 0, m_now, Resolution::Raw).first().timeMs,
                 m_now - 1 - hour + minute);
        QCOMPARE(store.query(s, 0, m_now, Resolution::Minute).size(), 179);
        QCOMPARE(store.query(s, 0, m_now, Resolution::Hour).first().timeMs, t0 + 3 * hour);
    }

    void neverPrunesWhatIsNotAggregated() {
        HistoryStore store;
        openAt(store, "pause.sqlite");
        store.setAutoMaintain(false);
        const QString s = key::node(QStringLiteral("b"));
        for (int i = 0; i < 180; ++i)
            QVERIFY(store.record(s, sample(t0 + i * minute, 5)));
        m_now = t0 + 72 * hour;      // a long pause: all raw rows are past their 48 h
        QVERIFY(store.maintain(60)); // one bounded step: work is left
        QCOMPARE(store.query(s, 0, m_now, Resolution::Minute).size(), 60);
        QCOMPARE(store.query(s, 0, m_now, Resolution::Raw).size(), 120);
        while (store.maintain(60)) {
        }
        QCOMPARE(store.query(s, 0, m_now, Resolution::Minute).size(), 180);
        QVERIFY(store.query(s, 0, m_now, Resolution::Raw).isEmpty());
        QCOMPARE(store.seriesList(), QStringList{s});
    }

    void exportsCsv() {
        HistoryStore store;
        openAt(store, "csv.sqlite");
        Sample a = sample(t0, 10.5, 0.04, 50);
        a.bitrateBps = 1.5e6;
        Sample b = sample(t0 + 10'000, 0, 1, 50);
        b.rttMinMs = b.rttMedianMs = b.rttP95Ms = b.rttMaxMs = b.jitterMs = qQNaN();
        QVERIFY(store.recordRound({{QStringLiteral("link:a,b"), a}}));
        QVERIFY(store.recordRound({{QStringLiteral("link:a,b"), b}}));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(
            store.exportCsv(QStringLiteral("link:a,b"), t0, t0 + minute, Resolution::Raw, &buffer));
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, the empty rest after the last newline
        QCOMPARE(lines[0], QByteArray("series,time_utc,time_ms,resolution,samples,rtt_min_ms,"
                                      "rtt_median_ms,rtt_p95_ms,rtt_max_ms,loss_ratio,jitter_ms,"
                                      "bitrate_bps,packets_sent,packets_received"));
        QCOMPARE(lines[1], QByteArray("\"link:a,b\",2026-12-01T00:00:00.000Z,1796083200000,raw,1,"
                                      "9.5,10.5,12.5,15.5,0.04,1.05,1500000,50,48"));
        QCOMPARE(lines[2], QByteArray("\"link:a,b\",2026-12-01T00:00:10.000Z,1796083210000,raw,1,"
                                      ",,,,1,,,50,0"));
        QVERIFY(lines[3].isEmpty());
    }

    void refusesDamagedFilesAndLeavesThem() {
        // Not SQLite at all.
        const QString garbage = path("garbage.sqlite");
        QByteArray bytes(8192, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919) % 251);
        {
            QFile f(garbage);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        HistoryStore store;
        QVERIFY(!store.open(garbage));
        QCOMPARE(store.error().kind, StoreError::Kind::Unreadable);
        QVERIFY2(store.error().message.contains(garbage), qPrintable(store.error().message));
        QVERIFY(store.error().message.contains(QStringLiteral("left untouched")));
        QVERIFY(!store.isOpen());
        QVERIFY(!store.record(QStringLiteral("node:a"), sample(t0, 1)));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);

        // A good history whose pages were overwritten in the middle.
        const QString damaged = path("damaged.sqlite");
        {
            HistoryStore good;
            openAt(good, "damaged.sqlite");
            for (int i = 0; i < 2000; ++i)
                QVERIFY(good.record(QStringLiteral("node:a"), sample(t0 + i * 1000, 3)));
            QVERIFY(good.checkpoint());
        }
        {
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(0);
            file.write(QByteArray(100, 'x')); // the header
        }
        QVERIFY(!store.open(damaged));
        QCOMPARE(store.error().kind, StoreError::Kind::Unreadable);
        QVERIFY(QFile::exists(damaged));
        QVERIFY(QFileInfo(damaged).size() > 8192);
    }

    void refusesForeignAndNewerFiles() {
        const QString foreign = path("foreign.sqlite");
        const QString newer = path("newer.sqlite");
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("f"));
            db.setDatabaseName(foreign);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE notes (x TEXT)")));
            db.setDatabaseName(newer);
            db.close();
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (99)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("f"));
        HistoryStore store;
        QVERIFY(!store.open(foreign));
        QCOMPARE(store.error().kind, StoreError::Kind::Unreadable);
        QVERIFY(store.error().message.contains(QStringLiteral("not a monitoring history")));
        QVERIFY(!store.open(newer));
        QCOMPARE(store.error().kind, StoreError::Kind::NewerSchema);
        QVERIFY(store.error().message.contains(QStringLiteral("newer console")));
        // A good one opens with the same object afterwards.
        QVERIFY(store.open(path("fresh.sqlite")));
        QVERIFY(!store.error());
    }

    void survivesKillMidWrite() {
        const QString db = path("killed.sqlite");
        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const qint64 base = QDateTime::currentMSecsSinceEpoch();
        writer.start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--writer"), db, QString::number(base)});
        QVERIFY(writer.waitForStarted());
        QByteArray output;
        // Bounded: until 300 rounds were announced, or 30 s.
        QElapsedTimer waited;
        waited.start();
        while (output.count('\n') < 300 && waited.elapsed() < 30'000) {
            writer.waitForReadyRead(1000);
            output += writer.readAllStandardOutput();
        }
        writer.kill(); // SIGKILL on Unix, in the middle of the rounds
        QVERIFY(writer.waitForFinished(5000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        output += writer.readAllStandardOutput();
        const QList<QByteArray> lines = output.trimmed().split('\n');
        const qint64 announced = lines.last().toLongLong() + 1; // rounds committed and said so
        QVERIFY2(announced >= 300, output.right(200).constData());
        {
            QSqlDatabase d =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            d.setDatabaseName(db);
            QVERIFY(d.open());
            QSqlQuery q(d);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            // Every round is whole: 20 rows per time, no round half-written.
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT t), MAX(t) FROM raw")));
            QVERIFY(q.next());
            const qint64 rounds = q.value(1).toLongLong();
            QCOMPARE(q.value(0).toLongLong(), rounds * 20);
            QCOMPARE(q.value(2).toLongLong(), base + (rounds - 1) * 1000);
            // At most the last round is lost (here: none that was announced; one more may
            // have committed before its line was written).
            qInfo() << "announced" << announced << "stored" << rounds;
            QVERIFY(rounds >= announced - 1);
            QVERIFY(rounds <= announced + 1);
            d.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        HistoryStore store;
        QVERIFY2(store.open(db), qPrintable(store.error().message));
        const qint64 later = base + 10'000'000;
        QVERIFY(store.record(key::link(QStringLiteral("0")), sample(later, 7)));
        const QList<Row> after =
            store.query(key::link(QStringLiteral("0")), later, later + 1, Resolution::Raw);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after[0].rttMedianMs, 7.0);
    }
};

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--writer") == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());
    TestHistoryStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_historystore.moc"
