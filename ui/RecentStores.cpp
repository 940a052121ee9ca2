#include "ui/RecentStores.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace authdesk::RecentStores {

namespace {
const QString key = QStringLiteral("recentStores");

QString normalized(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}
} // namespace

QStringList list()
{
    QStringList paths = QSettings().value(key).toStringList();
    paths.removeAll(QString());
    paths.removeDuplicates();
    return paths.mid(0, MaxEntries);
}

void note(const QString &path)
{
    const QString entry = normalized(path);
    QStringList paths = list();
    paths.removeAll(entry);
    paths.prepend(entry);
    QSettings().setValue(key, paths.mid(0, MaxEntries));
}

void forget(const QString &path)
{
    QStringList paths = list();
    paths.removeAll(normalized(path));
    QSettings().setValue(key, paths);
}

} // namespace authdesk::RecentStores
