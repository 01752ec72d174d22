#include "marker.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QtEndian>

namespace cascade::marker {

QString remoteId(const QString& linkId) {
    return QStringLiteral("jcc:") + linkId;
}

std::optional<QString> linkOfRemoteId(const QString& remoteId) {
    if (!remoteId.startsWith(QLatin1String("jcc:")) || remoteId.size() <= 4)
        return std::nullopt;
    return remoteId.mid(4);
}

janus::Id mirrorId(const QString& linkId, const janus::Id& publisher, bool stringIds) {
    if (stringIds)
        return janus::Id(QStringLiteral("jcc-%1-%2").arg(linkId, publisher.toString()));
    const QByteArray digest = QCryptographicHash::hash(
        (linkId + QLatin1Char('/') + publisher.toString()).toUtf8(), QCryptographicHash::Sha256);
    // 8e15 + 50 bits of hash: below 2^53 (safe in JavaScript clients) and in a range ordinary
    // random Janus ids rarely use.
    const quint64 bits = qFromBigEndian<quint64>(digest.constData()) & ((quint64(1) << 50) - 1);
    return janus::Id(qint64(8'000'000'000'000'000LL + qint64(bits % 1'000'000'000'000'000ULL)));
}

QString display(const QString& original, const QString& linkId) {
    return QStringLiteral("%1 [jcc:%2]")
        .arg(original.isEmpty() ? QStringLiteral("publisher") : original, linkId);
}

std::optional<QString> linkOfDisplay(const QString& display) {
    static const QRegularExpression re(QStringLiteral("\\[jcc:([A-Za-z0-9_.-]+)\\]$"));
    const auto match = re.match(display);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1);
}

} // namespace cascade::marker
