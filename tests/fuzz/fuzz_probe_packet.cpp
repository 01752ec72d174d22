// libFuzzer target: datagrams on the probe's return port, which anyone can send to. Each
// 44–200-byte slice of the input is a datagram: parsed (a probe packet re-encodes to the same
// fields), then counted by RtpStats as the probe would, sequence numbers and times as sent.
#include "probe/probepacket.h"
#include "probe/rtpstats.h"

#include <cstdlib>

using probe::ProbePacket;
using probe::RtpStats;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    RtpStats stats(0, 50.0);
    for (quint64 i = 0; i < 32; ++i)
        stats.noteSent(i, qint64(i) * 20'000'000);
    qint64 now = 1'000'000;
    for (qsizetype at = 0; at < input.size();) {
        // The first byte of each slice says how long the datagram is.
        const qsizetype length =
            std::min<qsizetype>(input.size() - at, 44 + quint8(input[at]) % 157);
        const QByteArrayView datagram = input.sliced(at, length);
        at += length;
        ProbePacket::ParseError error = ProbePacket::ParseError::None;
        const auto packet = ProbePacket::parse(datagram, &error);
        (void)ProbePacket::errorText(error);
        if (!packet) {
            stats.noteForeign();
            continue;
        }
        const auto again = ProbePacket::parse(packet->encode());
        if (!again || again->probeId != packet->probeId || again->sequence != packet->sequence ||
            again->sendNs != packet->sendNs || again->ssrc != packet->ssrc ||
            again->rtpSequence != packet->rtpSequence ||
            again->rtpTimestamp != packet->rtpTimestamp ||
            again->payloadType != packet->payloadType)
            std::abort(); // a packet that does not survive its own encoding
        now += qint64(packet->rtpTimestamp % 50'000'000);
        (void)stats.noteReceived(packet->sequence, now);
    }
    (void)stats.result();
    return 0;
}
