#include "app/storage/ordertotals.h"

#include <QCoreApplication>

namespace PayDesk::Storage {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PayDesk::Storage)
};

const QString kStored = QStringLiteral(
    "SELECT day, currency, state, orders, total_minor, captured_minor, refunded_minor FROM order_totals");

} // namespace

QString orderTotalsFromOrders()
{
    return QStringLiteral("SELECT substr(created_at, 1, 10), currency, state, COUNT(*), SUM(total_minor),"
                          " SUM(captured_minor), SUM(refunded_minor) FROM orders GROUP BY 1, 2, 3");
}

QString checkDerivedOrderData(const Database &database)
{
    Result<QSqlQuery> copies = database.exec(QStringLiteral(
        "SELECT o.number FROM orders o LEFT JOIN payments p ON p.id = o.current_payment_id"
        " WHERE o.state != COALESCE(p.state, 'DRAFT') OR o.captured_minor != COALESCE(p.captured_minor, 0)"
        " OR o.refunded_minor != COALESCE(p.refunded_minor, 0)"
        " OR o.authorization_expires_at IS NOT p.authorization_expires_at LIMIT 1"));
    if (!copies)
        return copies.error().message;
    if (copies->next())
        return Text::tr("Order %1 shows a state or amount that differs from its payment.")
            .arg(copies->value(0).toString());
    // Rows the summary has that the orders do not give, then the other way round.
    const QString recomputed = orderTotalsFromOrders();
    for (const auto &[left, right] : {std::pair{kStored, recomputed}, std::pair{recomputed, kStored}}) {
        Result<QSqlQuery> drift = database.exec(QStringLiteral("SELECT * FROM (") + left + QStringLiteral(" EXCEPT ") +
                                                right + QStringLiteral(") LIMIT 1"));
        if (!drift)
            return drift.error().message;
        if (drift->next())
            return Text::tr("The order totals for %1, %2, %3 differ from the orders themselves.")
                .arg(drift->value(0).toString(), drift->value(1).toString(), drift->value(2).toString());
    }
    Result<QSqlQuery> search =
        database.exec(QStringLiteral("INSERT INTO orders_search (orders_search, rank) VALUES ('integrity-check', 1)"));
    if (!search)
        return Text::tr("The search index differs from the orders (%1).").arg(search.error().message);
    return {};
}

} // namespace PayDesk::Storage
