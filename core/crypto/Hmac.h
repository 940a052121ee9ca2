#pragma once
// HMAC-SHA256 and SHA-256 on OpenSSL.

#include <QByteArray>

namespace authdesk::crypto {

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);
QByteArray sha256(const QByteArray &data);

} // namespace authdesk::crypto
