#pragma once
// JSON Web Tokens (RFC 7515/7518/7519, RFC 8725) on OpenSSL: compact JWS with HS256, ES256 and
// EdDSA (Ed25519). Each key is bound to exactly one algorithm; verification trusts only the keys
// the caller hands in (never a jwk/jku/x5u from the token), looks a key up by comparing kid in
// memory (never a file or SQL lookup by it), and checks iss, aud, typ, exp, nbf, iat and jti
// strictly with a small leeway. Every refusal says exactly why (Failure), so the console's
// inspector and the tests can tell the cases apart.

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace authdesk::jwt {

enum class Algorithm { HS256, ES256, EdDSA };
QString algorithmName(Algorithm alg); // "HS256", "ES256", "EdDSA"
// Exact, case-sensitive names only ("none", "hs256", "RS256" … are nullopt).
std::optional<Algorithm> algorithmFromName(const QString &name);

// A signing or verification key, bound to one algorithm. Copies share the key (immutable).
class Key {
public:
    Key();
    ~Key();
    Key(const Key &);
    Key &operator=(const Key &);

    // A new key from the CSPRNG (HS256: 32 random bytes; ES256: P-256; EdDSA: Ed25519).
    static Result<Key> generate(Algorithm alg, const QString &kid);
    // HS256 only; a secret shorter than 32 bytes is refused (InvalidInput).
    static Result<Key> fromHmacSecret(const QString &kid, const QByteArray &secret);
    // What privateMaterial() returned (the store keeps it sealed under its data key).
    static Result<Key> fromPrivateMaterial(Algorithm alg, const QString &kid, const QByteArray &material);
    // A PEM public key (SPKI) or private key (PKCS#8); the algorithm follows from the key type (EC P-256 →
    // ES256, Ed25519 → EdDSA); any other key type or curve (RSA < 3072 bits included) is refused.
    static Result<Key> fromPem(const QString &kid, const QByteArray &pem);
    // One public JWK (kty EC/crv P-256 or kty OKP/crv Ed25519); an "alg" member, when present, must agree.
    // Symmetric ("oct") JWKs are refused: a shared secret is never taken from a key set.
    static Result<Key> fromJwk(const QJsonObject &jwk);

    bool isValid() const;
    QString kid() const;
    Algorithm algorithm() const;
    bool canSign() const;                 // holds the private key (or the HMAC secret)
    // PKCS#8 DER of the private key, or the raw HMAC secret. Secret: seal it, wipe it.
    QByteArray privateMaterial() const;
    // The public JWK with kid, alg and use "sig"; empty for HS256 (a secret is never published).
    QJsonObject publicJwk() const;

private:
    struct Impl;
    std::shared_ptr<const Impl> d;
    friend struct KeyAccess;
};

// {"keys": [...]} of the keys that have a public part (HS256 keys are left out).
QByteArray toJwks(const QList<Key> &keys);
// Every key of a JWKS document; a member that is not a usable public key is an error naming it.
Result<QList<Key>> parseJwks(const QByteArray &json);

// Signs claims with the header {"alg", "typ", "kid"}; typ e.g. "at+jwt" (access) or "rt+jwt".
Result<QString> sign(const Key &key, const QJsonObject &claims, const QString &typ);

// Why a token was refused. The inspector shows the message; the tests compare the Failure.
enum class Failure {
    None,
    Malformed,          // not three base64url segments of JSON objects, bad characters, padding …
    Encrypted,          // five segments: a JWE where a JWS is expected
    DuplicateMember,    // a member name twice in the header or the claims
    UnsupportedAlgorithm, // "none" in any case, or an algorithm not on the allow-list
    UnknownCritical,    // a "crit" entry we do not implement (we implement none)
    HeaderKey,          // jwk, jku, x5u, x5c in the header: nothing is taken from the token
    UnknownKey,         // no key with that kid (or, without kid, not exactly one key for the alg)
    AlgorithmMismatch,  // the key found is bound to another algorithm (key confusion)
    BadSignature,       // missing, empty, wrong length (ES256 wants raw R‖S, 64 bytes), r or s out of range, or wrong
    WrongType,          // typ is not the expected one (a refresh token used as an access token …)
    MissingClaim,       // a required claim (exp, iat, jti, sub, iss, aud as configured) is absent
    WrongClaimType,     // e.g. exp as a string
    Expired,            // exp ≤ now − leeway (RFC 7519 §4.1.4: now must be before exp)
    NotYetValid,        // nbf > now + leeway
    IssuedInFuture,     // iat > now + leeway
    WrongIssuer,
    WrongAudience,
    Revoked,            // for callers that check a deny list after verify() (AuthService)
};
QString failureName(Failure failure); // stable English identifier, e.g. "expired", for JSON output

struct Expectations {
    QList<Algorithm> algorithms{Algorithm::HS256, Algorithm::ES256, Algorithm::EdDSA}; // the allow-list
    QString issuer;        // empty: iss not checked
    QString audience;      // empty: aud not checked; otherwise aud (string or array) must contain it
    QString type;          // empty: typ not checked; otherwise exact match (case-insensitive, "application/"
                           // implied without a "/", per RFC 7515 §4.1.9)
    int leewaySeconds = 30;
    QDateTime now;         // invalid: the system clock
    bool requireExp = true;
    bool requireIat = true;
    bool requireJti = true;
    bool requireSub = true;
};

struct Verification {
    Failure failure = Failure::None;
    QString message;       // translated, says exactly why (empty when valid)
    QJsonObject header;    // filled whenever the header parsed, valid or not
    QJsonObject claims;    // filled whenever the payload parsed, valid or not
    QString kid;           // the key that verified it
    bool valid() const { return failure == Failure::None; }
};

// Structure only (for the inspector): header and claims as parsed, no signature or claim check.
Verification decode(const QString &token);
// The whole check: structure, header rules, key by kid, signature (CRYPTO_memcmp for HMAC), claims.
Verification verify(const QString &token, const QList<Key> &keys, const Expectations &expect);

} // namespace authdesk::jwt
