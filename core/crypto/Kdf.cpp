#include "core/crypto/Kdf.h"

#include <crypt.h>
#include <limits>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace authdesk::crypto::kdf {

std::optional<QByteArray> bcrypt(const QByteArray &password, const QByteArray &setting)
{
    // crypt takes C strings: a NUL would silently cut the passphrase short.
    if (password.contains('\0') || setting.contains('\0') || password.size() >= CRYPT_MAX_PASSPHRASE_SIZE)
        return std::nullopt;
    // crypt_data is about 32 KiB: too large for the stack of a worker thread. Zeroed, as crypt_rn wants it.
    auto data = std::make_unique<crypt_data>();
    const char *out =
        crypt_rn(password.constData(), setting.constData(), data.get(), static_cast<int>(sizeof(crypt_data)));
    std::optional<QByteArray> result;
    if (out && out[0] != '*')
        result = QByteArray(out);
    // The buffer held the passphrase and the key schedule.
    OPENSSL_cleanse(data.get(), sizeof(crypt_data));
    return result;
}

std::optional<QByteArray> pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, quint32 iterations,
                                       int length)
{
    if (iterations < 1 || iterations > static_cast<quint32>(std::numeric_limits<int>::max()) || length < 1)
        return std::nullopt;
    QByteArray out(length, '\0');
    if (PKCS5_PBKDF2_HMAC(password.constData(), static_cast<int>(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()), static_cast<int>(salt.size()),
                          static_cast<int>(iterations), EVP_sha256(), length,
                          reinterpret_cast<unsigned char *>(out.data()))
        != 1)
        return std::nullopt;
    return out;
}

std::optional<QByteArray> scrypt(const QByteArray &password, const QByteArray &salt, quint64 n, quint64 r, quint64 p,
                                 int length)
{
    if (length < 1)
        return std::nullopt;
    // OpenSSL's default limit is 32 MiB, exactly what N=16384, r=16 needs for V alone; B and XY come on top.
    const quint64 maxMem = 128 * r * n + 128 * r * p + 256 * r + (1u << 20);
    QByteArray out(length, '\0');
    if (EVP_PBE_scrypt(password.constData(), static_cast<size_t>(password.size()),
                       reinterpret_cast<const unsigned char *>(salt.constData()), static_cast<size_t>(salt.size()), n,
                       r, p, maxMem, reinterpret_cast<unsigned char *>(out.data()), static_cast<size_t>(length))
        != 1)
        return std::nullopt;
    return out;
}

} // namespace authdesk::crypto::kdf
