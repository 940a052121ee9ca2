// LocalStore: the JWT mode of applications' sign-in. A login makes a refresh-token family (a
// sessions row of kind 'refresh', absolute expiry auth.refresh_token_days) and answers with a
// short-lived access token (JWT, typ at+jwt, auth.access_token_minutes) and an opaque refresh
// token. Each refresh uses the presented token up and answers with a new pair of the same family;
// presenting a used one again revokes the family (a likely theft: the thief or the user holds a
// copy). Validation here is the full check: signature and claims (core/auth/Jwt), then one query
// for what a JWT cannot carry — the jti deny list, the user's "revoke all" time, the family's end
// and the account's state. Applications that only verify with the JWKS get the stateless part.
//
// Signing keys live in signing_keys, the private part sealed under the data key; one is active
// (signs), older ones are retiring (verify until the last token they signed expires), then retired.

#include "core/audit/AuditLog.h"
#include "core/auth/OpaqueToken.h"
#include "core/crypto/Random.h"
#include "core/crypto/SecretBox.h"
#include "core/crypto/SecureCompare.h"
#include "core/policy/ConsolePermissions.h"
#include "core/policy/InputRules.h"
#include "core/policy/StoreSettings.h"
#include "core/store/Database.h"
#include "core/store/LocalStore.h"
#include "core/store/LocalStoreInternal.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace authdesk {

namespace P = ConsolePermission;
using store::fromMs;
using store::jsonOf;

namespace {
const QString AccessType = QStringLiteral("at+jwt");
constexpr int LeewaySeconds = 30;
constexpr auto B64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QString randomId(int bytes)
{
    return QString::fromLatin1(crypto::randomBytes(bytes).toBase64(B64));
}

SigningKeyInfo::State stateOf(const QString &text)
{
    return text == QLatin1String("active")     ? SigningKeyInfo::State::Active
           : text == QLatin1String("retiring") ? SigningKeyInfo::State::Retiring
                                               : SigningKeyInfo::State::Retired;
}
} // namespace

struct LocalStore::JwtSettings {
    QString issuer;
    QString audience;
    StoreSettings::AuthTiming timing;
};

Result<QHash<QString, QString>> LocalStore::hotSettings()
{
    const qint64 version = m_db->dataVersion();
    if (m_authCache.valid && version >= 0 && version == m_authCache.dataVersion)
        return m_authCache.settings;
    auto settings = readSettings();
    if (!settings.ok())
        return settings.error();
    m_authCache.settings = settings.value();
    m_authCache.keys.reset();
    m_authCache.dataVersion = version;
    m_authCache.valid = version >= 0;
    return settings;
}

Result<LocalStore::JwtSettings> LocalStore::jwtSettings()
{
    auto settings = hotSettings();
    if (!settings.ok())
        return settings.error();
    return JwtSettings{StoreSettings::jwtIssuer(settings.value(), m_storeId), StoreSettings::jwtAudience(settings.value()),
                       StoreSettings::authTiming(settings.value())};
}

// ---- signing keys ----------------------------------------------------------------------------

Result<jwt::Key> LocalStore::unsealSigningKey(const QString &kid, const QString &algorithm, const QByteArray &sealed)
{
    if (auto cached = m_signingKeys.constFind(kid); cached != m_signingKeys.constEnd())
        return cached.value();
    if (auto s = requireUnlocked(); !s.ok())
        return s.error();
    const auto alg = jwt::algorithmFromName(algorithm);
    if (!alg)
        return makeError(ErrorCode::Integrity, tr("The signing key %1 names an unknown algorithm.").arg(kid));
    auto material = crypto::SecretBox::open(m_dataKey, sealed, secretAad(QStringLiteral("signing_key"), kid));
    if (!material.ok())
        return material.error();
    auto key = jwt::Key::fromPrivateMaterial(*alg, kid, material.value());
    crypto::secureWipe(material.value());
    if (!key.ok())
        return key.error();
    m_signingKeys.insert(kid, key.value());
    return key.value();
}

Result<SigningKeyInfo> LocalStore::insertSigningKey(jwt::Algorithm algorithm)
{
    Q_ASSERT(m_db->inTransaction());
    if (auto s = requireUnlocked(); !s.ok())
        return s.error();
    const QDateTime at = now();
    const QString kid = at.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-') + randomId(9);
    auto key = jwt::Key::generate(algorithm, kid);
    if (!key.ok())
        return key.error();
    QByteArray material = key->privateMaterial();
    const QByteArray sealed = crypto::SecretBox::seal(m_dataKey, material, secretAad(QStringLiteral("signing_key"), kid));
    crypto::secureWipe(material);
    // The active key retires gracefully: it verifies until the tokens it signed have expired.
    auto retire = m_db->prepare(QStringLiteral("UPDATE signing_keys SET state = 'retiring', retiring_since = ? "
                                               "WHERE state = 'active'"));
    if (!retire.ok())
        return retire.error();
    retire.value().addBindValue(at.toMSecsSinceEpoch());
    if (auto s = m_db->exec(retire.value()); !s.ok())
        return s.error();
    const QJsonObject jwk = key->publicJwk();
    auto q = m_db->prepare(QStringLiteral("INSERT INTO signing_keys (kid, algorithm, state, key_sealed, public_jwk, "
                                          "created_at, activated_at) VALUES (?, ?, 'active', ?, ?, ?, ?)"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(kid);
    q.value().addBindValue(jwt::algorithmName(algorithm));
    q.value().addBindValue(sealed);
    q.value().addBindValue(jwk.isEmpty() ? QStringLiteral("") : jsonOf(jwk));
    q.value().addBindValue(at.toMSecsSinceEpoch());
    q.value().addBindValue(at.toMSecsSinceEpoch());
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    m_signingKeys.insert(kid, key.value());
    invalidateAuthCache();
    SigningKeyInfo info;
    info.kid = kid;
    info.algorithm = jwt::algorithmName(algorithm);
    info.state = SigningKeyInfo::State::Active;
    info.createdAt = info.activatedAt = fromMs(at.toMSecsSinceEpoch());
    info.publicJwk = jwk;
    return info;
}

Result<jwt::Key> LocalStore::activeSigningKey()
{
    auto q = m_db->prepare(QStringLiteral("SELECT kid, algorithm, key_sealed FROM signing_keys WHERE state = 'active'"));
    if (!q.ok())
        return q.error();
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    if (q.value().next()) {
        const QString kid = q.value().value(0).toString();
        const QString alg = q.value().value(1).toString();
        const QByteArray sealed = q.value().value(2).toByteArray();
        q.value().finish();
        return unsealSigningKey(kid, alg, sealed);
    }
    q.value().finish();
    // The first JWT login of a store makes its first key (Ed25519), recorded like a rotation.
    auto made = insertSigningKey(jwt::Algorithm::EdDSA);
    if (!made.ok())
        return made.error();
    AuditEvent e;
    e.actorName = QStringLiteral("authdesk");
    e.action = QStringLiteral("keys.rotate");
    e.targetType = QStringLiteral("signing_key");
    e.targetId = e.targetName = made->kid;
    e.reason = tr("the first JWT login made the store's first signing key");
    e.after = jsonOf({{QStringLiteral("algorithm"), made->algorithm}});
    if (auto s = m_audit->append(e); !s.ok())
        return s.error();
    return m_signingKeys.value(made->kid);
}

Result<QList<jwt::Key>> LocalStore::verificationKeys()
{
    auto settings = jwtSettings();
    if (!settings.ok())
        return settings.error();
    // A retiring key verifies until the last access token it can have signed has expired.
    const qint64 graceMs = (qint64(settings->timing.accessTokenMinutes) * 60 + LeewaySeconds) * 1000;
    const qint64 at = now().toMSecsSinceEpoch();
    if (!m_authCache.keys) {
        auto q = m_db->prepare(QStringLiteral("SELECT kid, algorithm, key_sealed, state, retiring_since FROM signing_keys "
                                              "WHERE state IN ('active', 'retiring')"));
        if (!q.ok())
            return q.error();
        if (auto s = m_db->exec(q.value()); !s.ok())
            return s.error();
        QList<SigningKeyRow> read;
        while (q.value().next())
            read << SigningKeyRow{q.value().value(0).toString(), q.value().value(1).toString(),
                                  q.value().value(3).toString(), q.value().value(2).toByteArray(),
                                  q.value().value(4).toLongLong()};
        q.value().finish();
        m_authCache.keys = read;
    }
    using Row = SigningKeyRow;
    const QList<Row> rows = *m_authCache.keys;
    QList<jwt::Key> keys;
    QStringList expired;
    for (const Row &r : std::as_const(rows)) {
        if (r.state == QLatin1String("retiring") && r.retiringSince + graceMs < at) {
            expired << r.kid;
            continue;
        }
        auto key = unsealSigningKey(r.kid, r.algorithm, r.sealed);
        if (!key.ok())
            return key.error();
        keys << key.value();
    }
    if (!expired.isEmpty() && !m_db->inTransaction()) {
        WriteTransaction tx(*m_db);
        if (auto s = begin(tx); !s.ok())
            return s.error();
        for (const QString &kid : std::as_const(expired)) {
            auto upd = m_db->prepare(QStringLiteral("UPDATE signing_keys SET state = 'retired', retired_at = ? "
                                                    "WHERE kid = ? AND state = 'retiring'"));
            if (!upd.ok())
                return upd.error();
            upd.value().addBindValue(at);
            upd.value().addBindValue(kid);
            if (auto s = m_db->exec(upd.value()); !s.ok())
                return s.error();
            m_signingKeys.remove(kid);
        }
        if (auto s = commit(tx); !s.ok())
            return s.error();
        invalidateAuthCache();
    }
    return keys;
}

Result<QList<SigningKeyInfo>> LocalStore::listSigningKeys(const Principal &principal)
{
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::SessionsRead, QStringLiteral("keys.list"), QStringLiteral("store"), m_storeId, {});
        !s.ok())
        return s.error();
    if (m_audit->hasKey())
        (void)verificationKeys(); // retires what is due, so the list is current
    auto q = m_db->prepare(QStringLiteral("SELECT kid, algorithm, state, public_jwk, created_at, activated_at, "
                                          "retiring_since, retired_at FROM signing_keys ORDER BY id DESC"));
    if (!q.ok())
        return q.error();
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    QList<SigningKeyInfo> keys;
    while (q.value().next()) {
        SigningKeyInfo k;
        k.kid = q.value().value(0).toString();
        k.algorithm = q.value().value(1).toString();
        k.state = stateOf(q.value().value(2).toString());
        k.publicJwk = QJsonDocument::fromJson(q.value().value(3).toString().toUtf8()).object();
        k.createdAt = fromMs(q.value().value(4));
        k.activatedAt = fromMs(q.value().value(5));
        k.retiringSince = fromMs(q.value().value(6));
        k.retiredAt = fromMs(q.value().value(7));
        keys << k;
    }
    return keys;
}

Result<SigningKeyInfo> LocalStore::rotateSigningKey(const Principal &principal, jwt::Algorithm algorithm)
{
    const QString action = QStringLiteral("keys.rotate");
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::SettingsManage, action, QStringLiteral("store"), m_storeId, {}); !s.ok())
        return s.error();
    if (auto s = requireUnlocked(); !s.ok())
        return s.error();
    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s.error();
    auto made = insertSigningKey(algorithm);
    if (!made.ok())
        return made.error();
    if (auto s = audit(actor.value(), action, QStringLiteral("signing_key"), made->kid, made->kid, {}, {},
                       jsonOf({{QStringLiteral("algorithm"), made->algorithm}}));
        !s.ok())
        return s.error();
    if (auto s = commit(tx); !s.ok()) {
        m_signingKeys.remove(made->kid);
        invalidateAuthCache();
        return s.error();
    }
    return made;
}

Status LocalStore::retireSigningKey(const Principal &principal, const QString &kid)
{
    const QString action = QStringLiteral("keys.retire");
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::SettingsManage, action, QStringLiteral("signing_key"), kid.left(64), kid.left(64));
        !s.ok())
        return s;
    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s;
    auto q = m_db->prepare(QStringLiteral("SELECT state FROM signing_keys WHERE kid = ?"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(kid);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s;
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, tr("There is no signing key “%1”.").arg(InputRules::escapeForDisplay(kid.left(64))));
    const QString state = q.value().value(0).toString();
    q.value().finish();
    if (state == QLatin1String("active"))
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is the active signing key: rotate to a new one first (keys rotate).").arg(kid));
    if (state == QLatin1String("retired"))
        return commit(tx); // nothing to do
    auto upd = m_db->prepare(QStringLiteral("UPDATE signing_keys SET state = 'retired', retired_at = ? WHERE kid = ?"));
    if (!upd.ok())
        return upd.error();
    upd.value().addBindValue(now().toMSecsSinceEpoch());
    upd.value().addBindValue(kid);
    if (auto s = m_db->exec(upd.value()); !s.ok())
        return s;
    if (auto s = audit(actor.value(), action, QStringLiteral("signing_key"), kid, kid, {},
                       jsonOf({{QStringLiteral("state"), state}}), jsonOf({{QStringLiteral("state"), QStringLiteral("retired")}}));
        !s.ok())
        return s;
    if (auto s = commit(tx); !s.ok())
        return s;
    m_signingKeys.remove(kid);
    invalidateAuthCache();
    return Done{};
}

Result<QByteArray> LocalStore::jwks()
{
    // Only the public halves, read from the table (no key needs unsealing to publish them).
    auto q = m_db->prepare(QStringLiteral("SELECT kid, algorithm, public_jwk FROM signing_keys "
                                          "WHERE state IN ('active', 'retiring') AND public_jwk <> '' ORDER BY id DESC"));
    if (!q.ok())
        return q.error();
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    QList<jwt::Key> keys;
    while (q.value().next()) {
        auto key = jwt::Key::fromJwk(QJsonDocument::fromJson(q.value().value(2).toString().toUtf8()).object());
        if (!key.ok())
            return makeError(ErrorCode::Integrity,
                             tr("The public key of %1 in the store is damaged: %2").arg(q.value().value(0).toString(), key.message()));
        keys << key.value();
    }
    return jwt::toJwks(keys);
}

// ---- issuing, refreshing ---------------------------------------------------------------------

Status LocalStore::issueJwtPair(LoginResult &result, qint64 familyId, qint64 generation, const QDateTime &familyExpires)
{
    auto settings = jwtSettings();
    if (!settings.ok())
        return settings.error();
    auto key = activeSigningKey();
    if (!key.ok())
        return key.error();
    const QDateTime at = now();
    const qint64 iat = at.toSecsSinceEpoch();
    result.accessExpiresAt = QDateTime::fromSecsSinceEpoch(iat + qint64(settings->timing.accessTokenMinutes) * 60, Qt::UTC);
    QJsonObject claims{{QStringLiteral("iss"), settings->issuer},
                       {QStringLiteral("aud"), settings->audience},
                       {QStringLiteral("sub"), QString::number(result.userId)},
                       {QStringLiteral("preferred_username"), result.username},
                       {QStringLiteral("jti"), randomId(16)},
                       {QStringLiteral("iat"), iat},
                       {QStringLiteral("nbf"), iat},
                       {QStringLiteral("exp"), result.accessExpiresAt.toSecsSinceEpoch()},
                       {QStringLiteral("sid"), QString::number(familyId)},
                       {QStringLiteral("amr"), result.mfaUsed ? QJsonArray{QStringLiteral("pwd"), QStringLiteral("otp")}
                                                              : QJsonArray{QStringLiteral("pwd")}}};
    // "Must change password": the token says so, and validation answers passwordChangeOnly.
    if (result.passwordChangeOnly)
        claims.insert(QStringLiteral("scope"), QStringLiteral("password_change"));
    auto signedToken = jwt::sign(key.value(), claims, AccessType);
    if (!signedToken.ok())
        return signedToken.error();
    result.accessToken = signedToken.value();
    result.refreshToken = token::generate(token::RefreshPrefix);
    result.refreshExpiresAt = familyExpires;
    result.sessionId = familyId;
    result.mode = TokenMode::Jwt;
    auto q = m_db->prepare(QStringLiteral(
        "INSERT INTO refresh_tokens (token_hash, session_id, generation, created_at) VALUES (?, ?, ?, ?)"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(token::hash(result.refreshToken));
    q.value().addBindValue(familyId);
    q.value().addBindValue(generation);
    q.value().addBindValue(at.toMSecsSinceEpoch());
    return m_db->exec(q.value());
}

Result<LoginResult> LocalStore::startRefreshFamily(const UserRow &row, const LoginRequest &request, bool mfaUsed)
{
    auto settings = jwtSettings();
    if (!settings.ok())
        return settings.error();
    const QDateTime at = now();
    const QDateTime expires = at.addDays(settings->timing.refreshTokenDays);
    auto q = m_db->prepare(QStringLiteral(
        "INSERT INTO sessions (user_id, kind, token_hash, created_at, last_seen_at, idle_expires_at, expires_at, ip, "
        "user_agent, mfa_used, password_change_only) VALUES (?, 'refresh', NULL, ?, ?, NULL, ?, ?, ?, ?, ?)"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(row.user.id);
    q.value().addBindValue(at.toMSecsSinceEpoch());
    q.value().addBindValue(at.toMSecsSinceEpoch());
    q.value().addBindValue(expires.toMSecsSinceEpoch());
    q.value().addBindValue(store::clientText(request.client.ip));
    q.value().addBindValue(store::clientText(request.client.userAgent));
    q.value().addBindValue(mfaUsed ? 1 : 0);
    q.value().addBindValue(row.user.mustChangePassword ? 1 : 0);
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    LoginResult result;
    result.userId = row.user.id;
    result.username = row.user.username;
    result.mfaUsed = mfaUsed;
    result.passwordChangeOnly = row.user.mustChangePassword;
    if (auto s = issueJwtPair(result, q.value().lastInsertId().toLongLong(), 0, expires); !s.ok())
        return s.error();
    return result;
}

Result<LoginResult> LocalStore::appRefresh(const QString &refreshToken, const ClientInfo &client)
{
    const Error unknown = makeError(ErrorCode::AuthenticationFailed, tr("That refresh token is unknown to this store."));
    if (!token::isWellFormed(refreshToken, token::RefreshPrefix))
        return makeError(ErrorCode::AuthenticationFailed, tr("That is not a refresh token AuthDesk issued (adr_ and 43 characters)."));
    if (!m_audit->hasKey())
        return makeError(ErrorCode::KeyUnavailable,
                         tr("The store's data key is not open here (AUTHDESK_KEY_FILE), so no token can be signed."));
    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s.error();
    auto q = m_db->prepare(QStringLiteral(
        "SELECT t.used_at, t.generation, s.id, s.user_id, u.username, s.expires_at, s.revoked_at, s.revoked_reason, "
        "s.mfa_used, s.password_change_only, s.generation, u.status, u.disabled_until, s.created_at, u.tokens_not_before "
        "FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id JOIN users u ON u.id = s.user_id "
        "WHERE t.token_hash = ?"));
    if (!q.ok())
        return q.error();
    q.value().addBindValue(token::hash(refreshToken));
    if (auto s = m_db->exec(q.value()); !s.ok())
        return s.error();
    if (!q.value().next())
        return unknown;
    const QSqlQuery &r = q.value();
    const bool used = !r.value(0).isNull();
    const qint64 tokenGeneration = r.value(1).toLongLong();
    const qint64 familyId = r.value(2).toLongLong();
    LoginResult result;
    result.userId = r.value(3).toLongLong();
    result.username = r.value(4).toString();
    const QDateTime expires = fromMs(r.value(5));
    const QDateTime revokedAt = fromMs(r.value(6));
    const QString revokedReason = r.value(7).toString();
    result.mfaUsed = r.value(8).toInt() != 0;
    result.passwordChangeOnly = r.value(9).toInt() != 0;
    const qint64 familyGeneration = r.value(10).toLongLong();
    User status;
    status.status = r.value(11).toString() == QLatin1String("disabled") ? UserStatus::Disabled : UserStatus::Active;
    status.disabledUntil = fromMs(r.value(12));
    const QDateTime createdAt = fromMs(r.value(13));
    const QDateTime notBefore = fromMs(r.value(14));
    q.value().finish();
    const QDateTime at = now();
    if (revokedAt.isValid())
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("This login was ended at %1 (%2).")
                             .arg(revokedAt.toString(Qt::ISODate), InputRules::escapeForDisplay(revokedReason)));
    if (notBefore.isValid() && createdAt < notBefore)
        return makeError(ErrorCode::AuthenticationFailed, tr("This login was ended by a sign-out everywhere."));
    if (at >= expires)
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("This login expired at %1; log in again.").arg(expires.toString(Qt::ISODate)));
    if (!status.isEffectivelyActive(at))
        return makeError(ErrorCode::AuthenticationFailed, tr("The account is disabled."));
    if (used || tokenGeneration != familyGeneration) {
        // A used refresh token again: whoever holds the newer one, the family is compromised.
        auto end = m_db->prepare(QStringLiteral("UPDATE sessions SET revoked_at = ?, revoked_reason = ? WHERE id = ?"));
        if (!end.ok())
            return end.error();
        end.value().addBindValue(at.toMSecsSinceEpoch());
        end.value().addBindValue(QStringLiteral("refresh token reused"));
        end.value().addBindValue(familyId);
        if (auto s = m_db->exec(end.value()); !s.ok())
            return s.error();
        AuditEvent e;
        e.actorId = result.userId;
        e.actorName = e.targetName = result.username;
        e.action = QStringLiteral("auth.refresh_reuse");
        e.targetType = QStringLiteral("session");
        e.targetId = QString::number(familyId);
        e.result = AuditResult::Denied;
        e.reason = tr("a refresh token of generation %1 was presented again after use (the family is at %2): "
                      "likely stolen; the whole family was revoked")
                       .arg(tokenGeneration)
                       .arg(familyGeneration);
        QJsonObject details{{QStringLiteral("family"), familyId}};
        if (!client.ip.isEmpty())
            details.insert(QStringLiteral("ip"), client.ip.left(64));
        e.after = jsonOf(details);
        if (auto s = m_audit->append(e); !s.ok())
            return s.error();
        if (auto s = commit(tx); !s.ok())
            return s.error();
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("That refresh token was already used: the login it belongs to was ended for safety. Log in again."));
    }
    auto use = m_db->prepare(QStringLiteral("UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL"));
    if (!use.ok())
        return use.error();
    use.value().addBindValue(at.toMSecsSinceEpoch());
    use.value().addBindValue(token::hash(refreshToken));
    if (auto s = m_db->exec(use.value()); !s.ok())
        return s.error();
    auto bump = m_db->prepare(QStringLiteral("UPDATE sessions SET generation = generation + 1, last_seen_at = ?, ip = "
                                             "CASE WHEN ? = '' THEN ip ELSE ? END WHERE id = ?"));
    if (!bump.ok())
        return bump.error();
    const QString ip = store::clientText(client.ip);
    bump.value().addBindValue(at.toMSecsSinceEpoch());
    bump.value().addBindValue(ip);
    bump.value().addBindValue(ip);
    bump.value().addBindValue(familyId);
    if (auto s = m_db->exec(bump.value()); !s.ok())
        return s.error();
    if (auto s = issueJwtPair(result, familyId, familyGeneration + 1, expires); !s.ok())
        return s.error();
    if (auto s = commit(tx); !s.ok()) {
        crypto::secureWipe(result.refreshToken);
        return s.error();
    }
    return result;
}

// ---- validating, logging out -------------------------------------------------------------------

Result<TokenInfo> LocalStore::validateAccessToken(const QString &token)
{
    auto settings = jwtSettings();
    if (!settings.ok())
        return settings.error();
    auto keys = verificationKeys();
    if (!keys.ok())
        return keys.error();
    jwt::Expectations expect;
    expect.issuer = settings->issuer;
    expect.audience = settings->audience;
    expect.type = AccessType;
    expect.leewaySeconds = LeewaySeconds;
    expect.now = now();
    const jwt::Verification v = jwt::verify(token, keys.value(), expect);
    if (!v.valid())
        return makeError(ErrorCode::AuthenticationFailed, v.message);
    bool idOk = false;
    const qint64 userId = v.claims.value(QStringLiteral("sub")).toString().toLongLong(&idOk);
    const qint64 familyId = v.claims.value(QStringLiteral("sid")).toString().toLongLong();
    const QString jti = v.claims.value(QStringLiteral("jti")).toString();
    if (!idOk || userId <= 0)
        return makeError(ErrorCode::AuthenticationFailed, tr("The token's subject is not a user of this store."));
    // What a JWT cannot carry, in one query: the deny list, "revoke all", the family, the account.
    auto q = m_db->cached(QStringLiteral(
        "SELECT u.username, u.status, u.disabled_until, u.tokens_not_before, s.revoked_at, s.revoked_reason, "
        "s.created_at, (SELECT revoked_at FROM revoked_tokens WHERE jti = ?) FROM users u "
        "LEFT JOIN sessions s ON s.id = ? AND s.user_id = u.id WHERE u.id = ?"));
    if (!q.ok())
        return q.error();
    QSqlQuery &r = *q.value();
    r.bindValue(0, jti);
    r.bindValue(1, familyId);
    r.bindValue(2, userId);
    if (auto s = m_db->exec(r); !s.ok())
        return s.error();
    if (!r.next()) {
        r.finish();
        return makeError(ErrorCode::AuthenticationFailed, tr("The token's user no longer exists."));
    }
    const QDateTime issuedAt = QDateTime::fromSecsSinceEpoch(v.claims.value(QStringLiteral("iat")).toInteger(), Qt::UTC);
    User status;
    status.status = r.value(1).toString() == QLatin1String("disabled") ? UserStatus::Disabled : UserStatus::Active;
    status.disabledUntil = fromMs(r.value(2));
    const QDateTime notBefore = fromMs(r.value(3));
    const QDateTime familyRevoked = fromMs(r.value(4));
    const QString familyReason = r.value(5).toString();
    const QDateTime familyCreated = fromMs(r.value(6));
    const bool denied = !r.value(7).isNull();
    const QString username = r.value(0).toString();
    const bool familyFound = !r.value(6).isNull();
    r.finish();
    auto revoked = [](const QString &why) { return makeError(ErrorCode::AuthenticationFailed, why); };
    if (denied)
        return revoked(tr("The token was revoked (its jti is on the deny list)."));
    if (!familyFound)
        return revoked(tr("The login this token came from no longer exists."));
    if (familyRevoked.isValid())
        return revoked(tr("The login this token came from was ended at %1 (%2).")
                           .arg(familyRevoked.toString(Qt::ISODate), InputRules::escapeForDisplay(familyReason)));
    // Issued before the user's "revoke all" time: by its login's start, or surely by its iat.
    if (notBefore.isValid()
        && (familyCreated < notBefore || issuedAt.addSecs(1) <= notBefore))
        return revoked(tr("The token was issued before a sign-out everywhere at %1.").arg(notBefore.toString(Qt::ISODate)));
    if (!status.isEffectivelyActive(now()))
        return revoked(tr("The token's account is disabled."));
    TokenInfo info;
    info.kind = TokenInfo::Kind::Access;
    info.userId = userId;
    info.username = username;
    info.sessionId = familyId;
    info.jti = jti;
    info.issuedAt = issuedAt;
    info.expiresAt = QDateTime::fromSecsSinceEpoch(v.claims.value(QStringLiteral("exp")).toInteger(), Qt::UTC);
    info.mfaUsed = v.claims.value(QStringLiteral("amr")).toArray().contains(QStringLiteral("otp"));
    info.passwordChangeOnly = v.claims.value(QStringLiteral("scope")).toString() == QLatin1String("password_change");
    info.claims = v.claims;
    return info;
}

Status LocalStore::logoutAccessToken(const QString &token, const ClientInfo &client)
{
    auto info = validateAccessToken(token);
    if (!info.ok())
        return info.error();
    if (!m_audit->hasKey())
        return makeError(ErrorCode::KeyUnavailable,
                         tr("The store's data key is not open here (AUTHDESK_KEY_FILE), so the logout cannot be recorded."));
    WriteTransaction tx(*m_db);
    if (auto s = begin(tx); !s.ok())
        return s;
    const qint64 at = now().toMSecsSinceEpoch();
    // The deny list keeps a jti only until the token would have expired anyway.
    auto prune = m_db->prepare(QStringLiteral("DELETE FROM revoked_tokens WHERE expires_at < ?"));
    if (!prune.ok())
        return prune.error();
    prune.value().addBindValue(at); // expires_at already holds the leeway
    if (auto s = m_db->exec(prune.value()); !s.ok())
        return s;
    auto deny = m_db->prepare(QStringLiteral(
        "INSERT INTO revoked_tokens (jti, user_id, expires_at, revoked_at) VALUES (?, ?, ?, ?) ON CONFLICT (jti) DO NOTHING"));
    if (!deny.ok())
        return deny.error();
    deny.value().addBindValue(info->jti);
    deny.value().addBindValue(info->userId);
    deny.value().addBindValue(info->expiresAt.toMSecsSinceEpoch() + qint64(LeewaySeconds) * 1000);
    deny.value().addBindValue(at);
    if (auto s = m_db->exec(deny.value()); !s.ok())
        return s;
    // Logging out ends the login: its refresh family goes too.
    auto end = m_db->prepare(QStringLiteral(
        "UPDATE sessions SET revoked_at = ?, revoked_reason = 'logout' WHERE id = ? AND revoked_at IS NULL"));
    if (!end.ok())
        return end.error();
    end.value().addBindValue(at);
    end.value().addBindValue(info->sessionId);
    if (auto s = m_db->exec(end.value()); !s.ok())
        return s;
    AuditEvent e;
    e.actorId = info->userId;
    e.actorName = e.targetName = info->username;
    e.action = QStringLiteral("auth.logout");
    e.targetType = QStringLiteral("session");
    e.targetId = QString::number(info->sessionId);
    QJsonObject details{{QStringLiteral("jti"), info->jti}};
    if (!client.ip.isEmpty())
        details.insert(QStringLiteral("ip"), client.ip.left(64));
    e.after = jsonOf(details);
    if (auto s = m_audit->append(e); !s.ok())
        return s;
    return commit(tx);
}

// ---- the inspector -----------------------------------------------------------------------------

Result<TokenInspection> LocalStore::inspectToken(const Principal &principal, const QString &token, const QByteArray &pastedKeys)
{
    auto actor = loadActor(principal);
    if (!actor.ok())
        return actor.error();
    if (auto s = require(actor.value(), P::SessionsRead, QStringLiteral("token.inspect"), QStringLiteral("store"), m_storeId, {});
        !s.ok())
        return s.error();
    TokenInspection out;
    const jwt::Verification structure = jwt::decode(token.trimmed());
    out.header = structure.header;
    out.claims = structure.claims;
    out.structureOk = structure.valid();
    if (!out.structureOk) {
        out.failure = jwt::failureName(structure.failure);
        out.message = structure.message;
        return out;
    }
    QList<jwt::Key> keys;
    jwt::Expectations expect;
    expect.leewaySeconds = LeewaySeconds;
    expect.now = now();
    const QByteArray pasted = pastedKeys.trimmed();
    if (pasted.isEmpty()) {
        out.keySource = QStringLiteral("store");
        auto storeKeys = m_audit->hasKey() ? verificationKeys() : Result<QList<jwt::Key>>(QList<jwt::Key>());
        if (!storeKeys.ok())
            return storeKeys.error();
        keys = storeKeys.value();
        if (!m_audit->hasKey()) {
            // Locked here: the public keys still check ES256 and EdDSA tokens.
            auto published = jwks();
            if (!published.ok())
                return published.error();
            auto parsed = jwt::parseJwks(published.value());
            if (parsed.ok())
                keys = parsed.value();
        }
        auto settings = jwtSettings();
        if (!settings.ok())
            return settings.error();
        expect.issuer = settings->issuer;
        expect.audience = settings->audience;
    } else {
        out.keySource = QStringLiteral("pasted");
        if (pasted.startsWith("-----BEGIN")) {
            auto key = jwt::Key::fromPem(structure.header.value(QStringLiteral("kid")).toString(), pasted);
            if (!key.ok())
                return key.error();
            keys << key.value();
        } else {
            auto parsed = jwt::parseJwks(pasted);
            if (!parsed.ok()) {
                // One key on its own is as welcome as a set of them.
                auto one = jwt::Key::fromJwk(QJsonDocument::fromJson(pasted).object());
                if (!one.ok())
                    return parsed.error();
                keys << one.value();
            } else {
                keys = parsed.value();
            }
        }
        // A foreign token: its own iss and aud are shown, not held against it.
        expect.requireJti = false;
        expect.requireSub = false;
    }
    const jwt::Verification v = jwt::verify(token.trimmed(), keys, expect);
    out.verified = v.valid();
    out.failure = v.valid() ? QString() : jwt::failureName(v.failure);
    out.message = v.message;
    out.kid = v.kid;
    return out;
}

} // namespace authdesk
