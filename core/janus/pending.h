#pragma once

#include "reply.h"
#include "result.h"

#include <QPointer>

namespace janus {

/// A typed request in flight: the Reply plus the one function that turns its answer into a T.
/// then(context, handler) calls handler(Result<T>) exactly once, unless context is gone first
/// (as QRestAccessManager's callbacks and Kate's LSP handlers do). Callers never see raw JSON.
template <typename T> class [[nodiscard]] Pending {
public:
    using Parser = Result<T> (*)(const QJsonObject& data, const QString& request);

    Pending(Reply* reply, Parser parse)
        : m_reply(reply)
        , m_parse(parse) {}

    using Value = T;

    /// For cancel() and setContext(); null once the request has settled.
    Reply* reply() const { return m_reply; }
    /// What turns the answer into a T (for RequestGroup, which watches the Reply itself).
    Parser parser() const { return m_parse; }

    template <typename Handler> void then(const QObject* context, Handler handler) const {
        Reply* reply = m_reply;
        if (!reply)
            return;
        const Parser parse = m_parse;
        QObject::connect(reply, &Reply::finished, context,
                         [handler, parse, request = reply->request()](const QJsonObject& data) {
                             handler(parse(data, request));
                         });
        QObject::connect(reply, &Reply::failed, context,
                         [handler](const Error& error) { handler(Result<T>(error)); });
    }

private:
    QPointer<Reply> m_reply;
    Parser m_parse;
};

} // namespace janus
