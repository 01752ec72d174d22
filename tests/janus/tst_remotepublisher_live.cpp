// add/update/remove_remote_publisher against a real Janus, including the article's NAT
// mistake: iface set to an address the server does not own → 499 with advice in words.
#include "janusinstance.h"
#include "replywait.h"

using namespace janus;
using testsupport::JanusInstance;

namespace {

QList<videoroom::Stream> audioVideo() {
    return {videoroom::Stream::make(QStringLiteral("audio"), 0, QStringLiteral("opus")),
            videoroom::Stream::make(QStringLiteral("video"), 1, QStringLiteral("vp8"))};
}

} // namespace

class TestRemotePublisherLive : public QObject {
    Q_OBJECT
    std::unique_ptr<JanusInstance> m_janus;
    testsupport::LiveVideoRoom m_live;
    const Id m_room = Id(1234);

    bool isRemoteParticipant(Id id) {
        const auto listed = testsupport::wait(m_live.videoroom->listParticipants(m_room));
        for (const auto& p : videoroom::parseParticipants(listed.result))
            if (p.id == id)
                return p.remote;
        return false;
    }

private Q_SLOTS:
    void initTestCase() {
        JCC_REQUIRE_JANUS();
        JanusInstance::Options options;
        options.rooms = {{1234, QStringLiteral("Cascade target"), {}, false}};
        m_janus = std::make_unique<JanusInstance>(options);
        QVERIFY2(m_janus->start(), qPrintable(m_janus->log()));
        QVERIFY(m_live.open(m_janus->apiUrl()));
    }

    void cleanup() {
        if (QTest::currentTestFailed() && m_janus)
            m_janus->dumpLog();
    }

    void withoutIfaceHasNoIp() {
        VideoRoom::AddRemotePublisher spec;
        spec.room = m_room;
        spec.display = QStringLiteral("remote-all-interfaces");
        spec.streams = audioVideo();
        const auto added = testsupport::wait(m_live.videoroom->addRemotePublisher(spec));
        QVERIFY2(added.ok(), qPrintable(added.error.message()));
        const auto rp = videoroom::parseRemotePublisher(added.result);
        QVERIFY(rp);
        QVERIFY(rp->ip.isEmpty());
        QVERIFY(rp->port >= 10000 && rp->port <= 60000);
        QVERIFY(isRemoteParticipant(rp->id));
        QVERIFY(testsupport::wait(m_live.videoroom->removeRemotePublisher(m_room, rp->id)).ok());
        QVERIFY(!isRemoteParticipant(rp->id));
    }

    void localIfaceAndExplicitPort() {
        const int port = JanusInstance::freeUdpPortBlock(2);
        QVERIFY(port > 0);
        VideoRoom::AddRemotePublisher spec;
        spec.room = m_room;
        spec.iface = QStringLiteral("127.0.0.1");
        spec.port = port;
        spec.streams = audioVideo();
        const auto added = testsupport::wait(m_live.videoroom->addRemotePublisher(spec));
        QVERIFY2(added.ok(), qPrintable(added.error.message()));
        const auto rp = videoroom::parseRemotePublisher(added.result);
        QVERIFY(rp);
        QCOMPARE(rp->ip, QStringLiteral("127.0.0.1"));
        QCOMPARE(rp->port, port);

        // The same port twice cannot be bound.
        const auto clash = testsupport::wait(m_live.videoroom->addRemotePublisher(spec));
        QVERIFY(clash.failed);
        QCOMPARE(clash.error.kind, Error::Kind::Plugin);

        auto streams = audioVideo();
        streams[1].disabled = true;
        const auto updated =
            testsupport::wait(m_live.videoroom->updateRemotePublisher(m_room, rp->id, streams));
        QVERIFY2(updated.ok(), qPrintable(updated.error.message()));
        QVERIFY(testsupport::wait(m_live.videoroom->removeRemotePublisher(m_room, rp->id)).ok());
        const auto twice =
            testsupport::wait(m_live.videoroom->removeRemotePublisher(m_room, rp->id));
        QVERIFY(twice.failed);
        QCOMPARE(twice.error.code, 428);
    }

    // An H.264 stream with its profile, as a source's events describe it: accepted by every
    // version (1.1.2 would refuse the profile string with 430, so it is not sent there).
    void videoProfileOnEveryVersion() {
        VideoRoom::AddRemotePublisher spec;
        spec.room = m_room;
        spec.display = QStringLiteral("remote-h264");
        auto video = videoroom::Stream::make(QStringLiteral("video"), 0, QStringLiteral("h264"));
        video.h264Profile = QStringLiteral("42e01f");
        spec.streams = {video};
        const auto added = testsupport::wait(m_live.videoroom->addRemotePublisher(spec));
        QVERIFY2(added.ok(), qPrintable(added.error.message()));
        const auto rp = videoroom::parseRemotePublisher(added.result);
        QVERIFY(rp);
        video.h264Profile = QStringLiteral("640032");
        const auto updated =
            testsupport::wait(m_live.videoroom->updateRemotePublisher(m_room, rp->id, {video}));
        QVERIFY2(updated.ok(), qPrintable(updated.error.message()));
        QVERIFY(testsupport::wait(m_live.videoroom->removeRemotePublisher(m_room, rp->id)).ok());
    }

    void nonLocalIfaceIs499WithExplanation() {
        VideoRoom::AddRemotePublisher spec;
        spec.room = m_room;
        spec.iface = QStringLiteral("198.51.100.77"); // a NAT's public address, not bound here
        spec.streams = audioVideo();
        const auto added = testsupport::wait(m_live.videoroom->addRemotePublisher(spec));
        QVERIFY(added.failed);
        QCOMPARE(added.error.kind, Error::Kind::Plugin);
        QCOMPARE(added.error.code, 499);
        QVERIFY(added.error.serverText.contains(QLatin1String("Invalid network interface")));
        QVERIFY(added.error.explanation.contains(QLatin1String("public address")));
        QVERIFY(added.error.explanation.contains(QLatin1String("198.51.100.77")));
        const auto listed = testsupport::wait(m_live.videoroom->listParticipants(m_room));
        QVERIFY(videoroom::parseParticipants(listed.result).isEmpty()); // nothing half-made
    }

    void missingMindexIs429() {
        const QJsonObject body{
            {QStringLiteral("request"), QStringLiteral("add_remote_publisher")},
            {QStringLiteral("room"), 1234},
            {QStringLiteral("streams"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("audio")},
                                    {QStringLiteral("mid"), QStringLiteral("0")}}}}};
        const auto outcome =
            testsupport::wait(m_live.connection->message(m_live.videoroom->handle(), body));
        QVERIFY(outcome.failed);
        QCOMPARE(outcome.error.code, 429);
        QVERIFY(outcome.error.serverText.contains(QLatin1String("mindex")));
    }
};

QTEST_GUILESS_MAIN(TestRemotePublisherLive)
#include "tst_remotepublisher_live.moc"
