// janus-cascade: the headless command-line twin of the console. Wiring only.
#include "clicommands.h"
#include "translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("janus-cascade"));
    QCoreApplication::setOrganizationName(QStringLiteral("JanusCascadeConsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JCC_VERSION));
    // Human output follows the system's language; JSON keys, codes and options never change.
    i18n::install(&app, {});
    return cli::run(app);
}
