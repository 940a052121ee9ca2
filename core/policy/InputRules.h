#pragma once
// What names, emails and free text a store accepts. Every rule refuses with a message that
// says which rule failed; accepted text is NFC-normalized and stored literally.

#include "core/Result.h"

#include <QString>

namespace authdesk::InputRules {

inline constexpr int MaxUsernameLength = 64;
inline constexpr int MaxEmailLength = 254;
inline constexpr int MaxDisplayNameLength = 256;
inline constexpr int MaxRoleNameLength = 64;
inline constexpr int MaxDescriptionLength = 1000;
inline constexpr int MaxReasonLength = 1000;
inline constexpr int MaxPasswordLength = 1024;    // code points; longer input refused before hashing

Result<QString> username(const QString &raw);
Result<QString> email(const QString &raw);
Result<QString> displayName(const QString &raw);
Result<QString> roleName(const QString &raw);
Result<QString> permissionName(const QString &raw);
Result<QString> description(const QString &raw);
Result<QString> reason(const QString &raw, bool required);
// Minimal policy until the credentials issue brings the full one: length in code points.
Status password(const QString &password);

// The case-folded form used for case-insensitive uniqueness and search.
QString foldKey(const QString &text);
// Code points, not UTF-16 units.
qsizetype codePointCount(const QString &text);
// Escapes control characters for display (\n, \x1b …), so a hostile name cannot draw on a terminal.
QString escapeForDisplay(const QString &text);

} // namespace authdesk::InputRules
