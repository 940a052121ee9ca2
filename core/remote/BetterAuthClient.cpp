#include "core/remote/BetterAuthClient.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

namespace authdesk {

namespace {

const QString DefaultBasePath = QStringLiteral("/api/auth");
// An answer larger than this is not a Better Auth answer we asked for.
constexpr qint64 MaxAnswerBytes = 64 * 1024 * 1024;

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QDateTime parseDate(const QJsonValue &v)
{
    if (v.isString()) {
        QDateTime d = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!d.isValid())
            d = QDateTime::fromString(v.toString(), Qt::ISODate);
        return d.toUTC();
    }
    if (v.isDouble())
        return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(v.toDouble()), Qt::UTC);
    return {};
}

QString sortFieldName(BetterAuthSortField f)
{
    switch (f) {
    case BetterAuthSortField::CreatedAt: return QStringLiteral("createdAt");
    case BetterAuthSortField::UpdatedAt: return QStringLiteral("updatedAt");
    case BetterAuthSortField::Email: return QStringLiteral("email");
    case BetterAuthSortField::Name: return QStringLiteral("name");
    }
    return QStringLiteral("createdAt");
}

QString searchFieldName(BetterAuthSearchField f)
{
    return f == BetterAuthSearchField::Name ? QStringLiteral("name") : QStringLiteral("email");
}

QString searchOperatorName(BetterAuthSearchOperator o)
{
    switch (o) {
    case BetterAuthSearchOperator::Contains: return QStringLiteral("contains");
    case BetterAuthSearchOperator::StartsWith: return QStringLiteral("starts_with");
    case BetterAuthSearchOperator::EndsWith: return QStringLiteral("ends_with");
    }
    return QStringLiteral("contains");
}

// The server's {"message","code"} as one readable phrase, or empty.
QString serverMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    const QString message = o.value(QStringLiteral("message")).toString().trimmed();
    const QString code = o.value(QStringLiteral("code")).toString().trimmed();
    if (message.isEmpty())
        return code;
    if (code.isEmpty())
        return message;
    return QStringLiteral("%1 (%2)").arg(message, code);
}

// x-retry-after (Better Auth) or Retry-After, in whole seconds; -1 when absent or not a number.
int retryAfterSeconds(const QNetworkReply *reply)
{
    for (const char *name : {"x-retry-after", "retry-after"}) {
        const QByteArray raw = reply->rawHeader(name).trimmed();
        if (raw.isEmpty())
            continue;
        bool ok = false;
        const double seconds = raw.toDouble(&ok);
        if (ok && seconds >= 0 && seconds < 86400.0 * 7)
            return static_cast<int>(seconds + 0.999);
    }
    return -1;
}

// The certificate errors a pin may overrule: doubts about who issued the certificate, never about its
// validity period or the host it was made for.
bool pinMayOverrule(QSslError::SslError e)
{
    switch (e) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

} // namespace

// ---- BetterAuthUser ----------------------------------------------------------------------------

Result<BetterAuthUser> BetterAuthUser::fromJson(const QJsonObject &o)
{
    BetterAuthUser u;
    u.id = o.value(QStringLiteral("id")).toString();
    u.email = o.value(QStringLiteral("email")).toString();
    if (u.id.isEmpty() || u.email.isEmpty())
        return makeError(ErrorCode::StoreUnavailable,
                         BetterAuthClient::tr("The server answered a user without an id or email."));
    u.name = o.value(QStringLiteral("name")).toString();
    u.emailVerified = o.value(QStringLiteral("emailVerified")).toBool();
    u.image = o.value(QStringLiteral("image")).toString();
    u.role = o.value(QStringLiteral("role")).toString();
    u.banned = o.value(QStringLiteral("banned")).toBool();
    u.banReason = o.value(QStringLiteral("banReason")).toString();
    u.banExpires = parseDate(o.value(QStringLiteral("banExpires")));
    u.twoFactorEnabled = o.value(QStringLiteral("twoFactorEnabled")).toBool();
    u.createdAt = parseDate(o.value(QStringLiteral("createdAt")));
    u.updatedAt = parseDate(o.value(QStringLiteral("updatedAt")));
    return u;
}

// ---- BetterAuthClient --------------------------------------------------------------------------

struct BetterAuthClient::Call {
    QByteArray method;
    QUrl url;
    QByteArray body;
    BetterAuthClient::Headers headers;
    int attempt = 0;
    QPromise<Result<BetterAuthClient::Answer>> promise;
    QNetworkReply *reply = nullptr;
    QList<QSslError> sslErrors;     // what the last TLS handshake complained about
    QByteArray peerSha256;          // the certificate that was presented
    bool done = false;
};

Result<QUrl> BetterAuthClient::checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("“%1” is not a server address.").arg(url.toDisplayString()));
    const QString scheme = url.scheme().toLower();
    if (scheme != QStringLiteral("https") && scheme != QStringLiteral("http"))
        return makeError(ErrorCode::InvalidInput,
                         tr("A Better Auth server is reached over https, not “%1”.").arg(url.scheme()));
    if (scheme == QStringLiteral("http") && !isLoopbackHost(url.host()))
        return makeError(ErrorCode::InvalidInput,
                         tr("Plain http is allowed only to this computer (127.0.0.1 or localhost); use https for %1.")
                             .arg(url.host()));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return makeError(ErrorCode::InvalidInput,
                         tr("The server address may not carry a user name, a query or a fragment."));
    QUrl base = url.adjusted(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash);
    base.setScheme(scheme);
    if (base.path().isEmpty() || base.path() == QStringLiteral("/"))
        base.setPath(DefaultBasePath);
    return base;
}

Result<QByteArray> BetterAuthClient::parsePin(const QString &text)
{
    QString hex = text.trimmed();
    hex.remove(QLatin1Char(':'));
    hex.remove(QLatin1Char(' '));
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    if (hex.size() != 64 || bytes.size() != 32 || bytes.toHex() != hex.toLower().toLatin1())
        return makeError(ErrorCode::InvalidInput,
                         tr("A certificate pin is the SHA-256 of the certificate: 64 hexadecimal digits."));
    return bytes;
}

BetterAuthClient::BetterAuthClient(BetterAuthClientOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_nam(new QNetworkAccessManager(this))
{
    Result<QUrl> base = checkBaseUrl(m_options.baseUrl);
    if (base.ok()) {
        m_base = base.value();
        m_baseOk = true;
    } else {
        m_baseError = base.error();
    }
    m_options.timeoutMs = qMax(100, m_options.timeoutMs);
    m_options.maxRetries = qMax(0, m_options.maxRetries);
    // No cookie jar: each request also says so (CookieLoad/SaveControl), this only keeps an old
    // default jar from ever filling.
    m_nam->setCookieJar(nullptr);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setStrictTransportSecurityEnabled(false);
}

BetterAuthClient::~BetterAuthClient()
{
    const auto pending = m_pending;
    for (const auto &call : pending) {
        if (call->reply) {
            call->reply->disconnect(this);
            call->reply->abort();
        }
        finish(call, makeError(ErrorCode::Canceled, tr("The connection to the server was closed.")));
    }
}

QString BetterAuthClient::describeServer() const
{
    return m_base.toDisplayString(QUrl::RemovePath);
}

namespace {

QFuture<Result<QJsonValue>> jsonOf(QObject *context, QFuture<Result<BetterAuthClient::Answer>> answer);

} // namespace

QFuture<Result<QJsonValue>> BetterAuthClient::get(const QString &path, const QUrlQuery &query)
{
    return jsonOf(this, start(QByteArrayLiteral("GET"), path, query, {}));
}

QFuture<Result<QJsonValue>> BetterAuthClient::post(const QString &path, const QJsonObject &body)
{
    return jsonOf(this, start(QByteArrayLiteral("POST"), path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

QFuture<Result<BetterAuthClient::Answer>> BetterAuthClient::start(const QByteArray &method, const QString &path,
                                                                  const QUrlQuery &query, const QByteArray &body,
                                                                  const Headers &headers)
{
    auto call = std::make_shared<Call>();
    call->method = method;
    call->body = body;
    call->headers = headers;
    QFuture<Result<Answer>> future = call->promise.future();
    call->promise.start();
    if (!m_baseOk) {
        call->promise.addResult(Result<Answer>(m_baseError));
        call->promise.finish();
        return future;
    }
    QUrl url = m_base;
    url.setPath(m_base.path() + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
    if (!query.isEmpty())
        url.setQuery(query);
    call->url = url;
    m_pending.append(call);
    send(call);
    return future;
}

void BetterAuthClient::send(const std::shared_ptr<Call> &call)
{
    if (call->promise.isCanceled()) {
        finish(call, makeError(ErrorCode::Canceled, tr("Canceled.")));
        return;
    }
    ++call->attempt;
    call->sslErrors.clear();
    call->peerSha256.clear();

    QNetworkRequest request(call->url);
    request.setRawHeader("Accept", "application/json");
    if (!call->body.isEmpty() || call->method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    for (const auto &[name, value] : std::as_const(call->headers))
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(m_options.timeoutMs);
    if (call->url.scheme() == QStringLiteral("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        request.setSslConfiguration(tls);
    }

    QNetworkReply *reply = call->method == "POST" ? m_nam->post(request, call->body)
                                                   : m_nam->sendCustomRequest(request, call->method);
    call->reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, reply, call](const QList<QSslError> &errors) { onSslErrors(reply, errors, call); });
    connect(reply, &QNetworkReply::finished, this, [this, reply, call] { onFinished(reply, call); });
}

void BetterAuthClient::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors,
                                   const std::shared_ptr<Call> &call)
{
    call->sslErrors = errors;
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    if (!peer.isNull())
        call->peerSha256 = peer.digest(QCryptographicHash::Sha256);
    if (m_options.pinnedCertificateSha256.size() != 32 || peer.isNull()
        || call->peerSha256 != m_options.pinnedCertificateSha256)
        return; // verification stands: the reply fails with SslHandshakeFailedError
    // The pinned certificate was presented: overrule only its issuer doubts, and only for it.
    for (const QSslError &e : errors) {
        if (!pinMayOverrule(e.error()))
            return;
        if (!e.certificate().isNull() && e.certificate() != peer)
            return;
    }
    reply->ignoreSslErrors(errors);
}

void BetterAuthClient::onFinished(QNetworkReply *reply, const std::shared_ptr<Call> &call)
{
    reply->deleteLater();
    call->reply = nullptr;
    if (call->done)
        return;
    const QString server = describeServer();
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;

    // Network-layer failures (QNetworkReply's codes below 200: connection, timeout, TLS, proxy) win over
    // a status line: a reply cut off or stalled after its headers is a transport failure, not an answer.
    if (status == 0 || (reply->error() != QNetworkReply::NoError && reply->error() < QNetworkReply::ContentAccessDenied)) {
        // No (complete) HTTP answer.
        const QNetworkReply::NetworkError e = reply->error();
        QString message;
        switch (e) {
        case QNetworkReply::ConnectionRefusedError:
            message = tr("The server %1 refused the connection: is it running, and is the address right?").arg(server);
            break;
        case QNetworkReply::HostNotFoundError:
            message = tr("The server name %1 could not be found.").arg(call->url.host());
            break;
        case QNetworkReply::OperationCanceledError: // what setTransferTimeout reports
        case QNetworkReply::TimeoutError:
            message = tr("The server %1 did not answer within %2 seconds.")
                          .arg(server)
                          .arg(QString::number(m_options.timeoutMs / 1000.0, 'g', 3));
            break;
        case QNetworkReply::SslHandshakeFailedError: {
            QStringList why;
            for (const QSslError &s : std::as_const(call->sslErrors))
                why << s.errorString();
            if (why.isEmpty())
                why << reply->errorString();
            message = tr("The server %1 could not be verified: %2.").arg(server, why.join(QStringLiteral("; ")));
            if (!call->peerSha256.isEmpty())
                message += QLatin1Char(' ')
                           + tr("Its certificate's SHA-256 is %1.")
                                 .arg(QString::fromLatin1(call->peerSha256.toHex(':').toUpper()));
            break;
        }
        case QNetworkReply::RemoteHostClosedError:
            message = tr("The server %1 closed the connection without answering.").arg(server);
            break;
        default:
            message = tr("The server %1 could not be reached: %2").arg(server, reply->errorString());
            break;
        }
        finish(call, makeError(ErrorCode::StoreUnavailable, message));
        return;
    }

    if (reply->bytesAvailable() > MaxAnswerBytes) {
        finish(call, makeError(ErrorCode::StoreUnavailable, tr("The server %1 answered far more than expected.").arg(server)));
        return;
    }
    const QByteArray body = reply->readAll();

    if (status == 429) {
        const int seconds = retryAfterSeconds(reply);
        const int waitMs = seconds < 0 ? 1000 * call->attempt : seconds * 1000;
        if (call->attempt <= m_options.maxRetries && waitMs <= m_options.maxRetryWaitMs) {
            QTimer::singleShot(qMax(waitMs, 50), this, [this, call] {
                if (!call->done)
                    send(call);
            });
            return;
        }
        finish(call, makeError(ErrorCode::RateLimited,
                               seconds >= 0 ? tr("The server %1 is limiting requests: try again in %2 seconds.")
                                                  .arg(server)
                                                  .arg(seconds)
                                            : tr("The server %1 is limiting requests: try again later.").arg(server)));
        return;
    }

    if (status >= 200 && status < 300) {
        const QByteArray trimmed = body.trimmed();
        Answer answer;
        answer.cookies = reply->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
        answer.authToken = QString::fromUtf8(reply->rawHeader("set-auth-token").trimmed());
        if (trimmed.isEmpty() || trimmed == "null") {
            answer.json = QJsonValue(QJsonValue::Null);
            finish(call, std::move(answer));
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
        if (parseError.error != QJsonParseError::NoError || doc.isNull()) {
            finish(call, makeError(ErrorCode::StoreUnavailable,
                                   tr("The server %1 answered something that is not JSON (%2 at byte %3): is it a "
                                      "Better Auth server, and is the base path right?")
                                       .arg(server, parseError.errorString())
                                       .arg(parseError.offset)));
            return;
        }
        answer.json = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        finish(call, std::move(answer));
        return;
    }

    const QString said = serverMessage(body);
    const QString tail = said.isEmpty() ? QString() : QStringLiteral(": ") + said;
    if (status >= 300 && status < 400) {
        finish(call, makeError(ErrorCode::StoreUnavailable,
                               tr("The server %1 redirected the request to %2; set that as the server address.")
                                   .arg(server, QString::fromUtf8(reply->rawHeader("Location")))));
        return;
    }
    switch (status) {
    case 401:
        finish(call, makeError(ErrorCode::AuthenticationFailed,
                               said.isEmpty() ? tr("The server %1 did not accept the sign-in: sign in again.").arg(server)
                                              : tr("The server %1 did not accept the sign-in%2").arg(server, tail)));
        return;
    case 403:
        finish(call, makeError(ErrorCode::PermissionDenied, tr("The server %1 refused%2").arg(server, tail)));
        return;
    case 404:
        finish(call, makeError(ErrorCode::NotFound, tr("The server %1 did not find what was asked for%2").arg(server, tail)));
        return;
    case 400:
    case 422:
        finish(call, makeError(ErrorCode::InvalidInput, tr("The server %1 refused the request%2").arg(server, tail)));
        return;
    default:
        break;
    }
    if (status >= 500)
        finish(call, makeError(ErrorCode::StoreUnavailable,
                               tr("The server %1 failed (HTTP %2)%3").arg(server).arg(status).arg(tail)));
    else
        finish(call, makeError(ErrorCode::StoreUnavailable,
                               tr("The server %1 answered HTTP %2%3").arg(server).arg(status).arg(tail)));
}

void BetterAuthClient::finish(const std::shared_ptr<Call> &call, Result<Answer> result)
{
    if (call->done)
        return;
    call->done = true;
    m_pending.removeOne(call);
    call->promise.addResult(std::move(result));
    call->promise.finish();
}

// ---- typed calls --------------------------------------------------------------------------------

namespace {

QFuture<Result<QJsonValue>> jsonOf(QObject *context, QFuture<Result<BetterAuthClient::Answer>> answer)
{
    return answer.then(context, [](const Result<BetterAuthClient::Answer> &r) -> Result<QJsonValue> {
        if (!r.ok())
            return r.error();
        return r->json;
    });
}

template <typename T, typename F>
QFuture<Result<T>> mapJson(QObject *context, QFuture<Result<QJsonValue>> raw, F convert)
{
    return raw.then(context, [convert = std::move(convert)](const Result<QJsonValue> &r) -> Result<T> {
        if (!r.ok())
            return r.error();
        return convert(r.value());
    });
}

Error unexpected(const QString &what)
{
    return makeError(ErrorCode::StoreUnavailable,
                     BetterAuthClient::tr("The server's answer to %1 is not what Better Auth answers.").arg(what));
}

} // namespace

Result<BetterAuthSession> BetterAuthClient::sessionFrom(const Answer &answer)
{
    const QJsonObject o = answer.json.toObject();
    BetterAuthSession session;
    // The body's token, else the header's (after verify-totp the new token may be only there).
    session.token = o.value(QStringLiteral("token")).toString();
    if (session.token.isEmpty())
        session.token = answer.authToken;
    if (session.token.isEmpty())
        return unexpected(QStringLiteral("/sign-in/email"));
    Result<BetterAuthUser> user = BetterAuthUser::fromJson(o.value(QStringLiteral("user")).toObject());
    if (!user.ok())
        return user.error();
    session.user = std::move(user.value());
    m_token = session.token;
    return session;
}

QFuture<Result<BetterAuthSession>> BetterAuthClient::signIn(const QString &email, const QString &password)
{
    m_token.clear();
    m_twoFactorCookie = QNetworkCookie();
    const QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    return start(QByteArrayLiteral("POST"), QStringLiteral("/sign-in/email"), {},
                 QJsonDocument(body).toJson(QJsonDocument::Compact))
        .then(this, [this](const Result<Answer> &r) -> Result<BetterAuthSession> {
            if (!r.ok())
                return r.error();
            if (r->json.toObject().value(QStringLiteral("twoFactorRedirect")).toBool()) {
                for (const QNetworkCookie &c : r->cookies) {
                    if (c.name().endsWith("two_factor") && !c.value().isEmpty())
                        m_twoFactorCookie = c;
                }
                if (m_twoFactorCookie.name().isEmpty())
                    return unexpected(QStringLiteral("/sign-in/email"));
                return makeError(ErrorCode::SecondFactorRequired,
                                 tr("This account has two-factor authentication on: its code is needed too."));
            }
            return sessionFrom(r.value());
        });
}

QFuture<Result<BetterAuthSession>> BetterAuthClient::verifyTotp(const QString &code)
{
    if (m_twoFactorCookie.name().isEmpty()) {
        QPromise<Result<BetterAuthSession>> promise;
        QFuture<Result<BetterAuthSession>> future = promise.future();
        promise.start();
        promise.addResult(Result<BetterAuthSession>(
            makeError(ErrorCode::InvalidInput, tr("Sign in with the password first; then give the code."))));
        promise.finish();
        return future;
    }
    const Headers headers{
        {QByteArrayLiteral("Cookie"), m_twoFactorCookie.name() + '=' + m_twoFactorCookie.value()},
        {QByteArrayLiteral("Origin"), m_base.adjusted(QUrl::RemovePath).toString(QUrl::FullyEncoded).toUtf8()},
    };
    const QJsonObject body{{QStringLiteral("code"), code.trimmed()}};
    return start(QByteArrayLiteral("POST"), QStringLiteral("/two-factor/verify-totp"), {},
                 QJsonDocument(body).toJson(QJsonDocument::Compact), headers)
        .then(this, [this](const Result<Answer> &r) -> Result<BetterAuthSession> {
            if (!r.ok())
                return r.error(); // a wrong code leaves the sign-in waiting for another
            m_twoFactorCookie = QNetworkCookie();
            return sessionFrom(r.value());
        });
}

QFuture<Result<BetterAuthUserPage>> BetterAuthClient::listUsers(const BetterAuthUserQuery &q)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(qMax<qint64>(1, q.limit)));
    query.addQueryItem(QStringLiteral("offset"), QString::number(qMax<qint64>(0, q.offset)));
    query.addQueryItem(QStringLiteral("sortBy"), sortFieldName(q.sortField));
    query.addQueryItem(QStringLiteral("sortDirection"), q.descending ? QStringLiteral("desc") : QStringLiteral("asc"));
    if (!q.search.isEmpty()) {
        // QUrlQuery leaves '+' and '&' alone in values; encode them so the server reads them as written.
        QString value = q.search;
        value.replace(QLatin1Char('%'), QStringLiteral("%25"));
        value.replace(QLatin1Char('+'), QStringLiteral("%2B"));
        value.replace(QLatin1Char('&'), QStringLiteral("%26"));
        value.replace(QLatin1Char('#'), QStringLiteral("%23"));
        query.addQueryItem(QStringLiteral("searchValue"), value);
        query.addQueryItem(QStringLiteral("searchField"), searchFieldName(q.searchField));
        query.addQueryItem(QStringLiteral("searchOperator"), searchOperatorName(q.searchOperator));
    }
    return mapJson<BetterAuthUserPage>(this, get(QStringLiteral("/admin/list-users"), query),
                                       [](const QJsonValue &v) -> Result<BetterAuthUserPage> {
        const QJsonObject o = v.toObject();
        if (!o.value(QStringLiteral("users")).isArray() || !o.value(QStringLiteral("total")).isDouble())
            return unexpected(QStringLiteral("/admin/list-users"));
        BetterAuthUserPage page;
        page.total = static_cast<qint64>(o.value(QStringLiteral("total")).toDouble());
        page.limit = static_cast<qint64>(o.value(QStringLiteral("limit")).toDouble());
        page.offset = static_cast<qint64>(o.value(QStringLiteral("offset")).toDouble());
        const QJsonArray users = o.value(QStringLiteral("users")).toArray();
        page.users.reserve(users.size());
        for (const QJsonValue &u : users) {
            Result<BetterAuthUser> user = BetterAuthUser::fromJson(u.toObject());
            if (!user.ok())
                return user.error();
            page.users.append(std::move(user.value()));
        }
        return page;
    });
}

QFuture<Result<BetterAuthUser>> BetterAuthClient::getUser(const QString &id)
{
    QUrlQuery query;
    QString value = id;
    value.replace(QLatin1Char('%'), QStringLiteral("%25"));
    value.replace(QLatin1Char('+'), QStringLiteral("%2B"));
    value.replace(QLatin1Char('&'), QStringLiteral("%26"));
    value.replace(QLatin1Char('#'), QStringLiteral("%23"));
    query.addQueryItem(QStringLiteral("id"), value);
    return mapJson<BetterAuthUser>(this, get(QStringLiteral("/admin/get-user"), query),
                                   [](const QJsonValue &v) -> Result<BetterAuthUser> {
        QJsonObject o = v.toObject();
        if (!o.contains(QStringLiteral("id")) && o.value(QStringLiteral("user")).isObject())
            o = o.value(QStringLiteral("user")).toObject();
        if (v.isNull() || o.isEmpty())
            return makeError(ErrorCode::NotFound, tr("The server has no such user."));
        return BetterAuthUser::fromJson(o);
    });
}

} // namespace authdesk
