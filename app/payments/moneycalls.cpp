#include "app/payments/moneycalls.h"

#include <QCoreApplication>

#include "app/storage/operationjournal.h"

namespace PayDesk {

using LinePay::Envelope;
using LinePay::PaymentDetail;
using Storage::Operation;

namespace {

// Sentences for people, filed for translators under the context asked at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PayDesk::MoneyCall)
};

QByteArray requestBody(const Order &order, const Payment &payment, const std::optional<Money> &)
{
    LinePay::PaymentRequest request;
    request.amount = payment.amount;
    request.orderId = payment.lineOrderId;
    LinePay::Package package{QStringLiteral("1"), {}, payment.amount, {}};
    for (const LineItem &item : order.items)
        package.products << LinePay::Product{{}, item.name, item.quantity, item.unitPrice};
    request.packages << package;
    // PayDesk learns the outcome by polling check-status; the customer sees LINE Pay's own done
    // page (DESIGN.md "The payment, end to end").
    request.confirmUrlType = QStringLiteral("NONE");
    request.capture = !payment.authorizeOnly;
    return LinePay::encodePaymentRequest(request);
}

QByteArray confirmBody(const Order &, const Payment &payment, const std::optional<Money> &)
{
    return LinePay::encodeAmountBody(payment.amount);
}

QByteArray captureBody(const Order &, const Payment &payment, const std::optional<Money> &amount)
{
    return LinePay::encodeAmountBody(amount.value_or(payment.amount));
}

QByteArray voidBody(const Order &, const Payment &, const std::optional<Money> &)
{
    return QByteArrayLiteral("{}");
}

QByteArray refundBody(const Order &, const Payment &, const std::optional<Money> &amount)
{
    return LinePay::encodeRefundBody(amount);
}

Result<AnsweredCall> requestAnswer(Payment payment, const Operation &, const Envelope &answer)
{
    Result<LinePay::RequestInfo> info = LinePay::decodeRequestInfo(answer.info);
    if (!info)
        return info.error();
    payment.transactionId = info->transactionId;
    payment.paymentUrl = info->webUrl;
    payment.paymentAccessToken = info->paymentAccessToken;
    payment.state = PaymentState::Requested;
    return AnsweredCall{payment, Text::tr("waiting for the customer"), 0};
}

// Confirm and capture answer with what was paid; an empty payInfo means the amount asked for.
Result<AnsweredCall> paidAnswer(Payment payment, const Operation &op, const Envelope &answer, bool confirming)
{
    const QString currency = payment.amount.currency();
    Result<LinePay::ConfirmInfo> info = LinePay::decodeConfirmInfo(answer.info, currency);
    if (!info)
        return info.error();
    const qint64 expected = confirming ? payment.amount.minorUnits() : op.amountMinor;
    qint64 paid = 0;
    for (const LinePay::PayInfo &p : info->payInfo)
        paid += p.amount.minorUnits();
    if (info->payInfo.isEmpty())
        paid = expected;
    QString detail;
    if (confirming && payment.authorizeOnly) {
        payment.state = PaymentState::Authorized;
        payment.authorizationExpiry = info->authorizationExpireDate;
        detail = Text::tr("authorized until %1").arg(info->authorizationExpireDate.toString(Qt::ISODate));
    } else {
        payment.state = PaymentState::Captured;
        payment.captured = Money(paid, currency);
        detail = Text::tr("%1 captured").arg(payment.captured.toDisplayString());
    }
    if (paid != expected)
        detail += u' ' + Text::tr("(LINE Pay reports %1 paid, %2 expected)")
                             .arg(Money(paid, currency).toDecimalString(), Money(expected, currency).toDecimalString());
    return AnsweredCall{payment, detail, 0};
}

Result<AnsweredCall> confirmAnswer(Payment payment, const Operation &op, const Envelope &answer)
{
    return paidAnswer(std::move(payment), op, answer, true);
}

Result<AnsweredCall> captureAnswer(Payment payment, const Operation &op, const Envelope &answer)
{
    return paidAnswer(std::move(payment), op, answer, false);
}

Result<AnsweredCall> voidAnswer(Payment payment, const Operation &, const Envelope &)
{
    payment.state = PaymentState::Voided;
    return AnsweredCall{payment, Text::tr("authorization voided"), 0};
}

Result<AnsweredCall> refundAnswer(Payment payment, const Operation &, const Envelope &answer)
{
    Result<LinePay::RefundInfo> info = LinePay::decodeRefundInfo(answer.info);
    if (!info)
        return info.error();
    // The amount and the new state come from payment details (DESIGN.md rule 5).
    return AnsweredCall{payment, Text::tr("refund accepted"), info->refundTransactionId};
}

bool requestHappened(const Operation &, const PaymentDetail &, const QSet<qint64> &)
{
    return false; // payment details list only confirmed payments: a lost request is never found
}

bool confirmHappened(const Operation &, const PaymentDetail &, const QSet<qint64> &)
{
    return true; // listed at all means confirmed
}

bool captureHappened(const Operation &, const PaymentDetail &detail, const QSet<qint64> &)
{
    return detail.payStatus == u"CAPTURE";
}

bool voidHappened(const Operation &, const PaymentDetail &detail, const QSet<qint64> &)
{
    return detail.payStatus == u"VOIDED_AUTHORIZATION";
}

bool refundHappened(const Operation &op, const PaymentDetail &detail, const QSet<qint64> &known)
{
    return refundMadeBy(op, detail, known).has_value();
}

using S = PaymentState;

const MoneyCallDescription kCalls[] = {
    {MoneyCallKind::Request, LinePay::Endpoint::Request, requestBody, requestAnswer, requestHappened, {S::Requested}},
    {MoneyCallKind::Confirm,
     LinePay::Endpoint::Confirm,
     confirmBody,
     confirmAnswer,
     confirmHappened,
     {S::Captured, S::Authorized}},
    {MoneyCallKind::Capture, LinePay::Endpoint::Capture, captureBody, captureAnswer, captureHappened, {S::Captured}},
    {MoneyCallKind::Void, LinePay::Endpoint::Void, voidBody, voidAnswer, voidHappened, {S::Voided}},
    {MoneyCallKind::Refund,
     LinePay::Endpoint::Refund,
     refundBody,
     refundAnswer,
     refundHappened,
     {S::PartiallyRefunded, S::Refunded}},
};

} // namespace

const MoneyCallDescription &describeMoneyCall(MoneyCallKind kind)
{
    return kCalls[int(kind)];
}

std::optional<LinePay::RefundEntry> refundMadeBy(const Operation &op, const PaymentDetail &detail,
                                                 const QSet<qint64> &known)
{
    if (!op.responseBody.isEmpty()) {
        Result<Envelope> envelope = LinePay::decodeEnvelope(op.responseBody);
        Result<LinePay::RefundInfo> info = envelope && envelope->isSuccess() ? LinePay::decodeRefundInfo(envelope->info)
                                                                             : Result<LinePay::RefundInfo>(Error{});
        if (info) {
            for (const LinePay::RefundEntry &entry : detail.refunds) {
                if (entry.refundTransactionId == info->refundTransactionId)
                    return entry;
            }
            return std::nullopt;
        }
    }
    std::optional<LinePay::RefundEntry> newest;
    for (const LinePay::RefundEntry &entry : detail.refunds) {
        if (known.contains(entry.refundTransactionId))
            continue;
        if (op.amountMinor > 0 && entry.amount.minorUnits() != op.amountMinor)
            continue;
        if (!newest || entry.date >= newest->date)
            newest = entry;
    }
    return newest;
}

CheckStatus checkStatusFromCode(const QString &code)
{
    if (code == u"0000")
        return CheckStatus::Waiting;
    if (code == u"0110")
        return CheckStatus::Approved;
    if (code == u"0121")
        return CheckStatus::Cancelled;
    if (code == u"0122")
        return CheckStatus::Failed;
    if (code == u"0123")
        return CheckStatus::Complete;
    return CheckStatus::Unknown;
}

std::optional<PaymentState> stateAfterCheck(CheckStatus status, const QDateTime &requested, const QDateTime &now)
{
    switch (status) {
    case CheckStatus::Waiting:
        return PaymentState::Requested;
    case CheckStatus::Approved:
        return PaymentState::Authenticated;
    case CheckStatus::Cancelled:
        // LINE Pay answers 0121 for both; the clock tells which.
        return requested.isValid() && requested.addSecs(kRequestWindowSeconds) <= now ? PaymentState::Expired
                                                                                      : PaymentState::Cancelled;
    case CheckStatus::Failed:
        return PaymentState::Failed;
    case CheckStatus::Complete:
    case CheckStatus::Unknown:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace PayDesk
