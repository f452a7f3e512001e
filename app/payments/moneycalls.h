#pragma once

#include <optional>

#include <QList>
#include <QSet>

#include "app/domain/moneycall.h"
#include "app/domain/order.h"
#include "app/linepay/client.h"

namespace PayDesk {

namespace Storage {
struct Operation;
} // namespace Storage

// What a successful answer ("0000") to a money call says happened.
struct AnsweredCall
{
    Payment payment;                // the payment as the answer leaves it
    QString detail;                 // a line for the audit trail
    qint64 refundTransactionId = 0; // a refund's id; its amount is read from payment details
};

// One description per kind of money call: where it goes, the exact bytes it sends, what its
// answer means and which states that answer may leave. The service looks kinds up here instead
// of switching on them.
struct MoneyCallDescription
{
    MoneyCallKind kind;
    LinePay::Endpoint endpoint;
    // The body to journal and send, for the payment as claimed and the amount asked for.
    QByteArray (*body)(const Order &order, const Payment &payment, const std::optional<Money> &amount);
    // Reads a successful answer into the payment; an error when the answer cannot be read.
    Result<AnsweredCall> (*applyAnswer)(Payment payment, const Storage::Operation &operation,
                                        const LinePay::Envelope &answer);
    // Whether LINE Pay's payment details show that the call happened. `knownRefunds` are the
    // refund transactions recorded locally before the call.
    bool (*happened)(const Storage::Operation &operation, const LinePay::PaymentDetail &detail,
                     const QSet<qint64> &knownRefunds);
    QList<PaymentState> results; // the states a successful answer may leave
};

const MoneyCallDescription &describeMoneyCall(MoneyCallKind kind);

// The refund a refund call made, among LINE Pay's refunds of the payment: the one named in the
// answer when it arrived, otherwise the newest one not recorded locally that matches the amount.
std::optional<LinePay::RefundEntry> refundMadeBy(const Storage::Operation &operation,
                                                 const LinePay::PaymentDetail &detail,
                                                 const QSet<qint64> &knownRefunds);

// LINE Pay's check-status answers (API.md §8): the one place that turns them into local states.
enum class CheckStatus
{
    Waiting,   // 0000: the customer has not approved yet
    Approved,  // 0110: ready to confirm
    Cancelled, // 0121: cancelled by the customer, or the request window ran out
    Failed,    // 0122
    Complete,  // 0123: confirmed; only payment details tell how
    Unknown,   // any other code
};

CheckStatus checkStatusFromCode(const QString &returnCode);
// The state of a payment still waiting for its customer after check-status answered `status`;
// nullopt for Complete (ask payment details) and Unknown (nothing can be said).
std::optional<PaymentState> stateAfterCheck(CheckStatus status, const QDateTime &requested, const QDateTime &now);

// LINE Pay's request window: the customer has 20 minutes to approve (API.md §6).
constexpr int kRequestWindowSeconds = 20 * 60;

} // namespace PayDesk
