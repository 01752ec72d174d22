#pragma once

#include <QByteArrayView>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QUdpSocket>
#include <functional>

namespace probe {

/// A UDP socket that stamps what it sends and receives on one monotonic clock (nowNs()).
///
/// Portable mode stamps in user space: just before the send call, and when the event loop gets
/// to the packet (tens of µs after the kernel had it). On Linux, kernel mode asks the kernel for
/// software timestamps (SO_TIMESTAMPING): the receive stamp is taken when the packet enters the
/// stack, the send stamp when it leaves for the driver, read back from the error queue right
/// after the send. A packet whose kernel stamp is missing keeps its user-space stamp (counted).
class ProbeSocket : public QObject {
    Q_OBJECT
public:
    enum class Mode { Portable, Kernel };

    explicit ProbeSocket(QObject* parent = nullptr);
    ~ProbeSocket() override;

    /// Monotonic nanoseconds (CLOCK_MONOTONIC), the clock every stamp is on.
    static qint64 nowNs();

    /// Binds; with wantKernel, tries kernel timestamps and falls back to portable quietly
    /// (mode() says which). False with *error when the address or port cannot be bound.
    bool bind(const QHostAddress& address, quint16 port, bool wantKernel, QString* error);
    Mode mode() const { return m_mode; }
    /// "kernel" or "portable", as results report it.
    QString modeName() const;
    QHostAddress localAddress() const { return m_localAddress; }
    quint16 localPort() const { return m_localPort; }

    /// Sends one datagram; returns its send stamp (kernel when available), or -1 when the send
    /// failed.
    qint64 send(QByteArrayView data, const QHostAddress& to, quint16 port);
    /// Reads every pending datagram, calling receive(data, receiveStampNs) for each (data is only
    /// valid during the call). Call it from readyRead().
    void readAll(const std::function<void(QByteArrayView data, qint64 receiveNs)>& receive);

    /// Packets whose kernel send or receive stamp was missing (user-space stamp used instead).
    quint64 fallbackStamps() const { return m_fallbacks; }

Q_SIGNALS:
    void readyRead();

private:
    bool bindKernel(const QHostAddress& address, quint16 port, QString* error);
    qint64 kernelSendStamp(quint32 id);
    void closeKernel();

    // Portable mode: Qt's socket. Kernel mode: our own descriptor and notifier, because Qt's
    // unbuffered UDP socket re-arms its notifier only when Qt itself reads a datagram.
    QUdpSocket m_socket;
    int m_fd = -1;
    QSocketNotifier* m_notifier = nullptr;
    QHostAddress m_localAddress;
    quint16 m_localPort = 0;
    Mode m_mode = Mode::Portable;
    quint32 m_nextSendId = 0;
    quint64 m_fallbacks = 0;
    QByteArray m_buffer;
};

} // namespace probe
