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

// The newest event this computer saw committed to the store file at one path, kept beside the
// key ("<store-id>.<path digest>.audit-head"): a hash chain alone cannot tell that its last events
// were cut off, the anchor can. Per path, so a copy of the store elsewhere (a backup, a test copy)
// has its own; a store restored in place from an older copy is reported, and deleting its anchor
// file accepts the restore.
struct Anchor {
    qint64 id = 0;
    QString hash;
};
QString anchorPathFor(const QString &keyDir, const QString &storeId, const QString &storePath);
// Absent or unreadable: id 0. Never an error: the anchor only adds a check.
Anchor readAnchor(const QString &path);
// Replaces the file atomically (owner-only); a failure is ignored for the same reason.
void writeAnchor(const QString &path, const Anchor &anchor);

} // namespace authdesk::ChainKeyFile
