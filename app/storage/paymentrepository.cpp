#include "app/storage/paymentrepository.h"

#include <QCoreApplication>

#include "app/storage/orderrepository.h"

namespace PayDesk::Storage {

namespace {

const QString kColumns = QStringLiteral(
    "id, order_id, attempt, line_order_id, transaction_id, state, authorize_only, currency, amount_minor,"
    " captured_minor, refunded_minor, authorization_expires_at, payment_url, payment_access_token,"
    " last_return_code, last_return_message, busy_operation, created_at, updated_at");
const QString kInsert = QStringLiteral(
    "INSERT INTO payments (order_id, attempt, line_order_id, transaction_id, state, authorize_only, currency,"
    " amount_minor, captured_minor, refunded_minor, authorization_expires_at, payment_url, payment_access_token,"
    " last_return_code, last_return_message, busy_operation, created_at, updated_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kUpdate =
    QStringLiteral("UPDATE payments SET transaction_id = ?, state = ?, captured_minor = ?, refunded_minor = ?,"
                   " authorization_expires_at = ?, payment_url = ?, payment_access_token = ?, last_return_code = ?,"
                   " last_return_message = ?, busy_operation = ?, updated_at = ? WHERE id = ?");

QVariant nullable(qint64 value)
{
    return value == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(value);
}

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

Payment fromRow(const QSqlQuery &q)
{
    Payment p;
    const QString currency = q.value(7).toString();
    p.id = q.value(0).toLongLong();
    p.orderId = q.value(1).toLongLong();
    p.attempt = q.value(2).toInt();
    p.lineOrderId = q.value(3).toString();
    p.transactionId = q.value(4).toLongLong();
    p.state = stateFromName(q.value(5).toString()).value_or(PaymentState::InDoubt);
    p.authorizeOnly = q.value(6).toBool();
    p.amount = Money(q.value(8).toLongLong(), currency);
    p.captured = Money(q.value(9).toLongLong(), currency);
    p.refunded = Money(q.value(10).toLongLong(), currency);
    p.authorizationExpiry = Database::fromTimestamp(q.value(11));
    p.paymentUrl = q.value(12).toString();
    p.paymentAccessToken = q.value(13).toString();
    p.lastReturnCode = q.value(14).toString();
    p.lastReturnMessage = q.value(15).toString();
    p.busyOperation = q.value(16).toLongLong();
    p.created = Database::fromTimestamp(q.value(17));
    p.updated = Database::fromTimestamp(q.value(18));
    return p;
}

} // namespace

Status PaymentRepository::insert(Payment &p)
{
    return m_db.transaction([&]() -> Status {
        Result<QSqlQuery> q =
            m_db.exec(kInsert, {p.orderId, p.attempt, p.lineOrderId, nullable(p.transactionId), stateName(p.state),
                                p.authorizeOnly, p.amount.currency(), p.amount.minorUnits(), p.captured.minorUnits(),
                                p.refunded.minorUnits(), nullable(Database::timestamp(p.authorizationExpiry)),
                                nullable(p.paymentUrl), nullable(p.paymentAccessToken), nullable(p.lastReturnCode),
                                nullable(p.lastReturnMessage), nullable(p.busyOperation),
                                Database::timestamp(p.created), Database::timestamp(p.updated)});
        if (!q)
            return q.error();
        p.id = q->lastInsertId().toLongLong();
        return OrderRepository(m_db).updateSummary(p);
    });
}

Status PaymentRepository::update(const Payment &p)
{
    return m_db.transaction([&]() -> Status {
        Result<QSqlQuery> q = m_db.exec(
            kUpdate, {nullable(p.transactionId), stateName(p.state), p.captured.minorUnits(), p.refunded.minorUnits(),
                      nullable(Database::timestamp(p.authorizationExpiry)), nullable(p.paymentUrl),
                      nullable(p.paymentAccessToken), nullable(p.lastReturnCode), nullable(p.lastReturnMessage),
                      nullable(p.busyOperation), Database::timestamp(p.updated), p.id});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return storageError(QCoreApplication::translate("PayDesk::Storage", "Payment %1 is missing.").arg(p.id));
        return OrderRepository(m_db).updateSummary(p);
    });
}

Result<QList<Payment>> PaymentRepository::select(const QString &where, const QVariantList &values) const
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM payments ") + where, values);
    if (!q)
        return q.error();
    QList<Payment> list;
    while (q->next())
        list << fromRow(*q);
    return list;
}

Result<Payment> PaymentRepository::find(qint64 id) const
{
    Result<QList<Payment>> list = select(QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return badInput(QCoreApplication::translate("PayDesk::Storage", "There is no payment %1.").arg(id));
    return list->first();
}

Result<Payment> PaymentRepository::currentForOrder(qint64 orderId) const
{
    Result<QList<Payment>> list = select(QStringLiteral("WHERE order_id = ? ORDER BY attempt DESC LIMIT 1"), {orderId});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return badInput(
            QCoreApplication::translate("PayDesk::Storage", "No payment has been requested for this order yet."));
    return list->first();
}

Result<QList<Payment>> PaymentRepository::attemptsForOrder(qint64 orderId) const
{
    return select(QStringLiteral("WHERE order_id = ? ORDER BY attempt"), {orderId});
}

Result<QList<Payment>> PaymentRepository::inState(PaymentState state) const
{
    return select(QStringLiteral("WHERE state = ? ORDER BY id"), {stateName(state)});
}

} // namespace PayDesk::Storage
