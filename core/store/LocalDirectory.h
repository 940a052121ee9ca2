#pragma once
// The local store as a Directory: every call runs LocalStore on the store's own SQL thread and
// answers through a QFuture, so the GUI thread never touches the disk.

#include "core/Directory.h"
#include "core/store/LocalStore.h"

#include <QPromise>
#include <memory>

namespace authdesk {

class SqlWorker;

class LocalDirectory final : public Directory {
    Q_OBJECT
public:
    explicit LocalDirectory(StoreOptions options, QObject *parent = nullptr);
    ~LocalDirectory() override;

    // Opens an existing store, or creates a new one with its owner.
    QFuture<Status> open();
    QFuture<Status> create(const NewUser &owner);
    const StoreOptions &options() const { return m_options; }

    QString displayName() const override;
    QString location() const override;
    bool has(Capability capability) const override;

    QFuture<Result<Principal>> signIn(const QString &login, const QString &password) override;
    QFuture<Result<SignInResult>> signInWithSecondFactor(const QString &login, const QString &password,
                                                         const QString &code, SecondFactorKind kind,
                                                         bool rememberDevice) override;
    QFuture<Result<SignInPolicy>> signInPolicy() override;
    QFuture<Result<int>> forgetDevices(const Principal &actor, const QString &ref) override;
    QFuture<Result<UserPage>> listUsers(const Principal &actor, const UserQuery &query) override;
    QFuture<Result<User>> findUser(const Principal &actor, const QString &ref) override;
    QFuture<Result<User>> createUser(const Principal &actor, const NewUser &user) override;
    QFuture<Result<User>> updateUser(const Principal &actor, const QString &ref, qint64 expectedVersion,
                                     const UserChanges &changes) override;
    QFuture<Result<User>> disableUser(const Principal &actor, const QString &ref, const QString &reason,
                                      const QDateTime &until) override;
    QFuture<Result<User>> enableUser(const Principal &actor, const QString &ref) override;
    QFuture<Status> deleteUser(const Principal &actor, const QString &ref) override;
    QFuture<Status> setPassword(const Principal &actor, const QString &ref, const QString &password, bool mustChange) override;
    QFuture<Status> changeOwnPassword(const Principal &actor, const QString &current, const QString &password) override;
    QFuture<Result<User>> addUserRole(const Principal &actor, const QString &ref, const QString &role) override;
    QFuture<Result<User>> removeUserRole(const Principal &actor, const QString &ref, const QString &role) override;
    QFuture<Result<QList<EffectivePermission>>> effectivePermissions(const Principal &actor, const QString &ref) override;

    QFuture<Result<QStringList>> ownConsolePermissions(const Principal &actor) override;
    QFuture<Result<QList<Role>>> listRoles(const Principal &actor) override;
    QFuture<Result<Role>> createRole(const Principal &actor, const QString &name, const QString &description) override;
    QFuture<Result<Role>> grantPermission(const Principal &actor, const QString &role, const QString &permission) override;
    QFuture<Result<Role>> revokePermission(const Principal &actor, const QString &role, const QString &permission) override;
    QFuture<Result<QList<Permission>>> listPermissions(const Principal &actor) override;
    QFuture<Result<Permission>> createPermission(const Principal &actor, const QString &name,
                                                 const QString &description) override;

    QFuture<Result<QList<AuditEvent>>> listAudit(const Principal &actor, const AuditQuery &query) override;
    QFuture<Result<AuditCount>> countAudit(const Principal &actor, const AuditQuery &query) override;
    QFuture<Result<AuditVerification>> verifyAudit(const Principal &actor) override;

    QFuture<Result<bool>> verifyPassword(const Principal &actor, const QString &ref, const QString &password) override;
    QFuture<Result<QList<StoreSetting>>> settings(const Principal &actor) override;
    QFuture<Status> setSetting(const Principal &actor, const QString &key, const QString &value) override;
    QFuture<Result<TotpEnrollment>> enrollTotp(const Principal &actor, const QString &ref) override;
    QFuture<Result<TotpEnrollment>> pendingTotp(const Principal &actor, const QString &ref) override;
    QFuture<Result<QStringList>> activateTotp(const Principal &actor, const QString &ref, const QString &code) override;
    QFuture<Result<bool>> verifyTotp(const Principal &actor, const QString &ref, const QString &code) override;
    QFuture<Result<bool>> useRecoveryCode(const Principal &actor, const QString &ref, const QString &code) override;
    QFuture<Result<MfaStatus>> mfaStatus(const Principal &actor, const QString &ref) override;
    QFuture<Result<MfaResetInspection>> inspectMfaReset(const Principal &actor, const QString &ref) override;
    QFuture<Result<MfaResetResult>> resetMfa(const Principal &actor, const QString &ref,
                                             const MfaResetRequest &request) override;
    QFuture<Result<QStringList>> regenerateRecoveryCodes(const Principal &actor, const QString &ref) override;
    QFuture<Result<QString>> sendTestNotification(const Principal &actor, const QString &to) override;
    QFuture<Status> setNotifierPassword(const Principal &actor, const QString &password) override;

    QFuture<Result<SessionPage>> listSessions(const Principal &actor, const SessionQuery &query) override;
    QFuture<Result<int>> revokeSession(const Principal &actor, qint64 sessionId) override;
    QFuture<Result<int>> revokeUserSessions(const Principal &actor, const QString &ref) override;
    QFuture<Result<int>> revokeAllSessions(const Principal &actor) override;
    QFuture<Result<User>> unlockUser(const Principal &actor, const QString &ref) override;
    QFuture<Result<LockoutState>> lockoutState(const Principal &actor, const QString &ref);
    QFuture<Result<EmailTokenIssue>> sendEmailVerification(const Principal &actor, const QString &ref);
    // JWT signing keys and the inspector (LocalStoreJwt.cpp).
    QFuture<Result<QList<SigningKeyInfo>>> listSigningKeys(const Principal &actor);
    QFuture<Result<SigningKeyInfo>> rotateSigningKey(const Principal &actor, jwt::Algorithm algorithm);
    QFuture<Status> retireSigningKey(const Principal &actor, const QString &kid);
    QFuture<Result<QByteArray>> jwks();
    QFuture<Result<TokenInspection>> inspectToken(const Principal &actor, const QString &token, const QByteArray &pastedKeys);
    // Service key slots: how applications hold the data key (LocalStore::createServiceSlot).
    QFuture<Result<ServiceSlotGrant>> createServiceSlot(const Principal &actor, const QString &label);
    QFuture<Result<QList<ServiceSlotInfo>>> listServiceSlots(const Principal &actor);
    QFuture<Status> revokeServiceSlot(const Principal &actor, qint64 slotId);

    // The OS keychain of this desktop as a cache of the local store's data key.
    QFuture<Status> rememberKeyInKeychain(const Principal &actor);
    QFuture<Status> forgetKeyInKeychain(const Principal &actor);

    // Progress (0–1000 and a text) through the future; cancel() on the future rolls the import back.
    // onProgress, when given, is also called on the SQL thread (the CLI prints from it).
    QFuture<Result<ImportReport>> importUsers(const Principal &actor, const QString &csvPath,
                                              LocalStore::ProgressFn onProgress = {});

private:
    // Makes the store on the SQL thread (its connection belongs there) and keeps it.
    QFuture<Status> install(std::function<Result<std::unique_ptr<LocalStore>>()> make);
    template <typename T>
    QFuture<Result<T>> run(std::function<Result<T>(LocalStore &, QPromise<Result<T>> &)> task);
    template <typename T>
    QFuture<Result<T>> run(std::function<Result<T>(LocalStore &)> task);

    StoreOptions m_options;
    std::unique_ptr<LocalStore> m_store; // touched only on the SQL thread
    std::unique_ptr<SqlWorker> m_worker;
};

} // namespace authdesk
