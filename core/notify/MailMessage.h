#pragma once
// The RFC 5322 text of a notification (what SMTP sends and what a command hook reads on stdin):
// Date, From, To, Subject (RFC 2047 when not ASCII), a random Message-ID, MIME 1.0, a base64
// text/plain UTF-8 body. Headers are checked before anything is built, so no CR/LF or other control
// character in an address, a name or the subject can add a header of its own.

#include "core/Result.h"
#include "core/notify/Notifier.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace authdesk::notify {

// An address SMTP can carry as it is: InputRules::email plus ASCII only (no SMTPUTF8) and no
// control characters. `what` names the field in the error ("sender", "recipient").
Result<QString> checkMailAddress(const QString &address, const QString &what);
// The subject and display name: one line, no control characters, at most 998 characters.
Status checkHeaderText(const QString &text, const QString &what);

// RFC 2047 B-encoded words (UTF-8), folded between words; ASCII text is returned as it is.
QByteArray encodeHeaderText(const QString &text);

struct ComposedMessage {
    QByteArray text;   // the whole message, CRLF line ends
    QString messageId; // without the angle brackets
};
// Fails with InvalidInput naming the field when an address or header text is refused.
Result<ComposedMessage> composeMessage(const QString &from, const Notification &notification, const QDateTime &date);

} // namespace authdesk::notify
