#pragma once

#include <QDateTime>
#include <QString>

#include "app/domain/result.h"

namespace PayDesk::Storage {

struct SeedCounts
{
    qint64 orders = 0;
    qint64 items = 0;
    qint64 payments = 0;
    qint64 refunds = 0;
    qint64 auditEntries = 0;
};

// Writes a new shop database at `path` (which must not exist) with `orders` realistic orders over
// the three years before `until`: TWD, THB and USD; every payment state in the shares a shop
// sees, retried attempts, partial and full refunds, 1–5 items, Chinese, Thai and English names;
// each with its items, payments, refunds and a chained audit trail, as PayDesk writes them. The
// same `seed` gives the same database. For benchmarks and trying PayDesk at size.
Result<SeedCounts> seedDatabase(const QString &path, qint64 orders, quint32 seed, const QDateTime &until);

} // namespace PayDesk::Storage
