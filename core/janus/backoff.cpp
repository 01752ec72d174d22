#include "backoff.h"

#include <algorithm>
#include <cmath>

namespace janus {

Backoff::Backoff(int baseMs, int maxMs, double jitter, quint32 seed)
    : m_baseMs(baseMs)
    , m_maxMs(maxMs)
    , m_jitter(jitter)
    , m_random(seed != 0 ? seed : QRandomGenerator::global()->generate()) {}

int Backoff::nextDelayMs() {
    const double exponential = m_baseMs * std::pow(2.0, std::min(m_attempt, 20));
    const double capped = std::min(exponential, double(m_maxMs));
    ++m_attempt;
    // Jitter spreads the reconnects of many consoles after one server restart.
    const double factor = 1.0 + m_jitter * (2.0 * m_random.generateDouble() - 1.0);
    return std::max(1, int(std::lround(capped * factor)));
}

} // namespace janus
