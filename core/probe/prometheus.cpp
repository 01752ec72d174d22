#include "prometheus.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace probe {

QString PrometheusWriter::escapeLabel(QString value) {
    return value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""))
        .replace(QLatin1Char('\n'), QStringLiteral("\\n"));
}

void PrometheusWriter::add(const QString& name, const QString& help, const QString& labels,
                           double value, const QString& type) {
    Family& f = m_families[name];
    f.help = help;
    f.type = type;
    const QString series = labels.isEmpty() ? name : QStringLiteral("%1{%2}").arg(name, labels);
    f.samples << QStringLiteral("%1 %2").arg(series, QString::number(value, 'g', 12));
}

void PrometheusWriter::nodeUp(const QString& node, bool up) {
    add(QStringLiteral("jcc_node_up"),
        QStringLiteral("1 when the console has a Janus session with the node."),
        QStringLiteral("node=\"%1\"").arg(escapeLabel(node)), up ? 1 : 0);
}

void PrometheusWriter::nodePortsUnusable(const QString& node, int count) {
    add(QStringLiteral("jcc_node_ports_unusable"),
        QStringLiteral("Forwarded UDP ports the node's Janus refused to bind (something holds "
                       "them); tried again after the node reconnects."),
        QStringLiteral("node=\"%1\"").arg(escapeLabel(node)), count);
}

void PrometheusWriter::alertActive(const QString& kind, const QString& target, bool active) {
    add(QStringLiteral("jcc_alert_active"),
        QStringLiteral("1 while a threshold alert is raised, 0 once it has recovered (hysteresis: "
                       "see docs/monitoring.md)."),
        QStringLiteral("kind=\"%1\",target=\"%2\"").arg(escapeLabel(kind), escapeLabel(target)),
        active ? 1 : 0);
}

void PrometheusWriter::nodeAdminUp(const QString& node, bool up) {
    add(QStringLiteral("jcc_node_admin_up"),
        QStringLiteral("1 when the node's Admin API answered the last health round."),
        QStringLiteral("node=\"%1\"").arg(escapeLabel(node)), up ? 1 : 0);
}

void PrometheusWriter::nodeHealth(const QString& node, int sessions, int handles,
                                  bool handlesComplete, int accepting) {
    const QString labels = QStringLiteral("node=\"%1\"").arg(escapeLabel(node));
    add(QStringLiteral("jcc_node_sessions"),
        QStringLiteral("Janus sessions on the node (Admin API list_sessions)."), labels, sessions);
    add(QStringLiteral("jcc_node_handles"),
        QStringLiteral("Plugin handles on the node (list_handles; a lower bound when "
                       "jcc_node_handles_complete is 0)."),
        labels, handles);
    add(QStringLiteral("jcc_node_handles_complete"),
        QStringLiteral("1 when the handles of every session were counted."), labels,
        handlesComplete ? 1 : 0);
    if (accepting >= 0)
        add(QStringLiteral("jcc_node_accepting_sessions"),
            QStringLiteral("1 when the node accepts new sessions (accept_new_sessions)."), labels,
            accepting);
}

void PrometheusWriter::mirrorSourceMedia(const QString& link, const QString& publisher,
                                         const QString& mid, qint64 packets, qint64 bytes) {
    const QString labels = QStringLiteral("link=\"%1\",publisher=\"%2\",mid=\"%3\"")
                               .arg(escapeLabel(link), escapeLabel(publisher), escapeLabel(mid));
    add(QStringLiteral("jcc_mirror_source_packets_total"),
        QStringLiteral("RTP packets the source node received from a mirrored publisher's stream."),
        labels, double(packets), QStringLiteral("counter"));
    add(QStringLiteral("jcc_mirror_source_bytes_total"),
        QStringLiteral("Bytes the source node received from a mirrored publisher's stream."),
        labels, double(bytes), QStringLiteral("counter"));
}

void PrometheusWriter::linkState(const QString& link, double state, int mirrorsUp) {
    const QString labels = QStringLiteral("link=\"%1\"").arg(escapeLabel(link));
    add(QStringLiteral("jcc_link_state"),
        QStringLiteral(
            "Cascade link state: 0 down, 1 pending, 2 degraded, 2.5 up but no media, 3 up."),
        labels, state);
    add(QStringLiteral("jcc_link_mirrors_up"),
        QStringLiteral("Publishers of the link mirrored on the target."), labels, mirrorsUp);
}

void PrometheusWriter::mirrorMedia(const QString& link, const QString& publisher,
                                   const QString& mid, const QString& type, double packets,
                                   double bitrateBps) {
    const QString labels =
        QStringLiteral("link=\"%1\",publisher=\"%2\",mid=\"%3\",type=\"%4\"")
            .arg(escapeLabel(link), escapeLabel(publisher), escapeLabel(mid), escapeLabel(type));
    add(QStringLiteral("jcc_link_media_packets"),
        QStringLiteral("RTP packets the last media tap saw arrive at the mirror's target copy."),
        labels, packets);
    add(QStringLiteral("jcc_link_media_bitrate_bps"),
        QStringLiteral("Bitrate of that tap, bits per second (RTP headers included)."), labels,
        bitrateBps);
}

void PrometheusWriter::probe(const ProbeResult& r, qint64 unixTime) {
    const QString target = QStringLiteral("target=\"%1\"").arg(escapeLabel(r.target));
    add(QStringLiteral("jcc_probe_success"),
        QStringLiteral("1 when the last probe passed (packets came back, loss under 5 %)."), target,
        r.passed ? 1 : 0);
    for (const auto& [q, v] :
         {std::pair{QStringLiteral("0"), r.rttMinMs},
          std::pair{QStringLiteral("50"), r.rttMedianMs},
          std::pair{QStringLiteral("95"), r.rttP95Ms}, std::pair{QStringLiteral("99"), r.rttP99Ms},
          std::pair{QStringLiteral("100"), r.rttMaxMs}})
        add(QStringLiteral("jcc_probe_rtt_seconds"),
            QStringLiteral("Round-trip time of probe packets, by percentile (0 = min, 100 = max)."),
            target + QStringLiteral(",percentile=\"%1\"").arg(q), v / 1000.0);
    add(QStringLiteral("jcc_probe_jitter_seconds"),
        QStringLiteral("RFC 3550 interarrival jitter of the returning packets."), target,
        r.jitterMs / 1000.0);
    add(QStringLiteral("jcc_probe_loss_ratio"),
        QStringLiteral("Share of probe packets that did not come back."), target,
        r.lossPercent() / 100.0);
    add(QStringLiteral("jcc_probe_packets_sent"),
        QStringLiteral("Probe packets sent in the last run."), target, double(r.sent));
    add(QStringLiteral("jcc_probe_last_run_timestamp_seconds"),
        QStringLiteral("When the last probe ended, Unix time."), target, double(unixTime));
}

void PrometheusWriter::monitorStats(const MonitorStats& s) {
    add(QStringLiteral("jcc_build_info"),
        QStringLiteral("The console's build; the value is always 1."),
        QStringLiteral("version=\"%1\"").arg(escapeLabel(s.version)), 1);
    add(QStringLiteral("jcc_monitor_rounds_total"),
        QStringLiteral("Monitor rounds finished since the process started."), {}, double(s.rounds),
        QStringLiteral("counter"));
    add(QStringLiteral("jcc_monitor_round_duration_seconds"),
        QStringLiteral("How long the last finished round took (0 before the first)."), {},
        s.lastRoundSeconds);
    add(QStringLiteral("jcc_monitor_last_round_timestamp_seconds"),
        QStringLiteral("When the last round finished, Unix time (0 before the first)."), {},
        double(s.lastRoundEnd));
    add(QStringLiteral("jcc_monitor_interval_seconds"),
        QStringLiteral("The pause between the end of a round and the start of the next."), {},
        s.intervalSeconds);
    if (s.startTime > 0)
        add(QStringLiteral("process_start_time_seconds"),
            QStringLiteral("Start time of the process since unix epoch in seconds."), {},
            double(s.startTime));
    if (s.cpuSeconds >= 0) {
        add(QStringLiteral("process_cpu_seconds_total"),
            QStringLiteral("Total user and system CPU time spent in seconds."), {}, s.cpuSeconds,
            QStringLiteral("counter"));
    }
    if (s.residentBytes >= 0)
        add(QStringLiteral("process_resident_memory_bytes"),
            QStringLiteral("Resident memory size in bytes."), {}, s.residentBytes);
}

QString PrometheusWriter::text() const {
    QString out;
    for (auto it = m_families.begin(); it != m_families.end(); ++it) {
        out += QStringLiteral("# HELP %1 %2\n# TYPE %1 %3\n").arg(it.key(), it->help, it->type);
        for (const QString& s : it->samples)
            out += s + QLatin1Char('\n');
    }
    return out;
}

bool PrometheusWriter::writeTo(const QString& path, QString* error) const {
    QSaveFile file(path);
    const QByteArray data = text().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("probe::Prometheus", "cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace probe
