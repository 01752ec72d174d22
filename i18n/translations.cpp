#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace i18n {

QList<Language> languages() {
    return {{QString(), QCoreApplication::translate("i18n", "System")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QLocale localeFor(const QString& code) {
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

QString storedLanguage() {
    return QSettings().value(QLatin1String(settingKey)).toString();
}

void storeLanguage(const QString& code) {
    QSettings().setValue(QLatin1String(settingKey), code);
}

bool install(QCoreApplication* app, const QString& code) {
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    // English is the source language: no catalogue, and Qt's own texts stay English too.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto* own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("jcc"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace i18n
