#pragma once
// The OS keychain (the Secret Service on Linux, through QtKeychain) behind one small asynchronous
// class: a store's data key cached on the admin's own desktop. Callable from any thread, also one
// without an event loop that blocks in QFuture::waitForFinished(): the QtKeychain jobs run on the
// keychain thread and their results come back through QPromise/QFuture.
//
// Errors (Result/Status):
//   KeyUnavailable   no keychain on this desktop (no D-Bus session, no Secret Service); nothing is
//                    written anywhere else, there is no file fallback.
//   PermissionDenied the keychain is locked, or access was declined.
//   InvalidInput     an empty or malformed entry name, an empty or oversized secret (nothing stored).
//   Internal         the keychain did not answer within the timeout, or any other keychain failure
//                    (the message includes QtKeychain's own description).
// An entry that does not exist is not an error: read() gives std::nullopt, never an empty secret.
//
// Never wait on a returned future from the keychain thread itself (e.g. in a then() continuation
// that runs there): that thread is the one that completes it.

#include "core/Result.h"

#include <QByteArray>
#include <QFuture>
#include <QString>
#include <atomic>
#include <chrono>
#include <optional>

class QObject;

namespace authdesk {

class Keychain {
public:
    explicit Keychain(QString service = QStringLiteral("io.authdesk.AuthDesk"));
    ~Keychain(); // operations already started still complete their futures
    Keychain(const Keychain &) = delete;
    Keychain &operator=(const Keychain &) = delete;

    QFuture<Result<std::optional<QByteArray>>> read(const QString &key);
    QFuture<Status> write(const QString &key, const QByteArray &secret);
    QFuture<Status> remove(const QString &key); // removing an absent entry is success
    void setTimeout(std::chrono::milliseconds); // per operation; 30 s by default

    // Longest secret write() accepts: a data key is 32 bytes, anything near this is a mistake.
    static constexpr qsizetype maxSecretSize = 64 * 1024;

private:
    QString m_service;
    QObject *m_context = nullptr; // lives on the keychain thread; queued work runs through it
    std::atomic<qint64> m_timeoutMs{30000};
};

} // namespace authdesk
