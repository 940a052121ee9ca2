#pragma once
// The password policy (NIST SP 800-63B-4 §3.1.1.2): length in code points after NFC, optional
// composition rule, the common-password blocklist and context words. The policy is data, kept
// as text in the store's key/value settings; check() says which rule a password breaks.

#include "core/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace authdesk {

// What the policy knows about the account whose password is being set.
struct PasswordContext {
    QString username;
    QString email;
    QString displayName;
    bool hasMfa = false;
};

struct PasswordPolicy {
    int minLength = 15; // password-only accounts
    int minLengthWithMfa = 8;
    int maxLength = 1024;
    bool requireComposition = false;
    bool blocklist = true;
    bool contextWords = true;

    // Settings keys as stored: "password.min_length", "password.min_length_with_mfa", "password.max_length",
    // "password.require_composition", "password.blocklist", "password.context_words". Values are text ("15", "true").
    static QStringList settingKeys();
    static QString settingDescription(const QString &key);                       // translated, for `policy show`
    static PasswordPolicy fromSettings(const QHash<QString, QString> &settings); // missing keys → defaults
    QHash<QString, QString> toSettings() const;
    // Validates one change (unknown key, not a number, out of range — e.g. min_length 8..64, with-MFA 8..min_length,
    // max 64..4096, booleans true/false/on/off/1/0) and returns the normalized value to store.
    static Result<QString> validateSetting(const QString &key, const QString &value, const PasswordPolicy &current);
    Status check(const QString &password, const PasswordContext &context) const; // InvalidInput naming the rule
};

} // namespace authdesk
