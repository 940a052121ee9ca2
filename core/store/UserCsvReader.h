#pragma once
// Reads the user import CSV (RFC 4180, UTF-8, header row) one record at a time, so a file of
// millions of users is never held in memory. Columns: username, email, display_name, roles
// (separated by ';'), and optionally password_hash; in any order.

#include "core/Result.h"
#include "core/User.h"

#include <QHash>
#include <QIODevice>

namespace authdesk {

struct ImportRow {
    qint64 line = 0;               // line number where the record starts (the header is line 1)
    NewUser user;
    bool resetRequired = false;    // its password hash was of a broken scheme and is not kept
};

class UserCsvReader {
public:
    explicit UserCsvReader(QIODevice &device);

    Status readHeader();
    // Ok(true) with a row, Ok(false) at the end, or an error naming the line.
    Result<bool> next(ImportRow &row);
    qint64 bytesRead() const { return m_bytesRead; }

private:
    Result<QStringList> readRecord(qint64 &startLine);

    QIODevice &m_device;
    QHash<QString, int> m_columns;
    qint64 m_line = 0;
    qint64 m_bytesRead = 0;
};

} // namespace authdesk
