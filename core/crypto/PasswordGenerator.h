#pragma once
// Passwords for admins who reset an account: random, readable, and accepted by the policy.

#include "core/policy/PasswordPolicy.h"

#include <QString>

namespace authdesk::crypto {

// The 55 symbols used: digits 2-9, a-z without i l o, A-Z without I O (no 0/O/o, 1/l/I/i confusion).
inline constexpr char PasswordAlphabet[] = "23456789abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";

// Groups of 5 symbols separated by "-" ("k7Mqz-3hBwe-…"), at least 20 symbols (> 115 bits), longer when
// policy.minLength needs it (then the last group may be shorter). Each symbol is drawn from
// crypto::randomBytes() by rejection sampling; a candidate the policy refuses (composition rule, blocklist,
// the product name) is discarded whole and drawn again, so the result always passes policy.check() with
// an empty context and no MFA. The policy must be satisfiable (as fromSettings/validateSetting keep it).
QString generatePassword(const PasswordPolicy &policy = {});

} // namespace authdesk::crypto
