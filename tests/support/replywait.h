#pragma once
// Header-only helpers for tests that talk to Janus through core's janus module (include it only
// from tests that link jcc_core_janus).

#include "janus/connection.h"
#include "janus/pending.h"

#include <QSignalSpy>
#include <QTest>
#include <optional>

namespace testsupport {

/// How a Reply ended.
struct Outcome {
    bool finished = false;
    bool failed = false;
    QJsonObject result;
    janus::Error error;
    bool ok() const { return finished && !failed; }
};

/// Waits (in the event loop) until the reply finishes or fails, at most timeoutMs.
inline Outcome wait(janus::Reply* reply, int timeoutMs = 15000) {
    Outcome out;
    QObject::connect(reply, &janus::Reply::finished, [&out](const QJsonObject& r) {
        out.finished = true;
        out.result = r;
    });
    QObject::connect(reply, &janus::Reply::failed, [&out](const janus::Error& e) {
        out.failed = true;
        out.error = e;
    });
    [[maybe_unused]] const bool settled =
        QTest::qWaitFor([&out] { return out.finished || out.failed; }, timeoutMs);
    return out;
}

/// The same for a typed request: the outcome keeps the raw answer, for tests that look at what
/// the server said beside what core made of it.
template <typename T> Outcome wait(const janus::Pending<T>& pending, int timeoutMs = 15000) {
    return wait(pending.reply(), timeoutMs);
}

/// Waits for a typed request's value (or its error; a timeout error when nothing came).
template <typename T>
janus::Result<T> result(const janus::Pending<T>& pending, int timeoutMs = 15000) {
    std::optional<janus::Result<T>> out;
    QObject context;
    pending.then(&context, [&out](const janus::Result<T>& r) { out = r; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs))
        return janus::Error::timeout(QStringLiteral("test"), timeoutMs);
    return *out;
}

/// Waits until the connection reaches the state, at most timeoutMs.
inline bool waitForState(janus::Connection& c, janus::Connection::State state,
                         int timeoutMs = 15000) {
    return QTest::qWaitFor([&] { return c.state() == state; }, timeoutMs);
}

} // namespace testsupport

#include "janus/videoroom.h"

#include <memory>

namespace testsupport {

/// A connection with an attached VideoRoom handle, ready for requests.
struct LiveVideoRoom {
    std::unique_ptr<janus::Connection> connection;
    std::unique_ptr<janus::VideoRoom> videoroom;

    /// Opens the connection to url and waits until the handle is attached.
    bool open(const QUrl& url, const QString& apiSecret = {}, int timeoutMs = 15000) {
        janus::Connection::Options options;
        options.url = url;
        options.apiSecret = apiSecret;
        connection = std::make_unique<janus::Connection>(options);
        videoroom = std::make_unique<janus::VideoRoom>(connection.get());
        connection->open();
        return QTest::qWaitFor([this] { return videoroom->isAttached(); }, timeoutMs);
    }
};

} // namespace testsupport
