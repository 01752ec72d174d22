#include "webrtcpublisher.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace testsupport {

WebRtcPublisher::WebRtcPublisher(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options)) {}

WebRtcPublisher::~WebRtcPublisher() {
    stop();
}

QString WebRtcPublisher::scriptDir() {
    const QString source = qEnvironmentVariable("JCC_SOURCE_DIR");
    return QDir(source.isEmpty() ? QStringLiteral(".") : source)
        .filePath(QStringLiteral("tests/support/publisher"));
}

bool WebRtcPublisher::available(QString* why) {
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty()) {
        if (why)
            *why = QStringLiteral("node is not installed (apt-get install nodejs)");
        return false;
    }
    if (!QFileInfo::exists(scriptDir() + QStringLiteral("/node_modules/werift"))) {
        if (why)
            *why =
                QStringLiteral("werift is not installed: run `npm ci` in %1 (scripts/test.sh does)")
                    .arg(scriptDir());
        return false;
    }
    return true;
}

bool WebRtcPublisher::start(int timeoutMs) {
    m_process = std::make_unique<QProcess>();
    m_process->setWorkingDirectory(scriptDir());
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this,
            &WebRtcPublisher::readOutput);
    connect(m_process.get(), &QProcess::readyReadStandardError, this,
            [this] { m_log += QString::fromUtf8(m_process->readAllStandardError()); });
    QStringList args = m_options.commandPrefix;
    args << QStringLiteral("node") << scriptDir() + QStringLiteral("/publish.mjs")
         << QStringLiteral("--url") << m_options.url.toString() << QStringLiteral("--room")
         << QString::number(m_options.room) << QStringLiteral("--display") << m_options.display
         << QStringLiteral("--duration") << QString::number(m_options.durationSeconds);
    if (m_options.video)
        args << QStringLiteral("--video");
    if (!m_options.apiSecret.isEmpty())
        args << QStringLiteral("--apisecret") << m_options.apiSecret;
    const QString program = args.takeFirst();
    m_process->start(program, args);
    if (!m_process->waitForStarted(5000)) {
        m_log += QStringLiteral("cannot start %1: %2\n").arg(program, m_process->errorString());
        return false;
    }
    QDeadlineTimer deadline(timeoutMs);
    while (m_ready.isEmpty() && !deadline.hasExpired() && m_process->state() == QProcess::Running)
        m_process->waitForReadyRead(100);
    return !m_ready.isEmpty();
}

void WebRtcPublisher::readOutput() {
    m_buffer += m_process->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline).trimmed();
        m_buffer.remove(0, newline + 1);
        m_log += QString::fromUtf8(line) + QLatin1Char('\n');
        if (line.startsWith("ready ")) {
            m_ready = QJsonDocument::fromJson(line.mid(6)).object();
        } else if (line.startsWith('{')) {
            const QJsonObject progress = QJsonDocument::fromJson(line).object();
            for (const char* key : {"packets_sent", "sent", "packets"})
                if (progress.contains(QLatin1String(key)))
                    m_sent = progress.value(QLatin1String(key)).toInteger();
        }
    }
}

void WebRtcPublisher::stop() {
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
    readOutput();
}

} // namespace testsupport
