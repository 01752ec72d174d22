#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace probe {

/// One probe packet: a valid RTP packet (the target drops anything else) whose payload
/// carries a magic, the probe id, a 64-bit sequence number and the monotonic send time.
struct ProbePacket {
    static constexpr int rtpHeaderSize = 12;
    static constexpr int payloadHeaderSize = 8 + 8 + 8 + 8; ///< magic, probe id, seq, send ns
    static constexpr int minimumSize = rtpHeaderSize + payloadHeaderSize;
    static constexpr char magic[9] = "JCCPRB01";

    enum class ParseError { None, TooShort, NotRtp, WrongMagic };

    quint8 payloadType = 0; ///< static PT 0 (PCMU, 8 kHz) so capture tools know the clock rate
    quint32 ssrc = 1000;    ///< 1000 + 10 × mindex: what a Janus remote publisher accepts
    quint16 rtpSequence = 0;
    quint32 rtpTimestamp = 0;
    quint64 probeId = 0;
    quint64 sequence = 0;
    qint64 sendNs = 0;
    int size = 172; ///< bytes on the wire (UDP payload), padded with zeros

    QByteArray encode() const;
    static std::optional<ProbePacket> parse(QByteArrayView data, ParseError* error = nullptr);
    static const char* errorText(ParseError error);
};

} // namespace probe
