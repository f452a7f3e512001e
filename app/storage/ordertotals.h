#pragma once

#include <QString>

#include "app/storage/database.h"

namespace PayDesk::Storage {

// The derived data the orders view reads instead of every order: each order's copy of its
// current payment (state, captured, refunded), the order_totals summary and the orders_search
// index. Triggers keep them in step in the transaction of every write; this recomputes them from
// the orders and payments and says where they differ: empty when they match, else a sentence
// naming the first difference.
QString checkDerivedOrderData(const Database &database);

// The SELECT that sums the orders as order_totals holds them.
QString orderTotalsFromOrders();

} // namespace PayDesk::Storage
