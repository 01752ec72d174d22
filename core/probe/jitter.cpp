#include "jitter.h"

#include <algorithm>
#include <cmath>

namespace probe {

void JitterEstimator::add(double arrivalSeconds, double sendSeconds) {
    const double transit = arrivalSeconds - sendSeconds;
    if (m_first) {
        m_first = false;
        m_lastTransit = transit;
        return; // no predecessor: no D, and (as in Wireshark) not part of the mean
    }
    const double d = std::fabs(transit - m_lastTransit);
    m_lastTransit = transit;
    m_jitter += (d - m_jitter) / 16.0;
    m_max = std::max(m_max, m_jitter);
    m_sum += m_jitter;
    ++m_count;
}

} // namespace probe
