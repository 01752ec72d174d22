#pragma once

#include <QList>
#include <QSet>
#include <functional>

namespace cascade {

/// Hands out RTP/RTCP port pairs from a node's NAT-forwarded UDP range. A range of 0..0 means
/// "not restricted": Janus then picks the port itself.
class PortAllocator {
public:
    PortAllocator(int first = 0, int last = 0)
        : m_first(first)
        , m_last(last) {}

    bool isRestricted() const { return m_first > 0 && m_last >= m_first; }
    int first() const { return m_first; }
    int last() const { return m_last; }
    bool contains(int port) const { return !isRestricted() || (port >= m_first && port <= m_last); }

    /// The lowest free port p with p+1 also free and in range; 0 when unrestricted; -1 when
    /// the range is exhausted.
    int acquire();
    /// The RTCP port to pair with an RTP port: p+1 inside the range, else 0 (Janus picks).
    int rtcpFor(int port) const {
        return port > 0 && contains(port + 1) && isRestricted() ? port + 1 : 0;
    }
    /// Marks a port pair as used (adopted mirrors, ports the server refused).
    void reserve(int port) { m_used.insert(port); }
    void release(int port) { m_used.remove(port); }
    int inUse() const { return int(m_used.size()); }
    /// Port pairs in the range (0 when unrestricted).
    int pairCount() const { return isRestricted() ? (m_last - m_first) / 2 + 1 : 0; }

    /// A port the server refused with "Could not open UDP socket": something on the node holds
    /// it (an older Janus keeps the sockets of removed remote publishers, another program binds
    /// it). It stays out of acquire() and is counted until forgetUnusable().
    void markUnusable(int port);
    /// The refused ports, ascending.
    QList<int> unusable() const;
    int unusableCount() const { return int(m_unusable.size()); }
    /// The node's server went away (restarted, or the connection dropped): what it held may be
    /// free now, so the refused ports are tried again.
    void forgetUnusable();
    /// Called whenever unusable() changes (the node's owner shows it).
    std::function<void()> onUnusableChanged;

private:
    int m_first;
    int m_last;
    int m_next = 0; ///< pair index to try first
    QSet<int> m_used;
    QSet<int> m_unusable;
};

} // namespace cascade
