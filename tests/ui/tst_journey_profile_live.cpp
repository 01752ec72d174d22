// Journey 5, by mouse and keyboard only, against a real Janus: a node added by typing; Ctrl+S
// proposes the profiles folder (not Documents) and a name typed without suffix is saved as
// .json; File › Quit; a new window over the same settings reopens the profile from
// File › Open recent by mouse and the node is back and connected. Then File › Open… (Ctrl+O,
// the path typed) of an invalid profile shows a dialog listing every problem, and the open
// profile stays. Settings live in a temporary home.
#include "janusinstance.h"
#include "nodejourney.h"
#include "profileproblemsdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QListWidget>
#include <QStandardPaths>

using testsupport::JanusInstance;
using namespace nodejourney;

class TestJourneyProfileLive : public QObject {
    Q_OBJECT
    std::unique_ptr<JanusInstance> m_a;
    QString m_saved;
    cascade::EventLog m_log;
    std::unique_ptr<cascade::Fleet> m_fleet;
    std::unique_ptr<ui::MainWindow> m_window;

    QString nodeState(int row) {
        return cell(m_window->nodesView(), row, cascade::NodesModel::StateColumn);
    }

    void startWindow() {
        m_window.reset();
        m_fleet = std::make_unique<cascade::Fleet>(&m_log);
        m_window = std::make_unique<ui::MainWindow>(m_fleet.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

private Q_SLOTS:
    void initTestCase() {
        JCC_REQUIRE_JANUS();
        JanusInstance::Options o;
        o.name = QStringLiteral("profile-a");
        o.rooms = {{1234, QStringLiteral("Town hall"), {}, false}};
        m_a = std::make_unique<JanusInstance>(o);
        QVERIFY(m_a->start());
        // The settings are the temporary home's, not the user's.
        QVERIFY(ui::ProfileDocument::recentFiles().isEmpty());
    }

    void saveQuitAndReopenFromRecent() {
        startWindow();
        bool added = false;
        whenModal<ui::NodeEditorDialog>([&](ui::NodeEditorDialog* d) {
            const QString schemeError = typeNode(d, QStringLiteral("a"), m_a->apiUrl());
            QVERIFY2(schemeError.contains(QLatin1String("add ws://, wss://, http:// or https://")),
                     qPrintable(schemeError));
            clickAndType(d->findChild<QLineEdit*>(QStringLiteral("publicAddress")),
                         QStringLiteral("127.0.0.1"));
            QTest::mouseClick(d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
            added = !d->isVisible();
        });
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(added);
        QTRY_VERIFY_WITH_TIMEOUT(nodeState(0).startsWith(QLatin1String("connected")), 10000);
        QVERIFY(m_window->isWindowModified());

        // Ctrl+S on an unsaved profile: the save dialog starts in the profiles folder; the name
        // is typed without suffix.
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                               QStringLiteral("/profiles");
        bool saved = false;
        QVERIFY(backToWindow(m_window.get())); // before whenModal: waiting runs its timer
        whenModal<QFileDialog>([&](QFileDialog* d) {
            QCOMPARE(QDir(d->directory()).absolutePath(), QDir(folder).absolutePath());
            QVERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
            type(QStringLiteral("journey-profile"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            saved = !d->isVisible();
        });
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved);
        m_saved = QDir(folder).filePath(QStringLiteral("journey-profile.json"));
        QVERIFY2(QFile::exists(m_saved),
                 qPrintable(QDir(folder).entryList().join(QLatin1Char(' '))));
        QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("journey-profile"))));
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().contains(QLatin1String("journey-profile.json")));

        // Quit, and start again over the same settings.
        // File › Quit by mouse (the offscreen platform's key scheme has no Ctrl+Q).
        QVERIFY(clickMenu(m_window.get(), {QStringLiteral("&File"), QStringLiteral("&Quit")}));
        QVERIFY(!m_window->isVisible());
        startWindow();
        QCOMPARE(m_window->nodesView()->model()->rowCount(), 0);
        QVERIFY(clickMenu(m_window.get(),
                          {QStringLiteral("&File"), QStringLiteral("Open &recent"), m_saved}));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->nodesView()->model()->rowCount(), 1, 5000);
        QCOMPARE(cell(m_window->nodesView(), 0, cascade::NodesModel::NameColumn),
                 QStringLiteral("Node A"));
        QTRY_VERIFY_WITH_TIMEOUT(nodeState(0).startsWith(QLatin1String("connected")), 10000);
        QVERIFY(m_window->windowTitle().contains(QLatin1String("journey-profile.json")));
    }

    void anInvalidProfileListsItsProblems() {
        QVERIFY(m_window);
        const QString bad = QFileInfo(m_saved).absolutePath() + QStringLiteral("/broken.json");
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"janus-cascade-profile\", \"version\": 1, \"name\": \"broken\","
                   " \"nodes\": [{\"id\": \"Bad Id\", \"api_url\": \"ws://127.0.0.1:8188\"},"
                   " {\"id\": \"b\", \"api_url\": \"ws://127.0.0.1:8189\"}],"
                   " \"links\": [{\"id\": \"l\", \"source_node\": \"b\", \"source_room\": 1,"
                   " \"target_node\": \"zz\", \"target_room\": 1}]}");
        file.close();

        // Ctrl+O starts where the last profile was saved; the path is typed.
        bool chosen = false;
        QVERIFY(backToWindow(m_window.get()));
        whenModal<QFileDialog>([&](QFileDialog* d) {
            QCOMPARE(QDir(d->directory()).absolutePath(), QFileInfo(m_saved).absolutePath());
            QVERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
            type(QStringLiteral("broken.json"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            chosen = !d->isVisible();
        });
        QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
        QVERIFY(chosen);
        QPointer<ui::ProfileProblemsDialog> problems;
        QTRY_VERIFY_WITH_TIMEOUT((problems = qobject_cast<ui::ProfileProblemsDialog*>(
                                      QApplication::activeModalWidget())),
                                 5000);
        QStringList rows;
        for (int i = 0; i < problems->list()->count(); ++i)
            rows << problems->list()->item(i)->text();
        QVERIFY2(rows.size() >= 2, qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY2(rows.filter(QStringLiteral("Bad Id")).size() == 1,
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY2(rows.filter(QStringLiteral("unknown node 'zz'")).size() == 1,
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(problems->windowTitle().contains(QLatin1String("broken.json")));
        const QRect screen = m_window->screen()->availableGeometry();
        QVERIFY(screen.contains(problems->frameGeometry()));
        QVERIFY(
            problems->grab().save(QDir::tempPath() + QStringLiteral("/jcc-profile-problems.png")));
        QTest::keyClick(problems, Qt::Key_Escape);
        QTRY_VERIFY(!problems || !problems->isVisible());
        // The open profile stays.
        QVERIFY(m_window->windowTitle().contains(QLatin1String("journey-profile.json")));
        QCOMPARE(m_window->nodesView()->model()->rowCount(), 1);
    }
};

// On a laptop-sized screen (1024×700), so that the dialogs' geometry means something.
int main(int argc, char** argv) {
    isolateSettings();
    qputenv("QT_QPA_PLATFORM",
            "offscreen:configfile=" JCC_SOURCE_DIR_LITERAL "/tests/ui/screen-1024x700.json");
    QApplication app(argc, argv);
    TestJourneyProfileLive test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_journey_profile_live.moc"
