#include "app/storage/orderexport.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>

#include "app/storage/csv.h"

namespace PayDesk::Storage {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PayDesk::Storage)
};

QString moneyText(qint64 minor, const QString &currency)
{
    return Money(minor, currency).toDecimalString();
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QByteArray csvHeader()
{
    return csvRecord({QStringLiteral("order"), QStringLiteral("created"), QStringLiteral("customer"),
                      QStringLiteral("items"), QStringLiteral("currency"), QStringLiteral("amount"),
                      QStringLiteral("state"), QStringLiteral("refunded"), QStringLiteral("orderId"),
                      QStringLiteral("transactionId"), QStringLiteral("updated")});
}

QByteArray csvRow(const OrderRow &r)
{
    return csvRecord({r.number, r.created.toString(Qt::ISODate), r.customerName, r.itemsSummary, r.currency,
                      moneyText(r.totalMinor, r.currency), stateName(r.state), moneyText(r.refundedMinor, r.currency),
                      r.lineOrderId, r.transactionId ? QString::number(r.transactionId) : QString(),
                      r.updated.toString(Qt::ISODate)});
}

} // namespace

QJsonObject orderRowJson(const OrderRow &r)
{
    const QString c = r.currency;
    const bool waiting = r.state == PaymentState::Requested || r.state == PaymentState::Authenticated;
    return QJsonObject{
        {QStringLiteral("order"), r.number},
        {QStringLiteral("orderId"), nullable(r.lineOrderId)},
        {QStringLiteral("transactionId"),
         r.transactionId ? QJsonValue(QString::number(r.transactionId)) : QJsonValue()},
        {QStringLiteral("state"), stateName(r.state)},
        {QStringLiteral("currency"), c},
        {QStringLiteral("amount"), moneyText(r.totalMinor, c)},
        {QStringLiteral("captured"), moneyText(r.capturedMinor, c)},
        {QStringLiteral("refunded"), moneyText(r.refundedMinor, c)},
        {QStringLiteral("refundable"), moneyText(r.capturedMinor - r.refundedMinor, c)},
        {QStringLiteral("paymentUrl"), waiting ? nullable(r.paymentUrl) : QJsonValue()},
        {QStringLiteral("returnCode"), nullable(r.lastReturnCode)},
        {QStringLiteral("returnMessage"), nullable(r.lastReturnMessage)},
        {QStringLiteral("created"), r.created.toString(Qt::ISODate)},
        {QStringLiteral("updated"), r.updated.toString(Qt::ISODate)},
        {QStringLiteral("customer"), r.customerName},
        {QStringLiteral("items"), r.itemsSummary},
    };
}

Result<ExportResult> exportOrders(const Database &database, const OrderFilter &filter, ExportFormat format,
                                  QIODevice *out, bool byteOrderMark, const std::function<bool(qint64)> &step)
{
    ExportResult result;
    bool written = true;
    const auto write = [&](const QByteArray &bytes) {
        written = written && out->write(bytes) == bytes.size();
        return written;
    };
    if (format == ExportFormat::Csv)
        write((byteOrderMark ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray()) + csvHeader());
    else
        write(QByteArrayLiteral("{\"orders\": [\n"));
    const Status read = OrderQueries(database).forEach(filter, [&](const OrderRow &r) {
        QByteArray bytes;
        if (format == ExportFormat::Csv)
            bytes = csvRow(r);
        else
            bytes = (result.orders > 0 ? QByteArrayLiteral(",\n") : QByteArray()) +
                    QJsonDocument(orderRowJson(r)).toJson(QJsonDocument::Compact);
        if (!write(bytes))
            return false;
        ++result.orders;
        if (step && !step(result.orders)) {
            result.cancelled = true;
            return false;
        }
        return true;
    });
    if (!read)
        return read.error();
    if (format == ExportFormat::Json && !result.cancelled)
        write(QByteArrayLiteral("\n]}\n"));
    if (!written)
        return storageError(Text::tr("Writing the export failed: %1").arg(out->errorString()));
    return result;
}

} // namespace PayDesk::Storage
