#include "historyaggregate.h"

#include <algorithm>
#include <cmath>

namespace history {

double medianOf(QList<double> values) {
    values.removeIf([](double v) { return std::isnan(v); });
    if (values.isEmpty())
        return qQNaN();
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

namespace {

/// Running min / max / sum / count over the figures that are not NaN.
struct Acc {
    double min = qQNaN(), max = qQNaN(), sum = 0;
    int n = 0;
    void add(double v) {
        if (std::isnan(v))
            return;
        min = n ? std::min(min, v) : v;
        max = n ? std::max(max, v) : v;
        sum += v;
        ++n;
    }
    double mean() const { return n ? sum / n : qQNaN(); }
};

} // namespace

Row aggregate(qint64 bucketStartMs, const QList<Row>& rows) {
    Row out;
    out.timeMs = bucketStartMs;
    out.samples = 0;
    Acc rttMin, rttMax, p95, jitter, bitrate, loss;
    QList<double> medians;
    double weightedLoss = 0;
    for (const Row& r : rows) {
        rttMin.add(r.rttMinMs);
        rttMax.add(r.rttMaxMs);
        p95.add(r.rttP95Ms);
        jitter.add(r.jitterMs);
        bitrate.add(r.bitrateBps);
        loss.add(r.lossRatio);
        medians << r.rttMedianMs;
        weightedLoss += r.lossRatio * double(r.packetsSent);
        out.packetsSent += r.packetsSent;
        out.packetsReceived += r.packetsReceived;
        out.samples += r.samples;
    }
    out.rttMinMs = rttMin.min;
    out.rttMedianMs = medianOf(medians);
    out.rttP95Ms = p95.max;
    out.rttMaxMs = rttMax.max;
    out.lossRatio =
        out.packetsSent > 0 ? weightedLoss / double(out.packetsSent) : (loss.n ? loss.mean() : 0.0);
    out.jitterMs = jitter.mean();
    out.bitrateBps = bitrate.mean();
    return out;
}

} // namespace history
