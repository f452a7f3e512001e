// The service's part in the shop's day close, what the shop prints about itself, the owner's
// rules and the people at the counter.
#include "app/payments/paymentservice.h"

#include <QCoreApplication>
#include <QThread>

#include <memory>

#include "app/storage/audittrail.h"
#include "app/storage/orderrepository.h"
#include "app/storage/paymentrepository.h"

namespace PayDesk {

using namespace PayDesk::Storage;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PayDesk::PaymentService)
};

// Works out whether `pin` is the record's on a thread of its own, then calls `matched` on
// `context`'s thread (not at all once `context` is gone).
void checkPinOffThread(QObject *context, const Staff::PinRecord &record, const QString &pin,
                       const std::function<void(bool)> &matched)
{
    auto right = std::make_shared<bool>(false);
    QThread *thread = QThread::create([record, pin, right] { *right = Staff::pinMatches(pin, record); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, context, [right, matched] { matched(*right); });
    thread->start();
}

// The owner's PIN record; an error when the shop has no owner yet.
Result<Staff::PinRecord> ownerRecord(Database &db)
{
    const Result<QList<StaffMember>> people = Staff(db).members();
    if (!people)
        return people.error();
    for (const StaffMember &person : *people) {
        if (person.role == Role::Owner)
            return Staff(db).pinRecord(person.name);
    }
    return badInput(Text::tr("The shop has no owner on its staff list yet."));
}

} // namespace

void PaymentService::setOperator(const Operator &person)
{
    m_actor = person.name;
    m_role = person.role;
}

QString PaymentService::ownerOnly(const QString &sentence) const
{
    if (m_role == Role::Owner)
        return {};
    return sentence + u' ' + Text::tr("%1 is signed in as a clerk.").arg(m_actor);
}

Result<bool> PaymentService::needsOwner(MoneyCallKind kind, const Money &moved) const
{
    if (m_role == Role::Owner || (kind != MoneyCallKind::Refund && kind != MoneyCallKind::Void))
        return false;
    const Result<ShopRules> rules = ShopSettings(m_db).readRules();
    if (!rules)
        return rules.error();
    return moved.minorUnits() > rules->approvalThreshold(moved.currency()).minorUnits();
}

Result<bool> PaymentService::needsOwnerApproval(qint64 orderId, MoneyCallKind kind,
                                                const std::optional<Money> &amount) const
{
    if (m_role == Role::Owner)
        return false;
    const Result<Payment> payment = PaymentRepository(m_db).currentForOrder(orderId);
    if (!payment)
        return payment.error();
    const Money moved = kind == MoneyCallKind::Void ? payment->amount : amount ? *amount : payment->refundable();
    return needsOwner(kind, moved);
}

void PaymentService::approveAsOwner(const QString &pin, const std::function<void(const Result<OwnerApproval> &)> &done)
{
    const Result<Staff::PinRecord> record = ownerRecord(m_db);
    if (!record)
        return done(record.error());
    checkPinOffThread(this, *record, pin, [this, record = *record, done](bool right) {
        const Result<StaffMember> checked = Staff(m_db).recordAttempt(record, right, m_clock.now());
        if (!checked)
            return done(checked.error());
        done(OwnerApproval(checked->name));
    });
}

void PaymentService::signIn(const QString &name, const QString &pin,
                            const std::function<void(const Result<StaffMember> &)> &done)
{
    const Result<Staff::PinRecord> record = Staff(m_db).pinRecord(name);
    if (!record)
        return done(record.error());
    checkPinOffThread(this, *record, pin, [this, record = *record, done](bool right) {
        const Result<StaffMember> checked = Staff(m_db).recordAttempt(record, right, m_clock.now());
        if (checked)
            setOperator({checked->name, checked->role});
        done(checked);
    });
}

Result<DayReport> PaymentService::closeDay(QDate day, const QTimeZone &zone)
{
    if (const QString refused = ownerOnly(Text::tr("Only the owner can close the day.")); !refused.isEmpty())
        return badInput(refused);
    return DayClose(m_db, zone).close(day, m_clock.now(), m_actor);
}

Result<ShopInfo> PaymentService::shopInfo() const
{
    return ShopSettings(m_db).read();
}

Status PaymentService::saveShopInfo(const ShopInfo &info)
{
    if (const QString refused = ownerOnly(Text::tr("Only the owner can change the shop's details."));
        !refused.isEmpty())
        return badInput(refused);
    return ShopSettings(m_db).write(info, m_actor);
}

Result<ShopRules> PaymentService::shopRules() const
{
    return ShopSettings(m_db).readRules();
}

Status PaymentService::saveShopRules(const ShopRules &rules)
{
    if (const QString refused = ownerOnly(Text::tr("Only the owner can change the shop's rules.")); !refused.isEmpty())
        return badInput(refused);
    return ShopSettings(m_db).writeRules(rules, m_actor);
}

Result<QList<StaffMember>> PaymentService::staff() const
{
    return Staff(m_db).members();
}

Result<StaffMember> PaymentService::addStaff(const QString &name, Role role, const QString &pin)
{
    const Result<QList<StaffMember>> people = Staff(m_db).members();
    if (!people)
        return people.error();
    const bool hasOwner =
        std::any_of(people->cbegin(), people->cend(), [](const StaffMember &m) { return m.role == Role::Owner; });
    if (hasOwner || role != Role::Owner) {
        if (const QString refused = ownerOnly(Text::tr("Only the owner can change the staff list."));
            !refused.isEmpty())
            return badInput(refused);
        if (!hasOwner)
            return badInput(Text::tr("Add the owner first."));
    }
    Result<StaffMember> added = Staff(m_db).add(name, role, pin, m_clock.now());
    if (!added)
        return added.error();
    if (Status s = auditStaffChange(QStringLiteral("added %1 (%2)").arg(added->name, roleName(role))); !s)
        return s.error();
    return added;
}

Status PaymentService::changePin(const QString &name, const QString &pin)
{
    if (m_role != Role::Owner && name.trimmed() != m_actor)
        return badInput(ownerOnly(Text::tr("Only the owner can change another person's PIN.")));
    if (Status s = Staff(m_db).changePin(name, pin); !s)
        return s;
    return auditStaffChange(QStringLiteral("changed the PIN of %1").arg(name.trimmed()));
}

Status PaymentService::auditStaffChange(const QString &detail)
{
    AuditEntry entry;
    entry.at = m_clock.now();
    entry.actor = m_actor;
    entry.action = QStringLiteral("staff");
    entry.detail = detail;
    return AuditTrail(m_db).record(entry);
}

} // namespace PayDesk
