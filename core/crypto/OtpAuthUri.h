#pragma once
// otpauth:// Key URIs (the Google Authenticator "Key Uri Format") that enroll an authenticator
// app: built with QUrl and every label and value percent-encoded (%20 and %2B, never '+'), and
// parsed back with a message naming each problem.

#include "core/Result.h"
#include "core/crypto/Otp.h"

#include <QByteArray>
#include <QString>

namespace authdesk::crypto {

struct OtpAuthUri {
    QString type = QStringLiteral("totp"); // "totp" or "hotp"
    QString issuer;
    QString account;
    QByteArray secret;
    OtpParams params;
    quint64 counter = 0; // hotp only
};

// otpauth://TYPE/ISSUER:ACCOUNT?secret=…&issuer=…&algorithm=…&digits=…&period=… (totp) or
// …&counter=… (hotp). Refuses an unknown type, an empty issuer or account, a ':' in either, a
// secret shorter than MinOtpSecretBytes and invalid parameters.
Result<QString> buildOtpAuthUri(const OtpAuthUri &uri);

// Accepts the label with or without the issuer prefix ("Issuer:account", spaces after the colon
// allowed); when both the prefix and the issuer parameter are present they must be equal. The
// issuer may be absent altogether (then it is empty). secret is required (base32 as base32Decode
// reads it, at least MinOtpSecretBytes), algorithm defaults to SHA1 (any case), digits to 6,
// period to 30 (ignored for hotp); counter is required for hotp. Unknown parameters (image, …)
// are ignored; a known one given twice is refused. Messages never quote the secret.
Result<OtpAuthUri> parseOtpAuthUri(const QString &uri);

} // namespace authdesk::crypto
