#pragma once
// A user of a directory as the core and the models see it. Never carries a password hash.

#include "core/UserFilter.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace authdesk {

enum class UserStatus { Active, Disabled };

struct User {
    qint64 id = 0;
    QString username;
    QString email;
    QString displayName;
    UserStatus status = UserStatus::Active;
    QString disabledReason;
    QDateTime disabledUntil;       // invalid: disabled until enabled again
    bool mustChangePassword = false;
    bool hasPassword = false;
    QString passwordScheme;        // "argon2id", "bcrypt" … (never the hash); filled when one user is read
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastSignInAt;        // invalid: never signed in
    QDateTime emailVerifiedAt;     // invalid: the email on file was never confirmed (or changed since)
    qint64 version = 0;            // optimistic locking
    QStringList roles;             // role names, sorted
    bool mfaEnrolled = false;      // has an active TOTP factor
    // The TOTP factor was disabled after too many wrong codes in a row, or the active one is in a
    // throttle wait right now. (Sign-in lockout joins this with the sessions issue.)
    bool locked = false;
    // Set while applications' logins are locked by the brute-force protection (a part of locked).
    QDateTime loginLockedUntil;
    // A helpdesk MFA reset removed the authenticator: the user has to enroll a new one (cleared when
    // one is activated). Until then a temporary access pass, if one was issued, is the second factor.
    bool mfaEnrollmentRequired = false;

    // Disabled with an end time that has passed counts as active.
    bool isEffectivelyActive(const QDateTime &nowUtc) const
    {
        if (status == UserStatus::Active)
            return true;
        return disabledUntil.isValid() && disabledUntil <= nowUtc;
    }
};

// Sort keys the directory can sort on, on the database side.
enum class UserSortField { Username, Email, DisplayName, AccountStatus, CreatedAt, UpdatedAt, LastSignInAt };

struct UserQuery {
    QString search;                // substring over username, email and display name, case-insensitive
    UserFilter filter;             // attribute filters, combined with the search (AND)
    UserSortField sortField = UserSortField::Username;
    bool descending = false;
    qint64 offset = 0;
    qint64 limit = 100;
    // Counting the matches costs a full scan while searching; a later page of the same query can
    // skip it (UserPage.total is then -1).
    bool withTotal = true;
};

struct UserPage {
    qint64 total = 0;              // matching users, ignoring offset/limit; -1 when not asked for
    qint64 offset = 0;
    QList<User> users;
};

// Fields an edit may change; unset optionals stay as they are.
struct UserChanges {
    std::optional<QString> email;
    std::optional<QString> displayName;
    // Makes the user choose a new password at the next sign-in, without setting one; setting it
    // needs users.reset_password, as setting a password does, and never applies to yourself.
    std::optional<bool> mustChangePassword;
};

struct NewUser {
    QString username;
    QString email;
    QString displayName;
    QStringList roles;
    QString password;              // empty: the user must set one (must-change-password)
    QString passwordHash;          // imported PHC hash; used when password is empty
    bool mustChangePassword = false; // with a password: the user must replace it at the next sign-in
};

} // namespace authdesk

Q_DECLARE_METATYPE(authdesk::User)
