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

Result<ShopRules> ShopSettings::readRules() const
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT key, value FROM shop_settings WHERE key LIKE 'rules.%'"));
    if (!q)
        return q.error();
    ShopRules rules;
    const QString approval = QStringLiteral("rules.approval_above.");
    while (q->next()) {
        const QString key = q->value(0).toString();
        const QString value = q->value(1).toString();
        if (key == u"rules.idle_lock_minutes") {
            bool ok = false;
            const int minutes = value.toInt(&ok);
            if (ok && minutes >= 1 && minutes <= 240)
                rules.idleLockMinutes = minutes;
        } else if (key.startsWith(approval)) {
            const QString currency = key.mid(approval.size());
            if (Result<Money> amount = Money::parse(value, currency); amount && !amount->isNegative())
                rules.approvalAbove.insert(currency, *amount);
        }
    }
    return rules;
}

Status ShopSettings::writeRules(const ShopRules &rules, const QString &actor)
{
    if (rules.idleLockMinutes < 1 || rules.idleLockMinutes > 240)
        return badInput(Text::tr("The window locks after 1 to 240 idle minutes."));
    for (auto it = rules.approvalAbove.cbegin(); it != rules.approvalAbove.cend(); ++it) {
        if (!Money::isSupportedCurrency(it.key()) || it.value().currency() != it.key() || it.value().isNegative())
            return badInput(Text::tr("The amount for %1 cannot be below zero.").arg(it.key()));
    }
    return m_db.transaction([&]() -> Status {
        if (Result<QSqlQuery> q = m_db.exec(QStringLiteral("DELETE FROM shop_settings WHERE key LIKE 'rules.%'")); !q)
            return q.error();
        QStringList detail{QStringLiteral("idle lock %1 min").arg(rules.idleLockMinutes)};
        QList<std::pair<QString, QString>> values{
            {QStringLiteral("rules.idle_lock_minutes"), QString::number(rules.idleLockMinutes)}};
        for (auto it = rules.approvalAbove.cbegin(); it != rules.approvalAbove.cend(); ++it) {
            values.append({QStringLiteral("rules.approval_above.") + it.key(), it.value().toDecimalString()});
            detail << QStringLiteral("owner above %1").arg(it.value().toDisplayString());
        }
        for (const auto &[key, value] : values) {
            if (Result<QSqlQuery> q =
                    m_db.exec(QStringLiteral("INSERT INTO shop_settings (key, value) VALUES (?, ?)"), {key, value});
                !q)
                return q.error();
        }
        AuditEntry entry;
        entry.at = QDateTime::currentDateTimeUtc();
        entry.actor = actor;
        entry.action = QStringLiteral("shop-rules");
        entry.detail = detail.join(QStringLiteral(", "));
        return AuditTrail(m_db).record(entry);
    });
}

} // namespace PayDesk::Storage
