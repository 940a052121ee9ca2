#include "core/auth/OpaqueToken.h"

#include "core/crypto/Hmac.h"
#include "core/crypto/Random.h"
#include "core/crypto/SecureCompare.h"

namespace authdesk::token {

namespace {
constexpr auto Encoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QString generate(const char *prefix)
{
    QByteArray raw = crypto::randomBytes(TokenBytes);
    QString text = QLatin1String(prefix) + QString::fromLatin1(raw.toBase64(Encoding));
    crypto::secureWipe(raw);
    return text;
}

QByteArray hash(const QString &token)
{
    return crypto::sha256(token.toUtf8());
}

bool isWellFormed(const QString &token, const char *prefix)
{
    const QLatin1String p(prefix);
    if (!token.startsWith(p))
        return false;
    const QByteArray body = token.mid(p.size()).toLatin1();
    // 32 bytes are 43 base64url characters without padding.
    if (body.size() != 43)
        return false;
    for (char c : body)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    auto decoded = QByteArray::fromBase64Encoding(body, Encoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == TokenBytes;
}

} // namespace authdesk::token
