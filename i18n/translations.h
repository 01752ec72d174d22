#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

/// Which language the console and the CLI speak: the system's by default, or the GUI's choice.
namespace i18n {

/// QSettings key of the GUI's language choice: "" (follow the system), "en" or "zh_CN".
inline constexpr char settingKey[] = "language";

/// A language the console ships, by locale name ("" for the system's) and its own name.
struct Language {
    QString code;
    QString nativeName;
};

/// The choices of the View > Language menu, "System" first.
QList<Language> languages();
/// The locale a language code stands for; "" is QLocale::system().
QLocale localeFor(const QString& code);
/// The GUI's stored choice (QSettings of the running application), "" when none.
QString storedLanguage();
void storeLanguage(const QString& code);
/// Installs the console's and Qt's own translators for the language into app (which owns them)
/// and makes its locale the default; returns whether the console's catalogue was found (English
/// needs none and returns true).
bool install(QCoreApplication* app, const QString& code);

} // namespace i18n
