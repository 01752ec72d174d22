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
    /// 1 when the node's last Admin API round succeeded (written only for nodes with one).
    void nodeAdminUp(const QString& node, bool up);
    /// Sessions and handles the Admin API lists; handlesComplete false: handles were counted in
    /// only some sessions (a lower bound). accepting: 1/0, -1 unknown (left out).
    void nodeHealth(const QString& node, int sessions, int handles, bool handlesComplete,
                    int accepting);
    /// A mirrored publisher's stream as its source node receives it (handle_info counters).
    void mirrorSourceMedia(const QString& link, const QString& publisher, const QString& mid,
                           qint64 packets, qint64 bytes);
    /// 0 down, 1 pending, 2 degraded, 2.5 up — no media, 3 up.
    void linkState(const QString& link, double state, int mirrorsUp);
    /// What the last media tap of one mirror's target copy counted, per stream.
    void mirrorMedia(const QString& link, const QString& publisher, const QString& mid,
                     const QString& type, double packets, double bitrateBps);
    void probe(const ProbeResult& result, qint64 unixTime);
    /// 1 while an alert (cascade::AlertEngine) is raised, 0 once it has cleared; kind "loss",
    /// "rtt", "jitter", "no_media" or "node_down", target "node ID" or "link ID".
    void alertActive(const QString& kind, const QString& target, bool active);

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
    void add(const QString& name, const QString& help, const QString& labels, double value,
             const QString& type = QStringLiteral("gauge"));

    QMap<QString, Family> m_families;
};

} // namespace probe
