#pragma once
// The common-password list compiled into authdesk_core (resources/blocklist: @zxcvbn-ts/language-common,
// extracted at build time). Loaded once, on first use, from any thread.

#include <QString>

namespace authdesk::PasswordBlocklist {

// Exact match after NFC and case folding ("PassWord" is "password"). PasswordPolicy::check() adds
// the trailing digits/punctuation rule on top of this.
bool contains(const QString &password);
// Number of distinct entries.
qsizetype size();

} // namespace authdesk::PasswordBlocklist
