#pragma once
// Where the default store and the audit key folder live, shared by the GUI and the CLI:
// $XDG_DATA_HOME/AuthDesk/store.authdesk and $XDG_DATA_HOME/AuthDesk/keys/ on Linux
// (~/.local/share/AuthDesk/…), the platform's generic data folder elsewhere.

#include <QString>

namespace authdesk::StoreLocations {

QString dataDir();
QString defaultStorePath();
QString keyDir();

} // namespace authdesk::StoreLocations
