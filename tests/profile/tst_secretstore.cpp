// Secret stores: environment naming, chain order, memory; the keychain fails gracefully where
// no keychain service runs; secrets never reach a saved profile.
#include "profile/keychainsecretstore.h"
#include "profile/profileio.h"

#include <QSignalSpy>
#include <QTest>

using namespace profile;

class TestSecretStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void environmentNames() {
        QCOMPARE(EnvSecretStore::variableName(QStringLiteral("node-b"), SecretKind::ApiSecret),
                 QStringLiteral("JCC_NODE_B_API_SECRET"));
        QCOMPARE(EnvSecretStore::variableName(QStringLiteral("a"), SecretKind::AdminKey),
                 QStringLiteral("JCC_A_ADMIN_KEY"));
        qputenv("JCC_NODE_B_TOKEN", "test-token-value");
        EnvSecretStore env;
        QCOMPARE(env.secret(QStringLiteral("node-b"), SecretKind::Token),
                 std::optional<QString>(QStringLiteral("test-token-value")));
        QVERIFY(!env.secret(QStringLiteral("node-b"), SecretKind::ApiSecret));
        QVERIFY(
            !env.setSecret(QStringLiteral("node-b"), SecretKind::ApiSecret, QStringLiteral("x")));
        QVERIFY(env.lastError().contains(QLatin1String("JCC_NODE_B_API_SECRET")));
        qunsetenv("JCC_NODE_B_TOKEN");
    }

    void chainAsksInOrderAndWritesToFirstWritable() {
        qputenv("JCC_A_API_SECRET", "from-env");
        EnvSecretStore env;
        MemorySecretStore memory;
        ChainSecretStore chain({&env, &memory});
        QCOMPARE(chain.secret(QStringLiteral("a"), SecretKind::ApiSecret).value(),
                 QStringLiteral("from-env"));
        QVERIFY(chain.setSecret(QStringLiteral("a"), SecretKind::AdminSecret,
                                QStringLiteral("test-admin")));
        QCOMPARE(memory.secret(QStringLiteral("a"), SecretKind::AdminSecret).value(),
                 QStringLiteral("test-admin"));
        QVERIFY(chain.removeSecret(QStringLiteral("a"), SecretKind::AdminSecret));
        QVERIFY(!chain.secret(QStringLiteral("a"), SecretKind::AdminSecret));
        qunsetenv("JCC_A_API_SECRET");
    }

    void keychainWithoutServiceFailsGracefully() {
        KeychainSecretStore keychain;
        QSignalSpy loaded(&keychain, &KeychainSecretStore::loaded);
        QSignalSpy failed(&keychain, &KeychainSecretStore::failed);
        keychain.preload({QStringLiteral("a")});
        QVERIFY(loaded.wait(15000) || loaded.count() == 1);
        if (keychain.available()) {
            QSKIP("SKIPPED: a keychain service is running here; this test is about running without "
                  "one");
        }
        QVERIFY(!failed.isEmpty());
        QVERIFY(!keychain.lastError().isEmpty());
        QVERIFY(
            !keychain.setSecret(QStringLiteral("a"), SecretKind::ApiSecret, QStringLiteral("x")));
        QVERIFY(keychain.lastError().startsWith(QLatin1String("no keychain")));
        // A chain falls back to memory, so the console keeps working.
        MemorySecretStore memory;
        ChainSecretStore chain({&keychain, &memory});
        QVERIFY(chain.setSecret(QStringLiteral("a"), SecretKind::ApiSecret, QStringLiteral("x")));
    }

    void profilesNeverCarrySecrets() {
        Profile p;
        p.nodes << Node{QStringLiteral("a"),
                        QStringLiteral("A"),
                        QUrl(QStringLiteral("ws://127.0.0.1:8188")),
                        {},
                        {},
                        QStringLiteral("127.0.0.1"),
                        {},
                        {}};
        MemorySecretStore memory;
        memory.setSecret(QStringLiteral("a"), SecretKind::ApiSecret,
                         QStringLiteral("s3cret-api-value"));
        const QByteArray json = io::toJson(p);
        QVERIFY(!json.contains("s3cret-api-value"));
        QVERIFY(!json.contains("secret"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
