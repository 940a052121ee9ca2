#pragma once
// RFC 4648 base32 (A–Z, 2–7), the encoding of otpauth secrets and of secrets typed by hand.

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace authdesk::crypto {

// Upper case, no padding (the otpauth form).
QString base32Encode(const QByteArray &bytes);

// Accepts lower case, ASCII spaces anywhere (secrets are shown in groups of four for typing) and
// correct '=' padding at the end. Refuses any other character, misplaced or wrong padding, a
// length no byte string encodes to, and set bits after the last whole byte (a mistyped or cut-off
// secret), each with a message that names the problem. Empty text decodes to empty bytes.
Result<QByteArray> base32Decode(const QString &text);

} // namespace authdesk::crypto
