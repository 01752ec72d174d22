#pragma once

#include "pending.h"
#include "reply.h"

#include <QList>
#include <QPointer>
#include <functional>
#include <memory>

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
    /// A typed request already sent: done() gets its value; an answer that does not parse
    /// fails like an error from the server.
    template <typename T>
    void add(const Pending<T>& pending,
             std::type_identity_t<std::function<void(const T&)>> done = {}, Failed failed = {}) {
        auto source = std::make_shared<Source<T>>();
        source->remember(pending);
        add(pending.reply(), typed<T>(source, std::move(done), failed), failed);
    }
    /// A typed request sent by start() as soon as the bound allows.
    template <typename T>
    void add(std::function<Pending<T>()> start,
             std::type_identity_t<std::function<void(const T&)>> done, Failed failed = {}) {
        auto source = std::make_shared<Source<T>>();
        add(Start([start, source]() -> Reply* {
                const Pending<T> pending = start();
                source->remember(pending);
                return pending.reply();
            }),
            typed<T>(source, std::move(done), failed), failed);
    }
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
    /// What turns a member's answer into its value, known once the request is sent.
    template <typename T> struct Source {
        typename Pending<T>::Parser parse = nullptr;
        QString request;
        void remember(const Pending<T>& pending) {
            parse = pending.parser();
            request = pending.reply() ? pending.reply()->request() : QString();
        }
    };
    template <typename T>
    Done typed(std::shared_ptr<Source<T>> source, std::function<void(const T&)> done,
               Failed failed) {
        return [this, source, done, failed](const QJsonObject& data) {
            const Result<T> result = source->parse(data, source->request);
            if (!result)
                failed ? failed(result.error()) : addError(result.error());
            else if (done)
                done(*result);
        };
    }
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
