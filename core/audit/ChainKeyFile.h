#pragma once
// Where a store's audit chain key lives until key slots arrive (credentials issue): a 256-bit
// random key in a file of its own under the user's private data folder (mode 0600, folder 0700),
// named after the store's id, never inside the store. Someone who copies the store file alone
// can read it but cannot forge a consistent chain; the key stays with the admin's account.

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace authdesk::ChainKeyFile {

QString pathFor(const QString &keyDir, const QString &storeId);
// Creates a new key; refuses to overwrite an existing one.
Result<QByteArray> create(const QString &keyDir, const QString &storeId);
// Absent is not an error: it returns an empty key, and writes are then refused with a clear message.
Result<QByteArray> load(const QString &keyDir, const QString &storeId);

} // namespace authdesk::ChainKeyFile
