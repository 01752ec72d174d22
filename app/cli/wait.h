#pragma once

#include <QEventLoop>
#include <QObject>
#include <QTimer>
#include <functional>

namespace cli {

/// Runs the event loop until a condition holds or a timeout passes, woken by signals rather
/// than by polling: the condition is checked at once, whenever one of the watched signals is
/// emitted and whenever check() is called (from a callback that is not a signal).
class Wait {
public:
    explicit Wait(std::function<bool()> done);

    /// Checks the condition again each time sender emits signal.
    template <typename Sender, typename Signal> Wait& on(const Sender* sender, Signal signal) {
        QObject::connect(sender, signal, &m_loop, [this] { check(); });
        return *this;
    }
    void check();
    /// Returns the condition; false when timeoutMs passed first (-1: no timeout).
    bool run(int timeoutMs);

private:
    std::function<bool()> m_done;
    QEventLoop m_loop;
    QTimer m_timeout;
};

/// SIGINT and SIGTERM as a Qt signal: the handler only writes to a socket pair, and a
/// QSocketNotifier turns that into requested() in the event loop (Unix). Elsewhere the handler
/// sets a flag that a 100 ms timer looks at.
class StopSignal : public QObject {
    Q_OBJECT
public:
    StopSignal();
    ~StopSignal() override;
    bool isRequested() const;
    /// Forgets a request (the probe runner's Ctrl-C stops one probe, not the command).
    void reset();

Q_SIGNALS:
    void requested();
};

} // namespace cli
