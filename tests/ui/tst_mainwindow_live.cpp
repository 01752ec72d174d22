// The console window against real Janus servers, offscreen, driven as a user would: add nodes
// in the editor (a bad public address is refused inline), rooms appear, a link made in the
// wizard comes up, a probe fills the chart, a bad profile leaves the window usable, closing
// with unsaved changes asks first. With JCC_SCREENSHOT_DIR set it saves screenshots there.
#include "janusinstance.h"
#include "latencychart.h"
#include "linkspanel.h"
#include "linkwizard.h"
#include "mainwindow.h"
#include "nodeeditordialog.h"
#include "probe/udpreflector.h"
#include "probepanel.h"
#include "profileproblemsdialog.h"
#include "roomspanel.h"
#include "topologyview.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using testsupport::JanusInstance;

namespace {

// Runs `action` on the next modal dialog of type T once it is shown.
template <typename T> void whenModal(std::function<void(T*)> action) {
    QTimer::singleShot(0, [action] {
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<T*>(QApplication::activeModalWidget()) != nullptr,
                                 5000);
        action(qobject_cast<T*>(QApplication::activeModalWidget()));
    });
}

void setText(QWidget* parent, const char* name, const QString& text) {
    auto* edit = parent->findChild<QLineEdit*>(QString::fromLatin1(name));
    QVERIFY2(edit, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestMainWindowLive : public QObject {
    Q_OBJECT
    std::unique_ptr<JanusInstance> m_a, m_b;
    cascade::EventLog m_log;
    std::unique_ptr<cascade::Fleet> m_fleet;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_shots = qEnvironmentVariable("JCC_SCREENSHOT_DIR");
    int m_firstPort = 0;

    void shot(QWidget* widget, const QString& name) {
        if (m_shots.isEmpty())
            return;
        QTest::qWait(300);
        QVERIFY(widget->grab().save(m_shots + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

    void addNode(const QString& id, const QUrl& url, int firstPort, const QString& publicAddress) {
        whenModal<ui::NodeEditorDialog>([=, this](ui::NodeEditorDialog* d) {
            setText(d, "id", id);
            setText(d, "name", QStringLiteral("Node %1").arg(id.toUpper()));
            setText(d, "apiUrl", url.toString());
            // A NAT's public address that is no address at all is refused inline.
            setText(d, "publicAddress", QStringLiteral("300.1.2.3"));
            QVERIFY(!d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
            QCOMPARE(d->findChild<QLabel*>(QStringLiteral("error"))->text(),
                     QStringLiteral("Public address: '300.1.2.3' is not an IP address"));
            setText(d, "publicAddress", publicAddress);
            d->findChild<QCheckBox*>(QStringLiteral("restrictPorts"))->setChecked(true);
            d->findChild<QSpinBox*>(QStringLiteral("lastPort"))->setValue(firstPort + 19);
            d->findChild<QSpinBox*>(QStringLiteral("firstPort"))->setValue(firstPort);
            setText(d, "api_secret", QStringLiteral("gui-test-secret"));
            QVERIFY2(d->problem().isEmpty(), qPrintable(d->problem()));
            if (id == QLatin1String("b"))
                shot(d, QStringLiteral("node-editor"));
            d->accept();
        });
        m_window->addNode();
    }

private Q_SLOTS:
    void initTestCase() {
        JCC_REQUIRE_JANUS();
        QCoreApplication::setOrganizationName(QStringLiteral("JanusCascadeConsoleTests"));
        JanusInstance::Options o;
        o.name = QStringLiteral("a");
        o.apiSecret = QStringLiteral("gui-test-secret");
        o.rooms = {{1234, QStringLiteral("Town hall (publishers)"), {}, false},
                   {2000, QStringLiteral("Lobby"), {}, false},
                   {3000, QStringLiteral("Support desk"), {}, false}};
        m_a = std::make_unique<JanusInstance>(o);
        o.name = QStringLiteral("b");
        o.rooms = {{1234, QStringLiteral("Town hall (cascade copy)"), {}, false}};
        m_b = std::make_unique<JanusInstance>(o);
        QVERIFY(m_a->start());
        QVERIFY(m_b->start());
        m_firstPort = JanusInstance::freeUdpPortBlock(40);
        m_fleet = std::make_unique<cascade::Fleet>(&m_log);
        m_window = std::make_unique<ui::MainWindow>(m_fleet.get());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void nodesAreAddedAndConnect() {
        addNode(QStringLiteral("a"), m_a->apiUrl(), m_firstPort, QStringLiteral("127.0.0.1"));
        addNode(QStringLiteral("b"), m_b->apiUrl(), m_firstPort + 20, QStringLiteral("127.0.0.1"));
        QTableView* nodes = m_window->nodesView();
        QCOMPARE(nodes->model()->rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(nodes->model()->index(1, 1).data().toString().startsWith(
                                     QStringLiteral("connected — Janus")),
                                 10000);
        QVERIFY(m_window->document()->isModified());
        QVERIFY(m_window->windowTitle().contains(QLatin1String("Untitled")));
    }

    void roomsAppear() {
        m_window->tabs()->setCurrentWidget(m_window->rooms());
        m_window->rooms()->showNode(QStringLiteral("a"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->rooms()->roomsModel()->rowCount(), 3, 10000);
        m_window->rooms()->roomsView()->selectRow(0);
        shot(m_window.get(), QStringLiteral("rooms"));
    }

    void linkFromTheWizardComesUp() {
        whenModal<ui::LinkWizard>([](ui::LinkWizard* w) {
            w->preset(QStringLiteral("town-hall"), QStringLiteral("a"), QStringLiteral("1234"),
                      QStringLiteral("b"), QStringLiteral("1234"), false);
            w->next();
            w->next();
            w->accept();
        });
        m_window->newLink();
        auto* model = m_window->links()->model();
        QCOMPARE(model->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(
            model->index(0, cascade::LinksModel::StateColumn).data().toString(),
            QStringLiteral("up"), 10000);
        QVERIFY(model->index(0, cascade::LinksModel::ReasonColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("no publishers")));
        m_window->links()->selectLink(QStringLiteral("town-hall"));
        shot(m_window.get(), QStringLiteral("links"));
        m_window->tabs()->setCurrentWidget(m_window->topology());
        shot(m_window.get(), QStringLiteral("topology"));
    }

    void probeFillsTheChart() {
        m_window->tabs()->setCurrentWidget(m_window->probe());
        ui::ProbePanel* probe = m_window->probe();
        profile::ProbeSettings ps;
        ps.rate = 50;
        ps.count = 150;
        probe->setDefaults(ps);
        QSignalSpy finished(probe, &ui::ProbePanel::probeFinished);
        QVERIFY(probe->run({QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(finished.wait(20000));
        QVERIFY2(probe->verdict().startsWith(QLatin1String("PASS")), qPrintable(probe->verdict()));
        QTRY_VERIFY(probe->chart()->points().size() >= 3);
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("latency.csv"));
        QString error;
        QVERIFY2(probe->chart()->exportCsv(csv, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.first(),
                 QByteArray("seconds,rtt_median_ms,rtt_p95_ms,jitter_ms,loss_percent"));
        QCOMPARE(size_t(lines.size() - 1), probe->chart()->points().size());
        QVERIFY(probe->chart()->exportPng(dir.filePath(QStringLiteral("chart.png"))));
        shot(m_window.get(), QStringLiteral("probe"));
    }

    void reflectorCheck() {
        probe::UdpReflector reflector;
        QVERIFY(reflector.bind(QHostAddress::LocalHost, 0));
        ui::ProbePanel* probe = m_window->probe();
        QSignalSpy finished(probe, &ui::ProbePanel::probeFinished);
        QVERIFY(!probe->runReflector(QStringLiteral("no-port")));
        QVERIFY(probe->runReflector(QStringLiteral("127.0.0.1:%1").arg(reflector.port())));
        QVERIFY(finished.wait(20000));
        QVERIFY2(probe->verdict().startsWith(QLatin1String("PASS")), qPrintable(probe->verdict()));
        QCOMPARE(reflector.echoed(), 150);
    }

    void badProfileLeavesTheWindowUsable() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"version\": 1, \"nodes\": [");
        f.close();
        QVERIFY(!m_window->openProfile(path));
        // The problems are listed in a dialog; closing it leaves the window as it was.
        auto* problems = m_window->findChild<ui::ProfileProblemsDialog*>();
        QVERIFY(problems && problems->isVisible());
        QVERIFY(problems->list()->item(0)->text().contains(QLatin1String("not valid JSON")));
        problems->reject();
        QCOMPARE(m_window->nodesView()->model()->rowCount(), 2); // nothing lost
    }

    void secretsStayOutOfTheProfile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("saved.json"));
        QString error;
        QVERIFY2(m_window->document()->save(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("gui-test-secret"));

        // Reopen it: nodes reconnect (secrets from the store, not the file), the link comes up.
        m_window->document()->newProfile();
        QCOMPARE(m_window->nodesView()->model()->rowCount(), 0);
        QVERIFY(m_window->openProfile(path));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->nodesView()->model()->rowCount(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->nodesView()->model()->index(0, 1).data().toString().startsWith(
                QStringLiteral("connected")),
            10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->links()
                                      ->model()
                                      ->index(0, cascade::LinksModel::StateColumn)
                                      .data()
                                      .toString(),
                                  QStringLiteral("up"), 10000);
        QVERIFY(!m_window->document()->isModified());
        QVERIFY(m_window->windowTitle().contains(QLatin1String("saved.json")));
        m_window->tabs()->setCurrentWidget(m_window->rooms());
        shot(m_window->eventLog(), QStringLiteral("event-log"));
    }

    void closingWithUnsavedChangesAsks() {
        m_window->document()->removeLink(QStringLiteral("town-hall"));
        QVERIFY(m_window->document()->isModified());
        bool asked = false;
        QTimer::singleShot(0, [&asked] {
            QTRY_VERIFY_WITH_TIMEOUT(
                qobject_cast<QMessageBox*>(QApplication::activeModalWidget()) != nullptr, 5000);
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            asked = box->text().contains(QLatin1String("unsaved changes"));
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!m_window->close());
        QVERIFY(asked);
        QVERIFY(m_window->isVisible());
    }
};

QTEST_MAIN(TestMainWindowLive)
#include "tst_mainwindow_live.moc"
