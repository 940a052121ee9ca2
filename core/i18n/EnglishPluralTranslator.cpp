#include "core/i18n/EnglishPluralTranslator.h"

namespace authdesk {

QString EnglishPluralTranslator::translate(const char *, const char *sourceText, const char *, int n) const
{
    // n < 0: not a plural message; a null answer lets Qt fall back to the source text.
    if (n < 0 || !sourceText)
        return {};
    QString text = QString::fromUtf8(sourceText);
    const QString marker = QStringLiteral("(s)");
    if (!text.contains(marker))
        return {};
    return text.replace(marker, n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace authdesk
