#pragma once

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace profile {

/// Alert thresholds as a profile states them: every field optional, so a link's `alerts` overrides
/// only what it names and the profile's `alerts` the built-in defaults. 0 turns an alert off.
struct AlertThresholds {
    std::optional<double> lossPercent;  ///< probe loss, %
    std::optional<double> rttP95Ms;     ///< probe RTT p95, ms
    std::optional<double> jitterMs;     ///< probe jitter, ms
    std::optional<int> noMediaSeconds;  ///< a link "up — no media" for this long
    std::optional<int> nodeDownSeconds; ///< a node unreachable for this long
    std::optional<int> raiseAfter;      ///< consecutive bad probes before an alert fires
    std::optional<int> clearAfter;      ///< consecutive good observations before it clears
    std::optional<double> clearRatio;   ///< good = below threshold × this (0.1–1)
    bool isEmpty() const;
    friend bool operator==(const AlertThresholds&, const AlertThresholds&) = default;
};

/// Every threshold resolved: built-in defaults, then the profile's, then the link's.
struct AlertSettings {
    double lossPercent = 5;
    double rttP95Ms = 150;
    double jitterMs = 30;
    int noMediaSeconds = 10;
    int nodeDownSeconds = 30;
    int raiseAfter = 2;
    int clearAfter = 2;
    double clearRatio = 0.8;
    /// These settings with what `over` states replacing them.
    AlertSettings overriddenBy(const AlertThresholds& over) const;
};

/// Reads an `alerts` object; problems are appended to errors as "path.key: what is wrong".
AlertThresholds readAlertThresholds(const QJsonValue& value, const QString& path,
                                    QStringList* errors);
/// The profile's words for thresholds (only the fields that are set).
QJsonObject toJson(const AlertThresholds& t);

} // namespace profile
