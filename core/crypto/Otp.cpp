#include "core/crypto/Otp.h"

#include "core/crypto/Random.h"
#include "core/crypto/SecureCompare.h"

#include <QCoreApplication>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <cstdlib>
#include <limits>

namespace authdesk::crypto {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Otp)
};

const EVP_MD *digestFor(OtpAlgorithm algorithm)
{
    switch (algorithm) {
    case OtpAlgorithm::Sha1:
        return EVP_sha1();
    case OtpAlgorithm::Sha256:
        return EVP_sha256();
    case OtpAlgorithm::Sha512:
        return EVP_sha512();
    }
    return nullptr;
}

bool validDigits(int digits)
{
    return digits == 6 || digits == 8;
}

bool isAsciiDigits(const QString &text)
{
    for (const QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

} // namespace

QString otpAlgorithmName(OtpAlgorithm algorithm)
{
    switch (algorithm) {
    case OtpAlgorithm::Sha1:
        return QStringLiteral("SHA1");
    case OtpAlgorithm::Sha256:
        return QStringLiteral("SHA256");
    case OtpAlgorithm::Sha512:
        return QStringLiteral("SHA512");
    }
    return QString();
}

std::optional<OtpAlgorithm> otpAlgorithmFromName(const QString &name)
{
    for (const OtpAlgorithm a : {OtpAlgorithm::Sha1, OtpAlgorithm::Sha256, OtpAlgorithm::Sha512})
        if (name.compare(otpAlgorithmName(a), Qt::CaseInsensitive) == 0)
            return a;
    return std::nullopt;
}

Status validateOtpParams(const OtpParams &params)
{
    if (!digestFor(params.algorithm))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The one-time password algorithm is not SHA1, SHA256 or SHA512."));
    if (!validDigits(params.digits))
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("One-time passwords of %1 digits are not supported; use 6 or 8 digits.").arg(params.digits));
    if (params.period < 1 || params.period > MaxOtpPeriod)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("A time step of %1 seconds is not supported; use 1 to %2 seconds (normally 30).")
                             .arg(params.period)
                             .arg(MaxOtpPeriod));
    return Done{};
}

QString hotp(const QByteArray &secret, quint64 counter, const OtpParams &params)
{
    const EVP_MD *md = digestFor(params.algorithm);
    if (!md || !validDigits(params.digits) || secret.isEmpty())
        return QString();
    unsigned char message[8];
    for (int i = 7; i >= 0; --i) {
        message[i] = static_cast<unsigned char>(counter & 0xff);
        counter >>= 8;
    }
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLen = 0;
    if (!HMAC(md, secret.constData(), static_cast<int>(secret.size()), message, sizeof message, mac, &macLen))
        std::abort(); // only fails when OpenSSL cannot allocate
    // RFC 4226 5.3 dynamic truncation: the low nibble of the last byte picks four bytes.
    const unsigned int offset = mac[macLen - 1] & 0x0f;
    const quint32 binary = (static_cast<quint32>(mac[offset] & 0x7f) << 24)
        | (static_cast<quint32>(mac[offset + 1]) << 16) | (static_cast<quint32>(mac[offset + 2]) << 8)
        | static_cast<quint32>(mac[offset + 3]);
    OPENSSL_cleanse(mac, sizeof mac);
    const quint32 modulus = params.digits == 8 ? 100000000u : 1000000u;
    return QString::number(binary % modulus).rightJustified(params.digits, QLatin1Char('0'));
}

qint64 totpStep(qint64 unixSeconds, int period)
{
    if (period < 1 || period > MaxOtpPeriod || unixSeconds < 0)
        return -1;
    return unixSeconds / period;
}

QString totp(const QByteArray &secret, qint64 unixSeconds, const OtpParams &params)
{
    const qint64 step = totpStep(unixSeconds, params.period);
    if (step < 0)
        return QString();
    return hotp(secret, static_cast<quint64>(step), params);
}

Result<QString> parseOtpCode(const QString &typed, int digits)
{
    if (!validDigits(digits))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("One-time passwords of %1 digits are not supported; use 6 or 8 digits.").arg(digits));
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("No code was entered; it needs %1 digits.").arg(digits));
    QString code;
    code.reserve(text.size());
    qsizetype separators = 0;
    qsizetype separatorAt = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            code.append(c);
        } else if (c == QLatin1Char(' ') || c == QLatin1Char('-')) {
            ++separators;
            separatorAt = i;
        } else {
            secureWipe(code);
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The code may contain only the digits 0 to 9 (and one space or hyphen in the "
                                    "middle)."));
        }
    }
    if (code.size() != digits) {
        const int n = static_cast<int>(code.size());
        secureWipe(code);
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The code has %n digit(s); it needs %1.", nullptr, n).arg(digits));
    }
    if (separators > 1 || (separators == 1 && separatorAt != digits / 2)) {
        secureWipe(code);
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The code may be split only once, in the middle (as in 123 456)."));
    }
    return code;
}

std::optional<qint64> matchTotp(const QByteArray &secret, const OtpParams &params, const QString &code,
                                qint64 unixSeconds, int window, qint64 lastAcceptedStep)
{
    if (!validateOtpParams(params).ok() || window < 0 || window > MaxOtpWindow || secret.isEmpty()
        || code.size() != params.digits || !isAsciiDigits(code))
        return std::nullopt;
    const qint64 now = totpStep(unixSeconds, params.period);
    if (now < 0 || now > std::numeric_limits<qint64>::max() - window)
        return std::nullopt;
    QByteArray typed = code.toLatin1();
    std::optional<qint64> matched;
    // No early exit: every step is computed and compared, so timing says nothing about which matched.
    for (qint64 step = now - window; step <= now + window; ++step) {
        if (step < 0)
            continue;
        QString expectedCode = hotp(secret, static_cast<quint64>(step), params);
        QByteArray expected = expectedCode.toLatin1();
        const bool equal = secureEquals(expected, typed);
        secureWipe(expected);
        secureWipe(expectedCode);
        if (equal && step > lastAcceptedStep)
            matched = step;
    }
    secureWipe(typed);
    return matched;
}

QByteArray generateOtpSecret(int bytes)
{
    if (bytes < MinOtpSecretBytes || bytes > MaxOtpSecretBytes)
        return QByteArray();
    return randomBytes(bytes);
}

} // namespace authdesk::crypto
