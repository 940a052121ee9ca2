#include "models/CsvWriter.h"

namespace authdesk::csv {

QString field(const QString &value)
{
    QString v = value;
    // A cell a spreadsheet would evaluate stays text.
    if (!v.isEmpty()
        && (v.front() == QLatin1Char('=') || v.front() == QLatin1Char('+') || v.front() == QLatin1Char('-')
            || v.front() == QLatin1Char('@') || v.front() == QLatin1Char('\t') || v.front() == QLatin1Char('\r')))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\r'))
        || v.contains(QLatin1Char('\n'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QString record(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += field(fields.at(i));
    }
    return line + QStringLiteral("\r\n");
}

} // namespace authdesk::csv
