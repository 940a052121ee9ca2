#include "core/store/LocalDirectory.h"

#include "core/store/SqlWorker.h"

#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>

namespace authdesk {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LocalDirectory)
};

Error notOpen()
{
    return makeError(ErrorCode::StoreUnavailable, Tr::tr("The store is not open."));
}
} // namespace

LocalDirectory::LocalDirectory(StoreOptions options, QObject *parent)
    : Directory(parent), m_options(std::move(options)), m_worker(std::make_unique<SqlWorker>())
{
}

LocalDirectory::~LocalDirectory()
{
    // The connection must close on the thread that opened it.
    m_worker->post([this] { m_store.reset(); });
    m_worker.reset();
}

template <typename T>
QFuture<Result<T>> LocalDirectory::run(std::function<Result<T>(LocalStore &, QPromise<Result<T>> &)> task)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    m_worker->post([this, promise, task = std::move(task)] {
        if (promise->isCanceled()) {
            promise->finish();
            return;
        }
        promise->addResult(m_store ? task(*m_store, *promise) : Result<T>(notOpen()));
        promise->finish();
    });
    return future;
}

template <typename T>
QFuture<Result<T>> LocalDirectory::run(std::function<Result<T>(LocalStore &)> task)
{
    return run<T>(std::function<Result<T>(LocalStore &, QPromise<Result<T>> &)>(
        [task = std::move(task)](LocalStore &store, QPromise<Result<T>> &) { return task(store); }));
}

QFuture<Status> LocalDirectory::install(std::function<Result<std::unique_ptr<LocalStore>>()> make)
{
    auto promise = std::make_shared<QPromise<Status>>();
    QFuture<Status> future = promise->future();
    promise->start();
    m_worker->post([this, promise, make = std::move(make)] {
        auto store = make();
        if (store.ok()) {
            m_store = std::move(store.value());
            promise->addResult(Status(Done{}));
        } else {
            promise->addResult(Status(store.error()));
        }
        promise->finish();
    });
    return future;
}

QFuture<Status> LocalDirectory::open()
{
    return install([options = m_options] { return LocalStore::open(options); });
}

QFuture<Status> LocalDirectory::create(const NewUser &owner)
{
    return install([options = m_options, owner] { return LocalStore::create(options, owner); });
}

QString LocalDirectory::location() const
{
    return QDir::cleanPath(QFileInfo(m_options.path).absoluteFilePath());
}

QString LocalDirectory::displayName() const
{
    return Tr::tr("Local store %1").arg(QFileInfo(m_options.path).fileName());
}

bool LocalDirectory::has(Capability) const
{
    return true; // the local store does everything the console offers
}

QFuture<Result<Principal>> LocalDirectory::signIn(const QString &login, const QString &password)
{
    return run<Principal>([login, password](LocalStore &s) { return s.signIn(login, password); });
}

QFuture<Result<SignInResult>> LocalDirectory::signInWithSecondFactor(const QString &login, const QString &password,
                                                                     const QString &code, SecondFactorKind kind,
                                                                     bool rememberDevice)
{
    return run<SignInResult>(
        [=](LocalStore &s) { return s.signInWithSecondFactor(login, password, code, kind, rememberDevice); });
}

QFuture<Result<SignInPolicy>> LocalDirectory::signInPolicy()
{
    return run<SignInPolicy>([](LocalStore &s) { return s.signInPolicy(); });
}

QFuture<Result<int>> LocalDirectory::forgetDevices(const Principal &actor, const QString &ref)
{
    return run<int>([=](LocalStore &s) { return s.forgetDevices(actor, ref); });
}

QFuture<Result<UserPage>> LocalDirectory::listUsers(const Principal &actor, const UserQuery &query)
{
    return run<UserPage>([actor, query](LocalStore &s) { return s.listUsers(actor, query); });
}

QFuture<Result<User>> LocalDirectory::findUser(const Principal &actor, const QString &ref)
{
    return run<User>([actor, ref](LocalStore &s) { return s.findUser(actor, ref); });
}

QFuture<Result<User>> LocalDirectory::createUser(const Principal &actor, const NewUser &user)
{
    return run<User>([actor, user](LocalStore &s) { return s.createUser(actor, user); });
}

QFuture<Result<User>> LocalDirectory::updateUser(const Principal &actor, const QString &ref, qint64 expectedVersion,
                                                 const UserChanges &changes)
{
    return run<User>([=](LocalStore &s) { return s.updateUser(actor, ref, expectedVersion, changes); });
}

QFuture<Result<User>> LocalDirectory::disableUser(const Principal &actor, const QString &ref, const QString &reason,
                                                  const QDateTime &until)
{
    return run<User>([=](LocalStore &s) { return s.disableUser(actor, ref, reason, until); });
}

QFuture<Result<User>> LocalDirectory::enableUser(const Principal &actor, const QString &ref)
{
    return run<User>([=](LocalStore &s) { return s.enableUser(actor, ref); });
}

QFuture<Status> LocalDirectory::deleteUser(const Principal &actor, const QString &ref)
{
    return run<Done>([=](LocalStore &s) { return s.deleteUser(actor, ref); });
}

QFuture<Status> LocalDirectory::setPassword(const Principal &actor, const QString &ref, const QString &password,
                                            bool mustChange)
{
    return run<Done>([=](LocalStore &s) { return s.setPassword(actor, ref, password, mustChange); });
}

QFuture<Status> LocalDirectory::changeOwnPassword(const Principal &actor, const QString &current, const QString &password)
{
    return run<Done>([=](LocalStore &s) { return s.changeOwnPassword(actor, current, password); });
}

QFuture<Result<User>> LocalDirectory::addUserRole(const Principal &actor, const QString &ref, const QString &role)
{
    return run<User>([=](LocalStore &s) { return s.addUserRole(actor, ref, role); });
}

QFuture<Result<User>> LocalDirectory::removeUserRole(const Principal &actor, const QString &ref, const QString &role)
{
    return run<User>([=](LocalStore &s) { return s.removeUserRole(actor, ref, role); });
}

QFuture<Result<QList<EffectivePermission>>> LocalDirectory::effectivePermissions(const Principal &actor, const QString &ref)
{
    return run<QList<EffectivePermission>>([=](LocalStore &s) { return s.effectivePermissions(actor, ref); });
}

QFuture<Result<QList<Role>>> LocalDirectory::listRoles(const Principal &actor)
{
    return run<QList<Role>>([=](LocalStore &s) { return s.listRoles(actor); });
}

QFuture<Result<Role>> LocalDirectory::createRole(const Principal &actor, const QString &name, const QString &description)
{
    return run<Role>([=](LocalStore &s) { return s.createRole(actor, name, description); });
}

QFuture<Result<Role>> LocalDirectory::grantPermission(const Principal &actor, const QString &role, const QString &permission)
{
    return run<Role>([=](LocalStore &s) { return s.grantPermission(actor, role, permission); });
}

QFuture<Result<Role>> LocalDirectory::revokePermission(const Principal &actor, const QString &role, const QString &permission)
{
    return run<Role>([=](LocalStore &s) { return s.revokePermission(actor, role, permission); });
}

QFuture<Result<QStringList>> LocalDirectory::ownConsolePermissions(const Principal &actor)
{
    return run<QStringList>([=](LocalStore &s) { return s.ownConsolePermissions(actor); });
}

QFuture<Result<QList<Permission>>> LocalDirectory::listPermissions(const Principal &actor)
{
    return run<QList<Permission>>([=](LocalStore &s) { return s.listPermissions(actor); });
}

QFuture<Result<Permission>> LocalDirectory::createPermission(const Principal &actor, const QString &name,
                                                             const QString &description)
{
    return run<Permission>([=](LocalStore &s) { return s.createPermission(actor, name, description); });
}

QFuture<Result<QList<AuditEvent>>> LocalDirectory::listAudit(const Principal &actor, const AuditQuery &query)
{
    return run<QList<AuditEvent>>([=](LocalStore &s) { return s.listAudit(actor, query); });
}

QFuture<Result<AuditCount>> LocalDirectory::countAudit(const Principal &actor, const AuditQuery &query)
{
    return run<AuditCount>([=](LocalStore &s) { return s.countAudit(actor, query); });
}

QFuture<Result<AuditVerification>> LocalDirectory::verifyAudit(const Principal &actor)
{
    return run<AuditVerification>([=](LocalStore &s) { return s.verifyAudit(actor); });
}

QFuture<Result<ImportReport>> LocalDirectory::importUsers(const Principal &actor, const QString &csvPath,
                                                          LocalStore::ProgressFn onProgress)
{
    using P = QPromise<Result<ImportReport>>;
    return run<ImportReport>(std::function<Result<ImportReport>(LocalStore &, P &)>(
        [actor, csvPath, onProgress](LocalStore &s, P &promise) -> Result<ImportReport> {
            QFile file(csvPath);
            if (!file.open(QIODevice::ReadOnly))
                return makeError(ErrorCode::InvalidInput,
                                 Tr::tr("Cannot read %1: %2").arg(csvPath, file.errorString()));
            promise.setProgressRange(0, 1000);
            auto progress = [&](const ImportProgress &p) {
                const int permille = p.bytesTotal > 0 ? static_cast<int>(p.bytesRead * 1000 / p.bytesTotal) : 0;
                promise.setProgressValueAndText(permille, Tr::tr("%n user(s) read", nullptr, static_cast<int>(p.rows)));
                if (onProgress)
                    onProgress(p);
            };
            return s.importUsers(actor, file, progress, [&promise] { return promise.isCanceled(); });
        }));
}

QFuture<Result<bool>> LocalDirectory::verifyPassword(const Principal &actor, const QString &ref, const QString &password)
{
    return run<bool>([=](LocalStore &s) { return s.verifyPassword(actor, ref, password); });
}

QFuture<Result<QList<StoreSetting>>> LocalDirectory::settings(const Principal &actor)
{
    return run<QList<StoreSetting>>([=](LocalStore &s) { return s.settings(actor); });
}

QFuture<Status> LocalDirectory::setSetting(const Principal &actor, const QString &key, const QString &value)
{
    return run<Done>([=](LocalStore &s) { return s.setSetting(actor, key, value); });
}

QFuture<Result<TotpEnrollment>> LocalDirectory::enrollTotp(const Principal &actor, const QString &ref)
{
    return run<TotpEnrollment>([=](LocalStore &s) { return s.enrollTotp(actor, ref); });
}

QFuture<Result<TotpEnrollment>> LocalDirectory::pendingTotp(const Principal &actor, const QString &ref)
{
    return run<TotpEnrollment>([=](LocalStore &s) { return s.pendingTotp(actor, ref); });
}

QFuture<Result<QStringList>> LocalDirectory::activateTotp(const Principal &actor, const QString &ref, const QString &code)
{
    return run<QStringList>([=](LocalStore &s) { return s.activateTotp(actor, ref, code); });
}

QFuture<Result<bool>> LocalDirectory::verifyTotp(const Principal &actor, const QString &ref, const QString &code)
{
    return run<bool>([=](LocalStore &s) { return s.verifyTotp(actor, ref, code); });
}

QFuture<Result<bool>> LocalDirectory::useRecoveryCode(const Principal &actor, const QString &ref, const QString &code)
{
    return run<bool>([=](LocalStore &s) { return s.useRecoveryCode(actor, ref, code); });
}

QFuture<Result<MfaStatus>> LocalDirectory::mfaStatus(const Principal &actor, const QString &ref)
{
    return run<MfaStatus>([=](LocalStore &s) { return s.mfaStatus(actor, ref); });
}

QFuture<Result<MfaResetInspection>> LocalDirectory::inspectMfaReset(const Principal &actor, const QString &ref)
{
    return run<MfaResetInspection>([=](LocalStore &s) { return s.inspectMfaReset(actor, ref); });
}

QFuture<Result<MfaResetResult>> LocalDirectory::resetMfa(const Principal &actor, const QString &ref,
                                                         const MfaResetRequest &request)
{
    return run<MfaResetResult>([=](LocalStore &s) { return s.resetMfa(actor, ref, request); });
}

QFuture<Result<SessionPage>> LocalDirectory::listSessions(const Principal &actor, const SessionQuery &query)
{
    return run<SessionPage>([=](LocalStore &s) { return s.listSessions(actor, query); });
}

QFuture<Result<int>> LocalDirectory::revokeSession(const Principal &actor, qint64 sessionId)
{
    return run<int>([=](LocalStore &s) { return s.revokeSession(actor, sessionId); });
}

QFuture<Result<int>> LocalDirectory::revokeUserSessions(const Principal &actor, const QString &ref)
{
    return run<int>([=](LocalStore &s) { return s.revokeUserSessions(actor, ref); });
}

QFuture<Result<int>> LocalDirectory::revokeAllSessions(const Principal &actor)
{
    return run<int>([=](LocalStore &s) { return s.revokeAllSessions(actor); });
}

QFuture<Result<User>> LocalDirectory::unlockUser(const Principal &actor, const QString &ref)
{
    return run<User>([=](LocalStore &s) { return s.unlockUser(actor, ref); });
}

QFuture<Result<LockoutState>> LocalDirectory::lockoutState(const Principal &actor, const QString &ref)
{
    return run<LockoutState>([=](LocalStore &s) { return s.lockoutState(actor, ref); });
}

QFuture<Result<EmailTokenIssue>> LocalDirectory::sendEmailVerification(const Principal &actor, const QString &ref)
{
    return run<EmailTokenIssue>([=](LocalStore &s) { return s.sendEmailVerification(actor, ref); });
}

QFuture<Result<QList<SigningKeyInfo>>> LocalDirectory::listSigningKeys(const Principal &actor)
{
    return run<QList<SigningKeyInfo>>([=](LocalStore &s) { return s.listSigningKeys(actor); });
}

QFuture<Result<SigningKeyInfo>> LocalDirectory::rotateSigningKey(const Principal &actor, jwt::Algorithm algorithm)
{
    return run<SigningKeyInfo>([=](LocalStore &s) { return s.rotateSigningKey(actor, algorithm); });
}

QFuture<Status> LocalDirectory::retireSigningKey(const Principal &actor, const QString &kid)
{
    return run<Done>([=](LocalStore &s) { return s.retireSigningKey(actor, kid); });
}

QFuture<Result<QByteArray>> LocalDirectory::jwks()
{
    return run<QByteArray>([](LocalStore &s) { return s.jwks(); });
}

QFuture<Result<TokenInspection>> LocalDirectory::inspectToken(const Principal &actor, const QString &token,
                                                              const QByteArray &pastedKeys)
{
    return run<TokenInspection>([=](LocalStore &s) { return s.inspectToken(actor, token, pastedKeys); });
}

QFuture<Result<ServiceSlotGrant>> LocalDirectory::createServiceSlot(const Principal &actor, const QString &label)
{
    return run<ServiceSlotGrant>([=](LocalStore &s) { return s.createServiceSlot(actor, label); });
}

QFuture<Result<QList<ServiceSlotInfo>>> LocalDirectory::listServiceSlots(const Principal &actor)
{
    return run<QList<ServiceSlotInfo>>([=](LocalStore &s) { return s.listServiceSlots(actor); });
}

QFuture<Status> LocalDirectory::revokeServiceSlot(const Principal &actor, qint64 slotId)
{
    return run<Done>([=](LocalStore &s) { return s.revokeServiceSlot(actor, slotId); });
}

QFuture<Result<QStringList>> LocalDirectory::regenerateRecoveryCodes(const Principal &actor, const QString &ref)
{
    return run<QStringList>([=](LocalStore &s) { return s.regenerateRecoveryCodes(actor, ref); });
}

QFuture<Result<QString>> LocalDirectory::sendTestNotification(const Principal &actor, const QString &to)
{
    return run<QString>([=](LocalStore &s) { return s.sendTestNotification(actor, to); });
}

QFuture<Status> LocalDirectory::setNotifierPassword(const Principal &actor, const QString &password)
{
    return run<Done>([=](LocalStore &s) { return s.setNotifierPassword(actor, password); });
}

QFuture<Status> LocalDirectory::rememberKeyInKeychain(const Principal &actor)
{
    return run<Done>([=](LocalStore &s) { return s.rememberKeyInKeychain(actor); });
}

QFuture<Status> LocalDirectory::forgetKeyInKeychain(const Principal &actor)
{
    return run<Done>([=](LocalStore &s) { return s.forgetKeyInKeychain(actor); });
}

} // namespace authdesk
