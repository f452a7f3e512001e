#include "app/storage/takings.h"

namespace PayDesk::Storage {

namespace {

// Both halves use an index on their time column.
const QString kTakings = QStringLiteral(
    "SELECT currency, SUM(captured), SUM(refunded), SUM(captures), SUM(refunds) FROM ("
    " SELECT currency, captured_minor AS captured, 0 AS refunded, 1 AS captures, 0 AS refunds FROM payments"
    "  WHERE captured_at >= ? AND captured_at < ?"
    " UNION ALL"
    " SELECT p.currency, 0, r.amount_minor, 0, 1 FROM refunds r JOIN payments p ON p.id = r.payment_id"
    "  WHERE r.recorded_at >= ? AND r.recorded_at < ?)"
    " GROUP BY currency ORDER BY currency");

} // namespace

QString Takings::statement()
{
    return kTakings;
}

Result<QList<CurrencyTakings>> Takings::between(const QDateTime &from, const QDateTime &to) const
{
    const QString start = Database::timestamp(from);
    const QString end = Database::timestamp(to);
    Result<QSqlQuery> q = m_db.exec(kTakings, {start, end, start, end});
    if (!q)
        return q.error();
    QList<CurrencyTakings> list;
    while (q->next()) {
        const QString currency = q->value(0).toString();
        list << CurrencyTakings{currency, Money(q->value(1).toLongLong(), currency),
                                Money(q->value(2).toLongLong(), currency), q->value(3).toLongLong(),
                                q->value(4).toLongLong()};
    }
    return list;
}

} // namespace PayDesk::Storage
