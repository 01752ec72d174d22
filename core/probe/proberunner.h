#pragma once

#include "limits.h"
#include "probehub.h"
#include "probepacket.h"
#include "rtpstats.h"
#include "serverloop.h"

#include <QTimer>
#include <functional>
#include <memory>

namespace probe {

/// The RTP loopback probe, in the Qt event loop: builds the server side (ServerLoop), sends
/// paced probe packets to the first hop's public address and port, receives them back from the
/// last hop's forwarder, and always removes the server side again. Results stream out about
/// ten times a second, never once per packet. Probes share a ProbeHub (one return port) or
/// each has its own.
class ProbeRunner : public QObject, private ProbeHub::Session {
    Q_OBJECT
public:
    struct Settings {
        // Limits and defaults: probe::Limits.
        int rate = Limits::defaultRate;             ///< packets per second
        int count = Limits::defaultCount;           ///< packets
        int packetSize = Limits::defaultPacketSize; ///< bytes
        QString returnAddress; ///< where the last hop forwards to; empty = the local address
                               ///< the OS uses towards that hop
        int returnPort = 0;    ///< 0 = any free port
        int drainMs = 1500;    ///< how long to wait for stragglers after the last packet
        double lateMs = 1000;
        bool kernelTimestamps = true; ///< use the kernel's send/receive stamps where there are
        QString srtpNote; ///< how a path check's leg is protected, carried into the result
        /// Spin out the last ≤ 1.2 ms before each packet when alone on the hub (ProbeHub); the
        /// monitor turns it off: RTT, loss and jitter use each packet's own send time.
        bool spinPacing = true;
    };
    enum class State { Idle, SettingUp, Running, Draining, TearingDown, Finished };
    Q_ENUM(State)

    /// hops: the nodes in order; a single hop without a node is a plain UDP echo at
    /// publicAddress:port (janus-cascade reflect).
    /// hub: a shared, bound hub whose port the packets return to; null = a hub of its own, bound
    /// to the settings' return address and port.
    ProbeRunner(QList<Hop> hops, Settings settings, QString target, QObject* parent = nullptr,
                ProbeHub* hub = nullptr);
    ~ProbeRunner() override;

    /// Checks settings, binds the return port and starts; problems arrive through failed().
    void start();
    /// Stops sending and cleans the servers up; finished() follows with what was measured.
    void cancel();
    State state() const { return m_state; }
    ProbeResult result() const;
    QString probeId() const { return m_probeId; }
    /// Resources a failed cleanup left on servers (empty after a clean finish).
    QStringList leftovers() const { return m_loop ? m_loop->leftovers() : QStringList(); }

    /// Parses "ADDR:PORT" (IPv6 in brackets) for a reflector or a bind address.
    static bool parseEndpoint(const QString& text, QString* host, int* port);

    /// Checks settings without running: empty when fine, else what is wrong.
    static QString validate(const Settings& settings);

Q_SIGNALS:
    /// The server side's probe rooms, for the crash journal (see ServerLoop).
    void roomCreating(const QString& nodeName, const janus::Id& room);
    void roomGone(const QString& nodeName, const janus::Id& room);
    void forwarderCreating(const QString& nodeName, const janus::Id& room,
                           const janus::Id& publisher, const QString& target);
    void forwarderGone(const QString& nodeName, const janus::Id& room, const janus::Id& publisher,
                       const QString& target);
    void endpointPort(const QString& nodeName, int port);
    void stateChanged(probe::ProbeRunner::State state);
    void progress(const QString& text);
    /// About ten times a second while running: the figures so far.
    void updated(const probe::ProbeResult& result);
    /// Always emitted once at the end, also after failures and cancel (with what was measured).
    void finished(const probe::ProbeResult& result);
    void failed(const janus::Error& error);

private:
    void setState(State state);
    void failToStart(const janus::Error& error);
    /// An address as it is, or a name through an asynchronous lookup (null when it fails).
    void resolve(const QString& host, std::function<void(const QHostAddress&)> then);
    void bindAndSetUp(const QString& returnHost);
    void setUpLoop(const QString& returnHost, quint16 returnPort);
    void onLoopReady();
    qint64 sendDue(qint64 nowNs) override;
    void received(const ProbePacket& packet, qint64 receiveNs) override;
    void foreignPacket() override;
    bool spinPacing() const override { return m_settings.spinPacing; }
    void finishSending();
    void tearDown();
    QString verdict(const ProbeResult& r) const;

    QList<Hop> m_hops;
    Settings m_settings;
    QString m_target;
    QString m_probeId;
    quint64 m_probeNumber;
    std::unique_ptr<ServerLoop> m_loop;
    std::unique_ptr<ProbeHub> m_ownHub;
    ProbeHub* m_hub;
    QHostAddress m_entry;
    std::unique_ptr<RtpStats> m_stats;
    QTimer m_uiTimer;
    QTimer m_drainTimer;
    int m_entryPort = 0;
    qint64 m_startNs = 0;
    quint64 m_nextSequence = 0;
    State m_state = State::Idle;
    janus::Error m_error;
    bool m_cancelled = false;
};

} // namespace probe
