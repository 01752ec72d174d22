#include "metricsexporter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>

#ifdef JCC_HTTP_SERVER
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTcpServer>
#endif
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace cli {

namespace {

/// User + system CPU seconds of this process; negative where unknown.
double cpuSeconds() {
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
               double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#endif
    return -1;
}

/// Resident memory now (Linux: /proc/self/statm); negative where unknown.
double residentBytes() {
#if defined(Q_OS_LINUX)
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (statm.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = statm.readAll().split(' ');
        bool ok = false;
        const double pages = fields.value(1).toDouble(&ok);
        if (ok)
            return pages * double(sysconf(_SC_PAGESIZE));
    }
#endif
    return -1;
}

} // namespace

MetricsExporter::MetricsExporter(int intervalSeconds, QObject* parent)
    : QObject(parent)
    , m_interval(intervalSeconds)
    , m_startTime(QDateTime::currentSecsSinceEpoch()) {
    m_sinceStart.start();
}

MetricsExporter::~MetricsExporter() = default;

QString MetricsExporter::parseListen(const QString& value, QHostAddress* address, quint16* port) {
    // "[v6]:port" or "v4:port"; the address is required (no "all interfaces" by accident).
    static const QRegularExpression form(
        QStringLiteral("^(?:\\[([^\\]]+)\\]|([^:\\[\\]]+)):(\\d+)$"));
    const QRegularExpressionMatch m = form.match(value);
    if (!m.hasMatch())
        return QCoreApplication::translate(
                   "cli", "--listen takes ADDR:PORT, e.g. 127.0.0.1:9464 or [::1]:9464, not '%1'")
            .arg(value);
    const QString host = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    QHostAddress parsed;
    if (!parsed.setAddress(host) ||
        (m.captured(1).isEmpty() != (parsed.protocol() == QAbstractSocket::IPv4Protocol)))
        return QCoreApplication::translate("cli", "--listen: '%1' is not an IP address (IPv6 "
                                                  "goes in brackets: [::1]:9464)")
            .arg(host);
    bool ok = false;
    const uint number = m.captured(3).toUInt(&ok);
    if (!ok || number == 0 || number > 65535)
        return QCoreApplication::translate("cli", "--listen: the port must be 1–65535, not %1")
            .arg(m.captured(3));
    *address = parsed;
    *port = quint16(number);
    return {};
}

bool MetricsExporter::listen(const QHostAddress& address, quint16 port, QString* error) {
#ifdef JCC_HTTP_SERVER
    auto* tcp = new QTcpServer(this);
    if (!tcp->listen(address, port)) {
        const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                                 ? QStringLiteral("[%1]").arg(address.toString())
                                 : address.toString();
        *error = QCoreApplication::translate("cli", "--listen %1:%2: %3")
                     .arg(host)
                     .arg(port)
                     .arg(tcp->errorString());
        delete tcp;
        return false;
    }
    m_server = new QHttpServer(this);
    // Only these two, only GET: anything else is a 404 from the server's missing handler.
    m_server->route(QStringLiteral("/metrics"), QHttpServerRequest::Method::Get, [this] {
        return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"),
                                   metricsText().toUtf8());
    });
    m_server->route(QStringLiteral("/healthz"), QHttpServerRequest::Method::Get, [this] {
        const Health h = health();
        return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"),
                                   (h.reason + QLatin1Char('\n')).toUtf8(),
                                   h.ok ? QHttpServerResponse::StatusCode::Ok
                                        : QHttpServerResponse::StatusCode::ServiceUnavailable);
    });
    m_server->bind(tcp);
    return true;
#else
    Q_UNUSED(address)
    Q_UNUSED(port)
    *error = QCoreApplication::translate("cli", "--listen: this build has no Qt HTTP Server");
    return false;
#endif
}

bool MetricsExporter::isListening() const {
    return m_server != nullptr;
}

void MetricsExporter::setLiveMetrics(std::function<void(probe::PrometheusWriter&)> fill) {
    m_live = std::move(fill);
}

void MetricsExporter::setReachability(std::function<QStringList()> unreachable, int nodeCount) {
    m_unreachable = std::move(unreachable);
    m_nodeCount = nodeCount;
}

void MetricsExporter::roundStarted() {
    m_roundTimer.start();
}

bool MetricsExporter::roundFinished(const probe::PrometheusWriter& round, QString* error) {
    m_lastRound = round;
    ++m_rounds;
    m_lastRoundSeconds = m_roundTimer.isValid() ? double(m_roundTimer.elapsed()) / 1000.0 : 0;
    m_lastRoundEnd = QDateTime::currentSecsSinceEpoch();
    m_sinceRoundEnd.start();
    if (m_textfile.isEmpty())
        return true;
    probe::PrometheusWriter file = m_lastRound;
    // Without process_*: node_exporter exports its own under these names, and a textfile that
    // repeats them makes its whole scrape fail.
    probe::PrometheusWriter::MonitorStats monitor = stats();
    monitor.startTime = 0;
    monitor.cpuSeconds = monitor.residentBytes = -1;
    file.monitorStats(monitor);
    return file.writeTo(m_textfile, error);
}

probe::PrometheusWriter::MonitorStats MetricsExporter::stats() const {
    probe::PrometheusWriter::MonitorStats s;
    s.rounds = m_rounds;
    s.lastRoundSeconds = m_lastRoundSeconds;
    s.lastRoundEnd = m_lastRoundEnd;
    s.intervalSeconds = m_interval;
    s.startTime = m_startTime;
    s.cpuSeconds = cpuSeconds();
    s.residentBytes = residentBytes();
    s.version = QCoreApplication::applicationVersion();
    return s;
}

QString MetricsExporter::metricsText() const {
    probe::PrometheusWriter out;
    if (m_rounds > 0)
        out = m_lastRound;
    else if (m_live)
        m_live(out);
    out.monitorStats(stats());
    return out.text();
}

MetricsExporter::Health MetricsExporter::health() const {
    const QStringList down = m_unreachable ? m_unreachable() : QStringList();
    if (m_nodeCount > 0 && down.size() >= m_nodeCount)
        return {false,
                QStringLiteral("no node is reachable: %1").arg(down.join(QStringLiteral(", ")))};
    // How long a round takes is known only after one: a first round of many checks can take
    // minutes, so before it the monitor is starting, not stale.
    if (m_rounds == 0)
        return {false, QStringLiteral("starting: no round has finished yet (%1 s since start)")
                           .arg(qRound(double(m_sinceStart.elapsed()) / 1000.0))};
    // The monitor waits the interval after each round: a round is due every interval plus the
    // last round's length. Three of those without one is stale (docs/monitoring.md).
    const double period = m_interval + m_lastRoundSeconds;
    const double age = double(m_sinceRoundEnd.elapsed()) / 1000.0;
    if (age > 3 * period)
        return {false, QStringLiteral("stale: the last round finished %1 s ago; one is due every "
                                      "%2 s (interval + the last round's length)")
                           .arg(qRound(age))
                           .arg(period, 0, 'f', 1)};
    return {true, QStringLiteral("ok")};
}

} // namespace cli
