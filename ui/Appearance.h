#pragma once
// Light, dark or the desktop's own palette, chosen in View ▸ Appearance (or `authdesk --appearance`)
// and remembered. Light and dark use the Fusion style so every widget follows the palette; "system"
// leaves the platform's style and palette as they were when AuthDesk started.

#include <QString>
#include <QStringList>

namespace authdesk {

enum class ColorScheme { System, Light, Dark };

QString colorSchemeName(ColorScheme scheme); // "system", "light", "dark"
bool parseColorScheme(const QString &name, ColorScheme *scheme);
QStringList colorSchemeNames();

// Applies the scheme to the whole application (every open window gets a PaletteChange).
void applyColorScheme(ColorScheme scheme);
ColorScheme currentColorScheme();
// What the user chose last time (QSettings "appearance/scheme"), System when nothing was chosen.
ColorScheme savedColorScheme();
void saveColorScheme(ColorScheme scheme);

} // namespace authdesk
