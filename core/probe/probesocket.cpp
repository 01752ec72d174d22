#include "probesocket.h"

#include <QVariant>
#include <chrono>
#include <cstring>

// Kernel timestamps, batched receives and error-queue reads are Linux's; a portable build
// (JCC_PORTABLE, what Windows and macOS compile) leaves them out and stamps in user space.
#if defined(Q_OS_LINUX) && !defined(JCC_PORTABLE)
#define JCC_LINUX_SOCKETS 1
#else
#define JCC_LINUX_SOCKETS 0
#endif

#if JCC_LINUX_SOCKETS
#include <arpa/inet.h>
#include <cerrno>
#include <linux/errqueue.h>
#include <linux/net_tstamp.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#endif

namespace probe {

namespace {

#if JCC_LINUX_SOCKETS
qint64 ns(const timespec& t) {
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

/// CLOCK_REALTIME (kernel stamps) minus CLOCK_MONOTONIC (ours), now.
qint64 realtimeOffsetNs() {
    timespec real{}, mono{};
    clock_gettime(CLOCK_REALTIME, &real);
    clock_gettime(CLOCK_MONOTONIC, &mono);
    return ns(real) - ns(mono);
}

/// The software stamp of a message with SCM_TIMESTAMPING, in CLOCK_REALTIME ns, or 0; *id gets
/// the send counter of an error-queue stamp.
qint64 softwareStamp(msghdr* msg, quint32* id = nullptr) {
    qint64 stamp = 0;
    for (cmsghdr* c = CMSG_FIRSTHDR(msg); c; c = CMSG_NXTHDR(msg, c)) {
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_TIMESTAMPING) {
            scm_timestamping t;
            std::memcpy(&t, CMSG_DATA(c), sizeof t);
            stamp = ns(t.ts[0]);
        } else if (id && ((c->cmsg_level == SOL_IP && c->cmsg_type == IP_RECVERR) ||
                          (c->cmsg_level == SOL_IPV6 && c->cmsg_type == IPV6_RECVERR))) {
            sock_extended_err e;
            std::memcpy(&e, CMSG_DATA(c), sizeof e);
            if (e.ee_origin == SO_EE_ORIGIN_TIMESTAMPING)
                *id = e.ee_data;
        }
    }
    return stamp;
}

/// address:port for a socket of the given family (IPv4 destinations of an IPv6 socket mapped).
socklen_t toSockaddr(const QHostAddress& address, quint16 port, int family, sockaddr_storage* out) {
    *out = {};
    if (family == AF_INET) {
        auto* in = reinterpret_cast<sockaddr_in*>(out);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        in->sin_addr.s_addr = htonl(address.toIPv4Address());
        return sizeof(sockaddr_in);
    }
    auto* in6 = reinterpret_cast<sockaddr_in6*>(out);
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons(port);
    if (address.protocol() == QAbstractSocket::IPv4Protocol) { // ::ffff:a.b.c.d, no strings
        in6->sin6_addr.s6_addr[10] = 0xff;
        in6->sin6_addr.s6_addr[11] = 0xff;
        const quint32 v4 = htonl(address.toIPv4Address());
        std::memcpy(&in6->sin6_addr.s6_addr[12], &v4, 4);
    } else {
        std::memcpy(&in6->sin6_addr, address.toIPv6Address().c, 16);
    }
    in6->sin6_scope_id = address.scopeId().toUInt();
    return sizeof(sockaddr_in6);
}
#endif

} // namespace

ProbeSocket::ProbeSocket(QObject* parent)
    : QObject(parent) {
    connect(&m_socket, &QUdpSocket::readyRead, this, &ProbeSocket::readyRead);
}

ProbeSocket::~ProbeSocket() {
    closeKernel();
}

qint64 ProbeSocket::nowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QString ProbeSocket::modeName() const {
    return m_mode == Mode::Kernel ? QStringLiteral("kernel") : QStringLiteral("portable");
}

bool ProbeSocket::bind(const QHostAddress& address, quint16 port, bool wantKernel, QString* error) {
    QString kernelError;
    if (wantKernel && bindKernel(address, port, &kernelError))
        return true;
    if (!kernelError.isEmpty()) { // kernel stamps work here, but the address or port does not
        if (error)
            *error = kernelError;
        return false;
    }
    if (!m_socket.bind(address, port)) {
        if (error)
            *error = m_socket.errorString();
        return false;
    }
    // Room for bursts: a thousand sessions' packets can arrive between two event-loop turns.
    m_socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4 * 1024 * 1024);
    m_localAddress = m_socket.localAddress();
    m_localPort = m_socket.localPort();
    m_mode = Mode::Portable;
    return true;
}

// True when bound with kernel timestamps. False with *error empty when this system has no
// kernel timestamps (the caller falls back), with *error set when binding failed.
bool ProbeSocket::bindKernel(const QHostAddress& address, quint16 port, QString* error) {
#if JCC_LINUX_SOCKETS
    const int family = address.protocol() == QAbstractSocket::IPv4Protocol ? AF_INET : AF_INET6;
    const int fd = socket(family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const int flags = SOF_TIMESTAMPING_RX_SOFTWARE | SOF_TIMESTAMPING_TX_SOFTWARE |
                      SOF_TIMESTAMPING_SOFTWARE | SOF_TIMESTAMPING_OPT_ID |
                      SOF_TIMESTAMPING_OPT_TSONLY;
    if (setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPING, &flags, sizeof flags) != 0) {
        ::close(fd);
        return false;
    }
    const int buffer = 4 * 1024 * 1024;
    setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &buffer, sizeof buffer);
    if (family == AF_INET6) {
        const int v6only = address.protocol() == QAbstractSocket::IPv6Protocol ? 1 : 0;
        setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6only, sizeof v6only);
    }
    sockaddr_storage local;
    const socklen_t length = toSockaddr(address, port, family, &local);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&local), length) != 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return false;
    }
    socklen_t boundLength = sizeof local;
    getsockname(fd, reinterpret_cast<sockaddr*>(&local), &boundLength);
    m_localAddress = QHostAddress(reinterpret_cast<sockaddr*>(&local));
    m_localPort = ntohs(family == AF_INET ? reinterpret_cast<sockaddr_in*>(&local)->sin_port
                                          : reinterpret_cast<sockaddr_in6*>(&local)->sin6_port);
    m_fd = fd;
    m_notifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ProbeSocket::readyRead);
    m_buffer.resize(64 * 2048);
    m_nextSendId = 0;
    m_mode = Mode::Kernel;
    return true;
#else
    Q_UNUSED(address);
    Q_UNUSED(port);
    Q_UNUSED(error);
    return false;
#endif
}

void ProbeSocket::closeKernel() {
#if JCC_LINUX_SOCKETS
    delete m_notifier;
    m_notifier = nullptr;
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
#endif
}

qint64 ProbeSocket::send(QByteArrayView data, const QHostAddress& to, quint16 port) {
#if JCC_LINUX_SOCKETS
    if (m_mode == Mode::Kernel) {
        sockaddr_storage address;
        const socklen_t length = toSockaddr(
            to, port,
            m_localAddress.protocol() == QAbstractSocket::IPv4Protocol ? AF_INET : AF_INET6,
            &address);
        const qint64 userNs = nowNs();
        if (::sendto(m_fd, data.data(), size_t(data.size()), 0,
                     reinterpret_cast<sockaddr*>(&address), length) < 0)
            return -1;
        const qint64 kernelNs = kernelSendStamp(m_nextSendId++);
        if (kernelNs > 0)
            return kernelNs;
        ++m_fallbacks;
        return userNs;
    }
#endif
    const qint64 userNs = nowNs();
    if (m_socket.writeDatagram(data.data(), data.size(), to, port) < 0)
        return -1;
    return userNs;
}

qint64 ProbeSocket::kernelSendStamp(quint32 id) {
#if JCC_LINUX_SOCKETS
    // The software send stamp is made while the datagram goes to the driver, within the send
    // call for loopback and most NICs: it is in the error queue now, or it is not coming in time.
    alignas(cmsghdr) char control[256];
    for (int i = 0; i < 64; ++i) { // bounded: stale entries of earlier sends are skipped
        msghdr msg{};
        msg.msg_control = control;
        msg.msg_controllen = sizeof control;
        if (recvmsg(m_fd, &msg, MSG_ERRQUEUE | MSG_DONTWAIT) < 0)
            break;
        quint32 entryId = ~0U;
        const qint64 stamp = softwareStamp(&msg, &entryId);
        if (entryId == id && stamp > 0)
            return stamp - realtimeOffsetNs(); // later entries (none, normally) wait their turn
        if (entryId != ~0U && entryId > id)
            m_nextSendId = entryId + 1; // the kernel counted a send we did not see succeed
    }
    return 0;
#else
    Q_UNUSED(id);
    return 0;
#endif
}

void ProbeSocket::readAll(
    const std::function<void(QByteArrayView data, qint64 receiveNs)>& receive) {
#if JCC_LINUX_SOCKETS
    if (m_mode == Mode::Kernel) {
        // Batches of up to 64 datagrams a system call, each with its kernel receive stamp.
        constexpr int batch = 64;
        constexpr int slot = 2048;
        mmsghdr messages[batch];
        iovec vectors[batch];
        alignas(cmsghdr) char control[batch][128];
        for (int round = 0; round < 1024; ++round) { // bounded: at most 65,536 datagrams a call
            for (int i = 0; i < batch; ++i) {
                vectors[i] = {m_buffer.data() + i * slot, slot};
                messages[i] = {};
                messages[i].msg_hdr.msg_iov = &vectors[i];
                messages[i].msg_hdr.msg_iovlen = 1;
                messages[i].msg_hdr.msg_control = control[i];
                messages[i].msg_hdr.msg_controllen = sizeof control[i];
            }
            const int n = recvmmsg(m_fd, messages, batch, MSG_DONTWAIT, nullptr);
            if (n <= 0)
                return;
            const qint64 offset = realtimeOffsetNs();
            for (int i = 0; i < n; ++i) {
                qint64 stamp = softwareStamp(&messages[i].msg_hdr);
                if (stamp > 0) {
                    stamp -= offset;
                } else {
                    stamp = nowNs();
                    ++m_fallbacks;
                }
                receive(
                    QByteArrayView(m_buffer.constData() + i * slot, qsizetype(messages[i].msg_len)),
                    stamp);
            }
            if (n < batch)
                return;
        }
        return;
    }
#endif
    // Probe packets are at most 1400 bytes; anything longer is foreign and may be cut short.
    if (m_buffer.size() < 2048)
        m_buffer.resize(2048);
    while (m_socket.hasPendingDatagrams()) {
        const qint64 read = m_socket.readDatagram(m_buffer.data(), m_buffer.size());
        const qint64 stamp = nowNs();
        if (read >= 0)
            receive(QByteArrayView(m_buffer.constData(), read), stamp);
    }
}

} // namespace probe
