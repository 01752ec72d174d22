#include "janusinstance.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUdpSocket>
#include <QtDebug>

namespace testsupport {

namespace {

const QString libDir = QStringLiteral("/usr/lib/x86_64-linux-gnu/janus");

QString janusLibDir(const QString& preferred = {}) {
    // Debian installs per-architecture; look for the VideoRoom plugin where it may be.
    const QStringList candidates = {
        preferred.isEmpty() ? qEnvironmentVariable("JCC_JANUS_LIBDIR") : preferred, libDir,
        QStringLiteral("/usr/lib/aarch64-linux-gnu/janus"), QStringLiteral("/usr/lib/janus"),
        QStringLiteral("/usr/local/lib/janus")};
    for (const QString& dir : candidates)
        if (!dir.isEmpty() &&
            QFileInfo::exists(dir + QStringLiteral("/plugins/libjanus_videoroom.so")))
            return dir;
    return {};
}

bool writeFile(const QString& path, const QString& text) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(text.toUtf8());
    return true;
}

QString quoted(const QString& s) {
    QString escaped = s;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString certificates(const JanusInstance::Options& o) {
    return QStringLiteral("certificates: {\n  cert_pem = %1\n  cert_key = %2\n}\n")
        .arg(quoted(o.tlsCertificate), quoted(o.tlsKey));
}

/// A transport's config from its template: %1 port, %2 ip, %3 admin port, %4 plain on, %5 TLS
/// on; with TLS, the certificates follow.
QString transportConfig(const QString& pattern, const JanusInstance::Options& o, int port,
                        int adminPort, bool tls) {
    const QString config = pattern.arg(port)
                               .arg(quoted(o.wsIp))
                               .arg(adminPort)
                               .arg(tls ? QStringLiteral("false") : QStringLiteral("true"),
                                    tls ? QStringLiteral("true") : QStringLiteral("false"));
    return tls ? config + certificates(o) : config;
}

QString websocketsConfig(const JanusInstance::Options& o, bool tls) {
    return transportConfig(
        QStringLiteral("general: {\n  json = \"compact\"\n  ws = %4\n  ws_port = %1\n  "
                       "ws_ip = %2\n  wss = %5\n  wss_port = %1\n  wss_ip = %2\n}\n"
                       "admin: {\n  admin_ws = %4\n  admin_ws_port = %3\n  admin_ws_ip = "
                       "%2\n  admin_wss = %5\n  admin_wss_port = %3\n  admin_wss_ip = %2\n}\n"),
        o, o.wsPort, o.adminPort, tls);
}

QString httpConfig(const JanusInstance::Options& o, bool tls) {
    return transportConfig(
        QStringLiteral(
            "general: {\n  json = \"compact\"\n  base_path = \"/janus\"\n  http = %4\n  "
            "port = %1\n  ip = %2\n  https = %5\n  secure_port = %1\n  secure_ip = %2\n}\n"
            "admin: {\n  admin_base_path = \"/admin\"\n  admin_http = %4\n  admin_port = "
            "%3\n  admin_ip = %2\n  admin_https = %5\n  admin_secure_port = %3\n  "
            "admin_secure_ip = %2\n}\n"),
        o, o.httpPort, o.adminHttpPort, tls);
}

} // namespace

JanusInstance::JanusInstance(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options)) {
    if (m_options.wsPort == 0)
        m_options.wsPort = freeTcpPort(m_options.wsIp);
    if (m_options.adminPort == 0)
        m_options.adminPort = freeTcpPort(m_options.wsIp);
    if (m_options.httpPort == 0)
        m_options.httpPort = freeTcpPort(m_options.wsIp);
    if (m_options.adminHttpPort == 0)
        m_options.adminHttpPort = freeTcpPort(m_options.wsIp);
}

JanusInstance::Transport JanusInstance::transportUnderTest() {
    return qEnvironmentVariable("JCC_TEST_TRANSPORT")
                       .compare(QLatin1String("http"), Qt::CaseInsensitive) == 0
               ? Transport::Http
               : Transport::WebSocket;
}

QString JanusInstance::transportName(Transport transport) {
    if (transport == Transport::FromEnvironment)
        transport = transportUnderTest();
    return transport == Transport::Http ? QStringLiteral("http") : QStringLiteral("ws");
}

JanusInstance::~JanusInstance() {
    stop();
}

QString JanusInstance::janusBinary() {
    const QString fromEnv = qEnvironmentVariable("JCC_JANUS_BIN");
    return fromEnv.isEmpty() ? QStringLiteral("janus") : fromEnv;
}

bool JanusInstance::available(QString* why) {
    const QString binary = janusBinary();
    if (QStandardPaths::findExecutable(binary).isEmpty() && !QFileInfo(binary).isExecutable()) {
        if (why)
            *why = QStringLiteral("the janus binary '%1' was not found (apt-get install janus)")
                       .arg(binary);
        return false;
    }
    if (janusLibDir().isEmpty()) {
        if (why)
            *why = QStringLiteral("libjanus_videoroom.so not found (set JCC_JANUS_LIBDIR)");
        return false;
    }
    return true;
}

int JanusInstance::freeTcpPort(const QString& ip) {
    QTcpServer server;
    if (!server.listen(QHostAddress(ip), 0))
        return 0;
    return server.serverPort();
}

int JanusInstance::freeUdpPortBlock(int count, const QString& ip) {
    // Probe a pseudo-random window well away from Janus's own 20000–40000 default range.
    for (int attempt = 0; attempt < 200; ++attempt) {
        const int first =
            41000 + (attempt * 97 + int(QCoreApplication::applicationPid() % 1000) * 13) % 20000;
        bool allFree = true;
        for (int port = first; port < first + count && allFree; ++port) {
            QUdpSocket socket;
            allFree = socket.bind(QHostAddress(ip), quint16(port));
        }
        if (allFree)
            return first;
    }
    return 0;
}

bool JanusInstance::writeConfig() {
    const QString dir = m_dir.path();
    const QString lib = janusLibDir(m_options.libDir);
    for (const char* sub : {"plugins", "transports", "events", "loggers"})
        QDir(dir).mkpath(QString::fromLatin1(sub));
    QFile::link(lib + QStringLiteral("/plugins/libjanus_videoroom.so"),
                dir + QStringLiteral("/plugins/libjanus_videoroom.so"));
    for (const char* transport : {"libjanus_websockets.so", "libjanus_http.so"})
        QFile::link(lib + QStringLiteral("/transports/") + QString::fromLatin1(transport),
                    dir + QStringLiteral("/transports/") + QString::fromLatin1(transport));

    QString general = QStringLiteral("general: {\n");
    general += QStringLiteral("  configs_folder = %1\n").arg(quoted(dir));
    for (const char* sub : {"plugins", "transports", "events", "loggers"})
        general += QStringLiteral("  %1_folder = %2\n")
                       .arg(QString::fromLatin1(sub),
                            quoted(dir + QLatin1Char('/') + QString::fromLatin1(sub)));
    general += QStringLiteral("  debug_level = %3\n  session_timeout = %1\n  server_name = %2\n")
                   .arg(m_options.sessionTimeout)
                   .arg(quoted(m_options.name))
                   .arg(m_options.debugLevel);
    if (!m_options.adminSecret.isEmpty())
        general += QStringLiteral("  admin_secret = %1\n").arg(quoted(m_options.adminSecret));
    if (!m_options.apiSecret.isEmpty())
        general += QStringLiteral("  api_secret = %1\n").arg(quoted(m_options.apiSecret));
    general += QStringLiteral("}\nmedia: {\n  rtp_port_range = %1\n}\n")
                   .arg(quoted(m_options.rtpPortRange));
    general += QStringLiteral("nat: {\n  ice_ignore_list = \"vmnet\"\n}\n");

    // With certificates the same ports speak TLS only (wss, admin_wss, https, admin_https), so
    // a test cannot reach the server past the TLS checks by accident.
    const QString ws = websocketsConfig(m_options, isTls());
    const QString http = httpConfig(m_options, isTls());

    QString videoroom = QStringLiteral("general: {\n");
    if (!m_options.adminKey.isEmpty())
        videoroom += QStringLiteral("  admin_key = %1\n").arg(quoted(m_options.adminKey));
    videoroom += QStringLiteral("  string_ids = %1\n}\n")
                     .arg(m_options.stringIds ? QStringLiteral("true") : QStringLiteral("false"));
    for (const Room& room : m_options.rooms) {
        videoroom +=
            QStringLiteral("room-%1: {\n  description = %2\n  publishers = 6\n  audiocodec = "
                           "\"opus\"\n  videocodec = \"vp8\"\n  is_private = %3\n")
                .arg(room.id)
                .arg(quoted(room.description.isEmpty() ? QStringLiteral("Room %1").arg(room.id)
                                                       : room.description))
                .arg(room.isPrivate ? QStringLiteral("true") : QStringLiteral("false"));
        if (!room.secret.isEmpty())
            videoroom += QStringLiteral("  secret = %1\n").arg(quoted(room.secret));
        if (!room.opusFec)
            videoroom += QStringLiteral("  opus_fec = false\n");
        videoroom += QStringLiteral("}\n");
    }
    return writeFile(dir + QStringLiteral("/janus.jcfg"), general) &&
           writeFile(dir + QStringLiteral("/janus.transport.websockets.jcfg"), ws) &&
           writeFile(dir + QStringLiteral("/janus.transport.http.jcfg"), http) &&
           writeFile(dir + QStringLiteral("/janus.plugin.videoroom.jcfg"), videoroom);
}

bool JanusInstance::start(int timeoutMs) {
    if (isRunning())
        return true;
    if (!m_configured) {
        if (!m_dir.isValid() || !writeConfig()) {
            m_log += QStringLiteral("cannot write the Janus config in %1\n").arg(m_dir.path());
            return false;
        }
        m_configured = true;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QStringList args = m_options.commandPrefix;
    args << (m_options.binary.isEmpty() ? janusBinary() : m_options.binary) << QStringLiteral("-F")
         << m_dir.path() << QStringLiteral("-C") << m_dir.path() + QStringLiteral("/janus.jcfg")
         << QStringLiteral("-o");
    if (!m_options.interface.isEmpty())
        args << QStringLiteral("-i") << m_options.interface;
    const QString program = args.takeFirst();
    bool ready = false;
    // Only this start's output counts: after a restart the log still holds the last one's.
    const qsizetype from = m_log.size();
    connect(m_process.get(), &QProcess::readyRead, this, [this, &ready, from] {
        const QString chunk = QString::fromUtf8(m_process->readAll());
        m_log += chunk;
        // The transports print these once their servers accept connections: WebSockets
        // (Janus and Admin API) and HTTP (Janus API, then Admin API).
        ready = m_log.indexOf(QLatin1String("WebSockets thread started"), from) >= 0 &&
                m_log.indexOf(QLatin1String("Admin/monitor HTTP"), from) >= 0;
    });
    m_process->start(program, args);
    if (!m_process->waitForStarted(5000)) {
        m_log += QStringLiteral("failed to start %1: %2\n").arg(program, m_process->errorString());
        return false;
    }
    QDeadlineTimer deadline(timeoutMs);
    while (!ready && !deadline.hasExpired() && m_process->state() == QProcess::Running)
        m_process->waitForReadyRead(100);
    if (!ready) {
        m_log += QStringLiteral("Janus did not get ready within %1 ms\n").arg(timeoutMs);
        kill();
        return false;
    }
    // Keep collecting the log after start() returns.
    disconnect(m_process.get(), &QProcess::readyRead, this, nullptr);
    connect(m_process.get(), &QProcess::readyRead, this,
            [this] { m_log += QString::fromUtf8(m_process->readAll()); });
    return true;
}

void JanusInstance::stop() {
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_log += QString::fromUtf8(m_process->readAll());
    m_process.reset();
}

void JanusInstance::kill() {
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(3000);
    m_log += QString::fromUtf8(m_process->readAll());
    m_process.reset();
}

bool JanusInstance::restart(int timeoutMs) {
    stop();
    return start(timeoutMs);
}

bool JanusInstance::isRunning() const {
    return m_process && m_process->state() == QProcess::Running;
}

bool JanusInstance::isTls() const {
    return !m_options.tlsCertificate.isEmpty() && !m_options.tlsKey.isEmpty();
}

QUrl JanusInstance::apiUrl(Transport transport) const {
    if (transport == Transport::FromEnvironment)
        transport = transportUnderTest();
    if (transport == Transport::Http)
        return QUrl(
            QStringLiteral("%1://%2:%3/janus")
                .arg(isTls() ? QStringLiteral("https") : QStringLiteral("http"), m_options.wsIp)
                .arg(m_options.httpPort));
    return QUrl(QStringLiteral("%1://%2:%3")
                    .arg(isTls() ? QStringLiteral("wss") : QStringLiteral("ws"), m_options.wsIp)
                    .arg(m_options.wsPort));
}

QUrl JanusInstance::adminUrl(Transport transport) const {
    if (transport == Transport::FromEnvironment)
        transport = transportUnderTest();
    if (transport == Transport::Http)
        return QUrl(
            QStringLiteral("%1://%2:%3/admin")
                .arg(isTls() ? QStringLiteral("https") : QStringLiteral("http"), m_options.wsIp)
                .arg(m_options.adminHttpPort));
    return QUrl(QStringLiteral("%1://%2:%3")
                    .arg(isTls() ? QStringLiteral("wss") : QStringLiteral("ws"), m_options.wsIp)
                    .arg(m_options.adminPort));
}

QList<int> JanusInstance::udpPortsHeld() const {
    if (!isRunning())
        return {};
    const QString proc = QStringLiteral("/proc/%1").arg(m_process->processId());
    // Socket inodes the process holds, then their local ports in its own network namespace.
    QSet<QString> inodes;
    const QDir fds(proc + QStringLiteral("/fd"));
    for (const QString& fd : fds.entryList(QDir::NoDotAndDotDot | QDir::System)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.contains(QLatin1String("socket:[")))
            inodes.insert(target.section(QLatin1Char('['), 1).chopped(1));
    }
    QList<int> ports;
    for (const char* table : {"/net/udp", "/net/udp6"}) {
        QFile file(proc + QString::fromLatin1(table));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine(); // header
        while (!file.atEnd()) {
            const QStringList f = QString::fromLatin1(file.readLine()).simplified().split(u' ');
            if (f.size() > 9 && inodes.contains(f[9]))
                ports << f[1].section(QLatin1Char(':'), -1).toInt(nullptr, 16);
        }
    }
    std::sort(ports.begin(), ports.end());
    return ports;
}

QString JanusInstance::binaryVersion() {
    QProcess janus;
    janus.start(janusBinary(), {QStringLiteral("-V")});
    if (!janus.waitForFinished(10000))
        return {};
    // "Janus version: 1102 (1.1.2)"
    static const QRegularExpression version(QStringLiteral(R"(Janus version: \d+ \(([0-9.]+)\))"));
    return version.match(QString::fromUtf8(janus.readAllStandardOutput())).captured(1);
}

void JanusInstance::dumpLog() const {
    qInfo().noquote() << "----- log of Janus" << m_options.name << "-----\n"
                      << m_log << "\n----- end of log -----";
}

qint64 JanusInstance::pid() const {
    return m_process && m_process->state() == QProcess::Running ? m_process->processId() : 0;
}

} // namespace testsupport
