#pragma once

#include <optional>

#include <QList>
#include <QString>

namespace PayDesk {

// The local state of a payment attempt (DESIGN.md "Payment states").
enum class PaymentState
{
    Draft,
    Requested,
    Authenticated,
    Authorized,
    Captured,
    PartiallyRefunded,
    Refunded,
    Voided,
    Cancelled,
    Failed,
    Expired,
    InDoubt,
};

// What a person or a script can ask for a payment.
enum class PaymentAction
{
    Request,
    OpenPaymentPage,
    CheckStatus,
    Confirm,
    Capture,
    Void,
    Refund,
    Details,
    Recover,
};

// The one table of legal actions: the buttons, the CLI and the service all ask it.
bool isActionAllowed(PaymentState state, PaymentAction action);
QList<PaymentAction> allowedActions(PaymentState state);

// True when nothing more will happen to the payment without a new attempt.
bool isFinal(PaymentState state);
// True when the transition from one state to another is part of the state machine.
bool isLegalTransition(PaymentState from, PaymentState to);

QString stateName(PaymentState state);                          // "PARTIALLY_REFUNDED"
std::optional<PaymentState> stateFromName(const QString &name); // case-insensitive
QString actionName(PaymentAction action);                       // "refund"
QString stateDisplayName(PaymentState state);                   // translated, for people

const QList<PaymentState> &allPaymentStates();
const QList<PaymentAction> &allPaymentActions();

} // namespace PayDesk
