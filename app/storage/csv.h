#pragma once

#include <QByteArray>
#include <QStringList>

namespace PayDesk::Storage {

// One CSV cell as RFC 4180 writes it, safe to open in a spreadsheet: a cell that a spreadsheet
// would run as a formula (starting with =, +, -, @, a tab or a carriage return) is prefixed with
// an apostrophe (OWASP's rule), and a cell with a comma, a quote or a line break is quoted.
QString csvCell(const QString &value);
// One record of cells, ended by CRLF, in UTF-8.
QByteArray csvRecord(const QStringList &cells);

} // namespace PayDesk::Storage
