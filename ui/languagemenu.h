#pragma once

class QMenu;
class QStatusBar;

namespace ui {

/// View > Language: System, English, 简体中文. The choice is stored in QSettings and applies from
/// the next start, which the status bar says.
QMenu* addLanguageMenu(QMenu* parent, QStatusBar* status);

} // namespace ui
