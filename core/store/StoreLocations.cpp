#include "core/store/StoreLocations.h"

#include <QDir>
#include <QStandardPaths>

namespace authdesk::StoreLocations {

QString dataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(QStringLiteral("AuthDesk"));
}

QString defaultStorePath()
{
    return QDir(dataDir()).filePath(QStringLiteral("store.authdesk"));
}

QString keyDir()
{
    return QDir(dataDir()).filePath(QStringLiteral("keys"));
}

} // namespace authdesk::StoreLocations
