#include "alertsettings.h"

#include <QCoreApplication>

namespace profile {

bool AlertThresholds::isEmpty() const {
    return *this == AlertThresholds{};
}

AlertSettings AlertSettings::overriddenBy(const AlertThresholds& over) const {
    AlertSettings s = *this;
    s.lossPercent = over.lossPercent.value_or(s.lossPercent);
    s.rttP95Ms = over.rttP95Ms.value_or(s.rttP95Ms);
    s.jitterMs = over.jitterMs.value_or(s.jitterMs);
    s.noMediaSeconds = over.noMediaSeconds.value_or(s.noMediaSeconds);
    s.nodeDownSeconds = over.nodeDownSeconds.value_or(s.nodeDownSeconds);
    s.raiseAfter = over.raiseAfter.value_or(s.raiseAfter);
    s.clearAfter = over.clearAfter.value_or(s.clearAfter);
    s.clearRatio = over.clearRatio.value_or(s.clearRatio);
    return s;
}

namespace {

std::optional<double> number(const QJsonObject& o, const char* key, const QString& path, double min,
                             double max, QStringList* errors) {
    const QString k = QString::fromLatin1(key);
    if (!o.contains(k))
        return std::nullopt;
    const QJsonValue v = o.value(k);
    if (!v.isDouble()) {
        *errors << path + k + QStringLiteral(": ") +
                       QCoreApplication::translate("profile", "must be a number");
        return std::nullopt;
    }
    if (v.toDouble() < min || v.toDouble() > max) {
        *errors << path + k + QStringLiteral(": ") +
                       QCoreApplication::translate("profile", "%1 is out of range %2–%3")
                           .arg(v.toDouble())
                           .arg(min)
                           .arg(max);
        return std::nullopt;
    }
    return v.toDouble();
}

std::optional<int> whole(const QJsonObject& o, const char* key, const QString& path, int min,
                         int max, QStringList* errors) {
    const auto n = number(o, key, path, min, max, errors);
    if (!n)
        return std::nullopt;
    if (*n != double(qint64(*n))) {
        *errors << path + QString::fromLatin1(key) + QStringLiteral(": ") +
                       QCoreApplication::translate("profile", "must be a whole number");
        return std::nullopt;
    }
    return int(*n);
}

} // namespace

AlertThresholds readAlertThresholds(const QJsonValue& value, const QString& path,
                                    QStringList* errors) {
    if (!value.isObject()) {
        *errors << path.chopped(1) + QStringLiteral(": ") +
                       QCoreApplication::translate("profile", "must be an object");
        return {};
    }
    const QJsonObject o = value.toObject();
    static const QStringList known = {
        QStringLiteral("loss_percent"),      QStringLiteral("rtt_p95_ms"),
        QStringLiteral("jitter_ms"),         QStringLiteral("no_media_seconds"),
        QStringLiteral("node_down_seconds"), QStringLiteral("raise_after"),
        QStringLiteral("clear_after"),       QStringLiteral("clear_ratio")};
    for (const QString& key : o.keys())
        if (!known.contains(key))
            *errors << path + key + QStringLiteral(": ") +
                           QCoreApplication::translate("profile", "not an alert setting");
    AlertThresholds t;
    t.lossPercent = number(o, "loss_percent", path, 0, 100, errors);
    t.rttP95Ms = number(o, "rtt_p95_ms", path, 0, 60000, errors);
    t.jitterMs = number(o, "jitter_ms", path, 0, 60000, errors);
    t.noMediaSeconds = whole(o, "no_media_seconds", path, 0, 86400, errors);
    t.nodeDownSeconds = whole(o, "node_down_seconds", path, 0, 86400, errors);
    t.raiseAfter = whole(o, "raise_after", path, 1, 100, errors);
    t.clearAfter = whole(o, "clear_after", path, 1, 100, errors);
    t.clearRatio = number(o, "clear_ratio", path, 0.1, 1, errors);
    return t;
}

QJsonObject toJson(const AlertThresholds& t) {
    QJsonObject o;
    const auto put = [&o](const char* key, auto value) {
        if (value)
            o.insert(QString::fromLatin1(key), *value);
    };
    put("loss_percent", t.lossPercent);
    put("rtt_p95_ms", t.rttP95Ms);
    put("jitter_ms", t.jitterMs);
    put("no_media_seconds", t.noMediaSeconds);
    put("node_down_seconds", t.nodeDownSeconds);
    put("raise_after", t.raiseAfter);
    put("clear_after", t.clearAfter);
    put("clear_ratio", t.clearRatio);
    return o;
}

} // namespace profile
