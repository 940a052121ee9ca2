#pragma once
// The local stores this desktop user opened, newest first, for the start dialog and the File menu.
// Only paths are kept (in QSettings): a path is not a secret, and nothing about the store's
// content is remembered.

#include <QString>
#include <QStringList>

namespace authdesk::RecentStores {

inline constexpr int MaxEntries = 8;

QStringList list();
// Moves the path to the front (absolute, cleaned), dropping the oldest beyond MaxEntries.
void note(const QString &path);
void forget(const QString &path);

} // namespace authdesk::RecentStores
