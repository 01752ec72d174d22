#pragma once
// The NAT lab's cast, shared by the tests that run inside it (tests/support/natlab-run.sh):
// Janus A on the public segment with a real WebRTC publisher in room 1234, Janus B behind the
// NAT (private 100.64.0.10, public 198.51.100.2, forwarded UDP range), a profile with link
// a-to-b, and the checks a test makes on B through the servers' own answers.
#include "cascade/marker.h"
#include "janusinstance.h"
#include "profile/profileio.h"
#include "profile/secretstore.h"
#include "replywait.h"
#include "webrtcpublisher.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkDatagram>
#include <QTemporaryDir>
#include <QUdpSocket>

namespace natlab {

inline QString lab(const char* name) {
    return qEnvironmentVariable(name);
}

inline QStringList inNamespace(const char* var) {
    return {QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("exec"), lab(var)};
}

struct CliRun {
    int code;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const {
        return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    }
};

inline CliRun cli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(JCC_CLI_BINARY), args);
    p.waitForFinished(90000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

constexpr char kRoomSecretA[] = "nat-lab-room-secret-a";
constexpr char kRoomSecretB[] = "nat-lab-room-secret-b";

class Fixture {
public:
    /// The room secrets of the profile's nodes, as the console's secret store holds them.
    static profile::MemorySecretStore secrets() {
        profile::MemorySecretStore store;
        store.setSecret(QStringLiteral("a"), profile::SecretKind::RoomSecret,
                        QString::fromLatin1(kRoomSecretA));
        store.setSecret(QStringLiteral("b"), profile::SecretKind::RoomSecret,
                        QString::fromLatin1(kRoomSecretB));
        return store;
    }

    std::unique_ptr<testsupport::JanusInstance> a, b;
    std::unique_ptr<testsupport::WebRtcPublisher> publisher;
    testsupport::LiveVideoRoom liveA, liveB;
    QTemporaryDir dir;
    QString profilePath;
    profile::Profile profile;

    /// Empty when the lab is up; otherwise why the test must skip ("SKIPPED: …").
    static QString skipReason() {
        if (lab("JCC_LAB_NS_CONSOLE").isEmpty())
            return QStringLiteral(
                "SKIPPED: not inside the NAT lab; run through ctest (tests/support/natlab-run.sh)");
        QString why;
        if (!testsupport::JanusInstance::available(&why) ||
            !testsupport::WebRtcPublisher::available(&why))
            return QStringLiteral("SKIPPED: %1").arg(why);
        return {};
    }

    /// Starts A, B and the publisher, connects to both, writes the profile. Empty = done.
    QString start() {
        using testsupport::JanusInstance;
        JanusInstance::Options ao;
        ao.name = QStringLiteral("a");
        ao.wsIp = lab("JCC_LAB_A_IP");
        ao.wsPort = 8188;
        ao.adminPort = 7188;
        ao.commandPrefix = inNamespace("JCC_LAB_NS_A");
        ao.rooms = {{1234, QStringLiteral("Source"), QString::fromLatin1(kRoomSecretA), false}};
        a = std::make_unique<JanusInstance>(ao);
        JanusInstance::Options bo = ao;
        bo.name = QStringLiteral("b");
        bo.wsIp = lab("JCC_LAB_B_PRIVATE");
        bo.commandPrefix = inNamespace("JCC_LAB_NS_B");
        bo.rooms.first().secret = QString::fromLatin1(kRoomSecretB);
        bo.rooms.first().opusFec = false; // rooms differ, as they do in real fleets
        // The rooms have secrets, as real ones do: the CLI (a child process) takes them from
        // the environment, in-process fleets from secrets().
        qputenv("JCC_A_ROOM_SECRET", kRoomSecretA);
        qputenv("JCC_B_ROOM_SECRET", kRoomSecretB);
        b = std::make_unique<JanusInstance>(bo);
        if (!a->start())
            return a->log();
        if (!b->start())
            return b->log();

        // The console reaches B only through the NAT's public address.
        const QUrl bPublicUrl(QStringLiteral("ws://%1:8188").arg(lab("JCC_LAB_B_PUBLIC")));
        if (!liveB.open(bPublicUrl))
            return QStringLiteral("node B is not reachable through the NAT");
        if (!liveA.open(a->apiUrl()))
            return QStringLiteral("node A is not reachable");

        profile.name = QStringLiteral("NAT lab");
        profile.nodes << profile::Node{QStringLiteral("a"),
                                       QStringLiteral("A"),
                                       a->apiUrl(),
                                       {},
                                       {},
                                       lab("JCC_LAB_A_IP"),
                                       {},
                                       {}};
        profile.nodes << profile::Node{
            QStringLiteral("b"),
            QStringLiteral("B behind NAT"),
            bPublicUrl,
            {},
            lab("JCC_LAB_B_PRIVATE"),
            lab("JCC_LAB_B_PUBLIC"),
            profile::PortRange{lab("JCC_LAB_FWD_FIRST").toInt(), lab("JCC_LAB_FWD_LAST").toInt()},
            {}};
        profile.links << profile::Link{QStringLiteral("a-to-b"),
                                       QStringLiteral("a"),
                                       janus::Id(1234),
                                       {},
                                       QStringLiteral("b"),
                                       janus::Id(1234),
                                       false,
                                       {},
                                       true};
        profilePath = dir.filePath(QStringLiteral("nat.json"));
        if (!profile::io::save(profilePath, profile))
            return QStringLiteral("cannot save %1").arg(profilePath);

        testsupport::WebRtcPublisher::Options po;
        po.url = a->apiUrl();
        po.room = 1234;
        po.display = QStringLiteral("alice");
        po.commandPrefix = inNamespace("JCC_LAB_NS_A");
        publisher = std::make_unique<testsupport::WebRtcPublisher>(po);
        if (!publisher->start())
            return publisher->log();
        return {};
    }

    void dumpLogs() const {
        a->dumpLog();
        b->dumpLog();
        if (publisher)
            qInfo().noquote() << "publisher log:" << publisher->log();
    }

    /// Link a-to-b's copies in B's room 1234, as B lists them.
    QList<janus::videoroom::Participant> mirrorsOnB(int timeoutMs = 3000) {
        QList<janus::videoroom::Participant> out;
        const auto listed =
            testsupport::wait(liveB.videoroom->listParticipants(janus::Id(1234)), timeoutMs);
        for (const auto& p : janus::videoroom::parseParticipants(listed.result))
            if (p.remote && cascade::marker::linkOfDisplay(p.display) == QStringLiteral("a-to-b"))
                out << p;
        return out;
    }

    /// Counts the RTP arriving at B's remote publisher for ms: rtp_forward it to the console.
    /// -1: no socket, -2: B refused the forward.
    int countRtpAtB(janus::Id remotePublisher, int ms) {
        QUdpSocket sink;
        if (!sink.bind(QHostAddress(lab("JCC_LAB_CONSOLE_IP")), 0))
            return -1;
        const auto forwarded = testsupport::wait(liveB.videoroom->rtpForward(
            janus::Id(1234), remotePublisher, lab("JCC_LAB_CONSOLE_IP"),
            {{QStringLiteral("0"), sink.localPort(), 0}}, QString::fromLatin1(kRoomSecretB)));
        if (!forwarded.ok())
            return -2;
        int received = 0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            QTest::qWait(20);
            while (sink.hasPendingDatagrams()) {
                sink.receiveDatagram();
                ++received;
            }
        }
        const auto stream = janus::videoroom::parseRtpForward(forwarded.result).streams.value(0);
        testsupport::wait(liveB.videoroom->stopRtpForward(
            janus::Id(1234), remotePublisher, stream.streamId, QString::fromLatin1(kRoomSecretB)));
        return received;
    }
};

} // namespace natlab
