#include "router.h"

#include "redact.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QPromise>
#include <QRandomGenerator>
#include <QThreadPool>
#include <algorithm>

namespace janus {

namespace {

QString typeOf(const QJsonObject& message) {
    return message.value(QLatin1String("janus")).toString();
}

} // namespace

Router::Router(const QString& peer, QObject* parent)
    : QObject(parent)
    , m_peer(peer)
    , m_transactionPrefix(QString::number(QRandomGenerator::global()->generate(), 36)) {}

QString Router::requestOf(const QJsonObject& message) {
    const QString type = typeOf(message);
    if (type == QLatin1String("message"))
        return message.value(QLatin1String("body"))
            .toObject()
            .value(QLatin1String("request"))
            .toString();
    if (type == QLatin1String("message_plugin"))
        return message.value(QLatin1String("request"))
            .toObject()
            .value(QLatin1String("request"))
            .toString();
    return type;
}

Reply* Router::track(QJsonObject& message, Reply::Payload payload, int timeoutMs) {
    const QString transaction =
        QStringLiteral("%1-%2").arg(m_transactionPrefix).arg(++m_nextTransaction);
    message.insert(QStringLiteral("transaction"), transaction);
    auto* reply = new Reply(requestOf(message), transaction, payload, timeoutMs, this);
    m_pending.insert(transaction, reply);
    connect(reply, &Reply::settled, this, [this](const QString& t) { m_pending.remove(t); });
    return reply;
}

void Router::failAll(const Error& error) {
    const auto pending = m_pending.values();
    m_pending.clear();
    for (Reply* reply : pending) {
        Error e = error;
        e.request = reply->request();
        reply->fail(e);
    }
}

struct Router::Incoming {
    QString text;
    bool offThread = false;
    bool parsed = false; ///< set on the router's thread, once document and error are final
    QJsonDocument document;
    QJsonParseError error{};

    void parse() { document = QJsonDocument::fromJson(text.toUtf8(), &error); }
};

void Router::clearIncoming() {
    m_incoming.clear();
}

void Router::receiveText(const QString& text) {
    if (text.size() < offThreadParseChars && m_incoming.empty()) {
        // The usual case, nothing waiting ahead of it: parse and handle it here and now.
        Incoming frame;
        frame.text = text;
        frame.parse();
        handleDocument(frame);
        return;
    }
    auto frame = std::make_shared<Incoming>();
    frame->text = text;
    frame->offThread = text.size() >= offThreadParseChars;
    m_incoming.push_back(frame);
    if (!frame->offThread) {
        processIncoming();
        return;
    }
    // The pool thread touches only the frame; the watcher, a child of this router, reports
    // back on this thread, or not at all if the router is gone by then.
    auto promise = std::make_shared<QPromise<void>>();
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, frame, watcher] {
        watcher->deleteLater();
        frame->parsed = true;
        processIncoming();
    });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([frame, promise] {
        promise->start();
        frame->parse();
        promise->finish();
    });
}

void Router::processIncoming() {
    const QPointer<Router> alive(this); // a handler may delete the connection and this router
    while (alive && !m_incoming.empty()) {
        const std::shared_ptr<Incoming> frame = m_incoming.front();
        if (!frame->parsed) {
            if (frame->offThread)
                return; // the frames behind it wait for it
            frame->parse();
            frame->parsed = true;
        }
        m_incoming.pop_front();
        handleDocument(*frame);
    }
}

void Router::handleDocument(const Incoming& frame) {
    const QJsonParseError& parseError = frame.error;
    const QJsonDocument& doc = frame.document;
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        route(doc.object());
        return;
    }
    const QJsonArray events = doc.array();
    const bool allObjects =
        std::all_of(events.begin(), events.end(), [](const QJsonValue& v) { return v.isObject(); });
    if (parseError.error == QJsonParseError::NoError && doc.isArray() && allObjects) {
        // Janus's HTTP long poll hands several events over at once.
        const QPointer<Router> alive(this);
        for (const QJsonValue& event : events)
            if (alive)
                route(event.toObject());
        return;
    }
    const QString why = parseError.error != QJsonParseError::NoError
                            ? parseError.errorString()
                            : tr("not a JSON object or array of objects");
    qCWarning(lcConnection) << "ignoring malformed frame from" << m_peer << ":" << why;
    Q_EMIT malformed(Error::protocol(tr("malformed frame ignored: %1").arg(why)));
}

void Router::route(const QJsonObject& message) {
    qCDebug(lcTraffic).noquote() << "<<" << m_peer << redactedText(message);
    const QString type = typeOf(message);
    const QString transaction = message.value(QLatin1String("transaction")).toString();
    if (Reply* reply = m_pending.value(transaction)) {
        const bool ackIsFinal = reply->request() == QLatin1String("keepalive") ||
                                reply->request() == QLatin1String("trickle");
        if (type == QLatin1String("ack") && !ackIsFinal)
            return; // an asynchronous request: the result comes as an event
        reply->completeWith(message);
        return;
    }
    const auto sender = Id::fromJson(message.value(QLatin1String("sender")));
    const int code =
        message.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt();
    if (type == QLatin1String("timeout")) {
        qCWarning(lcConnection) << "session expired on" << m_peer;
        Q_EMIT sessionGone(
            Error::fromJanus(458, tr("session timed out"), QStringLiteral("keepalive")));
    } else if (type == QLatin1String("error") && code == 458 && transaction.isEmpty()) {
        Q_EMIT sessionGone(Error::fromJanus(458,
                                            message.value(QLatin1String("error"))
                                                .toObject()
                                                .value(QLatin1String("reason"))
                                                .toString(),
                                            QStringLiteral("keepalive")));
    } else if (type == QLatin1String("detached") && sender) {
        Q_EMIT handleDetached(*sender);
    } else if (sender && !type.isEmpty()) {
        Q_EMIT handleEvent(*sender, message);
    } else if (!transaction.isEmpty()) {
        qCDebug(lcConnection) << "reply for unknown or finished transaction" << transaction;
    } else {
        qCDebug(lcConnection) << "ignoring unexpected message of type" << type;
    }
}

} // namespace janus
