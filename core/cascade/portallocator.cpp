#include "portallocator.h"

#include <algorithm>

namespace cascade {

int PortAllocator::acquire() {
    if (!isRestricted())
        return 0;
    // Pairs: RTP on p, RTCP on p+1 when that is still inside the forwarded range. Round-robin
    // from the last pair handed out: a port given back a moment ago may still be bound on the
    // server while Janus closes the remote publisher that used it.
    const int pairs = (m_last - m_first) / 2 + 1;
    for (int i = 0; i < pairs; ++i) {
        const int port = m_first + 2 * ((m_next + i) % pairs);
        if (!m_used.contains(port)) {
            m_used.insert(port);
            m_next = (m_next + i + 1) % pairs;
            return port;
        }
    }
    return -1;
}

void PortAllocator::markUnusable(int port) {
    if (port <= 0)
        return;
    m_used.insert(port);
    if (m_unusable.contains(port))
        return;
    m_unusable.insert(port);
    if (onUnusableChanged)
        onUnusableChanged();
}

QList<int> PortAllocator::unusable() const {
    QList<int> ports(m_unusable.begin(), m_unusable.end());
    std::sort(ports.begin(), ports.end());
    return ports;
}

void PortAllocator::forgetUnusable() {
    for (int port : std::as_const(m_unusable))
        m_used.remove(port);
    const bool changed = !m_unusable.isEmpty();
    m_unusable.clear();
    if (changed && onUnusableChanged)
        onUnusableChanged();
}

} // namespace cascade
