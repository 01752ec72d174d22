// Secrets never reach logs: every secret key is redacted at any depth.
#include "janus/redact.h"

#include <QJsonArray>
#include <QTest>

class TestRedact : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void redactsEverySecretKey_data() {
        QTest::addColumn<QString>("key");
        for (const char* key : {"apisecret", "admin_secret", "secret", "pin", "token", "admin_key",
                                "new_secret", "new_pin", "APISecret"})
            QTest::newRow(key) << QString::fromLatin1(key);
    }
    void redactsEverySecretKey() {
        QFETCH(QString, key);
        const QString value = QStringLiteral("s3cr3t-value-%1").arg(key);
        const QJsonObject message{
            {QStringLiteral("janus"), QStringLiteral("message")},
            {key, value},
            {QStringLiteral("body"), QJsonObject{{key, value}, {QStringLiteral("room"), 1234}}},
            {QStringLiteral("list"), QJsonArray{QJsonObject{{key, value}}}},
        };
        const QString text = janus::redactedText(message);
        QVERIFY2(!text.contains(value), qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("<redacted>")), 3);
        QVERIFY(text.contains(QLatin1String("\"room\":1234")));
    }

    void keepsOrdinaryFields() {
        const QJsonObject message{{QStringLiteral("display"), QStringLiteral("alice")},
                                  {QStringLiteral("secretary"), QStringLiteral("bob")}};
        QCOMPARE(janus::redacted(message), message);
        QVERIFY(!janus::isSecretKey(u"secretary"));
        QVERIFY(janus::isSecretKey(u"token"));
    }
};

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
