#pragma once
// Password hashing: Argon2id (libargon2) with the OWASP parameters, stored as PHC strings.
// Verification accepts Argon2id/Argon2i PHC strings within sane parameter caps; other formats
// arrive with hash import (credentials issue).

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace authdesk::crypto {

struct Argon2Params {
    quint32 memoryKiB = 19456;
    quint32 iterations = 2;
    quint32 parallelism = 1;
};

class PasswordHasher {
public:
    // Caps beyond which a stored hash is refused without running it (denial of service).
    static constexpr quint32 MaxMemoryKiB = 1024 * 1024;
    static constexpr quint32 MaxIterations = 16;
    static constexpr quint32 MaxParallelism = 16;

    static QString hash(const QString &password, const Argon2Params &params = {});
    // Ok(true)/Ok(false) for a well-formed hash; an error for a malformed or over-cap one.
    static Result<bool> verify(const QString &password, const QString &phc);
    // Checks form and caps without running the hash (import validation).
    static Result<Argon2Params> inspect(const QString &phc);
    static bool needsRehash(const QString &phc, const Argon2Params &wanted = {});
};

} // namespace authdesk::crypto
