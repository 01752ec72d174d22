// Media tap benchmark: what one tap round costs on the server side. Prints figures, asserts
// nothing. Run: build/tests/bench/bench_mediatap [ROUNDS]
// A real Janus (JCC_JANUS_BIN picks the binary) with K remote-publisher copies in a room with a
// secret, each fed 50 RTP packets/s (Opus-sized) from this process, as a cascade leg feeds its
// copy. Janus's CPU time (utime + stime from /proc/PID/stat) is read over a stretch without
// taps (the feed alone) and over ROUNDS tap rounds (cascade::MediaTap, as MediaWatch runs them:
// every copy at once, rtp_forward → count → stop_rtp_forward); the difference per round is the
// taps' cost. Requests per round are counted from the taps' own forwarder announcements.
#include "cascade/mediatap.h"
#include "janusinstance.h"
#include "replywait.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <QUdpSocket>
#include <QtEndian>
#include <cstdio>
#include <unistd.h>

using namespace janus;
using testsupport::JanusInstance;

namespace {

const QString kSecret = QStringLiteral("bench-room-secret");

/// utime + stime of a process, in ms.
double cpuMs(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

void waitMs(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Feeds every copy 50 packets/s of 12 + 80 bytes, SSRC 1000 (mindex 0), as a source node does.
class Feed : public QObject {
public:
    explicit Feed(QList<int> ports)
        : m_ports(std::move(ports)) {
        connect(&m_timer, &QTimer::timeout, this, [this] { send(); });
        m_timer.start(20);
    }

private:
    void send() {
        QByteArray packet(92, '\0');
        packet[0] = char(0x80);
        packet[1] = char(111);
        qToBigEndian<quint16>(m_seq++, packet.data() + 2);
        qToBigEndian<quint32>(m_seq * 960u, packet.data() + 4);
        qToBigEndian<quint32>(1000u, packet.data() + 8);
        for (int port : std::as_const(m_ports))
            m_socket.writeDatagram(packet, QHostAddress::LocalHost, quint16(port));
    }
    QList<int> m_ports;
    QUdpSocket m_socket;
    QTimer m_timer;
    quint16 m_seq = 0;
};

struct Round {
    int requests = 0;
    quint64 packets = 0;
};

/// One round: every copy tapped at once for tapMs; waits until every tap has finished.
Round tapRound(VideoRoom* videoroom, const QList<Id>& copies, int tapMs) {
    Round round;
    int pending = int(copies.size());
    QList<cascade::MediaTap*> taps;
    for (const Id& copy : copies) {
        auto* tap = new cascade::MediaTap(
            {videoroom,
             QStringLiteral("bench"),
             Id(1234),
             kSecret,
             copy,
             {videoroom::Stream::make(QStringLiteral("audio"), 0, QStringLiteral("opus"))}},
            {QStringLiteral("127.0.0.1"), 0, tapMs});
        QObject::connect(tap, &cascade::MediaTap::forwarderCreating,
                         [&round] { round.requests += 2; }); // its rtp_forward and its stop
        QObject::connect(tap, &cascade::MediaTap::finished,
                         [&round, &pending](const cascade::TapResult& r) {
                             round.packets += r.packets();
                             --pending;
                         });
        taps << tap;
        tap->start();
    }
    QElapsedTimer timer;
    timer.start();
    while (pending > 0 && timer.elapsed() < tapMs + 10000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    qDeleteAll(taps);
    return round;
}

void measure(JanusInstance& janus, VideoRoom* videoroom, int copiesWanted, int rounds, int tapMs) {
    const int firstPort = JanusInstance::freeUdpPortBlock(copiesWanted * 2);
    QList<Id> copies;
    QList<int> ports;
    for (int i = 0; i < copiesWanted; ++i) {
        VideoRoom::AddRemotePublisher spec;
        spec.room = Id(1234);
        spec.display = QStringLiteral("bench copy %1").arg(i);
        spec.port = firstPort + 2 * i;
        spec.rtcpPort = firstPort + 2 * i + 1;
        spec.streams = {
            videoroom::Stream::make(QStringLiteral("audio"), 0, QStringLiteral("opus"))};
        spec.secret = kSecret;
        const auto added = testsupport::wait(videoroom->addRemotePublisher(spec));
        if (!added.ok()) {
            std::printf("add_remote_publisher failed: %s\n", qPrintable(added.error.message()));
            return;
        }
        copies << videoroom::parseRemotePublisher(added.result)->id;
        ports << spec.port;
    }
    Feed feed(ports);
    waitMs(1000);
    // The feed alone, for as long as the rounds will take.
    const int stretchMs = rounds * (tapMs + 200);
    double before = cpuMs(janus.pid());
    waitMs(stretchMs);
    const double feedOnlyPerSecond = (cpuMs(janus.pid()) - before) * 1000.0 / stretchMs;

    before = cpuMs(janus.pid());
    QElapsedTimer timer;
    timer.start();
    Round total;
    for (int r = 0; r < rounds; ++r) {
        const Round round = tapRound(videoroom, copies, tapMs);
        total.requests += round.requests;
        total.packets += round.packets;
    }
    const double elapsedMs = double(timer.elapsed());
    const double tapsCpu = cpuMs(janus.pid()) - before - feedOnlyPerSecond * elapsedMs / 1000.0;
    std::printf("| %d | %d | %.1f | %.0f | %.2f | %.2f | %.2f |\n", copiesWanted, rounds,
                double(total.requests) / rounds, double(total.packets) / rounds,
                elapsedMs / rounds / 1000.0, tapsCpu / rounds, feedOnlyPerSecond);
    std::fflush(stdout);
    for (const Id& copy : copies)
        testsupport::wait(videoroom->removeRemotePublisher(Id(1234), copy, kSecret));
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 5;
    const int tapMs = 3000;
    QString why;
    if (!JanusInstance::available(&why)) {
        std::printf("SKIPPED: %s\n", qPrintable(why));
        return 0;
    }
    JanusInstance::Options o;
    o.rooms = {{1234, QStringLiteral("Bench"), kSecret, false}};
    JanusInstance janus(o);
    if (!janus.start()) {
        std::printf("janus did not start:\n%s\n", qPrintable(janus.log()));
        return 1;
    }
    testsupport::LiveVideoRoom live;
    if (!live.open(janus.apiUrl(JanusInstance::Transport::WebSocket)))
        return 1;
    std::printf("Janus %s, taps of %d ms, %d rounds per row\n\n",
                qPrintable(JanusInstance::binaryVersion()), tapMs, rounds);
    std::printf("| copies | rounds | requests per round | packets counted per round | seconds "
                "per round | Janus CPU ms per round (taps) | Janus CPU ms/s (feed alone) |\n");
    std::printf("|---|---|---|---|---|---|---|\n");
    for (int copies : {1, 10, 50})
        measure(janus, live.videoroom.get(), copies, rounds, tapMs);
    return 0;
}
