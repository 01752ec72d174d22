#pragma once

#include "proberesult.h"

#include <QMap>
#include <QString>

namespace probe {

/// Prometheus text exposition (version 0.0.4) of the console's health: node reachability,
/// link states and probe results, for node_exporter's textfile collector.
class PrometheusWriter {
public:
    void nodeUp(const QString& node, bool up);
    /// Forwarded ports the node's server refused (see cascade::PortAllocator::markUnusable).
    void nodePortsUnusable(const QString& node, int count);
    /// 0 down, 1 pending, 2 degraded, 3 up.
    void linkState(const QString& link, int state, int mirrorsUp);
    void probe(const ProbeResult& result, qint64 unixTime);

    /// The monitor process itself (janus-cascade monitor): not about the fleet.
    struct MonitorStats {
        qint64 rounds = 0;           ///< rounds finished since start
        double lastRoundSeconds = 0; ///< how long the last finished round took
        qint64 lastRoundEnd = 0;     ///< Unix time the last round finished; 0: none yet
        int intervalSeconds = 0;     ///< the pause between rounds
        qint64 startTime = 0;        ///< Unix time the process started; 0: unknown
        double cpuSeconds = -1;      ///< user + system CPU time; negative: unknown
        double residentBytes = -1;   ///< resident memory; negative: unknown
        QString version;             ///< the build's version
    };
    void monitorStats(const MonitorStats& stats);
    QString text() const;
    /// Writes atomically (QSaveFile), so the collector never reads half a file.
    bool writeTo(const QString& path, QString* error) const;

    static QString escapeLabel(QString value);

private:
    struct Family {
        QString help;
        QString type;
        QStringList samples;
    };
    void add(const QString& name, const QString& help, const QString& labels, double value);

    QMap<QString, Family> m_families;
};

} // namespace probe
