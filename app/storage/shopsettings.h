#pragma once

#include <QHash>

#include "app/domain/money.h"
#include "app/storage/database.h"

namespace PayDesk::Storage {

// What every terminal prints on receipts and reports, kept in the shop's database so that the
// window and paydesk-cli print the same.
struct ShopInfo
{
    QString name;
    QString taxId;
    QString address;
    QString phone;

    friend bool operator==(const ShopInfo &, const ShopInfo &) = default;
};

// The owner's rules for the counter: above which amount (per currency) a clerk's refund or void
// needs the owner's PIN on the spot (every one, in a currency without an amount), and after how
// many idle minutes the window locks.
struct ShopRules
{
    QHash<QString, Money> approvalAbove;
    int idleLockMinutes = 5;

    // The amount above which a clerk needs the owner in `currency` (zero when none is set).
    Money approvalThreshold(const QString &currency) const { return approvalAbove.value(currency, Money(0, currency)); }
};

class ShopSettings
{
public:
    explicit ShopSettings(Database &database) : m_db(database) {}

    Result<ShopInfo> read() const;
    // Checks each text (no control characters, within limits), writes them and audits the change.
    Status write(const ShopInfo &info, const QString &actor);
    Result<ShopRules> readRules() const;
    // Idle minutes from 1 to 240; amounts not negative. Audited.
    Status writeRules(const ShopRules &rules, const QString &actor);

private:
    Database &m_db;
};

} // namespace PayDesk::Storage
