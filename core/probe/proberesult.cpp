#include "proberesult.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace probe {

QJsonObject ProbeResult::toJson() const {
    QJsonArray series;
    for (const SecondStats& s : seconds)
        series.append(QJsonObject{{QStringLiteral("second"), s.second},
                                  {QStringLiteral("sent"), s.sent},
                                  {QStringLiteral("received"), s.received},
                                  {QStringLiteral("lost"), s.lost},
                                  {QStringLiteral("rtt_median_ms"), s.rttMedianMs},
                                  {QStringLiteral("rtt_p95_ms"), s.rttP95Ms},
                                  {QStringLiteral("jitter_ms"), s.jitterMs}});
    return {{QStringLiteral("probe_id"), probeId},
            {QStringLiteral("target"), target},
            {QStringLiteral("timestamp_mode"), timestampMode},
            {QStringLiteral("sent"), sent},
            {QStringLiteral("received"), received},
            {QStringLiteral("lost"), lost},
            {QStringLiteral("loss_percent"), lossPercent()},
            {QStringLiteral("duplicated"), duplicated},
            {QStringLiteral("reordered"), reordered},
            {QStringLiteral("late"), late},
            {QStringLiteral("foreign"), foreign},
            {QStringLiteral("rtt_ms"), QJsonObject{{QStringLiteral("min"), rttMinMs},
                                                   {QStringLiteral("median"), rttMedianMs},
                                                   {QStringLiteral("p95"), rttP95Ms},
                                                   {QStringLiteral("p99"), rttP99Ms},
                                                   {QStringLiteral("max"), rttMaxMs}}},
            {QStringLiteral("jitter_ms"), jitterMs},
            {QStringLiteral("send_jitter_us_p99"), sendJitterUs},
            {QStringLiteral("passed"), passed},
            {QStringLiteral("verdict"), verdict},
            {QStringLiteral("srtp"), srtp},
            {QStringLiteral("seconds"), series}};
}

QString ProbeResult::countsText() const {
    return QCoreApplication::translate(
               "probe::ProbeResult",
               "%1: sent %2, received %3, lost %4, duplicated %5, reordered %6")
        .arg(target)
        .arg(sent)
        .arg(received)
        .arg(lost)
        .arg(duplicated)
        .arg(reordered);
}

QString ProbeResult::rttText() const {
    return QCoreApplication::translate(
               "probe::ProbeResult",
               "RTT ms: min %1, median %2, p95 %3, p99 %4, max %5; jitter %6 ms (%7 timestamps)")
        .arg(rttMinMs, 0, 'f', 3)
        .arg(rttMedianMs, 0, 'f', 3)
        .arg(rttP95Ms, 0, 'f', 3)
        .arg(rttP99Ms, 0, 'f', 3)
        .arg(rttMaxMs, 0, 'f', 3)
        .arg(jitterMs, 0, 'f', 3)
        .arg(timestampMode);
}

} // namespace probe
