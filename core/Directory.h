#pragma once
// The one asynchronous interface every kind of directory implements (local store, shared store,
// remote auth server). Models and views only ever talk to this. Results come back as
// QFuture<Result<T>>; attach continuations with .then(context, …) so they run on the caller's thread.

#include "core/AuditEvent.h"
#include "core/Credentials.h"
#include "core/MfaReset.h"
#include "core/Principal.h"
#include "core/Rbac.h"
#include "core/Result.h"
#include "core/auth/Tokens.h"
#include "core/User.h"

#include <QFuture>
#include <QObject>

namespace authdesk {

// What a directory can do; the UI hides or greys what is missing and says why.
enum class Capability {
    Roles,
    PermissionMatrix,
    AuditLog,
    Import,
    Sessions,          // applications' sessions and refresh families, listed and ended
};

class Directory : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~Directory() override = default;

    virtual QString displayName() const = 0;
    // Where the directory is: a local store's absolute file path, a server's URL. Stable across
    // runs, so it keys what a console remembers per directory (recent stores, saved queries).
    virtual QString location() const = 0;
    virtual bool has(Capability capability) const = 0;

    // SecondFactorRequired when the account has an authenticator: then signInWithSecondFactor.
    virtual QFuture<Result<Principal>> signIn(const QString &login, const QString &password) = 0;
    // The password again and the second factor; rememberDevice (with a TOTP code) asks for a device token
    // to keep in this desktop's keychain. An unknown or expired device token: SecondFactorRequired.
    virtual QFuture<Result<SignInResult>> signInWithSecondFactor(const QString &login, const QString &password,
                                                                 const QString &code, SecondFactorKind kind,
                                                                 bool rememberDevice) = 0;
    // The sign-in and console-session settings (remember days, idle lock, re-authentication); no principal needed.
    virtual QFuture<Result<SignInPolicy>> signInPolicy() = 0;
    // Forgets every computer remembered for the user (mfa.reset, or the user themself); the count forgotten.
    virtual QFuture<Result<int>> forgetDevices(const Principal &actor, const QString &ref) = 0;

    virtual QFuture<Result<UserPage>> listUsers(const Principal &actor, const UserQuery &query) = 0;
    virtual QFuture<Result<User>> findUser(const Principal &actor, const QString &ref) = 0;
    virtual QFuture<Result<User>> createUser(const Principal &actor, const NewUser &user) = 0;
    virtual QFuture<Result<User>> updateUser(const Principal &actor, const QString &ref, qint64 expectedVersion,
                                             const UserChanges &changes) = 0;
    virtual QFuture<Result<User>> disableUser(const Principal &actor, const QString &ref, const QString &reason,
                                              const QDateTime &until) = 0;
    virtual QFuture<Result<User>> enableUser(const Principal &actor, const QString &ref) = 0;
    virtual QFuture<Status> deleteUser(const Principal &actor, const QString &ref) = 0;
    virtual QFuture<Status> setPassword(const Principal &actor, const QString &ref, const QString &password,
                                        bool mustChange) = 0;
    virtual QFuture<Status> changeOwnPassword(const Principal &actor, const QString &current, const QString &password) = 0;
    virtual QFuture<Result<User>> addUserRole(const Principal &actor, const QString &ref, const QString &role) = 0;
    virtual QFuture<Result<User>> removeUserRole(const Principal &actor, const QString &ref, const QString &role) = 0;
    virtual QFuture<Result<QList<EffectivePermission>>> effectivePermissions(const Principal &actor, const QString &ref) = 0;

    // The signed-in administrator's own console permissions, read afresh (a revoked role shows at
    // once), so a console can offer only what it may do. Core checks every call regardless.
    virtual QFuture<Result<QStringList>> ownConsolePermissions(const Principal &actor) = 0;

    virtual QFuture<Result<QList<Role>>> listRoles(const Principal &actor) = 0;
    virtual QFuture<Result<Role>> createRole(const Principal &actor, const QString &name, const QString &description) = 0;
    virtual QFuture<Result<Role>> grantPermission(const Principal &actor, const QString &role, const QString &permission) = 0;
    virtual QFuture<Result<Role>> revokePermission(const Principal &actor, const QString &role, const QString &permission) = 0;
    virtual QFuture<Result<QList<Permission>>> listPermissions(const Principal &actor) = 0;
    virtual QFuture<Result<Permission>> createPermission(const Principal &actor, const QString &name,
                                                         const QString &description) = 0;

    virtual QFuture<Result<QList<AuditEvent>>> listAudit(const Principal &actor, const AuditQuery &query) = 0;
    virtual QFuture<Result<AuditCount>> countAudit(const Principal &actor, const AuditQuery &query) = 0;
    virtual QFuture<Result<AuditVerification>> verifyAudit(const Principal &actor) = 0;

    // Credentials: password checks, the store's settings, TOTP and recovery codes.
    virtual QFuture<Result<bool>> verifyPassword(const Principal &actor, const QString &ref, const QString &password) = 0;
    virtual QFuture<Result<QList<StoreSetting>>> settings(const Principal &actor) = 0;
    virtual QFuture<Status> setSetting(const Principal &actor, const QString &key, const QString &value) = 0;
    virtual QFuture<Result<TotpEnrollment>> enrollTotp(const Principal &actor, const QString &ref) = 0;
    virtual QFuture<Result<TotpEnrollment>> pendingTotp(const Principal &actor, const QString &ref) = 0;
    virtual QFuture<Result<QStringList>> activateTotp(const Principal &actor, const QString &ref, const QString &code) = 0;
    virtual QFuture<Result<bool>> verifyTotp(const Principal &actor, const QString &ref, const QString &code) = 0;
    virtual QFuture<Result<bool>> useRecoveryCode(const Principal &actor, const QString &ref, const QString &code) = 0;
    virtual QFuture<Result<MfaStatus>> mfaStatus(const Principal &actor, const QString &ref) = 0;
    virtual QFuture<Result<QStringList>> regenerateRecoveryCodes(const Principal &actor, const QString &ref) = 0;

    // Notifications: a test message through the configured notifier (its answer, or why it failed),
    // and the SMTP password, kept sealed (empty removes it). Both need settings.manage and are audited.
    virtual QFuture<Result<QString>> sendTestNotification(const Principal &actor, const QString &to) = 0;

    // Applications' sessions and refresh-token families (sessions.read / sessions.revoke; everyone's
    // also settings.manage), and the end of a brute-force lockout (users.disable). Audited.
    virtual QFuture<Result<SessionPage>> listSessions(const Principal &actor, const SessionQuery &query) = 0;
    virtual QFuture<Result<int>> revokeSession(const Principal &actor, qint64 sessionId) = 0;
    virtual QFuture<Result<int>> revokeUserSessions(const Principal &actor, const QString &ref) = 0;
    virtual QFuture<Result<int>> revokeAllSessions(const Principal &actor) = 0;
    virtual QFuture<Result<User>> unlockUser(const Principal &actor, const QString &ref) = 0;
    virtual QFuture<Status> setNotifierPassword(const Principal &actor, const QString &password) = 0;
    // The helpdesk reset (issue 5). inspectMfaReset shows, without secrets, what a reset would remove and
    // whether this actor may do it; resetMfa does it in one transaction with one audit event, then tells
    // the user through the store's notifier (a failed notification never undoes the reset).
    virtual QFuture<Result<MfaResetInspection>> inspectMfaReset(const Principal &actor, const QString &ref) = 0;
    virtual QFuture<Result<MfaResetResult>> resetMfa(const Principal &actor, const QString &ref,
                                                     const MfaResetRequest &request) = 0;
};

} // namespace authdesk
