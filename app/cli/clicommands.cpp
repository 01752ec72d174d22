#include "clicommands.h"

#include "commands.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace cli {

namespace {

struct Command {
    const char* name;
    const char* synopsis;
    int (*run)(Context&);
};

const Command commands[] = {
    {"validate", "validate PROFILE            check a profile, name every problem", &validate},
    {"status", "status PROFILE              nodes (state, version, addresses) and links", &status},
    {"rooms", "rooms PROFILE NODE          rooms of a node and their participant counts", &rooms},
    {"link", "link up|down PROFILE LINK   bring a cascade link up (waits) or down", &link},
    {"orphans", "orphans PROFILE [--remove]  find (and remove) objects no link owns", &orphans},
    {"run", "run PROFILE                 keep every enabled link up until stopped", &run},
    {"probe",
     "probe PROFILE --node N | --path A:B | --reflector ADDR:PORT [--count N] [--rate PPS]  RTP "
     "loopback probe",
     &probe},
    {"reflect", "reflect --bind ADDR:PORT    echo UDP to test a port forward", &reflect},
    {"monitor",
     "monitor PROFILE [--interval S] [--textfile PATH] [--once]  links up + probes on a schedule, "
     "Prometheus metrics",
     &monitor},
};

QString commandHelp() {
    QString text = QStringLiteral("Commands:\n");
    for (const Command& c : commands)
        text += QStringLiteral("  %1\n").arg(QString::fromLatin1(c.synopsis));
    text +=
        QStringLiteral("\nExit codes: 0 ok, 1 failed (link down, probe failed), 2 usage, 3 invalid "
                       "profile, 4 node unreachable, secret or TLS certificate refused.\nSecrets "
                       "come from JCC_<NODE>_API_SECRET, "
                       "_TOKEN, _ADMIN_SECRET, _ADMIN_KEY, _ROOM_SECRET.");
    return text;
}

} // namespace

int run(QCoreApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Cascade Janus VideoRoom servers through NAT, headless.\n\n") +
        commandHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("json"), QStringLiteral("Machine-readable JSON output.")},
        {QStringLiteral("verbose"),
         QStringLiteral("Log connections and server actions on stderr (QT_LOGGING_RULES "
                        "selects more, e.g. jcc.janus.traffic.debug=true).")},
        {QStringLiteral("timeout"),
         QStringLiteral("Seconds to wait for nodes and links (default 10)."), QStringLiteral("s"),
         QStringLiteral("10")},
        {QStringLiteral("remove"), QStringLiteral("orphans: remove what was found.")},
        {QStringLiteral("node"), QStringLiteral("probe: node check of NODE."),
         QStringLiteral("node")},
        {QStringLiteral("path"), QStringLiteral("probe: path check A:B."), QStringLiteral("a:b")},
        {QStringLiteral("count"), QStringLiteral("probe: packets to send."), QStringLiteral("n")},
        {QStringLiteral("rate"), QStringLiteral("probe: packets per second."),
         QStringLiteral("pps")},
        {QStringLiteral("reflector"),
         QStringLiteral("probe: a UDP echo (janus-cascade reflect) instead of a node."),
         QStringLiteral("addr:port")},
        {QStringLiteral("bind"), QStringLiteral("reflect: address and port to listen on."),
         QStringLiteral("addr:port")},
        {QStringLiteral("interval"), QStringLiteral("monitor: seconds between checks."),
         QStringLiteral("s")},
        {QStringLiteral("textfile"),
         QStringLiteral("monitor: write Prometheus metrics to this file."), QStringLiteral("path")},
        {QStringLiteral("once"), QStringLiteral("monitor: one round, then exit.")},
    });
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("The command (see above)."));
    // parse(), not process(): an unknown option is a usage error (exit 2, and JSON with --json),
    // where process() would exit 1 with Qt's own text.
    if (!parser.parse(app.arguments())) {
        Output out(app.arguments().contains(QStringLiteral("--json")));
        return out.fail(Usage, QStringLiteral("usage"),
                        parser.errorText() + QStringLiteral(" See --help."));
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(Ok);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    // The core logs every connection step; a script's stderr must stay empty on success
    // (docs/cli.md). QT_LOGGING_RULES is evaluated after these rules, so it still wins.
    QLoggingCategory::setFilterRules(
        parser.isSet(QStringLiteral("verbose"))
            ? QStringLiteral("jcc.*.info=true\njcc.*.warning=true")
            : QStringLiteral("jcc.*.debug=false\njcc.*.info=false\njcc.*.warning=false"));

    Output out(parser.isSet(QStringLiteral("json")));
    QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        return out.fail(Usage, QStringLiteral("usage"),
                        QStringLiteral("no command given; see --help"));
    }
    const QString name = args.takeFirst();
    bool ok = false;
    const double timeout = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || timeout <= 0 || timeout > 3600)
        return out.fail(Usage, QStringLiteral("usage"),
                        QStringLiteral("--timeout must be between 0 and 3600 seconds"));
    Context context{parser, args, out, int(timeout * 1000)};
    for (const Command& c : commands)
        if (name == QLatin1String(c.name))
            return c.run(context);
    return out.fail(Usage, QStringLiteral("usage"),
                    QStringLiteral("unknown command '%1'; see --help").arg(name));
}

} // namespace cli
