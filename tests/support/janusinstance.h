#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

/// Skips the current test, saying why, when no janus binary (or VideoRoom plugin) is here.
#define JCC_REQUIRE_JANUS()                                                                        \
    do {                                                                                           \
        QString jccWhy;                                                                            \
        if (!testsupport::JanusInstance::available(&jccWhy))                                       \
            QSKIP(qPrintable(QStringLiteral("SKIPPED: %1").arg(jccWhy)));                          \
    } while (false)

namespace testsupport {

/// A real Janus server (Debian's janus) run from a generated config in a temporary folder:
/// VideoRoom plugin, WebSockets and HTTP transports (Janus and Admin API each), on free
/// ports, stopped on destruction. apiUrl()/adminUrl() name the transport under test:
/// HTTP when the environment has JCC_TEST_TRANSPORT=http (ctest's NAME@http), else WebSocket.
class JanusInstance : public QObject {
    Q_OBJECT
public:
    struct Room {
        qint64 id = 0;
        QString description;
        QString secret;
        bool isPrivate = false;
        /// false: opus_fec = false, which Janus 1.3.1+ also enforces on remote publishers' streams
        /// (their copies then advertise no FEC whatever the console sent).
        bool opusFec = true;
    };

    struct Options {
        QString name = QStringLiteral("janus");
        QString wsIp = QStringLiteral("127.0.0.1");
        int wsPort = 0;        ///< 0 = a free port on wsIp
        int adminPort = 0;     ///< 0 = a free port on wsIp
        int httpPort = 0;      ///< Janus API over HTTP; 0 = a free port on wsIp
        int adminHttpPort = 0; ///< Admin API over HTTP; 0 = a free port on wsIp
        int sessionTimeout = 60;
        QString apiSecret;
        QString adminSecret = QStringLiteral("janusoverlord");
        QString adminKey; ///< VideoRoom admin_key (private rooms, create)
        bool stringIds = false;
        QString rtpPortRange = QStringLiteral("20000-40000");
        QString interface;         ///< janus -i: the local IP Janus announces
        QStringList commandPrefix; ///< e.g. {"ip","netns","exec","lab-b"}
        QList<Room> rooms;
        /// PEM files: set both and the Janus and Admin APIs listen as wss:// and https://
        /// instead of ws:// and http://.
        QString tlsCertificate;
        QString tlsKey;
        /// Another Janus than the environment's (a mixed-version pair): its binary and the
        /// folder with its plugins/ and transports/. Empty: JCC_JANUS_BIN, JCC_JANUS_LIBDIR.
        QString binary;
        QString libDir;
        /// Janus's debug_level: 5 (verbose) also logs what Janus 1.4 does with SRTP keys.
        int debugLevel = 4;
    };

    /// Which transport a URL is for; FromEnvironment: as JCC_TEST_TRANSPORT says.
    enum class Transport { FromEnvironment, WebSocket, Http };
    Q_ENUM(Transport)

    explicit JanusInstance(Options options, QObject* parent = nullptr);

    /// The transport under test: Http when JCC_TEST_TRANSPORT=http, else WebSocket.
    static Transport transportUnderTest();
    /// "ws" or "http", for test names and messages.
    static QString transportName(Transport transport = Transport::FromEnvironment);
    ~JanusInstance() override;

    /// The janus binary: $JCC_JANUS_BIN or "janus".
    static QString janusBinary();
    /// True when the janus binary can be started here; otherwise *why says what is missing.
    static bool available(QString* why = nullptr);

    /// Writes the config (first time), starts Janus and waits until WebSockets listen.
    bool start(int timeoutMs = 20000);
    /// Stops gracefully (SIGTERM, then SIGKILL after a grace period).
    void stop();
    /// kill -9, as a crash would.
    void kill();
    bool restart(int timeoutMs = 20000);
    bool isRunning() const;

    bool isTls() const;
    QUrl apiUrl(Transport transport = Transport::FromEnvironment) const;
    QUrl adminUrl(Transport transport = Transport::FromEnvironment) const;
    const Options& options() const { return m_options; }
    QString configDir() const { return m_dir.path(); }
    QString log() const { return m_log; }
    /// The running server's process id (0 when it does not run).
    qint64 pid() const;
    /// The UDP ports the running server's process has bound (read from /proc), sorted.
    QList<int> udpPortsHeld() const;
    /// "1.1.2": the version the janus binary reports (janus -V).
    static QString binaryVersion();
    /// Prints the server's log through qInfo, for failed tests.
    void dumpLog() const;

    static int freeTcpPort(const QString& ip = QStringLiteral("127.0.0.1"));
    static int freeUdpPortBlock(int count, const QString& ip = QStringLiteral("127.0.0.1"));

private:
    bool writeConfig();

    Options m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_log;
    bool m_configured = false;
};

} // namespace testsupport
