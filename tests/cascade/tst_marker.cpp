// Markers let the console recognise its own objects on servers.
#include "cascade/marker.h"

#include <QTest>

using namespace cascade;

class TestMarker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void remoteIdRoundTrip() {
        QCOMPARE(marker::remoteId(QStringLiteral("a-to-b")), QStringLiteral("jcc:a-to-b"));
        QCOMPARE(marker::linkOfRemoteId(QStringLiteral("jcc:a-to-b")),
                 std::optional<QString>(QStringLiteral("a-to-b")));
        QVERIFY(!marker::linkOfRemoteId(QStringLiteral("someone-else")));
        QVERIFY(!marker::linkOfRemoteId(QStringLiteral("jcc:")));
    }

    void displayRoundTrip() {
        const QString d = marker::display(QStringLiteral("alice"), QStringLiteral("l1"));
        QCOMPARE(d, QStringLiteral("alice [jcc:l1]"));
        QCOMPARE(marker::linkOfDisplay(d), std::optional<QString>(QStringLiteral("l1")));
        QVERIFY(!marker::linkOfDisplay(QStringLiteral("alice [jcc:l1] (copy)")));
        QVERIFY(!marker::linkOfDisplay(QStringLiteral("bob")));
        QCOMPARE(marker::display({}, QStringLiteral("x")), QStringLiteral("publisher [jcc:x]"));
    }

    void mirrorIdsAreStableDistinctAndSafe() {
        const auto a = marker::mirrorId(QStringLiteral("l1"), janus::Id(42), false);
        QCOMPARE(marker::mirrorId(QStringLiteral("l1"), janus::Id(42), false), a);
        QVERIFY(!(marker::mirrorId(QStringLiteral("l2"), janus::Id(42), false) == a));
        QVERIFY(!(marker::mirrorId(QStringLiteral("l1"), janus::Id(43), false) == a));
        QVERIFY(a.number() >= 8'000'000'000'000'000LL);
        QVERIFY(a.number() < (qint64(1) << 53)); // exact in JavaScript clients too
        const auto s =
            marker::mirrorId(QStringLiteral("l1"), janus::Id(QStringLiteral("alice")), true);
        QVERIFY(s.isString());
        QCOMPARE(s.toString(), QStringLiteral("jcc-l1-alice"));
    }
};

QTEST_GUILESS_MAIN(TestMarker)
#include "tst_marker.moc"
