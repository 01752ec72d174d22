#pragma once

#include "probepacket.h"
#include "probesocket.h"

#include <QHash>
#include <QTimer>
#include <queue>
#include <vector>

namespace probe {

/// Any number of probe sessions on one socket (one return port, one poll entry, batched reads)
/// and one 1 ms pacing timer. Packets carry their session's probe id; that is how a reply finds
/// its session. With a single session the hub spins out the last fraction of a millisecond
/// before each packet (a few µs of sender self-jitter); with more it sends at the timer's
/// granularity, up to about a millisecond late, so that a thousand sessions stay cheap.
class ProbeHub : public QObject {
    Q_OBJECT
public:
    class Session {
    public:
        virtual ~Session() = default;
        /// Sends every packet due at or before nowNs; returns when the next one is due, or -1.
        virtual qint64 sendDue(qint64 nowNs) = 0;
        virtual void received(const ProbePacket& packet, qint64 receiveNs) = 0;
        /// A packet on the probe port that is no probe packet at all (the only session's).
        virtual void foreignPacket() = 0;
        /// Whether the hub may spin before this session's packets when it sends alone (µs of
        /// send self-jitter for up to 12 % of a core at 100 pps); false paces by the timer.
        virtual bool spinPacing() const { return true; }
    };

    explicit ProbeHub(QObject* parent = nullptr);

    /// See ProbeSocket::bind().
    bool bind(const QHostAddress& address, quint16 port, bool kernelTimestamps, QString* error);
    bool isBound() const { return m_bound; }
    ProbeSocket& socket() { return m_socket; }

    /// Starts pacing the session and routing its packets (by probe id) to it.
    void attach(quint64 probeId, Session* session);
    /// Stops pacing it; its packets still find it (stragglers while it drains).
    void stopSending(quint64 probeId);
    void detach(quint64 probeId);
    int sessionCount() const { return int(m_sessions.size()); }
    /// Packets no attached session claimed.
    quint64 unclaimed() const { return m_unclaimed; }

private:
    void tick();
    void readPending();

    ProbeSocket m_socket;
    QTimer m_timer;
    QHash<quint64, Session*> m_sessions; ///< packets are routed to these
    QHash<quint64, Session*> m_sending;  ///< the timer paces these
    /// When each sending session's next packet is due, earliest first (entries of sessions that
    /// stopped are skipped when they come up).
    struct Due {
        qint64 ns;
        quint64 probeId;
        bool operator>(const Due& other) const { return ns > other.ns; }
    };
    std::priority_queue<Due, std::vector<Due>, std::greater<Due>> m_due;
    quint64 m_unclaimed = 0;
    bool m_bound = false;
};

} // namespace probe
