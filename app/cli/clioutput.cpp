#include "clioutput.h"

#include <QJsonDocument>
#include <cstdio>

namespace cli {

Output::Output(bool json)
    : m_json(json)
    , m_out(stdout)
    , m_err(stderr) {}

void Output::line(const QString& text) {
    if (!m_json)
        m_out << text << Qt::endl;
}

void Output::object(const QJsonObject& object) {
    if (m_json)
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
              << Qt::endl;
}

int Output::fail(int code, const QString& reason) {
    m_err << "janus-cascade: " << reason << Qt::endl;
    object({{QStringLiteral("ok"), false},
            {QStringLiteral("exit_code"), code},
            {QStringLiteral("error"), reason}});
    return code;
}

} // namespace cli
