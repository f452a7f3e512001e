#include "app/storage/paymentrepository.h"

#include <QCoreApplication>

#include "app/storage/orderrepository.h"

namespace PayDesk::Storage {

namespace {

const QString kColumns = QStringLiteral(
    "id, order_id, attempt, line_order_id, transaction_id, state, authorize_only, currency, amount_minor,"
    " captured_minor, refunded_minor, authorization_expires_at, payment_url, payment_access_token,"
    " last_return_code, last_return_message, busy_operation, created_at, updated_at, version, captured_at");
const QString kInsert = QStringLiteral(
    "INSERT INTO payments (order_id, attempt, line_order_id, transaction_id, state, authorize_only, currency,"
    " amount_minor, captured_minor, refunded_minor, authorization_expires_at, payment_url, payment_access_token,"
    " last_return_code, last_return_message, busy_operation, created_at, updated_at, captured_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kUpdate =
    QStringLiteral("UPDATE payments SET transaction_id = ?, state = ?, captured_minor = ?, refunded_minor = ?,"
                   " authorization_expires_at = ?, payment_url = ?, payment_access_token = ?, last_return_code = ?,"
                   " last_return_message = ?, busy_operation = ?, updated_at = ?, version = version + 1,"
                   " captured_at = CASE WHEN ? > 0 THEN COALESCE(captured_at, ?) END"
                   " WHERE id = ? AND version = ?");
const QString kClaimCondition = QStringLiteral(" AND busy_operation IS NULL");
const QString kReserveCheck = QStringLiteral(
    "UPDATE payments SET last_check_at = ? WHERE id = ? AND (last_check_at IS NULL OR last_check_at <= ?)");

// Sentences for people, filed for translators under the context asked at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PayDesk::Storage)
};

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
    p.version = q.value(19).toLongLong();
    p.capturedAt = Database::fromTimestamp(q.value(20));
    p.storedState = p.state;
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
                                Database::timestamp(p.created), Database::timestamp(p.updated),
                                p.captured.minorUnits() > 0 ? QVariant(Database::timestamp(p.updated))
                                                            : QVariant(QMetaType(QMetaType::QString))});
        if (!q)
            return q.error().message.contains(u"UNIQUE")
                       ? Error{Error::Kind::Conflict,
                               Text::tr("Another PayDesk started attempt %1 of this order in the meantime.")
                                   .arg(p.attempt)}
                       : q.error();
        p.id = q->lastInsertId().toLongLong();
        p.version = 0;
        p.storedState = p.state;
        return OrderRepository(m_db).updateSummary(p);
    });
}

Status PaymentRepository::update(Payment &p)
{
    return write(p, false);
}

Status PaymentRepository::claim(Payment &p, qint64 operationId, const QDateTime &now)
{
    Payment claimed = p;
    claimed.state = PaymentState::InDoubt;
    claimed.busyOperation = operationId;
    claimed.updated = now;
    if (Status s = write(claimed, true); !s)
        return s;
    p = claimed;
    return Done{};
}

Status PaymentRepository::write(Payment &p, bool claiming)
{
    if (p.state != p.storedState && !isLegalTransition(p.storedState, p.state))
        return Error{Error::Kind::Drift, Text::tr("Payment %1 cannot go from %2 to %3.")
                                             .arg(p.lineOrderId, stateName(p.storedState), stateName(p.state))};
    const Status status = m_db.transaction([&]() -> Status {
        Result<QSqlQuery> q =
            m_db.exec(claiming ? kUpdate + kClaimCondition : kUpdate,
                      {nullable(p.transactionId), stateName(p.state), p.captured.minorUnits(), p.refunded.minorUnits(),
                       nullable(Database::timestamp(p.authorizationExpiry)), nullable(p.paymentUrl),
                       nullable(p.paymentAccessToken), nullable(p.lastReturnCode), nullable(p.lastReturnMessage),
                       nullable(p.busyOperation), Database::timestamp(p.updated), p.captured.minorUnits(),
                       Database::timestamp(p.updated), p.id, p.version});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1) {
            Result<QSqlQuery> exists = m_db.exec(QStringLiteral("SELECT 1 FROM payments WHERE id = ?"), {p.id});
            if (exists && !exists->next())
                return storageError(Text::tr("Payment %1 is missing.").arg(p.id));
            return Error{Error::Kind::Conflict,
                         Text::tr("Payment %1 was changed by another PayDesk in the meantime.").arg(p.lineOrderId)};
        }
        return OrderRepository(m_db).updateSummary(p);
    });
    if (!status)
        return status;
    ++p.version;
    p.storedState = p.state;
    return Done{};
}

Result<bool> PaymentRepository::reserveCheck(qint64 paymentId, const QDateTime &now, int floorMs)
{
    Result<bool> reserved = false;
    const Status status = m_db.transaction([&]() -> Status {
        Result<QSqlQuery> q = m_db.exec(
            kReserveCheck, {Database::timestamp(now), paymentId, Database::timestamp(now.addMSecs(-floorMs))});
        if (!q)
            return q.error();
        reserved = q->numRowsAffected() == 1;
        return Done{};
    });
    if (!status)
        return status.error();
    return reserved;
}

Result<QList<Payment>> PaymentReader::select(const QString &where, const QVariantList &values) const
{
    Result<QSqlQuery> q =
        m_reader.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM payments ") + where, values);
    if (!q)
        return q.error();
    QList<Payment> list;
    while (q->next())
        list << fromRow(*q);
    return list;
}

Result<Payment> PaymentReader::find(qint64 id) const
{
    Result<QList<Payment>> list = select(QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return badInput(QCoreApplication::translate("PayDesk::Storage", "There is no payment %1.").arg(id));
    return list->first();
}

Result<Payment> PaymentReader::currentForOrder(qint64 orderId) const
{
    Result<QList<Payment>> list = select(QStringLiteral("WHERE order_id = ? ORDER BY attempt DESC LIMIT 1"), {orderId});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return badInput(
            QCoreApplication::translate("PayDesk::Storage", "No payment has been requested for this order yet."));
    return list->first();
}

Result<QList<Payment>> PaymentReader::attemptsForOrder(qint64 orderId) const
{
    return select(QStringLiteral("WHERE order_id = ? ORDER BY attempt"), {orderId});
}

} // namespace PayDesk::Storage
