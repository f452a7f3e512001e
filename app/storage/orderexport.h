#pragma once

#include <functional>

#include <QByteArray>
#include <QJsonObject>

#include "app/storage/orderqueries.h"

class QIODevice;

namespace PayDesk::Storage {

enum class ExportFormat
{
    Csv, // RFC 4180, UTF-8, safe to open in a spreadsheet (csvCell)
    Json,
};

// One order as paydesk-cli prints and exports it: amounts as decimal text, ids as strings.
QJsonObject orderRowJson(const OrderRow &row);

struct ExportResult
{
    qint64 orders = 0;      // written
    bool cancelled = false; // `step` said stop: what was written is incomplete
};

// Writes the orders of `filter` to `out` as SQLite reads them, in constant memory: CSV with a
// header row (after a UTF-8 byte order mark when `byteOrderMark`, for spreadsheet programs) or
// {"orders": [...]}. `step` hears how many orders were written after each; when it returns false
// the export stops, cancelled. An error when reading or writing fails.
Result<ExportResult> exportOrders(const Database &database, const OrderFilter &filter, ExportFormat format,
                                  QIODevice *out, bool byteOrderMark = false,
                                  const std::function<bool(qint64)> &step = {});

} // namespace PayDesk::Storage
