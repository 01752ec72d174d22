// Probe packets: valid RTP on the wire, the probe's fields back out, bad input named.
#include "probe/probepacket.h"

#include <QTest>
#include <QtEndian>

using probe::ProbePacket;

class TestProbePacket : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip() {
        ProbePacket p;
        p.ssrc = 1010;
        p.rtpSequence = 65535;
        p.rtpTimestamp = 0xdeadbeef;
        p.probeId = 0x0123456789abcdefULL;
        p.sequence = (quint64(1) << 40) + 7;
        p.sendNs = 1234567890123456789LL;
        p.size = 200;
        const QByteArray wire = p.encode();
        QCOMPARE(wire.size(), 200);
        QCOMPARE(quint8(wire[0]) >> 6, 2); // RTP version 2
        QCOMPARE(qFromBigEndian<quint32>(wire.constData() + 8), 1010u);
        ProbePacket::ParseError error;
        const auto back = ProbePacket::parse(wire, &error);
        QVERIFY(back);
        QCOMPARE(error, ProbePacket::ParseError::None);
        QCOMPARE(back->probeId, p.probeId);
        QCOMPARE(back->sequence, p.sequence);
        QCOMPARE(back->sendNs, p.sendNs);
        QCOMPARE(back->rtpSequence, quint16(65535));
        QCOMPARE(back->rtpTimestamp, 0xdeadbeefu);
    }

    void minimumSizeIsEnforced() {
        ProbePacket p;
        p.size = 10;
        QCOMPARE(p.encode().size(), ProbePacket::minimumSize);
    }

    void headerExtensionAndCsrcsAreSkipped() {
        ProbePacket p;
        p.sequence = 42;
        QByteArray wire = p.encode();
        // Insert one CSRC and a one-word header extension, as a forwarder might.
        QByteArray extra(4 + 4 + 4, '\0');
        qToBigEndian<quint16>(0xBEDE, extra.data() + 4);
        qToBigEndian<quint16>(1, extra.data() + 6);
        wire.insert(12, extra);
        wire[0] = char(0x80 | 0x10 | 0x01);
        const auto back = ProbePacket::parse(wire);
        QVERIFY(back);
        QCOMPARE(back->sequence, quint64(42));
    }

    void rejects_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("error");
        ProbePacket p;
        const QByteArray good = p.encode();
        QByteArray wrongVersion = good;
        wrongVersion[0] = char(0x40);
        QByteArray wrongMagic = good;
        wrongMagic[12] = 'X';
        QTest::newRow("empty") << QByteArray() << int(ProbePacket::ParseError::TooShort);
        QTest::newRow("rtp header only") << good.left(12) << int(ProbePacket::ParseError::TooShort);
        QTest::newRow("truncated payload")
            << good.left(30) << int(ProbePacket::ParseError::TooShort);
        QTest::newRow("not rtp") << wrongVersion << int(ProbePacket::ParseError::NotRtp);
        QTest::newRow("foreign rtp") << wrongMagic << int(ProbePacket::ParseError::WrongMagic);
        QTest::newRow("text") << QByteArray("hello, this is not a probe packet at all!!")
                              << int(ProbePacket::ParseError::NotRtp);
    }
    void rejects() {
        QFETCH(QByteArray, data);
        QFETCH(int, error);
        ProbePacket::ParseError got;
        QVERIFY(!ProbePacket::parse(data, &got));
        QCOMPARE(int(got), error);
        QVERIFY(QByteArray(ProbePacket::errorText(got)).size() > 3);
    }
};

QTEST_GUILESS_MAIN(TestProbePacket)
#include "tst_probepacket.moc"
