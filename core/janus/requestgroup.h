#pragma once

#include "reply.h"

#include <QList>
#include <QPointer>
#include <functional>

namespace janus {

/// Several requests that settle together, the shape of KDE Connect's KCompositeJob: each member
/// has its own handlers, a failure without a handler is collected in errors(), and finished() is
/// emitted once, after close(), when every member has settled. A handler may add members (a
/// request that follows another); a child group counts as one member.
class RequestGroup : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const QJsonObject&)>;
    using Failed = std::function<void(const Error&)>;
    using Start = std::function<Reply*()>;

    explicit RequestGroup(QObject* parent = nullptr);

    /// At most this many requests sent through add(Start) are out at once; the rest wait in
    /// order (0 = no bound).
    void setMaxInFlight(int count) { m_maxInFlight = count; }

    /// A request already sent.
    void add(Reply* reply, Done done = {}, Failed failed = {});
    /// A request sent by start() as soon as the bound allows.
    void add(Start start, Done done = {}, Failed failed = {});
    /// A group this one waits for; then() runs when the child has finished.
    void add(RequestGroup* child, std::function<void()> then = {});
    /// No members come but from handlers: finished() follows once all have settled.
    void close();
    /// Stops waiting: replies still out fail with Kind::Cancelled (the server may still act on
    /// them), waiting requests are not sent (their failed handlers see Kind::Cancelled too).
    void cancel();
    /// Counts a failure that a handler chose to report.
    void addError(const Error& error) { m_errors.append(error); }

    /// Members not settled yet (waiting ones included).
    int pending() const { return m_pending; }
    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }
    /// Failures without a handler and those added with addError(), in the order they came.
    const QList<Error>& errors() const { return m_errors; }
    /// The first of errors(); none when every member succeeded.
    Error firstError() const { return m_errors.value(0); }

Q_SIGNALS:
    /// Every member settled after close(), or the group was cancelled; emitted once.
    void finished();

private:
    struct Waiting {
        Start start;
        Done done;
        Failed failed;
    };
    void watch(Reply* reply, Done done, Failed failed, bool counted);
    void settle(bool inFlight);
    void startWaiting();
    void finishIfDone();

    QList<QPointer<Reply>> m_out;
    QList<QPointer<RequestGroup>> m_children;
    QList<Waiting> m_waiting;
    QList<Error> m_errors;
    int m_pending = 0;
    int m_inFlight = 0; ///< requests from add(Start) that are out
    int m_maxInFlight = 0;
    bool m_closed = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace janus
