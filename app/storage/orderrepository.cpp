#include "app/storage/orderrepository.h"

#include <QCoreApplication>
#include <QUuid>

namespace PayDesk::Storage {

namespace {

const QString kInsertOrder =
    QStringLiteral("INSERT INTO orders (number, created_at, currency, total_minor, customer_name, customer_phone, note,"
                   " items_summary, state, refunded_minor, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', 0, ?)");
const QString kSetNumber = QStringLiteral("UPDATE orders SET number = ?, items_summary = ? WHERE id = ?");
const QString kInsertItem = QStringLiteral(
    "INSERT INTO order_items (order_id, position, name, quantity, unit_price_minor) VALUES (?, ?, ?, ?, ?)");
const QString kSelectOrder = QStringLiteral(
    "SELECT id, number, created_at, currency, customer_name, customer_phone, note FROM orders WHERE id = ?");
const QString kSelectItems =
    QStringLiteral("SELECT name, quantity, unit_price_minor FROM order_items WHERE order_id = ? ORDER BY position");
const QString kFindByNumber = QStringLiteral("SELECT id FROM orders WHERE number = ?");
const QString kFindByLineOrderId = QStringLiteral("SELECT order_id FROM payments WHERE line_order_id = ?");
const QString kUpdateSummary = QStringLiteral(
    "UPDATE orders SET current_payment_id = ?, state = ?, captured_minor = ?, refunded_minor = ?, updated_at = ?,"
    " authorization_expires_at = ? WHERE id = ?");

// Sentences for people, filed for translators under the context asked at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PayDesk::Storage)
};

} // namespace

Result<Order> OrderRepository::create(Order order, const QDateTime &now)
{
    const Result<Money> total = order.total();
    if (!total)
        return total.error();
    const Status status = m_db.transaction([&]() -> Status {
        order.created = now;
        // A unique placeholder until the id is known; the number is derived from the id.
        const QString placeholder = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Result<QSqlQuery> insert = m_db.exec(
            kInsertOrder, {placeholder, Database::timestamp(now), order.currency, total->minorUnits(),
                           Database::text(order.customerName), Database::text(order.customerPhone),
                           Database::text(order.note), Database::text(order.itemsSummary()), Database::timestamp(now)});
        if (!insert)
            return insert.error();
        order.id = insert->lastInsertId().toLongLong();
        order.number = QStringLiteral("PD-%1").arg(order.id, 6, 10, QLatin1Char('0'));
        for (LineItem &item : order.items) {
            if (item.name == Order::kNumberPlaceholder)
                item.name = order.number;
        }
        if (Result<QSqlQuery> q = m_db.exec(kSetNumber, {order.number, Database::text(order.itemsSummary()), order.id});
            !q)
            return q.error();
        for (int i = 0; i < order.items.size(); ++i) {
            const LineItem &item = order.items.at(i);
            if (Result<QSqlQuery> q = m_db.exec(
                    kInsertItem, {order.id, i, Database::text(item.name), item.quantity, item.unitPrice.minorUnits()});
                !q)
                return q.error();
        }
        return Done{};
    });
    if (!status)
        return status.error();
    return order;
}

Result<Order> OrderReader::find(qint64 id) const
{
    Result<QSqlQuery> q = m_reader.exec(kSelectOrder, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return badInput(Text::tr("There is no order with id %1.").arg(id));
    Order order;
    order.id = q->value(0).toLongLong();
    order.number = q->value(1).toString();
    order.created = Database::fromTimestamp(q->value(2));
    order.currency = q->value(3).toString();
    order.customerName = q->value(4).toString();
    order.customerPhone = q->value(5).toString();
    order.note = q->value(6).toString();
    Result<QSqlQuery> items = m_reader.exec(kSelectItems, {id});
    if (!items)
        return items.error();
    while (items->next())
        order.items << LineItem{items->value(0).toString(), items->value(1).toLongLong(),
                                Money(items->value(2).toLongLong(), order.currency)};
    return order;
}

Result<Order> OrderReader::findByReference(const QString &reference) const
{
    for (const QString &sql : {kFindByNumber, kFindByLineOrderId}) {
        Result<QSqlQuery> q = m_reader.exec(sql, {reference.trimmed()});
        if (!q)
            return q.error();
        if (q->next())
            return find(q->value(0).toLongLong());
    }
    return badInput(Text::tr("There is no order \"%1\".").arg(reference));
}

Status OrderRepository::updateSummary(const Payment &current)
{
    Result<QSqlQuery> q =
        m_db.exec(kUpdateSummary,
                  {current.id, stateName(current.state), current.captured.minorUnits(), current.refunded.minorUnits(),
                   Database::timestamp(current.updated),
                   current.authorizationExpiry.isValid() ? QVariant(Database::timestamp(current.authorizationExpiry))
                                                         : QVariant(QMetaType(QMetaType::QString)),
                   current.orderId});
    if (!q)
        return q.error();
    return Done{};
}

} // namespace PayDesk::Storage
