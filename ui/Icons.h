#pragma once
// AuthDesk's own line icons (ui/icons/*.svg), drawn in the palette's text colour so they read on a
// light and on a dark palette alike, with a greyed rendering for disabled actions. Ours rather than
// the desktop's icon theme: that theme may be missing (a bare X session) or mix styles.

#include <QIcon>
#include <QPalette>

namespace authdesk::icons {

// name is a file of ui/icons without ".svg" ("users", "lock" …); an unknown name gives a null icon.
QIcon themed(const QString &name, const QPalette &palette);
QIcon themed(const QString &name); // with the application's palette

} // namespace authdesk::icons
