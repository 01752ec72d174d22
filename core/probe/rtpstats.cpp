#include "rtpstats.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace probe {

RtpStats::RtpStats(qint64 startNs, double lateThresholdMs)
    : m_startNs(startNs)
    , m_lateMs(lateThresholdMs) {}

void RtpStats::noteSent(quint64 sequence, qint64 sendNs) {
    if (sequence >= m_sentNs.size()) {
        m_sentNs.resize(sequence + 1, 0);
        m_seen.resize(sequence + 1, 0);
    }
    m_sentNs[sequence] = sendNs;
}

void RtpStats::noteSendError(qint64 errorNs) {
    m_sendErrorsUs.push_back(double(errorNs) / 1000.0);
}

RtpStats::Arrival RtpStats::noteReceived(quint64 sequence, qint64 receiveNs) {
    if (sequence >= m_sentNs.size() || m_sentNs[sequence] == 0)
        return Arrival::Unknown;
    if (m_seen[sequence]) {
        ++m_duplicated;
        return Arrival::Duplicate;
    }
    m_seen[sequence] = 1;
    ++m_received;
    const qint64 sendNs = m_sentNs[sequence];
    const double rttMs = double(receiveNs - sendNs) / 1e6;
    if (rttMs > m_lateMs)
        ++m_late;
    m_jitter.add(double(receiveNs) / 1e9, double(sendNs) / 1e9);
    m_arrivals.push_back({sequence, rttMs, m_jitter.jitterMs()});
    const bool reordered = m_any && sequence < m_highest;
    if (reordered)
        ++m_reordered;
    if (!m_any || sequence > m_highest)
        m_highest = sequence;
    m_any = true;
    return reordered ? Arrival::Reordered : Arrival::New;
}

double RtpStats::percentile(std::vector<double> values, double p) {
    if (values.empty())
        return 0.0;
    const auto n = values.size();
    size_t rank = size_t(std::ceil(p / 100.0 * double(n)));
    rank = std::clamp<size_t>(rank, 1, n);
    std::nth_element(values.begin(), values.begin() + qsizetype(rank - 1), values.end());
    return values[rank - 1];
}

ProbeResult RtpStats::result() const {
    ProbeResult r;
    r.sent = sent();
    r.received = m_received;
    r.lost = r.sent - m_received;
    r.duplicated = m_duplicated;
    r.reordered = m_reordered;
    r.late = m_late;
    r.foreign = m_foreign;
    std::vector<double> rtts;
    rtts.reserve(m_arrivals.size());
    for (const Arrived& a : m_arrivals)
        rtts.push_back(a.rttMs);
    if (!rtts.empty()) {
        r.rttMinMs = *std::min_element(rtts.begin(), rtts.end());
        r.rttMaxMs = *std::max_element(rtts.begin(), rtts.end());
        r.rttMedianMs = percentile(rtts, 50);
        r.rttP95Ms = percentile(rtts, 95);
        r.rttP99Ms = percentile(rtts, 99);
    }
    r.jitterMs = m_jitter.jitterMs();
    r.sendJitterUs = percentile(m_sendErrorsUs, 99);

    // Per second of sending: what was sent then, what of it came back, how fast.
    struct Bucket {
        int sent = 0;
        std::vector<double> rtts;
        double jitter = 0;
    };
    std::map<int, Bucket> buckets;
    auto secondOf = [this](quint64 sequence) {
        return int((m_sentNs[sequence] - m_startNs) / 1'000'000'000);
    };
    for (quint64 s = 0; s < m_sentNs.size(); ++s)
        if (m_sentNs[s] != 0)
            ++buckets[secondOf(s)].sent;
    for (const Arrived& a : m_arrivals) {
        Bucket& b = buckets[secondOf(a.sequence)];
        b.rtts.push_back(a.rttMs);
        b.jitter = a.jitterMs;
    }
    for (const auto& [second, b] : buckets) {
        SecondStats s;
        s.second = second;
        s.sent = b.sent;
        s.received = int(b.rtts.size());
        s.lost = s.sent - s.received;
        s.rttMedianMs = percentile(b.rtts, 50);
        s.rttP95Ms = percentile(b.rtts, 95);
        s.jitterMs = b.jitter;
        r.seconds << s;
    }
    return r;
}

} // namespace probe
