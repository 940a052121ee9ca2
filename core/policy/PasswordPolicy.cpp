#include "core/policy/PasswordPolicy.h"

#include "core/policy/InputRules.h"
#include "core/policy/PasswordBlocklist.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace authdesk {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)
};

constexpr int LowestMinLength = 8;
constexpr int HighestMinLength = 64;
constexpr int LowestMaxLength = 64;
constexpr int HighestMaxLength = 4096;
// Shorter name parts ("li", "bob") occur inside too many good passwords to count as context words.
constexpr int MinContextWordLength = 4;
// NFC composes at most four UTF-16 units into one code point (Greek with three combining marks),
// so input longer than this many units per allowed code point is too long whatever it normalizes to.
constexpr qsizetype MaxUnitsPerCodePoint = 4;

const QString KeyMinLength = QStringLiteral("password.min_length");
const QString KeyMinLengthWithMfa = QStringLiteral("password.min_length_with_mfa");
const QString KeyMaxLength = QStringLiteral("password.max_length");
const QString KeyRequireComposition = QStringLiteral("password.require_composition");
const QString KeyBlocklist = QStringLiteral("password.blocklist");
const QString KeyContextWords = QStringLiteral("password.context_words");
const QString ProductName = QStringLiteral("authdesk");

QString boolText(bool on)
{
    return on ? QStringLiteral("true") : QStringLiteral("false");
}

// A stored or typed value, safe and short enough to repeat in a message.
QString shown(const QString &value)
{
    const QString text = value.size() > 40 ? value.left(40) + QChar(0x2026) : value;
    return InputRules::escapeForDisplay(text);
}

Result<int> parseNumber(const QString &key, const QString &value, int lowest, int highest)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}\\z"));
    const QString text = value.trimmed();
    if (!digits.match(text).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 must be a whole number, not “%2”.").arg(key, shown(value)));
    const int n = text.toInt();
    if (n < lowest || n > highest)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 must be between %2 and %3, not %4.").arg(key).arg(lowest).arg(highest).arg(n));
    return n;
}

Result<bool> parseBool(const QString &key, const QString &value)
{
    const QString text = value.trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("on") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("off") || text == QLatin1String("0"))
        return false;
    return makeError(ErrorCode::InvalidInput,
                     Tr::tr("%1 must be true or false (or on/off, 1/0), not “%2”.").arg(key, shown(value)));
}

// Sets the field of a value validateSetting() has already normalized.
void apply(PasswordPolicy &policy, const QString &key, const QString &normalized)
{
    if (key == KeyMinLength)
        policy.minLength = normalized.toInt();
    else if (key == KeyMinLengthWithMfa)
        policy.minLengthWithMfa = normalized.toInt();
    else if (key == KeyMaxLength)
        policy.maxLength = normalized.toInt();
    else if (key == KeyRequireComposition)
        policy.requireComposition = normalized == QLatin1String("true");
    else if (key == KeyBlocklist)
        policy.blocklist = normalized == QLatin1String("true");
    else if (key == KeyContextWords)
        policy.contextWords = normalized == QLatin1String("true");
}

// C0 and C1 controls and DEL (Cc): a NUL or line break cannot be typed the same way twice and
// breaks C APIs. Unpaired surrogates: UTF-8 has no encoding for them, so two different inputs would
// hash alike. Everything else printable, spaces and emoji included, is allowed (NIST 3.1.1.2).
enum class BadChar { None, Control, Surrogate };

BadChar findBadChar(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i; // no supplementary code point is a control
            continue;
        }
        if (c.isSurrogate())
            return BadChar::Surrogate;
        if (c.category() == QChar::Other_Control)
            return BadChar::Control;
    }
    return BadChar::None;
}

// Punctuation, symbols (emoji too) and spaces.
bool isSeparatorOrSymbol(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other:
    case QChar::Separator_Space:
        return true;
    default:
        return false;
    }
}

// What people add at the end to get past a length rule: digits, punctuation, symbols, spaces.
bool isTrailingJunk(char32_t c)
{
    return QChar::isDigit(c) || QChar::category(c) == QChar::Number_Other || isSeparatorOrSymbol(c);
}

// The password without the digits, punctuation and symbols at its end ("dragon2024!" → "dragon").
QString stem(const QString &folded)
{
    const QList<uint> ucs4 = folded.toUcs4();
    qsizetype end = ucs4.size();
    while (end > 0 && isTrailingJunk(ucs4.at(end - 1)))
        --end;
    return end == ucs4.size() ? folded : QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()), end);
}

enum class Common { No, Listed, ListedWithSuffix };

Common commonness(const QString &folded)
{
    if (PasswordBlocklist::contains(folded))
        return Common::Listed;
    const QString s = stem(folded);
    if (!s.isEmpty() && s.size() != folded.size() && PasswordBlocklist::contains(s))
        return Common::ListedWithSuffix;
    return Common::No;
}

enum class WordKind { Username, EmailName, DisplayName, Product };

struct ContextWord {
    QString word; // case-folded
    WordKind kind;
};

void addWords(QList<ContextWord> &words, const QString &text, WordKind kind, bool includeWhole)
{
    const QString folded = InputRules::foldKey(text);
    if (includeWhole && InputRules::codePointCount(folded) >= MinContextWordLength)
        words.append({folded, kind});
    // "john.smith" and "Ada Lovelace" also contribute their parts.
    static const QRegularExpression parts(QStringLiteral("[\\p{L}\\p{N}]+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = parts.globalMatch(folded); it.hasNext();) {
        const QString part = it.next().captured();
        if (part != folded && InputRules::codePointCount(part) >= MinContextWordLength)
            words.append({part, kind});
    }
}

QString contextMessage(WordKind kind)
{
    switch (kind) {
    case WordKind::Username:
        return Tr::tr("The password contains the account's username, and what is left without it is too short or "
                      "too common.");
    case WordKind::EmailName:
        return Tr::tr("The password contains the name part of the account's email address, and what is left without "
                      "it is too short or too common.");
    case WordKind::DisplayName:
        return Tr::tr("The password contains part of the account's display name, and what is left without it is too "
                      "short or too common.");
    case WordKind::Product:
        break;
    }
    return Tr::tr("The password contains the product name “AuthDesk”, and what is left without it is too short or "
                  "too common.");
}

} // namespace

QStringList PasswordPolicy::settingKeys()
{
    return {KeyMinLength, KeyMinLengthWithMfa, KeyMaxLength, KeyRequireComposition, KeyBlocklist, KeyContextWords};
}

QString PasswordPolicy::settingDescription(const QString &key)
{
    if (key == KeyMinLength)
        return Tr::tr("Minimum password length, in characters, for accounts without multi-factor authentication "
                      "(%1 to %2; NIST asks for 15).")
            .arg(LowestMinLength)
            .arg(HighestMinLength);
    if (key == KeyMinLengthWithMfa)
        return Tr::tr("Minimum password length, in characters, for accounts with multi-factor authentication "
                      "(%1 up to the minimum above; NIST asks for 8).")
            .arg(LowestMinLength);
    if (key == KeyMaxLength)
        return Tr::tr("Maximum password length, in characters (%1 to %2); longer input is refused before any "
                      "work is done on it.")
            .arg(LowestMaxLength)
            .arg(HighestMaxLength);
    if (key == KeyRequireComposition)
        return Tr::tr("Require an upper-case letter, a lower-case letter, a digit and a special character "
                      "(off by default, as NIST recommends).");
    if (key == KeyBlocklist)
        return Tr::tr("Refuse passwords on the list of commonly used passwords, also with digits or symbols added "
                      "at the end.");
    if (key == KeyContextWords)
        return Tr::tr("Refuse passwords built on the username, the name part of the email address, the display "
                      "name or the product name.");
    return {};
}

Result<QString> PasswordPolicy::validateSetting(const QString &key, const QString &value, const PasswordPolicy &current)
{
    if (key == KeyMinLength) {
        const auto n = parseNumber(key, value, LowestMinLength, HighestMinLength);
        if (!n.ok())
            return n.error();
        if (*n < current.minLengthWithMfa)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("%1 cannot be below %2 (now %3): lower that one first.")
                                 .arg(key, KeyMinLengthWithMfa)
                                 .arg(current.minLengthWithMfa));
        return QString::number(*n);
    }
    if (key == KeyMinLengthWithMfa) {
        const auto n = parseNumber(key, value, LowestMinLength, std::max(LowestMinLength, current.minLength));
        if (!n.ok())
            return n.error();
        return QString::number(*n);
    }
    if (key == KeyMaxLength) {
        const auto n = parseNumber(key, value, LowestMaxLength, HighestMaxLength);
        if (!n.ok())
            return n.error();
        return QString::number(*n);
    }
    if (key == KeyRequireComposition || key == KeyBlocklist || key == KeyContextWords) {
        const auto on = parseBool(key, value);
        if (!on.ok())
            return on.error();
        return boolText(*on);
    }
    return makeError(ErrorCode::InvalidInput,
                     Tr::tr("“%1” is not a password policy setting; they are: %2.")
                         .arg(shown(key), settingKeys().join(QStringLiteral(", "))));
}

PasswordPolicy PasswordPolicy::fromSettings(const QHash<QString, QString> &settings)
{
    // In settingKeys() order, so min_length is known before min_length_with_mfa is checked against it.
    PasswordPolicy policy;
    for (const QString &key : settingKeys()) {
        const auto it = settings.constFind(key);
        if (it == settings.constEnd())
            continue;
        const auto value = validateSetting(key, it.value(), policy);
        if (value.ok())
            apply(policy, key, value.value());
        else
            // Only written behind the application's back: the default is the safe choice.
            qWarning("Password policy: ignoring the stored %s: %s", qUtf8Printable(key),
                     qUtf8Printable(value.message()));
    }
    return policy;
}

QHash<QString, QString> PasswordPolicy::toSettings() const
{
    return {
        {KeyMinLength, QString::number(minLength)}, {KeyMinLengthWithMfa, QString::number(minLengthWithMfa)},
        {KeyMaxLength, QString::number(maxLength)}, {KeyRequireComposition, boolText(requireComposition)},
        {KeyBlocklist, boolText(blocklist)},        {KeyContextWords, boolText(contextWords)},
    };
}

Status PasswordPolicy::check(const QString &password, const PasswordContext &context) const
{
    const auto tooLong = [this] {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The password is too long: at most %n character(s).", nullptr, maxLength));
    };
    // Before anything walks the whole string: 10 kB of input costs one comparison.
    if (password.size() > qsizetype(maxLength) * MaxUnitsPerCodePoint)
        return tooLong();
    switch (findBadChar(password)) {
    case BadChar::Control:
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The password contains a control character (such as a tab or a line break); letters, "
                                "digits, symbols, spaces and emoji are all allowed."));
    case BadChar::Surrogate:
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The password contains an invalid character (an unpaired UTF-16 surrogate)."));
    case BadChar::None:
        break;
    }

    const QString nfc = password.normalized(QString::NormalizationForm_C);
    const qsizetype length = InputRules::codePointCount(nfc);
    if (length > maxLength)
        return tooLong();
    const int minimum = context.hasMfa ? std::min(minLengthWithMfa, minLength) : minLength;
    if (length < minimum) {
        if (context.hasMfa)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The password is too short: at least %n character(s) for an account with "
                                    "multi-factor authentication.",
                                    nullptr, minimum));
        if (minLengthWithMfa < minLength)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The password is too short: at least %n character(s) for an account without "
                                    "multi-factor authentication (%1 once it has it).",
                                    nullptr, minimum)
                                 .arg(minLengthWithMfa));
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The password is too short: at least %n character(s).", nullptr, minimum));
    }

    if (requireComposition) {
        bool upper = false, lower = false, digit = false, special = false;
        for (const char32_t c : nfc.toUcs4()) {
            if (QChar::isUpper(c) || QChar::category(c) == QChar::Letter_Titlecase)
                upper = true;
            else if (QChar::isLower(c))
                lower = true;
            else if (QChar::isDigit(c))
                digit = true;
            else if (!QChar::isLetterOrNumber(c) && !QChar::isMark(c))
                special = true;
        }
        QStringList missing;
        if (!upper)
            missing.append(Tr::tr("an upper-case letter"));
        if (!lower)
            missing.append(Tr::tr("a lower-case letter"));
        if (!digit)
            missing.append(Tr::tr("a digit"));
        if (!special)
            missing.append(Tr::tr("a special character (punctuation, a symbol or a space)"));
        if (!missing.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The password policy requires an upper-case letter, a lower-case letter, a digit "
                                    "and a special character; this password lacks %1.")
                                 .arg(missing.join(QStringLiteral(", "))));
    }

    const QString folded = nfc.toCaseFolded();
    if (blocklist) {
        switch (commonness(folded)) {
        case Common::Listed:
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The password is on the list of commonly used passwords."));
        case Common::ListedWithSuffix:
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The password is a commonly used password with digits, punctuation or symbols "
                                    "added at the end."));
        case Common::No:
            break;
        }
    }

    if (contextWords) {
        QList<ContextWord> words;
        addWords(words, context.username, WordKind::Username, true);
        addWords(words, context.email.left(std::max<qsizetype>(0, context.email.lastIndexOf(QLatin1Char('@')))),
                 WordKind::EmailName, true);
        addWords(words, context.displayName, WordKind::DisplayName, false);
        words.append({ProductName, WordKind::Product});
        // A context word may appear in a password as long as the password does not rest on it: what is
        // left once every context word is taken out must still meet the length rule and not be common.
        QString rest = folded;
        std::optional<WordKind> first;
        for (const ContextWord &w : std::as_const(words)) {
            if (rest.contains(w.word)) {
                if (!first)
                    first = w.kind;
                rest.remove(w.word);
            }
        }
        if (first) {
            // "alice-12345678": the separator left in front does not make "12345678" less common.
            const QList<uint> restUcs4 = rest.toUcs4();
            qsizetype start = 0;
            while (start < restUcs4.size() && isSeparatorOrSymbol(restUcs4.at(start)))
                ++start;
            const QString core = QString::fromUcs4(reinterpret_cast<const char32_t *>(restUcs4.constData()) + start,
                                                   restUcs4.size() - start);
            if (InputRules::codePointCount(rest) < minimum || core.isEmpty()
                || (blocklist && commonness(core) != Common::No))
                return makeError(ErrorCode::InvalidInput, contextMessage(*first));
        }
    }
    return Done{};
}

} // namespace authdesk
