#pragma once
// Constant-time comparison for secrets, MACs and hashes (CRYPTO_memcmp).

#include <QByteArray>

namespace authdesk::crypto {

bool secureEquals(const QByteArray &a, const QByteArray &b);

// Overwrites the buffer in a way the compiler cannot elide (OPENSSL_cleanse).
void secureWipe(QByteArray &bytes);
void secureWipe(QString &text);

} // namespace authdesk::crypto
