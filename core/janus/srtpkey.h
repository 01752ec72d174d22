#pragma once

#include <QByteArray>
#include <QString>

namespace janus {

/// The SRTP master key and salt of one leg (AES_CM_128: 16 + 14 bytes) and its auth tag length,
/// as Janus's remote publishers (1.3.0+) and RTP forwarders take them: `srtp_suite` and
/// `srtp_crypto`. It lives in memory only: no QDebug or JSON form, and the bytes are wiped when
/// the last copy goes. A null key means plain RTP.
class SrtpKey {
public:
    static constexpr int masterLength = 30; ///< Janus's SRTP_MASTER_LENGTH
    SrtpKey() = default;
    SrtpKey(const SrtpKey&) = default;
    SrtpKey& operator=(const SrtpKey& other);
    ~SrtpKey();

    /// A fresh key from QRandomGenerator::system(); suite is 80 or 32.
    static SrtpKey generate(int suite);

    bool isNull() const { return m_suite == 0; }
    /// 80 or 32 (the auth tag's bits); 0 for a null key.
    int suite() const { return m_suite; }
    /// The auth tag's length on the wire: 10 bytes for suite 80, 4 for suite 32.
    int tagBytes() const { return m_suite == 32 ? 4 : m_suite == 80 ? 10 : 0; }
    /// `srtp_crypto`: the base64 of key and salt. Only for requests to a server.
    QString crypto() const;
    /// "AES_CM_128_HMAC_SHA1_80", for people.
    QString suiteName() const;

private:
    void wipe();
    QByteArray m_master;
    int m_suite = 0;
};

} // namespace janus
