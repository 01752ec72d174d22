#include "id.h"

#include <cmath>

namespace janus {

std::optional<Id> Id::fromJson(const QJsonValue& value) {
    if (value.isString()) {
        const QString text = value.toString();
        if (text.isEmpty())
            return std::nullopt;
        return Id(text);
    }
    if (!value.isDouble())
        return std::nullopt;
    // QJsonValue keeps integers that fit in 64 bits as integers; toInteger() fails on fractions.
    constexpr qint64 invalid = -1;
    const qint64 number = value.toInteger(invalid);
    if (number < 0)
        return std::nullopt;
    return Id(number);
}

Id Id::fromText(const QString& text) {
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (ok && number >= 0)
        return Id(number);
    return Id(text);
}

QJsonValue Id::toJson() const {
    if (!m_valid)
        return QJsonValue();
    return m_isString ? QJsonValue(m_text) : QJsonValue(m_number);
}

QString Id::toString() const {
    if (!m_valid)
        return {};
    return m_isString ? m_text : QString::number(m_number);
}

} // namespace janus
