// Parsing VideoRoom answers into typed values.
#include "janus/videoroomerrors.h"
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

    // The typed answers: a well-formed answer becomes values, an answer without the field its
    // request always carries becomes a protocol error naming the request, never an empty list.
    void answersParseOrFail_data() {
        QTest::addColumn<QString>("request");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("count");
        QTest::newRow("rooms") << "list" << QByteArray(R"({"list":[{"room":1},{"room":"x"}]})")
                               << true << 2;
        QTest::newRow("rooms, no list")
            << "list" << QByteArray(R"({"videoroom":"success"})") << false << 0;
        QTest::newRow("participants")
            << "listparticipants" << QByteArray(R"({"participants":[{"id":7}]})") << true << 1;
        QTest::newRow("participants missing")
            << "listparticipants" << QByteArray("{}") << false << 0;
        QTest::newRow("participant without id skipped")
            << "listparticipants" << QByteArray(R"({"participants":[{"display":"no id"}]})") << true
            << 0;
        QTest::newRow("remotes") << "listremotes"
                                 << QByteArray(R"({"list":[{"remote_id":"jcc:l","port":5}]})")
                                 << true << 1;
        QTest::newRow("remotes missing") << "listremotes" << QByteArray("{}") << false << 0;
        QTest::newRow("forwarders")
            << "listforwarders" << QByteArray(R"({"publishers":[]})") << true << 0;
        QTest::newRow("forwarders missing") << "listforwarders" << QByteArray("{}") << false << 0;
        QTest::newRow("exists") << "exists" << QByteArray(R"({"exists":true})") << true << 1;
        QTest::newRow("exists missing") << "exists" << QByteArray("{}") << false << 0;
        QTest::newRow("create") << "create" << QByteArray(R"({"room":1234})") << true << 1;
        QTest::newRow("create without room") << "create" << QByteArray("{}") << false << 0;
        QTest::newRow("add_remote_publisher")
            << "add_remote_publisher" << QByteArray(R"({"room":1,"id":2,"port":20000})") << true
            << 1;
        QTest::newRow("add_remote_publisher without port")
            << "add_remote_publisher" << QByteArray(R"({"room":1,"id":2})") << false << 0;
        QTest::newRow("join") << "join" << QByteArray(R"({"id":9,"publishers":[{"id":3}]})") << true
                              << 1;
        QTest::newRow("join without id")
            << "join" << QByteArray(R"({"publishers":[]})") << false << 0;
    }

    void answersParseOrFail() {
        QFETCH(QString, request);
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        QFETCH(int, count);
        namespace a = janus::videoroom::answer;
        const QJsonObject data = QJsonDocument::fromJson(json).object();
        janus::Error error;
        int got = 0;
        auto take = [&](const auto& result, auto size) {
            error = result ? janus::Error() : result.error();
            got = result ? size(*result) : 0;
        };
        auto length = [](const auto& list) { return int(list.size()); };
        auto one = [](const auto&) { return 1; };
        if (request == QLatin1String("list"))
            take(a::rooms(data, request), length);
        else if (request == QLatin1String("listparticipants"))
            take(a::participants(data, request), length);
        else if (request == QLatin1String("listremotes"))
            take(a::remotizations(data, request), length);
        else if (request == QLatin1String("listforwarders"))
            take(a::forwarders(data, request), length);
        else if (request == QLatin1String("exists"))
            take(a::existence(data, request), [](bool e) { return int(e); });
        else if (request == QLatin1String("create"))
            take(a::roomId(data, request), one);
        else if (request == QLatin1String("add_remote_publisher"))
            take(a::remotePublisher(data, request), one);
        else
            take(a::joined(data, request), [](const auto& j) { return int(j.publishers.size()); });
        QCOMPARE(!error.isError(), ok);
        QCOMPARE(got, count);
        if (!ok) {
            QCOMPARE(error.kind, janus::Error::Kind::Protocol);
            QCOMPARE(error.request, request);
        }
    }

    // The VideoRoom's error table explains its codes; other plugins' errors stay unexplained.
    void errorTable_data() {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("explained");
        QTest::newRow("426") << 426 << "No such room (1234)"
                             << "no such room";
        QTest::newRow("433") << 433 << "Unauthorized"
                             << "room secret";
        QTest::newRow("432") << 432 << "Maximum number of publishers reached"
                             << "publisher limit";
        QTest::newRow("499 busy") << 499 << "Could not open UDP socket for RTP stream"
                                  << "in use";
        QTest::newRow("499 iface")
            << 499 << "Invalid network interface configuration for remote publisher"
            << "bind address";
        QTest::newRow("499 other") << 499 << "Something else"
                                   << "";
        QTest::newRow("unknown code") << 480 << "?"
                                      << "";
    }

    void errorTable() {
        QFETCH(int, code);
        QFETCH(QString, text);
        QFETCH(QString, explained);
        const janus::Error e = janus::videoroom::error(code, text, QStringLiteral("x"));
        QCOMPARE(e.kind, janus::Error::Kind::Plugin);
        QCOMPARE(e.serverText, text);
        if (explained.isEmpty())
            QVERIFY2(e.explanation.isEmpty(), qPrintable(e.explanation));
        else
            QVERIFY2(e.explanation.contains(explained), qPrintable(e.explanation));
        QVERIFY(janus::Error::fromPlugin(code, text, {}).explanation.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVideoRoomTypes)
#include "tst_videoroomtypes.moc"
