#include "app/storage/audittrail.h"

namespace PayDesk::Storage {

namespace {

const QString kInsert =
    QStringLiteral("INSERT INTO audit (at, actor, order_id, payment_id, action, detail, return_code, return_message)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
const QString kForOrder =
    QStringLiteral("SELECT id, at, actor, order_id, payment_id, action, detail, return_code, return_message FROM audit"
                   " WHERE order_id = ? ORDER BY id");

} // namespace

Status AuditTrail::record(AuditEntry &e)
{
    Result<QSqlQuery> q = m_db.exec(kInsert, {Database::timestamp(e.at), e.actor, e.orderId, e.paymentId, e.action,
                                              Database::text(e.detail), e.returnCode, e.returnMessage});
    if (!q)
        return q.error();
    e.id = q->lastInsertId().toLongLong();
    return Done{};
}

Result<QList<AuditEntry>> AuditReader::forOrder(qint64 orderId) const
{
    Result<QSqlQuery> q = m_reader.exec(kForOrder, {orderId});
    if (!q)
        return q.error();
    QList<AuditEntry> list;
    while (q->next()) {
        list << AuditEntry{q->value(0).toLongLong(), Database::fromTimestamp(q->value(1)),
                           q->value(2).toString(),   q->value(3).toLongLong(),
                           q->value(4).toLongLong(), q->value(5).toString(),
                           q->value(6).toString(),   q->value(7).toString(),
                           q->value(8).toString()};
    }
    return list;
}

} // namespace PayDesk::Storage
