#include "core/store/LocalStore.h"
#include "core/store/LocalStoreInternal.h"

#include "core/audit/AuditLog.h"
#include "core/audit/ChainKeyFile.h"
#include "core/crypto/PasswordHasher.h"
#include "core/crypto/Random.h"
#include "core/crypto/SecureCompare.h"
#include "core/policy/PasswordPolicy.h"
#include "core/policy/StoreSettings.h"
#include "core/policy/ConsolePermissions.h"
#include "core/policy/InputRules.h"
#include "core/store/BulkStatement.h"
#include "core/store/Database.h"
#include "core/store/Schema.h"
#include "core/store/UserCsvReader.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlError>
#include <QFileDevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTimeZone>
#include <QUuid>
#include <algorithm>
#include <cmath>
#include <optional>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace authdesk {

namespace P = ConsolePermission;

using store::fromMs;
using store::jsonOf;
using store::toMs;

namespace {

const char *const userColumns =
    "SELECT id, username, email, display_name, status, disabled_reason, disabled_until, must_change_password, "
    "password_hash, created_at, updated_at, last_sign_in_at, version, mfa_enrollment_required, email_verified_at FROM users";

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString isoOrEmpty(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// One folded column to scan: "contains" over username, email and display name in one pass.
QString searchKeyFromKeys(const QString &usernameKey, const QString &emailKey, const QString &displayNameKey)
{
    return usernameKey + QLatin1Char('\n') + emailKey + QLatin1Char('\n') + displayNameKey;
}

QString searchKeyFor(const QString &username, const QString &email, const QString &displayName)
{
    return searchKeyFromKeys(InputRules::foldKey(username), InputRules::foldKey(email), InputRules::foldKey(displayName));
}

// What an audit event records about a user: never a password or its hash.
QString userJson(const User &u)
{
    QJsonObject o{{QStringLiteral("username"), u.username},
                  {QStringLiteral("email"), u.email},
                  {QStringLiteral("display_name"), u.displayName},
                  {QStringLiteral("status"), u.status == UserStatus::Active ? QStringLiteral("active") : QStringLiteral("disabled")},
                  {QStringLiteral("must_change_password"), u.mustChangePassword},
                  {QStringLiteral("roles"), QJsonArray::fromStringList(u.roles)}};
    if (u.status == UserStatus::Disabled) {
        o.insert(QStringLiteral("disabled_reason"), u.disabledReason);
        o.insert(QStringLiteral("disabled_until"), isoOrEmpty(u.disabledUntil));
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString roleJson(const Role &r)
{
    return jsonOf({{QStringLiteral("name"), r.name},
                   {QStringLiteral("description"), r.description},
                   {QStringLiteral("permissions"), QJsonArray::fromStringList(r.permissions)}});
}

UserStatus statusFromText(const QString &s)
{
    return s == QLatin1String("disabled") ? UserStatus::Disabled : UserStatus::Active;
}

const QString &dummyHash()
{
    return store::dummyPasswordHash();
}

QString sortColumn(UserSortField field)
{
    switch (field) {
    case UserSortField::Username:
        return QStringLiteral("username_key");
    case UserSortField::Email:
        return QStringLiteral("email_key");
    case UserSortField::DisplayName:
        return QStringLiteral("display_name");
    case UserSortField::AccountStatus:
        return QStringLiteral("status");
    case UserSortField::CreatedAt:
        return QStringLiteral("created_at");
    case UserSortField::UpdatedAt:
        return QStringLiteral("updated_at");
    case UserSortField::LastSignInAt:
        return QStringLiteral("last_sign_in_at");
    }
    return QStringLiteral("username_key");
}

bool sortColumnIsUnique(UserSortField field)
{
    return field == UserSortField::Username || field == UserSortField::Email;
}

// Reads and validates import rows on a thread of its own while the SQL thread inserts them: the
// two halves of an import cost about the same, so on two cores the import takes half as long.
// Rows come out in file order; the first bad line stops the reader and is reported after the
// rows before it, so an error is always the first one in the file.
class ValidatedRowFeed {
public:
    explicit ValidatedRowFeed(UserCsvReader &reader) : m_reader(reader), m_thread([this] { produce(); }) {}
    ~ValidatedRowFeed()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    ValidatedRowFeed(const ValidatedRowFeed &) = delete;
    ValidatedRowFeed &operator=(const ValidatedRowFeed &) = delete;

    Result<bool> next(ImportRow &row)
    {
        if (m_position >= m_current.size()) {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_batches.empty() || m_finished; });
            if (m_batches.empty())
                return m_error ? Result<bool>(*m_error) : Result<bool>(false);
            m_current = std::move(m_batches.front());
            m_batches.pop_front();
            m_position = 0;
            lock.unlock();
            m_changed.notify_all();
        }
        row = std::move(m_current[m_position++]);
        return true;
    }

    qint64 bytesRead() const { return m_bytesRead.load(std::memory_order_relaxed); }

private:
    static constexpr qsizetype BatchSize = 512;
    static constexpr size_t MaxBatches = 32;

    static std::optional<Error> validate(ImportRow &row)
    {
        auto lineError = [&](const QString &message) {
            return makeError(ErrorCode::InvalidInput, LocalStore::tr("Line %1: %2").arg(row.line).arg(message));
        };
        auto username = InputRules::username(row.user.username);
        if (!username.ok())
            return lineError(username.message());
        auto email = InputRules::email(row.user.email);
        if (!email.ok())
            return lineError(email.message());
        auto displayName = InputRules::displayName(row.user.displayName);
        if (!displayName.ok())
            return lineError(displayName.message());
        if (!row.user.passwordHash.isEmpty()) {
            auto info = crypto::PasswordHasher::inspect(row.user.passwordHash);
            if (!info.ok())
                return lineError(info.message());
            // Unsalted or broken schemes are not kept: the user starts with "set a new password".
            if (!info->usable) {
                row.user.passwordHash.clear();
                row.resetRequired = true;
            }
        }
        row.user.username = username.value();
        row.user.email = email.value();
        row.user.displayName = displayName.value();
        return std::nullopt;
    }

    void produce()
    {
        QList<ImportRow> batch;
        std::optional<Error> error;
        for (;;) {
            ImportRow row;
            auto more = m_reader.next(row);
            if (!more.ok())
                error = more.error();
            else if (more.value())
                error = validate(row);
            m_bytesRead.store(m_reader.bytesRead(), std::memory_order_relaxed);
            const bool last = error || !more.ok() || !more.value();
            if (!last)
                batch << std::move(row);
            if (batch.size() >= BatchSize || last) {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_batches.size() < MaxBatches || m_stop; });
                if (m_stop)
                    return;
                if (!batch.isEmpty())
                    m_batches.push_back(std::move(batch));
                batch = {};
                if (last) {
                    m_error = error;
                    m_finished = true;
                }
                lock.unlock();
                m_changed.notify_all();
                if (last)
                    return;
            }
        }
    }

    UserCsvReader &m_reader;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<ImportRow>> m_batches;
    std::optional<Error> m_error;
    bool m_finished = false;
    bool m_stop = false;
    std::atomic<qint64> m_bytesRead{0};
    QList<ImportRow> m_current;
    qsizetype m_position = 0;
    std::thread m_thread; // last: starts once everything above exists
};

} // namespace

LocalStore::LocalStore() = default;

LocalStore::~LocalStore()
{
    m_insertUser.reset();
    m_insertUserRole.reset();
    m_audit.reset();
    m_db.reset();
}

QString LocalStore::location() const
{
    return m_db ? m_db->location() : QString();
}

bool LocalStore::hasAuditKey() const
{
    return m_audit && m_audit->hasKey();
}

Result<std::unique_ptr<LocalStore>> LocalStore::openDatabase(const StoreOptions &options, bool creating)
{
    auto db = Database::openSqlite(options.path, creating ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist);
    if (!db.ok())
        return db.error();
    auto migrated = Schema::migrate(*db.value());
    if (!migrated.ok())
        return migrated.error();
    std::unique_ptr<LocalStore> store(new LocalStore);
    store->m_db = std::move(db.value());
    store->m_keyDir = options.keyDir;

    auto q = store->m_db->prepare(QStringLiteral("SELECT value FROM meta WHERE name = 'store_id'"));
    if (!q.ok())
        return q.error();
    if (auto s = store->m_db->exec(q.value()); !s.ok())
        return s.error();
    if (q.value().next())
        store->m_storeId = q.value().value(0).toString();
    q.value().finish();
    store->m_options = options;
    const QString machine = options.machine.isEmpty() ? QSysInfo::machineHostName() : options.machine;
    store->m_audit = std::make_unique<AuditLog>(
        *store->m_db, QByteArray(), machine,
        store->m_storeId.isEmpty() ? QString() : ChainKeyFile::anchorPathFor(options.keyDir, store->m_storeId, options.path));
    if (store->m_storeId.isEmpty())
        return store;
    auto keyed = store->m_db->prepare(QStringLiteral("SELECT 1 FROM store_secrets WHERE name = 'audit_chain_key'"));
    if (!keyed.ok())
        return keyed.error();
    if (auto s = store->m_db->exec(keyed.value()); !s.ok())
        return s.error();
    store->m_keyedStore = keyed.value().next();
    keyed.value().finish();
    if (store->m_keyedStore) {
        // Locked until an administrator's password (or this desktop's keychain) opens the data key.
        store->tryKeychain();
    } else {
        // A store from before key slots keeps its chain key in a file until the first sign-in moves it.
        auto loaded = ChainKeyFile::load(options.keyDir, store->m_storeId);
        if (!loaded.ok())
            return loaded.error();
        store->m_legacyKey = loaded.value();
        store->m_audit->setKey(loaded.value());
    }
    return store;
}

Result<std::unique_ptr<LocalStore>> LocalStore::open(const StoreOptions &options)
{
    auto store = openDatabase(options, false);
    if (!store.ok())
        return store;
    if (store.value()->m_storeId.isEmpty())
        return makeError(ErrorCode::StoreUnavailable,
                         tr("The store %1 has not been set up yet: create its owner first (authdesk-cli init).").arg(options.path));
    return store;
}

Result<std::unique_ptr<LocalStore>> LocalStore::create(const StoreOptions &options, const NewUser &owner)
{
    const auto username = InputRules::username(owner.username);
    if (!username.ok())
        return username.error();
    const auto email = InputRules::email(owner.email);
    if (!email.ok())
        return email.error();
    const auto displayName = InputRules::displayName(owner.displayName);
    if (!displayName.ok())
        return displayName.error();
    {
        User probe;
        probe.username = username.value();
        probe.email = email.value();
        probe.displayName = displayName.value();
        // A new store has the default policy.
        if (auto s = PasswordPolicy{}.check(owner.password, PasswordContext{probe.username, probe.email, probe.displayName, false});
            !s.ok())
            return s.error();
    }

    auto opened = openDatabase(options, true);
    if (!opened.ok())
        return opened;
    std::unique_ptr<LocalStore> store = std::move(opened.value());
    if (!store->m_storeId.isEmpty())
        return makeError(ErrorCode::AlreadyExists, tr("The store %1 is already set up.").arg(options.path));

    const QString passwordHash = crypto::PasswordHasher::hash(owner.password);
    const QString storeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    WriteTransaction tx(*store->m_db);
    if (auto s = tx.begin(); !s.ok())
        return s.error();
    {
        // Another program may have set it up between our check and the write lock.
        auto again = store->m_db->prepare(QStringLiteral("SELECT 1 FROM meta WHERE name = 'store_id'"));
        if (!again.ok())
            return again.error();
        if (auto s = store->m_db->exec(again.value()); !s.ok())
            return s.error();
        if (again.value().next())
            return makeError(ErrorCode::AlreadyExists, tr("The store %1 is already set up.").arg(options.path));
    }
    store->m_storeId = storeId;
    const QString machine = options.machine.isEmpty() ? QSysInfo::machineHostName() : options.machine;
    store->m_audit = std::make_unique<AuditLog>(*store->m_db, QByteArray(), machine,
                                                ChainKeyFile::anchorPathFor(options.keyDir, storeId, options.path));
    // The chain key and the data key are new and random; the chain key is kept sealed under the data
    // key, and the data key wrapped for the owner below.
    if (auto s = store->setUpKeys(crypto::randomBytes(32)); !s.ok())
        return s.error();

    auto meta = store->m_db->prepare(QStringLiteral("INSERT INTO meta (name, value) VALUES ('store_id', ?), ('created_at', ?)"));
    if (!meta.ok())
        return meta.error();
    meta.value().addBindValue(storeId);
    meta.value().addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (auto s = store->m_db->exec(meta.value()); !s.ok())
        return s.error();
    if (auto s = store->seedRolesAndPermissions(); !s.ok())
        return s.error();
    auto ownerRole = store->roleIdByName(P::OwnerRole);
    if (!ownerRole.ok())
        return ownerRole.error();
    NewUser clean = owner;
    clean.username = username.value();
    clean.email = email.value();
    clean.displayName = displayName.value();
    auto created = store->insertUser(clean, passwordHash, {ownerRole.value()}, nowMs());
    if (!created.ok())
        return created.error();
    if (auto s = store->writeAdminSlot(created->id, owner.password); !s.ok())
        return s.error();
    const Actor self{created->id, created->username, {}, false};
    if (auto s = store->audit(self, QStringLiteral("store.create"), QStringLiteral("store"), storeId, options.path, {}, {},
                              jsonOf({{QStringLiteral("schema_version"), Schema::CurrentVersion}}));
        !s.ok())
        return s.error();
    if (auto s = store->audit(self, QStringLiteral("user.create"), QStringLiteral("user"), QString::number(created->id),
                              created->username, tr("owner of a new store"), {}, userJson(created.value()));
        !s.ok())
        return s.error();
    if (auto s = store->commit(tx); !s.ok())
        return s.error();
    return store;
}

Status LocalStore::seedRolesAndPermissions()
{
    auto perm = m_db->prepare(QStringLiteral("INSERT INTO permissions (name, kind, description) VALUES (?, ?, ?)"));
    if (!perm.ok())
        return perm.error();
    for (const auto &d : P::all()) {
        perm.value().addBindValue(d.name);
        perm.value().addBindValue(QStringLiteral("console"));
        perm.value().addBindValue(QString::fromUtf8(d.description));
        if (auto s = m_db->exec(perm.value()); !s.ok())
            return s;
    }
    for (const auto &d : P::seedAppPermissions()) {
        perm.value().addBindValue(d.name);
        perm.value().addBindValue(QStringLiteral("app"));
        perm.value().addBindValue(QString::fromUtf8(d.description));
        if (auto s = m_db->exec(perm.value()); !s.ok())
            return s;
    }
    const qint64 now = nowMs();
    auto role = m_db->prepare(QStringLiteral(
        "INSERT INTO roles (name, name_key, description, builtin, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)"));
    auto grant = m_db->prepare(QStringLiteral(
        "INSERT INTO role_permissions (role_id, permission_id) "
        "SELECT r.id, p.id FROM roles r, permissions p WHERE r.name_key = ? AND p.name = ?"));
    if (!role.ok())
        return role.error();
    if (!grant.ok())
        return grant.error();
    for (const auto &r : P::builtinRoles()) {
        role.value().addBindValue(r.name);
        role.value().addBindValue(InputRules::foldKey(r.name));
        role.value().addBindValue(QString::fromUtf8(r.description));
        role.value().addBindValue(now);
        role.value().addBindValue(now);
        if (auto s = m_db->exec(role.value()); !s.ok())
            return s;
        for (const QString &p : r.permissions) {
            grant.value().addBindValue(InputRules::foldKey(r.name));
            grant.value().addBindValue(p);
            if (auto s = m_db->exec(grant.value()); !s.ok())
                return s;
        }
    }
    return Done{};
}

Status LocalStore::commit(WriteTransaction &tx)
{
    auto s = tx.commit();
    if (s.ok())
        m_audit->committed();
    return s;
}

Status LocalStore::begin(WriteTransaction &tx)
{
    if (auto s = tx.begin(); !s.ok())
        return s;
    // Another program may have appended since our last write: read the chain head under the lock.
    if (auto s = m_audit->loadHead(); !s.ok())
        return s;
    return sealPendingEvents();
}

Status LocalStore::sealPendingEvents()
{
    // Events recorded while the store was locked (failed sign-ins before anyone opened the key)
    // join the chain with their own time and machine at the first write that has the key.
    if (!m_audit->hasKey() || !m_keyedStore)
        return Done{};
    auto q = m_db->prepare(QStringLiteral(
        "SELECT at, actor_id, actor_name, action, target_type, target_id, target_name, result, reason, machine "
        "FROM audit_pending ORDER BY id"));
    if (!q.ok())
        return q.error();
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s;
    QList<AuditEvent> pending;
    while (q.value().next()) {
        AuditEvent e;
        e.at = fromMs(q.value().value(0));
        e.actorId = q.value().value(1).toLongLong();
        e.actorName = q.value().value(2).toString();
        e.action = q.value().value(3).toString();
        e.targetType = q.value().value(4).toString();
        e.targetId = q.value().value(5).toString();
        e.targetName = q.value().value(6).toString();
        const QString result = q.value().value(7).toString();
        e.result = result == QLatin1String("success") ? AuditResult::Success
            : result == QLatin1String("denied")       ? AuditResult::Denied
                                                      : AuditResult::Failed;
        e.reason = q.value().value(8).toString();
        e.machine = q.value().value(9).toString();
        e.after = jsonOf({{QStringLiteral("recorded_while_locked"), true}});
        pending << e;
    }
    q.value().finish();
    if (pending.isEmpty())
        return Done{};
    for (AuditEvent &e : pending)
        if (auto s = m_audit->append(e); !s.ok())
            return s;
    return m_db->execRaw(QStringLiteral("DELETE FROM audit_pending"));
}

// ---- users and principals -----------------------------------------------------------------

Result<LocalStore::UserRow> LocalStore::userById(qint64 id)
{
    auto q = m_db->prepare(QString::fromLatin1(userColumns) + QStringLiteral(" WHERE id = ?"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(id);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, tr("There is no user #%1.").arg(id));
    const QSqlQuery &r = q.value();
    UserRow row;
    User &u = row.user;
    u.id = r.value(0).toLongLong();
    u.username = r.value(1).toString();
    u.email = r.value(2).toString();
    u.displayName = r.value(3).toString();
    u.status = statusFromText(r.value(4).toString());
    u.disabledReason = r.value(5).toString();
    u.disabledUntil = fromMs(r.value(6));
    u.mustChangePassword = r.value(7).toInt() != 0;
    row.passwordHash = r.value(8).toString();
    u.hasPassword = !row.passwordHash.isEmpty();
    if (u.hasPassword) {
        auto info = crypto::PasswordHasher::inspect(row.passwordHash);
        u.passwordScheme = info.ok() ? info->scheme : QStringLiteral("unknown");
    }
    u.createdAt = fromMs(r.value(9));
    u.updatedAt = fromMs(r.value(10));
    u.lastSignInAt = fromMs(r.value(11));
    u.version = r.value(12).toLongLong();
    u.mfaEnrollmentRequired = r.value(13).toInt() != 0;
    u.emailVerifiedAt = fromMs(r.value(14));
    auto roles = rolesOf(u.id);
    if (!roles.ok())
        return roles.error();
    u.roles = roles.value();
    return row;
}

Result<LocalStore::UserRow> LocalStore::userByRef(const QString &ref)
{
    if (ref.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const qint64 id = ref.mid(1).toLongLong(&ok);
        if (ok && id > 0)
            return userById(id);
    }
    const bool byEmail = ref.contains(QLatin1Char('@'));
    auto q = m_db->prepare(byEmail ? QStringLiteral("SELECT id FROM users WHERE email_key = ?")
                                   : QStringLiteral("SELECT id FROM users WHERE username_key = ?"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(InputRules::foldKey(ref));
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, tr("There is no user “%1”.").arg(InputRules::escapeForDisplay(ref.left(128))));
    return userById(q.value().value(0).toLongLong());
}

Result<QStringList> LocalStore::rolesOf(qint64 userId)
{
    auto q = m_db->prepare(QStringLiteral(
        "SELECT r.name FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = ? ORDER BY r.name_key"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(userId);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    QStringList roles;
    while (q.value().next())
        roles << q.value().value(0).toString();
    return roles;
}

Result<QSet<QString>> LocalStore::consolePermissionsOf(qint64 userId)
{
    auto q = m_db->prepare(QStringLiteral(
        "SELECT DISTINCT p.name FROM user_roles ur "
        "JOIN role_permissions rp ON rp.role_id = ur.role_id "
        "JOIN permissions p ON p.id = rp.permission_id "
        "WHERE ur.user_id = ? AND p.kind = 'console'"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(userId);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    QSet<QString> perms;
    while (q.value().next())
        perms.insert(q.value().value(0).toString());
    return perms;
}

Result<QStringList> LocalStore::consolePermissionsBeyond(const Actor &actor, qint64 userId)
{
    auto targetPerms = consolePermissionsOf(userId);
    if (!targetPerms.ok())
        return targetPerms.error();
    QStringList missing;
    for (const QString &p : targetPerms.value())
        if (!actor.permissions.contains(p))
            missing << p;
    std::sort(missing.begin(), missing.end());
    return missing;
}

Result<LocalStore::Actor> LocalStore::loadActor(const Principal &principal)
{
    if (!principal.isValid())
        return makeError(ErrorCode::AuthenticationFailed, tr("Sign in first."));
    if (principal.directoryId() != m_storeId)
        return makeError(ErrorCode::AuthenticationFailed, tr("You signed in to another store; sign in to this one."));
    auto row = userById(principal.userId());
    if (!row.ok())
        return makeError(ErrorCode::AuthenticationFailed, tr("Your account no longer exists in this store."));
    Actor actor{row->user.id, row->user.username, {}, row->user.mustChangePassword};
    // Permissions are read at every call, so a revoked role or a disabled account takes effect at once.
    if (!row->user.isEffectivelyActive(QDateTime::currentDateTimeUtc()))
        return actor; // no permissions: every operation is refused, and audited as such
    auto perms = consolePermissionsOf(actor.id);
    if (!perms.ok())
        return perms.error();
    actor.permissions = perms.value();
    return actor;
}

Status LocalStore::auditOutsideTransaction(AuditEvent event)
{
    WriteTransaction tx(*m_db);
    if (!m_audit->hasKey()) {
        // Locked: nothing can be chained yet, but the attempt is kept until someone unlocks the store.
        if (auto s = tx.begin(); !s.ok())
            return s;
        auto q = m_db->prepare(QStringLiteral(
            "INSERT INTO audit_pending (at, actor_id, actor_name, action, target_type, target_id, target_name, result, "
            "reason, machine) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!q.ok())
            return q.error();
        auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
        q.value().addBindValue(QDateTime::currentMSecsSinceEpoch());
        q.value().addBindValue(event.actorId);
        q.value().addBindValue(text(event.actorName));
        q.value().addBindValue(text(event.action));
        q.value().addBindValue(text(event.targetType));
        q.value().addBindValue(text(event.targetId));
        q.value().addBindValue(text(event.targetName));
        q.value().addBindValue(auditResultName(event.result));
        q.value().addBindValue(text(event.reason));
        q.value().addBindValue(m_options.machine.isEmpty() ? QSysInfo::machineHostName() : m_options.machine);
        if (auto s = m_db->exec(q.value()); !s.ok())
            return s;
        return tx.commit();
    }
    if (auto s = begin(tx); !s.ok())
        return s;
    if (auto s = m_audit->append(event); !s.ok())
        return s;
    return commit(tx);
}

Status LocalStore::audit(const Actor &actor, const QString &action, const QString &targetType, const QString &targetId,
                         const QString &targetName, const QString &reason, const QString &before, const QString &after)
{
    AuditEvent e;
    e.actorId = actor.id;
    e.actorName = actor.name;
    e.action = action;
    e.targetType = targetType;
    e.targetId = targetId;
    e.targetName = targetName;
    e.result = AuditResult::Success;
    e.reason = reason;
    e.before = before;
    e.after = after;
    return m_audit->append(e);
}

Status LocalStore::deny(const Actor &actor, const QString &action, const QString &targetType, const QString &targetId,
                        const QString &targetName, const Error &error)
{
    if (m_db->inTransaction())
        m_db->rollback();
    AuditEvent e;
    e.actorId = actor.id;
    e.actorName = actor.name;
    e.action = action;
    e.targetType = targetType;
    e.targetId = targetId;
    e.targetName = targetName;
    e.result = AuditResult::Denied;
    e.reason = error.message;
    if (auto s = auditOutsideTransaction(e); !s.ok())
        return makeError(error.code, error.message + QLatin1Char(' ') + tr("(The refusal could not be recorded: %1)").arg(s.message()));
    return error;
}

Status LocalStore::require(const Actor &actor, const QString &permission, const QString &action, const QString &targetType,
                           const QString &targetId, const QString &targetName)
{
    if (actor.mustChangePassword)
        return deny(actor, action, targetType, targetId, targetName,
                    makeError(ErrorCode::PermissionDenied,
                              tr("Refused: you must change your password before anything else (authdesk-cli passwd).")));
    if (actor.permissions.contains(permission))
        return Done{};
    const QString message = actor.permissions.isEmpty()
        ? tr("Your account (%1) has no console permissions in this store, or is disabled.").arg(actor.name)
        : tr("Refused: “%1” needs the console permission %2, which you do not have.").arg(action, permission);
    return deny(actor, action, targetType, targetId, targetName, makeError(ErrorCode::PermissionDenied, message));
}

Status LocalStore::guardTarget(const Actor &actor, const UserRow &target, SelfRule self, const QString &action)
{
    const QString targetId = QString::number(target.user.id);
    if (self == SelfRule::Refuse && target.user.id == actor.id)
        return deny(actor, action, QStringLiteral("user"), targetId, target.user.username,
                    makeError(ErrorCode::PermissionDenied,
                              tr("Refused: you cannot do “%1” to your own account; another administrator must.").arg(action)));
    auto beyond = consolePermissionsBeyond(actor, target.user.id);
    if (!beyond.ok())
        return beyond.error();
    const QStringList &missing = beyond.value();
    if (!missing.isEmpty()) {
        return deny(actor, action, QStringLiteral("user"), targetId, target.user.username,
                    makeError(ErrorCode::PermissionDenied,
                              tr("Refused: %1 holds console permissions you do not have (%2); only an administrator "
                                 "who holds them can change this account.")
                                  .arg(InputRules::escapeForDisplay(target.user.username), missing.join(QStringLiteral(", ")))));
    }
    return Done{};
}

Result<qint64> LocalStore::activeOwnersExcept(qint64 userId)
{
    auto q = m_db->prepare(QStringLiteral(
        "SELECT count(*) FROM user_roles ur JOIN roles r ON r.id = ur.role_id JOIN users u ON u.id = ur.user_id "
        "WHERE r.name_key = ? AND u.id <> ? AND u.status = 'active'"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(InputRules::foldKey(P::OwnerRole));
    q.value().addBindValue(userId);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

Status LocalStore::checkNotLastOwner(const Actor &actor, const UserRow &target, const QString &action)
{
    if (!target.user.roles.contains(P::OwnerRole))
        return Done{};
    auto others = activeOwnersExcept(target.user.id);
    if (!others.ok())
        return others.error();
    if (others.value() > 0)
        return Done{};
    return deny(actor, action, QStringLiteral("user"), QString::number(target.user.id), target.user.username,
                makeError(ErrorCode::PermissionDenied,
                          tr("Refused: %1 is the last active owner of this store. Make another user an owner first.")
                              .arg(InputRules::escapeForDisplay(target.user.username))));
}

const QString &store::dummyPasswordHash()
{
    static const QString hash = crypto::PasswordHasher::hash(QStringLiteral("authdesk timing equaliser"));
    return hash;
}

struct LocalStore::SecondFactorInput {
    SecondFactorKind kind = SecondFactorKind::Totp;
    QString code;
    bool rememberDevice = false;
};

Result<Principal> LocalStore::signIn(const QString &login, const QString &password)
{
    auto r = signInChecked(login, password, nullptr);
    if (!r.ok())
        return r.error();
    return r->principal;
}

Result<SignInResult> LocalStore::signInWithSecondFactor(const QString &login, const QString &password,
                                                        const QString &code, SecondFactorKind kind,
                                                        bool rememberDevice)
{
    SecondFactorInput factor{kind, code, rememberDevice};
    auto r = signInChecked(login, password, &factor);
    crypto::secureWipe(factor.code);
    return r;
}

Result<SignInPolicy> LocalStore::signInPolicy()
{
    auto settings = readSettings();
    if (!settings.ok())
        return settings.error();
    SignInPolicy policy;
    policy.directoryId = m_storeId;
    policy.rememberDays = StoreSettings::rememberDays(settings.value());
    policy.idleLockMinutes = StoreSettings::idleLockMinutes(settings.value());
    policy.reauthHours = StoreSettings::reauthHours(settings.value());
    return policy;
}

Result<SignInResult> LocalStore::signInChecked(const QString &login, const QString &password,
                                               const SecondFactorInput *factor)
{
    const QString action = QStringLiteral("auth.sign_in");
    const QString attempted = login.left(InputRules::MaxEmailLength);
    if (password.size() > InputRules::MaxPasswordLength * 2)
        return makeError(ErrorCode::AuthenticationFailed, tr("Wrong username or password."));
    auto row = login.isEmpty() ? Result<UserRow>(makeError(ErrorCode::NotFound, QString())) : userByRef(login);
    if (!row.ok() && row.code() != ErrorCode::NotFound)
        return row.error();
    const Error wrong = makeError(ErrorCode::AuthenticationFailed, tr("Wrong username or password."));
    // Every attempt is recorded: chained at once when the store is unlocked, otherwise kept aside
    // (audit_pending) and sealed into the chain by the next write that holds the key.
    if (!row.ok() || row->passwordHash.isEmpty()) {
        (void)crypto::PasswordHasher::verify(password, dummyHash());
        AuditEvent e;
        e.actorId = row.ok() ? row->user.id : 0;
        e.actorName = row.ok() ? row->user.username : attempted;
        e.action = action;
        e.targetType = QStringLiteral("user");
        e.targetId = row.ok() ? QString::number(row->user.id) : QString();
        e.targetName = e.actorName;
        e.result = AuditResult::Failed;
        e.reason = row.ok() ? tr("the account has no password set") : tr("unknown user");
        if (auto s = auditOutsideTransaction(e); !s.ok())
            return s.error();
        return wrong;
    }
    const User &u = row->user;
    auto verified = crypto::PasswordHasher::verify(password, row->passwordHash);
    AuditEvent e;
    e.actorId = u.id;
    e.actorName = u.username;
    e.action = action;
    e.targetType = QStringLiteral("user");
    e.targetId = QString::number(u.id);
    e.targetName = u.username;
    if (!verified.ok() || !verified.value()) {
        e.result = AuditResult::Failed;
        e.reason = verified.ok() ? tr("wrong password") : verified.message();
        if (auto s = auditOutsideTransaction(e); !s.ok())
            return s.error();
        return wrong;
    }
    if (!u.isEffectivelyActive(QDateTime::currentDateTimeUtc())) {
        e.result = AuditResult::Denied;
        e.reason = tr("the account is disabled");
        if (auto s = auditOutsideTransaction(e); !s.ok())
            return s.error();
        return makeError(ErrorCode::PermissionDenied, tr("The account %1 is disabled.").arg(InputRules::escapeForDisplay(u.username)));
    }
    auto perms = consolePermissionsOf(u.id);
    if (!perms.ok())
        return perms.error();
    if (perms.value().isEmpty()) {
        e.result = AuditResult::Denied;
        e.reason = tr("the account holds no console permission");
        if (auto s = auditOutsideTransaction(e); !s.ok())
            return s.error();
        return makeError(ErrorCode::PermissionDenied,
                         tr("%1 holds no console permission in this store.").arg(InputRules::escapeForDisplay(u.username)));
    }
    auto mfa = needsSecondFactor(u.id);
    if (!mfa.ok())
        return mfa.error();
    // After a helpdesk reset that issued a temporary access pass, the password alone must not let
    // whoever holds it sign in and enroll their own authenticator.
    auto passRequired = temporaryPassRequired(u);
    if (!passRequired.ok())
        return passRequired.error();
    if (passRequired.value() && !mfa.value() && (!factor || factor->kind != SecondFactorKind::TemporaryPass)) {
        e.action = QStringLiteral("auth.sign_in_password");
        e.result = AuditResult::Success;
        e.reason = tr("password accepted, temporary access pass required");
        if (auto s = auditOutsideTransaction(e); !s.ok())
            return s.error();
        return makeError(ErrorCode::SecondFactorRequired,
                         tr("The authenticator of %1 was reset by the helpdesk: enter the temporary access pass the "
                            "helpdesk gave you to finish signing in (ask the helpdesk for a new one if it expired).")
                             .arg(InputRules::escapeForDisplay(u.username)));
    }
    if (mfa.value() && factor && factor->kind == SecondFactorKind::TemporaryPass) {
        // A pass stands in only for an authenticator that was reset, never beside an enrolled one.
        e.result = AuditResult::Failed;
        e.reason = tr("a temporary access pass was given, but the account has an authenticator");
        if (auto s = auditOutsideTransaction(e); !s.ok())
            return s.error();
        return makeError(ErrorCode::SecondFactorRequired,
                         tr("%1 has an authenticator: enter the code it shows now (or a recovery code) to finish "
                            "signing in.")
                             .arg(InputRules::escapeForDisplay(u.username)));
    }
    const bool usePass = passRequired.value() && !mfa.value();
    if (mfa.value() && !factor) {
        // Not a failure: the first step of two went through. The event says so under its own action.
        e.action = QStringLiteral("auth.sign_in_password");
        e.result = AuditResult::Success;
        e.reason = tr("password accepted, second factor required");
        if (auto s = auditOutsideTransaction(e); !s.ok())
            return s.error();
        return makeError(ErrorCode::SecondFactorRequired,
                         tr("%1 has an authenticator: enter the code it shows now (or a recovery code) to finish "
                            "signing in.")
                             .arg(InputRules::escapeForDisplay(u.username)));
    }
    // A hash made with weaker parameters (or imported) is replaced while the password is at hand.
    const bool upgrade = crypto::PasswordHasher::needsRehash(row->passwordHash);
    const QString rehashed = upgrade ? crypto::PasswordHasher::hash(password) : row->passwordHash;
    const bool wasLegacy = keyState() == KeyState::Legacy;
    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s.error();
    // The password opens this administrator's key slot (or, with the key already at hand, makes one).
    const bool wasLocked = m_dataKey.isEmpty();
    if (auto s = openOrMakeSlot(u.id, password); !s.ok())
        return s.error();
    if (wasLocked && !m_dataKey.isEmpty()) {
        if (auto s = m_audit->loadHead(); !s.ok())
            return s.error();
        if (auto s = sealPendingEvents(); !s.ok())
            return s.error();
    }
    if ((mfa.value() || usePass) && !m_audit->hasKey()) {
        // A code can only be checked and counted with the store's key at hand.
        (void)tx.commit(); // nothing was written
        e.result = AuditResult::Denied;
        e.reason = tr("the store is locked here, so the second factor cannot be checked");
        if (auto s = auditOutsideTransaction(e); !s.ok())
            return s.error();
        return makeError(ErrorCode::KeyUnavailable,
                         tr("The store is locked on this computer and the password of %1 does not open it, so the "
                            "authenticator code cannot be checked. An administrator whose password opens the store "
                            "has to sign in here first.")
                             .arg(InputRules::escapeForDisplay(u.username)));
    }
    QString mfaUsed;
    if (usePass) {
        auto used = useTemporaryPass(u.id, factor->code);
        if (!used.ok())
            return used.error();
        if (!used.value()) {
            e.result = AuditResult::Failed;
            e.reason = tr("wrong, used or expired temporary access pass");
            if (auto s = m_audit->append(e); !s.ok())
                return s.error();
            if (auto s = commit(tx); !s.ok())
                return s.error();
            return makeError(ErrorCode::AuthenticationFailed,
                             tr("That temporary access pass is wrong, was already used or has expired. Ask the "
                                "helpdesk for a new one."));
        }
        mfaUsed = tr("mfa: temporary access pass");
    }
    if (mfa.value()) {
        const Actor self{u.id, u.username, perms.value(), u.mustChangePassword};
        if (factor->kind == SecondFactorKind::RememberedDevice) {
            auto remembered = matchRememberedDevice(u.id, factor->code);
            if (!remembered.ok())
                return remembered.error();
            if (!remembered.value()) {
                // Unknown, expired or forgotten: the caller asks for the code instead.
                e.result = AuditResult::Failed;
                e.reason = tr("this computer is not remembered (unknown, expired or forgotten token)");
                if (auto s = m_audit->append(e); !s.ok())
                    return s.error();
                if (auto s = commit(tx); !s.ok())
                    return s.error();
                return makeError(ErrorCode::SecondFactorRequired,
                                 tr("This computer is no longer remembered for %1: enter the authenticator code.")
                                     .arg(InputRules::escapeForDisplay(u.username)));
            }
            mfaUsed = tr("mfa: remembered device");
        } else {
            const bool recovery = factor->kind == SecondFactorKind::RecoveryCode;
            auto match = matchSecondFactor(self, row.value(), factor->code, recovery, e);
            if (!match.ok())
                return match.error();
            if (!match.value()) {
                if (auto s = m_audit->append(e); !s.ok())
                    return s.error();
                if (auto s = commit(tx); !s.ok())
                    return s.error();
                return makeError(ErrorCode::AuthenticationFailed,
                                 recovery ? tr("That recovery code is wrong or was already used.")
                                          : tr("The authenticator code is wrong or was already used; wait for the "
                                               "next code and type it."));
            }
            mfaUsed = recovery ? tr("mfa: recovery code") : tr("mfa: totp");
        }
    }
    if (!m_audit->hasKey()) {
        // Nothing opens the key here: reading works, every change is refused until an administrator
        // whose password opens the store signs in (or the desktop's keychain holds the key).
        (void)tx.commit(); // nothing was written
        e.result = AuditResult::Success;
        e.reason = tr("signed in for reading only: the store is locked");
        if (auto s = auditOutsideTransaction(e); !s.ok())
            return s.error();
        return SignInResult{Principal(PrincipalKey{}, u.id, u.username, m_storeId), {}, {}};
    }
    SignInResult signedIn{Principal(PrincipalKey{}, u.id, u.username, m_storeId), {}, {}};
    if (mfa.value() && factor->rememberDevice && factor->kind == SecondFactorKind::Totp) {
        auto remembered = rememberDevice(u.id, std::move(signedIn));
        if (!remembered.ok())
            return remembered.error();
        signedIn = std::move(remembered.value());
    }
    auto upd = m_db->prepare(QStringLiteral("UPDATE users SET last_sign_in_at = ?, password_hash = ? WHERE id = ?"));
    if (!upd.ok())
        return upd.error();
    upd.value().addBindValue(nowMs());
    upd.value().addBindValue(rehashed);
    upd.value().addBindValue(u.id);
    if (auto s = m_db->exec(upd.value()); !s.ok())
        return s.error();
    e.result = AuditResult::Success;
    e.reason = mfaUsed;
    e.after.clear();
    if (!signedIn.deviceToken.isEmpty())
        e.after = jsonOf({{QStringLiteral("remembered_device_until"),
                           signedIn.deviceTokenExpires.toString(Qt::ISODate)}});
    if (upgrade) {
        auto info = crypto::PasswordHasher::inspect(row->passwordHash);
        e.before = jsonOf({{QStringLiteral("password_scheme"), info.ok() ? info->scheme : QStringLiteral("unknown")}});
        e.after = jsonOf({{QStringLiteral("password_scheme"), QStringLiteral("argon2id")}});
    }
    if (auto s = m_audit->append(e); !s.ok())
        return s.error();
    if (auto s = commit(tx); !s.ok()) {
        crypto::secureWipe(signedIn.deviceToken);
        if (wasLegacy) {
            m_keyedStore = false;
            crypto::secureWipe(m_dataKey);
            m_dataKey.clear();
        }
        return s.error();
    }
    if (wasLegacy && m_keyedStore) {
        // The chain key now lives sealed in the store; the plaintext key file has no more reason to exist.
        QFile::remove(ChainKeyFile::pathFor(m_keyDir, m_storeId));
        crypto::secureWipe(m_legacyKey);
        m_legacyKey.clear();
    }
    return signedIn;
}

// ---- reading users ------------------------------------------------------------------------

namespace {

// A WHERE clause and the values for its placeholders, in order. Every value is bound; the SQL
// text is made only of the fixed fragments below.
struct SqlWhere {
    QStringList conditions;
    QVariantList values;

    void add(const QString &condition, QVariantList conditionValues = {})
    {
        conditions << condition;
        values << conditionValues;
    }
    QString clause() const
    {
        return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
    void bind(QSqlQuery &q) const
    {
        for (const QVariant &v : values)
            q.addBindValue(v);
    }
};

// "Locked" over mfa_factors rows (alias f): the factor was disabled after too many wrong codes in a
// row (that is the only way a factor becomes 'disabled'), or the active one is in a throttle wait
// at nowMs, exactly as verification would refuse it (LocalStoreMfa.cpp). The wait grows with
// failed_count, so each run of counts with the same wait gets its own bound cut-off time.
SqlWhere factorLockedCondition(qint64 nowMs)
{
    QStringList throttled;
    QVariantList values;
    constexpr int Saturated = 1000; // far past the longest wait and the disabling count
    int first = 0;
    for (int failures = 1; failures <= Saturated + 1; ++failures) {
        const qint64 wait = store::mfaWaitSeconds(first);
        if (failures <= Saturated && store::mfaWaitSeconds(failures) == wait)
            continue;
        if (wait > 0) {
            if (failures > Saturated) {
                throttled << QStringLiteral("(f.failed_count >= ? AND f.last_failure_at > ?)");
                values << first << nowMs - wait * 1000;
            } else {
                throttled << QStringLiteral("(f.failed_count BETWEEN ? AND ? AND f.last_failure_at > ?)");
                values << first << failures - 1 << nowMs - wait * 1000;
            }
        }
        first = failures;
    }
    SqlWhere w;
    QString condition = QStringLiteral("f.state = 'disabled'");
    if (!throttled.isEmpty())
        condition += QStringLiteral(" OR (f.state = 'active' AND (") + throttled.join(QStringLiteral(" OR "))
            + QStringLiteral("))");
    w.add(QStringLiteral("(") + condition + QStringLiteral(")"), values);
    return w;
}

// The filter as conditions over users; now is the store's clock (effective status, throttle).
// hideIndexesBut (SQLite) writes the filtered columns other than that one (the sort column) as
// +column, so the planner cannot serve them from an index and walks the sort order's index instead.
SqlWhere userConditions(SqlDialect dialect, const QString &foldedSearch, const UserFilter &filter, qint64 now,
                        const std::optional<QString> &hideIndexesBut = std::nullopt)
{
    auto col = [&](const QString &name) {
        return hideIndexesBut && *hideIndexesBut != name && dialect == SqlDialect::SQLite ? QStringLiteral("+") + name
                                                                                          : name;
    };
    const QString status = col(QStringLiteral("status"));
    const QString id = col(QStringLiteral("id"));
    SqlWhere w;
    // instr/strpos: a plain substring test, no LIKE pattern characters to escape.
    if (!foldedSearch.isEmpty())
        w.add(dialect == SqlDialect::SQLite ? QStringLiteral("instr(search_key, ?) > 0")
                                            : QStringLiteral("strpos(search_key, ?) > 0"),
              {foldedSearch});
    // Effective status, as User::isEffectivelyActive: a "disabled until" that has passed is active.
    if (filter.status == StatusFilter::Active)
        w.add(QStringLiteral("(%1 = 'active' OR disabled_until <= ?)").arg(status), {now});
    else if (filter.status == StatusFilter::Disabled)
        w.add(QStringLiteral("%1 = 'disabled' AND (disabled_until IS NULL OR disabled_until > ?)").arg(status), {now});
    const QString roleKey = InputRules::foldKey(filter.role.left(128));
    if (!roleKey.isEmpty())
        w.add(id + QStringLiteral(" IN (SELECT ur.user_id FROM user_roles ur JOIN roles r ON r.id = ur.role_id "
                                  "WHERE r.name_key = ?)"),
              {roleKey});
    if (filter.mfa == MfaFilter::Enrolled)
        w.add(id + QStringLiteral(" IN (SELECT user_id FROM mfa_factors WHERE state = 'active')"));
    else if (filter.mfa == MfaFilter::NotEnrolled)
        w.add(id + QStringLiteral(" NOT IN (SELECT user_id FROM mfa_factors WHERE state = 'active')"));
    if (filter.lockedOnly) {
        // Locked out of applications' logins (brute force), or the authenticator locked.
        const SqlWhere locked = factorLockedCondition(now);
        QVariantList values{now};
        values << locked.values;
        w.add(QStringLiteral("(") + col(QStringLiteral("login_locked_until")) + QStringLiteral(" > ? OR ") + id
                  + QStringLiteral(" IN (SELECT f.user_id FROM mfa_factors f WHERE ") + locked.conditions.first()
                  + QStringLiteral("))"),
              values);
    }
    const QString created = col(QStringLiteral("created_at"));
    const QString signedIn = col(QStringLiteral("last_sign_in_at"));
    if (filter.neverSignedIn)
        w.add(signedIn + QStringLiteral(" IS NULL"));
    if (filter.createdFrom.isValid())
        w.add(created + QStringLiteral(" >= ?"), {filter.createdFrom.toMSecsSinceEpoch()});
    if (filter.createdTo.isValid())
        w.add(created + QStringLiteral(" < ?"), {filter.createdTo.toMSecsSinceEpoch()});
    if (filter.lastSignInFrom.isValid())
        w.add(signedIn + QStringLiteral(" >= ?"), {filter.lastSignInFrom.toMSecsSinceEpoch()});
    if (filter.lastSignInTo.isValid())
        w.add(signedIn + QStringLiteral(" < ?"), {filter.lastSignInTo.toMSecsSinceEpoch()});
    return w;
}

} // namespace

Status LocalStore::fillMfaFlags(QList<User> &users)
{
    if (users.isEmpty())
        return Done{};
    QHash<qint64, qsizetype> indexById;
    for (qsizetype i = 0; i < users.size(); ++i)
        indexById.insert(users.at(i).id, i);
    // The placeholders are counted, the values bound.
    QString placeholders = QStringLiteral("?");
    for (qsizetype i = 1; i < users.size(); ++i)
        placeholders += QStringLiteral(",?");
    const SqlWhere locked = factorLockedCondition(now().toMSecsSinceEpoch());
    auto q = m_db->prepare(QStringLiteral("SELECT f.user_id, CASE WHEN f.state = 'active' THEN 1 ELSE 0 END, CASE WHEN ")
                           + locked.conditions.first()
                           + QStringLiteral(" THEN 1 ELSE 0 END FROM mfa_factors f WHERE f.user_id IN (") + placeholders
                           + QStringLiteral(")"));
    if (!q.ok())
        return q.error();
    locked.bind(q.value());
    for (const User &u : std::as_const(users))
        q.value().addBindValue(u.id);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    while (q.value().next()) {
        User &u = users[indexById.value(q.value().value(0).toLongLong())];
        u.mfaEnrolled = u.mfaEnrolled || q.value().value(1).toInt() != 0;
        u.locked = u.locked || q.value().value(2).toInt() != 0;
    }
    q.value().finish();
    // Locked out of applications' logins by the brute-force protection.
    auto lockedOut = m_db->prepare(QStringLiteral("SELECT id, login_locked_until FROM users WHERE login_locked_until > ? AND id IN (")
                                   + placeholders + QStringLiteral(")"));
    if (!lockedOut.ok())
        return lockedOut.error();
    lockedOut.value().addBindValue(now().toMSecsSinceEpoch());
    for (const User &u : std::as_const(users))
        lockedOut.value().addBindValue(u.id);
    if (auto s = m_db->exec(lockedOut.value()); !s.ok())
        return s.error();
    while (lockedOut.value().next()) {
        User &u = users[indexById.value(lockedOut.value().value(0).toLongLong())];
        u.locked = true;
        u.loginLockedUntil = fromMs(lockedOut.value().value(1));
    }
    return Done{};
}

Result<UserPage> LocalStore::listUsers(const Principal &principal, const UserQuery &query)
{
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::UsersRead, QStringLiteral("user.list"), QStringLiteral("user"), {}, {}); !s.ok())
        return s.error();
    const QString folded = InputRules::foldKey(query.search.left(InputRules::MaxEmailLength));
    const bool searching = !folded.isEmpty();
    const qint64 nowMs = now().toMSecsSinceEpoch();
    const SqlWhere filter = userConditions(m_db->dialect(), folded, query.filter, nowMs);
    const QString where = filter.clause();
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");

    // A read transaction: the page and its total come from the same snapshot.
    if (auto s = m_db->beginRead(); !s.ok())
        return s.error();
    struct EndRead {
        Database &db;
        ~EndRead() { db.rollback(); }
    } endRead{*m_db};

    UserPage page;
    page.offset = std::max<qint64>(0, query.offset);
    page.total = -1;
    if (query.withTotal) {
        const QString countSql = QStringLiteral("SELECT count(*) FROM users") + where;
        auto q = m_db->prepare(countSql);
        if (!q.ok())
            return q.error();
        filter.bind(q.value());
        if (auto s = m_db->exec(q.value()); !s.ok())
            return s.error();
        q.value().next();
        page.total = q.value().value(0).toLongLong();
    }
    const qint64 limit = std::clamp<qint64>(query.limit, 0, 10000);
    if (limit == 0 || (page.total >= 0 && page.offset >= page.total))
        return page;

    // Which index serves the page. SQLite has no statistics here (no ANALYZE), so it guesses,
    // and a wrong guess at a million users either sorts hundreds of thousands of matches for one
    // page or walks the whole sort index looking for a few hundred. Walking the sort order costs
    // about (offset + limit) × users / matches rows, sorting the matches about matches rows: so
    // few matches are read through the filter's index and sorted (as while searching, where the
    // whole table is read anyway), many are found by walking the sort order with the filter's
    // indexes hidden. Without a total, a count that stops at the break-even point decides.
    bool sortMatches = searching;
    bool walkSortOrder = false;
    if (!searching && !query.filter.isEmpty() && m_db->dialect() == SqlDialect::SQLite) {
        auto maxId = m_db->prepare(QStringLiteral("SELECT max(id) FROM users"));
        if (!maxId.ok())
            return maxId.error();
        if (auto s = m_db->exec(maxId.value()); !s.ok())
            return s.error();
        maxId.value().next();
        const double users = std::max<double>(1, maxId.value().value(0).toDouble());
        const auto breakEven = static_cast<qint64>(std::sqrt(static_cast<double>(page.offset + limit) * users)) + 1;
        qint64 matches = page.total;
        if (matches < 0) {
            auto probe = m_db->prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM users") + where
                                       + QStringLiteral(" LIMIT ?) AS probe"));
            if (!probe.ok())
                return probe.error();
            filter.bind(probe.value());
            probe.value().addBindValue(breakEven + 1);
            if (auto s = m_db->exec(probe.value()); !s.ok())
                return s.error();
            probe.value().next();
            matches = probe.value().value(0).toLongLong();
        }
        sortMatches = matches <= breakEven;
        walkSortOrder = !sortMatches;
    }
    // Appends the rows a query answers to the page.
    auto readRows = [&](const QString &sql, const SqlWhere &conditions, const QVariantList &extra) -> Status {
        auto q = m_db->prepare(sql);
        if (!q.ok())
            return q.error();
        conditions.bind(q.value());
        for (const QVariant &v : extra)
            q.value().addBindValue(v);
        if (auto s = m_db->exec(q.value()); !s.ok())
            return s.error();
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            User u;
            u.id = r.value(0).toLongLong();
            u.username = r.value(1).toString();
            u.email = r.value(2).toString();
            u.displayName = r.value(3).toString();
            u.status = statusFromText(r.value(4).toString());
            u.disabledReason = r.value(5).toString();
            u.disabledUntil = fromMs(r.value(6));
            u.mustChangePassword = r.value(7).toInt() != 0;
            u.hasPassword = !r.value(8).isNull();
            u.createdAt = fromMs(r.value(9));
            u.updatedAt = fromMs(r.value(10));
            u.lastSignInAt = fromMs(r.value(11));
            u.version = r.value(12).toLongLong();
            u.mfaEnrollmentRequired = r.value(13).toInt() != 0;
            u.emailVerifiedAt = fromMs(r.value(14));
            page.users << u;
        }
        return Done{};
    };
    const QString key = sortColumn(query.sortField);
    const bool uniqueKey = sortColumnIsUnique(query.sortField);
    // Performance (issue 4, search as you type): sorting every match of a short search term costs
    // a scan and a sort of tens of thousands of rows, while its first page usually lies within
    // the first stretch of rows in sort order. So a page without a total walks the sort index,
    // one bounded stretch after the other, and stops after the page's matches. Matches cluster in
    // sort order (every "anna.…" before every "ben.…"), so each stretch is four times the last,
    // up to an eighth of the users in all, where walking (a lookup a row) costs about what the
    // scan does; then the matches are sorted as usual. last_sign_in_at can be NULL, which a
    // bound cannot express, so that order always sorts.
    bool answered = false;
    // In username order (the console's default) the search has an index of its own (schema 3:
    // username_key with search_key), so the page is read walking that index alone, each entry
    // matched without a look at its row, and the walk stops after the page: no bound needed.
    if (searching && page.total < 0 && m_db->dialect() == SqlDialect::SQLite
        && query.sortField == UserSortField::Username) {
        const SqlWhere conditions = userConditions(m_db->dialect(), folded, query.filter, nowMs);
        QString sql = QString::fromLatin1(userColumns) + QStringLiteral(" INDEXED BY users_username_search")
                      + conditions.clause() + QStringLiteral(" ORDER BY ") + key + dir + QStringLiteral(" LIMIT ? OFFSET ?");
        if (auto s = readRows(sql, conditions, {limit, page.offset}); !s.ok())
            return s.error();
        answered = true;
    }
    if (!answered && searching && page.total < 0 && m_db->dialect() == SqlDialect::SQLite
        && query.sortField != UserSortField::LastSignInAt) {
        auto maxId = m_db->prepare(QStringLiteral("SELECT max(id) FROM users"));
        if (!maxId.ok())
            return maxId.error();
        if (auto s = m_db->exec(maxId.value()); !s.ok())
            return s.error();
        maxId.value().next();
        const qint64 maxWalk = std::max<qint64>(16384, maxId.value().value(0).toLongLong() / 8);
        const qint64 wanted = page.offset + limit; // matches from the first on
        const QString past = query.descending ? QStringLiteral(" < ") : QStringLiteral(" > ");
        const QString upTo = query.descending ? QStringLiteral(" >= ") : QStringLiteral(" <= ");
        QString walkOrder = QStringLiteral(" ORDER BY ") + key + dir;
        if (!uniqueKey)
            walkOrder += QStringLiteral(", id") + dir;
        // The sort key (and id) of a row bounds a stretch: the rows up to it, the rows past it.
        auto keyCondition = [&](const QString &op, const QVariantList &row) -> std::pair<QString, QVariantList> {
            if (uniqueKey)
                return {key + op + QStringLiteral("?"), QVariantList{row.at(0)}};
            return {QStringLiteral("(") + key + QStringLiteral(", id)") + op + QStringLiteral("(?, ?)"), row};
        };
        std::optional<QVariantList> walkedTo; // the last row of the stretches walked so far
        // A page far into the matches is read by the usual plan, not by a walk past most of them.
        for (qint64 walked = 0, stretch = 4096; wanted * 4 <= maxWalk && walked < maxWalk; stretch *= 4) {
            stretch = std::min(stretch, maxWalk - walked);
            SqlWhere boundWhere;
            if (walkedTo) {
                const auto [condition, values] = keyCondition(past, *walkedTo);
                boundWhere.add(condition, values);
            }
            auto bound = m_db->prepare(QStringLiteral("SELECT ") + key + QStringLiteral(", id FROM users")
                                       + boundWhere.clause() + walkOrder + QStringLiteral(" LIMIT 1 OFFSET ?"));
            if (!bound.ok())
                return bound.error();
            boundWhere.bind(bound.value());
            bound.value().addBindValue(stretch - 1);
            if (auto s = m_db->exec(bound.value()); !s.ok())
                return s.error();
            const bool bounded = bound.value().next();
            SqlWhere walk = userConditions(m_db->dialect(), folded, query.filter, nowMs, key);
            if (walkedTo) {
                const auto [condition, values] = keyCondition(past, *walkedTo);
                walk.add(condition, values);
            }
            if (bounded) {
                walkedTo = QVariantList{bound.value().value(0), bound.value().value(1)};
                const auto [condition, values] = keyCondition(upTo, *walkedTo);
                walk.add(condition, values);
            }
            if (auto s = readRows(QString::fromLatin1(userColumns) + walk.clause() + walkOrder
                                      + QStringLiteral(" LIMIT ?"),
                                  walk, {wanted - static_cast<qint64>(page.users.size())});
                !s.ok())
                return s.error();
            walked += stretch;
            // Fewer matches than wanted within the bound say nothing about the rows past it.
            if (!bounded || page.users.size() == wanted) {
                page.users = page.users.mid(page.offset);
                answered = true;
                break;
            }
        }
        if (!answered)
            page.users.clear();
    }
    if (!answered) {
        // The unary plus keeps SQLite from reading the rows in the sort index's order.
        const QString sortExpr =
            (sortMatches && m_db->dialect() == SqlDialect::SQLite ? QStringLiteral("+") : QString()) + key;
        QString order = QStringLiteral(" ORDER BY ") + sortExpr + dir;
        if (!uniqueKey)
            order += QStringLiteral(", id") + dir;
        const SqlWhere pageFilter =
            walkSortOrder ? userConditions(m_db->dialect(), folded, query.filter, nowMs, key) : filter;
        page.users.clear();
        if (auto s = readRows(QString::fromLatin1(userColumns) + pageFilter.clause() + order
                                  + QStringLiteral(" LIMIT ? OFFSET ?"),
                              pageFilter, {limit, page.offset});
            !s.ok())
            return s.error();
    }
    QHash<qint64, qsizetype> indexById;
    for (qsizetype i = 0; i < page.users.size(); ++i)
        indexById.insert(page.users.at(i).id, i);
    if (page.users.isEmpty())
        return page;
    // The page's roles in one query; the placeholders are counted, the values bound.
    QString placeholders = QStringLiteral("?");
    for (qsizetype i = 1; i < page.users.size(); ++i)
        placeholders += QStringLiteral(",?");
    const QString rolesSql = QStringLiteral("SELECT ur.user_id, r.name FROM user_roles ur JOIN roles r ON r.id = ur.role_id "
                                            "WHERE ur.user_id IN (")
        + placeholders + QStringLiteral(") ORDER BY r.name_key");
    auto rq = m_db->prepare(rolesSql);
    if (!rq.ok())
        return rq.error();
    for (const User &u : std::as_const(page.users))
        rq.value().addBindValue(u.id);
    if (auto s = m_db->exec(rq.value()); !s.ok())
        return s.error();
    while (rq.value().next())
        page.users[indexById.value(rq.value().value(0).toLongLong())].roles << rq.value().value(1).toString();
    if (auto s = fillMfaFlags(page.users); !s.ok())
        return s.error();
    return page;
}

Result<qint64> LocalStore::countUsers(const Principal &principal, const QString &search, const UserFilter &filter)
{
    UserQuery query;
    query.search = search;
    query.filter = filter;
    query.limit = 0;
    auto page = listUsers(principal, query);
    if (!page.ok())
        return page.error();
    return page->total;
}

Result<User> LocalStore::findUser(const Principal &principal, const QString &ref)
{
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::UsersRead, QStringLiteral("user.show"), QStringLiteral("user"), {}, ref.left(128)); !s.ok())
        return s.error();
    auto row = userByRef(ref);
    if (!row.ok())
        return row.error();
    QList<User> one{row->user};
    if (auto s = fillMfaFlags(one); !s.ok())
        return s.error();
    return one.first();
}

Result<QList<EffectivePermission>> LocalStore::effectivePermissions(const Principal &principal, const QString &ref)
{
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::UsersRead, QStringLiteral("user.permissions"), QStringLiteral("user"), {}, ref.left(128));
        !s.ok())
        return s.error();
    auto row = userByRef(ref);
    if (!row.ok())
        return row.error();
    auto q = m_db->prepare(QStringLiteral(
        "SELECT p.name, p.kind, r.name FROM user_roles ur "
        "JOIN roles r ON r.id = ur.role_id "
        "JOIN role_permissions rp ON rp.role_id = r.id "
        "JOIN permissions p ON p.id = rp.permission_id "
        "WHERE ur.user_id = ? ORDER BY p.kind DESC, p.name, r.name_key"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(row->user.id);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    QList<EffectivePermission> out;
    // A disabled account holds its roles but exercises none of them.
    const bool active = row->user.isEffectivelyActive(QDateTime::currentDateTimeUtc());
    while (q.value().next()) {
        const QString name = q.value().value(0).toString();
        if (out.isEmpty() || out.constLast().name != name) {
            EffectivePermission p;
            p.name = name;
            p.kind = q.value().value(1).toString() == QLatin1String("console") ? PermissionKind::Console : PermissionKind::Application;
            out << p;
        }
        out.last().viaRoles << q.value().value(2).toString();
    }
    if (!active)
        return QList<EffectivePermission>{};
    return out;
}

// ---- changing users -----------------------------------------------------------------------

Result<User> LocalStore::insertUser(const NewUser &user, const QString &passwordHash, QList<qint64> roleIds, qint64 now)
{
    if (!m_insertUser) {
        // SQLite's own prepared statements: an import runs this once per user.
        auto users = BulkStatement::prepare(*m_db, QStringLiteral(
            "INSERT INTO users (username, username_key, email, email_key, display_name, search_key, status, "
            "must_change_password, password_hash, created_at, updated_at, version) "
            "VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?, 1)"));
        if (!users.ok())
            return users.error();
        auto roles = BulkStatement::prepare(*m_db, QStringLiteral("INSERT INTO user_roles (user_id, role_id) VALUES (?, ?)"));
        if (!roles.ok())
            return roles.error();
        m_insertUser = std::move(users.value());
        m_insertUserRole = std::move(roles.value());
    }
    const QString usernameKey = InputRules::foldKey(user.username);
    const QString emailKey = InputRules::foldKey(user.email);
    BulkStatement &ins = *m_insertUser;
    ins.bindText(1, user.username);
    ins.bindText(2, usernameKey);
    ins.bindText(3, user.email);
    ins.bindText(4, emailKey);
    ins.bindText(5, user.displayName);
    ins.bindText(6, searchKeyFromKeys(usernameKey, emailKey, InputRules::foldKey(user.displayName)));
    ins.bindInt(7, passwordHash.isEmpty() || user.mustChangePassword ? 1 : 0);
    ins.bindNullableText(8, passwordHash);
    ins.bindInt(9, now);
    ins.bindInt(10, now);
    if (auto inserted = ins.run(*m_db); !inserted.ok()) {
        // Tell which one is taken, in any case.
        for (const auto &[column, value, what] :
             {std::tuple{QStringLiteral("username_key"), user.username, tr("username")},
              std::tuple{QStringLiteral("email_key"), user.email, tr("email address")}}) {
            auto check = m_db->prepare(column == QLatin1String("username_key")
                                           ? QStringLiteral("SELECT username FROM users WHERE username_key = ?")
                                           : QStringLiteral("SELECT email FROM users WHERE email_key = ?"));
            if (check.ok()) {
                check.value().addBindValue(InputRules::foldKey(value));
                if (m_db->exec(check.value()).ok() && check.value().next())
                    return makeError(ErrorCode::AlreadyExists,
                                     tr("The %1 “%2” is already taken (by “%3”).")
                                         .arg(what, InputRules::escapeForDisplay(value),
                                              InputRules::escapeForDisplay(check.value().value(0).toString())));
            }
        }
        return inserted.error();
    }
    const qint64 id = ins.lastInsertRowId();
    if (!roleIds.isEmpty()) {
        std::sort(roleIds.begin(), roleIds.end());
        roleIds.erase(std::unique(roleIds.begin(), roleIds.end()), roleIds.end());
        for (qint64 roleId : std::as_const(roleIds)) {
            m_insertUserRole->bindInt(1, id);
            m_insertUserRole->bindInt(2, roleId);
            if (auto s = m_insertUserRole->run(*m_db); !s.ok())
                return s.error();
        }
    }
    User u;
    u.id = id;
    u.username = user.username;
    u.email = user.email;
    u.displayName = user.displayName;
    u.mustChangePassword = passwordHash.isEmpty();
    u.hasPassword = !passwordHash.isEmpty();
    u.createdAt = u.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    u.version = 1;
    return u;
}

Result<qint64> LocalStore::roleIdByName(const QString &name)
{
    auto q = m_db->prepare(QStringLiteral("SELECT id FROM roles WHERE name_key = ?"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(InputRules::foldKey(name));
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, tr("There is no role “%1”.").arg(InputRules::escapeForDisplay(name.left(128))));
    return q.value().value(0).toLongLong();
}

Result<Role> LocalStore::roleByName(const QString &name)
{
    auto id = roleIdByName(name);
    if (!id.ok())
        return id.error();
    auto q = m_db->prepare(QStringLiteral(
        "SELECT r.id, r.name, r.description, r.builtin, r.version, "
        "(SELECT count(*) FROM user_roles ur WHERE ur.role_id = r.id) FROM roles r WHERE r.id = ?"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(id.value());
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    q.value().next();
    Role role;
    role.id = q.value().value(0).toLongLong();
    role.name = q.value().value(1).toString();
    role.description = q.value().value(2).toString();
    role.builtin = q.value().value(3).toInt() != 0;
    role.version = q.value().value(4).toLongLong();
    role.memberCount = q.value().value(5).toLongLong();
    auto p = m_db->prepare(QStringLiteral("SELECT p.name FROM role_permissions rp JOIN permissions p ON p.id = rp.permission_id "
                                          "WHERE rp.role_id = ? ORDER BY p.name"));
    if (!p.ok())
        return p.error();
    p.value().addBindValue(role.id);
    if (auto s = m_db->exec(p.value()); !s.ok())
        return s.error();
    while (p.value().next())
        role.permissions << p.value().value(0).toString();
    return role;
}

Result<User> LocalStore::loadUserForOutput(qint64 id)
{
    auto row = userById(id);
    if (!row.ok())
        return row.error();
    return row->user;
}

Result<User> LocalStore::createUser(const Principal &principal, const NewUser &input)
{
    const QString action = QStringLiteral("user.create");
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::UsersCreate, action, QStringLiteral("user"), {}, input.username.left(128)); !s.ok())
        return s.error();
    NewUser user;
    {
        auto username = InputRules::username(input.username);
        if (!username.ok())
            return username.error();
        auto email = InputRules::email(input.email);
        if (!email.ok())
            return email.error();
        auto displayName = InputRules::displayName(input.displayName);
        if (!displayName.ok())
            return displayName.error();
        user.username = username.value();
        user.email = email.value();
        user.displayName = displayName.value();
        user.mustChangePassword = input.mustChangePassword;
    }
    QString passwordHash;
    if (!input.password.isEmpty()) {
        User probe;
        probe.username = user.username;
        probe.email = user.email;
        probe.displayName = user.displayName;
        if (auto s = checkPasswordPolicy(input.password, probe, false); !s.ok())
            return s.error();
        passwordHash = crypto::PasswordHasher::hash(input.password);
    } else if (!input.passwordHash.isEmpty()) {
        auto info = crypto::PasswordHasher::inspect(input.passwordHash);
        if (!info.ok())
            return info.error();
        // An unsalted or broken scheme never verifies: the account starts with "set a new password".
        if (info->usable)
            passwordHash = input.passwordHash;
    }

    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s.error();
    QList<qint64> roleIds;
    for (const QString &roleName : input.roles) {
        auto role = roleByName(roleName);
        if (!role.ok())
            return role.error();
        if (auto s = require(actor.value(), P::RolesAssign, action, QStringLiteral("user"), {}, user.username); !s.ok())
            return s.error();
        for (const QString &p : role->permissions)
            if (P::isConsolePermission(p) && !actor->permissions.contains(p))
                return deny(actor.value(), action, QStringLiteral("user"), {}, user.username,
                            makeError(ErrorCode::PermissionDenied,
                                      tr("Refused: the role %1 holds %2, which you do not have; you cannot give it.")
                                          .arg(role->name, p)))
                    .error();
        roleIds << role->id;
        user.roles << role->name;
    }
    auto created = insertUser(user, passwordHash, roleIds, nowMs());
    if (!created.ok())
        return created.error();
    if (!input.password.isEmpty() && !roleIds.isEmpty()) {
        auto admin = hasConsolePermission(created->id);
        if (!admin.ok())
            return admin.error();
        if (admin.value())
            if (auto s = writeAdminSlot(created->id, input.password); !s.ok())
                return s.error();
    }
    auto out = loadUserForOutput(created->id);
    if (!out.ok())
        return out.error();
    if (auto s = audit(actor.value(), action, QStringLiteral("user"), QString::number(out->id), out->username, {}, {},
                       userJson(out.value()));
        !s.ok())
        return s.error();
    if (auto s = commit(tx); !s.ok())
        return s.error();
    return out;
}

Result<User> LocalStore::updateUser(const Principal &principal, const QString &ref, qint64 expectedVersion,
                                    const UserChanges &changes)
{
    const QString action = QStringLiteral("user.edit");
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    // Forcing a password change is a credential action (helpdesk may do it); editing contact data is not.
    const bool editsProfile = changes.email || changes.displayName;
    if (editsProfile || !changes.mustChangePassword)
        if (auto s = require(actor.value(), P::UsersWrite, action, QStringLiteral("user"), {}, ref.left(128)); !s.ok())
            return s.error();
    if (changes.mustChangePassword)
        if (auto s = require(actor.value(), P::UsersResetPassword, action, QStringLiteral("user"), {}, ref.left(128));
            !s.ok())
            return s.error();
    std::optional<QString> email, displayName;
    if (changes.email) {
        auto e = InputRules::email(*changes.email);
        if (!e.ok())
            return e.error();
        email = e.value();
    }
    if (changes.displayName) {
        auto d = InputRules::displayName(*changes.displayName);
        if (!d.ok())
            return d.error();
        displayName = d.value();
    }
    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s.error();
    auto row = userByRef(ref);
    if (!row.ok())
        return row.error();
    if (auto s = guardTarget(actor.value(), row.value(), changes.mustChangePassword ? SelfRule::Refuse : SelfRule::Allow,
                             action);
        !s.ok())
        return s.error();
    const User before = row->user;
    if (expectedVersion > 0 && before.version != expectedVersion)
        return makeError(ErrorCode::Conflict,
                         tr("%1 was changed by someone else since you opened it (version %2, now %3). Reload and try again.")
                             .arg(InputRules::escapeForDisplay(before.username)).arg(expectedVersion).arg(before.version));
    const QString newEmail = email.value_or(before.email);
    const QString newDisplay = displayName.value_or(before.displayName);
    const bool newMustChange = changes.mustChangePassword.value_or(before.mustChangePassword);
    if (newEmail == before.email && newDisplay == before.displayName && newMustChange == before.mustChangePassword)
        return before; // nothing to change, nothing to record
    auto q = m_db->prepare(QStringLiteral(
        "UPDATE users SET email = ?, email_key = ?, display_name = ?, must_change_password = ?, search_key = ?, "
        "updated_at = ?, version = version + 1, "
        // A new address is unconfirmed until its owner confirms it (user send-verification).
        "email_verified = CASE WHEN email_key = ? THEN email_verified ELSE 0 END, "
        "email_verified_at = CASE WHEN email_key = ? THEN email_verified_at ELSE NULL END "
        "WHERE id = ? AND version = ?"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(newEmail);
    q.value().addBindValue(InputRules::foldKey(newEmail));
    q.value().addBindValue(newDisplay);
    q.value().addBindValue(newMustChange ? 1 : 0);
    q.value().addBindValue(searchKeyFor(before.username, newEmail, newDisplay));
    q.value().addBindValue(nowMs());
    q.value().addBindValue(InputRules::foldKey(newEmail));
    q.value().addBindValue(InputRules::foldKey(newEmail));
    q.value().addBindValue(before.id);
    q.value().addBindValue(before.version);
    if (!q.value().exec()) {
        if (InputRules::foldKey(newEmail) != InputRules::foldKey(before.email))
            return makeError(ErrorCode::AlreadyExists,
                             tr("The email address “%1” is already taken.").arg(InputRules::escapeForDisplay(newEmail)));
        return m_db->sqlError(q.value().lastError());
    }
    if (q.value().numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict, tr("%1 was changed by someone else meanwhile. Reload and try again.")
                                                  .arg(InputRules::escapeForDisplay(before.username)));
    auto after = loadUserForOutput(before.id);
    if (!after.ok())
        return after.error();
    if (auto s = audit(actor.value(), action, QStringLiteral("user"), QString::number(before.id), before.username, {},
                       userJson(before), userJson(after.value()));
        !s.ok())
        return s.error();
    if (auto s = commit(tx); !s.ok())
        return s.error();
    return after;
}

Status LocalStore::bumpVersion(qint64 userId)
{
    auto q = m_db->prepare(QStringLiteral("UPDATE users SET updated_at = ?, version = version + 1 WHERE id = ?"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(nowMs());
    q.value().addBindValue(userId);
    return m_db->exec(q.value());
}

Result<User> LocalStore::changeUser(const Principal &principal, const QString &ref, const UserChangeSpec &spec,
                                    const std::function<Status(const Actor &, const UserRow &)> &apply)
{
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), spec.permission, spec.action, QStringLiteral("user"), {}, ref.left(128)); !s.ok())
        return s.error();
    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s.error();
    auto row = userByRef(ref);
    if (!row.ok())
        return row.error();
    if (auto s = guardTarget(actor.value(), row.value(), spec.self, spec.action); !s.ok())
        return s.error();
    if (spec.protectLastOwner)
        if (auto s = checkNotLastOwner(actor.value(), row.value(), spec.action); !s.ok())
            return s.error();
    if (auto s = apply(actor.value(), row.value()); !s.ok()) {
        if (m_db->inTransaction() && s.code() == ErrorCode::PermissionDenied)
            return deny(actor.value(), spec.action, QStringLiteral("user"), QString::number(row->user.id), row->user.username,
                        s.error())
                .error();
        return s.error();
    }
    Result<User> after = makeError(ErrorCode::NotFound, QString());
    QString afterJson = spec.afterNote;
    if (spec.action != QLatin1String("user.delete")) {
        if (auto s = bumpVersion(row->user.id); !s.ok())
            return s.error();
        after = loadUserForOutput(row->user.id);
        if (!after.ok())
            return after.error();
        if (afterJson.isEmpty())
            afterJson = userJson(after.value());
    } else {
        after = row->user;
    }
    if (auto s = audit(actor.value(), spec.action, QStringLiteral("user"), QString::number(row->user.id), row->user.username,
                       spec.reason, userJson(row->user), afterJson);
        !s.ok())
        return s.error();
    if (auto s = commit(tx); !s.ok())
        return s.error();
    return after;
}

Result<User> LocalStore::disableUser(const Principal &principal, const QString &ref, const QString &reasonText,
                                     const QDateTime &until)
{
    auto reason = InputRules::reason(reasonText, true);
    if (!reason.ok())
        return reason.error();
    if (until.isValid() && until <= QDateTime::currentDateTimeUtc())
        return makeError(ErrorCode::InvalidInput, tr("The end of the disablement must lie in the future."));
    UserChangeSpec spec{QStringLiteral("user.disable"), P::UsersDisable, SelfRule::Refuse, true, reason.value(), {}};
    return changeUser(principal, ref, spec, [&](const Actor &, const UserRow &row) -> Status {
        auto q = m_db->prepare(QStringLiteral(
            "UPDATE users SET status = 'disabled', disabled_reason = ?, disabled_until = ? WHERE id = ?"));
        if (!q.ok())
            return q.error();
        q.value().addBindValue(reason.value());
        q.value().addBindValue(toMs(until));
        q.value().addBindValue(row.user.id);
        if (auto s = m_db->exec(q.value()); !s.ok())
            return s;
        // A disabled user's applications lose access at once: sessions, refresh families, access tokens.
        auto revoked = revokeSessions(row.user.id, QStringLiteral("user disabled"));
        return revoked.ok() ? Status(Done{}) : Status(revoked.error());
    });
}

Result<User> LocalStore::enableUser(const Principal &principal, const QString &ref)
{
    UserChangeSpec spec{QStringLiteral("user.enable"), P::UsersDisable, SelfRule::Refuse, false, {}, {}};
    return changeUser(principal, ref, spec, [&](const Actor &, const UserRow &row) -> Status {
        if (row.user.status == UserStatus::Active)
            return makeError(ErrorCode::InvalidInput,
                             tr("%1 is not disabled.").arg(InputRules::escapeForDisplay(row.user.username)));
        auto q = m_db->prepare(QStringLiteral(
            "UPDATE users SET status = 'active', disabled_reason = NULL, disabled_until = NULL WHERE id = ?"));
        if (!q.ok())
            return q.error();
        q.value().addBindValue(row.user.id);
        return m_db->exec(q.value());
    });
}

Status LocalStore::deleteUser(const Principal &principal, const QString &ref)
{
    UserChangeSpec spec{QStringLiteral("user.delete"), P::UsersDelete, SelfRule::Refuse, true, {}, QStringLiteral("{}")};
    auto r = changeUser(principal, ref, spec, [&](const Actor &, const UserRow &row) -> Status {
        auto q = m_db->prepare(QStringLiteral("DELETE FROM users WHERE id = ?"));
        if (!q.ok())
            return q.error();
        q.value().addBindValue(row.user.id);
        return m_db->exec(q.value());
    });
    if (!r.ok())
        return r.error();
    return Done{};
}

Status LocalStore::setPassword(const Principal &principal, const QString &ref, const QString &password, bool mustChange)
{
    if (auto s = InputRules::password(password); !s.ok())
        return s;
    {
        // The policy is checked against the target's own context words before any hashing.
        auto row = userByRef(ref);
        if (row.ok()) {
            auto mfa = hasActiveMfa(row->user.id);
            if (!mfa.ok())
                return mfa.error();
            if (auto s = checkPasswordPolicy(password, row->user, mfa.value()); !s.ok())
                return s;
        }
    }
    const QString hash = crypto::PasswordHasher::hash(password);
    UserChangeSpec spec{QStringLiteral("user.set_password"), P::UsersResetPassword, SelfRule::Refuse, false, {},
                        jsonOf({{QStringLiteral("password"), QStringLiteral("changed")},
                                {QStringLiteral("must_change_password"), mustChange}})};
    auto r = changeUser(principal, ref, spec, [&](const Actor &, const UserRow &row) -> Status {
        auto q = m_db->prepare(QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?"));
        if (!q.ok())
            return q.error();
        q.value().addBindValue(hash);
        q.value().addBindValue(mustChange ? 1 : 0);
        q.value().addBindValue(row.user.id);
        if (auto s = m_db->exec(q.value()); !s.ok())
            return s;
        // A new password forgets every computer that skipped the authenticator code, and ends every
        // application session and token of the user.
        if (auto forgotten = forgetTrustedDevices(row.user.id); !forgotten.ok())
            return forgotten.error();
        if (auto revoked = revokeSessions(row.user.id, QStringLiteral("password reset")); !revoked.ok())
            return revoked.error();
        // An administrator's key slot follows their password.
        auto admin = hasConsolePermission(row.user.id);
        if (!admin.ok())
            return admin.error();
        return admin.value() ? writeAdminSlot(row.user.id, password) : Status(Done{});
    });
    if (!r.ok())
        return r.error();
    return Done{};
}

Status LocalStore::changeOwnPassword(const Principal &principal, const QString &current, const QString &password)
{
    const QString action = QStringLiteral("user.change_password");
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = InputRules::password(password); !s.ok())
        return s;
    auto row = userById(actor->id);
    if (!row.ok())
        return row.error();
    {
        auto mfa = hasActiveMfa(actor->id);
        if (!mfa.ok())
            return mfa.error();
        if (auto s = checkPasswordPolicy(password, row->user, mfa.value()); !s.ok())
            return s;
    }
    auto verified = crypto::PasswordHasher::verify(current, row->passwordHash);
    if (!verified.ok() || !verified.value())
        return deny(actor.value(), action, QStringLiteral("user"), QString::number(actor->id), actor->name,
                    makeError(ErrorCode::AuthenticationFailed, tr("The current password is wrong.")));
    if (password.normalized(QString::NormalizationForm_C) == current.normalized(QString::NormalizationForm_C))
        return makeError(ErrorCode::InvalidInput, tr("The new password must differ from the current one."));
    const QString hash = crypto::PasswordHasher::hash(password);
    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s;
    // The slot is wrapped again under the new password; the old password opens nothing any more.
    if (auto revoked = storeNewPassword(actor->id, password, hash, QStringLiteral("password changed")); !revoked.ok())
        return revoked.error();
    if (auto s = audit(actor.value(), action, QStringLiteral("user"), QString::number(actor->id), actor->name, {},
                       jsonOf({{QStringLiteral("must_change_password"), row->user.mustChangePassword}}),
                       jsonOf({{QStringLiteral("password"), QStringLiteral("changed")},
                               {QStringLiteral("must_change_password"), false}}));
        !s.ok())
        return s;
    return commit(tx);
}

Result<User> LocalStore::addUserRole(const Principal &principal, const QString &ref, const QString &roleName)
{
    UserChangeSpec spec{QStringLiteral("user.role_add"), P::RolesAssign, SelfRule::Refuse, false, {}, {}};
    return changeUser(principal, ref, spec, [&](const Actor &actor, const UserRow &row) -> Status {
        auto role = roleByName(roleName);
        if (!role.ok())
            return role.error();
        if (row.user.roles.contains(role->name))
            return makeError(ErrorCode::AlreadyExists, tr("%1 already has the role %2.")
                                                           .arg(InputRules::escapeForDisplay(row.user.username), role->name));
        for (const QString &p : role->permissions)
            if (P::isConsolePermission(p) && !actor.permissions.contains(p))
                return makeError(ErrorCode::PermissionDenied,
                                 tr("Refused: the role %1 holds %2, which you do not have; you cannot give it.").arg(role->name, p));
        auto q = m_db->prepare(QStringLiteral("INSERT INTO user_roles (user_id, role_id) VALUES (?, ?)"));
        if (!q.ok())
            return q.error();
        q.value().addBindValue(row.user.id);
        q.value().addBindValue(role->id);
        return m_db->exec(q.value());
    });
}

Result<User> LocalStore::removeUserRole(const Principal &principal, const QString &ref, const QString &roleName)
{
    const bool removingOwner = InputRules::foldKey(roleName) == InputRules::foldKey(P::OwnerRole);
    UserChangeSpec spec{QStringLiteral("user.role_remove"), P::RolesAssign, SelfRule::Refuse, removingOwner, {}, {}};
    return changeUser(principal, ref, spec, [&](const Actor &, const UserRow &row) -> Status {
        auto role = roleIdByName(roleName);
        if (!role.ok())
            return role.error();
        auto q = m_db->prepare(QStringLiteral("DELETE FROM user_roles WHERE user_id = ? AND role_id = ?"));
        if (!q.ok())
            return q.error();
        q.value().addBindValue(row.user.id);
        q.value().addBindValue(role.value());
        if (auto s = m_db->exec(q.value()); !s.ok())
            return s;
        if (q.value().numRowsAffected() != 1)
            return makeError(ErrorCode::NotFound, tr("%1 does not have the role %2.")
                                                      .arg(InputRules::escapeForDisplay(row.user.username),
                                                           InputRules::escapeForDisplay(roleName)));
        return pruneAdminSlots();
    });
}

// ---- roles and permissions ------------------------------------------------------------------

Result<QList<Role>> LocalStore::listRoles(const Principal &principal)
{
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::RolesRead, QStringLiteral("role.list"), QStringLiteral("role"), {}, {}); !s.ok())
        return s.error();
    auto q = m_db->prepare(QStringLiteral("SELECT name FROM roles ORDER BY builtin DESC, name_key"));
    if (!q.ok())
        return q.error();
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    QStringList names;
    while (q.value().next())
        names << q.value().value(0).toString();
    QList<Role> roles;
    for (const QString &name : std::as_const(names)) {
        auto role = roleByName(name);
        if (!role.ok())
            return role.error();
        roles << role.value();
    }
    return roles;
}

Result<Role> LocalStore::createRole(const Principal &principal, const QString &nameText, const QString &descriptionText)
{
    const QString action = QStringLiteral("role.create");
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::RolesManage, action, QStringLiteral("role"), {}, nameText.left(128)); !s.ok())
        return s.error();
    auto name = InputRules::roleName(nameText);
    if (!name.ok())
        return name.error();
    auto description = InputRules::description(descriptionText);
    if (!description.ok())
        return description.error();
    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s.error();
    if (roleIdByName(name.value()).ok())
        return makeError(ErrorCode::AlreadyExists, tr("A role named “%1” already exists.").arg(name.value()));
    const qint64 now = nowMs();
    auto q = m_db->prepare(QStringLiteral(
        "INSERT INTO roles (name, name_key, description, builtin, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(name.value());
    q.value().addBindValue(InputRules::foldKey(name.value()));
    q.value().addBindValue(description.value());
    q.value().addBindValue(now);
    q.value().addBindValue(now);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    auto role = roleByName(name.value());
    if (!role.ok())
        return role.error();
    if (auto s = audit(actor.value(), action, QStringLiteral("role"), QString::number(role->id), role->name, {}, {},
                       roleJson(role.value()));
        !s.ok())
        return s.error();
    if (auto s = commit(tx); !s.ok())
        return s.error();
    return role;
}

Result<Role> LocalStore::grantPermission(const Principal &principal, const QString &roleName, const QString &permission)
{
    return changeRolePermission(principal, roleName, permission, true);
}

Result<Role> LocalStore::revokePermission(const Principal &principal, const QString &roleName, const QString &permission)
{
    return changeRolePermission(principal, roleName, permission, false);
}

Result<Role> LocalStore::changeRolePermission(const Principal &principal, const QString &roleName, const QString &permission,
                                              bool grant)
{
    const QString action = grant ? QStringLiteral("role.grant") : QStringLiteral("role.revoke");
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::RolesManage, action, QStringLiteral("role"), {}, roleName.left(128)); !s.ok())
        return s.error();
    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s.error();
    auto role = roleByName(roleName);
    if (!role.ok())
        return role.error();
    auto pq = m_db->prepare(QStringLiteral("SELECT id, kind FROM permissions WHERE name = ?"));
    if (!pq.ok())
        return pq.error();
    pq.value().addBindValue(permission);
    if (auto s = m_db->exec(pq.value()); !s.ok())
        return s.error();
    if (!pq.value().next())
        return makeError(ErrorCode::NotFound,
                         tr("There is no permission “%1”.").arg(InputRules::escapeForDisplay(permission.left(128))));
    const qint64 permissionId = pq.value().value(0).toLongLong();
    const bool console = pq.value().value(1).toString() == QLatin1String("console");
    pq.value().finish();
    const QString roleId = QString::number(role->id);
    auto refuse = [&](const QString &message) {
        return deny(actor.value(), action, QStringLiteral("role"), roleId, role->name,
                    makeError(ErrorCode::PermissionDenied, message));
    };
    // Nobody hands out, or edits a role holding, power they do not have themselves.
    for (const QString &p : role->permissions)
        if (P::isConsolePermission(p) && !actor->permissions.contains(p))
            return refuse(tr("Refused: the role %1 holds %2, which you do not have; you cannot change it.").arg(role->name, p))
                .error();
    if (console && !actor->permissions.contains(permission))
        return refuse(tr("Refused: you cannot grant %1, which you do not hold yourself.").arg(permission)).error();
    if (!grant && console && InputRules::foldKey(role->name) == InputRules::foldKey(P::OwnerRole))
        return refuse(tr("Refused: the owner role always keeps every console permission.")).error();
    if (grant == role->permissions.contains(permission))
        return makeError(grant ? ErrorCode::AlreadyExists : ErrorCode::NotFound,
                         grant ? tr("The role %1 already has %2.").arg(role->name, permission)
                               : tr("The role %1 does not have %2.").arg(role->name, permission));
    auto q = m_db->prepare(grant ? QStringLiteral("INSERT INTO role_permissions (role_id, permission_id) VALUES (?, ?)")
                                 : QStringLiteral("DELETE FROM role_permissions WHERE role_id = ? AND permission_id = ?"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(role->id);
    q.value().addBindValue(permissionId);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    if (!grant)
        if (auto s = pruneAdminSlots(); !s.ok())
            return s.error();
    auto bump = m_db->prepare(QStringLiteral("UPDATE roles SET updated_at = ?, version = version + 1 WHERE id = ?"));
    if (!bump.ok())
        return bump.error();
    bump.value().addBindValue(nowMs());
    bump.value().addBindValue(role->id);
    if (auto s = m_db->exec(bump.value()); !s.ok())
        return s.error();
    auto after = roleByName(role->name);
    if (!after.ok())
        return after.error();
    if (auto s = audit(actor.value(), action, QStringLiteral("role"), roleId, role->name, {}, roleJson(role.value()),
                       roleJson(after.value()));
        !s.ok())
        return s.error();
    if (auto s = commit(tx); !s.ok())
        return s.error();
    return after;
}

Result<QStringList> LocalStore::ownConsolePermissions(const Principal &principal)
{
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    QStringList names(actor->permissions.begin(), actor->permissions.end());
    names.sort();
    return names;
}

Result<QList<Permission>> LocalStore::listPermissions(const Principal &principal)
{
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::RolesRead, QStringLiteral("permission.list"), QStringLiteral("permission"), {}, {});
        !s.ok())
        return s.error();
    auto q = m_db->prepare(QStringLiteral("SELECT name, kind, description FROM permissions ORDER BY kind DESC, name"));
    if (!q.ok())
        return q.error();
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    QList<Permission> out;
    while (q.value().next()) {
        Permission p;
        p.name = q.value().value(0).toString();
        p.kind = q.value().value(1).toString() == QLatin1String("console") ? PermissionKind::Console : PermissionKind::Application;
        p.description = q.value().value(2).toString();
        out << p;
    }
    return out;
}

Result<Permission> LocalStore::createPermission(const Principal &principal, const QString &nameText, const QString &descriptionText)
{
    const QString action = QStringLiteral("permission.create");
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::RolesManage, action, QStringLiteral("permission"), {}, nameText.left(128)); !s.ok())
        return s.error();
    auto name = InputRules::permissionName(nameText);
    if (!name.ok())
        return name.error();
    auto description = InputRules::description(descriptionText);
    if (!description.ok())
        return description.error();
    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s.error();
    auto exists = m_db->prepare(QStringLiteral("SELECT 1 FROM permissions WHERE name = ?"));
    if (!exists.ok())
        return exists.error();
    exists.value().addBindValue(name.value());
    if (auto s = m_db->exec(exists.value()); !s.ok())
        return s.error();
    if (exists.value().next())
        return makeError(ErrorCode::AlreadyExists, tr("The permission %1 already exists.").arg(name.value()));
    auto q = m_db->prepare(QStringLiteral("INSERT INTO permissions (name, kind, description) VALUES (?, 'app', ?)"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(name.value());
    q.value().addBindValue(description.value());
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    if (auto s = audit(actor.value(), action, QStringLiteral("permission"), name.value(), name.value(), {}, {},
                       jsonOf({{QStringLiteral("name"), name.value()},
                               {QStringLiteral("kind"), QStringLiteral("app")},
                               {QStringLiteral("description"), description.value()}}));
        !s.ok())
        return s.error();
    if (auto s = commit(tx); !s.ok())
        return s.error();
    return Permission{name.value(), PermissionKind::Application, description.value()};
}

// ---- import -------------------------------------------------------------------------------

Result<ImportReport> LocalStore::importUsers(const Principal &principal, QIODevice &csv, const ProgressFn &progress,
                                             const std::function<bool()> &isCanceled)
{
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::UsersCreate, QStringLiteral("user.import"), QStringLiteral("user"), {}, {}); !s.ok())
        return s.error();
    QByteArray digest;
    if (!csv.isSequential()) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&csv);
        digest = hash.result();
        csv.seek(0);
    }
    UserCsvReader reader(csv);
    if (auto s = reader.readHeader(); !s.ok())
        return s.error();

    // A large file inserts into every index in key order, not file order: a bigger page cache
    // for the import keeps those pages in memory instead of spilling them to the WAL.
    (void)m_db->execRaw(QStringLiteral("PRAGMA cache_size = -262144"));
    struct RestoreCache {
        Database &db;
        ~RestoreCache() { (void)db.execRaw(QStringLiteral("PRAGMA cache_size = -65536")); }
    } restoreCache{*m_db};
    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s.error();
    ImportReport report;
    QHash<QString, std::pair<qint64, QString>> roleIds; // folded name → (id, name), checked once per role
    ImportProgress p;
    p.bytesTotal = csv.size();
    const qint64 now = nowMs();
    ImportRow row;
    qint64 firstId = 0;
    qint64 lastId = 0;
    auto lineError = [&](qint64 line, const QString &message) {
        return makeError(ErrorCode::InvalidInput, tr("Line %1: %2").arg(line).arg(message));
    };
    ValidatedRowFeed feed(reader);
    for (;;) {
        auto more = feed.next(row);
        if (!more.ok())
            return more.error();
        if (!more.value())
            break;
        if (isCanceled && report.imported % 256 == 0 && isCanceled())
            return makeError(ErrorCode::Canceled, tr("The import was canceled; no user was added."));
        NewUser &user = row.user;
        const QStringList roleNames = std::exchange(user.roles, {});
        QList<qint64> ids;
        for (const QString &roleName : roleNames) {
            const QString key = InputRules::foldKey(roleName);
            auto it = roleIds.constFind(key);
            if (it == roleIds.constEnd()) {
                auto role = roleByName(roleName);
                if (!role.ok())
                    return lineError(row.line, role.message());
                if (!actor->permissions.contains(P::RolesAssign))
                    return require(actor.value(), P::RolesAssign, QStringLiteral("user.import"), QStringLiteral("user"), {}, {})
                        .error();
                for (const QString &perm : role->permissions)
                    if (P::isConsolePermission(perm) && !actor->permissions.contains(perm))
                        return deny(actor.value(), QStringLiteral("user.import"), QStringLiteral("role"),
                                    QString::number(role->id), role->name,
                                    makeError(ErrorCode::PermissionDenied,
                                              tr("Line %1: refused: the role %2 holds %3, which you do not have; you cannot give it.")
                                                  .arg(row.line).arg(role->name, perm)))
                            .error();
                it = roleIds.insert(key, {role->id, role->name});
            }
            ids << it->first;
            user.roles << it->second;
        }
        auto created = insertUser(user, row.user.passwordHash, ids, now);
        if (!created.ok())
            return lineError(row.line, created.message());
        if (report.imported == 0)
            firstId = created->id;
        lastId = created->id;
        ++report.imported;
        if (row.resetRequired)
            ++report.resetRequired;
        else if (row.user.passwordHash.isEmpty())
            ++report.withoutPassword;
        if (progress && report.imported % 10000 == 0) {
            p.rows = report.imported;
            p.bytesRead = feed.bytesRead();
            progress(p);
        }
    }
    // One event for the whole file: who imported which file (by digest), how many users, and
    // the id range they received. A million per-user events would say no more and double the store.
    QJsonObject after{{QStringLiteral("imported"), report.imported},
                      {QStringLiteral("without_password"), report.withoutPassword},
                      {QStringLiteral("reset_required"), report.resetRequired},
                      {QStringLiteral("file_sha256"), QString::fromLatin1(digest.toHex())}};
    if (report.imported > 0) {
        after.insert(QStringLiteral("first_user_id"), firstId);
        after.insert(QStringLiteral("last_user_id"), lastId);
    }
    const auto *file = qobject_cast<const QFileDevice *>(&csv);
    if (auto s = audit(actor.value(), QStringLiteral("user.import"), QStringLiteral("user"),
                       report.imported > 0 ? QStringLiteral("#%1-#%2").arg(firstId).arg(lastId) : QString(),
                       file ? QFileInfo(file->fileName()).fileName() : QString(), {}, {}, jsonOf(after));
        !s.ok())
        return s.error();
    if (auto s = commit(tx); !s.ok())
        return s.error();
    if (progress) {
        p.rows = report.imported;
        p.bytesRead = reader.bytesRead();
        progress(p);
    }
    return report;
}

// ---- audit --------------------------------------------------------------------------------

Result<QList<AuditEvent>> LocalStore::listAudit(const Principal &principal, const AuditQuery &query)
{
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::AuditRead, QStringLiteral("audit.list"), QStringLiteral("audit"), {}, {}); !s.ok())
        return s.error();
    return m_audit->list(query);
}

Result<AuditCount> LocalStore::countAudit(const Principal &principal, const AuditQuery &query)
{
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::AuditRead, QStringLiteral("audit.list"), QStringLiteral("audit"), {}, {}); !s.ok())
        return s.error();
    return m_audit->count(query);
}

Result<AuditVerification> LocalStore::verifyAudit(const Principal &principal)
{
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::AuditRead, QStringLiteral("audit.verify"), QStringLiteral("audit"), {}, {}); !s.ok())
        return s.error();
    return m_audit->verify();
}

} // namespace authdesk
