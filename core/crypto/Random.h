#pragma once
// Cryptographically secure random bytes from OpenSSL's RAND_bytes; the only source core uses.

#include <QByteArray>

namespace authdesk::crypto {

// Aborts the process if the CSPRNG fails: continuing with weak randomness is never acceptable.
QByteArray randomBytes(int count);

} // namespace authdesk::crypto
