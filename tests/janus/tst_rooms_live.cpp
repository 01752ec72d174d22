// Room browsing and management against a real Janus: list (private rooms need admin_key),
// exists, create, destroy with the room secret, 53-bit ids.
#include "janusinstance.h"
#include "replywait.h"

using namespace janus;
using testsupport::JanusInstance;

class TestRoomsLive : public QObject {
    Q_OBJECT
    std::unique_ptr<JanusInstance> m_janus;
    testsupport::LiveVideoRoom m_live;

    QList<qint64> roomIds(const QJsonObject& data) {
        QList<qint64> ids;
        for (const auto& room : videoroom::parseRooms(data))
            ids << room.id.number();
        return ids;
    }

private Q_SLOTS:
    void initTestCase() {
        JCC_REQUIRE_JANUS();
        JanusInstance::Options options;
        options.adminKey = QStringLiteral("test-admin-key");
        options.rooms = {
            {1234, QStringLiteral("Public"), QStringLiteral("test-room-secret"), false},
            {5678, QStringLiteral("Hidden"), {}, true}};
        m_janus = std::make_unique<JanusInstance>(options);
        QVERIFY2(m_janus->start(), qPrintable(m_janus->log()));
        QVERIFY(m_live.open(m_janus->apiUrl()));
    }

    void cleanup() {
        if (QTest::currentTestFailed() && m_janus)
            m_janus->dumpLog();
    }

    void listHidesPrivateRoomsWithoutAdminKey() {
        m_live.videoroom->setAdminKey({});
        const auto plain = testsupport::wait(m_live.videoroom->list());
        QVERIFY2(plain.ok(), qPrintable(plain.error.message()));
        QCOMPARE(roomIds(plain.result), QList<qint64>{1234});

        m_live.videoroom->setAdminKey(QStringLiteral("test-admin-key"));
        const auto all = testsupport::wait(m_live.videoroom->list());
        QVERIFY2(all.ok(), qPrintable(all.error.message()));
        auto ids = roomIds(all.result);
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64>{1234, 5678}));
        const auto rooms = videoroom::parseRooms(all.result);
        const auto hidden = std::find_if(rooms.begin(), rooms.end(),
                                         [](const auto& r) { return r.id.number() == 5678; });
        QVERIFY(hidden->isPrivate);
        QCOMPARE(hidden->description, QStringLiteral("Hidden"));
    }

    void createExistsDestroy() {
        m_live.videoroom->setAdminKey(QStringLiteral("test-admin-key"));
        VideoRoom::CreateRoom spec;
        spec.description = QStringLiteral("created by test");
        spec.audioCodecs = QStringLiteral("opus");
        spec.secret = QStringLiteral("test-new-room-secret");
        const auto created = testsupport::wait(m_live.videoroom->create(spec));
        QVERIFY2(created.ok(), qPrintable(created.error.message()));
        const auto room = Id::fromJson(created.result.value(QLatin1String("room")));
        QVERIFY(room);

        auto exists = testsupport::wait(m_live.videoroom->exists(*room));
        QVERIFY(exists.ok());
        QVERIFY(exists.result.value(QLatin1String("exists")).toBool());

        const auto wrongSecret =
            testsupport::wait(m_live.videoroom->destroy(*room, QStringLiteral("nope")));
        QVERIFY(wrongSecret.failed);
        QCOMPARE(wrongSecret.error.kind, Error::Kind::Plugin);
        QCOMPARE(wrongSecret.error.code, 433);

        const auto destroyed = testsupport::wait(m_live.videoroom->destroy(*room, spec.secret));
        QVERIFY2(destroyed.ok(), qPrintable(destroyed.error.message()));
        exists = testsupport::wait(m_live.videoroom->exists(*room));
        QVERIFY(exists.ok());
        QVERIFY(!exists.result.value(QLatin1String("exists")).toBool());

        const auto again = testsupport::wait(m_live.videoroom->destroy(*room, spec.secret));
        QVERIFY(again.failed);
        QCOMPARE(again.error.code, 426);
        QVERIFY(again.error.explanation.contains(QLatin1String("no such room")));
    }

    void largeIdsStayExact() {
        m_live.videoroom->setAdminKey(QStringLiteral("test-admin-key"));
        const qint64 big = (qint64(1) << 53) + 1; // not representable as a double
        VideoRoom::CreateRoom spec;
        spec.room = Id(big);
        const auto created = testsupport::wait(m_live.videoroom->create(spec));
        QVERIFY2(created.ok(), qPrintable(created.error.message()));
        QCOMPARE(Id::fromJson(created.result.value(QLatin1String("room")))->number(), big);
        const auto listed = testsupport::wait(m_live.videoroom->list());
        QVERIFY(roomIds(listed.result).contains(big));
        QVERIFY(!roomIds(listed.result).contains(big - 1));
        QVERIFY(testsupport::wait(m_live.videoroom->destroy(Id(big))).ok());
    }

    void listParticipantsOfEmptyAndMissingRoom() {
        const auto empty = testsupport::wait(m_live.videoroom->listParticipants(Id(1234)));
        QVERIFY(empty.ok());
        QVERIFY(videoroom::parseParticipants(empty.result).isEmpty());
        const auto missing = testsupport::wait(m_live.videoroom->listParticipants(Id(999999)));
        QVERIFY(missing.failed);
        QCOMPARE(missing.error.code, 426);
    }
};

QTEST_GUILESS_MAIN(TestRoomsLive)
#include "tst_rooms_live.moc"
