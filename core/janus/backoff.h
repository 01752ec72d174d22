#pragma once

#include <QRandomGenerator>

namespace janus {

/// Exponential backoff with jitter for reconnects: base·2^attempt, capped, ±jitter fraction.
class Backoff {
public:
    Backoff(int baseMs = 500, int maxMs = 30000, double jitter = 0.2, quint32 seed = 0);

    /// Delay before the next attempt; each call counts one attempt.
    int nextDelayMs();
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

private:
    int m_baseMs;
    int m_maxMs;
    double m_jitter;
    int m_attempt = 0;
    QRandomGenerator m_random;
};

} // namespace janus
