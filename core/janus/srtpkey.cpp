#include "srtpkey.h"

#include <QRandomGenerator>
#include <algorithm>
#include <iterator>

namespace janus {

SrtpKey& SrtpKey::operator=(const SrtpKey& other) {
    if (this != &other) {
        wipe();
        m_master = other.m_master;
        m_suite = other.m_suite;
    }
    return *this;
}

SrtpKey::~SrtpKey() {
    wipe();
}

void SrtpKey::wipe() {
    // Only the last holder of the implicitly shared bytes overwrites them.
    if (!m_master.isEmpty() && m_master.isDetached())
        m_master.fill('\0');
    m_master.clear();
}

SrtpKey SrtpKey::generate(int suite) {
    SrtpKey key;
    key.m_suite = suite == 32 ? 32 : 80;
    quint32 words[(masterLength + 3) / 4];
    QRandomGenerator::system()->fillRange(words);
    key.m_master = QByteArray(reinterpret_cast<const char*>(words), masterLength);
    std::fill(std::begin(words), std::end(words), 0u);
    return key;
}

QString SrtpKey::crypto() const {
    return QString::fromLatin1(m_master.toBase64());
}

QString SrtpKey::suiteName() const {
    return m_suite ? QStringLiteral("AES_CM_128_HMAC_SHA1_%1").arg(m_suite) : QString();
}

} // namespace janus
