// Helpers of the node and profile journeys: the window reached only through input events.
#pragma once

#include "journey.h"
#include "mainwindow.h"
#include "nodeeditordialog.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

namespace nodejourney {

/// QSettings, recent files and the profiles folder of the test live in a temporary home, so a
/// journey neither reads nor changes the user's. Call before the QApplication exists.
inline QString isolateSettings() {
    static QTemporaryDir home;
    for (const char* var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(var, QDir(home.path()).filePath(QString::fromLatin1(var)).toUtf8());
    return home.path();
}

/// Runs `action` on the next modal dialog of type T once it is shown. If the action returns
/// (or fails) with the dialog still open, the dialog is rejected so the test cannot hang.
template <typename T> void whenModal(std::function<void(T*)> action, int timeoutMs = 10000) {
    QTimer::singleShot(0, [action, timeoutMs] {
        QTRY_VERIFY2_WITH_TIMEOUT(qobject_cast<T*>(QApplication::activeModalWidget()) != nullptr,
                                  QApplication::activeModalWidget()
                                      ? QApplication::activeModalWidget()->metaObject()->className()
                                      : "no modal dialog",
                                  timeoutMs);
        T* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        // Keys go to the active window: wait until the dialog is it.
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isAncestorOf(QApplication::focusWidget()), 2000);
        QPointer<T> guard(dialog);
        const auto closeIfOpen = qScopeGuard([guard] {
            if (guard && guard->isVisible())
                guard->reject();
        });
        action(dialog);
    });
}

/// The offscreen platform has no window manager: when a dialog closes, no window becomes
/// active again, so keys and shortcuts would reach nothing (see journey::reactivate).
inline bool backToWindow(QWidget* window) {
    return journey::reactivate(window);
}

/// The push button of `parent` showing `text` (mnemonic included), or null.
inline QPushButton* button(QWidget* parent, const QString& text) {
    for (QPushButton* b : parent->findChildren<QPushButton*>())
        if (b->text() == text && b->isVisible())
            return b;
    return nullptr;
}

/// Types into the focused widget, as keys.
inline void type(const QString& text) {
    QTest::keyClicks(QApplication::focusWidget(), text);
}

/// Clicks a field with the mouse (it takes the focus), selects what it holds and types over it.
inline void clickAndType(QWidget* field, const QString& text) {
    QTest::mouseClick(field, Qt::LeftButton, {}, QPoint(field->width() / 2, field->height() / 2));
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Delete);
    else
        QTest::keyClicks(field, text);
}

/// The row of a table view whose first column shows `text`, or -1.
inline int rowOf(QTableView* view, const QString& text) {
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, 0).data().toString() == text)
            return row;
    return -1;
}

inline QString cell(QTableView* view, int row, int column) {
    return view->model()->index(row, column).data().toString();
}

/// Clicks a row of a table by mouse (it becomes the current row).
inline void clickRow(QTableView* view, int row, int column = 0) {
    const QRect rect = view->visualRect(view->model()->index(row, column));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

/// Opens a menu bar menu by mouse and clicks the action `path` names, through submenus.
/// Returns false when an entry is missing. The last entry may be triggered after a modal
/// dialog closes: the click returns when the action's slot does.
inline bool clickMenu(QMainWindow* window, const QStringList& path) {
    QMenuBar* bar = window->menuBar();
    QAction* top = nullptr;
    for (QAction* a : bar->actions())
        if (a->text() == path.first())
            top = a;
    if (!top)
        return false;
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(top).center());
    QMenu* menu = top->menu();
    for (int i = 1; i < path.size(); ++i) {
        if (!QTest::qWaitFor([menu] { return menu->isVisible(); }, 3000))
            return false;
        QAction* item = nullptr;
        for (QAction* a : menu->actions())
            if (a->text() == path.at(i))
                item = a;
        if (!item || !item->isEnabled())
            return false;
        // A popup ignores a release that comes within a double-click time of its opening.
        QTest::qWait(QApplication::doubleClickInterval() + 50);
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(item).center());
        menu = item->menu();
        if (!menu)
            return i == path.size() - 1;
    }
    return false;
}

/// In the add-node dialog that has just opened: types id, name and URL into the fields as a
/// person does (the id field has the focus, Tab moves on), the URL first without its scheme
/// (the dialog says to add ws://), then fixes it. Returns the error the scheme-less URL gave.
inline QString typeNode(ui::NodeEditorDialog* d, const QString& id, const QUrl& url) {
    auto* idEdit = d->findChild<QLineEdit*>(QStringLiteral("id"));
    auto* urlEdit = d->findChild<QLineEdit*>(QStringLiteral("apiUrl"));
    auto* error = d->findChild<QLabel*>(QStringLiteral("error"));
    if (QApplication::focusWidget() != idEdit)
        return QStringLiteral("the id field has no focus, %1 has")
            .arg(QApplication::focusWidget()
                     ? QString::fromLatin1(QApplication::focusWidget()->metaObject()->className()) +
                           QLatin1Char(' ') + QApplication::focusWidget()->objectName() +
                           QLatin1Char(' ') + QApplication::focusWidget()->window()->windowTitle()
                     : QStringLiteral("nothing"));
    type(id);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    type(QStringLiteral("Node %1").arg(id.toUpper()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    if (QApplication::focusWidget() != urlEdit)
        return QStringLiteral("Tab from the name does not reach the URL");
    type(QStringLiteral("%1:%2").arg(url.host()).arg(url.port()));
    const QString schemeError = error->text();
    QTest::keyClick(urlEdit, Qt::Key_Home);
    type(url.scheme() + QStringLiteral("://"));
    return schemeError;
}

} // namespace nodejourney
