#include "core/crypto/PasswordHasher.h"

#include "core/crypto/Hmac.h"
#include "core/crypto/Kdf.h"
#include "core/crypto/Random.h"
#include "core/crypto/SecureCompare.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <argon2.h>

namespace authdesk::crypto {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)
};

// Better Auth's fixed parameters (@better-auth/utils/password).
constexpr quint64 BetterAuthN = 16384;
constexpr quint64 BetterAuthR = 16;
constexpr quint64 BetterAuthP = 1;
constexpr int BetterAuthKeyLength = 64;
constexpr int BcryptMaxBytes = 72; // bcrypt's key schedule reads no more
constexpr int Pbkdf2Sha256Length = 32;

// How verify() runs a parsed hash.
enum class Method { None, Argon2, Bcrypt, BcryptOverSha256Hex, Pbkdf2Sha256, BetterAuthScrypt };

// A stored hash taken apart by parse(); nothing slow has run yet.
struct Parsed {
    HashInfo info;
    Method method = Method::None;
    QByteArray encoded; // Argon2: the PHC string; bcrypt: the "$2b$…" setting
    argon2_type argon2Type = Argon2_id;
    QByteArray salt;
    QByteArray expected; // PBKDF2/scrypt: the derived key; bcrypt: the 31-character checksum
    quint32 iterations = 0;
};

QByteArray passwordBytes(const QString &password)
{
    return password.normalized(QString::NormalizationForm_C).toUtf8();
}

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

Parsed unusable(const QString &scheme, const QString &reason)
{
    Parsed p;
    p.info.scheme = scheme;
    p.info.usable = false;
    p.info.reason = reason;
    return p;
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isHex(QStringView s, bool lowercaseOnly)
{
    for (const QChar c : s) {
        const bool ok = isDigit(c) || (c >= u'a' && c <= u'f') || (!lowercaseOnly && c >= u'A' && c <= u'F');
        if (!ok)
            return false;
    }
    return !s.isEmpty();
}

// The alphabet bcrypt, crypt and passlib's adapted base64 share.
bool isCryptBase64(QStringView s)
{
    for (const QChar c : s) {
        const bool ok = isDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'.' || c == u'/';
        if (!ok)
            return false;
    }
    return true;
}

std::optional<QByteArray> decodeBase64(const QByteArray &text)
{
    auto decoded =
        QByteArray::fromBase64Encoding(text, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

// passlib's "adapted base64": standard base64 with "." for "+" and no padding.
std::optional<QByteArray> decodeAdaptedBase64(QStringView s)
{
    if (s.size() % 4 == 1 || !isCryptBase64(s))
        return std::nullopt;
    QByteArray b = s.toLatin1();
    b.replace('.', '+');
    while (b.size() % 4 != 0)
        b.append('=');
    return decodeBase64(b);
}

// Unpadded standard base64 exactly as libargon2 writes and reads it (no stray low bits in the last character).
bool isCanonicalUnpaddedBase64(QStringView s)
{
    if (s.size() % 4 == 1)
        return false;
    QByteArray b = s.toLatin1();
    while (b.size() % 4 != 0)
        b.append('=');
    const auto decoded = decodeBase64(b);
    return decoded && decoded->toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals) == s.toLatin1();
}

// A decimal iteration count within the caps; below the floor is the caller's decision.
Result<quint32> parseIterations(QStringView text)
{
    if (text.isEmpty() || !std::all_of(text.begin(), text.end(), isDigit))
        return invalid(Tr::tr("The PBKDF2 iteration count must be a decimal number."));
    const qulonglong n = text.size() > 10 ? std::numeric_limits<qulonglong>::max() : text.toULongLong();
    if (n > PasswordHasher::MaxPbkdf2Iterations)
        return invalid(Tr::tr("The PBKDF2 iteration count %1 is above the accepted maximum of %2.")
                           .arg(text.size() > 10 ? text.toString() : QString::number(n))
                           .arg(PasswordHasher::MaxPbkdf2Iterations));
    if (n < 1)
        return invalid(Tr::tr("The PBKDF2 iteration count must be at least 1."));
    return static_cast<quint32>(n);
}

Parsed pbkdf2Parsed(const QString &scheme, quint32 iterations, QByteArray salt, QByteArray expected)
{
    if (iterations < PasswordHasher::MinPbkdf2Iterations)
        return unusable(scheme,
                        Tr::tr("The PBKDF2 hash uses only %1 iterations (fewer than %2): too fast to protect "
                               "the password; a password reset is required.")
                            .arg(iterations)
                            .arg(PasswordHasher::MinPbkdf2Iterations));
    Parsed p;
    p.info.scheme = scheme;
    p.method = Method::Pbkdf2Sha256;
    p.iterations = iterations;
    p.salt = std::move(salt);
    p.expected = std::move(expected);
    return p;
}

// "$argon2id$v=19$m=…,t=…,p=…$salt$hash"; Django's format is the same after its "argon2" prefix.
Result<Parsed> parseArgon2(const QString &phc, const QString &scheme)
{
    if (phc.startsWith(QLatin1String("$argon2d$")))
        return invalid(Tr::tr("Argon2d is not accepted for password hashes; only Argon2id and Argon2i are."));
    static const QRegularExpression versioned(QStringLiteral("^\\$(argon2id|argon2i)\\$v=19\\$"));
    if (!versioned.match(phc).hasMatch())
        return invalid(Tr::tr("Not an Argon2 PHC string: it must start with $argon2id$v=19$ or $argon2i$v=19$ "
                              "(only Argon2 version 19 is accepted)."));
    // \z, not $: "$" also matches before a final newline.
    static const QRegularExpression re(QStringLiteral("^\\$(argon2id|argon2i)\\$v=19\\$m=(\\d{1,10}),t=(\\d{1,10}),p=("
                                                      "\\d{1,10})\\$([A-Za-z0-9+/]{11,})\\$([A-Za-z0-9+/]{16,})\\z"));
    const auto m = re.match(phc);
    if (!m.hasMatch())
        return invalid(Tr::tr("Not an Argon2 PHC string: expected $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>"
                              "$<salt>$<hash>, salt and hash in unpadded base64."));
    if (!isCanonicalUnpaddedBase64(m.capturedView(5)) || !isCanonicalUnpaddedBase64(m.capturedView(6)))
        return invalid(Tr::tr("Not an Argon2 PHC string: the salt and hash must be canonical unpadded base64."));
    bool okM = false, okT = false, okP = false;
    const qulonglong mem = m.captured(2).toULongLong(&okM);
    const qulonglong t = m.captured(3).toULongLong(&okT);
    const qulonglong p = m.captured(4).toULongLong(&okP);
    if (!okM || !okT || !okP || mem > PasswordHasher::MaxMemoryKiB || t > PasswordHasher::MaxIterations
        || p > PasswordHasher::MaxParallelism || t < 1 || p < 1 || mem < 8 * p)
        return invalid(Tr::tr("The password hash uses parameters outside the accepted limits "
                              "(memory ≤ %1 KiB, iterations ≤ %2, parallelism ≤ %3).")
                           .arg(PasswordHasher::MaxMemoryKiB)
                           .arg(PasswordHasher::MaxIterations)
                           .arg(PasswordHasher::MaxParallelism));
    Parsed parsed;
    parsed.info.scheme = scheme.isEmpty() ? m.captured(1) : scheme;
    parsed.info.argon2 = Argon2Params{static_cast<quint32>(mem), static_cast<quint32>(t), static_cast<quint32>(p)};
    parsed.method = Method::Argon2;
    parsed.encoded = phc.toLatin1();
    parsed.argon2Type = m.captured(1) == QLatin1String("argon2id") ? Argon2_id : Argon2_i;
    return parsed;
}

// "$2b$12$" + 22 characters of salt + 31 of checksum.
Result<Parsed> parseBcrypt(const QString &s, const QString &scheme, Method method)
{
    static const QRegularExpression head(QStringLiteral("^\\$(2[abxy]?)\\$"));
    const auto h = head.match(s);
    if (!h.hasMatch())
        return invalid(Tr::tr("Not a bcrypt hash: the variant must be $2a$, $2b$ or $2y$."));
    const QString variant = h.captured(1);
    const QStringView rest = QStringView(s).mid(h.capturedLength());
    if (rest.size() < 3 || !isDigit(rest[0]) || !isDigit(rest[1]) || rest[2] != u'$')
        return invalid(Tr::tr("Not a bcrypt hash: the cost must be two digits followed by $."));
    const int cost = (rest[0].unicode() - u'0') * 10 + (rest[1].unicode() - u'0');
    const QStringView body = rest.mid(3);
    if (body.size() != 53)
        return invalid(
            Tr::tr("Not a bcrypt hash: salt and checksum must be 53 characters (22 + 31), not %1.").arg(body.size()));
    if (!isCryptBase64(body))
        return invalid(Tr::tr("Not a bcrypt hash: salt and checksum may use only the characters ./A-Za-z0-9."));
    if (variant == QLatin1String("2x"))
        return unusable(QStringLiteral("bcrypt-2x"),
                        Tr::tr("bcrypt $2x$ marks hashes made by an implementation with a known bug in its handling "
                               "of 8-bit characters; a password reset is required."));
    if (variant == QLatin1String("2"))
        return unusable(QStringLiteral("bcrypt-2"),
                        Tr::tr("bcrypt $2$ is the obsolete original variant, ambiguous for non-ASCII passwords; "
                               "a password reset is required."));
    if (cost < PasswordHasher::MinBcryptCost || cost > PasswordHasher::MaxBcryptCost)
        return invalid(Tr::tr("The bcrypt cost %1 is outside the accepted range %2 to %3.")
                           .arg(cost)
                           .arg(PasswordHasher::MinBcryptCost)
                           .arg(PasswordHasher::MaxBcryptCost));
    Parsed p;
    p.info.scheme = scheme;
    p.method = method;
    p.encoded = s.toLatin1();
    p.expected = body.right(31).toLatin1();
    return p;
}

// Django: pbkdf2_sha256$<iterations>$<salt>$<base64 of 32 bytes>.
Result<Parsed> parseDjangoPbkdf2(const QString &s)
{
    const QStringList parts = s.split(u'$');
    if (parts.size() != 4)
        return invalid(Tr::tr("Not a Django PBKDF2 hash: expected pbkdf2_sha256$<iterations>$<salt>$<hash>."));
    auto iterations = parseIterations(parts[1]);
    if (!iterations.ok())
        return iterations.error();
    if (parts[2].isEmpty())
        return invalid(Tr::tr("The Django PBKDF2 hash has an empty salt."));
    static const QRegularExpression b64(QStringLiteral("^[A-Za-z0-9+/]{43}=\\z"));
    std::optional<QByteArray> digest;
    if (b64.match(parts[3]).hasMatch())
        digest = decodeBase64(parts[3].toLatin1());
    if (!digest || digest->size() != Pbkdf2Sha256Length)
        return invalid(Tr::tr("The Django PBKDF2 hash must end in 44 characters of base64 (32 bytes)."));
    return pbkdf2Parsed(QStringLiteral("django-pbkdf2-sha256"), iterations.value(), parts[2].toLatin1(), *digest);
}

// passlib: $pbkdf2-sha256$<rounds>$<salt, adapted base64>$<checksum, adapted base64>.
Result<Parsed> parsePasslibPbkdf2(const QString &s)
{
    const QStringList parts = s.split(u'$');
    if (parts.size() != 5)
        return invalid(Tr::tr("Not a passlib PBKDF2 hash: expected $pbkdf2-sha256$<rounds>$<salt>$<checksum>."));
    auto iterations = parseIterations(parts[2]);
    if (!iterations.ok())
        return iterations.error();
    const auto salt = decodeAdaptedBase64(parts[3]);
    if (parts[3].isEmpty() || !salt)
        return invalid(Tr::tr("The passlib PBKDF2 salt must be non-empty adapted base64 (A-Za-z0-9./, no padding)."));
    const auto checksum = parts[4].size() == 43 ? decodeAdaptedBase64(parts[4]) : std::nullopt;
    if (!checksum || checksum->size() != Pbkdf2Sha256Length)
        return invalid(Tr::tr("The passlib PBKDF2 checksum must be 43 characters of adapted base64 (32 bytes)."));
    return pbkdf2Parsed(QStringLiteral("passlib-pbkdf2-sha256"), iterations.value(), *salt, *checksum);
}

// Better Auth: hex(salt16):hex(key64); the salt given to scrypt is the hex string itself.
Result<Parsed> parseBetterAuthScrypt(const QString &s)
{
    const QStringList parts = s.split(u':');
    if (parts.size() != 2)
        return invalid(Tr::tr("Not a Better Auth scrypt hash: expected <salt>:<key> with exactly one colon."));
    if (parts[0].size() != 32 || !isHex(parts[0], true))
        return invalid(Tr::tr("The scrypt salt must be 32 lowercase hex characters."));
    if (parts[1].size() != 2 * BetterAuthKeyLength || !isHex(parts[1], true))
        return invalid(Tr::tr("The scrypt key must be 128 lowercase hex characters (64 bytes)."));
    Parsed p;
    p.info.scheme = QStringLiteral("scrypt");
    p.method = Method::BetterAuthScrypt;
    p.salt = parts[0].toLatin1();
    p.expected = QByteArray::fromHex(parts[1].toLatin1());
    return p;
}

Result<Parsed> parseDjangoDigest(const QStringList &parts, int hexLength, const QString &salted,
                                 const QString &unsalted, const QString &name)
{
    if (parts.size() != 3 || parts[2].size() != hexLength || !isHex(parts[2], false))
        return invalid(
            Tr::tr("Not a Django %1 hash: expected %2$<salt>$<%3 hex characters>.").arg(name, parts[0]).arg(hexLength));
    return unusable(parts[1].isEmpty() ? unsalted : salted,
                    Tr::tr("A Django %1 hash is a single fast digest; a password reset is required.").arg(name));
}

Result<Parsed> parseDjangoUnsalted(const QString &rest, int hexLength, const QString &scheme, const QString &name)
{
    const QString digest = rest.startsWith(u'$') ? rest.mid(1) : rest;
    if (digest.size() != hexLength || !isHex(digest, false))
        return invalid(Tr::tr("Not a Django unsalted %1 hash: expected %2 hex characters.").arg(name).arg(hexLength));
    return unusable(scheme, Tr::tr("An unsalted %1 digest protects nothing; a password reset is required.").arg(name));
}

// Django's prefixed formats: <algorithm>$…
Result<Parsed> parseDjango(const QString &s, const QString &algorithm)
{
    const QString rest = s.mid(algorithm.size() + 1);
    if (algorithm == QLatin1String("pbkdf2_sha256"))
        return parseDjangoPbkdf2(s);
    if (algorithm == QLatin1String("bcrypt_sha256"))
        return parseBcrypt(rest, QStringLiteral("django-bcrypt-sha256"), Method::BcryptOverSha256Hex);
    if (algorithm == QLatin1String("bcrypt"))
        return parseBcrypt(rest, QStringLiteral("django-bcrypt"), Method::Bcrypt);
    if (algorithm == QLatin1String("argon2"))
        return parseArgon2(s.mid(algorithm.size()), QStringLiteral("django-argon2"));
    if (algorithm == QLatin1String("md5"))
        return parseDjangoDigest(s.split(u'$'), 32, QStringLiteral("django-md5"), QStringLiteral("django-unsalted-md5"),
                                 QStringLiteral("MD5"));
    if (algorithm == QLatin1String("sha1"))
        return parseDjangoDigest(s.split(u'$'), 40, QStringLiteral("django-sha1"),
                                 QStringLiteral("django-unsalted-sha1"), QStringLiteral("SHA-1"));
    if (algorithm == QLatin1String("unsalted_md5"))
        return parseDjangoUnsalted(rest, 32, QStringLiteral("django-unsalted-md5"), QStringLiteral("MD5"));
    if (algorithm == QLatin1String("unsalted_sha1"))
        return parseDjangoUnsalted(rest, 40, QStringLiteral("django-unsalted-sha1"), QStringLiteral("SHA-1"));
    if (algorithm == QLatin1String("crypt")) {
        const QStringList parts = s.split(u'$');
        if (parts.size() != 3 || parts[2].size() < 2 || !isCryptBase64(parts[2]))
            return invalid(Tr::tr("Not a Django crypt hash: expected crypt$<salt>$<crypt output>."));
        return unusable(QStringLiteral("django-crypt"),
                        Tr::tr("A Django crypt hash is traditional DES crypt (8 characters, 12-bit salt); a password "
                               "reset is required."));
    }
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z0-9_-]+\\z"));
    if (!identifier.match(algorithm).hasMatch())
        return invalid(Tr::tr("The password hash is in no supported format (Argon2 PHC, bcrypt, Better Auth scrypt, "
                              "Django, passlib PBKDF2-SHA256)."));
    return invalid(Tr::tr("The password hash scheme “%1” is not supported.").arg(algorithm.left(32)));
}

Result<Parsed> parseLdap(const QString &s)
{
    const qsizetype close = s.indexOf(u'}');
    const QString scheme = close > 0 ? s.left(close + 1).toUpper() : QString();
    const bool sha = scheme == QLatin1String("{SHA}");
    if (!sha && scheme != QLatin1String("{MD5}"))
        return invalid(Tr::tr("The password hash scheme “%1” is not supported.")
                           .arg(close > 0 ? s.left(std::min<qsizetype>(close + 1, 32)) : s.left(8)));
    const auto digest = decodeBase64(s.mid(close + 1).toLatin1());
    const int length = sha ? 20 : 16;
    if (!digest || digest->size() != length)
        return invalid(Tr::tr("Not an LDAP %1 hash: expected the base64 of a %2-byte digest after the scheme.")
                           .arg(scheme)
                           .arg(length));
    return unusable(sha ? QStringLiteral("ldap-sha1") : QStringLiteral("ldap-md5"),
                    Tr::tr("An LDAP %1 hash is an unsalted digest; a password reset is required.").arg(scheme));
}

Result<Parsed> parse(const QString &stored)
{
    if (stored.isEmpty())
        return invalid(Tr::tr("The password hash is empty."));
    if (stored.size() > PasswordHasher::MaxStoredLength)
        return invalid(Tr::tr("The password hash is %1 characters long; at most %2 are accepted.")
                           .arg(stored.size())
                           .arg(PasswordHasher::MaxStoredLength));
    for (qsizetype i = 0; i < stored.size(); ++i) {
        const char16_t c = stored[i].unicode();
        if (c < 0x20 || c == 0x7f)
            return invalid(Tr::tr("The password hash contains a control character at position %1.").arg(i + 1));
        if (c > 0x7e)
            return invalid(Tr::tr("The password hash contains a non-ASCII character at position %1; no supported "
                                  "format uses one.")
                               .arg(i + 1));
    }

    if (stored.startsWith(QLatin1String("$argon2")))
        return parseArgon2(stored, QString());
    if (stored.startsWith(QLatin1String("$2")))
        return parseBcrypt(stored, QStringLiteral("bcrypt"), Method::Bcrypt);
    if (stored.startsWith(QLatin1String("$1$"))) {
        static const QRegularExpression md5crypt(QStringLiteral("^\\$1\\$[./0-9A-Za-z]{0,8}\\$[./0-9A-Za-z]{22}\\z"));
        if (!md5crypt.match(stored).hasMatch())
            return invalid(Tr::tr("Not an MD5-crypt hash: expected $1$<salt of up to 8 characters>$<22 characters>."));
        return unusable(QStringLiteral("md5-crypt"),
                        Tr::tr("MD5-crypt ($1$) is fast and long broken; a password reset is required."));
    }
    if (stored.startsWith(QLatin1String("$pbkdf2-sha256$")))
        return parsePasslibPbkdf2(stored);
    if (stored.startsWith(u'$'))
        return invalid(
            Tr::tr("The password hash scheme “%1” is not supported.").arg(stored.section(u'$', 1, 1).left(32)));
    if (stored.startsWith(u'{'))
        return parseLdap(stored);
    if (const qsizetype dollar = stored.indexOf(u'$'); dollar > 0)
        return parseDjango(stored, stored.left(dollar));
    if (stored.contains(u':'))
        return parseBetterAuthScrypt(stored);
    if (isHex(stored, false)) {
        const QString scheme = stored.size() == 32 ? QStringLiteral("md5")
            : stored.size() == 40                  ? QStringLiteral("sha1")
            : stored.size() == 64                  ? QStringLiteral("sha256")
                                                   : QString();
        if (scheme.isEmpty())
            return invalid(Tr::tr("%1 hex characters match no known digest (MD5 has 32, SHA-1 40, SHA-256 64).")
                               .arg(stored.size()));
        return unusable(scheme,
                        Tr::tr("An unsalted hex digest (%1) protects nothing; a password reset is required.")
                            .arg(scheme.toUpper()));
    }
    return invalid(Tr::tr("The password hash is in no supported format (Argon2 PHC, bcrypt, Better Auth scrypt, "
                          "Django, passlib PBKDF2-SHA256)."));
}

std::optional<bool> bcryptMatches(const QByteArray &password, const Parsed &p)
{
    // crypt reads a C string: with a NUL the rest would be ignored, so such a password never matches.
    if (password.contains('\0'))
        return false;
    const auto out = kdf::bcrypt(password.left(BcryptMaxBytes), p.encoded);
    if (!out || out->size() != p.encoded.size())
        return std::nullopt;
    // The checksum only: libxcrypt may re-encode the unused low bits of the salt's last character.
    return secureEquals(out->right(31), p.expected);
}

// One run of the parsed hash over one byte form of the password.
Result<bool> runOnce(const Parsed &p, const QByteArray &password)
{
    const Error failed = invalid(Tr::tr("The password hash could not be checked."));
    switch (p.method) {
    case Method::Argon2: {
        const int rc = argon2_verify(p.encoded.constData(), password.constData(), static_cast<size_t>(password.size()),
                                     p.argon2Type);
        if (rc == ARGON2_OK)
            return true;
        if (rc == ARGON2_VERIFY_MISMATCH)
            return false;
        return invalid(
            Tr::tr("The password hash could not be checked: %1").arg(QString::fromLatin1(argon2_error_message(rc))));
    }
    case Method::Bcrypt: {
        const auto r = bcryptMatches(password, p);
        return r ? Result<bool>(*r) : Result<bool>(failed);
    }
    case Method::BcryptOverSha256Hex: {
        // Django's BCryptSHA256PasswordHasher: bcrypt over the lowercase hex SHA-256, so no 72-byte limit.
        QByteArray hex = sha256(password).toHex();
        const auto r = bcryptMatches(hex, p);
        secureWipe(hex);
        return r ? Result<bool>(*r) : Result<bool>(failed);
    }
    case Method::Pbkdf2Sha256: {
        auto key = kdf::pbkdf2Sha256(password, p.salt, p.iterations, Pbkdf2Sha256Length);
        if (!key)
            return failed;
        const bool same = secureEquals(*key, p.expected);
        secureWipe(*key);
        return same;
    }
    case Method::BetterAuthScrypt: {
        auto key = kdf::scrypt(password, p.salt, BetterAuthN, BetterAuthR, BetterAuthP, BetterAuthKeyLength);
        if (!key)
            return failed;
        const bool same = secureEquals(*key, p.expected);
        secureWipe(*key);
        return same;
    }
    case Method::None:
        break;
    }
    return false;
}

} // namespace

QString PasswordHasher::hash(const QString &password, const Argon2Params &params)
{
    QByteArray pwd = passwordBytes(password);
    const QByteArray salt = randomBytes(16);
    constexpr quint32 hashLen = 32;
    const size_t encodedLen = argon2_encodedlen(params.iterations, params.memoryKiB, params.parallelism,
                                                static_cast<quint32>(salt.size()), hashLen, Argon2_id);
    QByteArray encoded(static_cast<qsizetype>(encodedLen), '\0');
    const int rc = argon2id_hash_encoded(params.iterations, params.memoryKiB, params.parallelism, pwd.constData(),
                                         static_cast<size_t>(pwd.size()), salt.constData(),
                                         static_cast<size_t>(salt.size()), hashLen, encoded.data(), encodedLen);
    secureWipe(pwd);
    if (rc != ARGON2_OK)
        qFatal("argon2id_hash_encoded failed: %s", argon2_error_message(rc));
    return QString::fromLatin1(encoded.constData());
}

Result<HashInfo> PasswordHasher::inspect(const QString &stored)
{
    auto parsed = parse(stored);
    if (!parsed.ok())
        return parsed.error();
    return parsed.value().info;
}

Result<bool> PasswordHasher::verify(const QString &password, const QString &stored)
{
    const auto parsed = parse(stored);
    if (!parsed.ok())
        return parsed.error();
    const Parsed &p = parsed.value();
    if (!p.info.usable)
        return false;
    if (p.method == Method::BetterAuthScrypt) {
        QByteArray pwd = password.normalized(QString::NormalizationForm_KC).toUtf8();
        auto r = runOnce(p, pwd);
        secureWipe(pwd);
        return r;
    }
    // New hashes are over NFC; the other frameworks hashed the UTF-8 bytes as they were typed. Both forms are the
    // same password to the person typing it, so either may match.
    QList<QByteArray> forms{passwordBytes(password)};
    if (QByteArray typed = password.toUtf8(); typed != forms.first())
        forms.append(std::move(typed));
    else
        secureWipe(typed);
    Result<bool> result = false;
    for (const QByteArray &form : std::as_const(forms)) {
        result = runOnce(p, form);
        if (!result.ok() || result.value())
            break;
    }
    for (QByteArray &form : forms)
        secureWipe(form);
    return result;
}

bool PasswordHasher::needsRehash(const QString &stored, const Argon2Params &wanted)
{
    const auto parsed = parse(stored);
    if (!parsed.ok() || parsed->info.scheme != QLatin1String("argon2id") || !parsed->info.argon2)
        return true;
    const Argon2Params &have = *parsed->info.argon2;
    return have.memoryKiB < wanted.memoryKiB || have.iterations < wanted.iterations;
}

} // namespace authdesk::crypto
