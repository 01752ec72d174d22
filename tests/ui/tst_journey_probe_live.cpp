// Journey 4: a node probe and a path probe run from the Probe tab by mouse and keyboard only,
// against real Janus servers with an API secret, admin keys and room secrets, on a 1024×700
// screen. The chart's x-axis spans the run with round ticks, Pause turns into Resume and really
// freezes the picture, the PNG exported through the file dialog carries title and verdict, the
// CSV export keeps working, a node edit keeps the probe settings while it marks the old result
// stale, every control stays on the screen, and the event log does not double a state's word.
#include "janusinstance.h"
#include "journey.h"
#include "latencychart.h"
#include "mainwindow.h"
#include "probe/udpreflector.h"
#include "probepanel.h"
#include "profile/profileio.h"
#include "statecolors.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QValueAxis>
#include <cmath>

using testsupport::JanusInstance;

namespace {

const QList<QPair<QString, QString>> kSecrets = {
    {QStringLiteral("JCC_A_API_SECRET"), QStringLiteral("probe-journey-api-a-4c1e")},
    {QStringLiteral("JCC_A_ADMIN_KEY"), QStringLiteral("probe-journey-adminkey-a-9b7d")},
    {QStringLiteral("JCC_A_ROOM_SECRET"), QStringLiteral("probe-journey-room-a-13f0")},
    {QStringLiteral("JCC_B_ADMIN_KEY"), QStringLiteral("probe-journey-adminkey-b-2e6a")},
    {QStringLiteral("JCC_B_ROOM_SECRET"), QStringLiteral("probe-journey-room-b-77c2")},
};

QString secretOf(const QString& variable) {
    for (const auto& [name, value] : kSecrets)
        if (name == variable)
            return value;
    return {};
}

/// 1, 2 or 5 × 10^n: a tick interval people read at a glance.
bool isNice(double step) {
    if (!(step > 0))
        return false;
    const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    for (double nice : {1.0, 2.0, 5.0, 10.0})
        if (std::abs(mantissa - nice) < 1e-6)
            return true;
    return false;
}

double tickStep(const QValueAxis* axis) {
    return axis->tickCount() > 1 ? (axis->max() - axis->min()) / (axis->tickCount() - 1) : 0;
}

/// Pixels of the image within `tolerance` of `colour` (per channel).
int pixelsLike(const QImage& image, const QRect& area, const QColor& colour, int tolerance = 40) {
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) <= tolerance &&
                std::abs(c.green() - colour.green()) <= tolerance &&
                std::abs(c.blue() - colour.blue()) <= tolerance)
                ++n;
        }
    return n;
}

} // namespace

class TestJourneyProbeLive : public QObject {
    Q_OBJECT
    std::unique_ptr<JanusInstance> m_a, m_b;
    QTemporaryDir m_dir;
    QString m_profile;
    int m_ports = 0;
    QString m_shots = qEnvironmentVariable("JCC_SCREENSHOT_DIR");

    template <typename T> T* child(QWidget* parent, const char* name) {
        T* w = parent->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        return w;
    }

    /// Opens a combo's popup with a click on its arrow and clicks the item.
    void chooseByMouse(QComboBox* combo, const QString& text) {
        QVERIFY(combo->isVisible() && combo->isEnabled());
        QTest::mouseClick(combo, Qt::LeftButton, {},
                          QPoint(combo->width() - 6, combo->height() / 2));
        QAbstractItemView* view = combo->view();
        QTRY_VERIFY_WITH_TIMEOUT(view->isVisible(), 3000);
        // The popup ignores a release that comes within a double-click time of its opening.
        QTest::qWait(QApplication::doubleClickInterval() + 100);
        const int row = combo->findText(text);
        QVERIFY2(row >= 0, qPrintable(text));
        const QModelIndex item = view->model()->index(row, 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(item).intersected(view->viewport()->rect()).center());
        QTRY_VERIFY_WITH_TIMEOUT(!view->isVisible(), 3000);
        QCOMPARE(combo->currentText(), text);
    }

    /// The combo has the focus: Alt+Down opens its popup, arrows walk to the item, Return.
    void chooseByKeyboard(QComboBox* combo, const QString& text) {
        QVERIFY(combo->hasFocus());
        QTest::keyClick(combo, Qt::Key_Down, Qt::AltModifier);
        QAbstractItemView* view = combo->view();
        QTRY_VERIFY_WITH_TIMEOUT(view->isVisible(), 3000);
        const int row = combo->findText(text);
        QVERIFY2(row >= 0, qPrintable(text));
        QTest::keyClick(view, Qt::Key_Home);
        for (int i = 0; i < row; ++i)
            QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isVisible(), 3000);
        QCOMPARE(combo->currentText(), text);
    }

    /// Alt+key on the window (none: the focus is already there), then types into what has the
    /// focus (a spin box: all selected) and leaves it with Tab.
    void typeInto(QWidget* window, Qt::Key mnemonic, QWidget* expected, const QString& text) {
        if (mnemonic != Qt::Key_unknown)
            QTest::keyClick(window, mnemonic, Qt::AltModifier);
        QTRY_VERIFY(expected->hasFocus() || expected->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), text);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }

    /// Types a path into the save dialog the click opened, then Return.
    void saveThroughDialog(QPushButton* button, const QString& path) {
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QFileDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget())), 5000);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        QVERIFY2(name, "the widget-based dialog's file name field");
        QTRY_VERIFY(name->hasFocus());
        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(name, path);
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 5000);
    }

    void screenshot(QWidget* window, const QString& name) {
        if (m_shots.isEmpty())
            return;
        QTest::qWait(300);
        QVERIFY(window->grab().save(m_shots + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

    /// Every visible control of the panel lies inside the screen.
    void verifyOnScreen(QWidget* panel) {
        const QRect screen = panel->screen()->availableGeometry();
        for (QWidget* w : panel->findChildren<QWidget*>()) {
            if (!w->isVisible() ||
                !(qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) ||
                  qobject_cast<QAbstractSpinBox*>(w)))
                continue;
            const QRect g(w->mapToGlobal(QPoint(0, 0)), w->size());
            QVERIFY2(screen.contains(g),
                     qPrintable(QStringLiteral("%1 '%2' at %3,%4 %5x%6 is off the %7x%8 screen")
                                    .arg(QString::fromLatin1(w->metaObject()->className()),
                                         w->objectName())
                                    .arg(g.x())
                                    .arg(g.y())
                                    .arg(g.width())
                                    .arg(g.height())
                                    .arg(screen.width())
                                    .arg(screen.height())));
        }
    }

private Q_SLOTS:
    void initTestCase() {
        JCC_REQUIRE_JANUS();
        QVERIFY(m_dir.isValid());
        JanusInstance::Options o;
        o.name = QStringLiteral("probe-a");
        o.apiSecret = secretOf(QStringLiteral("JCC_A_API_SECRET"));
        o.adminKey = secretOf(QStringLiteral("JCC_A_ADMIN_KEY"));
        o.rooms = {
            {1234, QStringLiteral("Source"), secretOf(QStringLiteral("JCC_A_ROOM_SECRET")), false}};
        m_a = std::make_unique<JanusInstance>(o);
        o = {};
        o.name = QStringLiteral("probe-b");
        o.adminKey = secretOf(QStringLiteral("JCC_B_ADMIN_KEY"));
        o.rooms = {
            {4321, QStringLiteral("Target"), secretOf(QStringLiteral("JCC_B_ROOM_SECRET")), false}};
        m_b = std::make_unique<JanusInstance>(o);
        QVERIFY(m_a->start());
        QVERIFY(m_b->start());
        for (const auto& [name, value] : kSecrets)
            qputenv(name.toUtf8(), value.toUtf8());

        m_ports = JanusInstance::freeUdpPortBlock(40);
        profile::Profile p;
        p.name = QStringLiteral("probe journey");
        for (const auto& [id, url, first] :
             {std::tuple{QStringLiteral("a"), m_a->apiUrl(), m_ports},
              std::tuple{QStringLiteral("b"), m_b->apiUrl(), m_ports + 20}}) {
            profile::Node n;
            n.id = id;
            n.name = id.toUpper();
            n.apiUrl = url;
            n.bindAddress = QStringLiteral("127.0.0.1");
            n.publicAddress = QStringLiteral("127.0.0.1");
            n.forwardedPorts = profile::PortRange{first, first + 19};
            p.nodes << n;
        }
        // A link between them: a node edit restarts it, and the event log reports its states.
        profile::Link link;
        link.id = QStringLiteral("a-to-b");
        link.sourceNode = QStringLiteral("a");
        link.sourceRoom = janus::Id(1234);
        link.targetNode = QStringLiteral("b");
        link.targetRoom = janus::Id(4321);
        p.links << link;
        p.probe.rate = 20;
        p.probe.count = 100;
        m_profile = m_dir.filePath(QStringLiteral("probe.json"));
        QVERIFY(profile::io::save(m_profile, p));
    }

    void probeFromTheProbeTab() {
        cascade::EventLog log;
        cascade::Fleet fleet(&log);
        ui::MainWindow window(&fleet);
        window.show();
        QCOMPARE(window.screen()->geometry().size(), QSize(1024, 700));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProfile(m_profile));
        for (const QString& id : {QStringLiteral("a"), QStringLiteral("b")})
            QTRY_VERIFY_WITH_TIMEOUT(fleet.node(id) && fleet.node(id)->isReady(), 10000);

        // The Probe tab, by mouse.
        ui::ProbePanel* panel = window.probe();
        QTabBar* tabs = window.tabs()->tabBar();
        QTest::mouseClick(tabs, Qt::LeftButton, {},
                          tabs->tabRect(window.tabs()->indexOf(panel)).center());
        QCOMPARE(window.tabs()->currentWidget(), panel);
        auto* kind = child<QComboBox>(panel, "probeKind");
        auto* from = child<QComboBox>(panel, "probeFrom");
        auto* to = child<QComboBox>(panel, "probeTo");
        auto* duration = child<QDoubleSpinBox>(panel, "probeDuration");
        auto* rate = child<QSpinBox>(panel, "probeRate");
        auto* pause = child<QPushButton>(panel, "probePause");
        auto* png = child<QPushButton>(panel, "probeExportPng");
        auto* csv = child<QPushButton>(panel, "probeExportCsv");
        QVERIFY(kind && from && to && duration && rate && pause && png && csv);
        ui::LatencyChart* chart = panel->chart();

        // The profile's settings are in the fields: 100 packets at 20/s is 5 s.
        QCOMPARE(rate->value(), 20);
        QCOMPARE(duration->value(), 5.0);
        // Before any run: an empty chart over the planned run with round ticks, not "0 0 0 0 1".
        QVERIFY(chart->points().empty());
        QCOMPARE(chart->xAxis()->min(), 0.0);
        QCOMPARE(chart->xAxis()->max(), 5.0);
        QVERIFY(chart->xAxis()->tickCount() >= 3);
        QVERIFY2(isNice(tickStep(chart->xAxis())),
                 qPrintable(QString::number(tickStep(chart->xAxis()))));
        QVERIFY2(isNice(tickStep(chart->yAxis())),
                 qPrintable(QString::number(tickStep(chart->yAxis()))));
        QVERIFY(!png->isEnabled());
        verifyOnScreen(panel);
        screenshot(&window, QStringLiteral("probe-empty-1024x700"));

        // The node: b with the mouse, then a with the keyboard (Alt+D focuses the node field).
        chooseByMouse(from, QStringLiteral("b"));
        QTest::keyClick(&window, Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(from->hasFocus());
        chooseByKeyboard(from, QStringLiteral("a"));
        // Duration 4 s (Alt+I), Tab, rate 25 packets/s, typed.
        typeInto(&window, Qt::Key_I, duration, QStringLiteral("4"));
        QCOMPARE(duration->value(), 4.0);
        typeInto(&window, Qt::Key_unknown, rate, QStringLiteral("25"));
        QCOMPARE(rate->value(), 25);
        QCOMPARE(chart->xAxis()->max(), 4.0);

        // Run (mouse) and wait for the verdict.
        QPushButton* run = nullptr;
        for (QPushButton* b : panel->findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("R&un probe"))
                run = b;
        QVERIFY(run && run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(panel->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 30000);
        QVERIFY2(panel->verdict().startsWith(QStringLiteral("PASS — ")),
                 qPrintable(panel->verdict()));
        QVERIFY2(!panel->verdict().contains(QLatin1String("failed: ")),
                 qPrintable(panel->verdict()));
        // The x-axis spans the 4 s run (the last second may spill over while packets drain),
        // and the data fills it.
        QTRY_VERIFY(chart->shownPoints() >= 3);
        QCOMPARE(chart->xAxis()->min(), 0.0);
        QVERIFY2(chart->xAxis()->max() >= 4.0 && chart->xAxis()->max() <= 6.0,
                 qPrintable(QString::number(chart->xAxis()->max())));
        QVERIFY2(chart->points().back().t + 1 >= 0.6 * chart->xAxis()->max(),
                 qPrintable(QString::number(chart->points().back().t)));
        QVERIFY(isNice(tickStep(chart->xAxis())));
        QVERIFY2(isNice(tickStep(chart->yAxis())),
                 qPrintable(QString::number(tickStep(chart->yAxis()))));
        QVERIFY(panel->exportHeader().join(u'\n').contains(QLatin1String("node a")));

        // Path check A → B: the kind by keyboard (Alt+Y), B by mouse, 8 s, run with Alt+U.
        QTest::keyClick(&window, Qt::Key_Y, Qt::AltModifier);
        QTRY_VERIFY(kind->hasFocus());
        chooseByKeyboard(kind, QStringLiteral("Path check A → B"));
        QVERIFY(to->isVisible());
        chooseByMouse(to, QStringLiteral("b"));
        QCOMPARE(from->currentText(), QStringLiteral("a"));
        typeInto(&window, Qt::Key_I, duration, QStringLiteral("8"));
        // A mnemonic clicks the button after a short animation.
        QTest::keyClick(&window, Qt::Key_U, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isRunning(), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(chart->shownPoints() >= 2, 20000);
        QCOMPARE(chart->xAxis()->max(), 8.0);

        // Pause (mouse): the button reads Resume and the picture stands while data comes in.
        QCOMPARE(pause->text(), QStringLiteral("Pau&se"));
        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(pause->text(), QStringLiteral("Resu&me"));
        QVERIFY(chart->isPaused());
        const int frozen = chart->shownPoints();
        const size_t had = chart->points().size();
        QTRY_VERIFY_WITH_TIMEOUT(chart->points().size() >= had + 2, 5000);
        QTest::qWait(300);
        QCOMPARE(chart->shownPoints(), frozen);
        // Resume (Alt+M): live again, with what came meanwhile.
        QTest::keyClick(&window, Qt::Key_M, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(pause->text(), QStringLiteral("Pau&se"), 2000);
        QVERIFY(!chart->isPaused());
        QTRY_VERIFY_WITH_TIMEOUT(chart->shownPoints() > frozen, 2000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 30000);
        QVERIFY2(panel->verdict().startsWith(QStringLiteral("PASS — ")),
                 qPrintable(panel->verdict()));
        QVERIFY(chart->xAxis()->max() >= 8.0 && chart->xAxis()->max() <= 10.0);
        verifyOnScreen(panel);
        screenshot(&window, QStringLiteral("probe-1024x700"));

        // Export PNG through the dialog, the name typed without ".png".
        const QStringList header = panel->exportHeader();
        const QString headerText = header.join(u'\n');
        QVERIFY2(headerText.contains(QLatin1String("latency probe")), qPrintable(headerText));
        QVERIFY2(headerText.contains(QStringLiteral("path a → b")), qPrintable(headerText));
        QVERIFY2(headerText.contains(QDate::currentDate().toString(Qt::ISODate)),
                 qPrintable(headerText));
        QVERIFY2(headerText.contains(QStringLiteral("PASS — RTT median")), qPrintable(headerText));
        for (const auto& [name, value] : kSecrets)
            QVERIFY2(!headerText.contains(value) && !panel->verdict().contains(value),
                     qPrintable(name));
        const QString pngPath = m_dir.filePath(QStringLiteral("journey-probe"));
        saveThroughDialog(png, pngPath);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pngPath + QStringLiteral(".png")), 5000);
        if (!m_shots.isEmpty() &&
            (QFile::remove(m_shots + QStringLiteral("/probe-export.png")) || true))
            QFile::copy(pngPath + QStringLiteral(".png"),
                        m_shots + QStringLiteral("/probe-export.png"));
        QImage exported(pngPath + QStringLiteral(".png"));
        QVERIFY(!exported.isNull());
        exported = exported.convertToFormat(QImage::Format_RGB32);
        // The image is the chart with a header band above it; the band carries text, and the
        // verdict line in the PASS colour.
        const QImage bare =
            chart->renderImage(chart->exportSize()).convertToFormat(QImage::Format_RGB32);
        QVERIFY(bare.width() >= 1000 && bare.height() >= 450);
        QCOMPARE(exported.width(), bare.width());
        const int band = exported.height() - bare.height();
        QVERIFY2(band >= 4 * QFontMetrics(panel->font()).height(),
                 qPrintable(QStringLiteral("header band %1 px").arg(band)));
        QCOMPARE(exported.copy(0, band, bare.width(), bare.height()), bare);
        const QRect header_(0, 0, exported.width(), band);
        const QColor background = exported.pixelColor(1, 1);
        const int textPixels =
            header_.width() * header_.height() - pixelsLike(exported, header_, background, 60);
        QVERIFY2(textPixels > 800, qPrintable(QString::number(textPixels)));
        const int verdictPixels =
            pixelsLike(exported, header_, ui::stateColor(ui::State::Good), 50);
        QVERIFY2(verdictPixels > 60, qPrintable(QString::number(verdictPixels)));
        // No verdict colour in the chart's own top band: the header is what carries it.
        QVERIFY(pixelsLike(bare, QRect(0, 0, bare.width(), band), ui::stateColor(ui::State::Good),
                           50) < verdictPixels / 4);

        // CSV through its dialog.
        const QString csvPath = m_dir.filePath(QStringLiteral("journey-probe.csv"));
        saveThroughDialog(csv, csvPath);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(csvPath), 5000);
        QFile f(csvPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.first(),
                 QByteArray("seconds,rtt_median_ms,rtt_p95_ms,jitter_ms,loss_percent"));
        QCOMPARE(size_t(lines.size() - 1), chart->points().size());

        // 1400×900 as well, for the screenshot.
        const QSize small = window.size();
        window.resize(1400, 900);
        screenshot(&window, QStringLiteral("probe-1400x900"));
        window.resize(small);

        // Edit node b (double-click its row; in the dialog, one port fewer, OK): the probe's
        // settings stay, the result is marked stale.
        QTableView* nodes = window.nodesView();
        int rowB = -1;
        for (int r = 0; r < nodes->model()->rowCount(); ++r)
            if (nodes->model()->index(r, 0).data().toString() == QLatin1String("b") ||
                nodes->model()->index(r, 0).data().toString().startsWith(QLatin1String("B")))
                rowB = r;
        QVERIFY(rowB >= 0);
        bool edited = false;
        QTimer::singleShot(0, this, [&edited, this] {
            QWidget* dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((dialog = QApplication::activeModalWidget()), 5000);
            auto* last = dialog->findChild<QSpinBox*>(QStringLiteral("lastPort"));
            QVERIFY(last);
            QTest::mouseClick(last, Qt::LeftButton);
            QTest::keyClick(last, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(last, QString::number(m_ports + 20 + 18));
            auto* buttons = dialog->findChild<QDialogButtonBox*>();
            QVERIFY(buttons && buttons->button(QDialogButtonBox::Ok)->isEnabled());
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
            edited = true;
        });
        const QRect cell = nodes->visualRect(nodes->model()->index(rowB, 0));
        QTest::mouseClick(nodes->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(nodes->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY_WITH_TIMEOUT(edited, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(fleet.nodeSpec(QStringLiteral("b")) &&
                                     fleet.nodeSpec(QStringLiteral("b"))->lastPort ==
                                         m_ports + 20 + 18,
                                 5000);
        QCOMPARE(kind->currentText(), QStringLiteral("Path check A → B"));
        QCOMPARE(from->currentText(), QStringLiteral("a"));
        QCOMPARE(to->currentText(), QStringLiteral("b"));
        QCOMPARE(duration->value(), 8.0);
        QCOMPARE(rate->value(), 25);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isStale(), 2000);
        QVERIFY2(panel->verdict().startsWith(QLatin1String("Stale: node b changed")),
                 qPrintable(panel->verdict()));
        QVERIFY(panel->exportHeader().join(u'\n').contains(QLatin1String("Stale")));
        verifyOnScreen(panel);
        screenshot(&window, QStringLiteral("probe-stale-1024x700"));

        // A long run, cancelled (mouse): the verdict says so in a sentence, not "FAIL — …".
        // Offscreen has no window manager to give the window back its activation when the
        // dialog closes: do what it would.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        typeInto(&window, Qt::Key_I, duration, QStringLiteral("60"));
        QTest::keyClick(&window, Qt::Key_U, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isRunning(), 2000);
        QVERIFY(!panel->isStale());
        QCOMPARE(chart->xAxis()->max(), 60.0);
        QTRY_VERIFY_WITH_TIMEOUT(chart->points().size() >= 2, 20000);
        QPushButton* cancel = nullptr;
        for (QPushButton* b : panel->findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("&Cancel"))
                cancel = b;
        QVERIFY(cancel && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 15000);
        QVERIFY2(panel->verdict().startsWith(QLatin1String("Cancelled after ")),
                 qPrintable(panel->verdict()));
        QVERIFY2(panel->exportHeader().join(u'\n').contains(QStringLiteral("CANCELLED — ")),
                 qPrintable(panel->exportHeader().join(u'\n')));

        // A reflector check: the kind by mouse, the echo's address typed (Alt+H), 2 s at 25/s.
        probe::UdpReflector reflector;
        QVERIFY(reflector.bind(QHostAddress::LocalHost, 0));
        chooseByMouse(kind, QStringLiteral("Reflector check"));
        auto* echo = child<QLineEdit>(panel, "probeReflector");
        QVERIFY(echo && echo->isVisible() && !from->isVisible() && !to->isVisible());
        QTest::keyClick(&window, Qt::Key_H, Qt::AltModifier);
        QTRY_VERIFY(echo->hasFocus());
        QTest::keyClicks(echo, QStringLiteral("127.0.0.1:%1").arg(reflector.port()));
        typeInto(&window, Qt::Key_I, duration, QStringLiteral("2"));
        verifyOnScreen(panel);
        QTest::keyClick(&window, Qt::Key_U, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isRunning(), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 20000);
        QVERIFY2(panel->verdict().startsWith(QStringLiteral("PASS — ")),
                 qPrintable(panel->verdict()));
        QCOMPARE(reflector.echoed(), 50);
        QVERIFY(panel->exportHeader().first().contains(QLatin1String("reflector 127.0.0.1:")));

        // The event log reads naturally: a state followed by a reason that starts with the same
        // word is not doubled, and a tooltip says what the cell does not (never a repeat).
        log.info(QStringLiteral("a-to-b"),
                 QStringLiteral("stopped: stopped; nothing of this link is left on the servers"));
        auto* logView = window.eventLog()->findChild<QTableView*>();
        QVERIFY(logView);
        QAbstractItemModel* shown = logView->model();
        const int last = shown->rowCount() - 1;
        QCOMPARE(shown->index(last, cascade::EventLog::TextColumn).data().toString(),
                 QStringLiteral("stopped; nothing of this link is left on the servers"));
        QVERIFY(shown->index(last, cascade::EventLog::TextColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .isEmpty());
        const QString when =
            shown->index(last, cascade::EventLog::TimeColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(!when.isEmpty() &&
                     when != shown->index(last, cascade::EventLog::TimeColumn).data().toString(),
                 qPrintable(when));
    }
};

// On a laptop-sized screen (1024×700), so that the geometry assertions mean something.
int main(int argc, char** argv) {
    return journey::run<TestJourneyProbeLive>(argc, argv, JCC_SOURCE_DIR_LITERAL, false);
}
#include "tst_journey_probe_live.moc"
