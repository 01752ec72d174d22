#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWebSocketServer>

class QWebSocket;

namespace bench {

/// A SCRIPTED, FAKE Janus node for the fleet benchmark — not Janus: one QWebSocketServer on
/// 127.0.0.1 that answers just what the console asks while it connects and lists rooms (info,
/// create, attach, keepalive, destroy, detach; VideoRoom list and listparticipants) with a
/// fixed set of rooms shaped like Janus 1.1.2's "list" entries. Used where fifty real Janus
/// processes would be too heavy for the machine.
class ScriptedJanus : public QObject {
    Q_OBJECT
public:
    ScriptedJanus(int node, int rooms, QObject* parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    int requestsServed() const { return m_served; }

    /// One room as Janus 1.1.2 lists it (same keys and types).
    static QJsonObject room(qint64 id, const QString& description);

private:
    void onMessage(QWebSocket* client, const QString& text);
    void send(QWebSocket* client, const QJsonObject& message);

    QWebSocketServer m_server;
    QJsonArray m_rooms;
    qint64 m_nextId;
    int m_served = 0;
};

} // namespace bench
