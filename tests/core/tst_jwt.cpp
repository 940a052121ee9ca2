// JSON Web Tokens: one test per row 1–10 of the JWT table in the security reference, each with tokens
// this suite crafts itself (header and claims written as JSON text by hand, base64url-encoded here,
// signed with OpenSSL directly), asserting the exact Failure; then round trips for every algorithm,
// key material and key sets, the leeway boundaries, aud lists, typ case, tampering and hostile input.

#include "core/auth/Jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace authdesk;
using namespace authdesk::jwt;

namespace {

// 2026-01-01T00:00:00Z: every test runs at this instant.
constexpr qint64 Now = 1767225600;
const QString Issuer = QStringLiteral("urn:authdesk:test");
const QString Audience = QStringLiteral("api");
const QString AccessType = QStringLiteral("at+jwt");

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Expectations expectations()
{
    Expectations e;
    e.issuer = Issuer;
    e.audience = Audience;
    e.type = AccessType;
    e.now = QDateTime::fromSecsSinceEpoch(Now, Qt::UTC);
    return e;
}

// Claims as JSON text, written by hand; extra members are appended as they are given.
QByteArray claimsJson(qint64 exp = Now + 600, qint64 iat = Now - 10, const QByteArray &extra = QByteArray())
{
    return QByteArrayLiteral(R"({"sub":"user-1","jti":"jti-1","iss":"urn:authdesk:test","aud":"api","iat":)")
        + QByteArray::number(iat) + QByteArrayLiteral(R"(,"exp":)") + QByteArray::number(exp) + extra + '}';
}

QByteArray headerJson(const char *alg, const QString &kid, const QByteArray &extra = QByteArray())
{
    return QByteArrayLiteral(R"({"alg":")") + alg + QByteArrayLiteral(R"(","typ":"at+jwt","kid":")") + kid.toUtf8()
        + '"' + extra + '}';
}

struct PkeyFree {
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

Pkey loadPrivate(const Key &key)
{
    const QByteArray der = key.privateMaterial();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return Pkey(d2i_AutoPrivateKey(nullptr, &p, static_cast<long>(der.size())));
}

QByteArray hmac(const QByteArray &secret, const QByteArray &input)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha256(), secret.constData(), static_cast<int>(secret.size()),
         reinterpret_cast<const unsigned char *>(input.constData()), static_cast<size_t>(input.size()), out, &len);
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(len));
}

// OpenSSL's own DER signature for ES256 (before conversion), or the raw signature otherwise.
QByteArray opensslSignature(EVP_PKEY *pkey, const EVP_MD *md, const QByteArray &input)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t len = 0;
    EVP_DigestSignInit(ctx, nullptr, md, nullptr, pkey);
    EVP_DigestSign(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(input.constData()),
                   static_cast<size_t>(input.size()));
    QByteArray sig(static_cast<qsizetype>(len), '\0');
    EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &len,
                   reinterpret_cast<const unsigned char *>(input.constData()), static_cast<size_t>(input.size()));
    EVP_MD_CTX_free(ctx);
    sig.truncate(static_cast<qsizetype>(len));
    return sig;
}

QByteArray derToRaw(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size()));
    QByteArray raw(64, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char *>(raw.data()), 32);
    BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char *>(raw.data()) + 32, 32);
    ECDSA_SIG_free(sig);
    return raw;
}

// The JWS signature of input with key, made by OpenSSL here (not by jwt::sign).
QByteArray signInput(const Key &key, const QByteArray &input)
{
    switch (key.algorithm()) {
    case Algorithm::HS256:
        return hmac(key.privateMaterial(), input);
    case Algorithm::ES256:
        return derToRaw(opensslSignature(loadPrivate(key).get(), EVP_sha256(), input));
    case Algorithm::EdDSA:
        return opensslSignature(loadPrivate(key).get(), nullptr, input);
    }
    return QByteArray();
}

QString compact(const QByteArray &header, const QByteArray &payload, const QByteArray &signature)
{
    return QString::fromLatin1(b64(header) + '.' + b64(payload) + '.' + b64(signature));
}

// A token with the given header and claims JSON text, signed by key.
QString craft(const Key &key, const QByteArray &header, const QByteArray &payload)
{
    const QByteArray input = b64(header) + '.' + b64(payload);
    return QString::fromLatin1(input + '.' + b64(signInput(key, input)));
}

QString craft(const Key &key, const QByteArray &payload = claimsJson())
{
    const char *alg = key.algorithm() == Algorithm::HS256 ? "HS256"
        : key.algorithm() == Algorithm::ES256             ? "ES256"
                                                          : "EdDSA";
    return craft(key, headerJson(alg, key.kid()), payload);
}

Key makeKey(Algorithm alg, const QString &kid)
{
    auto key = Key::generate(alg, kid);
    if (!key.ok())
        qFatal("key generation failed: %s", qPrintable(key.message()));
    return key.value();
}

QByteArray pemOf(EVP_PKEY *pkey, bool privatePart)
{
    BIO *bio = BIO_new(BIO_s_mem());
    if (privatePart)
        PEM_write_bio_PrivateKey(bio, pkey, nullptr, nullptr, 0, nullptr, nullptr);
    else
        PEM_write_bio_PUBKEY(bio, pkey);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QByteArray out(data, static_cast<qsizetype>(len));
    BIO_free(bio);
    return out;
}

QString segmentReplaced(const QString &token, int index, const QString &segment)
{
    QStringList parts = token.split(u'.');
    parts[index] = segment;
    return parts.join(u'.');
}

} // namespace

#define VERIFY_FAILS(token, keys, expect, expected)                                                                    \
    do {                                                                                                               \
        const Verification v_ = verify((token), (keys), (expect));                                                     \
        if (v_.failure != (expected))                                                                                  \
            qWarning("got %s: %s", qPrintable(failureName(v_.failure)), qPrintable(v_.message));                       \
        QCOMPARE(failureName(v_.failure), failureName(expected));                                                      \
        QVERIFY2(!v_.message.isEmpty(), "a refusal says why");                                                         \
        QVERIFY(v_.kid.isEmpty());                                                                                     \
    } while (false)

#define VERIFY_VALID(token, keys, expect)                                                                              \
    do {                                                                                                               \
        const Verification v_ = verify((token), (keys), (expect));                                                     \
        QVERIFY2(v_.valid(), qPrintable(failureName(v_.failure) + QStringLiteral(": ") + v_.message));                 \
        QVERIFY(v_.message.isEmpty());                                                                                 \
    } while (false)

class TestJwt : public QObject {
    Q_OBJECT
private:
    Key m_hs = makeKey(Algorithm::HS256, QStringLiteral("hs-1"));
    Key m_es = makeKey(Algorithm::ES256, QStringLiteral("es-1"));
    Key m_ed = makeKey(Algorithm::EdDSA, QStringLiteral("ed-1"));
    QList<Key> allKeys() const { return {m_hs, m_es, m_ed}; }

private Q_SLOTS:
    void controlTokensAreValid()
    {
        // The crafted tokens the rows below change are valid as they are.
        for (const Key &key : allKeys())
            VERIFY_VALID(craft(key), allKeys(), expectations());
    }

    // Row 1: alg none in any case with an empty signature; any alg not on the allow-list.
    void row01_algNoneAndNotAllowed()
    {
        for (const char *none : {"none", "None", "NONE", "nOnE"}) {
            const QString token = compact(headerJson(none, m_hs.kid()), claimsJson(), QByteArray());
            QVERIFY(token.endsWith(u'.'));
            VERIFY_FAILS(token, allKeys(), expectations(), Failure::UnsupportedAlgorithm);
            QVERIFY(verify(token, allKeys(), expectations()).message.contains(QLatin1String("unsigned")));
            // The same with a valid HS256 signature of the rewritten input kept.
            VERIFY_FAILS(craft(m_hs, headerJson(none, m_hs.kid()), claimsJson()), allKeys(), expectations(),
                         Failure::UnsupportedAlgorithm);
        }
        for (const char *other : {"RS256", "hs256", "HS512", "PS256", "ES384", "eddsa", "Ed25519", ""})
            VERIFY_FAILS(craft(m_hs, headerJson(other, m_hs.kid()), claimsJson()), allKeys(), expectations(),
                         Failure::UnsupportedAlgorithm);
        VERIFY_FAILS(craft(m_hs, QByteArrayLiteral(R"({"typ":"at+jwt","kid":"hs-1"})"), claimsJson()), allKeys(),
                     expectations(), Failure::UnsupportedAlgorithm);
        VERIFY_FAILS(craft(m_hs, QByteArrayLiteral(R"({"alg":["HS256"],"typ":"at+jwt","kid":"hs-1"})"), claimsJson()),
                     allKeys(), expectations(), Failure::UnsupportedAlgorithm);
        // Supported, but not on this verifier's allow-list.
        Expectations onlyEs = expectations();
        onlyEs.algorithms = {Algorithm::ES256};
        VERIFY_FAILS(craft(m_hs), allKeys(), onlyEs, Failure::UnsupportedAlgorithm);
        VERIFY_FAILS(craft(m_ed), allKeys(), onlyEs, Failure::UnsupportedAlgorithm);
        VERIFY_VALID(craft(m_es), allKeys(), onlyEs);
        QVERIFY(!algorithmFromName(QStringLiteral("none")));
        QVERIFY(!algorithmFromName(QStringLiteral("hs256")));
    }

    // Row 2: a token re-signed as HS256 with an ES256/EdDSA key's public material as the HMAC secret.
    void row02_keyConfusion()
    {
        Pkey esPrivate = loadPrivate(m_es);
        const QList<QByteArray> publicForms{
            pemOf(esPrivate.get(), false),
            QJsonDocument(m_es.publicJwk()).toJson(QJsonDocument::Compact),
            toJwks({m_es}),
            QByteArray::fromBase64(m_es.publicJwk().value(QLatin1String("x")).toString().toLatin1(),
                                   QByteArray::Base64UrlEncoding),
        };
        const QByteArray edRaw = QByteArray::fromBase64(
            m_ed.publicJwk().value(QLatin1String("x")).toString().toLatin1(), QByteArray::Base64UrlEncoding);
        QCOMPARE(edRaw.size(), 32);
        QVERIFY(publicForms.first().startsWith("-----BEGIN PUBLIC KEY-----"));

        // The verifier holds only the public keys, as it would from a key set.
        const auto published = parseJwks(toJwks({m_es, m_ed}));
        QVERIFY2(published.ok(), qPrintable(published.message()));
        const QList<Key> keySets[] = {published.value(), {m_es, m_ed}};
        for (const QList<Key> &keys : keySets) {
            for (const QByteArray &secret : publicForms) {
                const QByteArray header = headerJson("HS256", m_es.kid());
                const QByteArray input = b64(header) + '.' + b64(claimsJson());
                const QString token = QString::fromLatin1(input + '.' + b64(hmac(secret, input)));
                // The key named by kid is bound to ES256: key confusion, refused.
                VERIFY_FAILS(token, keys, expectations(), Failure::AlgorithmMismatch);
                // Without kid there is no HS256 key at all.
                const QByteArray noKid = QByteArrayLiteral(R"({"alg":"HS256","typ":"at+jwt"})");
                const QByteArray input2 = b64(noKid) + '.' + b64(claimsJson());
                VERIFY_FAILS(QString::fromLatin1(input2 + '.' + b64(hmac(secret, input2))), keys, expectations(),
                             Failure::UnknownKey);
                // A verifier that allows only ES256 refuses it before looking for a key.
                Expectations onlyEs = expectations();
                onlyEs.algorithms = {Algorithm::ES256, Algorithm::EdDSA};
                VERIFY_FAILS(token, keys, onlyEs, Failure::UnsupportedAlgorithm);
            }
            const QByteArray header = headerJson("HS256", m_ed.kid());
            const QByteArray input = b64(header) + '.' + b64(claimsJson());
            VERIFY_FAILS(QString::fromLatin1(input + '.' + b64(hmac(edRaw, input))), keys, expectations(),
                         Failure::AlgorithmMismatch);
        }
        // An ES256-signed token presented as EdDSA under the ES256 key's kid: also bound to one algorithm.
        VERIFY_FAILS(craft(m_es, headerJson("EdDSA", m_es.kid()), claimsJson()), allKeys(), expectations(),
                     Failure::AlgorithmMismatch);
        // And no HS256 key can come from a key set: a symmetric JWK is refused.
        const QJsonObject oct{{QStringLiteral("kty"), QStringLiteral("oct")},
                              {QStringLiteral("kid"), QStringLiteral("es-1")},
                              {QStringLiteral("k"), QString::fromLatin1(b64(QByteArray(32, 'k')))}};
        QVERIFY(!Key::fromJwk(oct).ok());
        QVERIFY(!parseJwks(QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{oct}}}).toJson()).ok());
    }

    // Row 3: ES256 signatures of zeros, r or s not below n, DER where raw R‖S is required.
    void row03_es256SignatureForms()
    {
        const QByteArray header = headerJson("ES256", m_es.kid());
        const QByteArray input = b64(header) + '.' + b64(claimsJson());
        const QByteArray der = opensslSignature(loadPrivate(m_es).get(), EVP_sha256(), input);
        const QByteArray raw = derToRaw(der);
        const auto token = [&](const QByteArray &sig) { return QString::fromLatin1(input + '.' + b64(sig)); };
        VERIFY_VALID(token(raw), allKeys(), expectations());

        const QByteArray n = QByteArray::fromHex("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551");
        const QByteArray nPlus1 =
            QByteArray::fromHex("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632552");
        const QByteArray r = raw.left(32);
        const QByteArray s = raw.mid(32);
        VERIFY_FAILS(token(QByteArray(64, '\0')), allKeys(), expectations(), Failure::BadSignature);
        VERIFY_FAILS(token(n + s), allKeys(), expectations(), Failure::BadSignature);
        VERIFY_FAILS(token(r + nPlus1), allKeys(), expectations(), Failure::BadSignature);
        // Refused by the range check itself, before OpenSSL is asked (the messages say which half).
        QVERIFY(
            verify(token(n + s), allKeys(), expectations()).message.contains(QLatin1String("r is zero or not below")));
        QVERIFY(verify(token(r + nPlus1), allKeys(), expectations())
                    .message.contains(QLatin1String("s is zero or not below")));
        VERIFY_FAILS(token(r + n), allKeys(), expectations(), Failure::BadSignature);
        VERIFY_FAILS(token(QByteArray(32, '\0') + s), allKeys(), expectations(), Failure::BadSignature);
        VERIFY_FAILS(token(r + QByteArray(32, '\0')), allKeys(), expectations(), Failure::BadSignature);
        VERIFY_FAILS(token(QByteArray(64, '\xff')), allKeys(), expectations(), Failure::BadSignature);
        // r and s reduced mod n would be the valid signature: r + n does not fit in 32 bytes, but
        // s + n does for a small s only; the range check refuses any value ≥ n without arithmetic.
        QVERIFY(der.size() >= 8 && der.size() <= 72);
        QCOMPARE(static_cast<unsigned char>(der.at(0)), 0x30);
        VERIFY_FAILS(token(der), allKeys(), expectations(), Failure::BadSignature);
        // A 64-byte DER signature would still be read as R‖S and fail; pad a DER one to 64 bytes.
        VERIFY_FAILS(token(der.leftJustified(64, '\0', true)), allKeys(), expectations(), Failure::BadSignature);
        VERIFY_FAILS(token(raw.left(63)), allKeys(), expectations(), Failure::BadSignature);
        VERIFY_FAILS(token(raw + '\0'), allKeys(), expectations(), Failure::BadSignature);
        QByteArray flipped = raw;
        flipped[10] = static_cast<char>(flipped.at(10) ^ 0x01);
        VERIFY_FAILS(token(flipped), allKeys(), expectations(), Failure::BadSignature);
    }

    // Row 4: jwk, jku, x5u (and x5c) in the header: nothing is fetched or trusted from the token.
    void row04_headerKeys()
    {
        const Key attacker = makeKey(Algorithm::ES256, QStringLiteral("es-1"));
        const QByteArray jwk = QJsonDocument(attacker.publicJwk()).toJson(QJsonDocument::Compact);
        // The attacker's own key in the header, the token signed with it, under the real key's kid.
        VERIFY_FAILS(craft(attacker, headerJson("ES256", m_es.kid(), ",\"jwk\":" + jwk), claimsJson()), allKeys(),
                     expectations(), Failure::HeaderKey);
        VERIFY_FAILS(craft(m_es, headerJson("ES256", m_es.kid(), ",\"jwk\":" + jwk), claimsJson()), allKeys(),
                     expectations(), Failure::HeaderKey);
        VERIFY_FAILS(
            craft(m_hs, headerJson("HS256", m_hs.kid(), R"(,"jku":"https:\/\/attacker.test/jwks.json")"), claimsJson()),
            allKeys(), expectations(), Failure::HeaderKey);
        VERIFY_FAILS(
            craft(m_ed, headerJson("EdDSA", m_ed.kid(), R"(,"x5u":"https:\/\/attacker.test/cert.pem")"), claimsJson()),
            allKeys(), expectations(), Failure::HeaderKey);
        VERIFY_FAILS(craft(m_ed, headerJson("EdDSA", m_ed.kid(), R"(,"x5c":["MIIB"])"), claimsJson()), allKeys(),
                     expectations(), Failure::HeaderKey);
        // Even as null.
        VERIFY_FAILS(craft(m_hs, headerJson("HS256", m_hs.kid(), R"(,"jku":null)"), claimsJson()), allKeys(),
                     expectations(), Failure::HeaderKey);
    }

    // Row 5: hostile kid values are only compared with the keys in memory.
    void row05_hostileKid()
    {
        const QStringList kids{QStringLiteral("../../dev/null"),
                               QStringLiteral("' OR '1'='1"),
                               QStringLiteral("/etc/passwd"),
                               QStringLiteral("unknown"),
                               QString(),
                               QStringLiteral("hs-1 "),
                               QStringLiteral("HS-1"),
                               QStringLiteral("hs-1\\u0000")};
        for (const QString &kid : kids) {
            for (const Key &key : allKeys()) {
                const char *alg = key.algorithm() == Algorithm::HS256 ? "HS256"
                    : key.algorithm() == Algorithm::ES256             ? "ES256"
                                                                      : "EdDSA";
                VERIFY_FAILS(craft(key, headerJson(alg, kid), claimsJson()), allKeys(), expectations(),
                             Failure::UnknownKey);
            }
        }
        VERIFY_FAILS(craft(m_hs, QByteArrayLiteral(R"({"alg":"HS256","typ":"at+jwt","kid":1})"), claimsJson()),
                     allKeys(), expectations(), Failure::UnknownKey);
        // No kid: used only when exactly one key has the algorithm.
        const QByteArray noKid = QByteArrayLiteral(R"({"alg":"HS256","typ":"at+jwt"})");
        VERIFY_VALID(craft(m_hs, noKid, claimsJson()), allKeys(), expectations());
        const Key second = makeKey(Algorithm::HS256, QStringLiteral("hs-2"));
        VERIFY_FAILS(craft(m_hs, noKid, claimsJson()), QList<Key>({m_hs, second, m_es}), expectations(),
                     Failure::UnknownKey);
        VERIFY_FAILS(craft(m_hs), QList<Key>(), expectations(), Failure::UnknownKey);
    }

    // Row 6: missing or empty signature; empty or short HMAC keys refused at configuration.
    void row06_missingSignatureAndShortKeys()
    {
        const QString good = craft(m_hs);
        const QString unsignedToken = good.left(good.lastIndexOf(u'.') + 1);
        VERIFY_FAILS(unsignedToken, allKeys(), expectations(), Failure::BadSignature);
        for (const Key &key : allKeys()) {
            const QString t = craft(key);
            VERIFY_FAILS(t.left(t.lastIndexOf(u'.') + 1), allKeys(), expectations(), Failure::BadSignature);
        }
        VERIFY_FAILS(good.left(good.lastIndexOf(u'.')), allKeys(), expectations(), Failure::Malformed);
        const QByteArray mac = QByteArray::fromBase64(good.section(u'.', 2).toLatin1(), QByteArray::Base64UrlEncoding);
        VERIFY_FAILS(segmentReplaced(good, 2, QString::fromLatin1(b64(mac.left(31)))), allKeys(), expectations(),
                     Failure::BadSignature);
        VERIFY_FAILS(segmentReplaced(good, 2, QString::fromLatin1(b64(mac.left(16)))), allKeys(), expectations(),
                     Failure::BadSignature);
        VERIFY_FAILS(segmentReplaced(good, 2, QString::fromLatin1(b64(mac + mac))), allKeys(), expectations(),
                     Failure::BadSignature);

        for (int size : {0, 1, 16, 31}) {
            const auto key = Key::fromHmacSecret(QStringLiteral("short"), QByteArray(size, 's'));
            QVERIFY2(!key.ok(), qPrintable(QString::number(size)));
            QCOMPARE(key.code(), ErrorCode::InvalidInput);
            QVERIFY(!key.message().isEmpty());
            QVERIFY(!Key::fromPrivateMaterial(Algorithm::HS256, QStringLiteral("short"), QByteArray(size, 's')).ok());
        }
        QVERIFY(Key::fromHmacSecret(QStringLiteral("ok"), QByteArray(32, 's')).ok());
        QVERIFY(!sign(Key(), QJsonObject(), AccessType).ok());
        QVERIFY(!sign(Key::fromJwk(m_es.publicJwk()).value(), QJsonObject(), AccessType).ok());
    }

    // Row 7: expired, not yet valid, exp missing when required, exp of the wrong type.
    void row07_timeClaims()
    {
        const Expectations e = expectations();
        VERIFY_FAILS(craft(m_es, claimsJson(Now - 3600, Now - 7200)), allKeys(), e, Failure::Expired);
        VERIFY_FAILS(craft(m_es, claimsJson(Now + 600, Now - 10, ",\"nbf\":" + QByteArray::number(Now + 3600))),
                     allKeys(), e, Failure::NotYetValid);
        VERIFY_FAILS(craft(m_es, claimsJson(Now + 600, Now + 3600)), allKeys(), e, Failure::IssuedInFuture);
        const QByteArray noExp = R"({"sub":"user-1","jti":"jti-1","iss":"urn:authdesk:test","aud":"api","iat":)"
            + QByteArray::number(Now) + '}';
        VERIFY_FAILS(craft(m_es, noExp), allKeys(), e, Failure::MissingClaim);
        Expectations optionalExp = e;
        optionalExp.requireExp = false;
        VERIFY_VALID(craft(m_es, noExp), allKeys(), optionalExp);
        for (const QByteArray &badExp :
             {QByteArrayLiteral(R"("1767229200")"), QByteArrayLiteral("true"), QByteArrayLiteral("null"),
              QByteArrayLiteral("[1767229200]"), QByteArrayLiteral(R"({"t":1767229200})")}) {
            const QByteArray claims = R"({"sub":"user-1","jti":"jti-1","iss":"urn:authdesk:test","aud":"api",)"
                                      R"("iat":1767225590,"exp":)"
                + badExp + '}';
            VERIFY_FAILS(craft(m_es, claims), allKeys(), e, Failure::WrongClaimType);
        }
        VERIFY_FAILS(craft(m_es, claimsJson(Now + 600, Now - 10, R"(,"nbf":"soon")")), allKeys(), e,
                     Failure::WrongClaimType);
        const QByteArray iatString = R"({"sub":"user-1","jti":"jti-1","iss":"urn:authdesk:test","aud":"api",)"
                                     R"("iat":"1767225590","exp":1767229200})";
        VERIFY_FAILS(craft(m_es, iatString), allKeys(), e, Failure::WrongClaimType);
        // Other required claims.
        const QByteArray noJti = R"({"sub":"user-1","iss":"urn:authdesk:test","aud":"api","iat":1767225590,)"
                                 R"("exp":1767229200})";
        VERIFY_FAILS(craft(m_es, noJti), allKeys(), e, Failure::MissingClaim);
        const QByteArray noSub = R"({"jti":"j","iss":"urn:authdesk:test","aud":"api","iat":1767225590,)"
                                 R"("exp":1767229200})";
        VERIFY_FAILS(craft(m_es, noSub), allKeys(), e, Failure::MissingClaim);
        const QByteArray noIat = R"({"sub":"u","jti":"j","iss":"urn:authdesk:test","aud":"api",)"
                                 R"("exp":1767229200})";
        VERIFY_FAILS(craft(m_es, noIat), allKeys(), e, Failure::MissingClaim);
        const QByteArray subNumber = R"({"sub":1,"jti":"j","iss":"urn:authdesk:test","aud":"api",)"
                                     R"("iat":1767225590,"exp":1767229200})";
        VERIFY_FAILS(craft(m_es, subNumber), allKeys(), e, Failure::WrongClaimType);
    }

    // Row 8: wrong aud or iss; wrong typ (a refresh token used as an access token).
    void row08_audienceIssuerType()
    {
        const Expectations e = expectations();
        const QByteArray wrongAud = R"({"sub":"u","jti":"j","iss":"urn:authdesk:test","aud":"other",)"
                                    R"("iat":1767225590,"exp":1767229200})";
        VERIFY_FAILS(craft(m_ed, wrongAud), allKeys(), e, Failure::WrongAudience);
        const QByteArray audCase = R"({"sub":"u","jti":"j","iss":"urn:authdesk:test","aud":"API",)"
                                   R"("iat":1767225590,"exp":1767229200})";
        VERIFY_FAILS(craft(m_ed, audCase), allKeys(), e, Failure::WrongAudience);
        const QByteArray noAud = R"({"sub":"u","jti":"j","iss":"urn:authdesk:test",)"
                                 R"("iat":1767225590,"exp":1767229200})";
        VERIFY_FAILS(craft(m_ed, noAud), allKeys(), e, Failure::MissingClaim);
        const QByteArray audNumber = R"({"sub":"u","jti":"j","iss":"urn:authdesk:test","aud":7,)"
                                     R"("iat":1767225590,"exp":1767229200})";
        VERIFY_FAILS(craft(m_ed, audNumber), allKeys(), e, Failure::WrongClaimType);
        const QByteArray wrongIss = R"({"sub":"u","jti":"j","iss":"urn:authdesk:test:other","aud":"api",)"
                                    R"("iat":1767225590,"exp":1767229200})";
        VERIFY_FAILS(craft(m_ed, wrongIss), allKeys(), e, Failure::WrongIssuer);
        const QByteArray noIss = R"({"sub":"u","jti":"j","aud":"api","iat":1767225590,"exp":1767229200})";
        VERIFY_FAILS(craft(m_ed, noIss), allKeys(), e, Failure::MissingClaim);

        const auto typed = [&](const QByteArray &typMember) {
            return craft(m_ed, QByteArrayLiteral(R"({"alg":"EdDSA","kid":"ed-1")") + typMember + '}', claimsJson());
        };
        VERIFY_FAILS(typed(R"(,"typ":"rt+jwt")"), allKeys(), e, Failure::WrongType);
        VERIFY_FAILS(typed(R"(,"typ":"JWT")"), allKeys(), e, Failure::WrongType);
        VERIFY_FAILS(typed(QByteArray()), allKeys(), e, Failure::WrongType);
        VERIFY_FAILS(typed(R"(,"typ":1)"), allKeys(), e, Failure::WrongType);
        // A refresh token made by our own sign, presented where an access token is expected.
        const auto refresh = sign(m_ed, QJsonDocument::fromJson(claimsJson()).object(), QStringLiteral("rt+jwt"));
        QVERIFY(refresh.ok());
        VERIFY_FAILS(refresh.value(), allKeys(), e, Failure::WrongType);
        Expectations anyType = e;
        anyType.type.clear();
        VERIFY_VALID(refresh.value(), allKeys(), anyType);
    }

    // Row 9: bad base64url characters, 2 or 4 segments, a JWE where a JWS is expected.
    void row09_encodingAndSegments()
    {
        const QString good = craft(m_hs);
        const QStringList parts = good.split(u'.');
        for (int segment = 0; segment < 3; ++segment) {
            for (const QString &insert :
                 {QStringLiteral("+"), QStringLiteral("/"), QStringLiteral("="), QStringLiteral(" "),
                  QStringLiteral("*"), QStringLiteral("\n"), QStringLiteral("%2D"), QStringLiteral("\u00e9")}) {
                QStringList changed = parts;
                changed[segment].insert(changed[segment].size() / 2, insert);
                VERIFY_FAILS(changed.join(u'.'), allKeys(), expectations(), Failure::Malformed);
            }
            // Padding at the end of a segment.
            QStringList padded = parts;
            padded[segment] += QStringLiteral("==");
            VERIFY_FAILS(padded.join(u'.'), allKeys(), expectations(), Failure::Malformed);
        }
        // Standard base64 instead of base64url: a signature with '+' and '/'.
        QString urlSafe;
        for (int i = 0; urlSafe.isEmpty(); ++i) {
            const QString t = craft(m_hs, claimsJson(Now + 600, Now - 10, ",\"n\":" + QByteArray::number(i)));
            if (t.section(u'.', 2).contains(u'-') || t.section(u'.', 2).contains(u'_'))
                urlSafe = t;
        }
        VERIFY_VALID(urlSafe, allKeys(), expectations());
        const QByteArray standard =
            QByteArray::fromBase64(urlSafe.section(u'.', 2).toLatin1(), QByteArray::Base64UrlEncoding)
                .toBase64(QByteArray::OmitTrailingEquals);
        QVERIFY(standard.contains('+') || standard.contains('/'));
        VERIFY_FAILS(segmentReplaced(urlSafe, 2, QString::fromLatin1(standard)), allKeys(), expectations(),
                     Failure::Malformed);
        // A length no base64 text has (4k+1: 43 + 2 characters), and non-zero unused trailing bits.
        VERIFY_FAILS(segmentReplaced(good, 2, parts[2] + QStringLiteral("AA")), allKeys(), expectations(),
                     Failure::Malformed);
        QCOMPARE(parts[2].size() % 4, 3); // 32 bytes: the last character carries 2 unused bits
        const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
        QString lastChar = parts[2];
        lastChar.back() = alphabet.at(alphabet.indexOf(lastChar.back()) ^ 1); // a different, unused bit
        // Lenient decoders (Qt's among them) read both as the same bytes; a strict one has one encoding.
        QCOMPARE(QByteArray::fromBase64(lastChar.toLatin1(), QByteArray::Base64UrlEncoding),
                 QByteArray::fromBase64(parts[2].toLatin1(), QByteArray::Base64UrlEncoding));
        VERIFY_FAILS(segmentReplaced(good, 2, lastChar), allKeys(), expectations(), Failure::Malformed);

        VERIFY_FAILS(parts[0] + u'.' + parts[1], allKeys(), expectations(), Failure::Malformed);
        VERIFY_FAILS(good + QStringLiteral(".") + parts[2], allKeys(), expectations(), Failure::Malformed);
        VERIFY_FAILS(good + QStringLiteral(".."), allKeys(), expectations(), Failure::Encrypted);
        VERIFY_FAILS(parts[0], allKeys(), expectations(), Failure::Malformed);
        // A JWE compact serialization: protected header, encrypted key, IV, ciphertext, tag.
        const QString jwe = QString::fromLatin1(b64(R"({"alg":"dir","enc":"A256GCM"})") + ".." + b64("iv-iv-iv-iv")
                                                + '.' + b64("ciphertext") + '.' + b64("tag-tag-tag-tag-"));
        VERIFY_FAILS(jwe, allKeys(), expectations(), Failure::Encrypted);
        QCOMPARE(decode(jwe).failure, Failure::Encrypted);
        // Segments that decode but are not JSON objects.
        for (const QByteArray &notObject :
             {QByteArrayLiteral("[]"), QByteArrayLiteral("null"), QByteArrayLiteral("\"HS256\""),
              QByteArrayLiteral("{"), QByteArrayLiteral("{\"alg\":\"HS256\"} x"), QByteArrayLiteral("")}) {
            VERIFY_FAILS(craft(m_hs, notObject, claimsJson()), allKeys(), expectations(), Failure::Malformed);
            VERIFY_FAILS(craft(m_hs, headerJson("HS256", m_hs.kid()), notObject), allKeys(), expectations(),
                         Failure::Malformed);
        }
    }

    // Row 10: duplicate header (and claim) members; an unknown crit entry.
    void row10_duplicatesAndCritical()
    {
        const auto e = expectations();
        // The second alg would win in QJsonDocument; the token is refused instead.
        VERIFY_FAILS(
            craft(m_hs, QByteArrayLiteral(R"({"alg":"none","typ":"at+jwt","kid":"hs-1","alg":"HS256"})"), claimsJson()),
            allKeys(), e, Failure::DuplicateMember);
        VERIFY_FAILS(craft(m_hs, headerJson("HS256", m_hs.kid(), R"(,"kid":"other")"), claimsJson()), allKeys(), e,
                     Failure::DuplicateMember);
        // The same name spelled with an escape.
        VERIFY_FAILS(craft(m_hs, headerJson("HS256", m_hs.kid(), R"(,"\u0061lg":"HS256")"), claimsJson()), allKeys(), e,
                     Failure::DuplicateMember);
        VERIFY_FAILS(craft(m_hs, headerJson("HS256", m_hs.kid(), ",\n \"typ\" : \"at+jwt\""), claimsJson()), allKeys(),
                     e, Failure::DuplicateMember);
        // Duplicate claims.
        VERIFY_FAILS(craft(m_hs, claimsJson(Now + 600, Now - 10, R"(,"sub":"admin")")), allKeys(), e,
                     Failure::DuplicateMember);
        VERIFY_FAILS(craft(m_hs, claimsJson(Now + 600, Now - 10, R"(,"exp":99999999999)")), allKeys(), e,
                     Failure::DuplicateMember);
        // Not duplicates: the same names nested, and names inside string values.
        VERIFY_VALID(
            craft(m_hs,
                  claimsJson(
                      Now + 600, Now - 10,
                      ",\"ctx\":{\"sub\":1,\"exp\":[{\"exp\":2}]},\"note\":\"\\\",\\\"sub\\\":\\\"x\",\"k\\\"\":1")),
            allKeys(), e);
        VERIFY_VALID(craft(m_hs, headerJson("HS256", m_hs.kid(), R"(,"x":{"alg":"none","kid":"a"})"), claimsJson()),
                     allKeys(), e);
        QCOMPARE(decode(craft(m_hs, claimsJson(Now + 600, Now - 10, R"(,"sub":"admin")"))).failure,
                 Failure::DuplicateMember);

        for (const QByteArray &crit :
             {QByteArrayLiteral(R"(,"crit":["exp"],"exp":1)"), QByteArrayLiteral(R"(,"crit":["b64"],"b64":false)"),
              QByteArrayLiteral(R"(,"crit":["http:\/\/example.invalid/x"])"), QByteArrayLiteral(R"(,"crit":[])"),
              QByteArrayLiteral(R"(,"crit":"exp")")})
            VERIFY_FAILS(craft(m_hs, headerJson("HS256", m_hs.kid(), crit), claimsJson()), allKeys(), e,
                         Failure::UnknownCritical);
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("alg");
        QTest::newRow("HS256") << static_cast<int>(Algorithm::HS256);
        QTest::newRow("ES256") << static_cast<int>(Algorithm::ES256);
        QTest::newRow("EdDSA") << static_cast<int>(Algorithm::EdDSA);
    }

    void roundTrip()
    {
        QFETCH(int, alg);
        const Key key = makeKey(static_cast<Algorithm>(alg), QStringLiteral("rt-%1").arg(alg));
        QVERIFY(key.isValid());
        QVERIFY(key.canSign());
        QCOMPARE(static_cast<int>(key.algorithm()), alg);
        const QJsonObject claims =
            QJsonDocument::fromJson(claimsJson(Now + 600, Now - 10, R"(,"name":"Zoë 中")")).object();
        const auto token = sign(key, claims, AccessType);
        QVERIFY2(token.ok(), qPrintable(token.message()));
        QCOMPARE(token->count(u'.'), 2);
        const Verification v = verify(token.value(), {m_hs, key, m_es, m_ed}, expectations());
        QVERIFY2(v.valid(), qPrintable(v.message));
        QCOMPARE(v.kid, key.kid());
        QCOMPARE(v.claims, claims);
        QCOMPARE(v.header.value(QLatin1String("alg")).toString(), algorithmName(key.algorithm()));
        QCOMPARE(v.header.value(QLatin1String("typ")).toString(), AccessType);
        QCOMPARE(v.header.value(QLatin1String("kid")).toString(), key.kid());
        // The signature is what the algorithm defines: 32 (HMAC) or 64 (R‖S, Ed25519) bytes.
        const QByteArray sig =
            QByteArray::fromBase64(token->section(u'.', 2).toLatin1(), QByteArray::Base64UrlEncoding);
        QCOMPARE(sig.size(), key.algorithm() == Algorithm::HS256 ? 32 : 64);
        // Our signature checks with OpenSSL directly too (HS256 and EdDSA are deterministic).
        if (key.algorithm() != Algorithm::ES256)
            QCOMPARE(sig, signInput(key, token->left(token->lastIndexOf(u'.')).toLatin1()));
        // A key with the same kid but other material refuses it.
        const Key other = makeKey(key.algorithm(), key.kid());
        VERIFY_FAILS(token.value(), QList<Key>{other}, expectations(), Failure::BadSignature);
        // Many ES256 signatures: R and S are zero-padded to 32 bytes each, so every one verifies.
        if (key.algorithm() == Algorithm::ES256) {
            for (int i = 0; i < 300; ++i) {
                const auto t = sign(key, claims, AccessType);
                VERIFY_VALID(t.value(), QList<Key>{key}, expectations());
            }
        }
        const Verification inspected = decode(token.value());
        QVERIFY(inspected.valid());
        QCOMPARE(inspected.claims, claims);
    }

    void privateMaterialRoundTrip()
    {
        for (const Key &key : allKeys()) {
            QByteArray material = key.privateMaterial();
            QVERIFY(!material.isEmpty());
            if (key.algorithm() == Algorithm::HS256) {
                QCOMPARE(material.size(), 32);
            } else {
                // PKCS#8 PrivateKeyInfo, as OpenSSL reads it.
                const auto *p = reinterpret_cast<const unsigned char *>(material.constData());
                PKCS8_PRIV_KEY_INFO *info = d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, static_cast<long>(material.size()));
                QVERIFY(info);
                PKCS8_PRIV_KEY_INFO_free(info);
            }
            const auto restored = Key::fromPrivateMaterial(key.algorithm(), key.kid(), material);
            QVERIFY2(restored.ok(), qPrintable(restored.message()));
            QVERIFY(restored->canSign());
            QCOMPARE(restored->privateMaterial(), material);
            QCOMPARE(restored->publicJwk(), key.publicJwk());
            const auto t1 = sign(restored.value(), QJsonDocument::fromJson(claimsJson()).object(), AccessType);
            VERIFY_VALID(t1.value(), QList<Key>{key}, expectations());
            const auto t2 = sign(key, QJsonDocument::fromJson(claimsJson()).object(), AccessType);
            VERIFY_VALID(t2.value(), QList<Key>{restored.value()}, expectations());
            // Material of one algorithm is not taken as another's.
            for (Algorithm other : {Algorithm::ES256, Algorithm::EdDSA})
                if (other != key.algorithm() && key.algorithm() != Algorithm::HS256)
                    QVERIFY(!Key::fromPrivateMaterial(other, key.kid(), material).ok());
            QVERIFY(!Key::fromPrivateMaterial(key.algorithm() == Algorithm::HS256 ? Algorithm::ES256 : key.algorithm(),
                                              key.kid(), QByteArray("garbage"))
                         .ok());
        }
    }

    void jwksRoundTrip()
    {
        const QByteArray jwks = toJwks(allKeys());
        const QJsonObject doc = QJsonDocument::fromJson(jwks).object();
        const QJsonArray list = doc.value(QLatin1String("keys")).toArray();
        QCOMPARE(list.size(), 2); // the HS256 secret is never published
        for (const QJsonValue member : list) {
            const QJsonObject jwk = member.toObject();
            QVERIFY(!jwk.contains(QLatin1String("d")));
            QVERIFY(!jwk.contains(QLatin1String("k")));
            QCOMPARE(jwk.value(QLatin1String("use")).toString(), QStringLiteral("sig"));
        }
        QVERIFY(m_hs.publicJwk().isEmpty());
        QCOMPARE(m_es.publicJwk().value(QLatin1String("kty")).toString(), QStringLiteral("EC"));
        QCOMPARE(m_es.publicJwk().value(QLatin1String("crv")).toString(), QStringLiteral("P-256"));
        QCOMPARE(m_es.publicJwk().value(QLatin1String("alg")).toString(), QStringLiteral("ES256"));
        QCOMPARE(m_ed.publicJwk().value(QLatin1String("kty")).toString(), QStringLiteral("OKP"));
        QCOMPARE(m_ed.publicJwk().value(QLatin1String("crv")).toString(), QStringLiteral("Ed25519"));
        QCOMPARE(m_ed.publicJwk().value(QLatin1String("alg")).toString(), QStringLiteral("EdDSA"));

        const auto parsed = parseJwks(jwks);
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        QCOMPARE(parsed->size(), 2);
        for (const Key &k : parsed.value())
            QVERIFY(!k.canSign());
        QCOMPARE(toJwks(parsed.value()), jwks);
        VERIFY_VALID(craft(m_es), parsed.value(), expectations());
        VERIFY_VALID(craft(m_ed), parsed.value(), expectations());
        VERIFY_FAILS(craft(m_hs), parsed.value(), expectations(), Failure::UnknownKey);

        // PEM: SPKI public and PKCS#8 private, for both key types.
        for (const Key &key : {m_es, m_ed}) {
            Pkey pkey = loadPrivate(key);
            const auto pub = Key::fromPem(QStringLiteral("pem"), pemOf(pkey.get(), false));
            QVERIFY2(pub.ok(), qPrintable(pub.message()));
            QCOMPARE(pub->algorithm(), key.algorithm());
            QVERIFY(!pub->canSign());
            QCOMPARE(pub->publicJwk().value(QLatin1String("x")), key.publicJwk().value(QLatin1String("x")));
            const auto priv = Key::fromPem(QStringLiteral("pem"), pemOf(pkey.get(), true));
            QVERIFY2(priv.ok(), qPrintable(priv.message()));
            QVERIFY(priv->canSign());
            const auto t = sign(priv.value(), QJsonDocument::fromJson(claimsJson()).object(), AccessType);
            VERIFY_VALID(t.value(), QList<Key>{pub.value()}, expectations());
        }
        // Other key types and curves are refused with a message.
        Pkey rsa(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(2048)));
        Pkey p384(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384"));
        Pkey x25519(EVP_PKEY_Q_keygen(nullptr, nullptr, "X25519"));
        for (EVP_PKEY *other : {rsa.get(), p384.get(), x25519.get()}) {
            QVERIFY(other);
            for (bool priv : {false, true}) {
                const auto refused = Key::fromPem(QStringLiteral("x"), pemOf(other, priv));
                QVERIFY(!refused.ok());
                QVERIFY(!refused.message().isEmpty());
            }
        }
        QVERIFY(!Key::fromPem(QStringLiteral("x"), QByteArray("not a pem")).ok());
        QVERIFY(!Key::fromPem(QStringLiteral("x"), QByteArray()).ok());

        // JWKs that are not usable public keys.
        const QJsonObject es = m_es.publicJwk();
        auto with = [](QJsonObject o, const char *name, const QJsonValue &v) {
            o.insert(QLatin1String(name), v);
            return o;
        };
        QVERIFY(!Key::fromJwk(with(es, "alg", QStringLiteral("HS256"))).ok());
        QVERIFY(!Key::fromJwk(with(es, "alg", QStringLiteral("EdDSA"))).ok());
        QVERIFY(!Key::fromJwk(with(es, "crv", QStringLiteral("P-384"))).ok());
        QVERIFY(!Key::fromJwk(with(es, "d", QStringLiteral("AAAA"))).ok());
        QVERIFY(!Key::fromJwk(with(es, "use", QStringLiteral("enc"))).ok());
        QVERIFY(!Key::fromJwk(with(es, "key_ops", QJsonArray{QStringLiteral("sign")})).ok());
        QVERIFY(Key::fromJwk(with(es, "key_ops", QJsonArray{QStringLiteral("verify")})).ok());
        QVERIFY(!Key::fromJwk(with(es, "x", QStringLiteral("AAAA"))).ok());
        QVERIFY(
            !Key::fromJwk(with(es, "x", QString(es.value(QLatin1String("x")).toString() + QStringLiteral("=")))).ok());
        // A point that is not on the curve: y changed.
        QByteArray y =
            QByteArray::fromBase64(es.value(QLatin1String("y")).toString().toLatin1(), QByteArray::Base64UrlEncoding);
        y[31] = static_cast<char>(y.at(31) ^ 0x01);
        QVERIFY(!Key::fromJwk(with(es, "y", QString::fromLatin1(b64(y)))).ok());
        QVERIFY(Key::fromJwk(with(es, "alg", QJsonValue())).ok() == false); // alg null is not "ES256"
        QJsonObject noAlg = es;
        noAlg.remove(QLatin1String("alg"));
        QVERIFY(Key::fromJwk(noAlg).ok());
        QVERIFY(!Key::fromJwk(with(m_ed.publicJwk(), "alg", QStringLiteral("ES256"))).ok());
        QVERIFY(!Key::fromJwk(with(m_ed.publicJwk(), "crv", QStringLiteral("X25519"))).ok());
        for (int size : {31, 33, 64})
            QVERIFY(
                !Key::fromJwk(with(m_ed.publicJwk(), "x", QString::fromLatin1(b64(QByteArray(size, '\x11'))))).ok());
        QVERIFY(!Key::fromJwk(with(es, "x", QString::fromLatin1(b64(QByteArray(33, '\x11'))))).ok());
        QVERIFY(!Key::fromJwk(QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")}}).ok());
        QVERIFY(!Key::fromJwk(QJsonObject()).ok());

        // A key set with one bad member names it.
        const QJsonObject bad = with(with(es, "kid", QStringLiteral("bad")), "d", QStringLiteral("AAAA"));
        const QByteArray badSet =
            QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{m_ed.publicJwk(), bad}}}).toJson();
        const auto refused = parseJwks(badSet);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QLatin1String("bad")), qPrintable(refused.message()));
        QVERIFY(!parseJwks(QByteArray("{}")).ok());
        QVERIFY(!parseJwks(QByteArray("[]")).ok());
        QVERIFY(!parseJwks(QByteArray("not json")).ok());
        QVERIFY(!parseJwks(QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{es, es}}}).toJson()).ok());
        QVERIFY(parseJwks(QByteArray(R"({"keys":[]})")).ok());
    }

    void leewayBoundaries()
    {
        Expectations e = expectations();
        e.leewaySeconds = 30;
        const qint64 leeway = 30;
        VERIFY_VALID(craft(m_hs, claimsJson(Now - leeway + 1, Now - 600)), allKeys(), e);
        VERIFY_FAILS(craft(m_hs, claimsJson(Now - leeway - 1, Now - 600)), allKeys(), e, Failure::Expired);
        // RFC 7519 §4.1.4: the current time must be before exp.
        VERIFY_FAILS(craft(m_hs, claimsJson(Now - leeway, Now - 600)), allKeys(), e, Failure::Expired);
        VERIFY_VALID(craft(m_hs, claimsJson(Now + 600, Now - 10, ",\"nbf\":" + QByteArray::number(Now + leeway))),
                     allKeys(), e);
        VERIFY_FAILS(craft(m_hs, claimsJson(Now + 600, Now - 10, ",\"nbf\":" + QByteArray::number(Now + leeway + 1))),
                     allKeys(), e, Failure::NotYetValid);
        VERIFY_VALID(craft(m_hs, claimsJson(Now + 600, Now + leeway)), allKeys(), e);
        VERIFY_FAILS(craft(m_hs, claimsJson(Now + 600, Now + leeway + 1)), allKeys(), e, Failure::IssuedInFuture);
        // Fractional NumericDates.
        Expectations later = e;
        later.now = QDateTime::fromMSecsSinceEpoch(Now * 1000 + 600, Qt::UTC);
        VERIFY_VALID(craft(m_hs, claimsJson(Now + 600, Now - 10, ",\"nbf\":1767225630.5")), allKeys(), later);
        later.now = QDateTime::fromMSecsSinceEpoch(Now * 1000 + 400, Qt::UTC);
        VERIFY_FAILS(craft(m_hs, claimsJson(Now + 600, Now - 10, ",\"nbf\":1767225630.5")), allKeys(), later,
                     Failure::NotYetValid);
        // No leeway.
        e.leewaySeconds = 0;
        VERIFY_VALID(craft(m_hs, claimsJson(Now + 1, Now)), allKeys(), e);
        VERIFY_FAILS(craft(m_hs, claimsJson(Now, Now)), allKeys(), e, Failure::Expired);
        // The system clock when now is not given.
        e.now = QDateTime();
        const qint64 real = QDateTime::currentSecsSinceEpoch();
        VERIFY_VALID(craft(m_hs, claimsJson(real + 60, real)), allKeys(), e);
        VERIFY_FAILS(craft(m_hs, claimsJson(real - 60, real - 120)), allKeys(), e, Failure::Expired);
    }

    void audienceList()
    {
        const auto token = [&](const QByteArray &aud) {
            return craft(m_es,
                         R"({"sub":"u","jti":"j","iss":"urn:authdesk:test","aud":)" + aud
                             + R"(,"iat":1767225590,"exp":1767229200})");
        };
        VERIFY_VALID(token(R"(["web","api"])"), allKeys(), expectations());
        VERIFY_VALID(token(R"(["api"])"), allKeys(), expectations());
        VERIFY_FAILS(token(R"(["web","admin"])"), allKeys(), expectations(), Failure::WrongAudience);
        VERIFY_FAILS(token(R"([])"), allKeys(), expectations(), Failure::WrongAudience);
        VERIFY_FAILS(token(R"(["api",1])"), allKeys(), expectations(), Failure::WrongClaimType);
        Expectations any = expectations();
        any.audience.clear();
        VERIFY_VALID(token(R"(["web"])"), allKeys(), any);
    }

    void typeIsCaseInsensitive()
    {
        for (const char *typ : {"AT+JWT", "At+Jwt", "application/at+jwt", "APPLICATION/AT+JWT"}) {
            const QByteArray header = QByteArrayLiteral(R"({"alg":"EdDSA","kid":"ed-1","typ":")") + typ + "\"}";
            VERIFY_VALID(craft(m_ed, header, claimsJson()), allKeys(), expectations());
        }
        Expectations e = expectations();
        e.type = QStringLiteral("application/AT+jwt");
        VERIFY_VALID(craft(m_ed), allKeys(), e);
        const QByteArray other = QByteArrayLiteral(R"({"alg":"EdDSA","kid":"ed-1","typ":"text/at+jwt"})");
        VERIFY_FAILS(craft(m_ed, other, claimsJson()), allKeys(), expectations(), Failure::WrongType);
    }

    void tamperedPayload()
    {
        for (const Key &key : allKeys()) {
            const QString token = craft(key);
            const QByteArray forged = claimsJson(Now + 600, Now - 10).replace("user-1", "admin1");
            VERIFY_FAILS(segmentReplaced(token, 1, QString::fromLatin1(b64(forged))), allKeys(), expectations(),
                         Failure::BadSignature);
            const QByteArray header =
                headerJson(algorithmName(key.algorithm()).toLatin1().constData(), key.kid(), R"(,"x":1)");
            VERIFY_FAILS(segmentReplaced(token, 0, QString::fromLatin1(b64(header))), allKeys(), expectations(),
                         Failure::BadSignature);
            // One bit of the signature.
            QByteArray sig = QByteArray::fromBase64(token.section(u'.', 2).toLatin1(), QByteArray::Base64UrlEncoding);
            sig[0] = static_cast<char>(sig.at(0) ^ 0x80);
            VERIFY_FAILS(segmentReplaced(token, 2, QString::fromLatin1(b64(sig))), allKeys(), expectations(),
                         Failure::BadSignature);
        }
    }

    void badSignatureBeforeClaims()
    {
        // Expired, wrong issuer and wrong type, with a bad signature: the signature is reported.
        const QByteArray claims = R"({"sub":"u","jti":"j","iss":"evil","aud":"x","iat":1,"exp":2})";
        const QByteArray header = QByteArrayLiteral(R"({"alg":"HS256","kid":"hs-1","typ":"rt+jwt"})");
        const QString token = compact(header, claims, QByteArray(32, 'x'));
        VERIFY_FAILS(token, allKeys(), expectations(), Failure::BadSignature);
        const Verification v = verify(token, allKeys(), expectations());
        QCOMPARE(v.header.value(QLatin1String("typ")).toString(), QStringLiteral("rt+jwt"));
        QCOMPARE(v.claims.value(QLatin1String("iss")).toString(), QStringLiteral("evil"));
        // With the right signature, the claims are what fails.
        VERIFY_FAILS(craft(m_hs, header, claims), allKeys(), expectations(), Failure::WrongType);
    }

    void hostileInput()
    {
        const auto refused = [&](const QString &token, Failure expected) {
            const Verification v = verify(token, allKeys(), expectations());
            QCOMPARE(failureName(v.failure), failureName(expected));
            QVERIFY(!v.message.isEmpty());
            QCOMPARE(decode(token).failure == Failure::None, false);
        };
        refused(QString(), Failure::Malformed);
        refused(QStringLiteral("."), Failure::Malformed);
        refused(QStringLiteral(".."), Failure::Malformed);
        refused(QStringLiteral("...."), Failure::Encrypted);
        refused(QString(1 << 20, u'A'), Failure::Malformed);
        const QString good = craft(m_hs);
        refused(good + QString(1 << 20, u'A'), Failure::Malformed);
        QString bigClaims = good;
        bigClaims.insert(good.indexOf(u'.') + 1, QString(1 << 20, u'A'));
        refused(bigClaims, Failure::Malformed);
        // Not UTF-8 inside a JSON string of the claims and of the header.
        refused(craft(m_hs, headerJson("HS256", m_hs.kid()), "{\"sub\":\"\xff\xfe\x80\"}"), Failure::Malformed);
        refused(craft(m_hs, "{\"alg\":\"HS256\",\"kid\":\"\xc3\x28\"}", claimsJson()), Failure::Malformed);
        refused(craft(m_hs, headerJson("HS256", m_hs.kid()), QByteArray("\x00\x01\x02", 3)), Failure::Malformed);
        refused(QStringLiteral("ey\u00e9.ey.sig"), Failure::Malformed);
        refused(QStringLiteral("a\u0000b.c.d"), Failure::Malformed);
        refused(QString(QChar(0xd800)) + QStringLiteral(".a.b"), Failure::Malformed);
        // Deep nesting.
        refused(craft(m_hs, headerJson("HS256", m_hs.kid()), QByteArray(30000, '[')), Failure::Malformed);
        const QByteArray nested = QByteArray("{\"a\":") + QByteArray(5000, '[') + QByteArray(5000, ']') + '}';
        const Verification deep =
            verify(craft(m_hs, headerJson("HS256", m_hs.kid()), nested), allKeys(), expectations());
        QVERIFY(!deep.valid());
        QVERIFY(!deep.message.isEmpty());
        // Random bytes as segments.
        for (int i = 0; i < 200; ++i) {
            QByteArray junk(i, '\0');
            for (int j = 0; j < i; ++j)
                junk[j] = static_cast<char>((j * 7919 + i * 104729) & 0xff);
            const Verification v =
                verify(QString::fromLatin1(b64(junk) + '.' + b64(junk) + '.' + b64(junk)), allKeys(), expectations());
            QVERIFY(!v.valid());
            QVERIFY(!v.message.isEmpty());
        }
    }

    void decodeShowsHeaderAndClaims()
    {
        const QString token = craft(m_es);
        const Verification d = decode(token);
        QVERIFY(d.valid());
        QCOMPARE(d.header.value(QLatin1String("kid")).toString(), m_es.kid());
        QCOMPARE(d.claims.value(QLatin1String("sub")).toString(), QStringLiteral("user-1"));
        // The header is shown even when the claims do not parse.
        const Verification half = decode(QString::fromLatin1(b64(headerJson("ES256", QStringLiteral("k"))) + ".%%.x"));
        QCOMPARE(half.failure, Failure::Malformed);
        QCOMPARE(half.header.value(QLatin1String("kid")).toString(), QStringLiteral("k"));
        // decode does not check the signature or the claims.
        QVERIFY(decode(compact(headerJson("none", QString()), "{}", QByteArray())).valid());
    }

    void failureNamesAreStable()
    {
        const QList<QPair<Failure, const char *>> names{
            {Failure::None, "none"},
            {Failure::Malformed, "malformed"},
            {Failure::Encrypted, "encrypted"},
            {Failure::DuplicateMember, "duplicate_member"},
            {Failure::UnsupportedAlgorithm, "unsupported_algorithm"},
            {Failure::UnknownCritical, "unknown_critical"},
            {Failure::HeaderKey, "header_key"},
            {Failure::UnknownKey, "unknown_key"},
            {Failure::AlgorithmMismatch, "algorithm_mismatch"},
            {Failure::BadSignature, "bad_signature"},
            {Failure::WrongType, "wrong_type"},
            {Failure::MissingClaim, "missing_claim"},
            {Failure::WrongClaimType, "wrong_claim_type"},
            {Failure::Expired, "expired"},
            {Failure::NotYetValid, "not_yet_valid"},
            {Failure::IssuedInFuture, "issued_in_future"},
            {Failure::WrongIssuer, "wrong_issuer"},
            {Failure::WrongAudience, "wrong_audience"},
            {Failure::Revoked, "revoked"},
        };
        for (const auto &[failure, name] : names)
            QCOMPARE(failureName(failure), QLatin1String(name));
    }
};

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
