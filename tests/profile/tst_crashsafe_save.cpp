// Crash-safe profiles: a writer saving in a loop is killed (SIGKILL) at random moments 100
// times; after every kill the file on disk is a complete, valid profile — the old or the new.
#include "profile/profileio.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace profile;

namespace {

Profile big(const QString& name) {
    Profile p;
    p.name = name;
    for (int i = 0; i < 300; ++i)
        p.nodes << Node{QStringLiteral("node-%1").arg(i),
                        QStringLiteral("Node %1").arg(i),
                        QUrl(QStringLiteral("ws://198.51.100.%1:8188").arg(i % 250 + 1)),
                        {},
                        {},
                        QStringLiteral("198.51.100.%1").arg(i % 250 + 1),
                        PortRange{40000, 40099},
                        {}};
    return p;
}

// Writer mode: save two different profiles alternately until killed.
int writer(const QString& path) {
    const Profile a = big(QStringLiteral("A")), b = big(QStringLiteral("B"));
    for (quint64 i = 0;; ++i)
        if (!io::save(path, i % 2 ? b : a))
            return 1;
}

} // namespace

class TestCrashSafeSave : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killedWriterLeavesAValidFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile.json"));
        QVERIFY(io::save(path, big(QStringLiteral("A"))));
        QRandomGenerator random(20261124);
        int sawA = 0, sawB = 0;
        for (int round = 0; round < 100; ++round) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--writer"), path});
            QVERIFY(child.waitForStarted(5000));
            QTest::qSleep(int(random.bounded(5, 60))); // somewhere inside a save
            child.kill();
            QVERIFY(child.waitForFinished(5000));
            const LoadResult r = io::load(path);
            QVERIFY2(r.ok(), qPrintable(QStringLiteral("round %1: %2")
                                            .arg(round)
                                            .arg(r.errors.join(QLatin1Char(';')))));
            QCOMPARE(r.profile->nodes.size(), 300);
            (r.profile->name == QLatin1String("A") ? sawA : sawB)++;
        }
        qInfo() << "after 100 kills the file held A" << sawA << "times and B" << sawB
                << "times, never anything else";
        QVERIFY(sawA + sawB == 100);
    }
};

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--writer") == 0)
        return writer(QString::fromLocal8Bit(argv[2]));
    TestCrashSafeSave test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafe_save.moc"
