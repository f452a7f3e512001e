#pragma once

#include <optional>

#include <QString>

#include "app/domain/paymentstate.h"

namespace PayDesk {

// The calls that move money at LINE Pay: each goes on the wire at most once and is journaled
// before it is sent (DESIGN.md "Operations journal"). The full description of each kind (its
// endpoint, body and how its answer is applied) is in app/payments/moneycalls.h.
enum class MoneyCallKind
{
    Request,
    Confirm,
    Capture,
    Void,
    Refund,
};

QString moneyCallName(MoneyCallKind kind);                           // "refund", as the journal stores it
std::optional<MoneyCallKind> moneyCallFromName(const QString &name); // exact, lower case
PaymentAction moneyCallAction(MoneyCallKind kind);                   // the state table's action

} // namespace PayDesk
