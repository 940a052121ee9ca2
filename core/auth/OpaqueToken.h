#pragma once
// Opaque bearer tokens (session, refresh, email verification, password reset): 256 bits from the
// CSPRNG, written as a short prefix that names the kind and base64url without padding. The store
// keeps only the SHA-256 of the whole text, so a stolen database holds nothing that can be replayed.

#include <QByteArray>
#include <QString>

namespace authdesk::token {

inline constexpr int TokenBytes = 32;

// Prefixes: what a token is for can be told at a glance (and by `token verify`), never who it is for.
inline constexpr auto SessionPrefix = "ads_";
inline constexpr auto RefreshPrefix = "adr_";
inline constexpr auto VerifyEmailPrefix = "adv_";
inline constexpr auto ResetPasswordPrefix = "adp_";

// prefix + base64url(32 random bytes).
QString generate(const char *prefix);
// SHA-256 of the token's UTF-8 text: what the store keeps and looks up.
QByteArray hash(const QString &token);
// The token starts with prefix and carries exactly 32 bytes of well-formed base64url after it.
bool isWellFormed(const QString &token, const char *prefix);

} // namespace authdesk::token
