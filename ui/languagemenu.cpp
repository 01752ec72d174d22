#include "languagemenu.h"

#include "translations.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QStatusBar>

namespace ui {

QMenu* addLanguageMenu(QMenu* parent, QStatusBar* status) {
    QMenu* menu = parent->addMenu(QCoreApplication::translate("ui::LanguageMenu", "&Language"));
    auto* group = new QActionGroup(menu);
    const QString stored = i18n::storedLanguage();
    for (const i18n::Language& language : i18n::languages()) {
        QAction* action = menu->addAction(language.nativeName);
        action->setCheckable(true);
        action->setChecked(language.code == stored);
        action->setData(language.code);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [status, code = language.code] {
            i18n::storeLanguage(code);
            status->showMessage(
                QCoreApplication::translate("ui::LanguageMenu",
                                            "The language changes when the console starts again."),
                15000);
        });
    }
    return menu;
}

} // namespace ui
