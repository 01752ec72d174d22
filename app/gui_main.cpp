// janus-cascade-console: the desktop console. Wiring only: create services, hand them to windows.
#include "cascade/eventlog.h"
#include "cascade/fleet.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("janus-cascade-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Janus Cascade Console"));
    QApplication::setOrganizationName(QStringLiteral("JanusCascadeConsole"));
    QApplication::setApplicationVersion(QStringLiteral(JCC_VERSION));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("janus-cascade-console")));
    // The system's language, or the one chosen in View > Language (applies from the next start).
    i18n::install(&app, i18n::storedLanguage());
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Cascade Janus VideoRoom servers through NAT."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("profile"),
                                 QCoreApplication::translate("main", "Cascade profile to open."),
                                 QStringLiteral("[profile]"));
    parser.process(app);

    cascade::EventLog log;
    cascade::Fleet fleet(&log);
    ui::MainWindow window(&fleet);
    // Screenshots of a given size (scripts/screenshot-zh_CN.sh): JCC_SCREENSHOT_SIZE=1400x900.
    if (const QStringList size = qEnvironmentVariable("JCC_SCREENSHOT_SIZE").split(u'x');
        size.size() == 2)
        window.resize(size[0].toInt(), size[1].toInt());
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openProfile(parser.positionalArguments().first());

    // For the demo under Xvfb: a screenshot after a while, then quit.
    const QString screenshot = qEnvironmentVariable("JCC_SCREENSHOT");
    const int quitAfter = qEnvironmentVariableIntValue("JCC_QUIT_AFTER_MS");
    if (!screenshot.isEmpty())
        QTimer::singleShot(quitAfter > 0 ? quitAfter - 1000 : 5000, &window,
                           [&window, screenshot] { window.grab().save(screenshot); });
    if (quitAfter > 0)
        QTimer::singleShot(quitAfter, &window, &QWidget::close);
    return app.exec();
}
