// The room editor refuses what Janus would refuse (or take wrongly) with a reason, before any
// request: ids out of range or malformed, a room that exists, unknown or too many codecs. What
// it accepts becomes exactly the create request typed in. Input by keys only.
#include "roomeditordialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

class TestRoomEditorDialog : public QObject {
    Q_OBJECT

    static void type(ui::RoomEditorDialog& dialog, const char* field, const QString& text) {
        QWidget* w = dialog.findChild<QWidget*>(QString::fromLatin1(field));
        QVERIFY(w);
        w->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
        QTest::keyClicks(QApplication::focusWidget(), text);
    }

private Q_SLOTS:
    void refusesWithAReason_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("audio");
        QTest::addColumn<QString>("video");
        QTest::addColumn<QString>("why");
        QTest::newRow("zero") << "0"
                              << ""
                              << ""
                              << "out of range";
        QTest::newRow("too big") << "9223372036854775808"
                                 << ""
                                 << ""
                                 << "out of range";
        QTest::newRow("space") << "my room"
                               << ""
                               << ""
                               << "not valid";
        QTest::newRow("symbol") << "12ab$"
                                << ""
                                << ""
                                << "not valid";
        QTest::newRow("exists") << "1234"
                                << ""
                                << ""
                                << "already exists on a";
        QTest::newRow("unknown audio") << ""
                                       << "opus,mp3"
                                       << ""
                                       << "\"mp3\" is not a audio codec";
        QTest::newRow("video as audio") << ""
                                        << "vp8"
                                        << ""
                                        << "\"vp8\" is not a audio codec";
        QTest::newRow("six video") << ""
                                   << ""
                                   << "vp8,vp9,h264,av1,h265,vp8"
                                   << "At most 5";
        QTest::newRow("twice") << ""
                               << "opus,pcmu,opus"
                               << ""
                               << "listed twice";
    }

    void refusesWithAReason() {
        QFETCH(QString, id);
        QFETCH(QString, audio);
        QFETCH(QString, video);
        QFETCH(QString, why);
        ui::RoomEditorDialog dialog(QStringLiteral("a"), {}, {QStringLiteral("1234")});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(dialog, "roomId", id);
        type(dialog, "audioCodecs", audio);
        type(dialog, "videoCodecs", video);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // not accepted
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("error"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(why), qPrintable(error->text()));
    }

    void acceptsWhatJanusTakes_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("audio");
        QTest::addColumn<QString>("video");
        QTest::newRow("janus chooses") << ""
                                       << ""
                                       << "";
        QTest::newRow("largest number") << "9223372036854775807"
                                        << "opus"
                                        << "vp8";
        QTest::newRow("text id") << "town-hall_2"
                                 << "opus, PCMU"
                                 << "vp8,h264";
    }

    void acceptsWhatJanusTakes() {
        QFETCH(QString, id);
        QFETCH(QString, audio);
        QFETCH(QString, video);
        ui::RoomEditorDialog dialog(QStringLiteral("a"), QStringLiteral("node-secret"), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(dialog, "roomId", id);
        type(dialog, "description", QStringLiteral("Lobby"));
        type(dialog, "audioCodecs", audio);
        type(dialog, "videoCodecs", video);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const janus::VideoRoom::CreateRoom room = dialog.room();
        QCOMPARE(room.room.isValid(), !id.isEmpty());
        if (!id.isEmpty())
            QCOMPARE(room.room.toString(), id);
        QCOMPARE(room.description, QStringLiteral("Lobby"));
        QCOMPARE(room.audioCodecs, audio.toLower().remove(QLatin1Char(' ')));
        QCOMPARE(room.videoCodecs, video);
        // The node's room secret, untouched: the one the console uses for the node's rooms.
        QCOMPARE(room.secret, QStringLiteral("node-secret"));
    }

    void aDifferentSecretIsFlagged() {
        ui::RoomEditorDialog dialog(QStringLiteral("a"), QStringLiteral("node-secret"), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("secretNote"));
        QVERIFY(note->text().contains(QStringLiteral("a's room secret")));
        type(dialog, "roomSecret", QStringLiteral("other"));
        QVERIFY2(note->text().startsWith(QStringLiteral("Not a's room secret")),
                 qPrintable(note->text()));
        QVERIFY(!note->text().contains(QStringLiteral("node-secret")));
    }
};

QTEST_MAIN(TestRoomEditorDialog)
#include "tst_roomeditordialog.moc"
