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
    /// 0 down, 1 pending, 2 degraded, 2.5 up — no media, 3 up.
    void linkState(const QString& link, double state, int mirrorsUp);
    /// What the last media tap of one mirror's target copy counted, per stream.
    void mirrorMedia(const QString& link, const QString& publisher, const QString& mid,
                     const QString& type, double packets, double bitrateBps);
    void probe(const ProbeResult& result, qint64 unixTime);
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
