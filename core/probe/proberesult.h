#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace probe {

/// One second of a probe, for graphs.
struct SecondStats {
    int second = 0;
    int sent = 0;
    int received = 0;
    int lost = 0; ///< sent in this second and not (yet) back
    double rttMedianMs = 0;
    double rttP95Ms = 0;
    double jitterMs = 0;
};

/// What a probe measured.
struct ProbeResult {
    QString probeId;
    QString target;                                     ///< "node b" or "path a → b"
    QString timestampMode = QStringLiteral("portable"); ///< or "kernel"
    qint64 sent = 0;
    qint64 received = 0; ///< distinct packets back
    qint64 lost = 0;
    qint64 duplicated = 0;
    qint64 reordered = 0;
    qint64 late = 0;    ///< back after the late threshold
    qint64 foreign = 0; ///< datagrams on the probe port that were not ours
    double rttMinMs = 0, rttMedianMs = 0, rttP95Ms = 0, rttP99Ms = 0, rttMaxMs = 0;
    double jitterMs = 0;     ///< RFC 3550, at the end
    double sendJitterUs = 0; ///< the sender's own pacing error, p99
    QList<SecondStats> seconds;
    bool passed = false;
    QString verdict; ///< in words: does the NAT forward, and how well
    QString srtp;    ///< a path check: how its leg was protected ("SRTP (…)", "plain RTP: …")

    double lossPercent() const { return sent > 0 ? 100.0 * double(lost) / double(sent) : 0.0; }
    QJsonObject toJson() const;
    /// "node b: sent 200, received 200, lost 0, duplicated 0, reordered 0"
    QString countsText() const;
    /// "RTT ms: min …, median …, p95 …, p99 …, max …; jitter … ms (kernel timestamps)"
    QString rttText() const;
};

} // namespace probe
Q_DECLARE_METATYPE(probe::ProbeResult)
