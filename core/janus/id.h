#pragma once

#include <QHashFunctions>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace janus {

/// A Janus id (session, handle, room, participant): a 64-bit integer or, with string_ids, a
/// string. Integers up to 2^63 stay exact: they never pass through double.
class Id {
public:
    Id() = default;
    Id(qint64 number)
        : m_number(number)
        , m_valid(true) {}
    explicit Id(const QString& text)
        : m_text(text)
        , m_isString(true)
        , m_valid(!text.isEmpty()) {}

    /// Reads an integer or a string id; a fractional, negative or other value gives nothing.
    static std::optional<Id> fromJson(const QJsonValue& value);
    /// Parses user input: digits become an integer id, anything else a string id.
    static Id fromText(const QString& text);

    bool isValid() const { return m_valid; }
    bool isString() const { return m_isString; }
    qint64 number() const { return m_number; }
    QJsonValue toJson() const;
    QString toString() const;

    friend bool operator==(const Id& a, const Id& b) {
        return a.m_valid == b.m_valid && a.m_isString == b.m_isString &&
               (a.m_isString ? a.m_text == b.m_text : a.m_number == b.m_number);
    }
    friend size_t qHash(const Id& id, size_t seed = 0) {
        return id.m_isString ? qHash(id.m_text, seed) : qHash(id.m_number, seed);
    }

private:
    qint64 m_number = 0;
    QString m_text;
    bool m_isString = false;
    bool m_valid = false;
};

} // namespace janus
