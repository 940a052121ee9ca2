#pragma once
// The local store's domain operations, synchronous, on one connection owned by one thread
// (LocalDirectory runs it on its worker). Every operation takes the acting principal, checks
// its console permission and the guard rules, and writes its audit event in the same
// transaction; a refusal is audited in a transaction of its own and returned as an error.

#include "core/AuditEvent.h"
#include "core/Credentials.h"
#include "core/MfaReset.h"
#include "core/Principal.h"
#include "core/Rbac.h"
#include "core/Result.h"
#include "core/User.h"
#include "core/auth/Jwt.h"
#include "core/auth/Lockout.h"
#include "core/auth/Tokens.h"
#include "core/notify/Notifier.h"
#include "core/store/BulkStatement.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSet>
#include <atomic>
#include <QDateTime>
#include <functional>
#include <memory>

namespace authdesk {

class AuditLog;
class Database;
class WriteTransaction;

class Keychain;
class Notifier;
namespace crypto {
struct OtpParams;
}

struct StoreOptions {
    StoreOptions() = default;
    StoreOptions(QString storePath, QString keyFolder, QString machineName = {})
        : path(std::move(storePath)), keyDir(std::move(keyFolder)), machine(std::move(machineName))
    {
    }

    QString path;                  // the SQLite file
    QString keyDir;                // where this computer keeps the audit head anchor (and a legacy chain key file)
    QString machine;               // recorded in audit events; defaults to the host name
    // The OS keychain that may hold this store's data key (authdesk-cli unlock); null: not used.
    std::shared_ptr<Keychain> keychain;
    // The time the store works with (TOTP steps, throttling, expiry); null: the system clock. For tests.
    std::function<QDateTime()> clock;
};

// Which key the store is open with.
enum class KeyState {
    Unlocked,                      // the data key is at hand: secrets and the audit chain can be written
    Locked,                        // no administrator has opened it here: reading only, changes refused
    Legacy,                        // a store from before key slots, with its chain key in a file; converted at sign-in
};

struct ImportProgress {
    qint64 rows = 0;
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0;
};

struct ImportReport {
    qint64 imported = 0;
    qint64 withoutPassword = 0;
    qint64 resetRequired = 0;      // imported with an unsalted or broken hash: they must set a new password
};

class LocalStore {
    Q_DECLARE_TR_FUNCTIONS(LocalStore)
public:
    ~LocalStore();

    // Opens an existing, initialized store (migrating an older schema).
    static Result<std::unique_ptr<LocalStore>> open(const StoreOptions &options);
    // Creates a new store with its owner account; refuses when the file already holds a store with users.
    static Result<std::unique_ptr<LocalStore>> create(const StoreOptions &options, const NewUser &owner);

    QString storeId() const { return m_storeId; }
    QString location() const;
    bool hasAuditKey() const;
    KeyState keyState() const;

    // An account with an authenticator (active, or disabled after too many wrong codes) gets no
    // Principal from its password alone: SecondFactorRequired once the password checked out.
    Result<Principal> signIn(const QString &login, const QString &password);
    // The password again, then the second factor (a TOTP code, a recovery code, or this computer's
    // remembered-device token), then the rest of the sign-in. rememberDevice with a TOTP code asks for a
    // token in the result (when signin.remember_days is not 0). An unknown or expired device token is
    // SecondFactorRequired: ask for the code. A user without an authenticator signs in as with signIn.
    Result<SignInResult> signInWithSecondFactor(const QString &login, const QString &password, const QString &code,
                                                SecondFactorKind kind, bool rememberDevice);
    // The sign-in and console-session settings; needs no principal (nothing in it is secret).
    Result<SignInPolicy> signInPolicy();

    Result<UserPage> listUsers(const Principal &actor, const UserQuery &query);
    Result<qint64> countUsers(const Principal &actor, const QString &search, const UserFilter &filter = {});
    Result<User> findUser(const Principal &actor, const QString &ref);
    Result<User> createUser(const Principal &actor, const NewUser &user);
    // expectedVersion 0 means "whatever is current"; otherwise a different version is a Conflict.
    Result<User> updateUser(const Principal &actor, const QString &ref, qint64 expectedVersion, const UserChanges &changes);
    Result<User> disableUser(const Principal &actor, const QString &ref, const QString &reason, const QDateTime &until);
    Result<User> enableUser(const Principal &actor, const QString &ref);
    Status deleteUser(const Principal &actor, const QString &ref);
    Status setPassword(const Principal &actor, const QString &ref, const QString &password, bool mustChange);
    // The signed-in user's own password: needs the current one; clears "must change".
    Status changeOwnPassword(const Principal &actor, const QString &current, const QString &password);
    Result<User> addUserRole(const Principal &actor, const QString &ref, const QString &role);
    Result<User> removeUserRole(const Principal &actor, const QString &ref, const QString &role);
    Result<QList<EffectivePermission>> effectivePermissions(const Principal &actor, const QString &ref);

    // Sorted; empty for a disabled account. Reading one's own permissions needs none.
    Result<QStringList> ownConsolePermissions(const Principal &actor);
    Result<QList<Role>> listRoles(const Principal &actor);
    Result<Role> createRole(const Principal &actor, const QString &name, const QString &description);
    Result<Role> grantPermission(const Principal &actor, const QString &role, const QString &permission);
    Result<Role> revokePermission(const Principal &actor, const QString &role, const QString &permission);
    Result<QList<Permission>> listPermissions(const Principal &actor);
    Result<Permission> createPermission(const Principal &actor, const QString &name, const QString &description);

    // All or nothing: the first bad line rolls the whole file back and is named in the error.
    using ProgressFn = std::function<void(const ImportProgress &)>;
    Result<ImportReport> importUsers(const Principal &actor, QIODevice &csv, const ProgressFn &progress,
                                     const std::function<bool()> &isCanceled);

    Result<QList<AuditEvent>> listAudit(const Principal &actor, const AuditQuery &query);
    Result<AuditCount> countAudit(const Principal &actor, const AuditQuery &query);
    Result<AuditVerification> verifyAudit(const Principal &actor);

    // ---- credentials (LocalStoreCredentials.cpp) ----
    // Checks a user's password (0/1 for scripts); a match upgrades an imported or weaker hash.
    Result<bool> verifyPassword(const Principal &actor, const QString &ref, const QString &password);
    Result<QList<StoreSetting>> settings(const Principal &actor);
    Status setSetting(const Principal &actor, const QString &key, const QString &value);
    // Puts the data key into the OS keychain of this desktop / takes it out again.
    Status rememberKeyInKeychain(const Principal &actor);
    Status forgetKeyInKeychain(const Principal &actor);

    // ---- MFA (LocalStoreMfa.cpp) ----
    // A new pending TOTP factor; an active one stays until the pending one is activated.
    Result<TotpEnrollment> enrollTotp(const Principal &actor, const QString &ref);
    // The pending factor's URI again (for its QR code); NotFound when nothing is pending.
    Result<TotpEnrollment> pendingTotp(const Principal &actor, const QString &ref);
    // Activates the pending factor with a valid code, replaces an older one, returns new recovery codes (shown once).
    Result<QStringList> activateTotp(const Principal &actor, const QString &ref, const QString &code);
    // Ok(true) valid, Ok(false) wrong; errors for bad input, throttling, a disabled or missing factor.
    Result<bool> verifyTotp(const Principal &actor, const QString &ref, const QString &code);
    Result<bool> useRecoveryCode(const Principal &actor, const QString &ref, const QString &code);
    Result<MfaStatus> mfaStatus(const Principal &actor, const QString &ref);
    Result<MfaResetInspection> inspectMfaReset(const Principal &actor, const QString &ref);
    Result<MfaResetResult> resetMfa(const Principal &actor, const QString &ref, const MfaResetRequest &request);
    Result<QStringList> regenerateRecoveryCodes(const Principal &actor, const QString &ref);
    // Forgets every remembered computer of the user (mfa.reset, or the user themself); the count forgotten.
    Result<int> forgetDevices(const Principal &actor, const QString &ref);

    // ---- notifications (LocalStoreNotify.cpp) ----
    // Seals the SMTP password under the data key in store_secrets (notify.smtp.password); an empty
    // password removes it. Needs settings.manage and an unlocked store; audited without the value.
    Status setNotifierPassword(const Principal &actor, const QString &password);
    // The notifier the notify.* settings describe, with the SMTP password opened; nullptr (in a
    // success) when notify.method is none. For core only: what it returns holds the password.
    Result<std::unique_ptr<Notifier>> makeNotifier();
    // Sends a test message to `to` through the configured notifier and returns the server's or the
    // command's answer. Needs settings.manage; the attempt and its outcome are audited.
    Result<QString> sendTestNotification(const Principal &actor, const QString &to);

    // ---- applications' sign-in (LocalStoreAuth.cpp; the public face is AuthService) ----
    // These act as the application would: no principal. Every login attempt is audited (auth.login),
    // and a login needs the data key at hand (a service key file, unlockWithServiceKey): the second
    // factor is checked and the attempt chained with it. Unknown user, wrong password, wrong or
    // missing code and a locked account all answer with the same AuthenticationFailed, except that
    // a right password without the code an account needs answers SecondFactorRequired.
    Result<LoginResult> appLogin(const LoginRequest &request);
    // A session token (ads_…): valid, or AuthenticationFailed saying exactly why not. Extends the
    // idle expiry (at most once a minute, to keep validation cheap).
    Result<TokenInfo> appValidate(const QString &token);
    // Ends the session (or refresh family) the token belongs to; ending an ended one is no error.
    Status appLogout(const QString &token, const ClientInfo &client = {});
    // The only thing a "must change password" session allows: the new password (policy-checked);
    // every session of the user ends with it, so the application logs in again.
    Status appChangePassword(const QString &sessionToken, const QString &current, const QString &password);

    // ---- sessions and lockout, for administrators (LocalStoreAuth.cpp) ----
    Result<SessionPage> listSessions(const Principal &actor, const SessionQuery &query);
    // One session or refresh family; the count ended (0 when it had already ended).
    Result<int> revokeSession(const Principal &actor, qint64 sessionId);
    // "Sign out everywhere" for one user: sessions, refresh families, and access tokens issued until now.
    Result<int> revokeUserSessions(const Principal &actor, const QString &ref);
    // Everyone's. Needs sessions.revoke and settings.manage.
    Result<int> revokeAllSessions(const Principal &actor);
    // Ends a brute-force lockout (and the authenticator's wrong-code wait) now.
    Result<User> unlockUser(const Principal &actor, const QString &ref);
    // The brute-force state of one user, for the console and `user show`.
    Result<LockoutState> lockoutState(const Principal &actor, const QString &ref);

    // ---- JWT access tokens, refresh rotation, signing keys (LocalStoreJwt.cpp) ----
    // A refresh token (adr_…) for a new access token and a new refresh token of the same family. An
    // already-used one revokes the whole family (audited as a likely theft).
    Result<LoginResult> appRefresh(const QString &refreshToken, const ClientInfo &client = {});
    // The signing keys, newest first (sessions.read), never their private part.
    Result<QList<SigningKeyInfo>> listSigningKeys(const Principal &actor);
    // A new active key of that algorithm; the active one retires gracefully (keeps verifying until the
    // tokens it signed have expired). settings.manage, an unlocked store.
    Result<SigningKeyInfo> rotateSigningKey(const Principal &actor, jwt::Algorithm algorithm);
    // A retiring key stops verifying now (settings.manage). The active key cannot be retired: rotate first.
    Status retireSigningKey(const Principal &actor, const QString &kid);
    // The public keys that verify this store's tokens (active and retiring; HS256 keys have none). Public.
    Result<QByteArray> jwks();
    // The console's JWT inspector: the token's header and claims, and whether it verifies against the
    // store's keys (pasted empty) or against a pasted JWKS or PEM public key — and if not, exactly why.
    Result<TokenInspection> inspectToken(const Principal &actor, const QString &token, const QByteArray &pastedKeys = {});

    // ---- email verification and password reset (LocalStoreUserTokens.cpp) ----
    // Tokens are random (adv_… / adp_…), kept only as their SHA-256, expiring and single use; the
    // message that carries one is the only place it ever appears.
    // Sends NAME a message with a single-use link confirming the email on file (users.write). Needs a
    // working notifier: without one nothing is made and the error says so.
    Result<EmailTokenIssue> sendEmailVerification(const Principal &actor, const QString &ref);
    // The user followed the link: the email on file is confirmed. No principal: the token is the proof.
    Result<User> verifyEmail(const QString &token);
    // An application's "forgot password": a message with a single-use reset link when the account exists,
    // is active and has an email; Ok either way, so the answer tells nothing about the account.
    Status requestPasswordReset(const QString &identifier, const ClientInfo &client = {});
    // The link's token and a new password (policy-checked): set, every session ended, the token used up.
    Status resetPasswordWithToken(const QString &token, const QString &password);

    // ---- service key slots (LocalStoreAuth.cpp) ----
    // A new slot wrapping the data key under a random key that only the returned key file holds.
    // Needs settings.manage and an unlocked store.
    Result<ServiceSlotGrant> createServiceSlot(const Principal &actor, const QString &label);
    Result<QList<ServiceSlotInfo>> listServiceSlots(const Principal &actor);
    // The slot's key file opens nothing from now on.
    Status revokeServiceSlot(const Principal &actor, qint64 slotId);
    // Opens the store's data key with a key file createServiceSlot wrote (what AuthService does with
    // AUTHDESK_KEY_FILE). A revoked slot, a file of another store or a damaged file: a clear error.
    Status unlockWithServiceKey(const QByteArray &keyFile);

private:
    struct Actor;
    struct UserRow;
    enum class SelfRule { Allow, Refuse };

    LocalStore();
    static Result<std::unique_ptr<LocalStore>> openDatabase(const StoreOptions &options, bool creating);

    Status begin(WriteTransaction &tx);
    // Commits and moves the audit anchor forward.
    Status commit(WriteTransaction &tx);
    Result<Actor> loadActor(const Principal &principal);
    Result<QSet<QString>> consolePermissionsOf(qint64 userId);
    // The console permissions userId holds and actor does not, sorted (the guard rule's evidence).
    Result<QStringList> consolePermissionsBeyond(const Actor &actor, qint64 userId);
    // Permission check and refusal audit in one: on refusal the open transaction is rolled back.
    Status require(const Actor &actor, const QString &permission, const QString &action, const QString &targetType,
                   const QString &targetId, const QString &targetName);
    Status guardTarget(const Actor &actor, const UserRow &target, SelfRule self, const QString &action);
    Status deny(const Actor &actor, const QString &action, const QString &targetType, const QString &targetId,
                const QString &targetName, const Error &error);
    Status audit(const Actor &actor, const QString &action, const QString &targetType, const QString &targetId,
                 const QString &targetName, const QString &reason, const QString &before, const QString &after);
    Status auditOutsideTransaction(AuditEvent event);
    Status sealPendingEvents();

    // Keys (LocalStoreCredentials.cpp).
    QDateTime now() const;
    QByteArray slotAad(qint64 userId) const;
    QByteArray secretAad(const QString &purpose, const QString &owner) const;
    Status unlockWith(const QByteArray &dataKey);
    void tryKeychain();
    Status setUpKeys(const QByteArray &auditKey);          // a new data key, the sealed chain key; inside a transaction
    Result<bool> hasConsolePermission(qint64 userId);
    Status writeAdminSlot(qint64 userId, const QString &password);
    // After a sign-in's password check: opens the user's slot, or makes one when the key is at hand.
    Status openOrMakeSlot(qint64 userId, const QString &password);
    Status pruneAdminSlots();
    Status requireUnlocked();
    Status keepKeyInKeychain(const Principal &principal, bool keep);
    Result<QHash<QString, QString>> readSettings();
    Status checkPasswordPolicy(const QString &password, const User &user, bool hasMfa);
    Result<bool> hasActiveMfa(qint64 userId);
    // MFA (LocalStoreMfa.cpp).
    struct Factor;
    struct Targeted;
    // The start every MFA change shares: the actor's permission, the key when needed, the write
    // transaction, the target user and the guard rules (acting on one's own account allowed).
    Result<Targeted> beginTargeted(const Principal &principal, const QString &ref, const QString &permission,
                                   const QString &action, WriteTransaction &tx, bool needsKey);
    Result<TotpEnrollment> totpEnrollment(const User &user, const QByteArray &secret, const crypto::OtpParams &params);
    Result<std::optional<Factor>> factorOf(qint64 userId, const QString &state);
    Result<QStringList> replaceRecoveryCodes(qint64 userId);
    Status recordMfaFailure(const Factor &factor, qint64 failures);
    Result<bool> checkSecondFactor(const Principal &actor, const QString &ref, const QString &typed, bool recovery);
    // The check every use of a TOTP or recovery code shares (an admin's check and a sign-in): the
    // factor's state, input, throttle, replay, single use and failure count, inside the caller's open
    // transaction. Fills e's result, reason and details; the caller appends it. A throttled attempt
    // is refused through deny() (transaction rolled back, refusal audited).
    Result<bool> matchSecondFactor(const Actor &actor, const UserRow &row, const QString &typed, bool recovery,
                                   AuditEvent &e);
    struct SecondFactorInput;
    Result<SignInResult> signInChecked(const QString &login, const QString &password, const SecondFactorInput *factor);
    // Remembered devices (LocalStoreMfa.cpp), inside the caller's transaction.
    Result<bool> matchRememberedDevice(qint64 userId, const QString &token);
    Result<SignInResult> rememberDevice(qint64 userId, SignInResult result);
    Result<int> forgetTrustedDevices(qint64 userId);
    // An active or disabled TOTP factor: either way the password alone is not enough.
    Result<bool> needsSecondFactor(qint64 userId);

    // Helpdesk MFA reset (LocalStoreMfaReset.cpp).
    Result<MfaStatus> mfaStatusOf(qint64 userId);
    // Why this operator may not reset this user's MFA (self, a permission the operator lacks); nullopt: may.
    Result<std::optional<Error>> mfaResetRefusal(const Actor &actor, const UserRow &target);
    Result<QString> mfaStateToken(qint64 userId);
    // The revocation primitive (LocalStoreRevocation.cpp), inside the caller's transaction, not audited
    // themselves (the caller's event says why): every live session and refresh family of the user
    // revoked and tokens_not_before = now (access tokens issued before it stop validating); the count
    // of rows revoked.
    Result<int> revokeSessions(qint64 userId, const QString &reason = {});
    // Applications' sign-in (LocalStoreAuth.cpp).
    struct SessionRow;
    Result<LockoutState> readLockout(qint64 userId);
    Result<LockoutState> recordLoginFailure(qint64 userId, const LockoutRule &rule);
    Status clearLoginFailures(qint64 userId);
    Result<std::optional<SessionRow>> sessionByToken(const QString &token, const char *kind);
    Result<LoginResult> startSession(const UserRow &row, const LoginRequest &request, bool mfaUsed);
    // Ended sessions and families, used email tokens and their like are kept for the Sessions view
    // and investigations for 30 days after they ended, then removed (at most once an hour, at a login).
    Status pruneEndedSessions();
    // The user's own new password (change or reset), inside the caller's transaction: stored, "must
    // change" and the lockout cleared, remembered computers forgotten, every session ended, an
    // administrator's key slot rewrapped. The count of sessions ended.
    Result<int> storeNewPassword(qint64 userId, const QString &password, const QString &hash, const QString &why);
    QDateTime m_lastPrune;
    QByteArray serviceSlotAad(qint64 slotId) const;
    // JWT (LocalStoreJwt.cpp).
    struct JwtSettings;
    Result<JwtSettings> jwtSettings();
    // The active signing key; made (EdDSA) on first use when there is none.
    Result<jwt::Key> activeSigningKey();
    // Keys that verify now (active and retiring); retiring keys past their last token's expiry retire here.
    Result<QList<jwt::Key>> verificationKeys();
    Result<jwt::Key> unsealSigningKey(const QString &kid, const QString &algorithm, const QByteArray &sealed);
    Result<SigningKeyInfo> insertSigningKey(jwt::Algorithm algorithm);
    // Issues an access token and a new refresh token for the family, inside the caller's transaction.
    Status issueJwtPair(LoginResult &result, qint64 familyId, qint64 generation, const QDateTime &familyExpires);
    Result<LoginResult> startRefreshFamily(const UserRow &row, const LoginRequest &request, bool mfaUsed);
    Result<TokenInfo> validateAccessToken(const QString &token);
    Status logoutAccessToken(const QString &token, const ClientInfo &client);
    QHash<QString, jwt::Key> m_signingKeys; // unsealed keys by kid, so validation does not unseal each time
    // What validation reads on every call, kept while no other connection has committed to the store
    // (PRAGMA data_version) and this one has not changed it: the settings and the signing keys' rows.
    struct SigningKeyRow {
        QString kid;
        QString algorithm;
        QString state;
        QByteArray sealed;
        qint64 retiringSince = 0;
    };
    struct AuthCache {
        bool valid = false;
        qint64 dataVersion = -1;
        QHash<QString, QString> settings;
        std::optional<QList<SigningKeyRow>> keys;
    };
    AuthCache m_authCache;
    Result<QHash<QString, QString>> hotSettings();
    void invalidateAuthCache() { m_authCache.valid = false; }
    // Email tokens (LocalStoreUserTokens.cpp), inside the caller's transaction.
    struct UserTokenRow;
    Result<QString> issueUserToken(const User &user, const QString &purpose, const QDateTime &expires, qint64 createdBy);
    Result<std::optional<UserTokenRow>> userTokenByValue(const QString &token, const QString &purpose);
    Status useUpUserTokens(qint64 userId, const QString &purpose);
    // After the token's row committed: the message that carries it, sent; the token and the body wiped.
    // A failed send voids the user's tokens of that purpose (nobody has them). The notifier's answer.
    Result<QString> sendTokenMessage(Notifier &notifier, const User &user, const QString &purpose, const QString &subject,
                                     QString body, QString &token);
    // After a reset that issued a pass: the password alone is not enough until an authenticator is
    // activated (any pass row, used or expired, counts; only an unused, unexpired one is accepted).
    Result<bool> temporaryPassRequired(const User &user);
    // Matches and uses up the pass inside the caller's transaction.
    Result<bool> useTemporaryPass(qint64 userId, const QString &typed);
    // An authenticator was activated: no more "must enroll", no more pass.
    Status clearMfaEnrollmentRequired(qint64 userId);

    Result<UserRow> userByRef(const QString &ref);
    Result<UserRow> userById(qint64 id);
    // Sets mfaEnrolled and locked on users read from the users table (one query for all of them).
    Status fillMfaFlags(QList<User> &users);
    Result<QStringList> rolesOf(qint64 userId);
    Result<qint64> roleIdByName(const QString &name);
    Result<Role> roleByName(const QString &name);
    Result<qint64> activeOwnersExcept(qint64 userId);
    Status checkNotLastOwner(const Actor &actor, const UserRow &target, const QString &action);
    Result<User> insertUser(const NewUser &user, const QString &passwordHash, QList<qint64> roleIds, qint64 nowMs);
    Status seedRolesAndPermissions();
    Result<User> loadUserForOutput(qint64 id);

    // The shape every change to one existing user shares: permission, guards, the change,
    // the version bump, the audit event with before and after, one transaction.
    struct UserChangeSpec {
        QString action;
        QString permission;
        SelfRule self = SelfRule::Refuse;
        bool protectLastOwner = false;
        QString reason;
        QString afterNote;         // recorded instead of the user's fields (e.g. for a password change)
    };
    Result<User> changeUser(const Principal &principal, const QString &ref, const UserChangeSpec &spec,
                            const std::function<Status(const Actor &, const UserRow &)> &apply);
    Status bumpVersion(qint64 userId);
    Result<Role> changeRolePermission(const Principal &principal, const QString &role, const QString &permission, bool grant);

    std::unique_ptr<Database> m_db;
    std::optional<BulkStatement> m_insertUser;     // finalized before the connection closes
    std::optional<BulkStatement> m_insertUserRole;
    std::unique_ptr<AuditLog> m_audit;
    QString m_storeId;
    QString m_keyDir;
    StoreOptions m_options;
    QByteArray m_dataKey;          // empty while locked; wiped when the store closes
    bool m_keyedStore = false;     // the store holds its chain key sealed under a data key (schema 2 and later)
    QByteArray m_legacyKey;        // a schema-1 store's chain key from its key file, until converted
};

} // namespace authdesk
