#include "error.h"

#include <QCoreApplication>

namespace janus {

QString Error::kindName(Kind kind) {
    switch (kind) {
    case Kind::None:
        return QStringLiteral("ok");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Transport:
        return QStringLiteral("transport");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Janus:
        return QStringLiteral("janus");
    case Kind::Plugin:
        return QStringLiteral("plugin");
    case Kind::InvalidInput:
        return QStringLiteral("invalid input");
    }
    return {};
}

QString Error::message() const {
    QString out = request.isEmpty() ? QString() : request + QStringLiteral(": ");
    if (code != 0)
        out += QCoreApplication::translate("janus::Error", "error %1 ").arg(code);
    out += serverText.isEmpty() ? kindName(kind) : serverText;
    if (!explanation.isEmpty())
        out += QStringLiteral(" — ") + explanation;
    return out;
}

Error Error::transport(const QString& text, const QString& request) {
    return {Kind::Transport, 0, text,
            QCoreApplication::translate(
                "janus::Error",
                "the server is unreachable or closed the connection; check the URL, "
                "that Janus runs and that its WebSockets or HTTP transport listens there"),
            request};
}

Error Error::protocol(const QString& text, const QString& request) {
    return {Kind::Protocol, 0, text,
            QCoreApplication::translate("janus::Error",
                                        "the server's answer does not follow the Janus API"),
            request};
}

Error Error::timeout(const QString& request, int ms) {
    return {Kind::Timeout, 0,
            QCoreApplication::translate("janus::Error", "no answer within %1 ms").arg(ms),
            QCoreApplication::translate(
                "janus::Error", "the server is overloaded, unreachable or dropped the request"),
            request};
}

Error Error::tls(const QString& text) {
    return {Kind::Tls, 0, text,
            QCoreApplication::translate(
                "janus::Error", "if you trust this server, put its fingerprint in the node's "
                                "tls_pin_sha256 (the node editor's TLS pin); otherwise check that "
                                "the URL names the right server"),
            QStringLiteral("tls")};
}

Error Error::cancelled(const QString& request) {
    return {Kind::Cancelled, 0, QStringLiteral("cancelled"), {}, request};
}

Error Error::invalidInput(const QString& text, const QString& request) {
    return {Kind::InvalidInput, 0, text, {}, request};
}

Error Error::fromJanus(int code, const QString& reason, const QString& request) {
    Error e{Kind::Janus, code, reason, {}, request};
    switch (code) {
    case 403:
        e.kind = Kind::Auth;
        e.explanation = QCoreApplication::translate(
            "janus::Error", "the API secret, token or admin secret is wrong or "
                            "missing; set it for this node (keychain or environment)");
        break;
    case 405:
        e.kind = Kind::Auth;
        e.explanation = QCoreApplication::translate("janus::Error",
                                                    "this token may not use the requested plugin");
        break;
    case 458:
        e.explanation = QCoreApplication::translate(
            "janus::Error", "the session expired or the server restarted; the console "
                            "creates a new session");
        break;
    case 459:
        e.explanation = QCoreApplication::translate(
            "janus::Error", "the plugin handle is gone; the console attaches again");
        break;
    case 460:
        e.explanation = QCoreApplication::translate(
            "janus::Error", "the VideoRoom plugin is not loaded on this server");
        break;
    }
    return e;
}

Error Error::fromPlugin(int code, const QString& text, const QString& request) {
    return {Kind::Plugin, code, text, {}, request};
}

} // namespace janus
