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
    {"validate",
     QT_TRANSLATE_NOOP("cli", "validate PROFILE            check a profile, name every problem"),
     &validate},
    {"status",
     QT_TRANSLATE_NOOP("cli",
                       "status PROFILE              nodes (state, version, addresses) and links"),
     &status},
    {"rooms",
     QT_TRANSLATE_NOOP("cli",
                       "rooms PROFILE NODE          rooms of a node and their participant counts"),
     &rooms},
    {"link",
     QT_TRANSLATE_NOOP("cli",
                       "link up|down PROFILE LINK   bring a cascade link up (waits) or down"),
     &link},
    {"orphans",
     QT_TRANSLATE_NOOP("cli", "orphans PROFILE [--remove]  find (and remove) objects no link owns"),
     &orphans},
    {"run",
     QT_TRANSLATE_NOOP("cli",
                       "run PROFILE                 keep every enabled link up until stopped"),
     &run},
    {"probe",
     QT_TRANSLATE_NOOP("cli", "probe PROFILE --node N | --path A:B | --reflector ADDR:PORT "
                              "[--count N] [--rate PPS] [--srtp MODE]  RTP "
                              "loopback probe"),
     &probe},
    {"reflect",
     QT_TRANSLATE_NOOP("cli", "reflect --bind ADDR:PORT    echo UDP to test a port forward"),
     &reflect},
    {"monitor",
     QT_TRANSLATE_NOOP("cli",
                       "monitor PROFILE [--interval S] [--textfile PATH] [--listen ADDR:PORT] "
                       "[--once]  links up + probes on a schedule, Prometheus metrics "
                       "(file, or /metrics and /healthz over HTTP)"),
     &monitor},
};

QString commandHelp() {
    QString text = QCoreApplication::translate("cli", "Commands:") + QLatin1Char('\n');
    for (const Command& c : commands)
        text += QStringLiteral("  %1\n").arg(QCoreApplication::translate("cli", c.synopsis));
    text += QLatin1Char('\n') +
            QCoreApplication::translate(
                "cli", "Exit codes: 0 ok, 1 failed (link down, probe failed), 2 usage, 3 invalid "
                       "profile, 4 node unreachable, secret or TLS certificate refused.\nSecrets "
                       "come from JCC_<NODE>_API_SECRET, "
                       "_TOKEN, _ADMIN_SECRET, _ADMIN_KEY, _ROOM_SECRET.");
    return text;
}

/// The options of every command; one parser takes them all.
QList<QCommandLineOption> options() {
    return {
        {QStringLiteral("json"),
         QCoreApplication::translate("cli", "Machine-readable JSON output.")},
        {QStringLiteral("verbose"),
         QCoreApplication::translate(
             "cli", "Log connections and server actions on stderr (QT_LOGGING_RULES "
                    "selects more, e.g. jcc.janus.traffic.debug=true).")},
        {QStringLiteral("timeout"),
         QCoreApplication::translate("cli", "Seconds to wait for nodes and links (default 10)."),
         QStringLiteral("s"), QStringLiteral("10")},
        {QStringLiteral("remove"),
         QCoreApplication::translate("cli", "orphans: remove what was found.")},
        {QStringLiteral("node"), QCoreApplication::translate("cli", "probe: node check of NODE."),
         QStringLiteral("node")},
        {QStringLiteral("path"), QCoreApplication::translate("cli", "probe: path check A:B."),
         QStringLiteral("a:b")},
        {QStringLiteral("count"), QCoreApplication::translate("cli", "probe: packets to send."),
         QStringLiteral("n")},
        {QStringLiteral("rate"), QCoreApplication::translate("cli", "probe: packets per second."),
         QStringLiteral("pps")},
        {QStringLiteral("srtp"),
         QCoreApplication::translate(
             "cli", "probe --path: preferred, required or off (default: as the link A→B is set, "
                    "else preferred)."),
         QStringLiteral("mode")},
        {QStringLiteral("reflector"),
         QCoreApplication::translate(
             "cli", "probe: a UDP echo (janus-cascade reflect) instead of a node."),
         QStringLiteral("addr:port")},
        {QStringLiteral("bind"),
         QCoreApplication::translate("cli", "reflect: address and port to listen on."),
         QStringLiteral("addr:port")},
        {QStringLiteral("interval"),
         QCoreApplication::translate("cli", "monitor: seconds between checks."),
         QStringLiteral("s")},
        {QStringLiteral("textfile"),
         QCoreApplication::translate("cli", "monitor: write Prometheus metrics to this file."),
         QStringLiteral("path")},
        {QStringLiteral("listen"),
         QCoreApplication::translate(
             "cli", "monitor: serve /metrics and /healthz over HTTP on ADDR:PORT (e.g. "
                    "127.0.0.1:9464, [::1]:9464)."),
         QStringLiteral("addr:port")},
        {QStringLiteral("once"),
         QCoreApplication::translate("cli", "monitor: one round, then exit.")},
    };
}

} // namespace

int run(QCoreApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli",
                                    "Cascade Janus VideoRoom servers through NAT, headless.") +
        QStringLiteral("\n\n") + commandHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(options());
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("cli", "The command (see above)."));
    // parse(), not process(): an unknown option is a usage error (exit 2, and JSON with --json),
    // where process() would exit 1 with Qt's own text.
    if (!parser.parse(app.arguments())) {
        Output out(app.arguments().contains(QStringLiteral("--json")));
        return out.fail(Usage, QStringLiteral("usage"),
                        parser.errorText() + QCoreApplication::translate("cli", " See --help."));
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
                        QCoreApplication::translate("cli", "no command given; see --help"));
    }
    const QString name = args.takeFirst();
    bool ok = false;
    const double timeout = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || timeout <= 0 || timeout > 3600)
        return out.fail(
            Usage, QStringLiteral("usage"),
            QCoreApplication::translate("cli", "--timeout must be between 0 and 3600 seconds"));
    Context context{parser, args, out, int(timeout * 1000)};
    for (const Command& c : commands)
        if (name == QLatin1String(c.name))
            return c.run(context);
    return out.fail(
        Usage, QStringLiteral("usage"),
        QCoreApplication::translate("cli", "unknown command '%1'; see --help").arg(name));
}

} // namespace cli
