#include "core/crypto/PasswordHasher.h"

#include "core/crypto/Random.h"
#include "core/crypto/SecureCompare.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <argon2.h>

namespace authdesk::crypto {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)
};

QByteArray passwordBytes(const QString &password)
{
    return password.normalized(QString::NormalizationForm_C).toUtf8();
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

Result<Argon2Params> PasswordHasher::inspect(const QString &phc)
{
    // \z, not $: "$" also matches before a final newline.
    static const QRegularExpression re(QStringLiteral(
        "^\\$(argon2id|argon2i)\\$v=19\\$m=(\\d{1,10}),t=(\\d{1,10}),p=(\\d{1,10})\\$([A-Za-z0-9+/]{11,})\\$([A-Za-z0-9+/]{16,})\\z"));
    const auto m = re.match(phc);
    if (!m.hasMatch())
        return makeError(ErrorCode::InvalidInput, Tr::tr("The password hash is not an Argon2 PHC string."));
    bool okM = false, okT = false, okP = false;
    const qulonglong mem = m.captured(2).toULongLong(&okM);
    const qulonglong t = m.captured(3).toULongLong(&okT);
    const qulonglong p = m.captured(4).toULongLong(&okP);
    if (!okM || !okT || !okP || mem > MaxMemoryKiB || t > MaxIterations || p > MaxParallelism || t < 1 || p < 1
        || mem < 8 * p)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The password hash uses parameters outside the accepted limits "
                                "(memory ≤ %1 KiB, iterations ≤ %2, parallelism ≤ %3).")
                             .arg(MaxMemoryKiB).arg(MaxIterations).arg(MaxParallelism));
    return Argon2Params{static_cast<quint32>(mem), static_cast<quint32>(t), static_cast<quint32>(p)};
}

Result<bool> PasswordHasher::verify(const QString &password, const QString &phc)
{
    const auto params = inspect(phc);
    if (!params.ok())
        return params.error();
    QByteArray pwd = passwordBytes(password);
    const QByteArray encoded = phc.toLatin1();
    const argon2_type type = phc.startsWith(QLatin1String("$argon2id$")) ? Argon2_id : Argon2_i;
    const int rc = argon2_verify(encoded.constData(), pwd.constData(), static_cast<size_t>(pwd.size()), type);
    secureWipe(pwd);
    if (rc == ARGON2_OK)
        return true;
    if (rc == ARGON2_VERIFY_MISMATCH)
        return false;
    return makeError(ErrorCode::InvalidInput,
                     Tr::tr("The password hash could not be checked: %1").arg(QString::fromLatin1(argon2_error_message(rc))));
}

bool PasswordHasher::needsRehash(const QString &phc, const Argon2Params &wanted)
{
    if (!phc.startsWith(QLatin1String("$argon2id$")))
        return true;
    const auto params = inspect(phc);
    return !params.ok() || params->memoryKiB < wanted.memoryKiB || params->iterations < wanted.iterations;
}

} // namespace authdesk::crypto
