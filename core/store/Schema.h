#pragma once
// The versioned store schema and its migrations. Each migration runs inside one write
// transaction with the version bump; a store written by a newer AuthDesk is refused.

#include "core/Result.h"

namespace authdesk {

class Database;

namespace Schema {

inline constexpr int CurrentVersion = 5;
inline constexpr auto ApplicationId = "authdesk-store";

// Brings the store to CurrentVersion. Returns the version found before migrating
// (0 for a new, empty file).
Result<int> migrate(Database &db);
// The version recorded in the store, 0 when it has no schema yet.
Result<int> storedVersion(Database &db);

} // namespace Schema
} // namespace authdesk
