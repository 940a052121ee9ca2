#include "core/crypto/Hmac.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <cstdlib>

namespace authdesk::crypto {

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int outLen = 0;
    if (!HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()),
              reinterpret_cast<const unsigned char *>(message.constData()), static_cast<size_t>(message.size()),
              out, &outLen))
        std::abort(); // only fails on allocation failure
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(outLen));
}

QByteArray sha256(const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int outLen = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()), out, &outLen, EVP_sha256(), nullptr) != 1)
        std::abort();
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(outLen));
}

} // namespace authdesk::crypto
