#include "probehub.h"

namespace probe {

ProbeHub::ProbeHub(QObject* parent)
    : QObject(parent) {
    // 1 ms wake-ups; each packet's send time comes from the monotonic clock, not the timer.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &ProbeHub::tick);
    connect(&m_socket, &ProbeSocket::readyRead, this, &ProbeHub::readPending);
}

bool ProbeHub::bind(const QHostAddress& address, quint16 port, bool kernelTimestamps,
                    QString* error) {
    m_bound = m_socket.bind(address, port, kernelTimestamps, error);
    return m_bound;
}

void ProbeHub::attach(quint64 probeId, Session* session) {
    m_sessions.insert(probeId, session);
    m_sending.insert(probeId, session);
    m_due.push({ProbeSocket::nowNs(), probeId});
    if (!m_timer.isActive())
        m_timer.start();
    tick(); // the first packet leaves now, not a timer tick later
}

void ProbeHub::stopSending(quint64 probeId) {
    m_sending.remove(probeId);
    if (m_sending.isEmpty()) {
        m_timer.stop();
        m_due = {};
    }
}

void ProbeHub::detach(quint64 probeId) {
    stopSending(probeId);
    m_sessions.remove(probeId);
}

void ProbeHub::tick() {
    constexpr qint64 spinNs = 1'200'000;
    for (int round = 0; round < 1000; ++round) { // bounded: about a second of spinning at most
        const qint64 now = ProbeSocket::nowNs();
        // Only the sessions with a packet due: a thousand at 50 pps have about fifty due in a
        // millisecond, not a thousand.
        while (!m_due.empty() && m_due.top().ns <= now) {
            const quint64 probeId = m_due.top().probeId;
            m_due.pop();
            Session* session = m_sending.value(probeId);
            if (!session)
                continue;                              // it stopped sending since
            const qint64 next = session->sendDue(now); // it may stop (and detach) in there
            if (next >= 0 && m_sending.value(probeId) == session)
                m_due.push({next, probeId});
        }
        // One session: spin out the rest so its next packet leaves on time, not up to a timer
        // tick late. Several: the timer's granularity, or a thousand sessions would spin a core.
        if (m_sending.size() != 1 || m_due.empty() || !m_sending.begin().value()->spinPacing() ||
            m_due.top().ns - ProbeSocket::nowNs() > spinNs)
            return;
        const qint64 next = m_due.top().ns;
        while (ProbeSocket::nowNs() < next) {
        }
    }
}

void ProbeHub::readPending() {
    m_socket.readAll([this](QByteArrayView data, qint64 receiveNs) {
        const auto packet = ProbePacket::parse(data);
        Session* session = packet ? m_sessions.value(packet->probeId) : nullptr;
        if (session) {
            session->received(*packet, receiveNs);
        } else {
            ++m_unclaimed;
            if (m_sessions.size() == 1)
                m_sessions.begin().value()->foreignPacket();
        }
    });
}

} // namespace probe
