#pragma once
// The settings a store keeps in its settings table: the password policy's (PasswordPolicy) and
// the MFA ones. Values are text; every change is validated here, changed only with
// settings.manage and audited by the store.

#include "core/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace authdesk::StoreSettings {

inline const QString MfaIssuer = QStringLiteral("mfa.issuer");
inline const QString MfaDriftSteps = QStringLiteral("mfa.drift_steps");
inline const QString SignInRememberDays = QStringLiteral("signin.remember_days");
inline const QString ConsoleIdleLockMinutes = QStringLiteral("console.idle_lock_minutes");
inline const QString ConsoleReauthHours = QStringLiteral("console.reauth_hours");
// The notifier (core/notify): how users are told about changes to their account. The SMTP password
// is no setting: it is sealed in store_secrets (LocalStore::setNotifierPassword).
inline const QString NotifyMethod = QStringLiteral("notify.method");
inline const QString NotifySmtpUrl = QStringLiteral("notify.smtp.url");
inline const QString NotifySmtpFrom = QStringLiteral("notify.smtp.from");
inline const QString NotifySmtpUsername = QStringLiteral("notify.smtp.username");
inline const QString NotifySmtpCaFile = QStringLiteral("notify.smtp.ca_file");
inline const QString NotifySmtpTimeout = QStringLiteral("notify.smtp.timeout_seconds");
inline const QString NotifyCommand = QStringLiteral("notify.command");
inline const QString NotifyCommandTimeout = QStringLiteral("notify.command.timeout_seconds");
inline const QString ConsoleEnrollTimeoutMinutes = QStringLiteral("console.enroll_timeout_minutes");
inline const QString MfaTemporaryPassMinutes = QStringLiteral("mfa.temporary_pass_minutes");

QStringList keys();
QString description(const QString &key);
QString defaultValue(const QString &key);
// The normalized value to store, or InvalidInput naming what is wrong (unknown key, out of range …).
Result<QString> validate(const QString &key, const QString &value, const QHash<QString, QString> &current);

QString issuer(const QHash<QString, QString> &settings);
int driftSteps(const QHash<QString, QString> &settings);
// Days a desktop stays remembered after a TOTP sign-in; 0: the feature is off.
int rememberDays(const QHash<QString, QString> &settings);
// Minutes without keyboard or mouse before the console locks.
int idleLockMinutes(const QHash<QString, QString> &settings);
// Hours after sign-in before the console asks for a full sign-in again.
int reauthHours(const QHash<QString, QString> &settings);
// notify.smtp.timeout_seconds / notify.command.timeout_seconds, within their range.
int notifyTimeoutSeconds(const QHash<QString, QString> &settings, const QString &key);
// Minutes the enrollment dialog stays open before it closes itself, so a secret is not left on screen.
int enrollTimeoutMinutes(const QHash<QString, QString> &settings);
// Minutes a temporary access pass from a helpdesk MFA reset stays usable, unless the reset names its own.
int temporaryPassMinutes(const QHash<QString, QString> &settings);
inline constexpr int MinTemporaryPassMinutes = 5;
inline constexpr int MaxTemporaryPassMinutes = 1440;

} // namespace authdesk::StoreSettings
