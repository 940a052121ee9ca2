#pragma once
// A small asynchronous client for a Better Auth server (its admin, two-factor and bearer plugins), over
// QNetworkAccessManager. Every call returns a QFuture<Result<T>> that is fulfilled from the event loop of
// the thread the client lives in: nothing here blocks, waits or spins.
//
// Transport rules (see docs in the README's remote-directory section and shared/reference/better-auth.md):
// - https with full certificate verification; plain http only to a loopback host (127.0.0.1, ::1,
//   localhost), for local testing. A self-hosted server's certificate may be trusted explicitly by its
//   SHA-256 pin: then trust-chain errors (self-signed, unknown issuer) are ignored for exactly that
//   certificate and nothing else; a wrong host name or an expired certificate is never ignored.
// - After sign-in every request carries `Authorization: Bearer <token>`; cookies are neither stored nor
//   sent (Better Auth asks a cookie-carrying request for an Origin header; a bearer-only one it does not).
// - Redirects are not followed (a redirect must not carry the bearer token elsewhere).
// - Each request has a transfer timeout; a 429 is retried after the server's `x-retry-after`, a bounded
//   number of times and only when the wait is short, otherwise it is a RateLimited error.
// Errors map onto the project's codes: 401 AuthenticationFailed, 403 PermissionDenied (with the server's
// message and code), 400/422 InvalidInput, 404 NotFound, 429 RateLimited; a refused connection, no answer
// within the timeout, a TLS failure, a 5xx or an answer that is not the JSON expected are
// StoreUnavailable, each with a message that says which.

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkCookie>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

namespace authdesk {

// A user as Better Auth's admin plugin answers it.
struct BetterAuthUser {
    QString id;
    QString name;
    QString email;
    bool emailVerified = false;
    QString image;
    QString role;                  // free string; several roles are comma-joined
    bool banned = false;
    QString banReason;
    QDateTime banExpires;          // invalid: no end (or not banned)
    bool twoFactorEnabled = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    // The user from a JSON object; an error when it lacks an id or email.
    static Result<BetterAuthUser> fromJson(const QJsonObject &o);
};

struct BetterAuthUserPage {
    qint64 total = 0;              // all users matching the search, ignoring limit/offset
    qint64 limit = 0;
    qint64 offset = 0;
    QList<BetterAuthUser> users;
};

struct BetterAuthSession {
    QString token;                 // the bearer token: a secret, never log or display it
    BetterAuthUser user;
};

// The fields Better Auth's list-users can sort on (an invalid sortBy silently answers an empty list,
// so only these are ever sent).
enum class BetterAuthSortField { CreatedAt, UpdatedAt, Email, Name };
enum class BetterAuthSearchField { Email, Name };
enum class BetterAuthSearchOperator { Contains, StartsWith, EndsWith };

struct BetterAuthUserQuery {
    qint64 limit = 100;
    qint64 offset = 0;
    QString search;                // empty: no search
    BetterAuthSearchField searchField = BetterAuthSearchField::Email;
    BetterAuthSearchOperator searchOperator = BetterAuthSearchOperator::Contains;
    BetterAuthSortField sortField = BetterAuthSortField::CreatedAt;
    bool descending = false;
};

struct BetterAuthClientOptions {
    // The server's origin, optionally with its base path; an empty path means Better Auth's default
    // "/api/auth". http only for a loopback host.
    QUrl baseUrl;
    // SHA-256 of the DER of the one certificate trusted despite an unknown issuer (32 bytes), or empty.
    QByteArray pinnedCertificateSha256;
    int timeoutMs = 15000;         // per request, while no data moves
    int maxRetries = 2;            // for 429 answers
    int maxRetryWaitMs = 10000;    // a longer x-retry-after is reported, not waited out
};

class BetterAuthClient : public QObject {
    Q_OBJECT
public:
    // The base URL checked and normalised (base path filled in), or InvalidInput saying why not.
    static Result<QUrl> checkBaseUrl(const QUrl &url);
    // A pin as an admin types it: hex, with or without colons; InvalidInput unless it is 32 bytes.
    static Result<QByteArray> parsePin(const QString &text);

    // A client whose base URL failed checkBaseUrl answers every call with that error.
    explicit BetterAuthClient(BetterAuthClientOptions options, QObject *parent = nullptr);
    ~BetterAuthClient() override; // pending calls finish as Canceled

    QUrl baseUrl() const { return m_base; }
    bool isSignedIn() const { return !m_token.isEmpty(); }
    void setToken(const QString &token) { m_token = token; }
    void signOut() { m_token.clear(); }

    // POST /sign-in/email. On success the token is kept for the calls that follow. An account with 2FA
    // answers SecondFactorRequired; then verifyTotp completes the sign-in.
    QFuture<Result<BetterAuthSession>> signIn(const QString &email, const QString &password);
    // The second step of a sign-in that answered SecondFactorRequired: POST /two-factor/verify-totp with
    // the code. This one request carries the server's short-lived two-factor cookie (kept in memory, no
    // jar) and the Origin header Better Auth then asks for. InvalidInput when no sign-in is waiting for it.
    QFuture<Result<BetterAuthSession>> verifyTotp(const QString &code);
    bool isWaitingForSecondFactor() const { return !m_twoFactorCookie.name().isEmpty(); }
    // GET /admin/list-users: a page of users and the true total.
    QFuture<Result<BetterAuthUserPage>> listUsers(const BetterAuthUserQuery &query);
    // GET /admin/get-user?id=
    QFuture<Result<BetterAuthUser>> getUser(const QString &id);

    // The raw calls the typed ones are made of; PATH is relative to the base path ("/admin/list-users").
    // A 2xx answer's JSON (Null for an empty body or `null`).
    QFuture<Result<QJsonValue>> get(const QString &path, const QUrlQuery &query = {});
    QFuture<Result<QJsonValue>> post(const QString &path, const QJsonObject &body);

    // A 2xx answer as the transport layer hands it to the typed calls.
    struct Answer {
        QJsonValue json;
        QList<QNetworkCookie> cookies; // Set-Cookie, read by hand: nothing is stored in a jar
        QString authToken;              // the set-auth-token header
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

private:
    struct Call;
    QFuture<Result<Answer>> start(const QByteArray &method, const QString &path, const QUrlQuery &query,
                                  const QByteArray &body, const Headers &headers = {});
    Result<BetterAuthSession> sessionFrom(const Answer &answer);
    void send(const std::shared_ptr<Call> &call);
    void onFinished(QNetworkReply *reply, const std::shared_ptr<Call> &call);
    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors, const std::shared_ptr<Call> &call);
    void finish(const std::shared_ptr<Call> &call, Result<Answer> result);
    QString describeServer() const;

    BetterAuthClientOptions m_options;
    QUrl m_base;
    Error m_baseError;
    bool m_baseOk = false;
    QString m_token;
    QNetworkCookie m_twoFactorCookie;   // between signIn and verifyTotp only
    QNetworkAccessManager *m_nam = nullptr;
    QList<std::shared_ptr<Call>> m_pending;
};

} // namespace authdesk
