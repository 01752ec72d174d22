// janus-cascade-console: the desktop console. Wiring only: create services, hand them to windows.
#include <QApplication>
#include <QMainWindow>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("janus-cascade-console"));
    QApplication::setOrganizationName(QStringLiteral("JanusCascadeConsole"));
    QApplication::setApplicationVersion(QStringLiteral(JCC_VERSION));
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Janus Cascade Console"));
    window.resize(1200, 800);
    window.show();
    return app.exec();
}
