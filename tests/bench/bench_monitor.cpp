// The headless monitor's cost (issue 14): `janus-cascade monitor --listen` over a profile of
// NODES nodes and LINKS links, 50-packet checks, a 10 s interval, /metrics scraped every 5 s.
// The nodes are profile entries spread over SERVERS real Janus processes (fifty Janus processes
// would not fit the machine; each profile node gets its own forwarded port range, so the probes
// do the same work). Prints the monitor's CPU (% of one core, averaged from the end of round 1
// to the end of the last round) and peak RSS (VmHWM), for docs/performance.md.
//   bench_monitor [NODES LINKS SERVERS ROUNDS]      defaults: 50 100 5 3
#include "janusinstance.h"
#include "profile/profileio.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>

using testsupport::JanusInstance;

namespace {

QByteArray get(const QUrl& url, double* ms) {
    QNetworkAccessManager nam;
    QElapsedTimer t;
    t.start();
    std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(url)));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(10000);
    *ms = double(t.nsecsElapsed()) / 1e6;
    return reply->readAll();
}

double sample(const QByteArray& metrics, const QByteArray& series) {
    for (const QByteArray& line : metrics.split('\n'))
        if (line.startsWith(series + ' '))
            return line.mid(series.size() + 1).toDouble();
    return -1;
}

double statusMb(qint64 pid, const QByteArray& key) {
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    const int nodes = a.value(1, QStringLiteral("50")).toInt();
    const int links = a.value(2, QStringLiteral("100")).toInt();
    const int servers = a.value(3, QStringLiteral("5")).toInt();
    const int rounds = a.value(4, QStringLiteral("3")).toInt();
    QString why;
    if (!JanusInstance::available(&why)) {
        std::printf("SKIPPED: %s\n", qPrintable(why));
        return 0;
    }
    std::vector<std::unique_ptr<JanusInstance>> janus;
    for (int s = 0; s < servers; ++s) {
        JanusInstance::Options o;
        o.name = QStringLiteral("bm%1").arg(s);
        o.rooms = {{1234, QStringLiteral("Bench"), {}, false}};
        janus.push_back(std::make_unique<JanusInstance>(o));
        if (!janus.back()->start()) {
            std::printf("Janus %d did not start\n", s);
            return 1;
        }
    }
    const int first = JanusInstance::freeUdpPortBlock(nodes * 20);
    profile::Profile p;
    p.name = QStringLiteral("bench monitor");
    for (int i = 0; i < nodes; ++i) {
        profile::Node n;
        n.id = QStringLiteral("n%1").arg(i);
        n.name = n.id;
        n.apiUrl = janus[size_t(i % servers)]->apiUrl();
        n.publicAddress = QStringLiteral("127.0.0.1");
        n.forwardedPorts = profile::PortRange{first + 20 * i, first + 20 * i + 19};
        p.nodes << n;
    }
    for (int j = 0; j < links; ++j) {
        profile::Link l;
        l.id = QStringLiteral("l%1").arg(j);
        l.sourceNode = QStringLiteral("n%1").arg(j % nodes);
        l.targetNode = QStringLiteral("n%1").arg((j % nodes + 1 + j / nodes) % nodes);
        l.sourceRoom = l.targetRoom = janus::Id(1234);
        p.links << l;
    }
    p.probe.count = 50;
    p.probe.rate = 100;
    p.probe.intervalSeconds = 10;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.json"));
    if (!profile::io::save(path, p))
        return 1;

    const int port = JanusInstance::freeTcpPort();
    const QUrl metricsUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port));
    QProcess monitor;
    monitor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    monitor.setStandardOutputFile(QProcess::nullDevice());
    monitor.start(QStringLiteral(JCC_CLI_BINARY),
                  {QStringLiteral("monitor"), path, QStringLiteral("--interval"),
                   QStringLiteral("10"), QStringLiteral("--listen"),
                   QStringLiteral("127.0.0.1:%1").arg(port)});
    if (!monitor.waitForStarted())
        return 1;
    QElapsedTimer wall;
    wall.start();
    double cpu0 = -1, wall0 = 0, cpuN = 0, wallN = 0, lastRounds = 0, worstScrapeMs = 0;
    std::vector<double> durations, scrapeMs;
    // Scrape every 5 s, as a Prometheus would; the window starts when round 1 has finished.
    while (monitor.state() == QProcess::Running && wall.elapsed() < 3600000) {
        QTest::qWait(5000);
        double ms = 0;
        const QByteArray m = get(metricsUrl, &ms);
        scrapeMs.push_back(ms);
        worstScrapeMs = std::max(worstScrapeMs, ms);
        const double done = sample(m, "jcc_monitor_rounds_total");
        if (done > lastRounds) {
            lastRounds = done;
            durations.push_back(sample(m, "jcc_monitor_round_duration_seconds"));
            if (cpu0 < 0) {
                cpu0 = sample(m, "process_cpu_seconds_total");
                wall0 = double(wall.elapsed()) / 1000.0;
            } else {
                cpuN = sample(m, "process_cpu_seconds_total");
                wallN = double(wall.elapsed()) / 1000.0;
            }
            std::fprintf(stderr, "round %.0f: %.1f s, cpu %.1f s, VmRSS %.0f MB\n", done,
                         durations.back(), sample(m, "process_cpu_seconds_total"),
                         statusMb(monitor.processId(), "VmRSS:"));
            if (done >= rounds + 1)
                break;
        }
    }
    const double hwm = statusMb(monitor.processId(), "VmHWM:");
    monitor.terminate();
    monitor.waitForFinished(30000);
    if (wallN <= wall0) {
        std::printf("the monitor did not finish %d rounds\n", rounds + 1);
        return 1;
    }
    std::sort(durations.begin(), durations.end());
    std::sort(scrapeMs.begin(), scrapeMs.end());
    std::printf("| nodes | links | Janus processes | rounds measured | round length (median) | "
                "CPU, %% of one core | peak RSS (VmHWM) | /metrics scrape (median / max) |\n"
                "|---|---|---|---|---|---|---|---|\n"
                "| %d | %d | %d | %.0f | %.1f s | %.1f %% | %.0f MB | %.1f / %.1f ms |\n",
                nodes, links, servers, lastRounds - 1, durations[durations.size() / 2],
                100.0 * (cpuN - cpu0) / (wallN - wall0), hwm, scrapeMs[scrapeMs.size() / 2],
                worstScrapeMs);
    return 0;
}
