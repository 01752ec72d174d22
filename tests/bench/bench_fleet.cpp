// Fleet-scale benchmark (issue #7): prints Markdown tables, asserts nothing.
//   build/tests/bench/bench_fleet            # R, S, B and W; 5 runs of each scenario
//   build/tests/bench/bench_fleet S 5        # only S, 5 runs
//  R  10 REAL Janus processes (Debian's janus, tests/support's JanusInstance) with 500 rooms
//     each, created through the VideoRoom API beforehand (setup, not measured).
//  S  a SCRIPTED, FAKE Janus (ScriptedJanus, not Janus) in a separate process — this same
//     executable run with --serve — playing 50 nodes × 200 rooms, where 50 real Janus
//     processes would be too heavy for the machine. Its CPU is not the console's.
//  B  S with all fifty "list" answers held by the server until every node has asked, then sent
//     at once: the worst case for the stall, as if all nodes answered at the same instant.
//  W  where one node's listing spends its time, step by step, on the same code.
// Every figure goes through the console's own code: Fleet → NodeClient → janus::Connection /
// VideoRoom list → RoomsModel, shown by the GUI's own RoomsPanel (one per node, as tabs of a
// shown window) under QApplication with the offscreen platform, so the views' work on every
// insert is part of the event-loop stall being measured.
#include "cascade/eventlog.h"
#include "cascade/fleet.h"
#include "janusinstance.h"
#include "replywait.h"
#include "roomspanel.h"
#include "scriptedjanus.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QSocketNotifier>
#include <QSysInfo>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <functional>
#include <malloc.h>
#include <memory>
#include <optional>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace {

// Goals of issue #7.
constexpr double goalListingMs = 2000;
constexpr double goalStallP99Ms = 50;
constexpr double goalRssMb = 150;
// The stall probe: a repeating precise timer; lateness = gap between two firings − interval.
constexpr int tickMs = 5;
// After the last room is in, the views still lay out and paint; keep measuring that long.
constexpr int tailMs = 300;
constexpr int listingDeadlineMs = 60000;

double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto rank = size_t(std::max(0.0, std::ceil(p / 100.0 * double(v.size())) - 1));
    return v[std::min(rank, v.size() - 1)];
}

double median(std::vector<double> v) {
    return percentile(std::move(v), 50);
}

// VmRSS / VmHWM of this process in MB.
double statusMb(const char* key) {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key)) + 1).trimmed().split(' ').value(0).toDouble() /
                   1024.0;
    return -1;
}

// Resets VmHWM to the current RSS (Linux ≥ 4.0), so each run reports its own peak.
bool resetPeakRss() {
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

double cpuMsSelf() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    const auto ms = [](const timeval& t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(ru.ru_utime) + ms(ru.ru_stime);
}

// CPU time of the calling thread (the GUI thread), to tell work from waiting for a core.
double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// user + system CPU of other processes (the servers), from /proc/PID/stat.
double cpuMsOf(const QList<qint64>& pids) {
    double ticks = 0;
    for (qint64 pid : pids) {
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = f.readAll();
        // Fields after the command name "(…)": state is field 3, utime 14, stime 15.
        const QList<QByteArray> rest = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        ticks += rest.value(11).toDouble() + rest.value(12).toDouble();
    }
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

double rssMbOf(const QList<qint64>& pids) {
    double kb = 0;
    for (qint64 pid : pids) {
        QFile f(QStringLiteral("/proc/%1/status").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray& line : f.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                kb += line.mid(6).trimmed().split(' ').value(0).toDouble();
    }
    return kb / 1024.0;
}

// Processes whose command line mentions text (a Janus run from its own config folder).
QList<qint64> pidsMentioning(const QString& text) {
    QList<qint64> out;
    const QByteArray needle = text.toUtf8();
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || pid == QCoreApplication::applicationPid())
            continue;
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            out << pid;
    }
    return out;
}

// Runs the event loop for ms (bounded; never a blocking sleep).
void spin(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Run {
    bool ok = false;
    QString why;
    double setupMs = 0;    // addNode × N + building the window with N RoomsPanels (synchronous)
    double attachedMs = 0; // every node's VideoRoom handle attached
    double listedMs = 0;   // every room of every node in the RoomsModels
    double stallMedian = 0, stallP99 = 0, stallMax = 0;
    double busyP99 = 0; // p99 of the part of each lateness the GUI thread spent on a CPU
    size_t samples = 0;
    double rssMb = 0, hwmMb = 0, baseRssMb = 0;
    double cpuMs = 0;       // the console process, connect → all rooms listed
    double serverCpuMs = 0; // the server processes meanwhile
    int rooms = 0;
    int piledRooms = -1; // B: rooms not yet in the models when the GUI thread was held
};

// One measured run: a fresh Fleet and window, connect to every URL, wait for every room.
Run measure(const QList<QUrl>& urls, int expectedRooms, const QList<qint64>& serverPids,
            bool pileUp = false) {
    Run run;
    malloc_trim(0);
    resetPeakRss();
    run.baseRssMb = statusMb("VmRSS:");

    cascade::EventLog log;
    auto fleet = std::make_unique<cascade::Fleet>(&log);
    QStringList ids;
    for (int i = 0; i < urls.size(); ++i)
        ids << QStringLiteral("node%1").arg(i, 2, 10, QLatin1Char('0'));

    const double cpu0 = cpuMsSelf();
    const double serverCpu0 = cpuMsOf(serverPids);
    QElapsedTimer clock;
    clock.start();
    const auto nowMs = [&clock] { return double(clock.nsecsElapsed()) / 1e6; };

    // "Connect": the profile's nodes go into the Fleet, which opens them (asynchronously).
    for (int i = 0; i < urls.size(); ++i) {
        cascade::NodeSpec spec;
        spec.id = ids[i];
        spec.name = ids[i];
        spec.options.url = urls[i];
        fleet->addNode(spec);
    }
    // The GUI's rooms view, one per node, built after the nodes exist so that each panel fills
    // its node list once.
    auto window = std::make_unique<QTabWidget>();
    QList<ui::RoomsPanel*> panels;
    for (const QString& id : std::as_const(ids)) {
        auto* panel = new ui::RoomsPanel(fleet.get());
        window->addTab(panel, id);
        panel->showNode(id);
        panels << panel;
    }
    window->resize(1280, 860);
    window->show();
    run.setupMs = nowMs();

    QEventLoop loop;
    int attached = 0;
    for (const QString& id : std::as_const(ids))
        QObject::connect(fleet->node(id)->videoroom(), &janus::VideoRoom::attached, &loop, [&] {
            if (++attached == int(ids.size()))
                run.attachedMs = nowMs();
        });
    double cpuAtListed = 0, serverCpuAtListed = 0;
    const auto countRooms = [&] {
        int total = 0;
        for (ui::RoomsPanel* p : std::as_const(panels))
            total += p->roomsModel()->rowCount();
        run.rooms = total;
        if (total >= expectedRooms && run.listedMs == 0) {
            run.listedMs = nowMs();
            cpuAtListed = cpuMsSelf();
            serverCpuAtListed = cpuMsOf(serverPids);
            QTimer::singleShot(tailMs, &loop, &QEventLoop::quit);
        }
    };
    for (ui::RoomsPanel* p : std::as_const(panels))
        QObject::connect(p->roomsModel(), &QAbstractItemModel::rowsInserted, &loop, countRooms);

    const bool trace = qEnvironmentVariableIsSet("JCC_BENCH_TRACE");
    if (trace)
        for (ui::RoomsPanel* p : std::as_const(panels))
            QObject::connect(p->roomsModel(), &QAbstractItemModel::rowsInserted, &loop, [&, p] {
                std::fprintf(stderr, "%s: %d rows at %.1f ms\n", qPrintable(p->currentNode()),
                             p->roomsModel()->rowCount(), nowMs());
            });
    std::vector<double> lateness;
    lateness.reserve(size_t(listingDeadlineMs / tickMs + 16));
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(tickMs);
    std::vector<double> busy;
    busy.reserve(lateness.capacity());
    double last = nowMs();
    double lastCpu = threadCpuMs();
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const double now = nowMs();
        const double cpuNow = threadCpuMs();
        lateness.push_back(std::max(0.0, now - last - tickMs));
        busy.push_back(std::min(lateness.back(), cpuNow - lastCpu));
        if (trace && lateness.back() > 5)
            std::fprintf(stderr, "stall %.1f ms (on CPU %.1f ms) ending at %.1f ms\n",
                         lateness.back(), cpuNow - lastCpu, now);
        last = now;
        lastCpu = cpuNow;
    });
    // B: once every node's list request is out, hold the GUI thread for a second so that all
    // answers wait in the sockets; the hold itself is not a stall sample nor listing time.
    double heldMs = 0;
    int asked = 0;
    if (pileUp)
        for (ui::RoomsPanel* p : std::as_const(panels))
            QObject::connect(p->roomsModel(), &cascade::RoomsModel::busyChanged, &loop,
                             [&](bool busy) {
                                 if (!busy || ++asked != int(panels.size()))
                                     return;
                                 QTimer::singleShot(0, &loop, [&] {
                                     const double t = nowMs();
                                     run.piledRooms = expectedRooms - run.rooms;
                                     QThread::msleep(1000);
                                     heldMs = nowMs() - t;
                                     last = nowMs();
                                     lastCpu = threadCpuMs();
                                 });
                             });
    tick.start();
    last = nowMs();
    lastCpu = threadCpuMs();
    QTimer::singleShot(listingDeadlineMs, &loop, &QEventLoop::quit);
    loop.exec();
    tick.stop();

    run.listedMs -= heldMs;
    run.ok = run.listedMs > 0;
    if (!run.ok)
        run.why = QStringLiteral("only %1 of %2 rooms after %3 s; %4 of %5 handles attached")
                      .arg(run.rooms)
                      .arg(expectedRooms)
                      .arg(listingDeadlineMs / 1000)
                      .arg(attached)
                      .arg(ids.size());
    run.stallMedian = median(lateness);
    run.stallP99 = percentile(lateness, 99);
    run.stallMax = percentile(lateness, 100);
    run.samples = lateness.size();
    run.busyP99 = percentile(busy, 99);
    run.rssMb = statusMb("VmRSS:");
    run.hwmMb = statusMb("VmHWM:");
    run.cpuMs = (run.ok ? cpuAtListed : cpuMsSelf()) - cpu0;
    run.serverCpuMs = (run.ok ? serverCpuAtListed : cpuMsOf(serverPids)) - serverCpu0;

    // Tear down as the GUI would on closing a profile: views first, then the sessions (politely).
    window.reset();
    for (const QString& id : std::as_const(ids))
        fleet->removeNode(id);
    spin(300);
    fleet.reset();
    spin(50);
    return run;
}

QString mb(double v) {
    return QString::number(v, 'f', 1);
}

void printRuns(const QList<Run>& runs) {
    std::printf("| run | setup: Fleet + %s | all handles attached | all rooms in the models | "
                "stall median | p99 | max (samples) | p99 on CPU | VmRSS before → after | VmHWM | "
                "console CPU "
                "(%% of wall) | server CPU |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n",
                "window of RoomsPanels");
    for (int i = 0; i < runs.size(); ++i) {
        const Run& r = runs[i];
        if (!r.ok) {
            std::printf("| %d | FAILED: %s | | | | | | | | | | |\n", i + 1, qPrintable(r.why));
            continue;
        }
        std::printf(
            "| %d | %.0f ms | %.0f ms | **%.0f ms** | %.1f ms | **%.1f ms** | %.1f ms (%zu) | "
            "%.1f ms | %s → %s MB | **%s MB** | %.0f ms (%.0f %%) | %.0f ms |\n",
            i + 1, r.setupMs, r.attachedMs, r.listedMs, r.stallMedian, r.stallP99, r.stallMax,
            r.samples, r.busyP99, qPrintable(mb(r.baseRssMb)), qPrintable(mb(r.rssMb)),
            qPrintable(mb(r.hwmMb)), r.cpuMs, 100.0 * r.cpuMs / r.listedMs, r.serverCpuMs);
    }
}

struct Summary {
    QString name;
    bool ok = false;
    double listedMs = 0, stallP99 = 0, stallMax = 0, busyP99 = 0, hwmMb = 0, rssMb = 0, cpuMs = 0;
    int rooms = 0;
};

Summary summarize(const QString& name, const QList<Run>& runs) {
    Summary s;
    s.name = name;
    std::vector<double> listed, p99, max, busy, hwm, rss, cpu;
    for (const Run& r : runs) {
        if (!r.ok)
            continue;
        listed.push_back(r.listedMs);
        p99.push_back(r.stallP99);
        max.push_back(r.stallMax);
        busy.push_back(r.busyP99);
        hwm.push_back(r.hwmMb);
        rss.push_back(r.rssMb);
        cpu.push_back(r.cpuMs);
        s.rooms = r.rooms;
    }
    // A failed run fails the scenario: the goals are about every listing.
    s.ok = !runs.isEmpty() && listed.size() == size_t(runs.size());
    s.listedMs = median(listed);
    s.stallP99 = median(p99);
    s.stallMax = median(max);
    s.busyP99 = median(busy);
    s.hwmMb = median(hwm);
    s.rssMb = median(rss);
    s.cpuMs = median(cpu);
    return s;
}

const char* met(bool ok, bool yes) {
    return !ok ? "no (runs failed)" : yes ? "**yes**" : "**no**";
}

// ---- W: where one node's listing spends its time ----

// The console's steps for one "list" answer, timed one by one on the same text: what
// QWebSocket does with a text frame, what Connection::receiveText and Reply do, the typed
// parse, RoomsModel::apply alone, then apply under a shown RoomsPanel (filter proxy, sorted
// table) and the layout and paint that follow. Median of 15 repetitions each.
void breakdown() {
    std::printf("\n## W. Where one node's listing goes (median of 15, ms)\n\n| rooms in one "
                "`list` | UTF-8 frame → QString | toUtf8 + JSON parse | `parseRooms` | "
                "`RoomsModel::apply`, no view | apply under a shown RoomsPanel | then layout + "
                "paint | sum (panel path) | per room |\n|---|---|---|---|---|---|---|---|---|\n");
    namespace vr = janus::videoroom;
    for (int n : {200, 500}) {
        QJsonArray list;
        for (int i = 0; i < n; ++i)
            list.append(bench::ScriptedJanus::room(4'000'000'000'000LL + i * 7919,
                                                   QStringLiteral("scripted room %1").arg(i)));
        const QJsonObject message{
            {QStringLiteral("janus"), QStringLiteral("success")},
            {QStringLiteral("transaction"), QStringLiteral("t1")},
            {QStringLiteral("sender"), 1},
            {QStringLiteral("plugindata"),
             QJsonObject{{QStringLiteral("plugin"), QStringLiteral("janus.plugin.videoroom")},
                         {QStringLiteral("data"),
                          QJsonObject{{QStringLiteral("videoroom"), QStringLiteral("success")},
                                      {QStringLiteral("list"), list}}}}}};
        const QByteArray frame = QJsonDocument(message).toJson(QJsonDocument::Compact);
        constexpr int reps = 15;
        std::vector<double> utf, json, parse, model, panel, paint;
        QElapsedTimer t;
        for (int rep = 0; rep < reps; ++rep) {
            t.start();
            const QString text = QString::fromUtf8(frame);
            utf.push_back(double(t.nsecsElapsed()) / 1e6);
            t.start();
            const QJsonObject parsed = QJsonDocument::fromJson(text.toUtf8()).object();
            const QJsonObject data = parsed.value(QLatin1String("plugindata"))
                                         .toObject()
                                         .value(QLatin1String("data"))
                                         .toObject();
            json.push_back(double(t.nsecsElapsed()) / 1e6);
            t.start();
            const QList<vr::Room> rooms = vr::parseRooms(data);
            parse.push_back(double(t.nsecsElapsed()) / 1e6);
            {
                cascade::RoomsModel bare;
                t.start();
                bare.apply(rooms);
                model.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            cascade::EventLog log;
            cascade::Fleet fleet(&log);
            ui::RoomsPanel view(&fleet);
            view.resize(1280, 860);
            view.show();
            for (int i = 0; i < 5; ++i)
                QCoreApplication::processEvents();
            t.start();
            view.roomsModel()->apply(rooms);
            panel.push_back(double(t.nsecsElapsed()) / 1e6);
            t.start();
            for (int i = 0; i < 5; ++i)
                QCoreApplication::processEvents();
            paint.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        const double sum =
            median(utf) + median(json) + median(parse) + median(panel) + median(paint);
        std::printf("| %d (%lld KB) | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f µs |\n",
                    n, static_cast<long long>(frame.size() / 1024), median(utf), median(json),
                    median(parse), median(model), median(panel), median(paint), sum,
                    sum * 1000.0 / n);
        std::fflush(stdout);
    }

    // What a painted cell asks for: data() by column, DisplayRole, over one 200-room model.
    QList<vr::Room> rooms;
    for (int i = 0; i < 200; ++i) {
        vr::Room r;
        r.id = janus::Id(4'000'000'000'000LL + i);
        r.description = QStringLiteral("scripted room %1").arg(i);
        r.audioCodecs = QStringLiteral("opus");
        r.videoCodecs = QStringLiteral("vp8");
        rooms << r;
    }
    cascade::RoomsModel model;
    model.apply(rooms);
    std::printf("\n`RoomsModel::data()`, DisplayRole, per call (median of 5 × 2,000 calls):");
    for (int column = 0; column < cascade::RoomsModel::ColumnCount; ++column) {
        std::vector<double> us;
        for (int rep = 0; rep < 5; ++rep) {
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < 2000; ++i)
                (void)model.data(model.index(i % 200, column));
            us.push_back(double(t.nsecsElapsed()) / 1e3 / 2000);
        }
        std::printf(
            " %s %.2f µs%s",
            qPrintable(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()),
            median(us), column + 1 < cascade::RoomsModel::ColumnCount ? ";" : ".\n");
    }
}

// ---- scenario R: real Janus processes ----

struct RealFleet {
    std::vector<std::unique_ptr<testsupport::JanusInstance>> janus;
    QList<QUrl> urls;
    QList<qint64> pids;
};

// Starts n real Janus processes one after the other (each holds its ports before the next
// picks free ones); a process that does not come up is retried twice on other ports.
bool startJanus(RealFleet& fleet, int n, QString* why) {
    for (int i = 0; i < n; ++i) {
        bool started = false;
        for (int attempt = 0; attempt < 3 && !started; ++attempt) {
            testsupport::JanusInstance::Options options;
            options.name = QStringLiteral("bench-fleet-%1").arg(i);
            // If the benchmark dies, its Janus processes die with it.
            options.commandPrefix = {QStringLiteral("setpriv"), QStringLiteral("--pdeathsig"),
                                     QStringLiteral("TERM"), QStringLiteral("--")};
            auto instance = std::make_unique<testsupport::JanusInstance>(options);
            if (instance->start(30000)) {
                fleet.urls << instance->apiUrl();
                fleet.pids << pidsMentioning(instance->configDir());
                fleet.janus.push_back(std::move(instance));
                started = true;
            } else if (attempt == 2) {
                *why = QStringLiteral("Janus %1 did not start: %2")
                           .arg(i)
                           .arg(instance->log().right(600));
            }
        }
        if (!started)
            return false;
    }
    return true;
}

// Creates rooms on every node through the console's VideoRoom API (32 requests in flight per
// node). Returns how many were created; *failures collects the first error.
int createRooms(const QList<QUrl>& urls, int perNode, QString* failure) {
    std::vector<std::unique_ptr<testsupport::LiveVideoRoom>> lives;
    for (const QUrl& url : urls) {
        auto live = std::make_unique<testsupport::LiveVideoRoom>();
        if (!live->open(url)) {
            *failure = QStringLiteral("could not attach to %1").arg(url.toDisplayString());
            return 0;
        }
        lives.push_back(std::move(live));
    }
    int created = 0, settled = 0;
    const int total = perNode * int(urls.size());
    QEventLoop loop;
    std::vector<int> next(urls.size(), 0), inFlight(urls.size(), 0);
    std::function<void(size_t)> pump = [&](size_t node) {
        while (inFlight[node] < 32 && next[node] < perNode) {
            janus::VideoRoom::CreateRoom spec;
            spec.description =
                QStringLiteral("bench room %1 of node %2").arg(next[node]++).arg(node);
            spec.audioCodecs = QStringLiteral("opus");
            spec.videoCodecs = QStringLiteral("vp8");
            janus::Reply* reply = lives[node]->videoroom->create(spec).reply();
            ++inFlight[node];
            const auto done = [&, node](bool ok, const QString& error) {
                --inFlight[node];
                created += ok ? 1 : 0;
                if (!ok && failure->isEmpty())
                    *failure = error;
                if (++settled == total)
                    loop.quit();
                else
                    pump(node);
            };
            QObject::connect(reply, &janus::Reply::finished, &loop,
                             [done](const QJsonObject&) { done(true, {}); });
            QObject::connect(reply, &janus::Reply::failed, &loop,
                             [done](const janus::Error& e) { done(false, e.message()); });
        }
    };
    for (size_t i = 0; i < size_t(urls.size()); ++i)
        pump(i);
    QTimer::singleShot(180000, &loop, &QEventLoop::quit);
    if (settled < total)
        loop.exec();
    for (auto& live : lives)
        live->connection->close();
    spin(200);
    return created;
}

// Checks that the scripted server's rooms have the keys a real Janus lists: one line of text.
QString compareRoomShape(const QUrl& url) {
    testsupport::LiveVideoRoom live;
    if (!live.open(url))
        return QStringLiteral("could not compare with a real room (no attach)");
    const testsupport::Outcome listed = testsupport::wait(live.videoroom->list(), 15000);
    live.connection->close();
    const QJsonArray list = listed.result.value(QLatin1String("list")).toArray();
    if (!listed.ok() || list.isEmpty())
        return QStringLiteral("could not compare with a real room (list failed)");
    const QStringList real = list.first().toObject().keys();
    const QStringList scripted = bench::ScriptedJanus::room(1, {}).keys();
    QStringList missing, extra;
    for (const QString& k : real)
        if (!scripted.contains(k))
            missing << k;
    for (const QString& k : scripted)
        if (!real.contains(k))
            extra << k;
    if (missing.isEmpty() && extra.isEmpty())
        return QStringLiteral("the scripted server's room entries have exactly the %1 keys a "
                              "real room of these has")
            .arg(real.size());
    return QStringLiteral("scripted room entries lack [%1] and add [%2] compared with a real one")
        .arg(missing.join(QStringLiteral(", ")), extra.join(QStringLiteral(", ")));
}

std::optional<Summary> scenarioR(int runs) {
    constexpr int nodes = 10, roomsPerNode = 500;
    std::printf("\n## R. %d real Janus processes × %d rooms = %d rooms\n\n", nodes, roomsPerNode,
                nodes * roomsPerNode);
    QString why;
    if (!testsupport::JanusInstance::available(&why)) {
        std::printf("SKIPPED: %s\n", qPrintable(why));
        return std::nullopt;
    }
    RealFleet real;
    QElapsedTimer setup;
    setup.start();
    if (!startJanus(real, nodes, &why)) {
        std::printf("FAILED: %s\n", qPrintable(why));
        return std::nullopt; // the started ones stop with `real`
    }
    const double startS = double(setup.elapsed()) / 1e3;
    setup.restart();
    QString failure;
    const int created = createRooms(real.urls, roomsPerNode, &failure);
    const double createS = double(setup.elapsed()) / 1e3;
    std::printf("Setup, not measured: %d Janus %s processes started one after the other in %.1f "
                "s (%s MB resident together); %d of %d rooms created through the VideoRoom API "
                "(`create`, 32 in flight per node) in %.1f s%s%s.\n\n",
                nodes, "1.1.2", startS, qPrintable(mb(rssMbOf(real.pids))), created,
                nodes * roomsPerNode, createS,
                failure.isEmpty() ? "" : "; first error: ", qPrintable(failure));
    std::printf("Shape check: %s.\n\n", qPrintable(compareRoomShape(real.urls.first())));
    std::fflush(stdout);
    QList<Run> results;
    for (int i = 0; i < runs; ++i) {
        results << measure(real.urls, created, real.pids);
        std::fflush(stdout);
    }
    printRuns(results);
    std::printf("\nJanus processes after the runs: %s MB resident together.\n",
                qPrintable(mb(rssMbOf(real.pids))));
    return summarize(QStringLiteral("R: 10 real Janus × 500"), results);
}

// ---- scenario S: the scripted server in a child process ----

// pileUp: every answer is already waiting when the console's event loop gets to them.
std::optional<Summary> scenarioS(int runs, bool pileUp) {
    constexpr int nodes = 50, roomsPerNode = 200;
    std::printf("\n## %s. SCRIPTED (fake) Janus server, separate process: %d nodes × %d rooms = %d "
                "rooms%s\n\n",
                pileUp ? "B" : "S", nodes, roomsPerNode, nodes * roomsPerNode,
                pileUp ? ", all `list` answers at once" : "");
    QProcess server;
    server.setProgram(QCoreApplication::applicationFilePath());
    server.setArguments(
        {QStringLiteral("--serve"), QString::number(nodes), QString::number(roomsPerNode)});
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGKILL); });
    server.start();
    QList<QUrl> urls;
    QElapsedTimer deadline;
    deadline.start();
    QByteArray out;
    while (!out.contains('\n') && deadline.elapsed() < 15000 &&
           server.state() != QProcess::NotRunning) {
        server.waitForReadyRead(200);
        out += server.readAllStandardOutput();
    }
    const QList<QByteArray> words = out.trimmed().split(' ');
    if (words.value(0) == "ports")
        for (int i = 1; i < words.size(); ++i)
            urls << QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(QString::fromLatin1(words[i])));
    if (urls.size() != nodes) {
        std::printf("FAILED: the scripted server did not come up (%s)\n", out.constData());
        server.kill();
        server.waitForFinished(3000);
        return std::nullopt;
    }
    std::printf("The scripted server (`bench_fleet --serve %d %d`, pid %lld) listens on %d "
                "ports of 127.0.0.1; each answers info/create/attach/keepalive and VideoRoom "
                "`list` with %d rooms shaped like Janus 1.1.2's, and flushes each answer at once "
                "as separate servers would. %s\n\n",
                nodes, roomsPerNode, static_cast<long long>(server.processId()), nodes,
                roomsPerNode,
                pileUp ? "The console's GUI thread is held (a deliberate 1 s sleep, taken out of "
                         "the figures) right after the last `list` request left, so every answer "
                         "not handled yet waits in its socket when the event loop resumes: many "
                         "nodes answering at the same instant, the worst case for the stall."
                       : "");
    std::fflush(stdout);
    QList<Run> results;
    for (int i = 0; i < runs; ++i) {
        results << measure(urls, nodes * roomsPerNode, {server.processId()}, pileUp);
        std::fflush(stdout);
    }
    printRuns(results);
    if (pileUp) {
        std::printf("\nAnswers waiting in the sockets when the GUI thread resumed, per run:");
        for (const Run& r : std::as_const(results))
            std::printf(" %d of %d;", r.piledRooms / roomsPerNode, nodes);
        std::printf(" (the others had been handled before the last request left).\n");
    }
    server.closeWriteChannel(); // the server quits when its stdin closes
    if (!server.waitForFinished(5000)) {
        server.kill();
        server.waitForFinished(3000);
    }
    return summarize(pileUp ? QStringLiteral("B: scripted 50 × 200, all at once")
                            : QStringLiteral("S: scripted 50 × 200"),
                     results);
}

// --serve NODES ROOMS: the scripted server's own process.
int serve(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const int nodes = std::clamp(QByteArray(argv[2]).toInt(), 1, 500);
    const int rooms = std::clamp(QByteArray(argv[3]).toInt(), 0, 100000);
    std::vector<std::unique_ptr<bench::ScriptedJanus>> servers;
    QByteArray ports = "ports";
    for (int i = 0; i < nodes; ++i) {
        auto s = std::make_unique<bench::ScriptedJanus>(i, rooms);
        if (!s->listen()) {
            std::fprintf(stderr, "scripted server %d cannot listen\n", i);
            return 1;
        }
        ports += ' ' + QByteArray::number(s->port());
        servers.push_back(std::move(s));
    }
    std::printf("%s\n", ports.constData());
    std::fflush(stdout);
    // Ends when the benchmark closes our stdin (or dies), and after 30 minutes in any case.
    QSocketNotifier stdinClosed(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinClosed, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        if (read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            app.quit();
    });
    QTimer::singleShot(30 * 60 * 1000, &app, &QCoreApplication::quit);
    return app.exec();
}

} // namespace

int main(int argc, char* argv[]) {
    if (argc == 4 && qstrcmp(argv[1], "--serve") == 0)
        return serve(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The connections' per-node info lines would bury the tables; warnings still show.
    QLoggingCategory::setFilterRules(QStringLiteral("jcc.*.info=false"));
    const QByteArray only = argc > 1 ? QByteArray(argv[1]) : QByteArray("RSBW");
    const int runs = argc > 2 ? std::clamp(QByteArray(argv[2]).toInt(), 1, 20) : 5;

    std::printf("# Fleet benchmark (issue #7)\n\nConsole: Fleet → NodeClient → VideoRoom `list` → "
                "RoomsModel, one real RoomsPanel per node (tabs of a shown %s window, platform "
                "%s). Qt %s, %s, %d cores. Stall = lateness of a %d ms precise timer from the "
                "end of the synchronous setup until %d ms after the last room arrived. Figures "
                "per run; a fresh Fleet and window each run.\n",
                "1280×860", qPrintable(QGuiApplication::platformName()), qVersion(),
                qPrintable(QSysInfo::prettyProductName()), int(sysconf(_SC_NPROCESSORS_ONLN)),
                tickMs, tailMs);
    std::fflush(stdout);

    // Other work on the machine moves these figures; say how busy it was.
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        std::printf("\nLoad average at start (1/5/15 min): %s.\n",
                    loadavg.readAll().split(' ').mid(0, 3).join('/').constData());
    QList<Summary> summaries;
    if (only.contains('R'))
        if (auto s = scenarioR(runs))
            summaries << *s;
    if (only.contains('S'))
        if (auto s = scenarioS(runs, false))
            summaries << *s;
    if (only.contains('B'))
        if (auto s = scenarioS(runs, true))
            summaries << *s;
    if (only.contains('W'))
        breakdown();

    std::printf("\n## Goals (median of %d runs)\n\n| goal (issue #7) |", runs);
    for (const Summary& s : summaries)
        std::printf(" %s | met? |", qPrintable(s.name));
    std::printf("\n|---|");
    for (int i = 0; i < summaries.size(); ++i)
        std::printf("---|---|");
    std::printf("\n| connect + full room listing < 2 s |");
    for (const Summary& s : summaries)
        std::printf(" %.2f s (%d rooms) | %s |", s.listedMs / 1e3, s.rooms,
                    met(s.ok, s.listedMs < goalListingMs));
    std::printf("\n| event-loop stall p99 < 50 ms |");
    for (const Summary& s : summaries)
        std::printf(" %.1f ms (max %.1f; on CPU %.1f) | %s |", s.stallP99, s.stallMax, s.busyP99,
                    met(s.ok, s.stallP99 < goalStallP99Ms));
    std::printf("\n| resident memory < 150 MB (peak VmHWM) |");
    for (const Summary& s : summaries)
        std::printf(" %s MB (VmRSS after: %s MB) | %s |", qPrintable(mb(s.hwmMb)),
                    qPrintable(mb(s.rssMb)), met(s.ok, s.hwmMb < goalRssMb));
    std::printf("\n| console CPU during the listing (no goal) |");
    for (const Summary& s : summaries)
        std::printf(" %.0f ms (%.0f %% of one core) | |", s.cpuMs,
                    s.listedMs > 0 ? 100.0 * s.cpuMs / s.listedMs : 0.0);
    std::printf("\n");
    return 0;
}
