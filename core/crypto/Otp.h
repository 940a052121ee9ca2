#pragma once
// HOTP (RFC 4226) and TOTP (RFC 6238) codes over HMAC-SHA1/SHA256/SHA512, the parsing of a
// typed code and the verification step the store runs (drift window, replay refusal).

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace authdesk::crypto {

enum class OtpAlgorithm { Sha1, Sha256, Sha512 };

struct OtpParams {
    OtpAlgorithm algorithm = OtpAlgorithm::Sha1;
    int digits = 6;  // 6 or 8
    int period = 30; // seconds, 1..MaxOtpPeriod (TOTP only)
};

inline constexpr int MaxOtpPeriod = 300;
inline constexpr int DefaultOtpWindow = 1;
inline constexpr int MaxOtpWindow = 10;
inline constexpr int MinOtpSecretBytes = 16;     // 128 bits, RFC 4226's minimum
inline constexpr int DefaultOtpSecretBytes = 20; // 160 bits, RFC 4226's recommendation
inline constexpr int MaxOtpSecretBytes = 64;

QString otpAlgorithmName(OtpAlgorithm algorithm);                      // "SHA1", "SHA256", "SHA512"
std::optional<OtpAlgorithm> otpAlgorithmFromName(const QString &name); // case-insensitive

// Ok, or InvalidInput naming the parameter that is out of range (digits not 6 or 8, period
// outside 1..300 s, an unknown algorithm value).
Status validateOtpParams(const OtpParams &params);

// The zero-padded code, or an empty string when the parameters are invalid or the secret is
// empty: an invalid setup never yields a code that could be accepted.
QString hotp(const QByteArray &secret, quint64 counter, const OtpParams &params);
// As hotp() at step totpStep(unixSeconds, params.period); empty also for times before 1970.
QString totp(const QByteArray &secret, qint64 unixSeconds, const OtpParams &params);
// floor(unixSeconds / period); -1 when the period is out of range or the time is before 1970.
qint64 totpStep(qint64 unixSeconds, int period);

// What the user typed, normalized to exactly `digits` ASCII digits, or InvalidInput saying what
// is wrong ("The code has 5 digits; it needs 6."), so the caller can tell bad input from a wrong
// code. Spaces around the code are dropped, and so is one space or hyphen exactly in the middle
// ("123 456", "1234-5678"), as authenticator apps show codes; nothing else is accepted.
Result<QString> parseOtpCode(const QString &typed, int digits);

// The step in [now - window, now + window] whose code equals `code` (as parseOtpCode returns it)
// and that is > lastAcceptedStep, if any; when several steps match, the latest one, so that no
// later step with the same code stays open for a replay. Every step in the window is computed
// and compared in constant time. Nothing matches for invalid parameters, a window outside
// 0..MaxOtpWindow or a code of the wrong form. Steps before 0 (1970) are never matched.
std::optional<qint64> matchTotp(const QByteArray &secret, const OtpParams &params, const QString &code,
                                qint64 unixSeconds, int window, qint64 lastAcceptedStep);

// `bytes` bytes from the CSPRNG; empty when bytes is outside MinOtpSecretBytes..MaxOtpSecretBytes.
QByteArray generateOtpSecret(int bytes = DefaultOtpSecretBytes);

} // namespace authdesk::crypto
