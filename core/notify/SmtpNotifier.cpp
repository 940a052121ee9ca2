#include "core/notify/SmtpNotifier.h"

#include "core/crypto/SecureCompare.h"
#include "core/notify/MailMessage.h"
#include "core/policy/InputRules.h"

#include <QCoreApplication>
#include <QUrl>

#include <curl/curl.h>

#include <cstring>
#include <mutex>

namespace authdesk::notify {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SmtpNotifier)
};

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Upload {
    const QByteArray *data = nullptr;
    qsizetype offset = 0;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const size_t left = static_cast<size_t>(upload->data->size() - upload->offset);
    const size_t n = std::min(left, size * count);
    std::memcpy(buffer, upload->data->constData() + upload->offset, n);
    upload->offset += static_cast<qsizetype>(n);
    return n;
}

// The server's replies, to quote them in errors and return the last one on success. Only what the
// server sent is kept: what we send includes the AUTH exchange, which carries the password.
struct Replies {
    QString last;
};

int collectReplies(CURL *, curl_infotype type, char *data, size_t size, void *user)
{
    if (type != CURLINFO_HEADER_IN)
        return 0;
    const QString line = QString::fromUtf8(data, static_cast<qsizetype>(size)).trimmed();
    // 221 is the goodbye after QUIT: the answer that matters came before it.
    if (!line.isEmpty() && !line.startsWith(QLatin1String("221")))
        static_cast<Replies *>(user)->last = InputRules::escapeForDisplay(line.left(300));
    return 0;
}

QString hostPort(const SmtpEndpoint &e)
{
    return (e.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + e.host + QLatin1Char(']') : e.host)
        + QLatin1Char(':') + QString::number(e.port);
}

Error curlError(CURLcode code, const QString &detail, const Replies &replies, const SmtpEndpoint &e,
                const SmtpConfig &config)
{
    const QString where = hostPort(e);
    const QString reply = replies.last.isEmpty() ? Tr::tr("no reply") : replies.last;
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        return makeError(ErrorCode::StoreUnavailable,
                         Tr::tr("The SMTP server's name “%1” could not be resolved (%2).")
                             .arg(InputRules::escapeForDisplay(e.host), detail));
    case CURLE_COULDNT_CONNECT:
        return makeError(ErrorCode::StoreUnavailable,
                         Tr::tr("The connection was refused by %1 (%2).").arg(where, detail));
    case CURLE_OPERATION_TIMEDOUT:
        return makeError(
            ErrorCode::StoreUnavailable,
            Tr::tr("No answer from the SMTP server %1 within %2 s.").arg(where).arg(config.timeoutSeconds));
    case CURLE_PEER_FAILED_VERIFICATION:
        return makeError(ErrorCode::AuthenticationFailed,
                         Tr::tr("The SMTP server's certificate is not trusted (%1). Nothing was sent. For a "
                                "self-hosted server, give its CA certificate in notify.smtp.ca_file.")
                             .arg(detail));
    case CURLE_SSL_CONNECT_ERROR:
        return makeError(
            ErrorCode::AuthenticationFailed,
            Tr::tr("The TLS handshake with the SMTP server %1 failed (%2). Nothing was sent.").arg(where, detail));
    case CURLE_SSL_CACERT_BADFILE:
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The CA file “%1” (notify.smtp.ca_file) cannot be read as PEM certificates (%2).")
                             .arg(InputRules::escapeForDisplay(config.caFile), detail));
    case CURLE_USE_SSL_FAILED:
        return makeError(ErrorCode::AuthenticationFailed,
                         Tr::tr("The SMTP server %1 does not offer STARTTLS, and AuthDesk never sends mail "
                                "unencrypted. Nothing was sent. Use an smtps:// URL if the server has implicit TLS.")
                             .arg(where));
    case CURLE_LOGIN_DENIED:
        return makeError(ErrorCode::AuthenticationFailed,
                         Tr::tr("The SMTP server refused the username or password (notify.smtp.username, "
                                "notify set-password): %1")
                             .arg(reply));
    default:
        break;
    }
    if (detail.startsWith(QLatin1String("RCPT failed")))
        return makeError(ErrorCode::InvalidInput, Tr::tr("The server refused the recipient: %1").arg(reply));
    if (detail.startsWith(QLatin1String("MAIL failed")))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The server refused the sender (notify.smtp.from): %1").arg(reply));
    if (code == CURLE_SEND_ERROR || code == CURLE_RECV_ERROR || code == CURLE_WEIRD_SERVER_REPLY)
        return makeError(
            ErrorCode::StoreUnavailable,
            Tr::tr("The SMTP server %1 refused or broke off the message (%2): %3").arg(where, detail, reply));
    return makeError(ErrorCode::StoreUnavailable,
                     Tr::tr("Sending through the SMTP server %1 failed (%2).").arg(where, detail));
}

// RAII for the handle and the recipient list, so every early return frees them.
struct CurlHandle {
    CURL *handle = curl_easy_init();
    curl_slist *recipients = nullptr;
    ~CurlHandle()
    {
        curl_slist_free_all(recipients);
        if (handle)
            curl_easy_cleanup(handle);
    }
};
} // namespace

Result<SmtpEndpoint> parseSmtpUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("No SMTP server is set: notify.smtp.url takes smtps://HOST[:PORT] (implicit TLS) or "
                                "smtp://HOST[:PORT] (STARTTLS, required)."));
    for (QChar c : trimmed)
        if (c.unicode() < 0x21 || c.unicode() == 0x7f)
            return makeError(ErrorCode::InvalidInput, Tr::tr("The SMTP URL contains a space or control character."));
    const QUrl u(trimmed, QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    if (!u.isValid() || (scheme != QLatin1String("smtps") && scheme != QLatin1String("smtp")))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("“%1” is not an SMTP URL: use smtps://HOST[:PORT] (implicit TLS) or "
                                "smtp://HOST[:PORT] (STARTTLS, required). Mail is never sent unencrypted.")
                             .arg(InputRules::escapeForDisplay(trimmed.left(200))));
    if (!u.userInfo().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The SMTP URL must not hold a user name or password: use notify.smtp.username and "
                                "“notify set-password”, which keeps the password sealed."));
    if (u.host().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("The SMTP URL has no host name."));
    if ((!u.path().isEmpty() && u.path() != QLatin1String("/")) || u.hasQuery() || u.hasFragment())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The SMTP URL takes only a host and a port, no path, query or fragment."));
    SmtpEndpoint e;
    e.implicitTls = scheme == QLatin1String("smtps");
    e.host = u.host();
    e.port = u.port(e.implicitTls ? 465 : 587);
    if (e.port < 1 || e.port > 65535)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The SMTP URL's port is out of range."));
    return e;
}

SmtpNotifier::SmtpNotifier(SmtpConfig config) : m_config(std::move(config))
{
    initCurlOnce();
}

SmtpNotifier::~SmtpNotifier()
{
    crypto::secureWipe(m_config.password);
}

Result<QString> SmtpNotifier::send(const Notification &notification)
{
    auto endpoint = parseSmtpUrl(m_config.url);
    if (!endpoint.ok())
        return endpoint.error();
    // Everything is checked and composed before a connection is made: a refused header sends nothing.
    auto message = composeMessage(m_config.from, notification, QDateTime::currentDateTimeUtc());
    if (!message.ok())
        return message.error();

    CurlHandle curl;
    if (!curl.handle)
        return makeError(ErrorCode::Internal, Tr::tr("libcurl could not make a handle."));
    CURL *h = curl.handle;
    const QByteArray url = (endpoint->implicitTls ? QByteArrayLiteral("smtps://") : QByteArrayLiteral("smtp://"))
        + hostPort(endpoint.value()).toUtf8();
    const QByteArray from = '<' + m_config.from.toLatin1() + '>';
    const QByteArray to = '<' + notification.to.toLatin1() + '>';
    const QByteArray caFile = m_config.caFile.toLocal8Bit();
    QByteArray username = m_config.username.toUtf8();
    QByteArray password = m_config.password.toUtf8();
    char errorBuffer[CURL_ERROR_SIZE] = {};
    Upload upload{&message->text, 0};
    Replies replies;
    curl.recipients = curl_slist_append(nullptr, to.constData());
    const long timeout = m_config.timeoutSeconds;

    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    // TLS always: implicit for smtps://, STARTTLS or fail for smtp://; certificate and host verified.
    curl_easy_setopt(h, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    curl_easy_setopt(h, CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.isEmpty())
        curl_easy_setopt(h, CURLOPT_CAINFO, caFile.constData());
    if (!username.isEmpty()) {
        curl_easy_setopt(h, CURLOPT_USERNAME, username.constData());
        curl_easy_setopt(h, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, curl.recipients);
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_READFUNCTION, readMessage);
    curl_easy_setopt(h, CURLOPT_READDATA, &upload);
    curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(message->text.size()));
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L); // worker threads: no SIGALRM for name resolution timeouts
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, timeout);
    curl_easy_setopt(h, CURLOPT_TIMEOUT, timeout);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);
    // The debug callback only runs in verbose mode; it keeps server replies and prints nothing.
    curl_easy_setopt(h, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(h, CURLOPT_DEBUGFUNCTION, collectReplies);
    curl_easy_setopt(h, CURLOPT_DEBUGDATA, &replies);

    const CURLcode code = curl_easy_perform(h);
    crypto::secureWipe(password);
    crypto::secureWipe(username);
    if (code != CURLE_OK) {
        const QString detail = InputRules::escapeForDisplay(
            errorBuffer[0] ? QString::fromUtf8(errorBuffer) : QString::fromUtf8(curl_easy_strerror(code)));
        return curlError(code, detail, replies, endpoint.value(), m_config);
    }
    return replies.last.isEmpty() ? Tr::tr("accepted") : replies.last;
}

} // namespace authdesk::notify
