#include "core/store/UserCsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace authdesk {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(UserCsvReader)
};
constexpr qsizetype MaxRecordBytes = 64 * 1024;
const QStringList knownColumns = {QStringLiteral("username"), QStringLiteral("email"), QStringLiteral("display_name"),
                                  QStringLiteral("roles"), QStringLiteral("password_hash")};
} // namespace

UserCsvReader::UserCsvReader(QIODevice &device) : m_device(device) {}

Result<QStringList> UserCsvReader::readRecord(qint64 &startLine)
{
    QStringList fields;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    qsizetype recordBytes = 0;
    startLine = m_line + 1;
    for (;;) {
        QByteArray raw = m_device.readLine(MaxRecordBytes + 1);
        if (raw.isEmpty()) {
            if (inQuotes)
                return makeError(ErrorCode::InvalidInput, Tr::tr("Line %1: a quoted field is not closed.").arg(startLine));
            if (fields.isEmpty() && field.isEmpty() && !fieldWasQuoted)
                return QStringList();
            fields << field;
            return fields;
        }
        ++m_line;
        m_bytesRead += raw.size();
        recordBytes += raw.size();
        if (recordBytes > MaxRecordBytes)
            return makeError(ErrorCode::InvalidInput, Tr::tr("Line %1: the record is longer than 64 KiB.").arg(startLine));
        if (m_line == 1 && raw.startsWith("\xEF\xBB\xBF"))
            raw.remove(0, 3);
        QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decode(raw);
        if (decode.hasError())
            return makeError(ErrorCode::InvalidInput, Tr::tr("Line %1 is not valid UTF-8.").arg(m_line));
        bool lineEnded = false;
        if (text.endsWith(QLatin1Char('\n'))) {
            text.chop(1);
            if (text.endsWith(QLatin1Char('\r')))
                text.chop(1);
            lineEnded = true;
        }
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (inQuotes) {
                if (c == QLatin1Char('"')) {
                    if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        ++i;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    field += c;
                }
            } else if (c == QLatin1Char(',')) {
                fields << field;
                field.clear();
                fieldWasQuoted = false;
            } else if (c == QLatin1Char('"')) {
                if (!field.isEmpty() || fieldWasQuoted)
                    return makeError(ErrorCode::InvalidInput,
                                     Tr::tr("Line %1: a quote inside an unquoted field.").arg(m_line));
                inQuotes = true;
                fieldWasQuoted = true;
            } else {
                if (fieldWasQuoted)
                    return makeError(ErrorCode::InvalidInput,
                                     Tr::tr("Line %1: text after the closing quote of a field.").arg(m_line));
                field += c;
            }
        }
        if (inQuotes && lineEnded) {
            field += QLatin1Char('\n');
            continue;
        }
        if (inQuotes)
            continue;
        fields << field;
        // A blank line is skipped, not read as a user with every field empty.
        if (fields.size() == 1 && fields.constFirst().isEmpty() && !fieldWasQuoted) {
            fields.clear();
            field.clear();
            startLine = m_line + 1;
            recordBytes = 0;
            continue;
        }
        return fields;
    }
}

Status UserCsvReader::readHeader()
{
    qint64 line = 0;
    auto header = readRecord(line);
    if (!header.ok())
        return header.error();
    if (header.value().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("The file is empty: it needs a header line."));
    for (int i = 0; i < header.value().size(); ++i) {
        const QString name = header.value().at(i).trimmed().toLower();
        if (!knownColumns.contains(name))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("Line 1: unknown column “%1”; the columns are %2.")
                                 .arg(header.value().at(i).left(64), knownColumns.join(QStringLiteral(", "))));
        if (m_columns.contains(name))
            return makeError(ErrorCode::InvalidInput, Tr::tr("Line 1: the column “%1” appears twice.").arg(name));
        m_columns.insert(name, i);
    }
    for (const char *required : {"username", "email"})
        if (!m_columns.contains(QLatin1String(required)))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("Line 1: the header has no “%1” column.").arg(QLatin1String(required)));
    return Done{};
}

Result<bool> UserCsvReader::next(ImportRow &row)
{
    qint64 line = 0;
    auto record = readRecord(line);
    if (!record.ok())
        return record.error();
    if (record.value().isEmpty())
        return false;
    const QStringList &f = record.value();
    if (f.size() != m_columns.size())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Line %1: %2 fields where the header has %3.").arg(line).arg(f.size()).arg(m_columns.size()));
    auto col = [&](const char *name) {
        const int i = m_columns.value(QLatin1String(name), -1);
        return i < 0 ? QString() : f.at(i);
    };
    row.line = line;
    row.user = NewUser{};
    row.user.username = col("username");
    row.user.email = col("email");
    row.user.displayName = col("display_name");
    const QString roles = col("roles");
    if (!roles.isEmpty())
        for (const QString &r : roles.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            row.user.roles << r.trimmed();
    row.user.passwordHash = col("password_hash");
    return true;
}

} // namespace authdesk
