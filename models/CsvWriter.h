#pragma once
// RFC 4180 records for the CSV files the console exports (CRLF, fields quoted only when needed),
// each cell guarded against spreadsheet formula injection. Shared by every export.

#include <QString>
#include <QStringList>

namespace authdesk::csv {

// One field: a value a spreadsheet would evaluate (= + - @ tab CR first) gets a leading ', and a
// field with a comma, quote or line break is quoted with its quotes doubled.
QString field(const QString &value);
// The fields joined by commas, ending in CRLF.
QString record(const QStringList &fields);

} // namespace authdesk::csv
