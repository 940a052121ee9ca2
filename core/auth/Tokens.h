#pragma once
// What applications get from AuthService, and what the console sees of sessions, refresh-token
// families and signing keys. Never a token's hash, never a key's private part.

#include "core/MfaReset.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace authdesk {

// How a login answers (auth.token_mode: "session" or "jwt").
enum class TokenMode { Session, Jwt };

// What the calling application knows of its client; recorded with the session, both optional.
struct ClientInfo {
    QString ip;
    QString userAgent;
};

struct LoginRequest {
    QString identifier;            // username or email
    QString password;
    QString otp;                   // the authenticator's code, when the user has one
    QString recoveryCode;          // or one of the user's recovery codes
    QString temporaryPass;         // or, after a helpdesk MFA reset, the temporary access pass it issued
    std::optional<TokenMode> mode; // nullopt: the store's auth.token_mode
    ClientInfo client;
};

// A successful login or refresh. Exactly one of sessionToken and accessToken is set.
struct LoginResult {
    qint64 userId = 0;
    QString username;
    TokenMode mode = TokenMode::Session;
    qint64 sessionId = 0;          // the sessions row: a server session or a refresh family
    bool mfaUsed = false;
    // "Must change password": the token only allows changePassword (validate says so too).
    bool passwordChangeOnly = false;
    QString sessionToken;          // opaque, 256 bits from the CSPRNG; the store keeps only its SHA-256
    QDateTime sessionIdleExpiresAt;
    QDateTime sessionExpiresAt;    // absolute
    QString accessToken;           // JWT, typ "at+jwt"
    QDateTime accessExpiresAt;
    QString refreshToken;          // opaque; rotated on every refresh
    QDateTime refreshExpiresAt;
};

// A token that validated: who it is for and what it allows.
struct TokenInfo {
    enum class Kind { Session, Access };
    Kind kind = Kind::Session;
    qint64 userId = 0;
    QString username;
    qint64 sessionId = 0;          // session row, or the refresh family an access token came from
    QString jti;                   // access tokens
    QDateTime issuedAt;
    QDateTime expiresAt;
    bool mfaUsed = false;
    bool passwordChangeOnly = false;
    QJsonObject claims;            // access tokens
};

// One row of the console's Sessions view: a server session or a refresh-token family.
struct SessionInfo {
    enum class Kind { Session, RefreshFamily };
    qint64 id = 0;
    Kind kind = Kind::Session;
    qint64 userId = 0;
    QString username;
    QDateTime createdAt;
    QDateTime lastSeenAt;
    QDateTime idleExpiresAt;       // sessions only
    QDateTime expiresAt;           // absolute
    QString ip;
    QString userAgent;
    bool mfaUsed = false;
    bool passwordChangeOnly = false;
    qint64 generation = 0;         // refresh families: how many times rotated
    QDateTime revokedAt;           // invalid: not revoked
    QString revokedReason;
};

struct SessionQuery {
    QString user;                  // a username, email or #id; empty: everyone's
    bool includeEnded = false;     // expired and revoked rows too (kept until pruned)
    qint64 offset = 0;
    qint64 limit = 500;
    // Keyset paging: only rows older than this one (the next page after a row of that id); 0: from
    // the newest. Rows come newest login first (id descending), an order no activity changes, so a
    // session that ends or is used while someone scrolls neither hides nor repeats another.
    qint64 beforeId = 0;
};

struct SessionPage {
    qint64 total = 0;
    qint64 offset = 0;
    QList<SessionInfo> sessions;
};

struct SigningKeyInfo {
    enum class State { Active, Retiring, Retired };
    QString kid;
    QString algorithm;             // "HS256", "ES256", "EdDSA"
    State state = State::Active;
    QDateTime createdAt;
    QDateTime activatedAt;
    QDateTime retiringSince;       // no longer signs; verifies until the last token it signed expires
    QDateTime retiredAt;           // verifies nothing
    QJsonObject publicJwk;         // empty for HS256
};

// What the console's JWT inspector shows of a pasted token.
struct TokenInspection {
    QJsonObject header;
    QJsonObject claims;
    bool structureOk = false;      // three segments of JSON objects
    bool verified = false;
    QString failure;               // jwt::failureName, empty when verified
    QString message;               // exactly why not, translated
    QString keySource;             // "store" or "pasted"
    QString kid;                   // the key that verified it
};

// A service key slot as `keys service-slot --list` and the console show it.
struct ServiceSlotInfo {
    qint64 id = 0;
    QString label;
    QDateTime createdAt;
};

// A new service key slot: the key file's content is shown once (written with mode 0600 by the caller).
struct ServiceSlotGrant {
    ServiceSlotInfo slot;
    QByteArray keyFile;            // secret: wipe after writing
};

// An email verification or password-reset message: sent through the notifier with its single-use
// token (which nothing else ever shows), or why not.
struct EmailTokenIssue {
    qint64 userId = 0;
    QString username;
    QString email;                 // where it went
    QDateTime expiresAt;
    NotificationOutcome notification;
};

} // namespace authdesk
