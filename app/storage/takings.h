#pragma once

#include <QDateTime>

#include "app/domain/money.h"
#include "app/storage/database.h"

namespace PayDesk::Storage {

// What came in and went out in one currency over a span of time: payments captured in it and
// refunds made in it, whenever their orders were created.
struct CurrencyTakings
{
    QString currency;
    Money captured;
    Money refunded;
    qint64 captures = 0;
    qint64 refunds = 0;

    Money net() const { return Money(captured.minorUnits() - refunded.minorUnits(), currency); }
};

// Read-only sums for the "today" strip and day reports; nothing here changes data.
class Takings
{
public:
    // The statement between() runs, with four values: from, to, from, to (Database::timestamp).
    static QString statement();
    explicit Takings(const Database &database) : m_db(database) {}

    // Per currency, in currency order, for captures and refunds in [from, to). Currencies with
    // neither are left out.
    Result<QList<CurrencyTakings>> between(const QDateTime &from, const QDateTime &to) const;

private:
    const Database &m_db;
};

} // namespace PayDesk::Storage
