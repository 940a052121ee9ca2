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
inline constexpr int MaxTicketLength = 64;

Result<QString> username(const QString &raw);
Result<QString> email(const QString &raw);
Result<QString> displayName(const QString &raw);
Result<QString> roleName(const QString &raw);
Result<QString> permissionName(const QString &raw);
Result<QString> description(const QString &raw);
Result<QString> reason(const QString &raw, bool required);
// Any other one-line-or-more free text: no control or invisible characters, at most maxLength code
// points, no leading or trailing spaces; `what` names the field in the message.
Result<QString> freeText(const QString &raw, const QString &what, int maxLength, bool required);
// Minimal policy until the credentials issue brings the full one: length in code points.
Status password(const QString &password);

// The case-folded form used for case-insensitive uniqueness and search.
QString foldKey(const QString &text);
// Code points, not UTF-16 units.
qsizetype codePointCount(const QString &text);
// Escapes control characters for display (\n, \x1b …), so a hostile name cannot draw on a terminal.
QString escapeForDisplay(const QString &text);

} // namespace authdesk::InputRules
