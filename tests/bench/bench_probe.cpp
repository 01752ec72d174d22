// Probe benchmark: prints figures, asserts nothing. Run: build/tests/bench/bench_probe
// Every probe figure comes from the console's own code (ProbeRunner, ProbeHub, ProbeSocket),
// in both timestamp modes where that matters, beside a minimal C reference in the same run.
//  A  sender self-jitter: a ProbeRunner's pacing vs a C reference (clock_nanosleep)
//  B  loopback RTT through a UDP echo: ProbeSocket in the event loop vs a blocking C ping-pong
//  C  RTT through the impairment relay with delay D: measured median − D − the relay's own lateness
//  E  ProbeSocket's RTT per packet vs a packet capture on lo (dumpcap) as ground truth
//  D  many concurrent ProbeRunners × 50 pps on one ProbeHub: CPU and self-loss
#include "impairmentrelay.h"
#include "probe/probehub.h"
#include "probe/probepacket.h"
#include "probe/proberunner.h"
#include "probe/rtpstats.h"
#include "probe/udpreflector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUdpSocket>
#include <QtEndian>
#include <arpa/inet.h>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace probe;

namespace {

double pct(std::vector<double> v, double p) {
    return RtpStats::percentile(std::move(v), p);
}

qint64 monoNs() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

const char* modeName(bool kernel) {
    return kernel ? "kernel" : "portable";
}

// Runs a ProbeRunner in reflector mode (a plain UDP echo at 127.0.0.1:port) to the end.
ProbeResult runProbe(quint16 port, int count, int rate, bool kernel, ProbeHub* hub = nullptr) {
    ProbeRunner::Settings settings;
    settings.count = count;
    settings.rate = rate;
    settings.kernelTimestamps = kernel;
    settings.returnAddress = QStringLiteral("127.0.0.1");
    settings.drainMs = 500;
    ProbeRunner runner(
        {Hop{nullptr, QStringLiteral("echo"), {}, QStringLiteral("127.0.0.1"), port, {}}}, settings,
        QStringLiteral("bench"), nullptr, hub);
    ProbeResult out;
    QEventLoop loop;
    QObject::connect(&runner, &ProbeRunner::finished, [&](const ProbeResult& r) {
        out = r;
        loop.quit();
    });
    runner.start();
    if (runner.state() != ProbeRunner::State::Finished)
        loop.exec();
    return out;
}

std::vector<double> cPacing(int count, int rate) {
    std::vector<double> errorsUs;
    const qint64 interval = 1'000'000'000LL / rate, start = monoNs();
    for (int i = 0; i < count; ++i) {
        const qint64 due = start + i * interval;
        timespec ts{time_t(due / 1'000'000'000), long(due % 1'000'000'000)};
        clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr);
        errorsUs.push_back(double(monoNs() - due) / 1000.0);
    }
    return errorsUs;
}

// B: ping-pong RTTs against a reflector port, stamped by ProbeSocket in the event loop.
std::vector<double> socketPingPong(quint16 port, int count, bool kernel) {
    std::vector<double> rttUs;
    ProbeSocket s;
    s.bind(QHostAddress::LocalHost, 0, kernel, nullptr);
    qint64 sentAt = 0;
    QEventLoop loop;
    const QByteArray packet = ProbePacket().encode();
    auto send = [&] { sentAt = s.send(packet, QHostAddress::LocalHost, port); };
    QObject::connect(&s, &ProbeSocket::readyRead, [&] {
        s.readAll([&](QByteArrayView, qint64 receivedAt) {
            rttUs.push_back(double(receivedAt - sentAt) / 1000.0);
        });
        if (int(rttUs.size()) >= count)
            loop.quit();
        else
            send();
    });
    send();
    loop.exec();
    return rttUs;
}

std::vector<double> cPingPong(quint16 port, int count) {
    std::vector<double> rttUs;
    const int fd = socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const QByteArray packet = ProbePacket().encode();
    char buffer[2048];
    for (int i = 0; i < count; ++i) {
        const qint64 t0 = monoNs();
        sendto(fd, packet.constData(), size_t(packet.size()), 0, reinterpret_cast<sockaddr*>(&to),
               sizeof to);
        recv(fd, buffer, sizeof buffer, 0);
        rttUs.push_back(double(monoNs() - t0) / 1000.0);
    }
    close(fd);
    return rttUs;
}

// C: a ProbeRunner through the relay; returns the RTT median and the relay's lateness median.
std::pair<double, double> throughRelay(quint16 reflectorPort, double delayMs, double loss,
                                       int count, int rate, bool kernel, qint64* lost,
                                       int* dropped) {
    testsupport::ImpairmentRelay::Model model;
    model.delayMs = delayMs;
    model.loss = loss;
    model.seed = 42;
    testsupport::ImpairmentRelay relay(QHostAddress::LocalHost, reflectorPort, model);
    relay.bind();
    const ProbeResult r = runProbe(relay.port(), count, rate, kernel);
    std::vector<double> late;
    for (const auto& e : relay.log())
        if (e.action != testsupport::ImpairmentRelay::Action::Dropped)
            late.push_back(e.lateMs);
    *lost = r.lost;
    *dropped = relay.count(testsupport::ImpairmentRelay::Action::Dropped);
    return {r.rttMedianMs, pct(late, 50)};
}

// E: ProbeSocket's RTT per packet vs. the RTT a packet capture on lo sees (dumpcap, its
// timestamps), for 500 packets in each timestamp mode.
void againstCapture(quint16 reflectorPort, bool kernel) {
    if (geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("dumpcap")).isEmpty()) {
        std::printf("| %s | (skipped: needs root and dumpcap) | | |\n", modeName(kernel));
        return;
    }
    ProbeSocket s;
    s.bind(QHostAddress::LocalHost, 0, kernel, nullptr);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("lo.pcapng"));
    QProcess dumpcap;
    dumpcap.start(QStringLiteral("dumpcap"),
                  {QStringLiteral("-q"), QStringLiteral("-i"), QStringLiteral("lo"),
                   QStringLiteral("-f"), QStringLiteral("udp port %1").arg(s.localPort()),
                   QStringLiteral("-w"), file});
    QThread::msleep(1500); // let the capture start
    std::map<quint64, double> probeRtt;
    std::map<quint64, qint64> sentAt;
    QObject::connect(&s, &ProbeSocket::readyRead, [&] {
        s.readAll([&](QByteArrayView data, qint64 receivedAt) {
            if (const auto p = ProbePacket::parse(data))
                probeRtt[p->sequence] = double(receivedAt - sentAt[p->sequence]) / 1000.0;
        });
    });
    QEventLoop loop;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    quint64 next = 0;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (next < 500) {
            ProbePacket p;
            p.sequence = next;
            sentAt[next] = s.send(p.encode(), QHostAddress::LocalHost, reflectorPort);
            ++next;
        } else {
            loop.quit();
        }
    });
    tick.start(10);
    loop.exec();
    QThread::msleep(500);
    dumpcap.terminate();
    dumpcap.waitForFinished(5000);
    // pcapng: enhanced packet blocks (type 6) carry 64-bit µs timestamps; Linux cooked or
    // Ethernet framing on lo — find the probe payload by its magic instead of parsing headers.
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        std::printf("| %s | (no capture written) | | |\n", modeName(kernel));
        return;
    }
    const QByteArray data = f.readAll();
    std::map<quint64, double> out, back;
    double tickUs = 1.0; // if_tsresol of the interface: 10^-6 s unless the capture says otherwise
    for (qsizetype at = 0; at + 12 <= data.size();) {
        const quint32 type = qFromLittleEndian<quint32>(data.constData() + at);
        const quint32 length = qFromLittleEndian<quint32>(data.constData() + at + 4);
        if (length < 12 || at + length > data.size())
            break;
        if (type == 1) { // interface description: look for if_tsresol (option 9)
            for (qsizetype o = at + 16; o + 4 <= at + length - 4;) {
                const quint16 code = qFromLittleEndian<quint16>(data.constData() + o);
                const quint16 len = qFromLittleEndian<quint16>(data.constData() + o + 2);
                if (code == 0)
                    break;
                if (code == 9 && len >= 1 && !(quint8(data[o + 4]) & 0x80))
                    tickUs = std::pow(10.0, 6 - int(quint8(data[o + 4])));
                o += 4 + ((len + 3) & ~3);
            }
        }
        if (type == 6) {
            const qint64 ticks =
                (qint64(qFromLittleEndian<quint32>(data.constData() + at + 12)) << 32) |
                qFromLittleEndian<quint32>(data.constData() + at + 16);
            const quint32 captured = qFromLittleEndian<quint32>(data.constData() + at + 20);
            const QByteArray frame = data.mid(at + 28, captured);
            const qsizetype magic = frame.indexOf(QByteArray(ProbePacket::magic, 8));
            if (magic >= 12 + 8) {
                const quint64 seq = qFromBigEndian<quint64>(frame.constData() + magic + 16);
                // UDP header right before RTP: the destination port tells the direction.
                const quint16 dst = qFromBigEndian<quint16>(frame.constData() + magic - 12 - 8 + 2);
                (dst == reflectorPort ? out : back)[seq] = double(ticks) * tickUs;
            }
        }
        at += length;
    }
    std::vector<double> errors;
    for (const auto& [seq, rtt] : probeRtt)
        if (out.count(seq) && back.count(seq))
            errors.push_back(rtt - (back[seq] - out[seq]));
    std::vector<double> absolute;
    for (double e : errors)
        absolute.push_back(std::abs(e));
    std::printf("| %s | %zu of 500 | %+.1f µs | %+.1f µs | %.1f µs |\n", modeName(kernel),
                errors.size(), pct(errors, 50), pct(errors, 99), pct(absolute, 99));
}

// D: n ProbeRunners × 50 pps on one ProbeHub (one socket, one timer), started spread over the
// 20 ms period as independent probes would be; CPU of this (the console's) thread.
void sessions(const UdpReflector* reflector, int n, int seconds, bool kernel) {
    const quint16 reflectorPort = reflector->port();
    const qint64 echoedBefore = reflector->echoed();
    ProbeHub hub;
    hub.bind(QHostAddress::LocalHost, 0, kernel, nullptr);
    ProbeRunner::Settings settings;
    settings.count = 50 * seconds;
    settings.rate = 50;
    settings.drainMs = 500;
    std::vector<std::unique_ptr<ProbeRunner>> runners;
    const Hop echo{nullptr, QStringLiteral("echo"), {}, QStringLiteral("127.0.0.1"), reflectorPort,
                   {}};
    int finished = 0;
    qint64 sent = 0, received = 0, foreign = 0;
    QEventLoop loop;
    for (int i = 0; i < n; ++i) {
        runners.push_back(std::make_unique<ProbeRunner>(
            QList<Hop>{echo}, settings, QStringLiteral("s%1").arg(i), nullptr, &hub));
        QObject::connect(runners.back().get(), &ProbeRunner::finished, [&](const ProbeResult& r) {
            sent += r.sent;
            received += r.received;
            foreign += r.foreign;
            if (++finished == n)
                loop.quit();
        });
    }
    rusage before{}, after{};
    getrusage(RUSAGE_THREAD, &before);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < n; ++i)
        QTimer::singleShot(i * 20 / n, runners[size_t(i)].get(), &ProbeRunner::start);
    loop.exec();
    getrusage(RUSAGE_THREAD, &after);
    const double cpu = double(after.ru_utime.tv_sec - before.ru_utime.tv_sec +
                              after.ru_stime.tv_sec - before.ru_stime.tv_sec) +
                       double(after.ru_utime.tv_usec - before.ru_utime.tv_usec +
                              after.ru_stime.tv_usec - before.ru_stime.tv_usec) /
                           1e6;
    std::printf("| %d sessions × 50 pps, %s | %lld sent, %lld echoed, %lld back, %lld unclaimed | "
                "%.3f %% | %.1f %% of one core |\n",
                n, modeName(kernel), static_cast<long long>(sent),
                static_cast<long long>(reflector->echoed() - echoedBefore),
                static_cast<long long>(received), static_cast<long long>(hub.unclaimed()),
                100.0 * double(sent - received) / double(std::max<qint64>(1, sent)),
                100.0 * cpu / (double(clock.elapsed()) / 1000.0));
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    // Sections to run, e.g. "bench_probe DE"; all by default.
    const QByteArray only = argc > 1 ? QByteArray(argv[1]) : QByteArray("ABCED");
    // The echo runs in its own thread, as a remote node would be elsewhere.
    QThread echoThread;
    echoThread.start();
    auto* reflector = new UdpReflector;
    reflector->moveToThread(&echoThread);
    quint16 port = 0;
    // Bind inside the echo thread, where the socket lives.
    QMetaObject::invokeMethod(
        reflector,
        [&] {
            reflector->bind(QHostAddress::LocalHost, 0);
            port = reflector->port();
        },
        Qt::BlockingQueuedConnection);

    if (only.contains('A')) {
        std::printf("## A. sender self-jitter, 1000 packets at 200 pps (µs late vs schedule)\n");
        std::printf("| sender | median | p99 | max |\n|---|---|---|---|\n");
        const ProbeResult paced = runProbe(port, 1000, 200, true);
        const auto c = cPacing(1000, 200);
        std::printf("| ProbeRunner (1 ms precise timer + spin) | | %.1f | |\n", paced.sendJitterUs);
        std::printf("| C reference (clock_nanosleep) | %.1f | %.1f | %.1f |\n", pct(c, 50),
                    pct(c, 99), pct(c, 100));
    }
    if (only.contains('B')) {
        std::printf("\n## B. loopback RTT through a UDP echo, 2000 ping-pongs (µs)\n");
        std::printf("| receiver | median | p99 |\n|---|---|---|\n");
        const auto cRtt = cPingPong(port, 2000);
        for (bool kernel : {false, true}) {
            const auto rtt = socketPingPong(port, 2000, kernel);
            std::printf("| ProbeSocket in the event loop, %s stamps | %.1f | %.1f |\n",
                        modeName(kernel), pct(rtt, 50), pct(rtt, 99));
            std::printf("| overhead vs C, %s | %+.1f | |\n", modeName(kernel),
                        pct(rtt, 50) - pct(cRtt, 50));
        }
        std::printf("| C reference (blocking) | %.1f | %.1f |\n", pct(cRtt, 50), pct(cRtt, 99));
    }
    if (only.contains('C')) {
        std::printf("\n## C. ProbeRunner through the impairment relay, 300 packets at 100 pps\n");
        std::printf(
            "| stamps | delay D | loss | RTT median | relay lateness median | error (median − D "
            "− lateness) | lost / dropped |\n|---|---|---|---|---|---|---|\n");
        for (bool kernel : {false, true})
            for (double d : {0.0, 1.0, 20.0, 100.0})
                for (double loss : {0.0, 0.01, 0.05}) {
                    qint64 lost = 0;
                    int dropped = 0;
                    const auto [median, late] =
                        throughRelay(port, d, loss, 300, 100, kernel, &lost, &dropped);
                    std::printf(
                        "| %s | %.0f ms | %.0f %% | %.3f ms | %.3f ms | %+.1f µs | %lld / %d |\n",
                        modeName(kernel), d, loss * 100, median, late, (median - d - late) * 1000.0,
                        static_cast<long long>(lost), dropped);
                }
    }
    if (only.contains('E')) {
        std::printf(
            "\n## E. ProbeSocket RTT vs. a capture on lo (dumpcap), 500 packets at 100 pps\n");
        std::printf("| stamps | packets matched | probe − capture, median | p99 | |error| p99 "
                    "|\n|---|---|---|---|---|\n");
        for (bool kernel : {false, true})
            againstCapture(port, kernel);
    }
    if (only.contains('D')) {
        std::printf("\n## D. concurrent ProbeRunners on one ProbeHub, 3 s\n");
        std::printf("| load | packets | self-loss | CPU |\n|---|---|---|---|\n");
        for (bool kernel : {false, true})
            for (int n : {100, 1000})
                sessions(reflector, n, 3, kernel);
    }
    QMetaObject::invokeMethod(reflector, &QObject::deleteLater);
    echoThread.quit();
    echoThread.wait();
    return 0;
}
