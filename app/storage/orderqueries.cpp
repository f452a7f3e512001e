#include "app/storage/orderqueries.h"

#include <QRegularExpression>

namespace PayDesk::Storage {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT o.id, o.number, o.created_at, o.customer_name, o.items_summary, o.currency, o.total_minor, o.state,"
    " o.refunded_minor, o.updated_at, p.id, p.line_order_id, p.transaction_id, p.captured_minor,"
    " p.payment_url, p.last_return_code, p.last_return_message, p.busy_operation, b.owner_host, b.owner_pid,"
    " b.owner_start, b.owner_token, b.owner_program, b.deadline_at, p.created_at"
    " FROM orders o LEFT JOIN payments p ON p.id = o.current_payment_id"
    " LEFT JOIN operations b ON b.id = p.busy_operation");
const QString kCount =
    QStringLiteral("SELECT COUNT(*) FROM orders o LEFT JOIN payments p ON p.id = o.current_payment_id");
// Only "needs action" reads the current payment; every other count is answered from orders.
const QString kCountOrders = QStringLiteral("SELECT COUNT(*) FROM orders o");

QString whereClause(const OrderFilter &filter, QVariantList &values)
{
    QStringList conditions;
    if (filter.state) {
        conditions << QStringLiteral("o.state = ?");
        values << stateName(*filter.state);
    }
    if (filter.needsAction) {
        conditions << QStringLiteral("(o.state IN ('AUTHENTICATED', 'IN_DOUBT') OR (o.state = 'AUTHORIZED' AND "
                                     "p.authorization_expires_at < ?))");
        values << Database::timestamp(
            (filter.now.isValid() ? filter.now : QDateTime::currentDateTimeUtc()).addSecs(24 * 3600));
    }
    if (filter.authorizationExpiredBy.isValid()) {
        conditions << QStringLiteral("(o.state = 'AUTHORIZED' AND p.authorization_expires_at < ?)");
        values << Database::timestamp(filter.authorizationExpiredBy);
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("o.created_at >= ?");
        values << Database::timestamp(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("o.created_at < ?");
        values << Database::timestamp(filter.to);
    }
    const QString search = filter.search.trimmed();
    // A whole order number, LINE Pay orderId or transactionId is looked up by its index; anything
    // else is searched for inside names and numbers.
    static const QRegularExpression orderNumber(QStringLiteral("^PD-\\d{6,}$"));
    static const QRegularExpression lineOrderId(QStringLiteral("^PD-\\d{6,}-\\d+$"));
    static const QRegularExpression transactionId(QStringLiteral("^\\d{15,19}$"));
    if (orderNumber.match(search).hasMatch()) {
        conditions << QStringLiteral("o.number = ?");
        values << search;
    } else if (lineOrderId.match(search).hasMatch()) {
        conditions << QStringLiteral("o.id IN (SELECT order_id FROM payments WHERE line_order_id = ?)");
        values << search;
    } else if (transactionId.match(search).hasMatch()) {
        conditions << QStringLiteral("o.id IN (SELECT order_id FROM payments WHERE transaction_id = ?)");
        values << search.toLongLong();
    } else if (!search.isEmpty()) {
        QString escaped = search;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        const QString like = u'%' + escaped + u'%';
        conditions << QStringLiteral(
            "(o.number LIKE ? ESCAPE '\\' OR o.customer_name LIKE ? ESCAPE '\\' OR o.items_summary LIKE ? ESCAPE '\\'"
            " OR EXISTS (SELECT 1 FROM payments s WHERE s.order_id = o.id"
            " AND (s.line_order_id LIKE ? ESCAPE '\\' OR s.transaction_id = ?)))");
        bool isNumber = false;
        const qint64 id = search.toLongLong(&isNumber);
        values << like << like << like << like << (isNumber ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)));
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString orderBy(const OrderFilter &filter)
{
    QString column;
    switch (filter.sort) {
    case OrderSort::Number:
        column = QStringLiteral("o.id");
        break;
    case OrderSort::Created:
        column = QStringLiteral("o.created_at");
        break;
    case OrderSort::Customer:
        column = QStringLiteral("o.customer_name");
        break;
    case OrderSort::Items:
        column = QStringLiteral("o.items_summary");
        break;
    case OrderSort::Amount:
        column = QStringLiteral("o.total_minor");
        break;
    case OrderSort::Currency:
        column = QStringLiteral("o.currency");
        break;
    case OrderSort::State:
        column = QStringLiteral("o.state");
        break;
    case OrderSort::Refunded:
        column = QStringLiteral("o.refunded_minor");
        break;
    case OrderSort::Updated:
        column = QStringLiteral("o.updated_at");
        break;
    }
    const QString direction = filter.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // The id breaks ties, so that paging over equal values is stable.
    return QStringLiteral(" ORDER BY ") + column + direction + QStringLiteral(", o.id") + direction;
}

} // namespace

Result<QList<OrderRow>> OrderQueries::list(const OrderFilter &filter) const
{
    QVariantList values;
    QString tail = whereClause(filter, values) + orderBy(filter);
    if (filter.limit >= 0) {
        tail += QStringLiteral(" LIMIT ? OFFSET ?");
        values << filter.limit << filter.offset;
    }
    return select(tail, values);
}

QString OrderQueries::plan(const OrderFilter &filter) const
{
    QVariantList values;
    QString tail = whereClause(filter, values) + orderBy(filter);
    if (filter.limit >= 0) {
        tail += QStringLiteral(" LIMIT ? OFFSET ?");
        values << filter.limit << filter.offset;
    }
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + kSelect + tail, values);
    if (!q)
        return q.error().message;
    QString text;
    while (q->next())
        text += q->value(3).toString() + u'\n';
    return text;
}

Result<OrderRow> OrderQueries::find(qint64 orderId) const
{
    Result<QList<OrderRow>> rows = select(QStringLiteral(" WHERE o.id = ?"), {orderId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return badInput(QStringLiteral("There is no order with id %1.").arg(orderId));
    return rows->first();
}

Result<QList<OrderRow>> OrderQueries::select(const QString &tail, const QVariantList &values) const
{
    Result<QSqlQuery> q = m_db.exec(kSelect + tail, values);
    if (!q)
        return q.error();
    QList<OrderRow> rows;
    while (q->next()) {
        OrderRow r;
        r.id = q->value(0).toLongLong();
        r.number = q->value(1).toString();
        r.created = Database::fromTimestamp(q->value(2));
        r.customerName = q->value(3).toString();
        r.itemsSummary = q->value(4).toString();
        r.currency = q->value(5).toString();
        r.totalMinor = q->value(6).toLongLong();
        r.state = stateFromName(q->value(7).toString()).value_or(PaymentState::InDoubt);
        r.refundedMinor = q->value(8).toLongLong();
        r.updated = Database::fromTimestamp(q->value(9));
        r.paymentId = q->value(10).toLongLong();
        r.lineOrderId = q->value(11).toString();
        r.transactionId = q->value(12).toLongLong();
        r.capturedMinor = q->value(13).toLongLong();
        r.paymentUrl = q->value(14).toString();
        r.lastReturnCode = q->value(15).toString();
        r.lastReturnMessage = q->value(16).toString();
        r.busyOperation = q->value(17).toLongLong();
        r.busyOwner.host = q->value(18).toString();
        r.busyOwner.pid = q->value(19).toLongLong();
        r.busyOwner.processStart = q->value(20).toString();
        r.busyOwner.token = q->value(21).toString();
        r.busyOwner.program = q->value(22).toString();
        r.busyDeadline = Database::fromTimestamp(q->value(23));
        r.paymentCreated = Database::fromTimestamp(q->value(24));
        rows << r;
    }
    return rows;
}

Result<qint64> OrderQueries::count(const OrderFilter &filter) const
{
    QVariantList values;
    Result<QSqlQuery> q =
        m_db.exec((filter.needsAction || filter.authorizationExpiredBy.isValid() ? kCount : kCountOrders) +
                      whereClause(filter, values),
                  values);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

} // namespace PayDesk::Storage

namespace PayDesk::Storage {

Result<QList<Money>> OrderQueries::netPaid(const OrderFilter &filter) const
{
    QVariantList values;
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT o.currency, SUM(COALESCE(p.captured_minor, 0) - COALESCE(p.refunded_minor, 0)),"
                       " SUM(COALESCE(p.captured_minor, 0))"
                       " FROM orders o LEFT JOIN payments p ON p.id = o.current_payment_id") +
            whereClause(filter, values) + QStringLiteral(" GROUP BY o.currency ORDER BY o.currency"),
        values);
    if (!q)
        return q.error();
    QList<Money> list;
    while (q->next()) {
        if (q->value(2).toLongLong() != 0)
            list << Money(q->value(1).toLongLong(), q->value(0).toString());
    }
    return list;
}

} // namespace PayDesk::Storage
