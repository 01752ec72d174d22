#include "fingerprint.h"

#include <QRegularExpression>

namespace janus {

QString fingerprintText(const QByteArray& sha256) {
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QByteArray parseFingerprint(const QString& text) {
    static const QRegularExpression syntax(
        QStringLiteral("^([0-9A-Fa-f]{2}:?){31}[0-9A-Fa-f]{2}$"));
    const QString trimmed = text.trimmed();
    if (!syntax.match(trimmed).hasMatch())
        return {};
    return QByteArray::fromHex(trimmed.toLatin1());
}

} // namespace janus
