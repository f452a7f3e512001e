#include "app/payments/paymentservice.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include "app/linepay/returncodes.h"
#include "app/storage/audittrail.h"
#include "app/storage/database.h"
#include "app/storage/operationjournal.h"
#include "app/storage/orderrepository.h"
#include "app/storage/paymentrepository.h"
#include "app/storage/refundrepository.h"

Q_LOGGING_CATEGORY(lcPayments, "paydesk.payments.service", QtWarningMsg)

namespace PayDesk {

using namespace PayDesk::Storage;
using LinePay::CallResult;

namespace {

using OpStatus = Operation::Status;

QString tr(const char *text)
{
    return QCoreApplication::translate("PayDesk::PaymentService", text);
}

const char *kindName(int kind)
{
    static const char *names[] = {"request", "confirm", "capture", "void", "refund"};
    return names[kind];
}

OperationOutcome outcome(OperationOutcome::Status status, qint64 orderId, const QString &message,
                         const QString &code = {}, const QString &returnMessage = {})
{
    return OperationOutcome{status, message, code, returnMessage, orderId};
}

QString actionText(PaymentAction action)
{
    switch (action) {
    case PaymentAction::Request:
        return tr("request a payment for");
    case PaymentAction::OpenPaymentPage:
        return tr("open the payment page of");
    case PaymentAction::CheckStatus:
        return tr("check the status of");
    case PaymentAction::Confirm:
        return tr("confirm");
    case PaymentAction::Capture:
        return tr("capture");
    case PaymentAction::Void:
        return tr("void");
    case PaymentAction::Refund:
        return tr("refund");
    case PaymentAction::Details:
        return tr("read LINE Pay's details of");
    case PaymentAction::Recover:
        return tr("recover");
    }
    return {};
}

OperationOutcome notAllowed(const Order &order, PaymentState state, PaymentAction action)
{
    return outcome(
        OperationOutcome::Status::BadInput, order.id,
        tr("Cannot %1 order %2: its payment is %3.").arg(actionText(action), order.number, stateDisplayName(state)));
}

} // namespace

PaymentService::PaymentService(Database &database, LinePay::Client *client, const Clock &clock, QString actor,
                               QObject *parent)
    : QObject(parent), m_db(database), m_client(client), m_clock(clock), m_actor(std::move(actor))
{}

Result<Order> PaymentService::createOrder(const Order &draft)
{
    Order order = draft;
    for (LineItem &item : order.items)
        item.name = item.name.trimmed();
    const Status valid = order.validate();
    if (!valid)
        return valid.error();
    Result<Order> created = Error{};
    const Status saved = m_db.transaction([&]() -> Status {
        created = OrderRepository(m_db).create(order, m_clock.now());
        if (!created)
            return created.error();
        AuditEntry entry{0,
                         m_clock.now(),
                         m_actor,
                         created->id,
                         0,
                         QStringLiteral("create"),
                         created->itemsSummary() + u" — " + created->total()->toDisplayString(),
                         {},
                         {}};
        return AuditTrail(m_db).record(entry);
    });
    if (!saved)
        return saved.error();
    Q_EMIT orderChanged(created->id);
    return created;
}

PendingOperation *PaymentService::start(qint64 orderId, const std::function<void(Finish)> &work)
{
    auto *pending = new PendingOperation(this);
    // Outcomes are always delivered from the event loop, so callers connect before they arrive.
    const auto deliver = [pending](const OperationOutcome &result) {
        QTimer::singleShot(0, pending, [pending, result] {
            Q_EMIT pending->finished(result);
            pending->deleteLater();
        });
    };
    if (orderId != 0 && m_busyOrders.contains(orderId)) {
        deliver(outcome(OperationOutcome::Status::BadInput, orderId,
                        tr("This order is already being processed; wait for the current step to finish.")));
        return pending;
    }
    if (orderId != 0) {
        m_busyOrders.insert(orderId);
        Q_EMIT busyChanged(orderId, true);
    }
    work([this, orderId, deliver](const OperationOutcome &result) {
        if (orderId != 0) {
            m_busyOrders.remove(orderId);
            Q_EMIT busyChanged(orderId, false);
        }
        Q_EMIT orderChanged(result.orderId != 0 ? result.orderId : orderId);
        deliver(result);
    });
    return pending;
}

void PaymentService::withOrder(qint64 orderId,
                               const std::function<void(const Order &, const std::optional<Payment> &)> &then,
                               const Finish &done)
{
    Result<Order> order = OrderRepository(m_db).find(orderId);
    if (!order)
        return done(order.error().kind == Error::Kind::Storage
                        ? storageFailure(orderId, order.error())
                        : outcome(OperationOutcome::Status::BadInput, orderId, order.error().message));
    Result<QList<Payment>> attempts = PaymentRepository(m_db).attemptsForOrder(orderId);
    if (!attempts)
        return done(storageFailure(orderId, attempts.error()));
    std::optional<Payment> current;
    if (!attempts->isEmpty())
        current = attempts->last();
    if (current && (current->state == PaymentState::InDoubt || current->busyOperation != 0)) {
        // Before anything else touches a payment whose last call has an unknown outcome, ask LINE Pay.
        recoverPayment(current->id, [this, orderId, then, done](const OperationOutcome &recovered) {
            if (recovered.status != OperationOutcome::Status::Done)
                return done(recovered);
            Result<Order> order = OrderRepository(m_db).find(orderId);
            Result<Payment> payment = PaymentRepository(m_db).currentForOrder(orderId);
            if (!order || !payment)
                return done(storageFailure(orderId, !order ? order.error() : payment.error()));
            then(*order, *payment);
        });
        return;
    }
    then(*order, current);
}

PendingOperation *PaymentService::request(qint64 orderId, bool authorizeOnly)
{
    return start(orderId, [this, orderId, authorizeOnly](Finish done) {
        withOrder(
            orderId,
            [this, authorizeOnly, done](const Order &order, const std::optional<Payment> &current) {
                if (current && !isActionAllowed(current->state, PaymentAction::Request))
                    return done(notAllowed(order, current->state, PaymentAction::Request));
                const Result<Money> total = order.total();
                if (!total)
                    return done(outcome(OperationOutcome::Status::BadInput, order.id, total.error().message));
                Payment attempt;
                attempt.orderId = order.id;
                attempt.attempt = current ? current->attempt + 1 : 1;
                attempt.lineOrderId = order.number + u'-' + QString::number(attempt.attempt);
                attempt.state = PaymentState::Draft;
                attempt.authorizeOnly = authorizeOnly;
                attempt.amount = *total;
                attempt.captured = attempt.refunded = Money(0, order.currency);
                attempt.created = attempt.updated = m_clock.now();
                runMoneyCall(order, attempt, Kind::Request, std::nullopt, {}, done);
            },
            done);
    });
}

PendingOperation *PaymentService::confirm(qint64 orderId)
{
    return start(orderId, [this, orderId](Finish done) {
        withOrder(
            orderId,
            [this, done](const Order &order, const std::optional<Payment> &payment) {
                if (!payment)
                    return done(notAllowed(order, PaymentState::Draft, PaymentAction::Confirm));
                if (!isActionAllowed(payment->state, PaymentAction::Confirm))
                    return done(notAllowed(order, payment->state, PaymentAction::Confirm));
                runMoneyCall(order, *payment, Kind::Confirm, std::nullopt, {}, done);
            },
            done);
    });
}

PendingOperation *PaymentService::capture(qint64 orderId, const std::optional<Money> &amount)
{
    return start(orderId, [this, orderId, amount](Finish done) {
        withOrder(
            orderId,
            [this, amount, done](const Order &order, const std::optional<Payment> &payment) {
                if (!payment || !isActionAllowed(payment->state, PaymentAction::Capture))
                    return done(
                        notAllowed(order, payment ? payment->state : PaymentState::Draft, PaymentAction::Capture));
                if (amount && (amount->currency() != payment->amount.currency() || amount->minorUnits() <= 0))
                    return done(
                        outcome(OperationOutcome::Status::BadInput, order.id,
                                tr("Enter a capture amount in %1 above zero.").arg(payment->amount.currency())));
                runMoneyCall(order, *payment, Kind::Capture, amount.value_or(payment->amount), {}, done);
            },
            done);
    });
}

PendingOperation *PaymentService::voidAuthorization(qint64 orderId)
{
    return start(orderId, [this, orderId](Finish done) {
        withOrder(
            orderId,
            [this, done](const Order &order, const std::optional<Payment> &payment) {
                if (!payment || !isActionAllowed(payment->state, PaymentAction::Void))
                    return done(notAllowed(order, payment ? payment->state : PaymentState::Draft, PaymentAction::Void));
                runMoneyCall(order, *payment, Kind::Void, std::nullopt, {}, done);
            },
            done);
    });
}

PendingOperation *PaymentService::refund(qint64 orderId, const std::optional<Money> &amount, const QString &reason)
{
    return start(orderId, [this, orderId, amount, reason](Finish done) {
        withOrder(
            orderId,
            [this, amount, reason, done](const Order &order, const std::optional<Payment> &payment) {
                if (!payment || !isActionAllowed(payment->state, PaymentAction::Refund))
                    return done(
                        notAllowed(order, payment ? payment->state : PaymentState::Draft, PaymentAction::Refund));
                if (payment->refundable().minorUnits() <= 0)
                    return done(outcome(OperationOutcome::Status::BadInput, order.id,
                                        tr("Order %1 has nothing left to refund.").arg(order.number)));
                if (amount && (amount->currency() != payment->amount.currency() || amount->minorUnits() <= 0))
                    return done(outcome(OperationOutcome::Status::BadInput, order.id,
                                        tr("Enter a refund amount in %1 above zero.").arg(payment->amount.currency())));
                // An amount above what remains goes to LINE Pay, which is the authority on what
                // remains (refunds can also be made in the merchant center) and answers 1164.
                runMoneyCall(order, *payment, Kind::Refund, amount, reason, done);
            },
            done);
    });
}

PendingOperation *PaymentService::checkStatus(qint64 orderId)
{
    return start(orderId, [this, orderId](Finish done) {
        withOrder(
            orderId,
            [this, done](const Order &order, const std::optional<Payment> &payment) {
                if (!payment)
                    return done(notAllowed(order, PaymentState::Draft, PaymentAction::CheckStatus));
                if (payment->state != PaymentState::Requested && payment->state != PaymentState::Authenticated)
                    return done(outcome(OperationOutcome::Status::Done, order.id, stateDisplayName(payment->state),
                                        payment->lastReturnCode, payment->lastReturnMessage));
                runCheck(order, *payment, done);
            },
            done);
    });
}

PendingOperation *PaymentService::details(qint64 orderId)
{
    return start(orderId, [this, orderId](Finish done) {
        withOrder(
            orderId,
            [this, done](const Order &order, const std::optional<Payment> &payment) {
                if (!payment || payment->transactionId == 0)
                    return done(outcome(OperationOutcome::Status::BadInput, order.id,
                                        tr("Order %1 has no LINE Pay transaction yet.").arg(order.number)));
                runDetails(order, *payment, done);
            },
            done);
    });
}

PendingOperation *PaymentService::recover()
{
    return start(0, [this](Finish done) {
        Result<QList<Operation>> open = OperationJournal(m_db).unsettled();
        if (!open)
            return done(storageFailure(0, open.error()));
        QList<qint64> ids;
        for (const Operation &op : *open)
            ids << op.id;
        recoverOperations(ids, {}, done);
    });
}

void PaymentService::runMoneyCall(const Order &order, Payment payment, Kind kind, std::optional<Money> amount,
                                  const QString &reason, Finish done)
{
    using namespace LinePay;
    QByteArray body;
    Endpoint endpoint = Endpoint::Request;
    PaymentRequest request;
    switch (kind) {
    case Kind::Request: {
        request.amount = payment.amount;
        request.orderId = payment.lineOrderId;
        Package package{QStringLiteral("1"), {}, payment.amount, {}};
        for (const LineItem &item : order.items)
            package.products << Product{{}, item.name, item.quantity, item.unitPrice};
        request.packages << package;
        // PayDesk learns the outcome by polling check-status; the customer sees LINE Pay's own
        // done page (DESIGN.md "The payment, end to end").
        request.confirmUrlType = QStringLiteral("NONE");
        request.capture = !payment.authorizeOnly;
        body = encodePaymentRequest(request);
        endpoint = Endpoint::Request;
        break;
    }
    case Kind::Confirm:
        body = encodeAmountBody(payment.amount);
        endpoint = Endpoint::Confirm;
        break;
    case Kind::Capture:
        body = encodeAmountBody(*amount);
        endpoint = Endpoint::Capture;
        break;
    case Kind::Void:
        body = QByteArrayLiteral("{}");
        endpoint = Endpoint::Void;
        break;
    case Kind::Refund:
        body = encodeRefundBody(amount);
        endpoint = Endpoint::Refund;
        break;
    }

    // The intent is on disk, with the payment marked busy and in doubt, before anything is sent:
    // if PayDesk dies from here on, recovery finds it.
    Operation op;
    op.paymentId = payment.id;
    op.kind = QString::fromLatin1(kindName(int(kind)));
    op.status = OpStatus::Pending;
    op.apiPath = QString::fromLatin1(Client::pathFor(endpoint, payment.transactionId));
    op.requestBody = body;
    op.stateBefore = payment.state;
    op.amountMinor = amount ? amount->minorUnits() : 0;
    op.created = op.updated = m_clock.now();
    const Status intent = m_db.transaction([&]() -> Status {
        if (payment.id == 0) {
            if (Status s = PaymentRepository(m_db).insert(payment); !s)
                return s;
            op.paymentId = payment.id;
        }
        if (Status s = OperationJournal(m_db).append(op); !s)
            return s;
        payment.state = PaymentState::InDoubt;
        payment.busyOperation = op.id;
        payment.updated = m_clock.now();
        if (Status s = PaymentRepository(m_db).update(payment); !s)
            return s;
        const QString what = amount ? amount->toDisplayString() : QString();
        return audit(payment, op.kind, what.isEmpty() ? tr("sent to LINE Pay") : tr("%1 sent to LINE Pay").arg(what));
    });
    if (!intent)
        return done(storageFailure(order.id, intent.error()));
    op.status = OpStatus::Sent;
    op.updated = m_clock.now();
    if (Status s = OperationJournal(m_db).update(op); !s)
        return done(storageFailure(order.id, s.error()));

    Call *call = nullptr;
    switch (kind) {
    case Kind::Request:
        call = m_client->requestPayment(request);
        break;
    case Kind::Confirm:
        call = m_client->confirm(payment.transactionId, payment.amount);
        break;
    case Kind::Capture:
        call = m_client->capture(payment.transactionId, *amount);
        break;
    case Kind::Void:
        call = m_client->voidAuthorization(payment.transactionId);
        break;
    case Kind::Refund:
        call = m_client->refund(payment.transactionId, amount);
        break;
    }
    const qint64 operationId = op.id;
    connect(call, &Call::finished, this, [this, operationId, kind, reason, done](const CallResult &result) {
        onMoneyAnswer(operationId, kind, reason, result, done);
    });
}

Status PaymentService::finishOperation(Operation &op, int status, Payment &payment, const QString &action,
                                       const QString &detail)
{
    return m_db.transaction([&]() -> Status {
        op.status = OpStatus(status);
        op.updated = m_clock.now();
        if (Status s = OperationJournal(m_db).update(op); !s)
            return s;
        if (!op.isUnsettled())
            payment.busyOperation = 0;
        payment.updated = m_clock.now();
        if (!op.returnCode.isEmpty()) {
            payment.lastReturnCode = op.returnCode;
            payment.lastReturnMessage = op.returnMessage;
        }
        if (Status s = PaymentRepository(m_db).update(payment); !s)
            return s;
        return audit(payment, action, detail, op.returnCode, op.returnMessage);
    });
}

void PaymentService::onMoneyAnswer(qint64 operationId, Kind kind, const QString &reason, const CallResult &result,
                                   Finish done)
{
    Result<Operation> loaded = OperationJournal(m_db).find(operationId);
    if (!loaded)
        return done(storageFailure(0, loaded.error()));
    Operation op = *loaded;
    Result<Payment> loadedPayment = PaymentRepository(m_db).find(op.paymentId);
    if (!loadedPayment)
        return done(storageFailure(0, loadedPayment.error()));
    Payment payment = *loadedPayment;
    const qint64 orderId = payment.orderId;
    op.responseBody = result.responseBody;
    op.returnCode = result.envelope.returnCode;
    op.returnMessage = result.envelope.returnMessage;

    const auto inDoubt = [&](const QString &why) {
        op.error = why;
        const Status s =
            finishOperation(op, int(OpStatus::Sent), payment, op.kind + QStringLiteral(" outcome unknown"), why);
        if (!s)
            return done(storageFailure(orderId, s.error()));
        done(outcome(OperationOutcome::Status::InDoubt, orderId,
                     why + u' ' +
                         tr("Run recovery (paydesk-cli recover, or Refresh from LINE Pay) before trying again."),
                     op.returnCode, op.returnMessage));
    };

    if (result.outcome == CallResult::Outcome::NotSent) {
        op.error = result.errorMessage;
        payment.state = kind == Kind::Request ? PaymentState::Failed : op.stateBefore;
        const Status s = finishOperation(op, int(OpStatus::NotSent), payment, op.kind + QStringLiteral(" not sent"),
                                         result.errorMessage);
        if (!s)
            return done(storageFailure(orderId, s.error()));
        return done(outcome(OperationOutcome::Status::NotSent, orderId, result.errorMessage));
    }
    if (result.outcome == CallResult::Outcome::Unknown)
        return inDoubt(result.errorMessage);

    const LinePay::Envelope &envelope = result.envelope;
    if (!envelope.isSuccess()) {
        const LinePay::ReturnCodeInfo info = LinePay::describeReturnCode(envelope.returnCode);
        if (!info.retrySafe)
            return inDoubt(info.sentence);
        payment.state = kind == Kind::Request ? PaymentState::Failed : op.stateBefore;
        const Status s =
            finishOperation(op, int(OpStatus::Refused), payment, op.kind + QStringLiteral(" refused"), info.sentence);
        if (!s)
            return done(storageFailure(orderId, s.error()));
        return done(refusal(orderId, result));
    }

    const QString currency = payment.amount.currency();
    QString detail;
    switch (kind) {
    case Kind::Request: {
        Result<LinePay::RequestInfo> info = LinePay::decodeRequestInfo(envelope.info);
        if (!info)
            return inDoubt(info.error().message);
        payment.transactionId = info->transactionId;
        payment.paymentUrl = info->webUrl;
        payment.paymentAccessToken = info->paymentAccessToken;
        payment.state = PaymentState::Requested;
        detail = tr("waiting for the customer");
        break;
    }
    case Kind::Confirm:
    case Kind::Capture: {
        Result<LinePay::ConfirmInfo> info = LinePay::decodeConfirmInfo(envelope.info, currency);
        if (!info)
            return inDoubt(info.error().message);
        qint64 paid = 0;
        for (const LinePay::PayInfo &p : info->payInfo)
            paid += p.amount.minorUnits();
        const qint64 expected = kind == Kind::Confirm ? payment.amount.minorUnits() : op.amountMinor;
        if (info->payInfo.isEmpty())
            paid = expected;
        if (kind == Kind::Confirm && payment.authorizeOnly) {
            payment.state = PaymentState::Authorized;
            payment.authorizationExpiry = info->authorizationExpireDate;
            detail = tr("authorized until %1").arg(info->authorizationExpireDate.toString(Qt::ISODate));
        } else {
            payment.state = PaymentState::Captured;
            payment.captured = Money(paid, currency);
            detail = tr("%1 captured").arg(payment.captured.toDisplayString());
        }
        if (paid != expected)
            detail +=
                u' ' + tr("(LINE Pay reports %1 paid, %2 expected)")
                           .arg(Money(paid, currency).toDecimalString(), Money(expected, currency).toDecimalString());
        break;
    }
    case Kind::Void:
        payment.state = PaymentState::Voided;
        detail = tr("authorization voided");
        break;
    case Kind::Refund: {
        Result<LinePay::RefundInfo> info = LinePay::decodeRefundInfo(envelope.info);
        if (!info)
            return inDoubt(info.error().message);
        const Money amount = op.amountMinor > 0 ? Money(op.amountMinor, currency) : payment.refundable();
        Refund refund{0, payment.id, info->refundTransactionId, amount, reason, m_clock.now()};
        const Status s = m_db.transaction([&]() -> Status {
            if (Status r = RefundRepository(m_db).insert(refund); !r)
                return r;
            payment.refunded = Money(payment.refunded.minorUnits() + amount.minorUnits(), currency);
            payment.state =
                payment.refundable().minorUnits() <= 0 ? PaymentState::Refunded : PaymentState::PartiallyRefunded;
            detail = tr("%1 refunded").arg(amount.toDisplayString());
            return finishOperation(op, int(OpStatus::Done), payment, op.kind, detail);
        });
        if (!s)
            return done(storageFailure(orderId, s.error()));
        return done(
            outcome(OperationOutcome::Status::Done, orderId, detail, envelope.returnCode, envelope.returnMessage));
    }
    }
    const Status s = finishOperation(op, int(OpStatus::Done), payment, op.kind, detail);
    if (!s)
        return done(storageFailure(orderId, s.error()));
    done(outcome(OperationOutcome::Status::Done, orderId, detail, envelope.returnCode, envelope.returnMessage));
}

void PaymentService::runCheck(const Order &order, const Payment &original, Finish done)
{
    const qint64 orderId = order.id;
    connect(m_client->checkStatus(original.transactionId), &LinePay::Call::finished, this,
            [this, order, original, orderId, done](const CallResult &result) {
                if (result.outcome != CallResult::Outcome::Answered)
                    return done(outcome(OperationOutcome::Status::NotSent, orderId, result.errorMessage));
                const QString code = result.envelope.returnCode;
                Payment payment = original;
                if (code == u"0123")
                    return runDetails(order, payment, done);
                if (code == u"0000")
                    payment.state = PaymentState::Requested;
                else if (code == u"0110")
                    payment.state = PaymentState::Authenticated;
                else if (code == u"0121")
                    payment.state = payment.created.addSecs(20 * 60) <= m_clock.now() ? PaymentState::Expired
                                                                                      : PaymentState::Cancelled;
                else if (code == u"0122")
                    payment.state = PaymentState::Failed;
                else
                    return done(refusal(orderId, result));
                payment.lastReturnCode = code;
                payment.lastReturnMessage = result.envelope.returnMessage;
                if (payment.state != original.state) {
                    payment.updated = m_clock.now();
                    const Status s = m_db.transaction([&]() -> Status {
                        if (Status u = PaymentRepository(m_db).update(payment); !u)
                            return u;
                        return audit(payment, QStringLiteral("status"), stateDisplayName(payment.state), code,
                                     result.envelope.returnMessage);
                    });
                    if (!s)
                        return done(storageFailure(orderId, s.error()));
                }
                done(outcome(OperationOutcome::Status::Done, orderId, LinePay::describeReturnCode(code).sentence, code,
                             result.envelope.returnMessage));
            });
}

void PaymentService::runDetails(const Order &order, const Payment &original, Finish done)
{
    const qint64 orderId = order.id;
    connect(m_client->details({{original.transactionId}, {}}), &LinePay::Call::finished, this,
            [this, order, original, orderId, done](const CallResult &result) {
                if (result.outcome != CallResult::Outcome::Answered)
                    return done(outcome(OperationOutcome::Status::NotSent, orderId, result.errorMessage));
                const QString code = result.envelope.returnCode;
                const bool waiting =
                    original.state == PaymentState::Requested || original.state == PaymentState::Authenticated;
                if (code == u"1150" && waiting)
                    return runCheck(order, original, done);
                if (!result.envelope.isSuccess())
                    return done(refusal(orderId, result));
                Result<QList<LinePay::PaymentDetail>> list = LinePay::decodeDetailsInfo(result.envelope.info);
                if (!list)
                    return done(outcome(OperationOutcome::Status::NotSent, orderId, list.error().message));
                Payment payment = original;
                const Status s = m_db.transaction([&]() -> Status {
                    for (const LinePay::PaymentDetail &d : std::as_const(*list)) {
                        if (d.transactionId == payment.transactionId) {
                            if (Status a = applyDetail(payment, d); !a)
                                return a;
                        }
                    }
                    payment.lastReturnCode = code;
                    payment.lastReturnMessage = result.envelope.returnMessage;
                    payment.updated = m_clock.now();
                    if (Status u = PaymentRepository(m_db).update(payment); !u)
                        return u;
                    return audit(payment, QStringLiteral("details"), stateDisplayName(payment.state), code,
                                 result.envelope.returnMessage);
                });
                if (!s)
                    return done(storageFailure(orderId, s.error()));
                done(outcome(OperationOutcome::Status::Done, orderId, stateDisplayName(payment.state), code,
                             result.envelope.returnMessage));
            });
}

Status PaymentService::applyDetail(Payment &payment, const LinePay::PaymentDetail &detail)
{
    const QString currency = payment.amount.currency();
    if (detail.payStatus == u"AUTHORIZATION") {
        payment.state = PaymentState::Authorized;
        payment.authorizationExpiry = detail.authorizationExpireDate;
        return Done{};
    }
    if (detail.payStatus == u"VOIDED_AUTHORIZATION") {
        payment.state = PaymentState::Voided;
        return Done{};
    }
    if (detail.payStatus == u"EXPIRED_AUTHORIZATION") {
        payment.state = PaymentState::Expired;
        return Done{};
    }
    if (detail.payStatus != u"CAPTURE")
        return Error{Error::Kind::Malformed,
                     tr("LINE Pay reported an unknown payment status \"%1\".").arg(detail.payStatus)};
    payment.captured = Money(detail.paidAmount().minorUnits(), currency);
    Result<QList<Refund>> known = RefundRepository(m_db).forPayment(payment.id);
    if (!known)
        return known.error();
    QSet<qint64> knownIds;
    for (const Refund &r : *known)
        knownIds.insert(r.refundTransactionId);
    qint64 refunded = 0;
    for (const LinePay::RefundEntry &entry : detail.refunds) {
        refunded += entry.amount.minorUnits();
        if (knownIds.contains(entry.refundTransactionId))
            continue;
        Refund refund{0,
                      payment.id,
                      entry.refundTransactionId,
                      Money(entry.amount.minorUnits(), currency),
                      tr("recorded from LINE Pay"),
                      entry.date.isValid() ? entry.date : m_clock.now()};
        if (Status s = RefundRepository(m_db).insert(refund); !s)
            return s;
    }
    payment.refunded = Money(refunded, currency);
    if (refunded <= 0)
        payment.state = PaymentState::Captured;
    else if (refunded >= payment.captured.minorUnits())
        payment.state = PaymentState::Refunded;
    else
        payment.state = PaymentState::PartiallyRefunded;
    return Done{};
}

void PaymentService::recoverPayment(qint64 paymentId, Finish done)
{
    Result<QList<Operation>> ops = OperationJournal(m_db).forPayment(paymentId);
    if (!ops)
        return done(storageFailure(0, ops.error()));
    QList<qint64> ids;
    for (const Operation &op : *ops) {
        if (op.isUnsettled())
            ids << op.id;
    }
    if (ids.isEmpty()) {
        // Intent and IN_DOUBT are written in one transaction, so an in-doubt payment always has
        // an open journal entry; a busy flag without one is stale and only needs clearing.
        Result<Payment> payment = PaymentRepository(m_db).find(paymentId);
        if (!payment)
            return done(storageFailure(0, payment.error()));
        if (payment->state == PaymentState::InDoubt)
            return done(
                outcome(OperationOutcome::Status::InDoubt, payment->orderId,
                        tr("Payment %1 is in doubt without a journal entry; check it in the LINE Pay merchant center.")
                            .arg(payment->lineOrderId)));
        if (payment->busyOperation != 0) {
            Payment idle = *payment;
            idle.busyOperation = 0;
            if (Status s = PaymentRepository(m_db).update(idle); !s)
                return done(storageFailure(0, s.error()));
        }
    }
    recoverOperations(ids, {}, done);
}

void PaymentService::recoverOperations(QList<qint64> ids, QStringList problems, Finish done)
{
    if (ids.isEmpty()) {
        if (problems.isEmpty())
            return done(outcome(OperationOutcome::Status::Done, 0, tr("Every payment is settled.")));
        return done(outcome(OperationOutcome::Status::InDoubt, 0, problems.join(u' ')));
    }
    const qint64 id = ids.takeFirst();
    Result<Operation> op = OperationJournal(m_db).find(id);
    if (!op)
        return done(storageFailure(0, op.error()));
    if (!op->isUnsettled())
        return recoverOperations(ids, problems, done);
    recoverOperation(*op, [this, ids, problems, done](const OperationOutcome &result) mutable {
        if (result.status == OperationOutcome::Status::StorageError)
            return done(result);
        if (result.status != OperationOutcome::Status::Done)
            problems << result.message;
        Q_EMIT orderChanged(result.orderId);
        recoverOperations(ids, problems, done);
    });
}

void PaymentService::recoverOperation(const Operation &original, Finish done)
{
    Result<Payment> loaded = PaymentRepository(m_db).find(original.paymentId);
    if (!loaded)
        return done(storageFailure(0, loaded.error()));
    Payment payment = *loaded;
    Operation op = original;
    qCInfo(lcPayments) << "recovering" << op.kind << "operation" << op.id;
    if (op.status == OpStatus::Pending || op.kind == u"request") {
        // Pending: it never reached the network. A request whose answer was lost cannot be
        // looked up (LINE Pay lists only confirmed payments) and nobody has its payment URL:
        // the attempt is abandoned, and a new attempt with a new orderId is safe.
        const bool neverSent = op.status == OpStatus::Pending;
        payment.state = op.kind == u"request" ? PaymentState::Failed : op.stateBefore;
        op.error = neverSent ? tr("never sent") : tr("the answer to the request was lost; this attempt is abandoned");
        const Status s = finishOperation(op, int(neverSent ? OpStatus::NotSent : OpStatus::Settled), payment,
                                         QStringLiteral("recover"), op.error);
        if (!s)
            return done(storageFailure(payment.orderId, s.error()));
        return done(outcome(OperationOutcome::Status::Done, payment.orderId, op.error));
    }
    connect(m_client->details({{payment.transactionId}, {}}), &LinePay::Call::finished, this,
            [this, op, payment, done](const CallResult &result) { settleFromDetails(op, payment, result, done); });
}

void PaymentService::settleFromDetails(const Operation &original, Payment payment, const CallResult &result,
                                       Finish done)
{
    Operation op = original;
    const qint64 orderId = payment.orderId;
    const auto stillInDoubt = [&](const QString &why) {
        done(outcome(OperationOutcome::Status::InDoubt, orderId,
                     tr("The %1 of order payment %2 is still unknown: %3").arg(op.kind, payment.lineOrderId, why),
                     result.envelope.returnCode, result.envelope.returnMessage));
    };
    if (result.outcome != CallResult::Outcome::Answered)
        return stillInDoubt(result.errorMessage);
    const QString code = result.envelope.returnCode;
    if (code == u"1150" && op.kind == u"confirm")
        return settleFromCheck(op, payment, done);
    if (!result.envelope.isSuccess())
        return stillInDoubt(LinePay::describeReturnCode(code).sentence);
    Result<QList<LinePay::PaymentDetail>> list = LinePay::decodeDetailsInfo(result.envelope.info);
    if (!list)
        return stillInDoubt(list.error().message);
    const auto entry = std::find_if(list->cbegin(), list->cend(), [&](const LinePay::PaymentDetail &d) {
        return d.transactionId == payment.transactionId;
    });
    if (entry == list->cend())
        return stillInDoubt(tr("LINE Pay did not list the payment."));
    const qint64 refundedBefore = payment.refunded.minorUnits();
    const Status s = m_db.transaction([&]() -> Status {
        if (Status a = applyDetail(payment, *entry); !a)
            return a;
        op.returnCode = code;
        op.returnMessage = result.envelope.returnMessage;
        QString applied;
        if (op.kind == u"refund")
            applied = payment.refunded.minorUnits() > refundedBefore ? tr("LINE Pay has the refund")
                                                                     : tr("LINE Pay has no such refund");
        else
            applied = tr("LINE Pay shows the payment as %1").arg(entry->payStatus);
        op.error = applied;
        return finishOperation(op, int(OpStatus::Settled), payment, QStringLiteral("recover"),
                               applied + u" → " + stateName(payment.state));
    });
    if (!s)
        return done(storageFailure(orderId, s.error()));
    done(outcome(OperationOutcome::Status::Done, orderId, stateDisplayName(payment.state), code,
                 result.envelope.returnMessage));
}

void PaymentService::settleFromCheck(const Operation &original, Payment payment, Finish done)
{
    connect(m_client->checkStatus(payment.transactionId), &LinePay::Call::finished, this,
            [this, original, payment, done](const CallResult &result) mutable {
                Operation op = original;
                const qint64 orderId = payment.orderId;
                const QString code = result.envelope.returnCode;
                if (result.outcome != CallResult::Outcome::Answered || code == u"0123" || !code.startsWith(u'0'))
                    return done(outcome(OperationOutcome::Status::InDoubt, orderId,
                                        tr("The confirm of %1 is still unknown.").arg(payment.lineOrderId), code,
                                        result.envelope.returnMessage));
                if (code == u"0000")
                    payment.state = PaymentState::Requested;
                else if (code == u"0110")
                    payment.state = PaymentState::Authenticated;
                else if (code == u"0121")
                    payment.state = PaymentState::Cancelled;
                else
                    payment.state = PaymentState::Failed;
                op.returnCode = code;
                op.returnMessage = result.envelope.returnMessage;
                op.error = tr("the confirm did not happen");
                const Status s = finishOperation(op, int(OpStatus::Settled), payment, QStringLiteral("recover"),
                                                 op.error + u" → " + stateName(payment.state));
                if (!s)
                    return done(storageFailure(orderId, s.error()));
                done(outcome(OperationOutcome::Status::Done, orderId, stateDisplayName(payment.state), code,
                             result.envelope.returnMessage));
            });
}

Status PaymentService::audit(const Payment &payment, const QString &action, const QString &detail,
                             const QString &returnCode, const QString &returnMessage)
{
    AuditEntry entry{0, m_clock.now(), m_actor, payment.orderId, payment.id, action, detail, returnCode, returnMessage};
    return AuditTrail(m_db).record(entry);
}

OperationOutcome PaymentService::refusal(qint64 orderId, const CallResult &result) const
{
    const LinePay::ReturnCodeInfo info = LinePay::describeReturnCode(result.envelope.returnCode);
    return outcome(OperationOutcome::Status::Refused, orderId, info.sentence + u' ' + info.nextStep,
                   result.envelope.returnCode, result.envelope.returnMessage);
}

OperationOutcome PaymentService::storageFailure(qint64 orderId, const Error &error) const
{
    qCWarning(lcPayments) << "storage failure:" << error.message;
    return outcome(OperationOutcome::Status::StorageError, orderId,
                   tr("PayDesk could not save to its database: %1").arg(error.message));
}

} // namespace PayDesk
