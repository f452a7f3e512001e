#pragma once

#include <optional>

#include <QString>

#include "app/domain/result.h"
#include "app/storage/dayclose.h"
#include "app/storage/orderdetails.h"
#include "app/storage/shopsettings.h"

class QPagedPaintDevice;

namespace PayDesk::Reports {

// The paper a document is laid out for: a thermal roll of 58 or 80 mm, or A4 pages.
enum class Paper
{
    Thermal58,
    Thermal80,
    A4,
};

// "58mm", "80mm", "a4"; nullopt for anything else.
std::optional<Paper> paperFromName(QStringView name);
QString paperName(Paper paper);

// The settlement report of a day, in the language of the installed translation and the default
// QLocale: the shop, the day and its span, per currency captured, refunded, voided and net with
// their counts, and every movement with its LINE Pay transactionId.
QString dayReportHtml(const Storage::DayReport &report, const Storage::ShopInfo &shop);

// The report's movements and totals as RFC 4180 CSV (UTF-8, CRLF).
QByteArray dayReportCsv(const Storage::DayReport &report);

// A payment receipt for the order's captured payment, or with `refundId`, the slip of that refund.
// BadInput when the order has nothing to print (no captured payment, no such refund).
Result<QString> receiptHtml(const Storage::OrderDetail &order, const Storage::ShopInfo &shop,
                            std::optional<qint64> refundId = std::nullopt);

// Lays `html` out for `paper` and paints it on `device` (a QPdfWriter or a QPrinter): A4 in pages
// with their numbers, a thermal roll as one page as long as the text.
Status paintDocument(const QString &html, QPagedPaintDevice &device, Paper paper);

// Writes `html` as a PDF at `path` (readable by its owner alone), replacing it only once complete.
Status writePdf(const QString &html, const QString &path, Paper paper, const QString &title);

// Writes `data` at `path`, readable by its owner alone, replacing it only once complete.
Status writeOwnerOnlyFile(const QString &path, const QByteArray &data);

} // namespace PayDesk::Reports
