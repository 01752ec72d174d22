// HistoryChart over a real HistoryStore filled with a week of synthetic history, driven by
// input events only: range buttons, the from/to fields, wheel, drag, Shift+drag, arrow keys,
// hover (the tooltip's text), threshold fields, PNG and CSV export through the save dialog.
// With JCC_SCREENSHOT_DIR set, screenshots at 1024×700 and 1400×900 go there.
#include "history/historystore.h"
#include "historychart.h"
#include "historyview.h"
#include "translations.h"

#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <cmath>

using namespace history;

namespace {

constexpr qint64 minute = 60'000;
constexpr qint64 hour = 60 * minute;
// 2026-12-07 18:00 UTC, minute-aligned.
constexpr qint64 now = 1'796'666'400'000;

/// Deterministic noise in [0, 1).
double noise(qint64 i, int salt) {
    quint64 x = quint64(i) * 6364136223846793005ULL + quint64(salt) * 1442695040888963407ULL;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return double(x % 100000) / 100000.0;
}

/// A link's round: a daily swell, noise, a loss burst 6 h ago and a bad spell 14 h ago.
Sample synthetic(qint64 t, double base, int salt) {
    const double hours = double(t - now) / double(hour);
    Sample s;
    s.timeMs = t;
    const double swell = 8 * std::sin(hours / 24 * 2 * M_PI) + 8;
    s.rttMedianMs = base + swell + 4 * noise(t, salt);
    s.rttMinMs = s.rttMedianMs - 2 - 2 * noise(t, salt + 1);
    s.rttP95Ms = s.rttMedianMs + 4 + 10 * noise(t, salt + 2) * noise(t, salt + 3);
    s.rttMaxMs = s.rttP95Ms + 5 * noise(t, salt + 4);
    s.jitterMs = 0.5 + 2 * noise(t, salt + 5);
    double loss = noise(t, salt + 6) < 0.03 ? 0.01 : 0;
    if (hours > -6.3 && hours < -5.8)
        loss = 0.04;
    if (hours > -14.2 && hours < -13.9) {
        loss = 0.25;
        s.rttMedianMs += 30;
        s.rttP95Ms += 60;
    }
    s.lossRatio = loss;
    s.packetsSent = 50;
    s.packetsReceived = qint64(std::lround(50 * (1 - loss)));
    return s;
}

} // namespace

class TestHistoryChart : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    HistoryStore m_store;
    const QString a = key::path(QStringLiteral("a"), QStringLiteral("b"));
    const QString b = key::link(QStringLiteral("b-to-c"));

    void fill() {
        m_store.setClock([] { return now; });
        m_store.setAutoMaintain(false);
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("h.sqlite"))),
                 qPrintable(m_store.error().message));
        // Every minute for the last 26 h, every 10 minutes for the six days before.
        for (qint64 t = now - 7 * 24 * hour; t < now;
             t += t < now - 26 * hour ? 10 * minute : minute)
            QVERIFY(m_store.recordRound({{a, synthetic(t, 18, 1)}, {b, synthetic(t, 42, 7)}}));
        while (m_store.maintain(24 * 60)) {
        }
    }

    static QPoint plotPoint(ui::HistoryChart& chart, double fx, double fy) {
        const QRectF plot = chart.view()->chart()->plotArea();
        return QPoint(int(plot.left() + fx * plot.width()), int(plot.top() + fy * plot.height()));
    }

    static QToolButton* spanButton(ui::HistoryChart& chart, ui::HistoryChart::Span span) {
        return chart.findChild<QToolButton*>(QStringLiteral("span%1").arg(int(span)));
    }

    void saveThroughDialog(const QString& path) {
        QFileDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget())), 5000);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        QTRY_VERIFY(name->hasFocus());
        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(name, path);
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!QApplication::activeModalWidget(), 5000);
    }

    void screenshot(QWidget& w, const QString& name) {
        const QString dir = qEnvironmentVariable("JCC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(100);
        QVERIFY(w.grab().save(dir + QLatin1Char('/') + name));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        fill();
    }

    void rangeButtonsPickTheRange() {
        ui::HistoryChart chart(&m_store, {a});
        chart.resize(1024, 700);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCOMPARE(chart.toMs() - chart.fromMs(), 24 * hour);
        QTRY_VERIFY(chart.view()->shownPoints() > 0);
        QTest::mouseClick(spanButton(chart, ui::HistoryChart::Span::Hour), Qt::LeftButton);
        QCOMPARE(chart.toMs(), now);
        QCOMPARE(chart.fromMs(), now - hour);
        QCOMPARE(chart.view()->shownPoints(), 60); // raw, one a minute
        QTest::mouseClick(spanButton(chart, ui::HistoryChart::Span::Week), Qt::LeftButton);
        QCOMPARE(chart.toMs() - chart.fromMs(), 7 * 24 * hour);
        // A week of minutes, downsampled to the plot's width.
        const int width = chart.view()->viewport()->width();
        QVERIFY2(chart.view()->shownPoints() <= width + 1,
                 qPrintable(QString::number(chart.view()->shownPoints())));
        QVERIFY(chart.view()->shownPoints() > width / 2);
        QTest::mouseClick(spanButton(chart, ui::HistoryChart::Span::Day), Qt::LeftButton);
        QCOMPARE(chart.span(), ui::HistoryChart::Span::Day);
        QCOMPARE(chart.fromMs(), now - 24 * hour);
        screenshot(chart, QStringLiteral("history-24h-1024.png"));
    }

    void customFieldsSetTheRange() {
        ui::HistoryChart chart(&m_store, {a, b});
        chart.resize(1024, 700);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        auto* from = chart.findChild<QDateTimeEdit*>(QStringLiteral("from"));
        const QDateTime wanted = QDateTime::fromMSecsSinceEpoch(now - 3 * hour);
        from->setFocus();
        QTest::keyClick(from, Qt::Key_Home); // the year section
        QTest::keyClicks(from, wanted.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        QTest::keyClick(from, Qt::Key_Tab);
        QCOMPARE(chart.span(), ui::HistoryChart::Span::Custom);
        QVERIFY(spanButton(chart, ui::HistoryChart::Span::Custom)->isChecked());
        QCOMPARE(chart.fromMs(), now - 3 * hour);
        QTRY_COMPARE(chart.view()->lines()[0].rows.first().timeMs, now - 3 * hour);
        QCOMPARE(chart.view()->lines().size(), 2);
    }

    void wheelDragAndKeysZoomAndPan() {
        ui::HistoryChart chart(&m_store, {a});
        chart.resize(1024, 700);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QWidget* viewport = chart.view()->viewport();
        const QPoint middle = plotPoint(chart, 0.5, 0.5);
        // Two notches away from the user: 0.8² of the span, around the pointer.
        QWheelEvent wheel(middle, chart.view()->mapToGlobal(middle), QPoint(), QPoint(0, 240),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &wheel);
        QCOMPARE(chart.span(), ui::HistoryChart::Span::Custom);
        const qint64 span = chart.toMs() - chart.fromMs();
        QVERIFY2(std::abs(double(span) - 0.64 * 24 * hour) < minute,
                 qPrintable(QString::number(span)));
        QVERIFY(std::abs(double(chart.fromMs() + chart.toMs()) / 2 - double(now - 12 * hour)) <
                2 * minute);
        // Drag to the right by a quarter of the plot: a quarter of the span earlier.
        const qint64 before = chart.fromMs();
        QTest::mousePress(viewport, Qt::LeftButton, {}, middle);
        QTest::mouseMove(viewport, plotPoint(chart, 0.625, 0.5));
        QTest::mouseMove(viewport, plotPoint(chart, 0.75, 0.5));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, plotPoint(chart, 0.75, 0.5));
        QVERIFY2(std::abs(double(before - chart.fromMs()) - 0.25 * double(span)) < 2 * minute,
                 qPrintable(QString::number(before - chart.fromMs())));
        QCOMPARE(chart.toMs() - chart.fromMs(), span);
        // Arrow keys pan by a quarter.
        const qint64 beforeKey = chart.fromMs();
        QTest::keyClick(chart.view(), Qt::Key_Right);
        QCOMPARE(chart.fromMs(), beforeKey + span / 4);
        // Shift+drag over the middle fifth zooms to it.
        const qint64 f = chart.fromMs();
        QTest::mousePress(viewport, Qt::LeftButton, Qt::ShiftModifier, plotPoint(chart, 0.4, 0.5));
        QTest::mouseMove(viewport, plotPoint(chart, 0.5, 0.5));
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::ShiftModifier,
                            plotPoint(chart, 0.6, 0.5));
        QVERIFY(std::abs(double(chart.fromMs() - f) - 0.4 * double(span)) < 2 * minute);
        QVERIFY(std::abs(double(chart.toMs() - chart.fromMs()) - 0.2 * double(span)) < 2 * minute);
        // Home: back to the 24 h that were chosen.
        QTest::keyClick(chart.view(), Qt::Key_Home);
        QCOMPARE(chart.span(), ui::HistoryChart::Span::Day);
        QCOMPARE(chart.fromMs(), now - 24 * hour);
    }

    void hoverShowsTheRow() {
        ui::HistoryChart chart(&m_store, {a});
        chart.resize(1024, 700);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QTest::mouseClick(spanButton(chart, ui::HistoryChart::Span::Hour), Qt::LeftButton);
        // The row of 30 minutes ago, at its median's height.
        const Row row = m_store.query(a, now - 30 * minute, now - 29 * minute, Resolution::Raw)[0];
        const QPointF at =
            chart.view()->chart()->mapToPosition(QPointF(double(row.timeMs), row.rttMedianMs));
        QTest::mouseMove(chart.view()->viewport(), at.toPoint());
        QTRY_VERIFY(QToolTip::isVisible());
        const QString text = QToolTip::text();
        QCOMPARE(text, chart.view()->hoverText());
        QVERIFY2(text.contains(a), qPrintable(text));
        QVERIFY(text.contains(QDateTime::fromMSecsSinceEpoch(row.timeMs)
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        QVERIFY2(
            text.contains(
                QStringLiteral("median %1 ms").arg(QLocale().toString(row.rttMedianMs, 'f', 1))),
            qPrintable(text));
        QVERIFY(text.contains(
            QStringLiteral("p95 %1 ms").arg(QLocale().toString(row.rttP95Ms, 'f', 1))));
        QVERIFY(text.contains(
            QStringLiteral("loss %1 %").arg(QLocale().toString(row.lossRatio * 100, 'f', 1))));
        QVERIFY(text.contains(
            QStringLiteral("jitter %1 ms").arg(QLocale().toString(row.jitterMs, 'f', 2))));
        // Outside the plot: no tooltip.
        QTest::mouseMove(chart.view()->viewport(), QPoint(2, 2));
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void exportsPngAndCsv() {
        ui::HistoryChart chart(&m_store, {a, b});
        chart.resize(1024, 700);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        auto* rtt = chart.findChild<QDoubleSpinBox*>(QStringLiteral("rttLimit"));
        rtt->setFocus();
        QTest::keyClick(rtt, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(rtt, QStringLiteral("60"));
        QTest::keyClick(rtt, Qt::Key_Tab);
        QCOMPARE(chart.rttThresholdMs(), 60.0);
        QVERIFY(chart.exportHeader().last().contains(QStringLiteral("RTT 60 ms")));

        const QString png = m_dir.filePath(QStringLiteral("out.png"));
        QTest::mouseClick(chart.findChild<QPushButton*>(QStringLiteral("exportPng")),
                          Qt::LeftButton);
        saveThroughDialog(png);
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1200 && image.height() >= 560);
        QVERIFY2(QFileInfo(png).size() > 30'000,
                 qPrintable(QString::number(QFileInfo(png).size())));
        // Not one colour: the header's text and the lines are there.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);
        if (const QString dir = qEnvironmentVariable("JCC_SCREENSHOT_DIR"); !dir.isEmpty())
            QFile::copy(png, dir + QStringLiteral("/history-export.png"));

        // CSV of the 1-minute aggregates, chosen from the button's menu with keys.
        QTest::mouseClick(spanButton(chart, ui::HistoryChart::Span::Hour), Qt::LeftButton);
        auto* csvButton = chart.findChild<QPushButton*>(QStringLiteral("exportCsv"));
        QVERIFY(csvButton->menu());
        // The button's menu runs its own event loop inside the click: keys go to it from a
        // timer, once it is up.
        bool chosen = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu || chosen)
                return;
            chosen = true;
            QTest::keyClick(menu, Qt::Key_Down);
            QTest::keyClick(menu, Qt::Key_Down);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        poll.start();
        QTest::mouseClick(csvButton, Qt::LeftButton);
        poll.stop();
        QVERIFY(chosen);
        const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
        saveThroughDialog(csv);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 2 * 60); // header, an hour of minutes for both series
        QVERIFY(lines[0].startsWith("series,time_utc,time_ms,resolution"));
        QBuffer expected;
        expected.open(QIODevice::WriteOnly);
        QVERIFY(m_store.exportCsv({a, b}, now - hour, now, Resolution::Minute, &expected));
        QCOMPARE(lines.join('\n'), expected.data().trimmed());
        QVERIFY(lines[1].contains(",1min,"));
    }

    void looksRightAtBothSizes() {
        for (const QSize size : {QSize(1024, 700), QSize(1400, 900)}) {
            ui::HistoryChart chart(&m_store, {a});
            chart.resize(size);
            chart.show();
            QVERIFY(QTest::qWaitForWindowExposed(&chart));
            // Every control inside the widget, none squeezed below its size hint.
            for (QWidget* w : chart.findChildren<QWidget*>()) {
                if (!w->isVisible() ||
                    !(qobject_cast<QAbstractButton*>(w) || qobject_cast<QAbstractSpinBox*>(w)))
                    continue;
                const QRect r(w->mapTo(&chart, QPoint(0, 0)), w->size());
                QVERIFY2(chart.rect().contains(r), qPrintable(w->objectName()));
                QVERIFY2(w->width() >= w->minimumSizeHint().width(), qPrintable(w->objectName()));
            }
            QVERIFY(chart.view()->chart()->plotArea().height() > size.height() / 2);
            // Read again for the shown width: a point per pixel of a day of minutes.
            QTRY_VERIFY(chart.view()->shownPoints() > 800);
            screenshot(chart, QStringLiteral("history-24h-%1.png").arg(size.width()));
            chart.setSeries({a, b});
            screenshot(chart, QStringLiteral("history-24h-overlay-%1.png").arg(size.width()));
        }
    }

    void saysWhenThereIsNoHistory() {
        HistoryStore closed;
        ui::HistoryChart chart(&closed, {a});
        QCOMPARE(chart.view()->note(), QStringLiteral("No monitoring history is open."));
        ui::HistoryChart empty(&m_store, {QStringLiteral("node:nothing")});
        QCOMPARE(empty.view()->note(), QStringLiteral("No history in this range."));
    }

    // Last: the translator stays installed. The Chinese labels fit at 1024×700 too.
    void fitsInChinese() {
        QVERIFY(i18n::install(qApp, QStringLiteral("zh_CN")));
        ui::HistoryChart chart(&m_store, {a});
        chart.resize(1024, 700);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCOMPARE(spanButton(chart, ui::HistoryChart::Span::Hour)->text(), QStringLiteral("1 小时"));
        for (QWidget* w : chart.findChildren<QWidget*>()) {
            if (!w->isVisible() ||
                !(qobject_cast<QAbstractButton*>(w) || qobject_cast<QAbstractSpinBox*>(w)))
                continue;
            const QRect r(w->mapTo(&chart, QPoint(0, 0)), w->size());
            QVERIFY2(chart.rect().contains(r), qPrintable(w->objectName()));
            QVERIFY2(w->width() >= w->minimumSizeHint().width(), qPrintable(w->objectName()));
        }
        screenshot(chart, QStringLiteral("history-24h-zh_CN-1024.png"));
    }
};

QTEST_MAIN(TestHistoryChart)
#include "tst_historychart.moc"
