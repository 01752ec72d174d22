// The probe's loop on a real Janus: RTP sent to a remote publisher's port comes back through
// an rtp_forward with its payload intact; packets with a foreign SSRC are dropped.
#include "janusinstance.h"
#include "replywait.h"

#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QtEndian>

using namespace janus;
using testsupport::JanusInstance;

namespace {

QByteArray rtp(quint16 seq, quint32 ssrc, const QByteArray& payload) {
    QByteArray packet(12, '\0');
    packet[0] = char(0x80);
    packet[1] = char(111); // Opus dynamic payload type
    qToBigEndian<quint16>(seq, packet.data() + 2);
    qToBigEndian<quint32>(quint32(seq) * 960, packet.data() + 4);
    qToBigEndian<quint32>(ssrc, packet.data() + 8);
    return packet + payload;
}

} // namespace

class TestRtpLoopLive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void remotePublisherForwardsBack() {
        JCC_REQUIRE_JANUS();
        JanusInstance::Options options;
        options.rooms = {{1234, QStringLiteral("Loop"), {}, false}};
        JanusInstance janus(options);
        QVERIFY2(janus.start(), qPrintable(janus.log()));
        testsupport::LiveVideoRoom live;
        QVERIFY(live.open(janus.apiUrl()));

        const auto audio =
            videoroom::Stream::make(QStringLiteral("audio"), 0, QStringLiteral("opus"));
        VideoRoom::AddRemotePublisher spec;
        spec.room = Id(1234);
        spec.iface = QStringLiteral("127.0.0.1");
        spec.port = JanusInstance::freeUdpPortBlock(2);
        spec.streams = {audio};
        const auto added = testsupport::wait(live.videoroom->addRemotePublisher(spec));
        QVERIFY2(added.ok(), qPrintable(added.error.message()));
        const auto rp = videoroom::parseRemotePublisher(added.result);
        QVERIFY(rp);

        QUdpSocket sink;
        QVERIFY(sink.bind(QHostAddress::LocalHost, 0));
        const auto forwarded = testsupport::wait(
            live.videoroom->rtpForward(Id(1234), rp->id, QStringLiteral("127.0.0.1"),
                                       {{QStringLiteral("0"), sink.localPort(), 0}}));
        QVERIFY2(forwarded.ok(), qPrintable(forwarded.error.message()));
        const auto forwarder = videoroom::parseRtpForward(forwarded.result);
        QCOMPARE(forwarder.streams.size(), 1);

        QUdpSocket source;
        const int count = 50;
        for (int i = 0; i < count; ++i) {
            source.writeDatagram(
                rtp(quint16(i), 1000, QByteArray("probe-") + QByteArray::number(i)),
                QHostAddress::LocalHost, quint16(rp->port));
            source.writeDatagram(rtp(quint16(i), 999, QByteArray("foreign")),
                                 QHostAddress::LocalHost, quint16(rp->port));
            QTest::qWait(2);
        }
        QSet<QByteArray> payloads;
        const bool allBack = QTest::qWaitFor(
            [&] {
                while (sink.hasPendingDatagrams()) {
                    const QByteArray d = sink.receiveDatagram().data();
                    payloads.insert(d.mid(12));
                }
                return payloads.size() >= count;
            },
            5000);
        Q_UNUSED(allBack) // the comparisons below say what arrived
        QVERIFY(!payloads.contains("foreign"));
        QCOMPARE(payloads.size(), count);
        QVERIFY(payloads.contains("probe-0") && payloads.contains("probe-49"));

        // Listed, then cleaned up: no forwarder or remote publisher left behind.
        const auto listed = testsupport::wait(live.videoroom->listForwarders(Id(1234)));
        QCOMPARE(videoroom::parseForwarders(listed.result).size(), 1);
        QVERIFY(testsupport::wait(
                    live.videoroom->stopRtpForward(Id(1234), rp->id, forwarder.streams[0].streamId))
                    .ok());
        QVERIFY(testsupport::wait(live.videoroom->removeRemotePublisher(Id(1234), rp->id)).ok());
        const auto after = testsupport::wait(live.videoroom->listForwarders(Id(1234)));
        QVERIFY(videoroom::parseForwarders(after.result).isEmpty());
        if (QTest::currentTestFailed())
            janus.dumpLog();
    }
};

QTEST_GUILESS_MAIN(TestRtpLoopLive)
#include "tst_rtploop_live.moc"
