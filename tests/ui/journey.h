#pragma once
// Helpers of the journeys: input events only (mouse clicks, keys), plus read-only checks of
// what the window shows, and the main() of a journey on a 1024x700 screen.

#include "translations.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMultiHash>
#include <QScreen>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

namespace journey {

/// Clicks the tab that shows page.
inline void clickTab(QTabWidget* tabs, QWidget* page) {
    const int index = tabs->indexOf(page);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
}

/// What a window manager does when a modal dialog closes: the window below is active again
/// (the offscreen platform has none). Keyboard shortcuts need an active window.
inline bool reactivate(QWidget* window) {
    if (QGuiApplication::focusWindow() != window->windowHandle())
        window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

/// Runs body as soon as a modal dialog of type T is up (opened by what the caller does next,
/// e.g. a click whose slot calls exec()). Returns a flag the caller checks afterwards.
template <typename T>
std::shared_ptr<bool> whenModal(QObject* context, std::function<void(T*)> body) {
    auto done = std::make_shared<bool>(false);
    auto* timer = new QTimer(context);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, context, [timer, body, done] {
        T* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        body(dialog);
        *done = true;
    });
    timer->start();
    return done;
}

/// The mnemonic letter of a text ("Re&move" → 'M'), or 0.
inline QChar mnemonicOf(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

/// Every Alt+letter a window answers right now (menus, tabs, visible buttons, labels with
/// buddies), letter → who; a letter with two owners is a clash.
inline QMultiHash<QChar, QString> visibleMnemonics(QWidget* window) {
    QMultiHash<QChar, QString> out;
    auto add = [&](const QString& text, const QString& who) {
        if (const QChar c = mnemonicOf(text); !c.isNull())
            out.insert(c, who + QLatin1Char(' ') + text);
    };
    if (auto* bar = window->findChild<QMenuBar*>())
        for (QAction* a : bar->actions())
            add(a->text(), QStringLiteral("menu"));
    for (QTabBar* tabs : window->findChildren<QTabBar*>())
        if (tabs->isVisible())
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), QStringLiteral("tab"));
    for (QAbstractButton* b : window->findChildren<QAbstractButton*>())
        if (b->isVisible() && b->isEnabled())
            add(b->text(), QStringLiteral("button"));
    for (QLabel* l : window->findChildren<QLabel*>())
        if (l->isVisible() && l->buddy())
            add(l->text(), QStringLiteral("label"));
    return out;
}

/// Letters claimed by more than one control, with the controls ("" when none).
inline QString mnemonicClashes(QWidget* window) {
    const QMultiHash<QChar, QString> all = visibleMnemonics(window);
    QStringList clashes;
    for (const QChar c : all.uniqueKeys())
        if (all.count(c) > 1)
            clashes << QStringLiteral("Alt+%1: %2")
                           .arg(c)
                           .arg(all.values(c).join(QStringLiteral(" / ")));
    return clashes.join(QLatin1Char('\n'));
}

/// The visible controls of top whose rectangle is not inside area (global coordinates), as
/// "class name x,y wxh" lines. Content inside scroll areas is judged by its scroll area.
inline QStringList controlsOutside(QWidget* top, const QRect& area) {
    QStringList out;
    auto rectOf = [](QWidget* w) { return QRect(w->mapToGlobal(QPoint(0, 0)), w->size()); };
    auto check = [&](QWidget* w) {
        if (!w->isVisible() || w->width() <= 0 || w->height() <= 0)
            return;
        for (QWidget* p = w->parentWidget(); p && p != top; p = p->parentWidget())
            if (auto* scroll = qobject_cast<QAbstractScrollArea*>(p->parentWidget());
                scroll && scroll->viewport() == p)
                return;
        const QRect r = rectOf(w);
        if (!area.contains(r))
            out << QStringLiteral("%1 %2 %3,%4 %5x%6")
                       .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                       .arg(r.x())
                       .arg(r.y())
                       .arg(r.width())
                       .arg(r.height());
    };
    check(top);
    for (QWidget* w : top->findChildren<QWidget*>())
        check(w);
    return out;
}

/// main() of a journey: an offscreen 1024x700 screen (tests/ui/screen-1024x700.json under
/// sourceDir); with isolate, window geometry and recent files of this run only. JCC_LANGUAGE
/// (e.g. zh_CN) runs it in that language, as View > Language would.
template <typename Test> int run(int argc, char** argv, const char* sourceDir, bool isolate) {
    qputenv("QT_QPA_PLATFORM",
            QByteArray("offscreen:configfile=") + sourceDir + "/tests/ui/screen-1024x700.json");
    QTemporaryDir config;
    if (isolate) {
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        QStandardPaths::setTestModeEnabled(true);
    }
    QApplication app(argc, argv);
    if (const QString language = qEnvironmentVariable("JCC_LANGUAGE"); !language.isEmpty())
        if (!i18n::install(&app, language))
            qFatal("no catalogue for %s", qPrintable(language));
    Test test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace journey
