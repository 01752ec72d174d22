// probe and reflect: the RTP loopback probe from the command line.
#include "alertreport.h"
#include "commands.h"
#include "healthreport.h"
#include "metricsexporter.h"
#include "probe/probesettings.h"
#include "probe/prometheus.h"
#include "probe/udpreflector.h"
#include "profilesession.h"
#include "wait.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>

namespace cli {

namespace {

bool intOption(Context& c, const QString& name, int* value) {
    if (!c.parser.isSet(name))
        return true;
    bool ok = false;
    *value = c.parser.value(name).toInt(&ok);
    return ok;
}

} // namespace

namespace {

/// Runs a probe to the end (Ctrl-C cancels it), prints it, returns the exit code.
int runProbe(Context& c, probe::ProbeRunner* runner) {
    QObject::connect(runner, &probe::ProbeRunner::progress,
                     [&c](const QString& text) { c.out.line(text); });
    janus::Error failure;
    QObject::connect(runner, &probe::ProbeRunner::failed,
                     [&failure](const janus::Error& e) { failure = e; });
    bool finished = false;
    probe::ProbeResult result;
    QObject::connect(runner, &probe::ProbeRunner::finished, [&](const probe::ProbeResult& r) {
        result = r;
        finished = true;
    });
    StopSignal stop;
    QObject::connect(&stop, &StopSignal::requested, runner, &probe::ProbeRunner::cancel);
    runner->start();
    Wait([&] { return finished; }).on(runner, &probe::ProbeRunner::finished).run(-1);
    c.out.line(result.countsText());
    if (result.received > 0)
        c.out.line(result.rttText());
    c.out.line(result.verdict);
    if (!result.srtp.isEmpty())
        c.out.line(QCoreApplication::translate("cli", "leg: %1").arg(result.srtp));
    if (!runner->leftovers().isEmpty())
        c.out.line(QCoreApplication::translate("cli", "warning: left on servers: %1")
                       .arg(runner->leftovers().join(QStringLiteral(", "))));
    if (failure.isError() && result.sent == 0)
        return c.out.fail(Failed, Failure::from(failure, result.target));
    if (!result.passed)
        return c.out.fail(Failed, QStringLiteral("probe_failed"),
                          QStringLiteral("%1: %2").arg(result.target, result.verdict),
                          result.countsText());
    c.out.object(result.toJson());
    return Ok;
}

/// Takes --count and --rate into the settings; what is wrong with them, or empty.
QString countAndRate(Context& c, probe::ProbeRunner::Settings* settings) {
    if (!intOption(c, QStringLiteral("count"), &settings->count) ||
        !intOption(c, QStringLiteral("rate"), &settings->rate))
        return QCoreApplication::translate("cli", "--count and --rate take whole numbers");
    return probe::ProbeRunner::validate(*settings);
}

/// probe --reflector: a plain UDP echo (janus-cascade reflect on the far side), no profile, no
/// Janus.
int probeReflector(Context& c) {
    QString host;
    int port = 0;
    if (!probe::ProbeRunner::parseEndpoint(c.parser.value(QStringLiteral("reflector")), &host,
                                           &port))
        return c.out.fail(Usage, QStringLiteral("usage"),
                          QCoreApplication::translate("cli", "--reflector takes ADDR:PORT"));
    probe::ProbeRunner::Settings settings;
    if (const QString problem = countAndRate(c, &settings); !problem.isEmpty())
        return c.out.fail(Usage, QStringLiteral("usage"), problem);
    probe::ProbeRunner runner(
        {probe::Hop{nullptr, QStringLiteral("the reflector"), {}, host, port, {}}}, settings,
        QStringLiteral("reflector %1:%2").arg(host).arg(port));
    return runProbe(c, &runner);
}

} // namespace

int probe(Context& c) {
    if (c.parser.isSet(QStringLiteral("reflector")))
        return probeReflector(c);
    if (c.args.isEmpty() ||
        (c.parser.isSet(QStringLiteral("node")) == c.parser.isSet(QStringLiteral("path"))))
        return c.out.fail(
            Usage, QStringLiteral("usage"),
            QCoreApplication::translate("cli", "usage: janus-cascade probe PROFILE --node N | "
                                               "--path A:B [--count N] [--rate PPS]"));
    ProfileSession session(c.out);
    if (!session.load(c.args[0]))
        return c.out.fail(InvalidProfile, session.loadFailure());
    const QStringList nodes = c.parser.isSet(QStringLiteral("node"))
                                  ? QStringList{c.parser.value(QStringLiteral("node"))}
                                  : c.parser.value(QStringLiteral("path")).split(QLatin1Char(':'));
    if (nodes.size() > 2 || nodes.contains(QString()))
        return c.out.fail(Usage, QStringLiteral("usage"),
                          QCoreApplication::translate("cli", "--path takes two node ids: A:B"));
    for (const QString& n : nodes)
        if (!session.profile().node(n))
            return c.out.fail(
                Usage, QStringLiteral("no_such_node"),
                QCoreApplication::translate("cli", "no node '%1' in %2").arg(n, c.args[0]));
    probe::ProbeRunner::Settings settings = probe::settingsFromProfile(session.profile().probe);
    if (const QString problem = countAndRate(c, &settings); !problem.isEmpty())
        return c.out.fail(Usage, QStringLiteral("usage"), problem);

    std::optional<profile::Srtp> srtp;
    if (c.parser.isSet(QStringLiteral("srtp"))) {
        srtp = profile::srtpFromString(c.parser.value(QStringLiteral("srtp")));
        if (!srtp)
            return c.out.fail(
                Usage, QStringLiteral("usage"),
                QCoreApplication::translate("cli", "--srtp takes preferred, required or off"));
    }

    const QStringList down = session.connect(nodes, c.timeoutMs);
    if (!down.isEmpty())
        return c.out.fail(Unreachable, session.unreachable(down, QStringLiteral("probe")));
    session.settleJournal(c.timeoutMs);
    QString error;
    std::unique_ptr<probe::ProbeRunner> runner(
        session.fleet().createProbe(nodes, settings, &error, nullptr, srtp));
    if (!runner)
        return c.out.fail(Failed, QStringLiteral("probe_failed"), error);
    return runProbe(c, runner.get());
}

int reflect(Context& c) {
    QString host;
    int port = 0;
    if (!probe::ProbeRunner::parseEndpoint(c.parser.value(QStringLiteral("bind")), &host, &port))
        return c.out.fail(
            Usage, QStringLiteral("usage"),
            QCoreApplication::translate(
                "cli", "usage: janus-cascade reflect --bind ADDR:PORT (e.g. 0.0.0.0:40000)"));
    probe::UdpReflector reflector;
    if (!reflector.bind(QHostAddress(host), quint16(port)))
        return c.out.fail(Failed, QStringLiteral("io_error"), reflector.errorString(),
                          QCoreApplication::translate(
                              "cli", "the address is not this host's or the port is taken"));
    c.out.line(QCoreApplication::translate(
                   "cli", "echoing UDP on %1:%2; probe it from the console, Ctrl-C to stop")
                   .arg(host)
                   .arg(port));
    StopSignal stop;
    Wait([&stop] { return stop.isRequested(); }).on(&stop, &StopSignal::requested).run(-1);
    c.out.line(QCoreApplication::translate("cli", "echoed %1 datagram(s)").arg(reflector.echoed()));
    c.out.object({{QStringLiteral("echoed"), reflector.echoed()}});
    return Ok;
}

} // namespace cli

namespace cli {

namespace {

double linkStateValue(cascade::LinkController::State s) {
    using S = cascade::LinkController::State;
    switch (s) {
    case S::Up:
        return 3;
    case S::NoMedia: // below up, so that "jcc_link_state < 3" alerts fire for it too
        return 2.5;
    case S::Degraded:
        return 2;
    case S::Pending:
        return 1;
    case S::Down:
    case S::Stopped:
        return 0;
    }
    return 0;
}

} // namespace

namespace {

/// One check of a monitor round: a node (one id) or a path (two); a check that cannot start
/// (a node not connected, no free port) fails with the reason as its verdict.
probe::ProbeResult checkTarget(ProfileSession& session, const QStringList& target,
                               const probe::ProbeRunner::Settings& settings,
                               const StopSignal& stop) {
    bool ready = true;
    for (const QString& n : target)
        ready = ready && session.fleet().node(n) && session.fleet().node(n)->isReady();
    probe::ProbeResult result;
    QString notCreated = QCoreApplication::translate("cli", "a node is not connected");
    std::unique_ptr<probe::ProbeRunner> runner(
        ready ? session.fleet().createProbe(target, settings, &notCreated) : nullptr);
    if (!runner) {
        result.target = target.size() == 1
                            ? QStringLiteral("node %1").arg(target[0])
                            : QStringLiteral("path %1").arg(target.join(QStringLiteral(" → ")));
        // Not always a connection: the forwarded range can be exhausted too.
        result.verdict = QCoreApplication::translate("cli", "not probed: %1").arg(notCreated);
        return result;
    }
    bool finished = false;
    QObject::connect(runner.get(), &probe::ProbeRunner::finished, [&](const probe::ProbeResult& r) {
        result = r;
        finished = true;
    });
    runner->start();
    Wait([&] { return finished || stop.isRequested(); })
        .on(runner.get(), &probe::ProbeRunner::finished)
        .on(&stop, &StopSignal::requested)
        .run(settings.count * 1000 / settings.rate + 30000);
    if (!finished) {
        runner->cancel();
        Wait([&] { return finished; }).on(runner.get(), &probe::ProbeRunner::finished).run(10000);
    }
    return result;
}

/// The nodes and links as they are after a round's checks, into the round and the metrics.
void reportFleet(Context& c, ProfileSession& session, probe::PrometheusWriter& metrics,
                 QJsonObject& round) {
    QJsonObject nodes, links, portsUnusable, media;
    // After the probes: the ports they found refused count in this round.
    for (const QString& id : session.fleet().nodeIds()) {
        const cascade::NodeClient* node = session.fleet().node(id);
        const int refused = node->ports()->unusableCount();
        metrics.nodeUp(id, node->isReady());
        metrics.nodePortsUnusable(id, refused);
        nodes.insert(id, node->statusText());
        portsUnusable.insert(id, refused);
        if (refused > 0)
            c.out.line(QCoreApplication::translate("cli", "warning: node %1: %2")
                           .arg(id, node->portHealthText()));
    }
    for (const QString& id : session.fleet().linkIds()) {
        const cascade::LinkController* link = session.fleet().link(id);
        int up = 0;
        for (const cascade::Mirror& m : link->mirrors())
            up += m.state == cascade::Mirror::State::Up;
        metrics.linkState(id, linkStateValue(link->state()), up);
        if (const cascade::MediaWatch* watch = session.fleet().mediaWatch(id))
            for (const cascade::MirrorMedia& m : watch->media())
                for (const cascade::StreamCount& s : m.last.streams)
                    metrics.mirrorMedia(id, m.publisher.toString(), s.mid, s.type,
                                        double(s.packets), s.bitrateBps);
        links.insert(id, cascade::LinkController::stateName(link->state()));
        QJsonObject mirrors; // per source publisher: what its copy last received
        for (const cascade::Mirror& m : link->mirrors())
            mirrors.insert(m.publisher.toString(),
                           mediaJson(session.fleet().mediaWatch(id), m.publisher));
        media.insert(id, mirrors);
    }
    round.insert(QStringLiteral("nodes"), nodes);
    round.insert(QStringLiteral("links"), links);
    round.insert(QStringLiteral("ports_unusable"), portsUnusable);
    round.insert(QStringLiteral("media"), media);
}

/// Node health (Admin API) and the source media of every enabled link's mirrors, into the round
/// and the metrics.
void reportHealth(Context& c, ProfileSession& session, probe::PrometheusWriter& metrics,
                  QJsonObject& round) {
    QJsonObject health, media;
    for (const QString& id : session.fleet().nodeIds())
        health.insert(id, session.fleet().node(id)->health()->health().toJson());
    for (const profile::Link& l : session.profile().links)
        if (l.enabled && session.fleet().node(l.sourceNode) &&
            session.fleet().node(l.sourceNode)->admin())
            media.insert(l.id, readSourceMedia(c, session, l, c.timeoutMs));
    writeHealthMetrics(session, media, metrics);
    round.insert(QStringLiteral("health"), health);
    round.insert(QStringLiteral("source_media"), media);
}

/// What a monitor round checks: the probe targets, and for each the alert target it feeds.
struct Checks {
    QList<QStringList> targets;
    QStringList alertTargets;
};

/// One monitor round: every check in turn, then the fleet and the alerts; prints the round, hands
/// its metrics to the exporter (textfile, /metrics); true when every check passed.
bool monitorRound(Context& c, ProfileSession& session, const Checks& checks,
                  const probe::ProbeRunner::Settings& settings, const StopSignal& stop,
                  MetricsExporter& exporter, AlertReport& alerts) {
    exporter.roundStarted();
    probe::PrometheusWriter metrics;
    QJsonObject round{
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    QJsonArray probes;
    bool allPassed = true;
    for (qsizetype i = 0; i < checks.targets.size(); ++i) {
        if (stop.isRequested())
            break;
        const probe::ProbeResult result = checkTarget(session, checks.targets[i], settings, stop);
        alerts.probe(checks.alertTargets[i], result);
        allPassed = allPassed && result.passed;
        metrics.probe(result, QDateTime::currentSecsSinceEpoch());
        probes.append(result.toJson());
        c.out.line(QStringLiteral("%1  %2").arg(
            result.passed ? QStringLiteral("PASS") : QStringLiteral("FAIL"), result.verdict));
    }
    reportFleet(c, session, metrics, round);
    reportHealth(c, session, metrics, round);
    alerts.finishRound(session, metrics, round);
    round.insert(QStringLiteral("probes"), probes);
    round.insert(QStringLiteral("passed"), allPassed);
    c.out.object(round);
    QString error;
    if (!exporter.roundFinished(metrics, &error))
        c.out.line(QCoreApplication::translate("cli", "warning: %1").arg(error));
    return allPassed;
}

/// --textfile and --listen (/metrics and /healthz), both before anything is created on
/// servers; Ok, or the exit code of the failure it printed.
int startExporting(Context& c, ProfileSession& session, MetricsExporter& exporter) {
    const QString textfile = c.parser.value(QStringLiteral("textfile"));
    if (!textfile.isEmpty()) {
        // Fail now, not after the first round: the target must be writable.
        QString error;
        if (!probe::PrometheusWriter().writeTo(textfile, &error))
            return c.out.fail(Failed, QStringLiteral("io_error"), error,
                              QCoreApplication::translate(
                                  "cli", "--textfile must name a file in a writable folder"));
    }
    exporter.setTextfile(textfile);
    exporter.setLiveMetrics([&c, &session](probe::PrometheusWriter& metrics) {
        if (!session.hasFleet())
            return;
        // Quiet: a scrape must not print the round's warnings again.
        Output quiet(true);
        Context silent{c.parser, c.args, quiet, c.timeoutMs};
        QJsonObject ignored;
        reportFleet(silent, session, metrics, ignored);
    });
    exporter.setReachability(
        [&session] {
            QStringList down;
            for (const profile::Node& n : session.profile().nodes)
                if (!session.hasFleet() || !session.fleet().node(n.id) ||
                    !session.fleet().node(n.id)->isReady())
                    down << n.id;
            return down;
        },
        int(session.profile().nodes.size()));
    if (!c.parser.isSet(QStringLiteral("listen")))
        return Ok;
    QHostAddress address;
    quint16 port = 0;
    const QString value = c.parser.value(QStringLiteral("listen"));
    if (const QString problem = MetricsExporter::parseListen(value, &address, &port);
        !problem.isEmpty())
        return c.out.fail(Usage, QStringLiteral("usage"), problem);
    QString error;
    if (!exporter.listen(address, port, &error))
        return c.out.fail(Usage, QStringLiteral("listen_failed"), error,
                          QCoreApplication::translate(
                              "cli", "--listen needs an address of this host and a free port"));
    c.out.line(QCoreApplication::translate("cli", "serving /metrics and /healthz on http://%1/")
                   .arg(value));
    return Ok;
}

} // namespace

int monitor(Context& c) {
    if (c.args.isEmpty())
        return c.out.fail(
            Usage, QStringLiteral("usage"),
            QCoreApplication::translate(
                "cli", "usage: janus-cascade monitor PROFILE [--interval S] [--textfile PATH] "
                       "[--listen ADDR:PORT] [--once]"));
    ProfileSession session(c.out);
    if (!session.load(c.args[0]))
        return c.out.fail(InvalidProfile, session.loadFailure());
    int interval = session.profile().probe.intervalSeconds;
    if (!intOption(c, QStringLiteral("interval"), &interval) || interval < 5 || interval > 86400)
        return c.out.fail(Usage, QStringLiteral("usage"),
                          QCoreApplication::translate("cli", "--interval must be 5–86400 seconds"));
    MetricsExporter exporter(interval);
    if (const int code = startExporting(c, session, exporter); code != Ok)
        return code;
    probe::ProbeRunner::Settings settings = probe::settingsFromProfile(session.profile().probe);
    settings.count =
        std::min(settings.count, settings.rate * std::max(1, interval / 4)); // leave time to rest
    settings.spinPacing = false; // two thirds of a busy monitor's CPU (docs/performance.md)

    session.connect({}, c.timeoutMs);
    session.settleJournal(c.timeoutMs);
    for (const profile::Link& l : session.profile().links)
        if (l.enabled && session.fleet().link(l.id))
            session.fleet().link(l.id)->start(2000);
    StopSignal stop;

    // Node checks of every node, then path checks along every enabled link, one at a time.
    Checks checks;
    for (const profile::Node& n : session.profile().nodes) {
        checks.targets << QStringList{n.id};
        checks.alertTargets << cascade::AlertEngine::nodeTarget(n.id);
    }
    for (const profile::Link& l : session.profile().links)
        if (l.enabled) {
            checks.targets << QStringList{l.sourceNode, l.targetNode};
            checks.alertTargets << cascade::AlertEngine::linkTarget(l.id);
        }
    AlertReport alerts(c, session.profile());
    bool allPassed = true;
    do {
        allPassed = monitorRound(c, session, checks, settings, stop, exporter, alerts);
        if (c.parser.isSet(QStringLiteral("once")))
            break;
        Wait([&stop] { return stop.isRequested(); })
            .on(&stop, &StopSignal::requested)
            .run(interval * 1000);
    } while (!stop.isRequested());
    if (!allPassed)
        return c.out.fail(
            Failed, QStringLiteral("probe_failed"),
            QCoreApplication::translate("cli", "the last round's checks did not all pass"),
            QCoreApplication::translate("cli",
                                        "each failed check's verdict is in the round above"));
    return Ok;
}

} // namespace cli
