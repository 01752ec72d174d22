#include "udpreflector.h"

#include <QNetworkDatagram>
#include <QVariant>

namespace probe {

UdpReflector::UdpReflector(QObject* parent)
    : QObject(parent)
    , m_socket(this) { // a child, so moveToThread() takes it along
    connect(&m_socket, &QUdpSocket::readyRead, this, [this] {
        while (m_socket.hasPendingDatagrams()) {
            const QNetworkDatagram d = m_socket.receiveDatagram();
            m_socket.writeDatagram(d.data(), d.senderAddress(), quint16(d.senderPort()));
            ++m_echoed;
        }
    });
}

bool UdpReflector::bind(const QHostAddress& address, quint16 port) {
    if (m_socket.bind(address, port)) {
        // Probes arrive in bursts when many run at once.
        m_socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4 * 1024 * 1024);
        return true;
    }
    m_error = tr("cannot listen on %1:%2: %3")
                  .arg(address.toString())
                  .arg(port)
                  .arg(m_socket.errorString());
    return false;
}

} // namespace probe
