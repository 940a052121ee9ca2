// LocalStore: the store's keys (data key, administrators' key slots, the keychain cache), its
// settings, and password checks against the policy.
#include "core/audit/AuditLog.h"
#include "core/audit/ChainKeyFile.h"
#include "core/crypto/PasswordHasher.h"
#include "core/crypto/Random.h"
#include "core/crypto/SecretBox.h"
#include "core/crypto/SecureCompare.h"
#include "core/policy/ConsolePermissions.h"
#include "core/policy/InputRules.h"
#include "core/policy/PasswordPolicy.h"
#include "core/policy/StoreSettings.h"
#include "core/secrets/KeySlot.h"
#include "core/secrets/Keychain.h"
#include "core/store/Database.h"
#include "core/store/LocalStore.h"
#include "core/store/LocalStoreInternal.h"

#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>

namespace authdesk {

Q_LOGGING_CATEGORY(lcStoreKeys, "authdesk.store.keys", QtWarningMsg)

namespace P = ConsolePermission;
using store::jsonOf;

namespace {
const QString AuditKeySecret = QStringLiteral("audit_chain_key");

QString keychainEntry(const QString &storeId)
{
    return QStringLiteral("store-key:") + storeId;
}
} // namespace

QDateTime LocalStore::now() const
{
    return m_options.clock ? m_options.clock().toUTC() : QDateTime::currentDateTimeUtc();
}

KeyState LocalStore::keyState() const
{
    if (!m_dataKey.isEmpty())
        return KeyState::Unlocked;
    if (!m_keyedStore && !m_legacyKey.isEmpty())
        return KeyState::Legacy;
    return KeyState::Locked;
}

QByteArray LocalStore::slotAad(qint64 userId) const
{
    return "authdesk-slot-v1\n" + m_storeId.toUtf8() + "\nadmin\n" + QByteArray::number(userId);
}

QByteArray LocalStore::secretAad(const QString &purpose, const QString &owner) const
{
    return "authdesk-secret-v1\n" + m_storeId.toUtf8() + '\n' + purpose.toUtf8() + '\n' + owner.toUtf8();
}

Status LocalStore::unlockWith(const QByteArray &dataKey)
{
    auto q = m_db->prepare(QStringLiteral("SELECT sealed FROM store_secrets WHERE name = ?"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(AuditKeySecret);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s;
    if (!q.value().next())
        return makeError(ErrorCode::Integrity, tr("The store has no sealed audit key."));
    auto auditKey = crypto::SecretBox::open(dataKey, q.value().value(0).toByteArray(),
                                            secretAad(AuditKeySecret, QStringLiteral("store")));
    if (!auditKey.ok())
        return auditKey.error();
    m_dataKey = dataKey;
    m_audit->setKey(std::move(auditKey.value()));
    return Done{};
}

void LocalStore::tryKeychain()
{
    if (!m_options.keychain || !m_keyedStore || !m_dataKey.isEmpty())
        return;
    auto future = m_options.keychain->read(keychainEntry(m_storeId));
    future.waitForFinished();
    if (future.resultCount() == 0)
        return;
    auto read = future.result();
    // No keychain, or no entry: the store stays locked until an administrator signs in.
    if (!read.ok()) {
        qCInfo(lcStoreKeys) << "keychain not used:" << read.message();
        return;
    }
    if (!read.value())
        return;
    QByteArray key = *read.value();
    if (auto s = unlockWith(key); !s.ok())
        qCWarning(lcStoreKeys) << "the keychain's key for this store does not open it; ignored";
    crypto::secureWipe(key);
}

Status LocalStore::setUpKeys(const QByteArray &auditKey)
{
    Q_ASSERT(m_db->inTransaction());
    const QByteArray dataKey = crypto::randomBytes(crypto::SecretBox::KeySize);
    auto q = m_db->prepare(QStringLiteral("INSERT INTO store_secrets (name, sealed) VALUES (?, ?)"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(AuditKeySecret);
    q.value().addBindValue(
        crypto::SecretBox::seal(dataKey, auditKey, secretAad(AuditKeySecret, QStringLiteral("store"))));
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s;
    m_dataKey = dataKey;
    m_keyedStore = true;
    m_audit->setKey(auditKey);
    return Done{};
}

Result<bool> LocalStore::hasConsolePermission(qint64 userId)
{
    auto perms = consolePermissionsOf(userId);
    if (!perms.ok())
        return perms.error();
    return !perms.value().isEmpty();
}

Status LocalStore::writeAdminSlot(qint64 userId, const QString &password)
{
    if (m_dataKey.isEmpty())
        return makeError(ErrorCode::KeyUnavailable, tr("The store is locked, so no key slot can be written."));
    const PasswordSlot slot = KeySlot::wrapWithPassword(m_dataKey, password, slotAad(userId));
    auto del = m_db->prepare(QStringLiteral("DELETE FROM key_slots WHERE kind = 'admin' AND user_id = ?"));
    if (!del.ok())
        return del.error();
    del.value().addBindValue(userId);
    if (auto s = m_db->exec(del.value()); !s.ok())
        return s;
    auto q = m_db->prepare(QStringLiteral("INSERT INTO key_slots (kind, user_id, kdf_salt, kdf_memory_kib, "
                                          "kdf_iterations, kdf_parallelism, wrapped_key, created_at) "
                                          "VALUES ('admin', ?, ?, ?, ?, ?, ?, ?)"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(userId);
    q.value().addBindValue(slot.salt);
    q.value().addBindValue(static_cast<qint64>(slot.memoryKiB));
    q.value().addBindValue(static_cast<qint64>(slot.iterations));
    q.value().addBindValue(static_cast<qint64>(slot.parallelism));
    q.value().addBindValue(slot.wrapped);
    q.value().addBindValue(QDateTime::currentMSecsSinceEpoch());
    return m_db->exec(q.value());
}

Status LocalStore::openOrMakeSlot(qint64 userId, const QString &password)
{
    if (!m_keyedStore) {
        // A store from before key slots: its chain key came from the key file. The first administrator
        // to sign in moves it under a new data key and gets the first slot; the file goes after the commit.
        if (m_legacyKey.isEmpty())
            return Done{};
        if (auto s = setUpKeys(m_legacyKey); !s.ok())
            return s;
        return writeAdminSlot(userId, password);
    }
    auto q = m_db->prepare(
        QStringLiteral("SELECT kdf_salt, kdf_memory_kib, kdf_iterations, kdf_parallelism, wrapped_key FROM key_slots "
                       "WHERE kind = 'admin' AND user_id = ?"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(userId);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s;
    if (!q.value().next())
        return m_dataKey.isEmpty() ? Status(Done{}) : writeAdminSlot(userId, password);
    if (!m_dataKey.isEmpty())
        return Done{}; // already open (keychain, or another administrator here): no second derivation
    PasswordSlot slot;
    slot.salt = q.value().value(0).toByteArray();
    slot.memoryKiB = static_cast<quint32>(q.value().value(1).toLongLong());
    slot.iterations = static_cast<quint32>(q.value().value(2).toLongLong());
    slot.parallelism = static_cast<quint32>(q.value().value(3).toLongLong());
    slot.wrapped = q.value().value(4).toByteArray();
    q.value().finish();
    auto dataKey = KeySlot::unwrapWithPassword(slot, password, slotAad(userId));
    if (!dataKey.ok()) {
        // The password verified but does not open the slot: the slot is older than the password.
        qCWarning(lcStoreKeys) << "a key slot does not open with its user's current password";
        return Done{};
    }
    auto s = unlockWith(dataKey.value());
    crypto::secureWipe(dataKey.value());
    return s;
}

Status LocalStore::pruneAdminSlots()
{
    // Whoever no longer holds a console permission is no administrator: their slot goes.
    return m_db->execRaw(
        QStringLiteral("DELETE FROM key_slots WHERE kind = 'admin' AND user_id NOT IN ("
                       "SELECT ur.user_id FROM user_roles ur JOIN role_permissions rp ON rp.role_id = ur.role_id "
                       "JOIN permissions p ON p.id = rp.permission_id WHERE p.kind = 'console')"));
}

Status LocalStore::requireUnlocked()
{
    if (!m_dataKey.isEmpty())
        return Done{};
    return makeError(ErrorCode::KeyUnavailable,
                     tr("The store is locked: its secrets are sealed under a key that your account cannot open here. "
                        "Sign in as an administrator whose password opens it, or run “authdesk-cli unlock”."));
}

// ---- settings -------------------------------------------------------------------------------

Result<QHash<QString, QString>> LocalStore::readSettings()
{
    auto q = m_db->prepare(QStringLiteral("SELECT name, value FROM settings"));
    if (!q.ok())
        return q.error();
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    QHash<QString, QString> out;
    while (q.value().next())
        out.insert(q.value().value(0).toString(), q.value().value(1).toString());
    return out;
}

Result<QList<StoreSetting>> LocalStore::settings(const Principal &principal)
{
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    // Every administrator may read the rules their changes are checked against.
    if (actor->permissions.isEmpty())
        return require(actor.value(), P::SettingsManage, QStringLiteral("settings.show"), QStringLiteral("store"), {},
                       {})
            .error();
    auto stored = readSettings();
    if (!stored.ok())
        return stored.error();
    QList<StoreSetting> out;
    for (const QString &key : StoreSettings::keys()) {
        StoreSetting s;
        s.key = key;
        s.isDefault = !stored->contains(key);
        s.value = s.isDefault ? StoreSettings::defaultValue(key) : stored->value(key);
        s.description = StoreSettings::description(key);
        out << s;
    }
    return out;
}

Status LocalStore::setSetting(const Principal &principal, const QString &key, const QString &value)
{
    const QString action = QStringLiteral("settings.change");
    invalidateAuthCache();
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s =
            require(actor.value(), P::SettingsManage, action, QStringLiteral("setting"), key.left(64), key.left(64));
        !s.ok())
        return s;
    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s;
    auto stored = readSettings();
    if (!stored.ok())
        return stored.error();
    auto normalized = StoreSettings::validate(key, value, stored.value());
    if (!normalized.ok())
        return normalized.error();
    const QString before = stored->value(key, StoreSettings::defaultValue(key));
    if (before == normalized.value())
        return Done{};
    auto q = m_db->prepare(
        QStringLiteral("INSERT INTO settings (name, value, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(key);
    q.value().addBindValue(normalized.value());
    q.value().addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s;
    if (auto s = audit(actor.value(), action, QStringLiteral("setting"), key, key, {}, jsonOf({{key, before}}),
                       jsonOf({{key, normalized.value()}}));
        !s.ok())
        return s;
    return commit(tx);
}

Status LocalStore::checkPasswordPolicy(const QString &password, const User &user, bool hasMfa)
{
    auto stored = readSettings();
    if (!stored.ok())
        return stored.error();
    const PasswordPolicy policy = PasswordPolicy::fromSettings(stored.value());
    return policy.check(password, PasswordContext{user.username, user.email, user.displayName, hasMfa});
}

Result<bool> LocalStore::hasActiveMfa(qint64 userId)
{
    auto q = m_db->prepare(QStringLiteral("SELECT 1 FROM mfa_factors WHERE user_id = ? AND state = 'active'"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(userId);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    return q.value().next();
}

// ---- passwords ------------------------------------------------------------------------------

Result<bool> LocalStore::verifyPassword(const Principal &principal, const QString &ref, const QString &password)
{
    const QString action = QStringLiteral("user.verify_password");
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    // Checking a guess against someone's password is as strong as setting it.
    if (auto s = require(actor.value(), P::UsersResetPassword, action, QStringLiteral("user"), {}, ref.left(128));
        !s.ok())
        return s.error();
    if (password.size() > InputRules::MaxPasswordLength * 2)
        return makeError(ErrorCode::InvalidInput, tr("The password is too long to be anyone's."));
    auto row = userByRef(ref);
    if (!row.ok())
        return row.error();
    if (auto s = guardTarget(actor.value(), row.value(), SelfRule::Allow, action); !s.ok())
        return s.error();
    bool match = false;
    if (!row->passwordHash.isEmpty()) {
        auto verified = crypto::PasswordHasher::verify(password, row->passwordHash);
        if (!verified.ok())
            return verified.error();
        match = verified.value();
    }
    const QString oldScheme =
        row->passwordHash.isEmpty() ? QString() : crypto::PasswordHasher::inspect(row->passwordHash)->scheme;
    const bool upgrade = match && crypto::PasswordHasher::needsRehash(row->passwordHash);
    const QString rehashed = upgrade ? crypto::PasswordHasher::hash(password) : QString();
    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s.error();
    if (upgrade) {
        auto q = m_db->prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?"));
        if (!q.ok())
            return q.error();
        q.value().addBindValue(rehashed);
        q.value().addBindValue(row->user.id);
        q.value().addBindValue(row->passwordHash);
        if (auto s = m_db->exec(q.value()); !s.ok())
            return s.error();
    }
    AuditEvent e;
    e.actorId = actor->id;
    e.actorName = actor->name;
    e.action = action;
    e.targetType = QStringLiteral("user");
    e.targetId = QString::number(row->user.id);
    e.targetName = row->user.username;
    e.result = match ? AuditResult::Success : AuditResult::Failed;
    e.reason = match ? QString()
                     : (row->passwordHash.isEmpty() ? tr("the account has no password set") : tr("wrong password"));
    if (upgrade) {
        e.before = jsonOf({{QStringLiteral("password_scheme"), oldScheme}});
        e.after = jsonOf({{QStringLiteral("password_scheme"), QStringLiteral("argon2id")}});
    }
    if (auto s = m_audit->append(e); !s.ok())
        return s.error();
    if (auto s = commit(tx); !s.ok())
        return s.error();
    return match;
}

// ---- the keychain ---------------------------------------------------------------------------

Status LocalStore::rememberKeyInKeychain(const Principal &principal)
{
    return keepKeyInKeychain(principal, true);
}

Status LocalStore::forgetKeyInKeychain(const Principal &principal)
{
    return keepKeyInKeychain(principal, false);
}

Status LocalStore::keepKeyInKeychain(const Principal &principal, bool keep)
{
    const QString action = keep ? QStringLiteral("store.key_remember") : QStringLiteral("store.key_forget");
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    // Any administrator may keep the key on their own desktop; nobody else (require() says why).
    if (actor->permissions.isEmpty() || actor->mustChangePassword)
        return require(actor.value(), P::SettingsManage, action, QStringLiteral("store"), m_storeId, location());
    if (keep)
        if (auto s = requireUnlocked(); !s.ok())
            return s;
    if (!m_options.keychain)
        return makeError(ErrorCode::KeyUnavailable, tr("No keychain is configured for this store."));
    auto future = keep ? m_options.keychain->write(keychainEntry(m_storeId), m_dataKey)
                       : m_options.keychain->remove(keychainEntry(m_storeId));
    future.waitForFinished();
    const Status done =
        future.resultCount() > 0 ? future.result() : Status(makeError(ErrorCode::Canceled, tr("Canceled.")));
    if (keep && done.code() == ErrorCode::KeyUnavailable)
        return makeError(
            ErrorCode::KeyUnavailable,
            tr("No keychain is available on this desktop (no Secret Service), so it cannot keep the store's "
               "key. The store opens with an administrator's password as before."));
    if (!done.ok())
        return done;
    AuditEvent e;
    e.actorId = actor->id;
    e.actorName = actor->name;
    e.action = action;
    e.targetType = QStringLiteral("store");
    e.targetId = m_storeId;
    e.targetName = location();
    e.reason = keep ? tr("the store's key is kept in this desktop's keychain")
                    : tr("the store's key was removed from this desktop's keychain");
    return auditOutsideTransaction(e);
}

} // namespace authdesk
