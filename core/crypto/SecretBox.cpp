#include "core/crypto/SecretBox.h"

#include "core/crypto/Random.h"

#include <QCoreApplication>
#include <openssl/evp.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace authdesk::crypto {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SecretBox)
};

constexpr char Version = 0x01;
constexpr int NonceSize = 12;
constexpr int TagSize = 16;

struct CipherCtxFree {
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

[[noreturn]] void fatal(const char *what)
{
    std::fprintf(stderr, "authdesk: AES-256-GCM %s failed\n", what);
    std::abort();
}
} // namespace

QByteArray SecretBox::seal(const QByteArray &key, const QByteArray &plaintext, const QByteArray &associatedData)
{
    if (key.size() != KeySize)
        fatal("key size check");
    const QByteArray nonce = randomBytes(NonceSize);
    QByteArray out(1 + NonceSize + plaintext.size() + TagSize, Qt::Uninitialized);
    out[0] = Version;
    std::copy(nonce.cbegin(), nonce.cend(), out.begin() + 1);
    auto *cipherOut = reinterpret_cast<unsigned char *>(out.data()) + 1 + NonceSize;

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(nonce)) != 1)
        fatal("init");
    if (!associatedData.isEmpty()
        && EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(associatedData), static_cast<int>(associatedData.size()))
            != 1)
        fatal("aad");
    if (EVP_EncryptUpdate(ctx.get(), cipherOut, &len, bytes(plaintext), static_cast<int>(plaintext.size())) != 1)
        fatal("encrypt");
    int tail = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), cipherOut + len, &tail) != 1)
        fatal("final");
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, cipherOut + plaintext.size()) != 1)
        fatal("tag");
    return out;
}

Result<QByteArray> SecretBox::open(const QByteArray &key, const QByteArray &sealed, const QByteArray &associatedData)
{
    if (key.size() != KeySize)
        fatal("key size check");
    if (sealed.size() < Overhead || sealed.at(0) != Version)
        return makeError(ErrorCode::Integrity, Tr::tr("An encrypted secret in the store is damaged (unknown format)."));
    const qsizetype cipherLen = sealed.size() - Overhead;
    const auto *nonce = bytes(sealed) + 1;
    const auto *cipher = nonce + NonceSize;
    QByteArray tag = sealed.right(TagSize);
    QByteArray plain(cipherLen, Qt::Uninitialized);

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), nonce) != 1)
        fatal("init");
    if (!associatedData.isEmpty()
        && EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(associatedData), static_cast<int>(associatedData.size()))
            != 1)
        fatal("aad");
    if (EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &len, cipher,
                          static_cast<int>(cipherLen))
        != 1)
        fatal("decrypt");
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) != 1)
        fatal("tag");
    int tail = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()) + len, &tail) != 1) {
        plain.fill('\0');
        return makeError(
            ErrorCode::Integrity,
            Tr::tr("An encrypted secret does not open with this key: wrong key, or the secret was altered."));
    }
    return plain;
}

} // namespace authdesk::crypto
