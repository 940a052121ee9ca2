#pragma once
// The slow functions behind imported password hashes, each from a well-kept library: bcrypt through
// libxcrypt, PBKDF2-HMAC-SHA256 and scrypt through OpenSSL. Callers check parameters first; these run
// whatever they are given.

#include <QByteArray>
#include <optional>

namespace authdesk::crypto::kdf {

// libxcrypt's crypt_rn: the full crypt output for a bcrypt setting ("$2b$12$<salt><hash>"), or nothing when
// libxcrypt refuses the setting or the passphrase (for example one with a NUL byte).
std::optional<QByteArray> bcrypt(const QByteArray &password, const QByteArray &setting);

// PKCS #5 PBKDF2 with HMAC-SHA256.
std::optional<QByteArray> pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, quint32 iterations,
                                       int length);

// RFC 7914 scrypt; the memory limit is raised to what N and r need (128 * r * N bytes and a margin).
std::optional<QByteArray> scrypt(const QByteArray &password, const QByteArray &salt, quint64 n, quint64 r, quint64 p,
                                 int length);

} // namespace authdesk::crypto::kdf
