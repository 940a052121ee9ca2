#pragma once
// What this computer keeps beside a store, in the user's private key folder (0700): the audit head
// anchor of each store path, and for stores from before key slots (schema 1) the chain key file
// (0600) that the first administrator's sign-in moves into the store, sealed under its data key.

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace authdesk::ChainKeyFile {

QString pathFor(const QString &keyDir, const QString &storeId);
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
