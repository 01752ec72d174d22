#pragma once

#include "jitter.h"
#include "proberesult.h"

#include <vector>

namespace probe {

/// The statistics of one probe run, fed per packet, read as a ProbeResult. Sequence numbers are
/// the probe's own 64-bit counters starting at 0, so there is no wrap to handle here (the 16-bit
/// RTP sequence number is only for the wire).
///
/// Definitions: received counts distinct packets; a duplicate is a packet seen before; a
/// reordered packet arrives after one with a higher sequence number; late ones arrive after
/// lateThresholdMs; lost = sent − received. Percentiles are nearest-rank over every RTT sample
/// (p-th = the ⌈p/100·N⌉-th smallest), so the median of an even count is the lower middle.
class RtpStats {
public:
    enum class Arrival { New, Duplicate, Reordered, Unknown };

    explicit RtpStats(qint64 startNs = 0, double lateThresholdMs = 1000.0);

    void noteSent(quint64 sequence, qint64 sendNs);
    /// The sender's pacing error for one packet (actual − due send time).
    void noteSendError(qint64 errorNs);
    Arrival noteReceived(quint64 sequence, qint64 receiveNs);
    /// A datagram on the probe port that is not one of this probe's packets.
    void noteForeign() { ++m_foreign; }

    qint64 sent() const { return qint64(m_sentNs.size()); }
    qint64 received() const { return m_received; }
    /// Everything sent so far came back.
    bool complete() const { return m_received == sent(); }
    ProbeResult result() const;

    /// Nearest-rank percentile of unsorted values (p in 0..100); 0 for no values.
    static double percentile(std::vector<double> values, double p);

private:
    struct Arrived {
        quint64 sequence;
        double rttMs;
        double jitterMs;
    };

    qint64 m_startNs;
    double m_lateMs;
    std::vector<qint64> m_sentNs; ///< by sequence
    std::vector<quint8> m_seen;   ///< by sequence
    std::vector<Arrived> m_arrivals;
    std::vector<double> m_sendErrorsUs;
    JitterEstimator m_jitter;
    qint64 m_received = 0;
    qint64 m_duplicated = 0;
    qint64 m_reordered = 0;
    qint64 m_late = 0;
    qint64 m_foreign = 0;
    quint64 m_highest = 0;
    bool m_any = false;
};

} // namespace probe
