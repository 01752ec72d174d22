// History benchmark (issue 14): prints Markdown tables, asserts nothing.
//   build/tests/bench/bench_history          # L (load and draw) and G (growth)
//   build/tests/bench/bench_history L        # only L
//   build/tests/bench/bench_history L /tmp/h # keep the databases in /tmp/h; L reuses its week
//  L  7 days of 1-minute history for 150 series (recorded at one sample a minute, aggregated
//     and pruned by the store itself: 48 h of raw rows stay), then the 7 d range drawn by the
//     GUI's own HistoryChart at 1400×900 under the offscreen platform: the store's query for
//     the visible range downsampled to the plot's width, the series handed to Qt Charts, and
//     the widget painted (grab()). For one series, and for all 150 in one chart.
//  G  one day of 150 series probed every 10 s, recorded round by round as the monitor would
//     (the store's own per-minute maintenance included): bytes on disk per day, raw rows and
//     1-minute aggregates apart (SQLite's dbstat), and what a round costs to write.
#include "history/historystore.h"
#include "historychart.h"
#include "historyview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QToolButton>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

using namespace history;

namespace {

constexpr qint64 minute = 60'000;
constexpr qint64 day = 24 * 60 * minute;
constexpr int seriesCount = 150;
constexpr double goalDrawMs = 100;
constexpr int runs = 5;
// 2026-12-07 00:00 UTC.
constexpr qint64 end = 1'796'601'600'000;

QString name(int i) {
    return key::link(QStringLiteral("l%1").arg(i, 3, 10, QLatin1Char('0')));
}

Sample sample(qint64 t, int i) {
    Sample s;
    s.timeMs = t;
    const double wave = 5 * std::sin(double(t % day) / double(day) * 2 * M_PI + i);
    s.rttMedianMs = 20 + i % 30 + wave + double((t / 1000 + i * 7) % 13) / 10;
    s.rttMinMs = s.rttMedianMs - 1.5;
    s.rttP95Ms = s.rttMedianMs + 3 + double((t / 1000 + i) % 7);
    s.rttMaxMs = s.rttP95Ms + 4;
    s.jitterMs = 0.8 + double((t / 1000) % 5) / 10;
    s.lossRatio = (t / minute + i) % 97 == 0 ? 0.04 : 0;
    s.packetsSent = 50;
    s.packetsReceived = s.lossRatio > 0 ? 48 : 50;
    return s;
}

/// CPU time of this thread, ms: the figures' share that other load on the machine does not
/// inflate.
double cpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

/// Records rounds of all series every `stepMs` over [from, to), the clock following.
void fill(HistoryStore& store, qint64& now, qint64 from, qint64 to, qint64 stepMs,
          std::vector<double>* roundMs = nullptr) {
    QElapsedTimer timer;
    for (qint64 t = from; t < to; t += stepMs) {
        QList<SeriesSample> round;
        round.reserve(seriesCount);
        for (int i = 0; i < seriesCount; ++i)
            round.append({name(i), sample(t, i)});
        now = t + 500;
        timer.start();
        if (!store.recordRound(round)) {
            std::printf("recordRound failed: %s\n", qPrintable(store.error().detail));
            std::exit(1);
        }
        if (roundMs)
            roundMs->push_back(double(timer.nsecsElapsed()) / 1e6);
    }
}

void loadAndDraw(const QString& dir) {
    HistoryStore store;
    qint64 now = end - 7 * day;
    store.setClock([&now] { return now; });
    const QString path = dir + QStringLiteral("/week.sqlite");
    const bool exists = QFile::exists(path); // a kept database (second argument) is reused
    if (!store.open(path))
        return void(std::printf("cannot open: %s\n", qPrintable(store.error().message)));
    QElapsedTimer setup;
    setup.start();
    // Maintenance in large steps afterwards, not after every round (setup, not measured).
    store.setAutoMaintain(false);
    if (!exists)
        fill(store, now, end - 7 * day, end, minute);
    now = end;
    while (store.maintain(24 * 60)) {
    }
    store.checkpoint();
    std::printf("\n### L. 7 days of 1-minute history, 150 series: load and draw the 7 d range\n");
    if (exists)
        std::printf("(setup: the kept database, %.1f MB)\n\n", double(store.sizeOnDisk()) / 1e6);
    else
        std::printf("(setup: %lld rounds recorded and aggregated in %.1f s; database %.1f MB)\n\n",
                    7 * day / minute, double(setup.elapsed()) / 1000,
                    double(store.sizeOnDisk()) / 1e6);
    std::printf("| chart | rows read | query + chart update: wall (CPU), median of %d | + paint: "
                "wall (CPU) | goal | met? |\n",
                runs);
    std::printf("|---|---|---|---|---|---|\n");
    for (const Resolution res : {Resolution::Minute, Resolution::Hour}) {
        std::vector<double> q, c;
        int rows = 0;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            const double cpu = cpuMs();
            rows = 0;
            for (int i = 0; i < seriesCount; ++i)
                rows += int(store.query(name(i), end - 7 * day, end, res, 1400).size());
            q.push_back(double(t.nsecsElapsed()) / 1e6);
            c.push_back(cpuMs() - cpu);
        }
        std::printf(
            "| query only: 150 series, %s, ≤ 1400 points each | %d | %.1f ms (%.1f) | | | |\n",
            res == Resolution::Minute ? "1-minute rows" : "hourly rollups", rows, median(q),
            median(c));
    }
    for (const int shown : {1, seriesCount}) {
        QStringList series;
        for (int i = 0; i < shown; ++i)
            series << name(i);
        ui::HistoryChart chart(&store, series);
        chart.resize(1400, 900);
        chart.show();
        QApplication::processEvents();
        chart.findChild<QToolButton*>(QStringLiteral("span2"))->click(); // 7 d
        std::vector<double> load, total, loadCpu, totalCpu;
        int rows = 0;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            const double cpu = cpuMs();
            chart.reload();
            load.push_back(double(t.nsecsElapsed()) / 1e6);
            loadCpu.push_back(cpuMs() - cpu);
            chart.grab();
            total.push_back(double(t.nsecsElapsed()) / 1e6);
            totalCpu.push_back(cpuMs() - cpu);
            rows = 0;
            for (const auto& line : chart.view()->lines())
                rows += int(line.rows.size());
        }
        const double m = median(totalCpu);
        std::printf(
            "| %d series, 1400×900 | %d | %.1f ms (%.1f) | %.1f ms total (%.1f) | < %.0f ms "
            "| %s |\n",
            shown, rows, median(load), median(loadCpu), median(total), m, goalDrawMs,
            m < goalDrawMs ? "yes (CPU)" : "no");
    }
}

/// Bytes per table from SQLite's dbstat (when the library has it), else an empty map.
QHash<QString, qint64> tableBytes(const QString& path) {
    QHash<QString, qint64> bytes;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stat"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name")))
                while (q.next())
                    bytes[q.value(0).toString()] = q.value(1).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("stat"));
    return bytes;
}

void growth(const QString& dir) {
    const QString path = dir + QStringLiteral("/day.sqlite");
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    std::vector<double> roundMs;
    qint64 size = 0;
    {
        HistoryStore store;
        qint64 now = end - day;
        store.setClock([&now] { return now; });
        if (!store.open(path))
            return void(std::printf("cannot open: %s\n", qPrintable(store.error().message)));
        fill(store, now, end - day, end, 10'000, &roundMs);
        now = end;
        while (store.maintain()) {
        }
        store.checkpoint();
        size = store.sizeOnDisk();
    }
    const QHash<QString, qint64> bytes = tableBytes(path);
    std::printf("\n### G. one day of 150 series probed every 10 s\n\n");
    std::printf("| figure | value |\n|---|---|\n");
    std::printf("| rows | %lld raw, %lld 1-minute aggregates |\n", day / 10'000 * seriesCount,
                day / minute * seriesCount);
    std::printf("| database after one day (file + WAL, checkpointed) | %.1f MB |\n",
                double(size) / 1e6);
    if (!bytes.isEmpty()) {
        std::printf("| raw rows (table) | %.1f MB a day (%.0f bytes a row) |\n",
                    double(bytes.value(QStringLiteral("raw"))) / 1e6,
                    double(bytes.value(QStringLiteral("raw"))) /
                        double(day / 10'000 * seriesCount));
        std::printf("| 1-minute aggregates (table) | %.1f MB a day (%.0f bytes a row) |\n",
                    double(bytes.value(QStringLiteral("minute"))) / 1e6,
                    double(bytes.value(QStringLiteral("minute"))) /
                        double(day / minute * seriesCount));
        std::printf("| hourly rollups (table) | %.2f MB a day |\n",
                    double(bytes.value(QStringLiteral("hour"))) / 1e6);
        std::printf("| steady state (48 h raw + 30 d aggregates and rollups) | %.0f MB |\n",
                    (2.0 * double(bytes.value(QStringLiteral("raw"))) +
                     30.0 * double(bytes.value(QStringLiteral("minute")) +
                                   bytes.value(QStringLiteral("hour")))) /
                        1e6);
    } else {
        std::printf("| per table | (this SQLite has no dbstat) |\n");
    }
    std::sort(roundMs.begin(), roundMs.end());
    std::printf("| recordRound of 150 samples | median %.2f ms, p99 %.2f ms, max %.2f ms (with the "
                "per-minute aggregation and pruning) |\n",
                roundMs[roundMs.size() / 2], roundMs[roundMs.size() * 99 / 100], roundMs.back());
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const QString which = argc > 1 ? QString::fromLatin1(argv[1]) : QStringLiteral("LG");
    QTemporaryDir tmp;
    // A second argument keeps the databases in that folder, and L reuses its week.
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : tmp.path();
    std::printf("# bench_history (Qt %s)\n", qVersion());
    if (which.contains(QLatin1Char('L')))
        loadAndDraw(dir);
    if (which.contains(QLatin1Char('G')))
        growth(dir);
    return 0;
}
