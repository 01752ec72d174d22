#include "probepacket.h"

#include <QtEndian>
#include <algorithm>
#include <cstring>

namespace probe {

QByteArray ProbePacket::encode() const {
    QByteArray out(std::max(size, minimumSize), '\0');
    char* p = out.data();
    p[0] = char(0x80); // version 2, no padding, no extension, no CSRC
    p[1] = char(payloadType & 0x7f);
    qToBigEndian<quint16>(rtpSequence, p + 2);
    qToBigEndian<quint32>(rtpTimestamp, p + 4);
    qToBigEndian<quint32>(ssrc, p + 8);
    std::memcpy(p + 12, magic, 8);
    qToBigEndian<quint64>(probeId, p + 20);
    qToBigEndian<quint64>(sequence, p + 28);
    qToBigEndian<qint64>(sendNs, p + 36);
    return out;
}

std::optional<ProbePacket> ProbePacket::parse(QByteArrayView data, ParseError* error) {
    auto failWith = [error](ParseError e) {
        if (error)
            *error = e;
        return std::nullopt;
    };
    if (data.size() < rtpHeaderSize)
        return failWith(ParseError::TooShort);
    const char* p = data.data();
    const int csrcCount = quint8(p[0]) & 0x0f;
    if ((quint8(p[0]) >> 6) != 2)
        return failWith(ParseError::NotRtp);
    // Forwarders may add CSRCs or a header extension; find the payload behind them.
    qsizetype offset = rtpHeaderSize + 4 * csrcCount;
    if (quint8(p[0]) & 0x10) {
        if (data.size() < offset + 4)
            return failWith(ParseError::TooShort);
        offset += 4 + 4 * qFromBigEndian<quint16>(p + offset + 2);
    }
    if (data.size() < offset + payloadHeaderSize)
        return failWith(ParseError::TooShort);
    if (std::memcmp(p + offset, magic, 8) != 0)
        return failWith(ParseError::WrongMagic);
    ProbePacket packet;
    packet.payloadType = quint8(p[1]) & 0x7f;
    packet.rtpSequence = qFromBigEndian<quint16>(p + 2);
    packet.rtpTimestamp = qFromBigEndian<quint32>(p + 4);
    packet.ssrc = qFromBigEndian<quint32>(p + 8);
    packet.probeId = qFromBigEndian<quint64>(p + offset + 8);
    packet.sequence = qFromBigEndian<quint64>(p + offset + 16);
    packet.sendNs = qFromBigEndian<qint64>(p + offset + 24);
    packet.size = int(data.size());
    if (error)
        *error = ParseError::None;
    return packet;
}

const char* ProbePacket::errorText(ParseError error) {
    switch (error) {
    case ParseError::None:
        return "ok";
    case ParseError::TooShort:
        return "too short for a probe packet";
    case ParseError::NotRtp:
        return "not RTP version 2";
    case ParseError::WrongMagic:
        return "not a probe packet (wrong magic)";
    }
    return "";
}

} // namespace probe
