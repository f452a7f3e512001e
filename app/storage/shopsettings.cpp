#include "app/storage/shopsettings.h"

#include <QCoreApplication>
#include <QDateTime>

#include "app/domain/order.h"
#include "app/storage/audittrail.h"

namespace PayDesk::Storage {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PayDesk::Storage)
};

struct Field
{
    const char16_t *key;
    QString ShopInfo::*member;
    int maxLength;
};

const Field kFields[] = {
    {u"shop.name", &ShopInfo::name, 80},
    {u"shop.tax_id", &ShopInfo::taxId, 32},
    {u"shop.address", &ShopInfo::address, 200},
    {u"shop.phone", &ShopInfo::phone, 40},
};

QString fieldName(const Field &field)
{
    if (field.member == &ShopInfo::name)
        return Text::tr("shop's name");
    if (field.member == &ShopInfo::taxId)
        return Text::tr("tax id");
    if (field.member == &ShopInfo::address)
        return Text::tr("address");
    return Text::tr("phone number");
}

} // namespace

Result<ShopInfo> ShopSettings::read() const
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT key, value FROM shop_settings"));
    if (!q)
        return q.error();
    ShopInfo info;
    while (q->next()) {
        const QString key = q->value(0).toString();
        for (const Field &field : kFields) {
            if (key == field.key)
                info.*field.member = q->value(1).toString();
        }
    }
    return info;
}

Status ShopSettings::write(const ShopInfo &info, const QString &actor)
{
    for (const Field &field : kFields) {
        if (Status valid = Order::validateText(info.*field.member, fieldName(field), field.maxLength); !valid)
            return valid;
    }
    return m_db.transaction([&]() -> Status {
        for (const Field &field : kFields) {
            Result<QSqlQuery> q =
                m_db.exec(QStringLiteral("INSERT OR REPLACE INTO shop_settings (key, value) VALUES (?, ?)"),
                          {QString::fromUtf16(field.key), Database::text((info.*field.member).trimmed())});
            if (!q)
                return q.error();
        }
        AuditEntry entry;
        entry.at = QDateTime::currentDateTimeUtc();
        entry.actor = actor;
        entry.action = QStringLiteral("shop-settings");
        entry.detail = QStringLiteral("%1; tax id %2").arg(info.name.trimmed(), info.taxId.trimmed());
        return AuditTrail(m_db).record(entry);
    });
}

} // namespace PayDesk::Storage
