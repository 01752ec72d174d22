#include "wait.h"

#include <QSocketNotifier>
#include <atomic>
#include <csignal>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace cli {

Wait::Wait(std::function<bool()> done)
    : m_done(std::move(done)) {
    m_timeout.setSingleShot(true);
    QObject::connect(&m_timeout, &QTimer::timeout, &m_loop, &QEventLoop::quit);
}

void Wait::check() {
    if (m_done())
        m_loop.quit();
}

bool Wait::run(int timeoutMs) {
    if (m_done())
        return true;
    if (timeoutMs >= 0)
        m_timeout.start(timeoutMs);
    m_loop.exec();
    return m_done();
}

namespace {

std::atomic<bool> g_requested{false};
#ifdef Q_OS_UNIX
int g_pipe[2] = {-1, -1};
#endif

void onSignal(int) {
    g_requested = true;
#ifdef Q_OS_UNIX
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_pipe[0], &byte, 1);
#endif
}

} // namespace

StopSignal::StopSignal() {
    g_requested = false;
#ifdef Q_OS_UNIX
    if (g_pipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        qFatal("socketpair failed");
    auto* notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(g_pipe[1], &byte, 1);
        Q_EMIT requested();
    });
#else
    auto* poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this] {
        if (g_requested.exchange(false))
            Q_EMIT requested();
    });
    poll->start(100);
#endif
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

StopSignal::~StopSignal() {
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

bool StopSignal::isRequested() const {
    return g_requested;
}

void StopSignal::reset() {
    g_requested = false;
}

} // namespace cli
