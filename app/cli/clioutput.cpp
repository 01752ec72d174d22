#include "clioutput.h"

#include "janus/error.h"

#include <QJsonDocument>
#include <cstdio>

namespace cli {

Failure Failure::from(const janus::Error& error, const QString& context) {
    using K = janus::Error::Kind;
    QString code;
    switch (error.kind) {
    case K::Janus:
    case K::Plugin:
        code = error.code != 0 ? QStringLiteral("janus_%1").arg(error.code)
                               : QStringLiteral("janus_error");
        break;
    case K::Auth:
        code = QStringLiteral("auth_refused");
        break;
    case K::Tls:
        code = QStringLiteral("tls_refused");
        break;
    case K::Transport:
    case K::Cancelled:
        code = QStringLiteral("unreachable");
        break;
    case K::Timeout:
        code = QStringLiteral("timeout");
        break;
    case K::Protocol:
        code = QStringLiteral("protocol");
        break;
    case K::InvalidInput:
    case K::None:
        code = QStringLiteral("failed");
        break;
    }
    // The message without the advice: the advice is the explanation.
    janus::Error bare = error;
    bare.explanation.clear();
    const QString message = error.isError() ? bare.message() : QString();
    return {code,
            context.isEmpty()   ? message
            : message.isEmpty() ? context
                                : context + QStringLiteral(": ") + message,
            error.explanation};
}

Output::Output(bool json)
    : m_json(json)
    , m_out(stdout)
    , m_err(stderr) {}

void Output::line(const QString& text) {
    if (!m_json)
        m_out << text << Qt::endl;
}

void Output::object(QJsonObject object) {
    if (!m_json)
        return;
    object.insert(QStringLiteral("ok"), true);
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

int Output::fail(int exitCode, const Failure& failure) {
    m_err << "janus-cascade: " << failure.message;
    if (!failure.explanation.isEmpty() && !failure.explanation.contains(QLatin1Char('\n')))
        m_err << " — " << failure.explanation;
    m_err << Qt::endl;
    if (m_json) {
        const QJsonObject error{{QStringLiteral("code"), failure.code},
                                {QStringLiteral("message"), failure.message},
                                {QStringLiteral("explanation"), failure.explanation}};
        const QJsonObject doc{{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}};
        m_out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact)) << Qt::endl;
    }
    return exitCode;
}

int Output::fail(int exitCode, const QString& code, const QString& message,
                 const QString& explanation) {
    return fail(exitCode, Failure{code, message, explanation});
}

} // namespace cli
