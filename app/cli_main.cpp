// janus-cascade: the headless command-line twin of the console. Wiring only.
#include "clicommands.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("janus-cascade"));
    QCoreApplication::setOrganizationName(QStringLiteral("JanusCascadeConsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JCC_VERSION));
    return cli::run(app);
}
