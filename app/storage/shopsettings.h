#pragma once

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

class ShopSettings
{
public:
    explicit ShopSettings(Database &database) : m_db(database) {}

    Result<ShopInfo> read() const;
    // Checks each text (no control characters, within limits), writes them and audits the change.
    Status write(const ShopInfo &info, const QString &actor);

private:
    Database &m_db;
};

} // namespace PayDesk::Storage
