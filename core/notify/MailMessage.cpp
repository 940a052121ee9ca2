#include "core/notify/MailMessage.h"

#include "core/crypto/Random.h"
#include "core/policy/InputRules.h"

#include <QCoreApplication>

namespace authdesk::notify {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MailMessage)
};

constexpr int MaxHeaderText = 998;  // RFC 5322's line limit
constexpr int MaxEncodedChunk = 45; // UTF-8 bytes per encoded word: 60 base64 characters, 75 in all
constexpr int BodyLineLength = 76;  // RFC 2045

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029;
}

bool isPlainAscii(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

// A display name as an RFC 5322 phrase: a quoted string when ASCII, encoded words otherwise.
QByteArray phrase(const QString &name)
{
    if (!isPlainAscii(name) || name.contains(QLatin1String("=?")))
        return encodeHeaderText(name);
    QByteArray out = "\"";
    for (QChar c : name) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += '\\';
        out += static_cast<char>(c.unicode());
    }
    return out + '"';
}

QByteArray domainOf(const QString &address)
{
    return address.mid(address.lastIndexOf(QLatin1Char('@')) + 1).toLatin1();
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += BodyLineLength)
        out += b64.mid(i, BodyLineLength) + "\r\n";
    return out;
}
} // namespace

Result<QString> checkMailAddress(const QString &address, const QString &what)
{
    for (QChar c : address)
        if (isControl(c))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The %1 address contains a control character (such as a line break), which could "
                                    "add headers to the message: refused.")
                                 .arg(what));
    auto checked = InputRules::email(address);
    if (!checked.ok())
        return makeError(ErrorCode::InvalidInput, Tr::tr("The %1 address is refused: %2").arg(what, checked.message()));
    if (!isPlainAscii(checked.value()))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The %1 address “%2” has non-ASCII characters, which AuthDesk cannot send to "
                                "(SMTPUTF8 is not supported).")
                             .arg(what, InputRules::escapeForDisplay(checked.value())));
    return checked;
}

Status checkHeaderText(const QString &text, const QString &what)
{
    for (QChar c : text)
        if (isControl(c))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The %1 contains a control character (such as a line break), which could add "
                                    "headers to the message: refused.")
                                 .arg(what));
    if (text.size() > MaxHeaderText)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The %1 is longer than %2 characters.").arg(what).arg(MaxHeaderText));
    return Done{};
}

QByteArray encodeHeaderText(const QString &text)
{
    if (isPlainAscii(text) && !text.contains(QLatin1String("=?")))
        return text.toLatin1();
    // Whole code points per word, so no word ends inside a UTF-8 sequence (RFC 2047 section 5).
    QByteArray out;
    QByteArray chunk;
    const auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype n = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, n).toUtf8();
        if (chunk.size() + bytes.size() > MaxEncodedChunk)
            flush();
        chunk += bytes;
        i += n - 1;
    }
    flush();
    return out;
}

Result<ComposedMessage> composeMessage(const QString &from, const Notification &notification, const QDateTime &date)
{
    auto sender = checkMailAddress(from, Tr::tr("sender"));
    if (!sender.ok())
        return sender.error();
    auto recipient = checkMailAddress(notification.to, Tr::tr("recipient"));
    if (!recipient.ok())
        return recipient.error();
    if (auto s = checkHeaderText(notification.toName, Tr::tr("recipient's name")); !s.ok())
        return s.error();
    if (auto s = checkHeaderText(notification.subject, Tr::tr("subject")); !s.ok())
        return s.error();
    if (notification.subject.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("The notification has no subject."));

    ComposedMessage m;
    m.messageId = QString::fromLatin1(crypto::randomBytes(16).toHex() + '@' + domainOf(sender.value()));
    QString body = notification.body;
    body.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    body.replace(QLatin1Char('\n'), QLatin1String("\r\n"));

    QByteArray &t = m.text;
    t += "Date: " + date.toUTC().toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    t += "From: AuthDesk <" + sender.value().toLatin1() + ">\r\n";
    if (notification.toName.isEmpty())
        t += "To: <" + recipient.value().toLatin1() + ">\r\n";
    else
        t += "To: " + phrase(notification.toName) + " <" + recipient.value().toLatin1() + ">\r\n";
    t += "Subject: " + encodeHeaderText(notification.subject) + "\r\n";
    t += "Message-ID: <" + m.messageId.toLatin1() + ">\r\n";
    t += "MIME-Version: 1.0\r\n";
    t += "Content-Type: text/plain; charset=UTF-8\r\n";
    t += "Content-Transfer-Encoding: base64\r\n";
    t += "Auto-Submitted: auto-generated\r\n";
    t += "\r\n";
    t += base64Lines(body.toUtf8());
    return m;
}

} // namespace authdesk::notify
