// Janus ids: 64-bit integers never pass through double; strings with string_ids.
#include "janus/id.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using janus::Id;

class TestId : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesIntegersExactly_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("small") << QByteArray(R"({"id":1234})") << qint64(1234);
        QTest::newRow("2^53-1") << QByteArray(R"({"id":9007199254740991})")
                                << qint64(9007199254740991);
        QTest::newRow("2^53+1") << QByteArray(R"({"id":9007199254740993})")
                                << qint64(9007199254740993);
        QTest::newRow("near int64 max")
            << QByteArray(R"({"id":9223372036854775000})") << qint64(9223372036854775000);
    }
    void parsesIntegersExactly() {
        QFETCH(QByteArray, json);
        QFETCH(qint64, expected);
        const auto id =
            Id::fromJson(QJsonDocument::fromJson(json).object().value(QLatin1String("id")));
        QVERIFY(id);
        QVERIFY(!id->isString());
        QCOMPARE(id->number(), expected);
        // And back out to JSON text without rounding.
        const QByteArray out = QJsonDocument(QJsonObject{{QStringLiteral("id"), id->toJson()}})
                                   .toJson(QJsonDocument::Compact);
        QCOMPARE(out, json);
    }

    void rejectsNonIds_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("fraction") << QByteArray(R"({"id":1.5})");
        QTest::newRow("negative") << QByteArray(R"({"id":-3})");
        QTest::newRow("null") << QByteArray(R"({"id":null})");
        QTest::newRow("bool") << QByteArray(R"({"id":true})");
        QTest::newRow("empty string") << QByteArray(R"({"id":""})");
        QTest::newRow("missing") << QByteArray(R"({})");
    }
    void rejectsNonIds() {
        QFETCH(QByteArray, json);
        QVERIFY(!Id::fromJson(QJsonDocument::fromJson(json).object().value(QLatin1String("id"))));
    }

    void stringIds() {
        const auto id = Id::fromJson(QJsonValue(QStringLiteral("room-abc")));
        QVERIFY(id && id->isString());
        QCOMPARE(id->toString(), QStringLiteral("room-abc"));
        QCOMPARE(id->toJson(), QJsonValue(QStringLiteral("room-abc")));
        QVERIFY(!(*id == Id(QStringLiteral("room-abd"))));
        // "1234" as a string id is not the integer 1234: Janus keeps them apart too.
        QVERIFY(!(Id(QStringLiteral("1234")) == Id(1234)));
    }

    void fromText() {
        QCOMPARE(Id::fromText(QStringLiteral("9007199254740993")), Id(qint64(9007199254740993)));
        QVERIFY(Id::fromText(QStringLiteral("lobby")).isString());
        QVERIFY(!Id().isValid());
        QVERIFY(Id().toJson().isNull());
    }

    void hashing() {
        QSet<Id> ids{Id(1), Id(QStringLiteral("1")), Id(1)};
        QCOMPARE(ids.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestId)
#include "tst_id.moc"
