#include "core/crypto/OtpAuthUri.h"

#include "core/crypto/Base32.h"
#include "core/crypto/SecureCompare.h"
#include "core/policy/InputRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace authdesk::crypto {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(OtpAuthUri)
};

const QString Scheme = QStringLiteral("otpauth");
const QString TypeTotp = QStringLiteral("totp");
const QString TypeHotp = QStringLiteral("hotp");
const QString KeySecret = QStringLiteral("secret");
const QString KeyIssuer = QStringLiteral("issuer");
const QString KeyAlgorithm = QStringLiteral("algorithm");
const QString KeyDigits = QStringLiteral("digits");
const QString KeyPeriod = QStringLiteral("period");
const QString KeyCounter = QStringLiteral("counter");

// Every byte but the unreserved ones and '@' (readable e-mail accounts) is percent-encoded, so
// '+' becomes %2B and ' ' %20: apps that decode the query as a form must not see a '+'.
QString encodeComponent(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArrayLiteral("@")));
}

QString shown(const QString &text)
{
    return InputRules::escapeForDisplay(text);
}

Status checkSecretLength(const QByteArray &secret)
{
    if (secret.size() < MinOtpSecretBytes)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The secret is %1 bytes (%2 bits); it needs at least %3 bytes (%4 bits).")
                             .arg(secret.size())
                             .arg(secret.size() * 8)
                             .arg(MinOtpSecretBytes)
                             .arg(MinOtpSecretBytes * 8));
    return Done{};
}

Status checkLabelPart(const QString &text, bool isIssuer)
{
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         isIssuer ? Tr::tr("The issuer is empty; authenticator apps show it "
                                           "beside the account name.")
                                  : Tr::tr("The account name is empty."));
    if (text.contains(QLatin1Char(':')))
        return makeError(ErrorCode::InvalidInput,
                         isIssuer ? Tr::tr("The issuer “%1” contains a colon (:), which separates issuer and account "
                                           "in a key URI.")
                                        .arg(shown(text))
                                  : Tr::tr("The account name “%1” contains a colon (:), which separates issuer and "
                                           "account in a key URI.")
                                        .arg(shown(text)));
    if (text != text.trimmed())
        return makeError(ErrorCode::InvalidInput,
                         isIssuer ? Tr::tr("The issuer “%1” starts or ends with a space.").arg(shown(text))
                                  : Tr::tr("The account name “%1” starts or ends with a space.").arg(shown(text)));
    return Done{};
}

std::optional<quint64> parseUnsigned(const QString &text)
{
    if (text.isEmpty() || text.size() > 20)
        return std::nullopt;
    for (const QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    bool ok = false;
    const quint64 value = text.toULongLong(&ok);
    return ok ? std::optional<quint64>(value) : std::nullopt;
}

Error notANumber(const QString &key, const QString &value)
{
    return makeError(
        ErrorCode::InvalidInput,
        Tr::tr("The %1 parameter of the key URI must be a whole number (found “%2”).").arg(key, shown(value)));
}

} // namespace

Result<QString> buildOtpAuthUri(const OtpAuthUri &uri)
{
    if (uri.type != TypeTotp && uri.type != TypeHotp)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The key URI type “%1” is not supported; use totp or hotp.").arg(shown(uri.type)));
    if (Status s = checkLabelPart(uri.issuer, true); !s)
        return s.error();
    if (Status s = checkLabelPart(uri.account, false); !s)
        return s.error();
    if (Status s = checkSecretLength(uri.secret); !s)
        return s.error();
    OtpParams params = uri.params;
    if (uri.type == TypeHotp)
        params.period = 30; // not part of an hotp URI, so not checked
    if (Status s = validateOtpParams(params); !s)
        return s.error();

    QUrl url;
    url.setScheme(Scheme);
    url.setHost(uri.type);
    url.setPath(QLatin1Char('/') + encodeComponent(uri.issuer) + QLatin1Char(':') + encodeComponent(uri.account),
                QUrl::StrictMode);
    // The URI itself carries the secret: the caller owns it and wipes it; QUrl's copies cannot be.
    QUrlQuery query;
    query.addQueryItem(KeySecret, base32Encode(uri.secret));
    query.addQueryItem(KeyIssuer, encodeComponent(uri.issuer));
    query.addQueryItem(KeyAlgorithm, otpAlgorithmName(uri.params.algorithm));
    query.addQueryItem(KeyDigits, QString::number(uri.params.digits));
    if (uri.type == TypeTotp)
        query.addQueryItem(KeyPeriod, QString::number(uri.params.period));
    else
        query.addQueryItem(KeyCounter, QString::number(uri.counter));
    url.setQuery(query);
    if (!url.isValid())
        return makeError(ErrorCode::Internal, Tr::tr("The key URI could not be built."));
    return url.toString(QUrl::FullyEncoded);
}

Result<OtpAuthUri> parseOtpAuthUri(const QString &text)
{
    // Not QUrl::errorString(): it quotes the URI, and the URI holds the secret.
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || !url.isValid())
        return makeError(ErrorCode::InvalidInput, Tr::tr("The key URI is not a valid URI."));
    if (url.scheme() != Scheme)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("A key URI starts with otpauth:// (this one has the scheme "
                                "“%1”).")
                             .arg(shown(url.scheme())));
    OtpAuthUri out;
    out.type = url.host();
    if (out.type != TypeTotp && out.type != TypeHotp)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The key URI type “%1” is not supported; use totp or hotp.").arg(shown(out.type)));

    QString label = url.path(QUrl::FullyDecoded);
    if (label.startsWith(QLatin1Char('/')))
        label.remove(0, 1);
    const qsizetype colons = label.count(QLatin1Char(':'));
    if (colons > 1)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The label “%1” has %2 colons; it may have one, between issuer and account.")
                             .arg(shown(label))
                             .arg(colons));
    QString labelIssuer;
    if (colons == 1) {
        const qsizetype at = label.indexOf(QLatin1Char(':'));
        labelIssuer = label.left(at).trimmed();
        out.account = label.mid(at + 1).trimmed();
        if (labelIssuer.isEmpty())
            return makeError(ErrorCode::InvalidInput, Tr::tr("The label has a colon but no issuer before it."));
    } else {
        out.account = label.trimmed();
    }
    if (out.account.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("The key URI has no account name in its label."));

    // FullyDecoded: %2B is '+' and '+' stays '+' (RFC 3986, not a form).
    QList<std::pair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    const QStringList known{KeySecret, KeyIssuer, KeyAlgorithm, KeyDigits, KeyPeriod, KeyCounter};
    QHash<QString, QString> values;
    for (const auto &[key, value] : items) {
        if (!known.contains(key))
            continue;
        if (values.contains(key))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The key URI gives the %1 parameter more than once.").arg(key));
        values.insert(key, value);
    }

    QString issuer = values.value(KeyIssuer);
    // Some servers (Better Auth among them) form-encode the parameter: a space as '+'. Where the
    // label says the same with spaces, that is what it means.
    if (!labelIssuer.isEmpty() && issuer != labelIssuer && QString(issuer).replace(QLatin1Char('+'), QLatin1Char(' ')) == labelIssuer)
        issuer = labelIssuer;
    if (issuer.contains(QLatin1Char(':')))
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("The issuer “%1” contains a colon (:), which separates issuer and account in a key URI.")
                .arg(shown(issuer)));
    if (!issuer.isEmpty() && !labelIssuer.isEmpty() && issuer != labelIssuer)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The issuer in the label (“%1”) differs from the issuer parameter (“%2”).")
                             .arg(shown(labelIssuer), shown(issuer)));
    out.issuer = issuer.isEmpty() ? labelIssuer : issuer;

    QString secretText = values.take(KeySecret);
    if (secretText.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("The key URI has no secret parameter."));
    Result<QByteArray> secret = base32Decode(secretText);
    // Released first, so that the list holds the only reference and the wipe hits the real buffer.
    secretText = QString();
    for (auto &[key, value] : items)
        if (key == KeySecret)
            secureWipe(value);
    if (!secret)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The secret in the key URI is not valid base32: %1").arg(secret.message()));
    if (Status s = checkSecretLength(secret.value()); !s) {
        secureWipe(secret.value());
        return s.error();
    }

    if (values.contains(KeyAlgorithm)) {
        const QString name = values.value(KeyAlgorithm);
        const std::optional<OtpAlgorithm> algorithm = otpAlgorithmFromName(name);
        if (!algorithm) {
            secureWipe(secret.value());
            return makeError(
                ErrorCode::InvalidInput,
                Tr::tr("The algorithm “%1” is not supported; use SHA1, SHA256 or SHA512.").arg(shown(name)));
        }
        out.params.algorithm = *algorithm;
    }
    // Parsed as unsigned numbers first; the range checks are validateOtpParams's.
    for (const QString &key : {KeyDigits, KeyPeriod}) {
        if (!values.contains(key) || (key == KeyPeriod && out.type == TypeHotp))
            continue;
        const std::optional<quint64> n = parseUnsigned(values.value(key));
        if (!n) {
            secureWipe(secret.value());
            return notANumber(key, values.value(key));
        }
        const int clamped = *n > 1000000u ? 1000000 : static_cast<int>(*n);
        (key == KeyDigits ? out.params.digits : out.params.period) = clamped;
    }
    if (Status s = validateOtpParams(out.params); !s) {
        secureWipe(secret.value());
        return s.error();
    }
    if (out.type == TypeHotp) {
        if (!values.contains(KeyCounter)) {
            secureWipe(secret.value());
            return makeError(ErrorCode::InvalidInput, Tr::tr("An hotp key URI needs a counter parameter."));
        }
        const std::optional<quint64> counter = parseUnsigned(values.value(KeyCounter));
        if (!counter) {
            secureWipe(secret.value());
            return notANumber(KeyCounter, values.value(KeyCounter));
        }
        out.counter = *counter;
    }
    out.secret = std::move(secret).value();
    return out;
}

} // namespace authdesk::crypto
