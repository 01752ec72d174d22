// The crash journal: what a process records survives it, a live process's entries are never
// taken, a torn last line is skipped, and entries follow a profile saved under a new name.
#include "cascade/journal.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cascade;

namespace {

JournalEntry probeRoom(qint64 room) {
    return {JournalEntry::Kind::ProbeRoom, QStringLiteral("b"), janus::Id(room), {}, {}, {}};
}

JournalEntry copy(qint64 id) {
    return {JournalEntry::Kind::RemotePublisher,
            QStringLiteral("b"),
            janus::Id(1234),
            janus::Id(id),
            {},
            QStringLiteral("l1")};
}

QStringList journalFiles(const QString& dir) {
    return QDir(dir).entryList({QStringLiteral("*.jsonl")}, QDir::Files);
}

} // namespace

class TestJournal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void entriesRoundTrip() {
        const JournalEntry r{JournalEntry::Kind::Remotization,
                             QStringLiteral("a"),
                             janus::Id(QStringLiteral("room-a")),
                             janus::Id(9007199254740993LL),
                             QStringLiteral("jcc:l1"),
                             QStringLiteral("l1")};
        const auto back = JournalEntry::fromJson(r.toJson());
        QVERIFY(back);
        QCOMPARE(back->key(), r.key());
        QVERIFY(back->room.isString());
        QCOMPARE(back->id.number(), 9007199254740993LL); // above 2^53: kept exact
        QVERIFY(!JournalEntry::fromJson({{QStringLiteral("kind"), QStringLiteral("rocket")}}));
        QVERIFY(!r.toJson().contains(QStringLiteral("secret")));
    }

    void aLiveProcessKeepsItsEntries() {
        QTemporaryDir dir;
        Journal mine(dir.path());
        QVERIFY2(mine.isWritable(), qPrintable(mine.error()));
        mine.created(probeRoom(1));
        mine.created(copy(7));
        mine.gone(probeRoom(1));
        QCOMPARE(mine.unsettled().size(), 1);
        Journal other(dir.path());
        QVERIFY(other.leftovers().isEmpty()); // mine still runs: its lock is held
        QVERIFY(other.adoptLeftovers().isEmpty());
        QCOMPARE(journalFiles(dir.path()).size(), 2);
    }

    void leftoversOfAnEndedProcessAreAdoptedOnce() {
        QTemporaryDir dir;
        {
            Journal ended(dir.path());
            ended.created(probeRoom(1));
            ended.created(probeRoom(2));
            ended.created(copy(7));
            ended.gone(probeRoom(2));
        } // ends with two entries unsettled: its file stays, its lock goes
        QCOMPARE(journalFiles(dir.path()).size(), 1);
        Journal next(dir.path());
        QCOMPARE(next.leftovers().size(), 2);
        QCOMPARE(next.leftovers().size(), 2); // reading does not take them
        const QList<JournalEntry> adopted = next.adoptLeftovers();
        QCOMPARE(adopted.size(), 2);
        QCOMPARE(next.unsettled().size(), 2);
        QCOMPARE(journalFiles(dir.path()).size(), 1); // the ended file is gone, mine remains
        Journal third(dir.path());
        QVERIFY(third.leftovers().isEmpty()); // next holds them now
        next.gone(probeRoom(1));
        next.gone(copy(7));
    }

    void aSettledProcessLeavesNoFile() {
        QTemporaryDir dir;
        {
            Journal j(dir.path());
            j.created(probeRoom(1));
            j.gone(probeRoom(1));
        }
        QVERIFY(journalFiles(dir.path()).isEmpty());
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.lock")}).isEmpty());
    }

    void aTornLastLineIsSkipped() {
        QTemporaryDir dir;
        QString path;
        {
            Journal j(dir.path());
            j.created(probeRoom(1));
            j.created(probeRoom(2));
            path = dir.filePath(journalFiles(dir.path()).value(0));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write(
            "{\"op\":\"gone\",\"kind\":\"probe_room\",\"node\":\"b\",\"ro"); // killed mid-append
        f.close();
        int skipped = 0;
        QCOMPARE(Journal::readFile(path, &skipped).size(), 2);
        QCOMPARE(skipped, 1);
        Journal next(dir.path());
        QCOMPARE(next.adoptLeftovers().size(), 2);
    }

    void entriesFollowTheProfileToItsNewName() {
        QTemporaryDir dir;
        const QString untitled = Journal::directoryFor({});
        const QString named = dir.filePath(QStringLiteral("journal-named"));
        Journal j(untitled);
        j.created(copy(7));
        j.relocate(named);
        QCOMPARE(j.unsettled().size(), 1);
        QCOMPARE(Journal::readFile(named + QLatin1Char('/') + journalFiles(named).value(0)).size(),
                 1);
        Journal other(untitled);
        QVERIFY(other.leftovers().isEmpty());
        j.gone(copy(7));
    }

    void directoriesAreSharedByGuiAndCliAndDifferPerProfile() {
        QTemporaryDir dir;
        const QString a = Journal::directoryFor(dir.filePath(QStringLiteral("lab.json")));
        const QString b = Journal::directoryFor(dir.filePath(QStringLiteral("sub/lab.json")));
        QVERIFY(a != b);
        QVERIFY(a.contains(QLatin1String("/journal/lab-")));
        const QString saved = QCoreApplication::applicationName();
        QCoreApplication::setApplicationName(QStringLiteral("janus-cascade"));
        const QString cli = Journal::directoryFor(dir.filePath(QStringLiteral("lab.json")));
        QCoreApplication::setApplicationName(QStringLiteral("janus-cascade-console"));
        const QString gui = Journal::directoryFor(dir.filePath(QStringLiteral("lab.json")));
        QCoreApplication::setApplicationName(saved);
        QCOMPARE(cli, gui);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
