// jcc-demo-lab: starts the demo's Janus nodes (and WebRTC publisher) with the same launcher
// the tests use, writes a profile for them, prints "ready PROFILE" and keeps everything running
// until SIGINT/SIGTERM, then stops all of it.
//
//   jcc-demo-lab --profile PATH [--nat]     (--nat: inside the NAT lab, run from its console
//                                             namespace with JCC_LAB_* set by natlab.sh env)
#include "janusinstance.h"
#include "profile/profileio.h"
#include "webrtcpublisher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using testsupport::JanusInstance;
using testsupport::WebRtcPublisher;

namespace {

int g_signalPipe[2];

void onSignal(int) {
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

QStringList inNamespace(const char* var) {
    return {QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("exec"),
            qEnvironmentVariable(var)};
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("profile"),
                        QStringLiteral("Where to write the demo profile."), QStringLiteral("path")},
                       {QStringLiteral("nat"),
                        QStringLiteral("Node B behind the NAT lab (needs natlab.sh env).")}});
    parser.process(app);
    const bool nat = parser.isSet(QStringLiteral("nat"));
    const QString profilePath = parser.value(QStringLiteral("profile"));
    if (profilePath.isEmpty())
        parser.showHelp(2);

    ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QSocketNotifier stop(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&stop, &QSocketNotifier::activated, &app, &QCoreApplication::quit);

    JanusInstance::Options a;
    a.name = QStringLiteral("node-a");
    a.rooms = {{1234, QStringLiteral("Demo: publishers on A"), {}, false},
               {2000, QStringLiteral("Demo: lobby"), {}, false}};
    JanusInstance::Options b = a;
    b.name = QStringLiteral("node-b");
    b.rooms = {{1234, QStringLiteral("Demo: cascade target on B"), {}, false}};
    profile::Profile p;
    p.name =
        nat ? QStringLiteral("Demo: node B behind NAT") : QStringLiteral("Demo: two local nodes");
    int firstPort = 40000, lastPort = 40099;
    if (nat) {
        a.wsIp = qEnvironmentVariable("JCC_LAB_A_IP");
        a.wsPort = 8188;
        a.adminPort = 7188;
        a.commandPrefix = inNamespace("JCC_LAB_NS_A");
        b.wsIp = qEnvironmentVariable("JCC_LAB_B_PRIVATE");
        b.wsPort = 8188;
        b.adminPort = 7188;
        b.commandPrefix = inNamespace("JCC_LAB_NS_B");
        firstPort = qEnvironmentVariableIntValue("JCC_LAB_FWD_FIRST");
        lastPort = qEnvironmentVariableIntValue("JCC_LAB_FWD_LAST");
    } else {
        firstPort = JanusInstance::freeUdpPortBlock(200);
        lastPort = firstPort + 99;
    }
    JanusInstance janusA(a), janusB(b);
    if (!janusA.start() || !janusB.start()) {
        qCritical().noquote() << "cannot start Janus:" << janusA.log().right(2000)
                              << janusB.log().right(2000);
        return 1;
    }
    const QUrl bUrl =
        nat ? QUrl(QStringLiteral("ws://%1:8188").arg(qEnvironmentVariable("JCC_LAB_B_PUBLIC")))
            : janusB.apiUrl();
    p.nodes << profile::Node{
        QStringLiteral("node-a"),
        QStringLiteral("Node A"),
        janusA.apiUrl(),
        janusA.adminUrl(),
        {},
        a.wsIp,
        profile::PortRange{firstPort + (nat ? 0 : 100), lastPort + (nat ? 0 : 100)},
        {}};
    p.nodes << profile::Node{QStringLiteral("node-b"),
                             nat ? QStringLiteral("Node B (behind NAT)") : QStringLiteral("Node B"),
                             bUrl,
                             {},
                             nat ? b.wsIp : QString(),
                             nat ? qEnvironmentVariable("JCC_LAB_B_PUBLIC") : b.wsIp,
                             profile::PortRange{firstPort, lastPort},
                             {}};
    p.links << profile::Link{QStringLiteral("a-to-b"),
                             QStringLiteral("node-a"),
                             janus::Id(1234),
                             {},
                             QStringLiteral("node-b"),
                             janus::Id(1234),
                             true,
                             {},
                             true};
    if (nat)
        p.probe.returnAddress = qEnvironmentVariable("JCC_LAB_CONSOLE_IP");
    QString error;
    if (!profile::io::save(profilePath, p, &error)) {
        qCritical().noquote() << error;
        return 1;
    }

    // A real WebRTC publisher needs a non-loopback interface next to Janus A: only in the lab.
    std::unique_ptr<WebRtcPublisher> publisher;
    QString why;
    if (nat && WebRtcPublisher::available(&why)) {
        WebRtcPublisher::Options po;
        po.url = janusA.apiUrl();
        po.room = 1234;
        po.display = QStringLiteral("alice");
        po.commandPrefix = inNamespace("JCC_LAB_NS_A");
        po.durationSeconds = 24 * 3600;
        publisher = std::make_unique<WebRtcPublisher>(po);
        if (!publisher->start())
            qWarning().noquote() << "the demo publisher did not start:" << publisher->log();
    } else if (nat) {
        qWarning().noquote() << "no demo publisher:" << why;
    }
    QTextStream(stdout) << "ready " << profilePath << Qt::endl;
    const int rc = app.exec();
    publisher.reset();
    janusA.stop();
    janusB.stop();
    return rc;
}
