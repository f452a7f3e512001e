// The service's part in closing the shop's day and in what the shop prints about itself.
#include "app/payments/paymentservice.h"

namespace PayDesk {

Result<Storage::DayReport> PaymentService::closeDay(QDate day, const QTimeZone &zone)
{
    return Storage::DayClose(m_db, zone).close(day, m_clock.now(), m_actor);
}

Result<Storage::ShopInfo> PaymentService::shopInfo() const
{
    return Storage::ShopSettings(m_db).read();
}

Status PaymentService::saveShopInfo(const Storage::ShopInfo &info)
{
    return Storage::ShopSettings(m_db).write(info, m_actor);
}

} // namespace PayDesk
