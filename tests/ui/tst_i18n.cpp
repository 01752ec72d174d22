// The console in Chinese: started as the app starts under LANG=zh_CN.UTF-8 (no language chosen
// in View > Language, so the system's), its menus, tabs, buttons and the node editor speak
// Chinese, nothing visible is left in English but proper nouns, and View > Language stores a
// choice for the next start. (The zh_CN screenshot: scripts/screenshot-zh_CN.sh.)
#include "cascade/eventlog.h"
#include "cascade/fleet.h"
#include "nodejourney.h"
#include "translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>

namespace {

/// Words that stay as they are in Chinese text: names and protocol terms an admin expects.
bool properNoun(const QString& word) {
    static const QStringList nouns{
        QStringLiteral("Janus"),         QStringLiteral("VideoRoom"),  QStringLiteral("English"),
        QStringLiteral("Console"),       QStringLiteral("Cascade"),    QStringLiteral("ws"),
        QStringLiteral("wss"),           QStringLiteral("opus"),       QStringLiteral("vp8"),
        QStringLiteral("janus-cascade"), QStringLiteral("reflect"),    QStringLiteral("bind"),
        QStringLiteral("rtp_forward"),   QStringLiteral("string_ids"), QStringLiteral("e")};
    // All capitals (NAT, RTP, API, URL, TLS, ID, SHA, CSV, PNG, ADDR, PORT) are terms too.
    return nouns.contains(word) || word == word.toUpper();
}

/// The text if it reads as untranslated English: Latin words other than proper nouns and no
/// Chinese at all.
bool english(QString text) {
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9_-]*"));
    text.remove(QLatin1Char('&'));
    if (han.match(text).hasMatch())
        return false;
    for (auto it = word.globalMatch(text); it.hasNext();)
        if (!properNoun(it.next().captured()))
            return true;
    return false;
}

/// Visible texts of top still in English: buttons, labels, placeholders, combo items and every
/// action of its menus (submenus included), as "class: text" lines.
QStringList englishLeftovers(QWidget* top) {
    QStringList out;
    auto check = [&](const char* what, const QString& text) {
        if (english(text))
            out << QStringLiteral("%1: %2").arg(QLatin1String(what), text);
    };
    for (QAbstractButton* b : top->findChildren<QAbstractButton*>())
        if (b->isVisible())
            check("button", b->text());
    for (QLabel* l : top->findChildren<QLabel*>())
        if (l->isVisible())
            check("label", l->text());
    for (QLineEdit* e : top->findChildren<QLineEdit*>())
        if (e->isVisible())
            check("placeholder", e->placeholderText());
    for (QComboBox* c : top->findChildren<QComboBox*>())
        if (c->isVisible())
            for (int i = 0; i < c->count(); ++i)
                check("combo item", c->itemText(i));
    std::function<void(QMenu*)> menu = [&](QMenu* m) {
        check("menu", m->title());
        for (QAction* a : m->actions()) {
            if (!a->isSeparator())
                check("menu action", a->text());
            if (a->menu())
                menu(a->menu());
        }
    };
    if (auto* window = qobject_cast<QMainWindow*>(top))
        for (QAction* a : window->menuBar()->actions())
            menu(a->menu());
    return out;
}

QStringList texts(const QList<QAction*>& actions) {
    QStringList out;
    for (QAction* a : actions)
        out << a->text();
    return out;
}

} // namespace

class TestI18n : public QObject {
    Q_OBJECT
    cascade::EventLog m_log;
    cascade::Fleet m_fleet{&m_log};
    std::unique_ptr<ui::MainWindow> m_window;

private Q_SLOTS:
    void initTestCase() {
        QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
        m_window = std::make_unique<ui::MainWindow>(&m_fleet);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void menusTabsAndButtons() {
        QCOMPARE(texts(m_window->menuBar()->actions()),
                 (QStringList{QStringLiteral("文件(&F)"), QStringLiteral("节点(&N)"),
                              QStringLiteral("链路(&K)"), QStringLiteral("探测(&P)"),
                              QStringLiteral("视图(&V)")}));
        QStringList tabs;
        for (int i = 0; i < m_window->tabs()->count(); ++i)
            tabs << m_window->tabs()->tabText(i);
        QCOMPARE(tabs, (QStringList{QStringLiteral("房间(&R)"), QStringLiteral("链路(&L)"),
                                    QStringLiteral("探测(&B)"), QStringLiteral("拓扑(&T)"),
                                    QStringLiteral("健康"), QStringLiteral("历史(&H)")}));
        QStringList buttons;
        for (QAbstractButton* b : m_window->findChildren<QAbstractButton*>())
            if (b->isVisible())
                buttons << b->text();
        QVERIFY2(buttons.contains(QStringLiteral("添加(&A)…")), qPrintable(buttons.join(u'|')));
        QVERIFY2(buttons.contains(QStringLiteral("编辑(&E)…")), qPrintable(buttons.join(u'|')));
        const QStringList file = texts(m_window->menuBar()->actions().first()->menu()->actions());
        QVERIFY2(file.contains(QStringLiteral("打开配置文件(&O)…")), qPrintable(file.join(u'|')));
        // The same Alt+letters as in English, so no two controls claim one.
        QCOMPARE(journey::mnemonicClashes(m_window.get()), QString());
    }

    void nothingVisibleStaysEnglish() {
        QStringList leftovers;
        for (int i = 0; i < m_window->tabs()->count(); ++i) {
            journey::clickTab(m_window->tabs(), m_window->tabs()->widget(i));
            QTRY_VERIFY(m_window->tabs()->widget(i)->isVisible());
            leftovers << englishLeftovers(m_window.get());
        }
        leftovers.removeDuplicates();
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u'\n')));
        // The check itself tells English from Chinese.
        QVERIFY(english(QStringLiteral("&Add node…")));
        QVERIFY(!english(QStringLiteral("Janus API URL(&J)")));
    }

    void nodeEditorFields() {
        bool checked = false;
        nodejourney::whenModal<ui::NodeEditorDialog>([&](ui::NodeEditorDialog* d) {
            QCOMPARE(d->windowTitle(), QStringLiteral("添加节点"));
            QStringList labels;
            for (QLabel* l : d->findChildren<QLabel*>())
                if (l->isVisible())
                    labels << l->text();
            for (const QString& expected :
                 {QStringLiteral("ID(&I)"), QStringLiteral("Janus API URL(&J)"),
                  QStringLiteral("绑定地址(&B)"), QStringLiteral("公网地址(&P)"),
                  QStringLiteral("转发 UDP 端口"), QStringLiteral("房间密钥")})
                QVERIFY2(labels.contains(expected),
                         qPrintable(expected + QStringLiteral(" not in ") + labels.join(u'|')));
            QCOMPARE(d->findChild<QPushButton*>(QStringLiteral("detect"))->text(),
                     QStringLiteral("从服务器检测(&D)"));
            auto* box = d->findChild<QDialogButtonBox*>();
            // Qt's own words come from qtbase_zh_CN.qm.
            QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
            const QStringList leftovers = englishLeftovers(d);
            QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u'\n')));
            QCOMPARE(journey::mnemonicClashes(d), QString());
            checked = true;
            QTest::keyClick(d, Qt::Key_Escape);
        });
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(checked);
        QVERIFY(nodejourney::backToWindow(m_window.get()));
    }

    void languageMenuStoresTheChoice() {
        QVERIFY(nodejourney::clickMenu(
            m_window.get(),
            {QStringLiteral("视图(&V)"), QStringLiteral("语言(&L)"), QStringLiteral("English")}));
        QCOMPARE(QSettings().value(QLatin1String(i18n::settingKey)).toString(),
                 QStringLiteral("en"));
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("语言将在控制台下次启动时切换。"));
        QVERIFY(nodejourney::clickMenu(
            m_window.get(),
            {QStringLiteral("视图(&V)"), QStringLiteral("语言(&L)"), QStringLiteral("跟随系统")}));
        QCOMPARE(i18n::storedLanguage(), QString());
        // What the next start makes of the choices.
        QCOMPARE(i18n::localeFor(QStringLiteral("en")).language(), QLocale::English);
        QCOMPARE(i18n::localeFor(QString()).name(), QStringLiteral("zh_CN"));
    }
};

int main(int argc, char** argv) {
    // As the console starts on a Chinese desktop: the system's language, no choice stored.
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + JCC_SOURCE_DIR_LITERAL +
                                   "/tests/ui/screen-1400x900.json");
    nodejourney::isolateSettings();
    qunsetenv("LANGUAGE");
    qputenv("LANG", "zh_CN.UTF-8");
    qputenv("LC_ALL", "zh_CN.UTF-8");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("JanusCascadeConsole"));
    QApplication::setApplicationName(QStringLiteral("janus-cascade-console"));
    if (!i18n::install(&app, i18n::storedLanguage()))
        qFatal("no zh_CN catalogue in the resources");
    TestI18n test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_i18n.moc"
