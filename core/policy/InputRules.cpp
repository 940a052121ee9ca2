#include "core/policy/InputRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace authdesk::InputRules {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(InputRules)
};

bool isForbiddenChar(char32_t c)
{
    const auto cat = QChar::category(c);
    // Controls, format characters (bidi overrides, zero-width joiners), surrogates, unassigned.
    return cat == QChar::Other_Control || cat == QChar::Other_Format || cat == QChar::Other_Surrogate
        || cat == QChar::Other_NotAssigned || cat == QChar::Other_PrivateUse || c == 0x2028 || c == 0x2029;
}

bool hasForbiddenChars(const QString &text)
{
    // Walks the UTF-16 units itself: toUcs4() would turn an unpaired surrogate into U+FFFD,
    // which passes the category test and is then stored as something other than what was typed.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t code = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, text.at(i + 1));
            ++i;
        } else if (c.isSurrogate()) {
            return true;
        }
        if (isForbiddenChar(code))
            return true;
    }
    return false;
}

Result<QString> checkedText(const QString &raw, const QString &what, int maxLength, bool allowEmpty)
{
    if (raw.size() > maxLength * 4 + 16) // cheap early refusal of huge input
        return makeError(ErrorCode::InvalidInput, Tr::tr("The %1 is too long (at most %2 characters).").arg(what).arg(maxLength));
    // Never a null string: it would be stored as SQL NULL rather than empty text.
    const QString text = raw.isEmpty() ? QStringLiteral("") : raw.normalized(QString::NormalizationForm_C);
    if (hasForbiddenChars(text))
        return makeError(ErrorCode::InvalidInput, Tr::tr("The %1 contains control or invisible characters.").arg(what));
    if (codePointCount(text) > maxLength)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The %1 is too long (at most %2 characters).").arg(what).arg(maxLength));
    if (!allowEmpty && text.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("The %1 is empty.").arg(what));
    if (text != text.trimmed())
        return makeError(ErrorCode::InvalidInput, Tr::tr("The %1 starts or ends with spaces.").arg(what));
    return text;
}
} // namespace

qsizetype codePointCount(const QString &text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

QString foldKey(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).toCaseFolded();
}

Result<QString> username(const QString &raw)
{
    auto text = checkedText(raw, Tr::tr("username"), MaxUsernameLength, false);
    if (!text.ok())
        return text;
    // '@' keeps "address a user by username or email" unambiguous; '#' starts an id reference.
    for (QChar c : text.value()) {
        if (c.isSpace() || c == QLatin1Char('@') || c == QLatin1Char('/') || c == QLatin1Char('\\'))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("A username cannot contain spaces, “@”, “/” or “\\”."));
    }
    if (text.value().startsWith(QLatin1Char('#')) || text.value().startsWith(QLatin1Char('-')))
        return makeError(ErrorCode::InvalidInput, Tr::tr("A username cannot start with “#” or “-”."));
    return text;
}

Result<QString> email(const QString &raw)
{
    auto text = checkedText(raw, Tr::tr("email address"), MaxEmailLength, false);
    if (!text.ok())
        return text;
    // Deliberately simple: one @, a non-empty local part, a dotted domain of letters, digits and
    // hyphens. Whether the mailbox exists is the verification issue's job.
    static const QRegularExpression re(QStringLiteral(
        "^[^\\s@\"(),:;<>\\[\\]\\\\]{1,64}@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+"
        "[\\p{L}]{2,63}\\z"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (!re.match(text.value()).hasMatch())
        return makeError(ErrorCode::InvalidInput, Tr::tr("“%1” is not a valid email address.").arg(escapeForDisplay(text.value())));
    return text;
}

Result<QString> displayName(const QString &raw)
{
    return checkedText(raw, Tr::tr("display name"), MaxDisplayNameLength, true);
}

Result<QString> roleName(const QString &raw)
{
    auto text = checkedText(raw, Tr::tr("role name"), MaxRoleNameLength, false);
    if (!text.ok())
        return text;
    static const QRegularExpression re(QStringLiteral("^[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]*\\z"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    if (!re.match(text.value()).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("A role name may hold letters, digits, spaces, “.”, “_” and “-”, and starts with a letter or digit."));
    return text;
}

Result<QString> permissionName(const QString &raw)
{
    // \z, not $: "$" also matches before a final newline, and "users\n" is no permission name.
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,31}(\\.[a-z][a-z0-9_]{0,31}){0,3}\\z"));
    if (raw.size() > 128 || !re.match(raw).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("A permission name is lower-case letters, digits and “_”, in dot-separated parts "
                                "(for example “reports.export”)."));
    return raw;
}

Result<QString> description(const QString &raw)
{
    return checkedText(raw, Tr::tr("description"), MaxDescriptionLength, true);
}

Result<QString> reason(const QString &raw, bool required)
{
    return checkedText(raw, Tr::tr("reason"), MaxReasonLength, !required);
}

Result<QString> freeText(const QString &raw, const QString &what, int maxLength, bool required)
{
    return checkedText(raw, what, maxLength, !required);
}

Status password(const QString &password)
{
    if (password.size() > MaxPasswordLength * 2)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The password is too long (at most %1 characters).").arg(MaxPasswordLength));
    const QString nfc = password.normalized(QString::NormalizationForm_C);
    const auto n = codePointCount(nfc);
    if (n > MaxPasswordLength)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The password is too long (at most %1 characters).").arg(MaxPasswordLength));
    if (n < 15)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The password is too short: at least 15 characters."));
    return Done{};
}

QString escapeForDisplay(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (char32_t c : text.toUcs4()) {
        if (isForbiddenChar(c)) {
            if (c == U'\n')
                out += QLatin1String("\\n");
            else if (c == U'\t')
                out += QLatin1String("\\t");
            else if (c == U'\r')
                out += QLatin1String("\\r");
            else
                out += QStringLiteral("\\u{%1}").arg(static_cast<uint>(c), 0, 16);
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    }
    return out;
}

} // namespace authdesk::InputRules
