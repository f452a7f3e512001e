#pragma once

#include <QByteArray>
#include <QString>

#include "app/sandbox/ledger.h"

namespace PayDesk::Sandbox {

// The customer's LINE Pay page: merchant, items, amount, and Approve/Cancel buttons.
QByteArray waitPage(const Transaction &tx, const QString &merchantName, const QString &baseUrl);
// A short page with a title and one sentence (done, cancelled, invalid link).
QByteArray messagePage(const QString &title, const QString &message);

} // namespace PayDesk::Sandbox
