// Parsing VideoRoom answers into typed values.
#include "janus/videoroomtypes.h"

#include <QJsonDocument>
#include <QTest>

using namespace janus::videoroom;

namespace {
QJsonObject json(const char* text) {
    return QJsonDocument::fromJson(QByteArray(text)).object();
}
} // namespace

class TestVideoRoomTypes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rooms() {
        const auto rooms = parseRooms(json(R"({"videoroom":"success","list":[
            {"room":1234,"description":"Demo","is_private":false,"max_publishers":6,"num_participants":2,"audiocodec":"opus","videocodec":"vp8,h264"},
            {"room":"lobby","description":"Strings","is_private":true},
            {"description":"no id, skipped"}]})"));
        QCOMPARE(rooms.size(), 2);
        QCOMPARE(rooms[0].id.number(), 1234);
        QCOMPARE(rooms[0].participants, 2);
        QCOMPARE(rooms[0].videoCodecs, QStringLiteral("vp8,h264"));
        QVERIFY(rooms[1].id.isString());
        QVERIFY(rooms[1].isPrivate);
    }

    void publishersSortStreamsByMindex() {
        const auto pubs = parsePublishers(
            json(R"({"publishers":[{"id":9007199254740993,"display":"alice","streams":[
            {"type":"video","mindex":1,"mid":"1","codec":"vp8","simulcast":true},
            {"type":"data","mindex":2,"mid":"2"},
            {"type":"audio","mindex":0,"mid":"0","codec":"opus","stereo":true}]}]})")
                .value(QLatin1String("publishers"))
                .toArray());
        QCOMPARE(pubs.size(), 1);
        QCOMPARE(pubs[0].id.number(), qint64(9007199254740993));
        QCOMPARE(pubs[0].streams.size(), 3);
        QCOMPARE(pubs[0].streams[0].type, QStringLiteral("audio"));
        QCOMPARE(pubs[0].streams[2].type, QStringLiteral("data"));
        QVERIFY(pubs[0].streams[1].simulcast);
        QVERIFY(pubs[0].streams[0].stereo);
    }

    void remoteStreamJsonHasNoNulls() {
        Stream s;
        s.type = QStringLiteral("data");
        s.mindex = 2;
        s.mid = QStringLiteral("2");
        const QJsonObject j = s.toRemoteStreamJson();
        QCOMPARE(j.keys(), (QStringList{QStringLiteral("mid"), QStringLiteral("mindex"),
                                        QStringLiteral("type")}));
        for (const QJsonValue& v : j)
            QVERIFY(!v.isNull());
    }

    // Events carry "h264-profile"/"vp9-profile"; the request fields are "h264_profile" and
    // "vp9_profile", strings from Janus 1.2.1 on. 1.1.2 reads them as booleans and refuses a
    // string with 430, so they are left out for it (and for a server of unknown version).
    void videoProfilesFollowTheServerVersion() {
        const auto pubs = parsePublishers(json(R"({"publishers":[{"id":7,"streams":[
            {"type":"video","mindex":0,"mid":"0","codec":"h264","h264-profile":"42e01f"},
            {"type":"video","mindex":1,"mid":"1","codec":"vp9","vp9-profile":"2"}]}]})")
                                              .value(QLatin1String("publishers"))
                                              .toArray());
        QCOMPARE(pubs.size(), 1);
        const Stream h264 = pubs[0].streams[0];
        const Stream vp9 = pubs[0].streams[1];
        QCOMPARE(h264.h264Profile, QStringLiteral("42e01f"));
        QCOMPARE(vp9.vp9Profile, QStringLiteral("2"));
        QCOMPARE(h264.toRemoteStreamJson(1401).value(QLatin1String("h264_profile")).toString(),
                 QStringLiteral("42e01f"));
        QCOMPARE(vp9.toRemoteStreamJson(1201).value(QLatin1String("vp9_profile")).toString(),
                 QStringLiteral("2"));
        for (int version : {0, 1102, 1200}) {
            QVERIFY(!h264.toRemoteStreamJson(version).contains(QLatin1String("h264_profile")));
            QVERIFY(!vp9.toRemoteStreamJson(version).contains(QLatin1String("vp9_profile")));
        }
        // A changed profile is a changed stream: the copy is updated.
        Stream other = h264;
        other.h264Profile = QStringLiteral("640032");
        QVERIFY(other != h264);
    }

    void remotePublisherAndForwarders() {
        const auto rp = parseRemotePublisher(json(
            R"({"videoroom":"success","room":1234,"id":77,"ip":"127.0.0.1","port":40010,"rtcp_port":40011})"));
        QVERIFY(rp);
        QCOMPARE(rp->port, 40010);
        QCOMPARE(rp->ip, QStringLiteral("127.0.0.1"));
        QVERIFY(!parseRemotePublisher(json(R"({"videoroom":"success","room":1234,"id":77})")));

        const auto fw = parseForwarders(json(R"({"videoroom":"forwarders","room":1,"publishers":[
            {"publisher_id":77,"forwarders":[{"stream_id":123,"type":"audio","host":"127.0.0.1","port":5002,"ssrc":1000}]}]})"));
        QCOMPARE(fw.size(), 1);
        QCOMPARE(fw[0].streams[0].streamId, 123);
        QCOMPARE(fw[0].streams[0].ssrc, 1000u);

        const auto remotes = parseRemotizations(
            json(R"({"list":[{"remote_id":"jcc-l1","host":"198.51.100.2","port":40010}]})"));
        QCOMPARE(remotes.size(), 1);
        QCOMPARE(remotes[0].host, QStringLiteral("198.51.100.2"));
    }

    void participants() {
        const auto ps = parseParticipants(json(
            R"({"participants":[{"id":1,"display":"a","publisher":true},{"id":2,"remote":true,"publisher":true},{"display":"bad"}]})"));
        QCOMPARE(ps.size(), 2);
        QVERIFY(!ps[0].remote);
        QVERIFY(ps[1].remote);
    }
};

QTEST_GUILESS_MAIN(TestVideoRoomTypes)
#include "tst_videoroomtypes.moc"
