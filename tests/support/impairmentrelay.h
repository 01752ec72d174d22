#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QTimer>
#include <QUdpSocket>
#include <map>
#include <optional>

namespace testsupport {

/// A user-space UDP impairment relay (the kernel here has no netem): datagrams from a client
/// go to a target with a seeded, logged model of delay, jitter, loss, duplication and
/// reordering; the target's answers go back to the client unimpaired. Every forward-path
/// decision is logged, so tests can compare what a receiver counted with what was done.
class ImpairmentRelay : public QObject {
    Q_OBJECT
public:
    struct Model {
        double delayMs = 0;
        double jitterMs = 0;  ///< extra delay, uniform in [0, jitterMs]
        double loss = 0;      ///< probability a datagram is dropped
        double duplicate = 0; ///< probability it is sent twice
        double reorder = 0;   ///< probability it is held back until the next one is sent
        quint32 seed = 1;
    };
    enum class Action { Forwarded, Dropped, Duplicated, Reordered };
    struct LogEntry {
        quint64 index;
        Action action;
        double scheduledDelayMs;
        double lateMs = 0; ///< the relay's own error: actual − scheduled send time
    };

    ImpairmentRelay(const QHostAddress& target, quint16 targetPort, Model model,
                    QObject* parent = nullptr);

    bool bind(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_front.localPort(); }
    const QList<LogEntry>& log() const { return m_log; }
    int count(Action action) const;
    /// The relay's own scheduling error, p99 over all sent datagrams.
    double lateMsP99() const;

private:
    struct Pending {
        QByteArray data;
        int copies;
        quint64 index;
        qint64 dueNs; ///< when to send; for the held datagram, when it was held
    };
    void fromClient();
    void fromTarget();
    void schedule(const QByteArray& data, int copies, quint64 index, double delayMs);
    void flush();

    QHostAddress m_target;
    quint16 m_targetPort;
    Model m_model;
    QRandomGenerator m_random;
    QUdpSocket m_front; ///< faces the client
    QUdpSocket m_back;  ///< faces the target
    QHostAddress m_client;
    quint16 m_clientPort = 0;
    QElapsedTimer m_clock;
    QTimer m_timer;
    std::multimap<qint64, Pending> m_queue;
    std::optional<Pending> m_held;
    QList<LogEntry> m_log;
    quint64 m_index = 0;
};

} // namespace testsupport
