#pragma once

#include <QUdpSocket>

namespace probe {

/// Echoes every UDP datagram back to its sender: lets an admin test a NAT port forward before
/// Janus runs behind it (janus-cascade reflect), and serves as a loop end in tests.
class UdpReflector : public QObject {
    Q_OBJECT
public:
    explicit UdpReflector(QObject* parent = nullptr);
    bool bind(const QHostAddress& address, quint16 port);
    quint16 port() const { return m_socket.localPort(); }
    qint64 echoed() const { return m_echoed; }
    QString errorString() const { return m_error; }

private:
    QUdpSocket m_socket;
    qint64 m_echoed = 0;
    QString m_error;
};

} // namespace probe
