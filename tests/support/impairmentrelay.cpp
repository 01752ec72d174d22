#include "impairmentrelay.h"

#include <QNetworkDatagram>
#include <algorithm>

namespace testsupport {

ImpairmentRelay::ImpairmentRelay(const QHostAddress& target, quint16 targetPort, Model model,
                                 QObject* parent)
    : QObject(parent)
    , m_target(target)
    , m_targetPort(targetPort)
    , m_model(model)
    , m_random(model.seed) {
    m_clock.start();
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &ImpairmentRelay::flush);
    connect(&m_front, &QUdpSocket::readyRead, this, &ImpairmentRelay::fromClient);
    connect(&m_back, &QUdpSocket::readyRead, this, &ImpairmentRelay::fromTarget);
}

bool ImpairmentRelay::bind(const QHostAddress& address, quint16 port) {
    return m_front.bind(address, port) && m_back.bind(address, 0);
}

void ImpairmentRelay::fromClient() {
    while (m_front.hasPendingDatagrams()) {
        const QNetworkDatagram d = m_front.receiveDatagram();
        m_client = d.senderAddress();
        m_clientPort = quint16(d.senderPort());
        const quint64 index = m_index++;
        const double delay = m_model.delayMs + m_model.jitterMs * m_random.generateDouble();
        // One outcome per datagram, so every receiver-side count maps onto the log exactly.
        const double roll = m_random.generateDouble();
        if (roll < m_model.loss) {
            m_log << LogEntry{index, Action::Dropped, 0};
        } else if (roll < m_model.loss + m_model.duplicate) {
            m_log << LogEntry{index, Action::Duplicated, delay};
            schedule(d.data(), 2, index, delay);
        } else if (roll < m_model.loss + m_model.duplicate + m_model.reorder && !m_held) {
            m_log << LogEntry{index, Action::Reordered, delay};
            m_held = Pending{d.data(), 1, index, m_clock.nsecsElapsed()};
        } else {
            m_log << LogEntry{index, Action::Forwarded, delay};
            schedule(d.data(), 1, index, delay);
            if (m_held) {
                // Released behind the datagram that overtook it.
                schedule(m_held->data, 1, m_held->index, delay);
                m_held.reset();
            }
        }
    }
    if (!m_timer.isActive())
        m_timer.start();
    flush();
}

void ImpairmentRelay::schedule(const QByteArray& data, int copies, quint64 index, double delayMs) {
    const qint64 due = m_clock.nsecsElapsed() + qint64(delayMs * 1e6);
    // Same due time: later insertions go after earlier ones (multimap keeps insertion order).
    m_queue.emplace(due, Pending{data, copies, index, due});
}

void ImpairmentRelay::flush() {
    const qint64 now = m_clock.nsecsElapsed();
    while (!m_queue.empty() && m_queue.begin()->first <= now) {
        const Pending p = m_queue.begin()->second;
        m_queue.erase(m_queue.begin());
        for (int i = 0; i < p.copies; ++i)
            m_back.writeDatagram(p.data, m_target, m_targetPort);
        m_log[qsizetype(p.index)].lateMs = double(m_clock.nsecsElapsed() - p.dueNs) / 1e6;
    }
    // Nothing came to overtake a held datagram (the stream ended): send it, not reordered.
    if (m_held && now - m_held->dueNs > 100'000'000) {
        m_log[qsizetype(m_held->index)].action = Action::Forwarded;
        schedule(m_held->data, 1, m_held->index, m_log[qsizetype(m_held->index)].scheduledDelayMs);
        m_held.reset();
    }
    if (m_queue.empty() && !m_held)
        m_timer.stop();
}

void ImpairmentRelay::fromTarget() {
    while (m_back.hasPendingDatagrams()) {
        const QNetworkDatagram d = m_back.receiveDatagram();
        if (m_clientPort != 0)
            m_front.writeDatagram(d.data(), m_client, m_clientPort);
    }
}

int ImpairmentRelay::count(Action action) const {
    return int(std::count_if(m_log.begin(), m_log.end(),
                             [action](const LogEntry& e) { return e.action == action; }));
}

double ImpairmentRelay::lateMsP99() const {
    std::vector<double> late;
    for (const LogEntry& e : m_log)
        if (e.action != Action::Dropped)
            late.push_back(e.lateMs);
    if (late.empty())
        return 0;
    std::sort(late.begin(), late.end());
    return late[std::min(late.size() - 1, size_t(0.99 * double(late.size())))];
}

} // namespace testsupport
