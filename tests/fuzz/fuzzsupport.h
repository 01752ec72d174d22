#pragma once
// What the Qt-based fuzz targets share: one QCoreApplication for the whole run, and no log
// output (the inputs are hostile on purpose; their warnings would drown libFuzzer's report).
#include <QCoreApplication>

#define JCC_FUZZ_QT_INITIALIZE()                                                                   \
    extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {                                 \
        static QCoreApplication app(*argc, *argv);                                                 \
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});       \
        return 0;                                                                                  \
    }
