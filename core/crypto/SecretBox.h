#pragma once
// Authenticated encryption of secrets at rest: AES-256-GCM (OpenSSL) with a fresh 96-bit nonce per
// message and associated data that binds a ciphertext to its place (store, purpose, owner), so a
// ciphertext copied into another row or another store does not open.
// Layout: version byte 0x01 | nonce (12) | ciphertext | tag (16).

#include "core/Result.h"

#include <QByteArray>

namespace authdesk::crypto {

class SecretBox {
public:
    static constexpr int KeySize = 32;
    static constexpr int Overhead = 1 + 12 + 16;

    // The key must be KeySize bytes (checked; a wrong size is a programming error and aborts).
    static QByteArray seal(const QByteArray &key, const QByteArray &plaintext, const QByteArray &associatedData);
    // Integrity error when the ciphertext, the key or the associated data do not match.
    static Result<QByteArray> open(const QByteArray &key, const QByteArray &sealed, const QByteArray &associatedData);
};

} // namespace authdesk::crypto
