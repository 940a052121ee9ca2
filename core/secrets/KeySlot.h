#pragma once
// A store's data key wrapped for one administrator: AES-256-GCM under a key derived from that
// administrator's password with Argon2id (its own salt, not the password hash's), so the store
// opens on any computer with an administrator's password and the password hash alone opens nothing.

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace authdesk {

struct PasswordSlot {
    QByteArray salt;
    quint32 memoryKiB = 19456;
    quint32 iterations = 2;
    quint32 parallelism = 1;
    QByteArray wrapped; // SecretBox of the data key
};

namespace KeySlot {

PasswordSlot wrapWithPassword(const QByteArray &dataKey, const QString &password, const QByteArray &associatedData);
// AuthenticationFailed when the password does not open the slot; InvalidInput for parameters beyond the caps.
Result<QByteArray> unwrapWithPassword(const PasswordSlot &slot, const QString &password,
                                      const QByteArray &associatedData);

} // namespace KeySlot
} // namespace authdesk
