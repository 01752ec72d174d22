// Journeys 1, 3 and 6, by mouse and keyboard only, against two real Janus servers whose rooms
// have secrets, on a 1024×700 screen:
//  1. from an empty window, two nodes are added by typing into the node dialog (the first field
//     has the focus, no error shows before any input, a URL without scheme says to add ws://,
//     Detect from server fills the NAT fields in Add mode) and both connect;
//  3. a link made in the wizard is up; editing its target node (Detect's suggestion applied in
//     Edit mode) brings it back up by itself within 10 s, with a reason whenever it is pending
//     and no blank row in the links table;
//  6. the target's Janus is killed: its state counts down live, "Connection refused" shows under
//     the warnings-only filter, and once Janus runs again Reconnect now (Ctrl+Shift+R on the
//     nodes table) connects at once.
#include "cascade/linkcontroller.h"
#include "janusinstance.h"
#include "linkspanel.h"
#include "linkwizard.h"
#include "nodejourney.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>

using testsupport::JanusInstance;
using namespace nodejourney;

namespace {

const QString kRoomSecret = QStringLiteral("journey-nodes-room-secret");

// "reconnecting in 7 s — …" → 7; -1 for any other state.
int countdown(const QString& state) {
    static const QRegularExpression re(QStringLiteral("^reconnecting in (\\d+) s"));
    const auto m = re.match(state);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestJourneyNodesLive : public QObject {
    Q_OBJECT
    std::unique_ptr<JanusInstance> m_a, m_b;
    cascade::EventLog m_log;
    std::unique_ptr<cascade::Fleet> m_fleet;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_shots =
        QDir::tempPath() + QStringLiteral("/jcc-journey-nodes-") +
        (qEnvironmentVariableIsEmpty("JCC_JOURNEY_SCREEN") ? QStringLiteral("1024x700")
                                                           : QStringLiteral("other"));

    QTableView* nodes() { return m_window->nodesView(); }
    QWidget* nodesPane() { return m_window->findChild<QWidget*>(QStringLiteral("nodesPane")); }
    QTableView* linksTable() { return m_window->links()->findChild<QTableView*>(); }
    QString nodeState(const QString& name) {
        const int row = rowOf(nodes(), name);
        return row < 0 ? QString() : cell(nodes(), row, cascade::NodesModel::StateColumn);
    }
    QString linkState() { return cell(linksTable(), 0, cascade::LinksModel::StateColumn); }

    void shot(QWidget* widget, const QString& name) {
        QDir().mkpath(m_shots);
        QVERIFY(widget->grab().save(m_shots + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

    // A dialog's frame lies inside the screen; the main window (whose placement another part of
    // issue 11 owns) fits in it.
    void assertOnScreen(QWidget* widget) {
        const QRect screen = widget->screen()->availableGeometry();
        const QRect g = qobject_cast<QMainWindow*>(widget) ? QRect(screen.topLeft(), widget->size())
                                                           : widget->frameGeometry();
        QVERIFY2(screen.contains(g),
                 qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 on a %6x%7 screen")
                                .arg(widget->objectName())
                                .arg(g.x())
                                .arg(g.y())
                                .arg(g.width())
                                .arg(g.height())
                                .arg(screen.width())
                                .arg(screen.height())));
    }

    // Adds a node through Add… by typing; Detect fills the NAT fields, or the public address is
    // typed.
    void addNode(const QString& id, JanusInstance* janus, bool detect) {
        bool done = false;
        whenModal<ui::NodeEditorDialog>([&](ui::NodeEditorDialog* d) {
            auto* error = d->findChild<QLabel*>(QStringLiteral("error"));
            auto* ok = d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QCOMPARE(d->windowTitle(), QStringLiteral("Add node"));
            // No error before any input, though the empty form is not valid.
            QCOMPARE(error->text(), QString());
            QVERIFY(!d->problem().isEmpty());
            if (!detect) {
                // OK on the empty form: the dialog stays, says what is missing, and the id
                // field takes the focus.
                QVERIFY(ok->isEnabled());
                QTest::mouseClick(ok, Qt::LeftButton);
                QVERIFY(d->isVisible());
                QVERIFY2(error->text().startsWith(QLatin1String("Id:")), qPrintable(error->text()));
                QVERIFY(!ok->isEnabled());
            }
            const QString schemeError = typeNode(d, id, janus->apiUrl());
            QVERIFY2(schemeError.contains(QLatin1String("add ws://, wss://, http:// or https://")),
                     qPrintable(schemeError));
            QVERIFY2(!schemeError.contains(QLatin1String("'' is not a URL")),
                     qPrintable(schemeError));
            QCOMPARE(error->text(), QString());
            clickAndType(d->findChild<QLineEdit*>(QStringLiteral("room_secret")), kRoomSecret);
            auto* bind = d->findChild<QLineEdit*>(QStringLiteral("bindAddress"));
            auto* publicAddress = d->findChild<QLineEdit*>(QStringLiteral("publicAddress"));
            if (detect) {
                // Add mode: the dialog asks the typed URL itself; nothing to save first.
                QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("detect")),
                                  Qt::LeftButton);
                auto* result = d->findChild<QLabel*>(QStringLiteral("detectResult"));
                QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("local-ip")), 10000);
                QVERIFY2(!result->text().contains(QLatin1String("save")),
                         qPrintable(result->text()));
                QCOMPARE(publicAddress->text(), QStringLiteral("127.0.0.1"));
                QVERIFY2(!bind->text().isEmpty(), qPrintable(result->text()));
                QVERIFY2(result->text().contains(bind->text()), qPrintable(result->text()));
                assertOnScreen(d);
                shot(d, QStringLiteral("add-node-detected"));
            } else {
                clickAndType(publicAddress, QStringLiteral("127.0.0.1"));
            }
            QVERIFY2(ok->isEnabled(), qPrintable(error->text()));
            QTest::mouseClick(ok, Qt::LeftButton);
            QVERIFY(!d->isVisible());
            done = true;
        });
        QPushButton* add = button(nodesPane(), QStringLiteral("&Add…"));
        QVERIFY(add);
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(done);
    }

private Q_SLOTS:
    void initTestCase() {
        JCC_REQUIRE_JANUS();
        JanusInstance::Options o;
        o.name = QStringLiteral("nodes-a");
        o.rooms = {{1234, QStringLiteral("Town hall"), kRoomSecret, false}};
        m_a = std::make_unique<JanusInstance>(o);
        o.name = QStringLiteral("nodes-b");
        o.rooms = {{1234, QStringLiteral("Copy"), kRoomSecret, false}};
        m_b = std::make_unique<JanusInstance>(o);
        QVERIFY(m_a->start());
        QVERIFY(m_b->start());
        m_fleet = std::make_unique<cascade::Fleet>(&m_log);
        m_window = std::make_unique<ui::MainWindow>(m_fleet.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        if (qEnvironmentVariableIsEmpty("JCC_JOURNEY_SCREEN"))
            QCOMPARE(m_window->screen()->geometry().size(), QSize(1024, 700));
    }

    // Journey 1.
    void addTwoNodesByTyping() {
        QCOMPARE(nodes()->model()->rowCount(), 0);
        addNode(QStringLiteral("a"), m_a.get(), true);
        addNode(QStringLiteral("b"), m_b.get(), false);
        QCOMPARE(nodes()->model()->rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(
            nodeState(QStringLiteral("Node A")).startsWith(QLatin1String("connected")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            nodeState(QStringLiteral("Node B")).startsWith(QLatin1String("connected")), 10000);
        assertOnScreen(m_window.get());
    }

    // Journey 3.
    void editingANodeBringsItsLinkBackUp() {
        QTabBar* tabs = m_window->tabs()->tabBar();
        const int linksTab = m_window->tabs()->indexOf(m_window->links());
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(linksTab).center());
        QCOMPARE(m_window->tabs()->currentIndex(), linksTab);

        bool made = false;
        whenModal<ui::LinkWizard>([&](ui::LinkWizard* wizard) {
            QComboBox* room = nullptr;
            for (QComboBox* combo : wizard->findChildren<QComboBox*>())
                if (combo->isEditable())
                    room = combo;
            QVERIFY(room);
            QTRY_VERIFY_WITH_TIMEOUT(room->findText(QStringLiteral("1234")) >= 0, 10000);
            QTest::mouseClick(room, Qt::LeftButton, {},
                              QPoint(room->width() - 6, room->height() / 2));
            QTRY_VERIFY_WITH_TIMEOUT(room->view()->isVisible(), 3000);
            QTest::qWait(QApplication::doubleClickInterval() + 100);
            const QModelIndex item =
                room->view()->model()->index(room->findText(QStringLiteral("1234")), 0);
            QTest::mouseClick(room->view()->viewport(), Qt::LeftButton, {},
                              room->view()->visualRect(item).center());
            QTRY_COMPARE_WITH_TIMEOUT(room->currentText(), QStringLiteral("1234"), 3000);
            QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
            QTest::keyClick(wizard, Qt::Key_M, Qt::AltModifier);
            type(QStringLiteral("1234"));
            QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
            QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
            made = !wizard->isVisible();
        });
        QPushButton* newLink = button(m_window->links(), QStringLiteral("Ne&w link…"));
        QVERIFY(newLink);
        QTest::mouseClick(newLink, Qt::LeftButton);
        QVERIFY(made);
        QCOMPARE(linksTable()->model()->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(linkState(), QStringLiteral("up"), 20000);

        // Every state the link passes through after the edit, with its reason.
        QStringList seen;
        QObject recording; // the connection ends with this test function
        connect(m_fleet.get(), &cascade::Fleet::linkStateChanged, &recording,
                [&](const QString& id) {
                    if (const cascade::LinkController* l = m_fleet->link(id))
                        seen << cascade::LinkController::stateName(l->state()) +
                                    QStringLiteral(": ") + l->reason();
                });
        const int logBefore = m_log.rowCount();

        // Edit B by mouse: the name has the focus; Detect's suggestion is applied to a field
        // that holds something else.
        clickRow(nodes(), rowOf(nodes(), QStringLiteral("Node B")));
        bool edited = false;
        whenModal<ui::NodeEditorDialog>([&](ui::NodeEditorDialog* d) {
            QCOMPARE(QApplication::focusWidget(), d->findChild<QLineEdit*>(QStringLiteral("name")));
            QCOMPARE(d->findChild<QLabel*>(QStringLiteral("error"))->text(), QString());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
            type(QStringLiteral(" (edited)"));
            auto* publicAddress = d->findChild<QLineEdit*>(QStringLiteral("publicAddress"));
            clickAndType(publicAddress, QStringLiteral("127.0.0.2"));
            QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("detect")), Qt::LeftButton);
            auto* use = d->findChild<QPushButton*>(QStringLiteral("useDetectedPublic"));
            QTRY_VERIFY_WITH_TIMEOUT(use->isVisible(), 10000);
            QCOMPARE(use->text(), QStringLiteral("Use 127.0.0.1 as public"));
            shot(d, QStringLiteral("edit-node-detected"));
            QTest::mouseClick(use, Qt::LeftButton);
            QCOMPARE(publicAddress->text(), QStringLiteral("127.0.0.1"));
            QVERIFY(!use->isVisible());
            QTest::mouseClick(d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
            edited = !d->isVisible();
        });
        QTest::mouseClick(button(nodesPane(), QStringLiteral("&Edit…")), Qt::LeftButton);
        QVERIFY(edited);
        QVERIFY(rowOf(nodes(), QStringLiteral("Node B (edited)")) >= 0);

        QElapsedTimer clock;
        clock.start();
        // No blank row: the table shows the one link, every cell filled.
        QCOMPARE(linksTable()->model()->rowCount(), 1);
        QCOMPARE(linksTable()->verticalHeader()->count(), 1);
        QVERIFY(!cell(linksTable(), 0, cascade::LinksModel::LinkColumn).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(linkState(), QStringLiteral("up"), 10000);
        qInfo() << "link back up" << clock.elapsed() << "ms after the edit:" << seen;
        QCOMPARE(linksTable()->model()->rowCount(), 1);
        QCOMPARE(linksTable()->verticalHeader()->count(), 1);
        for (const QString& s : std::as_const(seen))
            QVERIFY2(!s.startsWith(QLatin1String("pending")) || !s.endsWith(QLatin1String(": ")),
                     qPrintable(seen.join(QLatin1String(" | "))));
        QVERIFY2(!seen.isEmpty(), "nothing logged about the link after the edit");
        QVERIFY(m_log.rowCount() > logBefore);
        shot(m_window.get(), QStringLiteral("links-after-edit"));
    }

    // Journey 6.
    void reconnectNowAfterJanusComesBack() {
        m_b->kill();
        const QString b = QStringLiteral("Node B (edited)");
        // Wait for a countdown long enough to watch (the backoff doubles: 0.5, 1, 2, 4, 8 s).
        QTRY_VERIFY_WITH_TIMEOUT(countdown(nodeState(b)) >= 4, 30000);
        const QString before = nodeState(b);
        QVERIFY2(before.contains(QLatin1String("refused"), Qt::CaseInsensitive),
                 qPrintable(before));
        // The countdown counts down on screen, without any other event.
        QSignalSpy repaints(nodes()->model(), &QAbstractItemModel::dataChanged);
        QTest::qWait(2100);
        const QString after = nodeState(b);
        QVERIFY2(countdown(after) >= 0 && countdown(after) <= countdown(before) - 2,
                 qPrintable(before + QStringLiteral(" → ") + after));
        QVERIFY(repaints.size() >= 2);
        shot(m_window.get(), QStringLiteral("reconnect-countdown"));

        // The refused connection is a warning: the warnings-only filter shows it.
        auto* problemsOnly = m_window->eventLog()->findChild<QCheckBox*>();
        QVERIFY(problemsOnly);
        QTest::mouseClick(problemsOnly, Qt::LeftButton, {}, QPoint(8, problemsOnly->height() / 2));
        QVERIFY(problemsOnly->isChecked());
        QTableView* logView = m_window->eventLog()->findChild<QTableView*>();
        bool refusedShown = false;
        for (int row = 0; row < logView->model()->rowCount(); ++row)
            if (cell(logView, row, cascade::EventLog::SourceColumn) == QLatin1String("b") &&
                cell(logView, row, cascade::EventLog::TextColumn)
                    .contains(QLatin1String("Connection refused"), Qt::CaseInsensitive))
                refusedShown = true;
        QVERIFY2(refusedShown, qPrintable(m_log.toText().right(2000)));
        // One source name per node: its id.
        for (int row = 0; row < m_log.rowCount(); ++row)
            QVERIFY2(!m_log.entry(row).source.startsWith(QLatin1String("node ")),
                     qPrintable(m_log.entry(row).source));
        QTest::mouseClick(problemsOnly, Qt::LeftButton, {}, QPoint(8, problemsOnly->height() / 2));

        // Janus runs again; long before the countdown ends, Reconnect now (Ctrl+Shift+R on the
        // nodes table) connects.
        QVERIFY(backToWindow(m_window.get()));
        clickRow(nodes(), rowOf(nodes(), b));
        QTRY_VERIFY(nodes()->hasFocus());
        QTRY_VERIFY_WITH_TIMEOUT(countdown(nodeState(b)) >= 6, 40000);
        QVERIFY(m_b->start());
        const int left = countdown(nodeState(b));
        QVERIFY2(left >= 2,
                 qPrintable(QStringLiteral("Janus took too long to start: %1").arg(nodeState(b))));
        QVERIFY(button(nodesPane(), QStringLiteral("Reconnect n&ow"))->isEnabled());
        QElapsedTimer pressed;
        pressed.start();
        QTest::keyClick(nodes(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(nodeState(b).startsWith(QLatin1String("connected")), 3000);
        QVERIFY2(pressed.elapsed() < (left - 1) * 1000,
                 qPrintable(QStringLiteral("connected %1 ms after the press, the countdown "
                                           "said %2 s")
                                .arg(pressed.elapsed())
                                .arg(left)));
        QVERIFY(m_log.toText().contains(QLatin1String("reconnecting now")));
        QVERIFY(!button(nodesPane(), QStringLiteral("Reconnect n&ow"))->isEnabled());
        // And the link through it comes back by itself.
        QTRY_COMPARE_WITH_TIMEOUT(linkState(), QStringLiteral("up"), 15000);
        assertOnScreen(m_window.get());
    }
};

// On a laptop-sized screen (1024×700), so that the geometry assertions mean something.
int main(int argc, char** argv) {
    isolateSettings();
    // JCC_JOURNEY_SCREEN=<screen config>: the same journey on another screen (screenshots).
    const QByteArray screen =
        qEnvironmentVariableIsEmpty("JCC_JOURNEY_SCREEN")
            ? QByteArray(JCC_SOURCE_DIR_LITERAL "/tests/ui/screen-1024x700.json")
            : qgetenv("JCC_JOURNEY_SCREEN");
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + screen);
    QApplication app(argc, argv);
    TestJourneyNodesLive test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_journey_nodes_live.moc"
