#pragma once

#include "probe/prometheus.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <functional>

class QHttpServer;

namespace cli {

/// The monitor's metrics for Prometheus: the last round's exposition plus the monitor's own
/// figures, written to --textfile after each round and served on --listen as /metrics, with
/// /healthz judging whether rounds still come on schedule and any node answers.
class MetricsExporter : public QObject {
    Q_OBJECT
public:
    struct Health {
        bool ok = true;
        QString reason; ///< "ok", or why not (stale rounds, no node reachable)
    };

    explicit MetricsExporter(int intervalSeconds, QObject* parent = nullptr);
    ~MetricsExporter() override;

    /// Parses ADDR:PORT ("127.0.0.1:9464", "[::1]:9464", "0.0.0.0:9464"); what is wrong with it,
    /// or empty.
    static QString parseListen(const QString& value, QHostAddress* address, quint16* port);
    /// Serves /metrics and /healthz (GET only, everything else 404); false with *error when the
    /// address is not this host's or the port is taken, or without Qt HTTP Server.
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    bool isListening() const;

    /// Where each round's metrics are also written (empty: nowhere).
    void setTextfile(const QString& path) { m_textfile = path; }
    /// What /metrics serves before the first round has finished: the fleet as it is now.
    void setLiveMetrics(std::function<void(probe::PrometheusWriter&)> fill);
    /// The nodes not reachable now, and how many there are (for /healthz).
    void setReachability(std::function<QStringList()> unreachable, int nodeCount);

    void roundStarted();
    /// Keeps the round's metrics for /metrics and writes the textfile; false with *error when
    /// the file could not be written.
    bool roundFinished(const probe::PrometheusWriter& round, QString* error);

    /// The exposition /metrics serves now.
    QString metricsText() const;
    Health health() const;

private:
    probe::PrometheusWriter::MonitorStats stats() const;

    int m_interval;
    QString m_textfile;
    probe::PrometheusWriter m_lastRound;
    std::function<void(probe::PrometheusWriter&)> m_live;
    std::function<QStringList()> m_unreachable;
    int m_nodeCount = 0;
    qint64 m_rounds = 0;
    double m_lastRoundSeconds = 0;
    qint64 m_lastRoundEnd = 0;
    qint64 m_startTime = 0;
    QElapsedTimer m_sinceStart;    ///< monotonic: the wall clock may jump
    QElapsedTimer m_sinceRoundEnd; ///< invalid before the first round
    QElapsedTimer m_roundTimer;
    QHttpServer* m_server = nullptr;
};

} // namespace cli
