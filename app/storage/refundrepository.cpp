#include "app/storage/refundrepository.h"

namespace PayDesk::Storage {

namespace {

const QString kInsert =
    QStringLiteral("INSERT INTO refunds (payment_id, refund_transaction_id, amount_minor, reason, created_at, actor,"
                   " operation_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
const QString kForPayment =
    QStringLiteral("SELECT r.id, r.refund_transaction_id, r.amount_minor, r.reason, r.created_at, p.currency, r.actor,"
                   " r.operation_id, r.recorded_at FROM refunds r JOIN payments p ON p.id = r.payment_id WHERE "
                   "r.payment_id = ? ORDER BY r.id");

} // namespace

Status RefundRepository::insert(Refund &refund)
{
    Result<QSqlQuery> q = m_db.exec(
        kInsert, {refund.paymentId, refund.refundTransactionId, refund.amount.minorUnits(),
                  Database::text(refund.reason), Database::timestamp(refund.created), Database::text(refund.actor),
                  refund.operationId ? QVariant(refund.operationId) : QVariant(QMetaType(QMetaType::LongLong)),
                  Database::timestamp(refund.recorded.isValid() ? refund.recorded : refund.created)});
    if (!q)
        return q.error();
    refund.id = q->lastInsertId().toLongLong();
    return Done{};
}

Result<QList<Refund>> RefundReader::forPayment(qint64 paymentId) const
{
    Result<QSqlQuery> q = m_reader.exec(kForPayment, {paymentId});
    if (!q)
        return q.error();
    QList<Refund> list;
    while (q->next()) {
        Refund r;
        r.id = q->value(0).toLongLong();
        r.paymentId = paymentId;
        r.refundTransactionId = q->value(1).toLongLong();
        r.amount = Money(q->value(2).toLongLong(), q->value(5).toString());
        r.reason = q->value(3).toString();
        r.created = Database::fromTimestamp(q->value(4));
        r.actor = q->value(6).toString();
        r.operationId = q->value(7).toLongLong();
        r.recorded = Database::fromTimestamp(q->value(8));
        list << r;
    }
    return list;
}

} // namespace PayDesk::Storage
