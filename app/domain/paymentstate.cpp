#include "app/domain/paymentstate.h"

#include <QCoreApplication>
#include <QHash>

namespace PayDesk {

namespace {

using S = PaymentState;
using A = PaymentAction;

struct StateRow
{
    PaymentState state;
    const char16_t *name;
    const char *displayName;
    QList<PaymentAction> actions;
    QList<PaymentState> next;
};

// A cancelled, failed, expired or voided attempt can be followed by a new attempt (Request);
// an order that has been paid cannot.
const QList<StateRow> &table()
{
    static const QList<StateRow> rows = {
        {S::Draft,
         u"DRAFT",
         QT_TRANSLATE_NOOP("PayDesk::State", "Draft"),
         {A::Request},
         {S::Requested, S::InDoubt, S::Failed}},
        {S::Requested,
         u"REQUESTED",
         QT_TRANSLATE_NOOP("PayDesk::State", "Waiting for customer"),
         {A::OpenPaymentPage, A::CheckStatus, A::Confirm},
         {S::Authenticated, S::Cancelled, S::Failed, S::Expired, S::Captured, S::Authorized, S::InDoubt}},
        {S::Authenticated,
         u"AUTHENTICATED",
         QT_TRANSLATE_NOOP("PayDesk::State", "Ready to confirm"),
         {A::CheckStatus, A::Confirm},
         {S::Captured, S::Authorized, S::Expired, S::Cancelled, S::Failed, S::InDoubt}},
        {S::Authorized,
         u"AUTHORIZED",
         QT_TRANSLATE_NOOP("PayDesk::State", "Authorized"),
         {A::Capture, A::Void, A::Details},
         {S::Captured, S::Voided, S::Expired, S::InDoubt}},
        {S::Captured,
         u"CAPTURED",
         QT_TRANSLATE_NOOP("PayDesk::State", "Paid"),
         {A::Refund, A::Details},
         {S::PartiallyRefunded, S::Refunded, S::InDoubt}},
        {S::PartiallyRefunded,
         u"PARTIALLY_REFUNDED",
         QT_TRANSLATE_NOOP("PayDesk::State", "Partially refunded"),
         {A::Refund, A::Details},
         {S::PartiallyRefunded, S::Refunded, S::InDoubt}},
        {S::Refunded, u"REFUNDED", QT_TRANSLATE_NOOP("PayDesk::State", "Refunded"), {A::Details}, {}},
        {S::Voided, u"VOIDED", QT_TRANSLATE_NOOP("PayDesk::State", "Voided"), {A::Request, A::Details}, {}},
        {S::Cancelled, u"CANCELLED", QT_TRANSLATE_NOOP("PayDesk::State", "Cancelled"), {A::Request}, {}},
        {S::Failed, u"FAILED", QT_TRANSLATE_NOOP("PayDesk::State", "Failed"), {A::Request}, {}},
        {S::Expired, u"EXPIRED", QT_TRANSLATE_NOOP("PayDesk::State", "Expired"), {A::Request, A::Details}, {}},
        // The outcome of a call is unknown: only asking LINE Pay (recover) may touch it.
        {S::InDoubt,
         u"IN_DOUBT",
         QT_TRANSLATE_NOOP("PayDesk::State", "Outcome unknown"),
         {A::Recover},
         {S::Requested, S::Authenticated, S::Authorized, S::Captured, S::PartiallyRefunded, S::Refunded, S::Voided,
          S::Cancelled, S::Failed, S::Expired}},
    };
    return rows;
}

const StateRow &row(PaymentState state)
{
    return table().at(int(state));
}

} // namespace

bool isActionAllowed(PaymentState state, PaymentAction action)
{
    return row(state).actions.contains(action);
}

QList<PaymentAction> allowedActions(PaymentState state)
{
    return row(state).actions;
}

bool isFinal(PaymentState state)
{
    return row(state).next.isEmpty();
}

bool isLegalTransition(PaymentState from, PaymentState to)
{
    return row(from).next.contains(to);
}

QString stateName(PaymentState state)
{
    return QString::fromUtf16(row(state).name);
}

std::optional<PaymentState> stateFromName(const QString &name)
{
    const QString upper = name.trimmed().toUpper();
    for (const StateRow &r : table()) {
        if (upper == QStringView(r.name))
            return r.state;
    }
    return std::nullopt;
}

QString actionName(PaymentAction action)
{
    switch (action) {
    case A::Request:
        return QStringLiteral("request");
    case A::OpenPaymentPage:
        return QStringLiteral("open-payment-page");
    case A::CheckStatus:
        return QStringLiteral("status");
    case A::Confirm:
        return QStringLiteral("confirm");
    case A::Capture:
        return QStringLiteral("capture");
    case A::Void:
        return QStringLiteral("void");
    case A::Refund:
        return QStringLiteral("refund");
    case A::Details:
        return QStringLiteral("details");
    case A::Recover:
        return QStringLiteral("recover");
    }
    return {};
}

QString stateDisplayName(PaymentState state)
{
    return QCoreApplication::translate("PayDesk::State", row(state).displayName);
}

const QList<PaymentState> &allPaymentStates()
{
    static const QList<PaymentState> states = [] {
        QList<PaymentState> list;
        for (const StateRow &r : table())
            list << r.state;
        return list;
    }();
    return states;
}

const QList<PaymentAction> &allPaymentActions()
{
    static const QList<PaymentAction> actions = {A::Request, A::OpenPaymentPage, A::CheckStatus, A::Confirm, A::Capture,
                                                 A::Void,    A::Refund,          A::Details,     A::Recover};
    return actions;
}

} // namespace PayDesk
