#pragma once
// Password hashing: new hashes are Argon2id (libargon2) with the OWASP parameters, stored as PHC
// strings. Verification also accepts hashes imported from other frameworks as they are (bcrypt,
// Better Auth scrypt, Django, passlib), within parameter caps, and names the scheme of a stored hash;
// unsalted or broken schemes are recognised but never verify (the account needs a password reset).

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace authdesk::crypto {

struct Argon2Params {
    quint32 memoryKiB = 19456;
    quint32 iterations = 2;
    quint32 parallelism = 1;
};

// What a stored hash is, learned without running it.
struct HashInfo {
    QString scheme;     // canonical: "argon2id", "argon2i", "bcrypt", "scrypt" (Better Auth), "django-pbkdf2-sha256",
                        // "django-bcrypt-sha256", "django-bcrypt", "django-argon2", "passlib-pbkdf2-sha256"; for
                        // unusable ones "md5", "sha1", "sha256", "ldap-md5", "ldap-sha1", "md5-crypt", "bcrypt-2x",
                        // "bcrypt-2", "django-md5", "django-sha1", "django-unsalted-md5", "django-unsalted-sha1",
                        // "django-crypt" (and a PBKDF2 scheme below the iteration floor)
    bool usable = true; // false: a broken/unsalted scheme: never verifies, the account needs a password reset
    QString reason;     // when !usable: why, translated, for the admin
    std::optional<Argon2Params> argon2; // the parameters of "argon2id", "argon2i" and "django-argon2"
};

class PasswordHasher {
public:
    // Caps beyond which a stored hash is refused without running it (denial of service).
    static constexpr quint32 MaxMemoryKiB = 1024 * 1024;
    static constexpr quint32 MaxIterations = 16;
    static constexpr quint32 MaxParallelism = 16;
    static constexpr int MinBcryptCost = 4;  // what bcrypt itself allows
    static constexpr int MaxBcryptCost = 16; // 2^16 rounds: several seconds already
    static constexpr quint32 MaxPbkdf2Iterations = 10'000'000;
    static constexpr quint32 MinPbkdf2Iterations = 1000; // below: recognised, but reset required
    static constexpr int MaxStoredLength = 1024;         // characters; longer is refused before parsing

    // Unchanged: new hashes are Argon2id.
    static QString hash(const QString &password, const Argon2Params &params = {});
    // Form and parameter caps, without running the hash. Error (InvalidInput) for malformed or over-cap strings.
    static Result<HashInfo> inspect(const QString &stored);
    // Ok(true)/Ok(false) for a well-formed usable hash; Ok(false) for an unusable scheme; an error for
    // malformed/over-cap.
    static Result<bool> verify(const QString &password, const QString &stored);
    // True for anything but Argon2id with at least the wanted parameters (imported hashes are upgraded at the
    // next successful verification by the store, which calls hash() again).
    static bool needsRehash(const QString &stored, const Argon2Params &wanted = {});
};

} // namespace authdesk::crypto
