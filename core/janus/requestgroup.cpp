#include "requestgroup.h"

namespace janus {

RequestGroup::RequestGroup(QObject* parent)
    : QObject(parent) {}

void RequestGroup::add(Reply* reply, Done done, Failed failed) {
    if (m_finished)
        return;
    ++m_pending;
    watch(reply, std::move(done), std::move(failed), false);
}

void RequestGroup::add(Start start, Done done, Failed failed) {
    if (m_finished)
        return;
    ++m_pending;
    m_waiting.append({std::move(start), std::move(done), std::move(failed)});
    startWaiting();
}

void RequestGroup::add(RequestGroup* child, std::function<void()> then) {
    if (m_finished || !child)
        return;
    ++m_pending;
    m_children.append(child);
    connect(child, &RequestGroup::finished, this, [this, then = std::move(then)] {
        if (m_cancelled)
            return;
        if (then)
            then();
        settle(false);
    });
}

void RequestGroup::watch(Reply* reply, Done done, Failed failed, bool counted) {
    if (counted)
        ++m_inFlight;
    if (!reply) {
        const Error error = Error::invalidInput(QStringLiteral("no request was sent"));
        if (failed)
            failed(error);
        else
            addError(error);
        settle(counted);
        return;
    }
    m_out.append(reply);
    // The handler runs before the member counts as settled, so a request it adds keeps the
    // group open.
    connect(reply, &Reply::finished, this, [this, done, counted](const QJsonObject& data) {
        if (done)
            done(data);
        settle(counted);
    });
    connect(reply, &Reply::failed, this, [this, failed, counted](const Error& error) {
        if (failed)
            failed(error);
        else
            addError(error);
        settle(counted);
    });
}

void RequestGroup::settle(bool inFlight) {
    if (m_cancelled)
        return; // cancel() settles everything at once
    --m_pending;
    if (inFlight)
        --m_inFlight;
    startWaiting();
    finishIfDone();
}

void RequestGroup::startWaiting() {
    while (!m_cancelled && !m_waiting.isEmpty() &&
           (m_maxInFlight <= 0 || m_inFlight < m_maxInFlight)) {
        Waiting next = m_waiting.takeFirst();
        watch(next.start ? next.start() : nullptr, std::move(next.done), std::move(next.failed),
              true);
    }
}

void RequestGroup::close() {
    m_closed = true;
    finishIfDone();
}

void RequestGroup::cancel() {
    if (m_finished)
        return;
    m_cancelled = true;
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting& w : waiting)
        if (w.failed)
            w.failed(Error::cancelled(QStringLiteral("waiting request")));
    for (const QPointer<Reply>& reply : std::exchange(m_out, {}))
        if (reply)
            reply->cancel(); // its failed handler runs now
    for (const QPointer<RequestGroup>& child : std::exchange(m_children, {}))
        if (child)
            child->cancel();
    m_pending = 0;
    m_inFlight = 0;
    m_closed = true;
    finishIfDone();
}

void RequestGroup::finishIfDone() {
    if (m_finished || !m_closed || m_pending > 0)
        return;
    m_finished = true;
    m_out.clear();
    m_children.clear();
    Q_EMIT finished();
}

} // namespace janus
