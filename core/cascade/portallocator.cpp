#include "portallocator.h"

namespace cascade {

int PortAllocator::acquire() {
    if (!isRestricted())
        return 0;
    // Pairs: RTP on p, RTCP on p+1 when that is still inside the forwarded range.
    for (int port = m_first; port <= m_last; port += 2) {
        if (!m_used.contains(port)) {
            m_used.insert(port);
            return port;
        }
    }
    return -1;
}

} // namespace cascade
