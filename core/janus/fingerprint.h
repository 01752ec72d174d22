#pragma once

#include <QByteArray>
#include <QString>

namespace janus {

/// "AB:CD:…", as `openssl x509 -noout -fingerprint -sha256` prints a certificate's digest.
QString fingerprintText(const QByteArray& sha256);
/// Parses "AB:CD:…" or "abcd…" (64 hex digits, colons optional); empty when it is not one.
QByteArray parseFingerprint(const QString& text);

} // namespace janus
