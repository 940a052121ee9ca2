#include "core/auth/Jwt.h"

#include "core/crypto/Hmac.h"
#include "core/crypto/Random.h"
#include "core/crypto/SecureCompare.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/decoder.h>
#include <openssl/ec.h>
#include <openssl/encoder.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

namespace authdesk::jwt {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Jwt)
};

// Longer tokens are refused before any decoding: real ones are a few hundred bytes, and a
// verifier that parses megabytes from an unauthenticated caller is a denial-of-service aid.
constexpr qsizetype MaxTokenLength = 65536;
constexpr int HmacSize = 32;
constexpr int MinHmacSecret = 32;
constexpr int CoordinateSize = 32; // P-256 field elements, and Ed25519 public keys
constexpr int Es256SignatureSize = 64;
constexpr int EdDsaSignatureSize = 64;

// The order n of P-256 (SEC 2, secp256r1), big-endian.
struct PkeyFree {
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
struct PkeyCtxFree {
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
};
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;
struct MdCtxFree {
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;
struct BioFree {
    void operator()(BIO *p) const { BIO_free(p); }
};
using Bio = std::unique_ptr<BIO, BioFree>;
struct EcdsaSigFree {
    void operator()(ECDSA_SIG *p) const { ECDSA_SIG_free(p); }
};
using EcdsaSig = std::unique_ptr<ECDSA_SIG, EcdsaSigFree>;
struct BnFree {
    void operator()(BIGNUM *p) const { BN_free(p); }
};
using Bn = std::unique_ptr<BIGNUM, BnFree>;

const unsigned char *ubytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

// ---- base64url, strictly (RFC 7515 §2: no padding, no other alphabet, no whitespace) --------

int b64Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '-')
        return 62;
    if (c == '_')
        return 63;
    return -1;
}

// nullopt for any character outside the alphabet, an impossible length, or unused trailing bits
// that are not zero (so each byte string has exactly one encoding).
std::optional<QByteArray> decodeBase64Url(QByteArrayView text)
{
    const qsizetype n = text.size();
    if (n % 4 == 1)
        return std::nullopt;
    QByteArray out;
    out.reserve(n * 3 / 4);
    quint32 acc = 0;
    int bits = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const int v = b64Value(text[i]);
        if (v < 0)
            return std::nullopt;
        acc = (acc << 6) | static_cast<quint32>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((acc >> bits) & 0xFF));
        }
    }
    if (bits > 0 && (acc & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

QByteArray encodeBase64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString b64String(const QByteArray &bytes)
{
    return QString::fromLatin1(encodeBase64Url(bytes));
}

// ---- duplicate member names -----------------------------------------------------------------

// The name of a JSON string token (quotes included), unescaped.
QString jsonStringValue(QByteArrayView raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw.sliced(1, raw.size() - 2));
    QByteArray wrapped("[");
    wrapped.append(raw);
    wrapped.append(']');
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

// The first member name that occurs twice at the top level of a JSON object text that
// QJsonDocument already accepted (it keeps the last of duplicates silently). Strings are skipped
// as a whole, escapes included, so braces and commas inside them do not count; names are compared
// after unescaping ("a" and "\u0061" are the same name).
std::optional<QString> duplicateTopLevelName(QByteArrayView json)
{
    QSet<QString> names;
    int depth = 0;
    bool expectName = false;
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        if (c == '"') {
            const qsizetype start = i;
            for (++i; i < n && json[i] != '"'; ++i) {
                if (json[i] == '\\')
                    ++i; // the escaped character (for \uXXXX the hex digits are harmless)
            }
            if (depth == 1 && expectName) {
                const QString name = jsonStringValue(json.sliced(start, i - start + 1));
                if (names.contains(name))
                    return name;
                names.insert(name);
                expectName = false;
            }
        } else if (c == '{' || c == '[') {
            ++depth;
            if (depth == 1)
                expectName = (c == '{');
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expectName = true;
        }
    }
    return std::nullopt;
}

// ---- keys -----------------------------------------------------------------------------------

QString keyTypeDescription(EVP_PKEY *pkey)
{
    const char *name = EVP_PKEY_get0_type_name(pkey);
    return name ? QString::fromLatin1(name) : Tr::tr("unknown");
}

bool isP256(EVP_PKEY *pkey)
{
    if (!EVP_PKEY_is_a(pkey, "EC"))
        return false;
    char group[64] = {};
    size_t len = 0;
    if (EVP_PKEY_get_group_name(pkey, group, sizeof group, &len) != 1)
        return false;
    return std::strcmp(group, "prime256v1") == 0 || std::strcmp(group, "P-256") == 0;
}

// The algorithm a public-key type is bound to, or an error that names the type.
Result<Algorithm> algorithmOfPkey(EVP_PKEY *pkey)
{
    if (isP256(pkey))
        return Algorithm::ES256;
    if (EVP_PKEY_is_a(pkey, "ED25519"))
        return Algorithm::EdDSA;
    if (EVP_PKEY_is_a(pkey, "EC"))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The EC key is not on curve P-256; only P-256 (ES256) and Ed25519 (EdDSA) keys "
                                "are supported."));
    if (EVP_PKEY_is_a(pkey, "RSA") || EVP_PKEY_is_a(pkey, "RSA-PSS"))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("RSA keys are not supported; use an EC P-256 (ES256) or Ed25519 (EdDSA) key."));
    return makeError(ErrorCode::InvalidInput,
                     Tr::tr("Keys of type %1 are not supported; use an EC P-256 (ES256) or Ed25519 (EdDSA) key.")
                         .arg(keyTypeDescription(pkey)));
}

// A public key must be a valid point; a private key must match its public part.
bool keyChecks(EVP_PKEY *pkey, bool hasPrivate)
{
    PkeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr));
    return ctx && (hasPrivate ? EVP_PKEY_pairwise_check(ctx.get()) : EVP_PKEY_public_check(ctx.get())) == 1;
}

} // namespace

struct Key::Impl {
    Algorithm alg = Algorithm::HS256;
    QString kid;
    QByteArray secret; // HS256
    Pkey pkey;         // ES256, EdDSA
    bool hasPrivate = false;

    ~Impl() { crypto::secureWipe(secret); }
};

struct KeyAccess {
    using Impl = Key::Impl;
    static const Impl *impl(const Key &key) { return key.d.get(); }
    static Key make(std::shared_ptr<Impl> impl)
    {
        Key key;
        key.d = std::move(impl);
        return key;
    }
};
using KeyImpl = KeyAccess::Impl;

namespace {

Key makeKey(Algorithm alg, const QString &kid, Pkey pkey, bool hasPrivate)
{
    auto impl = std::make_shared<KeyImpl>();
    impl->alg = alg;
    impl->kid = kid;
    impl->pkey = std::move(pkey);
    impl->hasPrivate = hasPrivate;
    return KeyAccess::make(std::move(impl));
}

Result<Key> keyFromPkey(const QString &kid, Pkey pkey, bool hasPrivate)
{
    const Result<Algorithm> alg = algorithmOfPkey(pkey.get());
    if (!alg.ok())
        return alg.error();
    if (!keyChecks(pkey.get(), hasPrivate))
        return makeError(ErrorCode::InvalidInput,
                         hasPrivate ? Tr::tr("The private key does not match its public key.")
                                    : Tr::tr("The public key is not a valid point of its curve."));
    return makeKey(alg.value(), kid, std::move(pkey), hasPrivate);
}

int noPassword(char *, int, int, void *)
{
    return -1; // an encrypted private key is refused, never prompted for
}

QByteArray bnBytes(const BIGNUM *bn, int size)
{
    QByteArray out(size, Qt::Uninitialized);
    if (BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), size) != size)
        return QByteArray();
    return out;
}

} // namespace

// ---- Key ------------------------------------------------------------------------------------

QString algorithmName(Algorithm alg)
{
    switch (alg) {
    case Algorithm::HS256:
        return QStringLiteral("HS256");
    case Algorithm::ES256:
        return QStringLiteral("ES256");
    case Algorithm::EdDSA:
        return QStringLiteral("EdDSA");
    }
    return QString();
}

std::optional<Algorithm> algorithmFromName(const QString &name)
{
    if (name == QLatin1String("HS256"))
        return Algorithm::HS256;
    if (name == QLatin1String("ES256"))
        return Algorithm::ES256;
    if (name == QLatin1String("EdDSA"))
        return Algorithm::EdDSA;
    return std::nullopt;
}

Key::Key() = default;
Key::~Key() = default;
Key::Key(const Key &) = default;
Key &Key::operator=(const Key &) = default;

Result<Key> Key::generate(Algorithm alg, const QString &kid)
{
    if (alg == Algorithm::HS256) {
        QByteArray secret = crypto::randomBytes(MinHmacSecret);
        Result<Key> key = fromHmacSecret(kid, secret);
        crypto::secureWipe(secret);
        return key;
    }
    EVP_PKEY *raw = alg == Algorithm::ES256 ? EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")
                                            : EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!raw)
        return makeError(ErrorCode::Internal, Tr::tr("OpenSSL could not generate a %1 key.").arg(algorithmName(alg)));
    return makeKey(alg, kid, Pkey(raw), true);
}

Result<Key> Key::fromHmacSecret(const QString &kid, const QByteArray &secret)
{
    if (secret.size() < MinHmacSecret)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("An HS256 secret must be at least 32 bytes (256 bits); this one has %n byte(s).",
                                nullptr, static_cast<int>(secret.size())));
    auto impl = std::make_shared<Impl>();
    impl->alg = Algorithm::HS256;
    impl->kid = kid;
    impl->secret = QByteArray(secret.constData(), secret.size()); // a copy of its own, wiped with the key
    impl->hasPrivate = true;
    return KeyAccess::make(std::move(impl));
}

Result<Key> Key::fromPrivateMaterial(Algorithm alg, const QString &kid, const QByteArray &material)
{
    if (alg == Algorithm::HS256)
        return fromHmacSecret(kid, material);
    EVP_PKEY *raw = nullptr;
    OSSL_DECODER_CTX *dctx = OSSL_DECODER_CTX_new_for_pkey(
        &raw, "DER", "PrivateKeyInfo", alg == Algorithm::ES256 ? "EC" : "ED25519", EVP_PKEY_KEYPAIR, nullptr, nullptr);
    const unsigned char *data = ubytes(material);
    size_t len = static_cast<size_t>(material.size());
    const bool decoded = dctx && OSSL_DECODER_from_data(dctx, &data, &len) == 1 && raw;
    OSSL_DECODER_CTX_free(dctx);
    Pkey pkey(raw);
    if (!decoded)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The stored private key is not a PKCS#8 %1 key.").arg(algorithmName(alg)));
    const Result<Algorithm> actual = algorithmOfPkey(pkey.get());
    if (!actual.ok() || actual.value() != alg)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The stored private key is not a %1 key.").arg(algorithmName(alg)));
    return keyFromPkey(kid, std::move(pkey), true);
}

Result<Key> Key::fromPem(const QString &kid, const QByteArray &pem)
{
    const QByteArray text = pem.trimmed();
    const bool isPublic = text.startsWith("-----BEGIN PUBLIC KEY-----");
    const bool isPrivate = text.startsWith("-----BEGIN PRIVATE KEY-----");
    if (!isPublic && !isPrivate)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The PEM text is neither a public key (BEGIN PUBLIC KEY) nor an unencrypted PKCS#8 "
                                "private key (BEGIN PRIVATE KEY)."));
    if (text.count("-----BEGIN ") != 1)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The PEM text holds more than one block; give one key."));
    Bio bio(BIO_new_mem_buf(text.constData(), static_cast<int>(text.size())));
    if (!bio)
        return makeError(ErrorCode::Internal, Tr::tr("OpenSSL could not read the PEM text."));
    Pkey pkey(isPublic ? PEM_read_bio_PUBKEY(bio.get(), nullptr, noPassword, nullptr)
                       : PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassword, nullptr));
    if (!pkey)
        return makeError(ErrorCode::InvalidInput,
                         isPublic ? Tr::tr("The PEM public key could not be decoded.")
                                  : Tr::tr("The PEM private key could not be decoded."));
    return keyFromPkey(kid, std::move(pkey), isPrivate);
}

Result<Key> Key::fromJwk(const QJsonObject &jwk)
{
    const QJsonValue kidValue = jwk.value(QLatin1String("kid"));
    if (!kidValue.isUndefined() && !kidValue.isString())
        return makeError(ErrorCode::InvalidInput, Tr::tr("The JWK's kid is not a string."));
    const QString kid = kidValue.toString();
    const QString kty = jwk.value(QLatin1String("kty")).toString();
    if (kty == QLatin1String("oct"))
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("The JWK is a symmetric (\"oct\") key; a shared secret is never taken from a key set."));
    // A key set is public. A member with a private part ("d") is a private key that was published
    // by mistake: it is refused rather than quietly used as a public key, so whoever pasted it learns
    // that the private key has leaked and must be replaced.
    if (jwk.contains(QLatin1String("d")))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The JWK holds a private key (\"d\"); a key set must hold public keys only, and this "
                                "private key should be treated as leaked."));
    const QJsonValue use = jwk.value(QLatin1String("use"));
    if (!use.isUndefined() && use.toString() != QLatin1String("sig"))
        return makeError(ErrorCode::InvalidInput, Tr::tr("The JWK's use is not \"sig\"."));
    const QJsonValue keyOps = jwk.value(QLatin1String("key_ops"));
    if (!keyOps.isUndefined() && !keyOps.toArray().contains(QStringLiteral("verify")))
        return makeError(ErrorCode::InvalidInput, Tr::tr("The JWK's key_ops do not include \"verify\"."));
    const QJsonValue alg = jwk.value(QLatin1String("alg"));

    auto coordinate = [&jwk](const char *name) -> std::optional<QByteArray> {
        const QJsonValue v = jwk.value(QLatin1String(name));
        if (!v.isString())
            return std::nullopt;
        auto bytes = decodeBase64Url(v.toString().toLatin1());
        if (!bytes || bytes->size() != CoordinateSize || v.toString().size() != 43)
            return std::nullopt;
        return bytes;
    };

    if (kty == QLatin1String("EC")) {
        if (jwk.value(QLatin1String("crv")).toString() != QLatin1String("P-256"))
            return makeError(ErrorCode::InvalidInput, Tr::tr("The EC JWK is not on curve P-256 (crv \"P-256\")."));
        if (!alg.isUndefined() && alg.toString() != QLatin1String("ES256"))
            return makeError(
                ErrorCode::InvalidInput,
                Tr::tr("The JWK's alg \"%1\" does not agree with its P-256 key (ES256).").arg(alg.toString()));
        const auto x = coordinate("x");
        const auto y = coordinate("y");
        if (!x || !y)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The EC JWK's x and y must each be 32 bytes in base64url."));
        const QByteArray point = QByteArray(1, '\x04') + *x + *y;
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, const_cast<char *>("prime256v1"), 0),
            OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, const_cast<char *>(point.constData()),
                                              static_cast<size_t>(point.size())),
            OSSL_PARAM_construct_end()};
        PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
        EVP_PKEY *raw = nullptr;
        if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
            || EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params) != 1 || !raw)
            return makeError(ErrorCode::InvalidInput, Tr::tr("The EC JWK's point is not on curve P-256."));
        return keyFromPkey(kid, Pkey(raw), false);
    }
    if (kty == QLatin1String("OKP")) {
        if (jwk.value(QLatin1String("crv")).toString() != QLatin1String("Ed25519"))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The OKP JWK is not an Ed25519 key (crv \"Ed25519\"); X25519 and Ed448 are not "
                                    "supported."));
        // "Ed25519" is the fully specified name of the same algorithm (RFC 9864).
        if (!alg.isUndefined() && alg.toString() != QLatin1String("EdDSA")
            && alg.toString() != QLatin1String("Ed25519"))
            return makeError(
                ErrorCode::InvalidInput,
                Tr::tr("The JWK's alg \"%1\" does not agree with its Ed25519 key (EdDSA).").arg(alg.toString()));
        const auto x = coordinate("x");
        if (!x)
            return makeError(ErrorCode::InvalidInput, Tr::tr("The Ed25519 JWK's x must be 32 bytes in base64url."));
        Pkey pkey(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, ubytes(*x), CoordinateSize));
        if (!pkey)
            return makeError(ErrorCode::InvalidInput, Tr::tr("The Ed25519 JWK's key could not be read."));
        return keyFromPkey(kid, std::move(pkey), false);
    }
    if (kty.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("The JWK has no kty."));
    return makeError(
        ErrorCode::InvalidInput,
        Tr::tr("JWKs of type \"%1\" are not supported; use EC P-256 (ES256) or OKP Ed25519 (EdDSA).").arg(kty));
}

bool Key::isValid() const
{
    return d != nullptr;
}

QString Key::kid() const
{
    return d ? d->kid : QString();
}

Algorithm Key::algorithm() const
{
    return d ? d->alg : Algorithm::HS256;
}

bool Key::canSign() const
{
    return d && d->hasPrivate;
}

QByteArray Key::privateMaterial() const
{
    if (!d || !d->hasPrivate)
        return QByteArray();
    if (d->alg == Algorithm::HS256)
        return QByteArray(d->secret.constData(), d->secret.size());
    OSSL_ENCODER_CTX *ectx =
        OSSL_ENCODER_CTX_new_for_pkey(d->pkey.get(), EVP_PKEY_KEYPAIR, "DER", "PrivateKeyInfo", nullptr);
    unsigned char *data = nullptr;
    size_t len = 0;
    const bool encoded = ectx && OSSL_ENCODER_to_data(ectx, &data, &len) == 1 && data;
    OSSL_ENCODER_CTX_free(ectx);
    if (!encoded)
        return QByteArray();
    QByteArray out(reinterpret_cast<const char *>(data), static_cast<qsizetype>(len));
    OPENSSL_clear_free(data, len);
    return out;
}

QJsonObject Key::publicJwk() const
{
    if (!d || d->alg == Algorithm::HS256)
        return QJsonObject();
    QJsonObject jwk;
    if (d->alg == Algorithm::ES256) {
        BIGNUM *x = nullptr;
        BIGNUM *y = nullptr;
        const bool got = EVP_PKEY_get_bn_param(d->pkey.get(), OSSL_PKEY_PARAM_EC_PUB_X, &x) == 1
            && EVP_PKEY_get_bn_param(d->pkey.get(), OSSL_PKEY_PARAM_EC_PUB_Y, &y) == 1;
        Bn bx(x);
        Bn by(y);
        if (!got)
            return QJsonObject();
        jwk.insert(QLatin1String("kty"), QStringLiteral("EC"));
        jwk.insert(QLatin1String("crv"), QStringLiteral("P-256"));
        jwk.insert(QLatin1String("x"), b64String(bnBytes(bx.get(), CoordinateSize)));
        jwk.insert(QLatin1String("y"), b64String(bnBytes(by.get(), CoordinateSize)));
    } else {
        QByteArray raw(CoordinateSize, Qt::Uninitialized);
        size_t len = CoordinateSize;
        if (EVP_PKEY_get_raw_public_key(d->pkey.get(), reinterpret_cast<unsigned char *>(raw.data()), &len) != 1
            || len != CoordinateSize)
            return QJsonObject();
        jwk.insert(QLatin1String("kty"), QStringLiteral("OKP"));
        jwk.insert(QLatin1String("crv"), QStringLiteral("Ed25519"));
        jwk.insert(QLatin1String("x"), b64String(raw));
    }
    if (!d->kid.isEmpty())
        jwk.insert(QLatin1String("kid"), d->kid);
    jwk.insert(QLatin1String("alg"), algorithmName(d->alg));
    jwk.insert(QLatin1String("use"), QStringLiteral("sig"));
    return jwk;
}

QByteArray toJwks(const QList<Key> &keys)
{
    QJsonArray list;
    for (const Key &key : keys) {
        const QJsonObject jwk = key.publicJwk();
        if (!jwk.isEmpty())
            list.append(jwk);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("keys"), list}}).toJson(QJsonDocument::Compact);
}

Result<QList<Key>> parseJwks(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (!doc.isObject())
        return makeError(ErrorCode::InvalidInput,
                         err.error != QJsonParseError::NoError
                             ? Tr::tr("The key set is not valid JSON: %1.").arg(err.errorString())
                             : Tr::tr("The key set is not a JSON object."));
    const QJsonValue keysValue = doc.object().value(QLatin1String("keys"));
    if (!keysValue.isArray())
        return makeError(ErrorCode::InvalidInput, Tr::tr("The key set has no \"keys\" list."));
    const QJsonArray members = keysValue.toArray();
    QList<Key> keys;
    QSet<QString> kids;
    for (qsizetype i = 0; i < members.size(); ++i) {
        const QJsonValue member = members.at(i);
        const QString where = member.toObject().value(QLatin1String("kid")).isString()
            ? Tr::tr("Key %1 (kid \"%2\") of the key set")
                  .arg(i + 1)
                  .arg(member.toObject().value(QLatin1String("kid")).toString())
            : Tr::tr("Key %1 of the key set").arg(i + 1);
        if (!member.isObject())
            return makeError(ErrorCode::InvalidInput, Tr::tr("%1 is not a JSON object.").arg(where));
        Result<Key> key = Key::fromJwk(member.toObject());
        if (!key.ok())
            return makeError(ErrorCode::InvalidInput, Tr::tr("%1: %2").arg(where, key.message()));
        if (!key->kid().isEmpty()) {
            if (kids.contains(key->kid()))
                return makeError(
                    ErrorCode::InvalidInput,
                    Tr::tr("%1 repeats a kid used by an earlier key; every kid must be unique.").arg(where));
            kids.insert(key->kid());
        }
        keys.append(key.value());
    }
    return keys;
}

// ---- signing --------------------------------------------------------------------------------

namespace {

std::optional<QByteArray> signBytes(const KeyImpl &key, const QByteArray &input)
{
    if (key.alg == Algorithm::HS256)
        return crypto::hmacSha256(key.secret, input);
    MdCtx ctx(EVP_MD_CTX_new());
    const EVP_MD *md = key.alg == Algorithm::ES256 ? EVP_sha256() : nullptr;
    size_t len = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, md, nullptr, key.pkey.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &len, ubytes(input), static_cast<size_t>(input.size())) != 1)
        return std::nullopt;
    QByteArray sig(static_cast<qsizetype>(len), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len, ubytes(input),
                       static_cast<size_t>(input.size()))
        != 1)
        return std::nullopt;
    sig.truncate(static_cast<qsizetype>(len));
    if (key.alg == Algorithm::EdDSA)
        return sig.size() == EdDsaSignatureSize ? std::optional<QByteArray>(sig) : std::nullopt;
    // ES256: OpenSSL's DER ECDSA-Sig-Value to JWS's fixed-width R‖S (RFC 7518 §3.4).
    const unsigned char *p = ubytes(sig);
    EcdsaSig ecdsa(d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(sig.size())));
    if (!ecdsa)
        return std::nullopt;
    const QByteArray r = bnBytes(ECDSA_SIG_get0_r(ecdsa.get()), CoordinateSize);
    const QByteArray s = bnBytes(ECDSA_SIG_get0_s(ecdsa.get()), CoordinateSize);
    if (r.isEmpty() || s.isEmpty())
        return std::nullopt;
    return r + s;
}

} // namespace

Result<QString> sign(const Key &key, const QJsonObject &claims, const QString &typ)
{
    const KeyImpl *impl = KeyAccess::impl(key);
    if (!impl || !impl->hasPrivate)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The key \"%1\" holds no private part and cannot sign.").arg(key.kid()));
    QJsonObject header{{QStringLiteral("alg"), algorithmName(impl->alg)}};
    if (!typ.isEmpty())
        header.insert(QLatin1String("typ"), typ);
    if (!impl->kid.isEmpty())
        header.insert(QLatin1String("kid"), impl->kid);
    const QByteArray input = encodeBase64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + encodeBase64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const auto signature = signBytes(*impl, input);
    if (!signature)
        return makeError(
            ErrorCode::Internal,
            Tr::tr("OpenSSL could not sign with the %1 key \"%2\".").arg(algorithmName(impl->alg), impl->kid));
    return QString::fromLatin1(input + '.' + encodeBase64Url(*signature));
}

// ---- verification ---------------------------------------------------------------------------

QString failureName(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return QStringLiteral("none");
    case Failure::Malformed:
        return QStringLiteral("malformed");
    case Failure::Encrypted:
        return QStringLiteral("encrypted");
    case Failure::DuplicateMember:
        return QStringLiteral("duplicate_member");
    case Failure::UnsupportedAlgorithm:
        return QStringLiteral("unsupported_algorithm");
    case Failure::UnknownCritical:
        return QStringLiteral("unknown_critical");
    case Failure::HeaderKey:
        return QStringLiteral("header_key");
    case Failure::UnknownKey:
        return QStringLiteral("unknown_key");
    case Failure::AlgorithmMismatch:
        return QStringLiteral("algorithm_mismatch");
    case Failure::BadSignature:
        return QStringLiteral("bad_signature");
    case Failure::WrongType:
        return QStringLiteral("wrong_type");
    case Failure::MissingClaim:
        return QStringLiteral("missing_claim");
    case Failure::WrongClaimType:
        return QStringLiteral("wrong_claim_type");
    case Failure::Expired:
        return QStringLiteral("expired");
    case Failure::NotYetValid:
        return QStringLiteral("not_yet_valid");
    case Failure::IssuedInFuture:
        return QStringLiteral("issued_in_future");
    case Failure::WrongIssuer:
        return QStringLiteral("wrong_issuer");
    case Failure::WrongAudience:
        return QStringLiteral("wrong_audience");
    case Failure::Revoked:
        return QStringLiteral("revoked");
    }
    return QStringLiteral("unknown");
}

namespace {

struct Parsed {
    Verification result;
    QByteArray signingInput; // header.payload as sent
    QByteArray signature;
};

Verification &refuse(Verification &v, Failure failure, const QString &message)
{
    v.failure = failure;
    v.message = message;
    v.kid.clear();
    return v;
}

enum class Segment { Header, Claims };
enum class SegmentProblem { Empty, NotBase64Url, NotUtf8, NotJson, NotObject, Duplicate };

// Whole sentences per segment, so that translations need not fit a word into a sentence.
QString segmentMessage(Segment segment, SegmentProblem problem, const QString &detail = QString())
{
    const bool header = segment == Segment::Header;
    switch (problem) {
    case SegmentProblem::Empty:
        return header ? Tr::tr("The token's header is empty.") : Tr::tr("The token's claims are empty.");
    case SegmentProblem::NotBase64Url:
        return header ? Tr::tr("The token's header is not base64url (no padding, no '+', '/' or whitespace).")
                      : Tr::tr("The token's claims are not base64url (no padding, no '+', '/' or whitespace).");
    case SegmentProblem::NotUtf8:
        return header ? Tr::tr("The token's header is not UTF-8 text.")
                      : Tr::tr("The token's claims are not UTF-8 text.");
    case SegmentProblem::NotJson:
        return header ? Tr::tr("The token's header is not valid JSON: %1.").arg(detail)
                      : Tr::tr("The token's claims are not valid JSON: %1.").arg(detail);
    case SegmentProblem::NotObject:
        return header ? Tr::tr("The token's header is not a JSON object.")
                      : Tr::tr("The token's claims are not a JSON object.");
    case SegmentProblem::Duplicate:
        return header ? Tr::tr("The token's header has the member \"%1\" more than once.").arg(detail)
                      : Tr::tr("The token's claims have the member \"%1\" more than once.").arg(detail);
    }
    return QString();
}

// Decodes one JSON object segment; on failure sets the result and returns nullopt.
std::optional<QJsonObject> parseSegment(QByteArrayView text, Segment segment, Verification &v)
{
    if (text.isEmpty()) {
        refuse(v, Failure::Malformed, segmentMessage(segment, SegmentProblem::Empty));
        return std::nullopt;
    }
    const auto bytes = decodeBase64Url(text);
    if (!bytes) {
        refuse(v, Failure::Malformed, segmentMessage(segment, SegmentProblem::NotBase64Url));
        return std::nullopt;
    }
    if (!bytes->isValidUtf8()) {
        refuse(v, Failure::Malformed, segmentMessage(segment, SegmentProblem::NotUtf8));
        return std::nullopt;
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &err);
    if (err.error != QJsonParseError::NoError) {
        refuse(v, Failure::Malformed, segmentMessage(segment, SegmentProblem::NotJson, err.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        refuse(v, Failure::Malformed, segmentMessage(segment, SegmentProblem::NotObject));
        return std::nullopt;
    }
    if (const auto dup = duplicateTopLevelName(*bytes)) {
        refuse(v, Failure::DuplicateMember, segmentMessage(segment, SegmentProblem::Duplicate, *dup));
        return std::nullopt;
    }
    return doc.object();
}

// Structure: three base64url segments, header and claims JSON objects without duplicate names.
Parsed parse(const QString &token)
{
    Parsed p;
    Verification &v = p.result;
    if (token.isEmpty()) {
        refuse(v, Failure::Malformed, Tr::tr("The token is empty."));
        return p;
    }
    if (token.size() > MaxTokenLength) {
        refuse(v, Failure::Malformed,
               Tr::tr("The token is %1 characters long; tokens longer than %2 characters are refused.")
                   .arg(token.size())
                   .arg(MaxTokenLength));
        return p;
    }
    for (const QChar c : token) {
        if (c.unicode() > 0x7e || c.unicode() < 0x21) {
            refuse(v, Failure::Malformed,
                   Tr::tr("The token holds a character (U+%1) that is not base64url or '.'.")
                       .arg(static_cast<uint>(c.unicode()), 4, 16, QLatin1Char('0')));
            return p;
        }
    }
    const QByteArray text = token.toLatin1();
    const qsizetype dots = text.count('.');
    if (dots == 4) {
        refuse(v, Failure::Encrypted,
               Tr::tr("The token has five segments: it is an encrypted token (JWE), and a signed token (JWS) is "
                      "expected."));
        return p;
    }
    if (dots != 2) {
        refuse(v, Failure::Malformed,
               Tr::tr("The token has %n segment(s); a signed token (JWS) has exactly three.", nullptr,
                      static_cast<int>(dots + 1)));
        return p;
    }
    const qsizetype first = text.indexOf('.');
    const qsizetype second = text.indexOf('.', first + 1);
    const QByteArrayView headerPart = QByteArrayView(text).first(first);
    const QByteArrayView payloadPart = QByteArrayView(text).sliced(first + 1, second - first - 1);
    const QByteArrayView signaturePart = QByteArrayView(text).sliced(second + 1);

    const auto header = parseSegment(headerPart, Segment::Header, v);
    if (!header)
        return p;
    v.header = *header;
    const auto claims = parseSegment(payloadPart, Segment::Claims, v);
    if (!claims)
        return p;
    v.claims = *claims;
    const auto signature = decodeBase64Url(signaturePart);
    if (!signature) {
        refuse(v, Failure::Malformed,
               Tr::tr("The token's signature is not base64url (no padding, no '+', '/' or whitespace)."));
        return p;
    }
    p.signature = *signature;
    p.signingInput = text.first(second);
    return p;
}

bool verifySignature(const KeyImpl &key, const QByteArray &input, const QByteArray &signature, QString *why)
{
    switch (key.alg) {
    case Algorithm::HS256: {
        if (signature.size() != HmacSize) {
            *why = Tr::tr("The HS256 signature is %n byte(s) long; it must be 32.", nullptr,
                          static_cast<int>(signature.size()));
            return false;
        }
        const QByteArray mac = crypto::hmacSha256(key.secret, input);
        if (CRYPTO_memcmp(mac.constData(), signature.constData(), HmacSize) != 0) {
            *why = Tr::tr("The HS256 signature does not match.");
            return false;
        }
        return true;
    }
    case Algorithm::ES256: {
        if (signature.size() != Es256SignatureSize) {
            *why = Tr::tr("The ES256 signature is %n byte(s) long; it must be the raw R‖S of 64 bytes (a DER "
                          "signature is refused).",
                          nullptr, static_cast<int>(signature.size()));
            return false;
        }
        const auto *bytes = ubytes(signature);
        EcdsaSig ecdsa(ECDSA_SIG_new());
        BIGNUM *r = BN_bin2bn(bytes, CoordinateSize, nullptr);
        BIGNUM *s = BN_bin2bn(bytes + CoordinateSize, CoordinateSize, nullptr);
        // The curve order from OpenSSL's own P-256 group, compared as numbers (public values, no secret).
        std::unique_ptr<EC_GROUP, decltype(&EC_GROUP_free)> group(EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1),
                                                                   &EC_GROUP_free);
        const BIGNUM *order = group ? EC_GROUP_get0_order(group.get()) : nullptr;
        if (!ecdsa || !r || !s || !order) {
            BN_free(r);
            BN_free(s);
            *why = Tr::tr("OpenSSL could not read the ES256 signature.");
            return false;
        }
        for (const BIGNUM *v : {static_cast<const BIGNUM *>(r), static_cast<const BIGNUM *>(s)}) {
            if (BN_is_zero(v) || BN_cmp(v, order) >= 0) {
                *why = v == r ? Tr::tr("The ES256 signature's r is zero or not below the curve order.")
                              : Tr::tr("The ES256 signature's s is zero or not below the curve order.");
                BN_free(r);
                BN_free(s);
                return false;
            }
        }
        if (ECDSA_SIG_set0(ecdsa.get(), r, s) != 1) {
            BN_free(r);
            BN_free(s);
            *why = Tr::tr("OpenSSL could not read the ES256 signature.");
            return false;
        }
        unsigned char *der = nullptr;
        const int derLen = i2d_ECDSA_SIG(ecdsa.get(), &der);
        if (derLen <= 0) {
            *why = Tr::tr("OpenSSL could not read the ES256 signature.");
            return false;
        }
        MdCtx ctx(EVP_MD_CTX_new());
        const bool ok = ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.pkey.get()) == 1
            && EVP_DigestVerify(ctx.get(), der, static_cast<size_t>(derLen), ubytes(input),
                                static_cast<size_t>(input.size()))
                == 1;
        OPENSSL_free(der);
        if (!ok)
            *why = Tr::tr("The ES256 signature does not match.");
        return ok;
    }
    case Algorithm::EdDSA: {
        if (signature.size() != EdDsaSignatureSize) {
            *why = Tr::tr("The EdDSA signature is %n byte(s) long; it must be 64.", nullptr,
                          static_cast<int>(signature.size()));
            return false;
        }
        MdCtx ctx(EVP_MD_CTX_new());
        const bool ok = ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.pkey.get()) == 1
            && EVP_DigestVerify(ctx.get(), ubytes(signature), static_cast<size_t>(signature.size()), ubytes(input),
                                static_cast<size_t>(input.size()))
                == 1;
        if (!ok)
            *why = Tr::tr("The EdDSA signature does not match.");
        return ok;
    }
    }
    *why = Tr::tr("Unknown algorithm.");
    return false;
}

// A media type as RFC 7515 §4.1.9 compares it: case-insensitively, "application/" implied when
// there is no "/".
QString normalizedType(const QString &type)
{
    const QString lower = type.toLower();
    return lower.contains(u'/') ? lower : QStringLiteral("application/") + lower;
}

// A NumericDate claim: nullopt when absent; sets the failure when present but not a finite number.
std::optional<double> numericDate(const QJsonObject &claims, const char *name, Verification &v, bool *bad)
{
    const QJsonValue value = claims.value(QLatin1String(name));
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        refuse(v, Failure::WrongClaimType,
               Tr::tr("The claim \"%1\" must be a number of seconds since 1970 (a NumericDate).")
                   .arg(QLatin1String(name)));
        *bad = true;
        return std::nullopt;
    }
    return value.toDouble();
}

QString utcText(double seconds)
{
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(std::floor(seconds)), Qt::UTC).toString(Qt::ISODate);
}

// A required or optional string claim: false (and the failure set) when missing-but-required or not a string.
bool stringClaim(const QJsonObject &claims, const char *name, bool required, Verification &v)
{
    const QJsonValue value = claims.value(QLatin1String(name));
    if (value.isUndefined()) {
        if (required) {
            refuse(v, Failure::MissingClaim,
                   Tr::tr("The token has no \"%1\" claim, and it is required.").arg(QLatin1String(name)));
            return false;
        }
        return true;
    }
    if (!value.isString()) {
        refuse(v, Failure::WrongClaimType, Tr::tr("The claim \"%1\" must be a string.").arg(QLatin1String(name)));
        return false;
    }
    if (required && value.toString().isEmpty()) {
        refuse(v, Failure::MissingClaim,
               Tr::tr("The token's \"%1\" claim is empty, and it is required.").arg(QLatin1String(name)));
        return false;
    }
    return true;
}

void checkClaims(Verification &v, const Expectations &expect)
{
    const QJsonObject &claims = v.claims;
    const QDateTime now = expect.now.isValid() ? expect.now : QDateTime::currentDateTimeUtc();
    const double nowSeconds = static_cast<double>(now.toMSecsSinceEpoch()) / 1000.0;
    const double leeway = std::max(0, expect.leewaySeconds);
    bool bad = false;

    const auto exp = numericDate(claims, "exp", v, &bad);
    if (bad)
        return;
    if (!exp && expect.requireExp) {
        refuse(v, Failure::MissingClaim, Tr::tr("The token has no expiry (\"exp\" claim), and one is required."));
        return;
    }
    // RFC 7519 §4.1.4: the current time must be before exp (leeway allowed).
    if (exp && *exp <= nowSeconds - leeway) {
        refuse(v, Failure::Expired,
               Tr::tr("The token expired at %1 (now %2, leeway %n second(s)).", nullptr, expect.leewaySeconds)
                   .arg(utcText(*exp), utcText(nowSeconds)));
        return;
    }
    const auto nbf = numericDate(claims, "nbf", v, &bad);
    if (bad)
        return;
    if (nbf && *nbf > nowSeconds + leeway) {
        refuse(v, Failure::NotYetValid,
               Tr::tr("The token is not valid before %1 (now %2, leeway %n second(s)).", nullptr, expect.leewaySeconds)
                   .arg(utcText(*nbf), utcText(nowSeconds)));
        return;
    }
    const auto iat = numericDate(claims, "iat", v, &bad);
    if (bad)
        return;
    if (!iat && expect.requireIat) {
        refuse(v, Failure::MissingClaim, Tr::tr("The token has no issue time (\"iat\" claim), and one is required."));
        return;
    }
    if (iat && *iat > nowSeconds + leeway) {
        refuse(v, Failure::IssuedInFuture,
               Tr::tr("The token claims to be issued at %1, in the future (now %2, leeway %n second(s)).", nullptr,
                      expect.leewaySeconds)
                   .arg(utcText(*iat), utcText(nowSeconds)));
        return;
    }
    if (!stringClaim(claims, "jti", expect.requireJti, v) || !stringClaim(claims, "sub", expect.requireSub, v))
        return;
    if (!expect.issuer.isEmpty()) {
        if (!stringClaim(claims, "iss", true, v))
            return;
        const QString iss = claims.value(QLatin1String("iss")).toString();
        if (iss != expect.issuer) {
            refuse(v, Failure::WrongIssuer,
                   Tr::tr("The token was issued by \"%1\", not by \"%2\".").arg(iss, expect.issuer));
            return;
        }
    }
    if (!expect.audience.isEmpty()) {
        const QJsonValue aud = claims.value(QLatin1String("aud"));
        if (aud.isUndefined()) {
            refuse(v, Failure::MissingClaim,
                   Tr::tr("The token has no audience (\"aud\" claim); \"%1\" is required.").arg(expect.audience));
            return;
        }
        bool found = false;
        if (aud.isString()) {
            found = aud.toString() == expect.audience;
        } else if (aud.isArray()) {
            for (const QJsonValue entry : aud.toArray()) {
                if (!entry.isString()) {
                    refuse(v, Failure::WrongClaimType,
                           Tr::tr("The claim \"aud\" must be a string or a list of strings."));
                    return;
                }
                found = found || entry.toString() == expect.audience;
            }
        } else {
            refuse(v, Failure::WrongClaimType, Tr::tr("The claim \"aud\" must be a string or a list of strings."));
            return;
        }
        if (!found) {
            refuse(v, Failure::WrongAudience,
                   Tr::tr("The token is not meant for \"%1\" (its audience is %2).")
                       .arg(expect.audience,
                            QString::fromUtf8(aud.isString()
                                                  ? QJsonDocument(QJsonArray{aud}).toJson(QJsonDocument::Compact)
                                                  : QJsonDocument(aud.toArray()).toJson(QJsonDocument::Compact))));
            return;
        }
    }
}

} // namespace

Verification decode(const QString &token)
{
    return parse(token).result;
}

Verification verify(const QString &token, const QList<Key> &keys, const Expectations &expect)
{
    Parsed p = parse(token);
    Verification &v = p.result;
    if (!v.valid())
        return v;
    const QJsonObject &header = v.header;

    // Header rules.
    const QJsonValue algValue = header.value(QLatin1String("alg"));
    if (!algValue.isString())
        return refuse(v, Failure::UnsupportedAlgorithm,
                      algValue.isUndefined() ? Tr::tr("The token's header names no algorithm (\"alg\").")
                                             : Tr::tr("The token's \"alg\" is not a string."));
    const QString algName = algValue.toString();
    if (algName.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return refuse(v, Failure::UnsupportedAlgorithm,
                      Tr::tr("The token is unsigned (alg \"%1\"); unsigned tokens are never accepted.").arg(algName));
    const std::optional<Algorithm> alg = algorithmFromName(algName);
    if (!alg || !expect.algorithms.contains(*alg))
        return refuse(v, Failure::UnsupportedAlgorithm,
                      Tr::tr("The algorithm \"%1\" is not allowed here.").arg(algName));
    if (header.contains(QLatin1String("crit")))
        return refuse(v, Failure::UnknownCritical,
                      Tr::tr("The token's header has critical extensions (\"crit\"); none are implemented, so it is "
                             "refused."));
    for (const char *name : {"jwk", "jku", "x5u", "x5c"}) {
        if (header.contains(QLatin1String(name)))
            return refuse(v, Failure::HeaderKey,
                          Tr::tr("The token's header carries a key or key location (\"%1\"); keys are never taken "
                                 "from a token.")
                              .arg(QLatin1String(name)));
    }

    // The key, among the ones given, compared in memory.
    const KeyImpl *key = nullptr;
    const QJsonValue kidValue = header.value(QLatin1String("kid"));
    if (!kidValue.isUndefined()) {
        if (!kidValue.isString())
            return refuse(v, Failure::UnknownKey, Tr::tr("The token's \"kid\" is not a string."));
        const QString kid = kidValue.toString();
        const KeyImpl *otherAlg = nullptr;
        for (const Key &candidate : keys) {
            const KeyImpl *impl = KeyAccess::impl(candidate);
            if (!impl || impl->kid != kid)
                continue;
            if (impl->alg == *alg) {
                key = impl;
                break;
            }
            otherAlg = impl;
        }
        if (!key && otherAlg)
            return refuse(v, Failure::AlgorithmMismatch,
                          Tr::tr("The key \"%1\" is bound to %2, but the token says %3.")
                              .arg(kid, algorithmName(otherAlg->alg), algName));
        if (!key)
            return refuse(v, Failure::UnknownKey, Tr::tr("No key has the token's kid \"%1\".").arg(kid));
    } else {
        int count = 0;
        for (const Key &candidate : keys) {
            const KeyImpl *impl = KeyAccess::impl(candidate);
            if (impl && impl->alg == *alg) {
                key = impl;
                ++count;
            }
        }
        if (count != 1)
            return refuse(v, Failure::UnknownKey,
                          count == 0
                              ? Tr::tr("The token names no key (no \"kid\"), and no %1 key is configured.").arg(algName)
                              : Tr::tr("The token names no key (no \"kid\"), and %n %1 keys are configured; "
                                       "it must name one.",
                                       nullptr, count)
                                    .arg(algName));
    }

    // The signature.
    if (p.signature.isEmpty())
        return refuse(v, Failure::BadSignature, Tr::tr("The token has no signature."));
    QString why;
    if (!verifySignature(*key, p.signingInput, p.signature, &why))
        return refuse(v, Failure::BadSignature, why);

    // Type, then claims.
    if (!expect.type.isEmpty()) {
        const QJsonValue typ = header.value(QLatin1String("typ"));
        if (typ.isUndefined())
            return refuse(v, Failure::WrongType,
                          Tr::tr("The token has no type (\"typ\"); \"%1\" is expected.").arg(expect.type));
        if (!typ.isString() || normalizedType(typ.toString()) != normalizedType(expect.type))
            return refuse(v, Failure::WrongType,
                          Tr::tr("The token's type is \"%1\", not \"%2\".")
                              .arg(typ.isString() ? typ.toString() : Tr::tr("(not a string)"), expect.type));
    }
    checkClaims(v, expect);
    if (v.valid())
        v.kid = key->kid;
    return v;
}

} // namespace authdesk::jwt
