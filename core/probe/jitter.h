#pragma once

#include <QtGlobal>

namespace probe {

/// RFC 3550 interarrival jitter (section 6.4.1, A.8): J += (|D(i-1,i)| - J) / 16, where D is
/// the difference of transit times of consecutive packets in arrival order. Also tracks the
/// maximum and the mean of J over the packets after the first, as Wireshark's RTP stream
/// analysis reports them (checked against tshark in tst_jitter_tshark).
class JitterEstimator {
public:
    /// A packet sent at sendSeconds (RTP timestamp / clock rate, or a send clock) arrived at
    /// arrivalSeconds.
    void add(double arrivalSeconds, double sendSeconds);
    double jitterMs() const { return m_jitter * 1000.0; }
    double maxJitterMs() const { return m_max * 1000.0; }
    double meanJitterMs() const { return m_count > 0 ? m_sum / double(m_count) * 1000.0 : 0.0; }
    int samples() const { return m_count; }

private:
    double m_lastTransit = 0.0;
    double m_jitter = 0.0;
    double m_max = 0.0;
    double m_sum = 0.0;
    int m_count = 0;
    bool m_first = true;
};

} // namespace probe
