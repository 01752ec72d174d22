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
        const auto parse = pending.parser();
        Reply* reply = pending.reply();
        add(reply,
            typed<T>([parse] { return parse; }, reply ? reply->request() : QString(),
                     std::move(done), failed),
            failed);
    }
    /// A typed request sent by start() as soon as the bound allows.
    template <typename T>
    void add(std::function<Pending<T>()> start,
             std::type_identity_t<std::function<void(const T&)>> done, Failed failed = {}) {
        auto parse = std::make_shared<typename Pending<T>::Parser>();
        auto request = std::make_shared<QString>();
        add(
            Start([start, parse, request]() -> Reply* {
                const Pending<T> pending = start();
                *parse = pending.parser();
                *request = pending.reply() ? pending.reply()->request() : QString();
                return pending.reply();
            }),
            [this, parse, request, done, failed](const QJsonObject& data) {
                typed<T>([parse] { return *parse; }, *request, done, failed)(data);
            },
            failed);
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
    template <typename T>
    Done typed(std::function<typename Pending<T>::Parser()> parser, const QString& request,
               std::function<void(const T&)> done, Failed failed) {
        return [this, parser, request, done, failed](const QJsonObject& data) {
            const Result<T> result = parser()(data, request);
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
