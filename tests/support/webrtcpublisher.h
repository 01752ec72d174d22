#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace testsupport {

/// A real WebRTC publisher: tests/support/publisher/publish.mjs (werift, from npm) run with
/// node, optionally inside a network namespace. It joins a VideoRoom, publishes Opus and
/// prints "ready {json}" once Janus reports the PeerConnection up.
class WebRtcPublisher : public QObject {
    Q_OBJECT
public:
    struct Options {
        QUrl url;
        qint64 room = 0;
        QString display = QStringLiteral("werift");
        QStringList commandPrefix; ///< e.g. {"ip","netns","exec","lab-a"}
        bool video = false;
        QString apiSecret; ///< passed as --apisecret (on the command line: test secrets only)
        int durationSeconds = 600;
    };

    explicit WebRtcPublisher(Options options, QObject* parent = nullptr);
    ~WebRtcPublisher() override;

    /// Folder of publish.mjs (and its node_modules after `npm ci`).
    static QString scriptDir();
    /// True when node and the installed werift are there; otherwise *why says what is missing.
    static bool available(QString* why = nullptr);

    /// Starts the publisher and waits for its "ready" line.
    bool start(int timeoutMs = 30000);
    /// Leaves the room (SIGTERM) and waits for the process to end.
    void stop();
    qint64 publisherId() const { return m_ready.value(QLatin1String("publisher_id")).toInteger(); }
    QJsonObject readyInfo() const { return m_ready; }
    /// Packets sent so far, from the last progress line.
    qint64 packetsSent() const { return m_sent; }
    QString log() const { return m_log; }

private:
    void readOutput();

    Options m_options;
    std::unique_ptr<QProcess> m_process;
    QJsonObject m_ready;
    qint64 m_sent = 0;
    QString m_log;
    QByteArray m_buffer;
};

} // namespace testsupport
