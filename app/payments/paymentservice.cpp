#include "app/payments/paymentservice.h"

#include <csignal>

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QTimer>
#include <QUuid>

#include "app/linepay/returncodes.h"
#include "app/payments/moneycalls.h"
#include "app/payments/owner.h"
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
using OpStatus = Operation::Status;
using OutcomeStatus = OperationOutcome::Status;

// What recording an answer (or a recovery) left in the database.
struct PaymentService::Recorded
{
    qint64 operationId = 0;
    Status status = Done{};
    Operation operation;
    Payment payment;
};

namespace {

// Sentences for people, filed for translators under the context asked at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PayDesk::PaymentService)
};

OperationOutcome outcome(OutcomeStatus status, qint64 orderId, const QString &message, const QString &code = {},
                         const QString &returnMessage = {})
{
    return OperationOutcome{status, message, code, returnMessage, orderId, false};
}

OperationOutcome notAllowed(qint64 orderId, const QString &number, PaymentState state, PaymentAction action)
{
    const QString shown = stateDisplayName(state);
    QString message;
    switch (action) {
    case PaymentAction::Request:
        message = Text::tr("Order %1 cannot get a new payment request: its payment is %2.").arg(number, shown);
        break;
    case PaymentAction::Confirm:
        message = Text::tr("Order %1 cannot be confirmed: its payment is %2.").arg(number, shown);
        break;
    case PaymentAction::Capture:
        message = Text::tr("Order %1 cannot be captured: its payment is %2.").arg(number, shown);
        break;
    case PaymentAction::Void:
        message = Text::tr("Order %1 cannot be voided: its payment is %2.").arg(number, shown);
        break;
    case PaymentAction::Refund:
        message = Text::tr("Order %1 cannot be refunded: its payment is %2.").arg(number, shown);
        break;
    default:
        message = Text::tr("Order %1 cannot do that now: its payment is %2.").arg(number, shown);
        break;
    }
    return outcome(OutcomeStatus::BadInput, orderId, message);
}

QString timeOf(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("HH:mm"));
}

// The sentence of DESIGN.md rule 4: the same call went through before; nothing more was sent.
QString alreadyDoneMessage(const Operation &op, const QString &currency)
{
    const QString at = timeOf(op.created);
    const QString amount = Money(op.amountMinor, currency).toDisplayString();
    switch (op.kind) {
    case MoneyCallKind::Request:
        return Text::tr("The payment request sent at %1 went through; nothing more was sent.").arg(at);
    case MoneyCallKind::Confirm:
        return Text::tr("The confirmation sent at %1 went through; nothing more was sent.").arg(at);
    case MoneyCallKind::Capture:
        return Text::tr("The capture of %1 sent at %2 went through; nothing more was sent.").arg(amount, at);
    case MoneyCallKind::Void:
        return Text::tr("The void sent at %1 went through; nothing more was sent.").arg(at);
    case MoneyCallKind::Refund:
        return op.amountMinor > 0
                   ? Text::tr("The refund of %1 sent at %2 went through; nothing more was sent.").arg(amount, at)
                   : Text::tr("The full refund sent at %1 went through; nothing more was sent.").arg(at);
    }
    return {};
}

// "The outcome of the KIND of payment %1 is still unknown: %2", a whole sentence per kind.
QString stillUnknownMessage(MoneyCallKind kind)
{
    switch (kind) {
    case MoneyCallKind::Request:
        return Text::tr("The outcome of the payment request %1 is still unknown: %2");
    case MoneyCallKind::Confirm:
        return Text::tr("The outcome of the confirmation of payment %1 is still unknown: %2");
    case MoneyCallKind::Capture:
        return Text::tr("The outcome of the capture of payment %1 is still unknown: %2");
    case MoneyCallKind::Void:
        return Text::tr("The outcome of the void of payment %1 is still unknown: %2");
    case MoneyCallKind::Refund:
        return Text::tr("The outcome of the refund of payment %1 is still unknown: %2");
    }
    return {};
}

QString refundedText(const Money &amount, const QString &reason)
{
    return reason.isEmpty() ? Text::tr("%1 refunded").arg(amount.toDisplayString())
                            : Text::tr("%1 refunded (%2)").arg(amount.toDisplayString(), reason);
}

// Refusals that say LINE Pay sees the payment in another state or with other amounts than the
// local record: the record is read again from payment details.
// How long after a call that recovery found went through the same command, run again, is taken
// for a retry of it rather than for a new intent.
constexpr qint64 kRetryWindowSeconds = 3600;

// LINE Pay's one-second floor between status checks of one payment, plus room for the moments
// between taking a turn and the request reaching LINE Pay.
constexpr int kCheckFloorMs = 1100;

bool meansTheRecordIsStale(const QString &code)
{
    return code == u"1155" || code == u"1164" || code == u"1165" || code == u"1179";
}

// The refunds recorded locally, but for those that `operation` itself made (when given).
QSet<qint64> knownRefundIds(Database &db, qint64 paymentId, Error *error, qint64 operation = 0)
{
    QSet<qint64> ids;
    Result<QList<Refund>> known = RefundRepository(db).forPayment(paymentId);
    if (!known) {
        *error = known.error();
        return ids;
    }
    for (const Refund &r : *known) {
        if (operation == 0 || r.operationId != operation)
            ids.insert(r.refundTransactionId);
    }
    return ids;
}

} // namespace

PaymentService::PaymentService(Database &database, LinePay::Client *client, const Clock &clock, QString actor,
                               QObject *parent)
    : QObject(parent),
      m_db(database),
      m_client(client),
      m_clock(clock),
      m_actor(std::move(actor)),
      m_token(QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

PaymentService::~PaymentService() = default;

OperationOwner PaymentService::owner() const
{
    return currentProcess(m_token,
                          m_options.program.isEmpty() ? QCoreApplication::applicationName() : m_options.program);
}

bool PaymentService::isBusyElsewhere(qint64 operationId, const OperationOwner &callOwner,
                                     const QDateTime &deadline) const
{
    if (operationId == 0 || callOwner.token == m_token)
        return false;
    return ownerMayStillAnswer(callOwner, deadline, m_clock.now());
}

bool PaymentService::mayStillBeAnswered(const Operation &op) const
{
    if (op.owner.token == m_token)
        return m_inFlight.contains(op.id);
    return ownerMayStillAnswer(op.owner, op.deadline, m_clock.now());
}

void PaymentService::maybeKill(const QString &point, MoneyCallKind kind) const
{
    if (m_options.killAt.isEmpty())
        return;
    if (m_options.killAt == point + u':' + moneyCallName(kind) || m_options.killAt == point + QStringLiteral(":any")) {
        qCWarning(lcPayments) << "test hook: killing this process at" << m_options.killAt;
        ::raise(SIGKILL);
    }
}

void PaymentService::refuseWrites(const QString &why)
{
    m_writesRefused = why;
}

Result<Order> PaymentService::createOrder(const Order &draft)
{
    if (!m_writesRefused.isEmpty())
        return storageError(m_writesRefused);
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
    if (!m_writesRefused.isEmpty()) {
        deliver(outcome(OutcomeStatus::StorageError, orderId, m_writesRefused));
        return pending;
    }
    if (orderId != 0 && m_busyOrders.contains(orderId)) {
        deliver(outcome(OutcomeStatus::BadInput, orderId,
                        Text::tr("This order is already being processed; wait for the current step to finish.")));
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

OperationOutcome PaymentService::busyElsewhere(qint64 orderId, const Operation &op) const
{
    Result<Order> order = OrderRepository(m_db).find(orderId);
    const QString number = order ? order->number : QString::number(orderId);
    const QString program = op.owner.program.isEmpty() ? QStringLiteral("PayDesk") : op.owner.program;
    return outcome(
        OutcomeStatus::BadInput, orderId,
        Text::tr("Order %1 is being processed by another PayDesk (%2, process %3 on %4) since %5; nothing was "
                 "sent. Wait for it to finish, then try again.")
            .arg(number, program, QString::number(op.owner.pid), op.owner.host, timeOf(op.created)));
}

void PaymentService::settleFirst(qint64 orderId, const std::function<void(qint64)> &then, const Finish &done, int round,
                                 qint64 settled)
{
    Result<Payment> current = PaymentRepository(m_db).currentForOrder(orderId);
    if (!current) {
        if (current.error().kind == Error::Kind::BadInput)
            return then(settled); // no payment yet: nothing to settle
        return done(storageFailure(orderId, current.error()));
    }
    if (current->busyOperation == 0 && current->state != PaymentState::InDoubt)
        return then(settled);
    if (round >= 3)
        // Settling did not clear the payment (its journal and its row disagree): leave it to a
        // person rather than loop.
        return done(
            outcome(OutcomeStatus::InDoubt, orderId,
                    Text::tr("Payment %1 stays in doubt after recovery; check it in the LINE Pay merchant center.")
                        .arg(current->lineOrderId)));
    Result<QList<Operation>> ops = OperationJournal(m_db).forPayment(current->id);
    if (!ops)
        return done(storageFailure(orderId, ops.error()));
    std::optional<Operation> open;
    for (const Operation &op : std::as_const(*ops)) {
        if (op.isUnsettled())
            open = op;
    }
    if (!open) {
        if (current->state == PaymentState::InDoubt)
            return done(outcome(
                OutcomeStatus::InDoubt, orderId,
                Text::tr("Payment %1 is in doubt without a journal entry; check it in the LINE Pay merchant center.")
                    .arg(current->lineOrderId)));
        // A busy flag without an open journal entry is left from an interrupted write.
        Payment idle = *current;
        idle.busyOperation = 0;
        if (Status s = PaymentRepository(m_db).update(idle); !s && s.error().kind != Error::Kind::Conflict)
            return done(storageFailure(orderId, s.error()));
        return settleFirst(orderId, then, done, round + 1, settled);
    }
    // Rule 2: the call's owner may still get its answer; nobody else settles it or sends anything.
    if (mayStillBeAnswered(*open))
        return done(busyElsewhere(orderId, *open));
    // Rule 4: a command that finds its payment in doubt recovers first.
    const qint64 found = open->id;
    recoverOperation(*open, [this, orderId, then, done, round, found](const OperationOutcome &recovered) {
        if (recovered.status != OutcomeStatus::Done) {
            OperationOutcome result = recovered;
            result.orderId = orderId;
            return done(result);
        }
        settleFirst(orderId, then, done, round + 1, found);
    });
}

PendingOperation *PaymentService::request(qint64 orderId, bool authorizeOnly)
{
    return start(orderId, [this, orderId, authorizeOnly](Finish done) {
        runMoneyCall(orderId, MoneyCallKind::Request, std::nullopt, {}, authorizeOnly, done);
    });
}

PendingOperation *PaymentService::confirm(qint64 orderId)
{
    return start(orderId, [this, orderId](Finish done) {
        runMoneyCall(orderId, MoneyCallKind::Confirm, std::nullopt, {}, false, done);
    });
}

PendingOperation *PaymentService::capture(qint64 orderId, const std::optional<Money> &amount)
{
    return start(orderId, [this, orderId, amount](Finish done) {
        runMoneyCall(orderId, MoneyCallKind::Capture, amount, {}, false, done);
    });
}

PendingOperation *PaymentService::voidAuthorization(qint64 orderId, const std::optional<OwnerApproval> &approval)
{
    return start(orderId, [this, orderId, approval](Finish done) {
        runMoneyCall(orderId, MoneyCallKind::Void, std::nullopt, {}, false, done, approval);
    });
}

PendingOperation *PaymentService::refund(qint64 orderId, const std::optional<Money> &amount, const QString &reason,
                                         const std::optional<OwnerApproval> &approval)
{
    return start(orderId, [this, orderId, amount, reason, approval](Finish done) {
        runMoneyCall(orderId, MoneyCallKind::Refund, amount, reason, false, done, approval);
    });
}

PendingOperation *PaymentService::checkStatus(qint64 orderId, CheckPace pace)
{
    return start(orderId, [this, orderId, pace](Finish done) {
        settleFirst(
            orderId, [this, orderId, pace, done](qint64) { runCheck(orderId, pace, 0, done); }, done);
    });
}

PendingOperation *PaymentService::details(qint64 orderId)
{
    return start(orderId, [this, orderId](Finish done) {
        settleFirst(
            orderId, [this, orderId, done](qint64) { runDetails(orderId, done); }, done);
    });
}

PendingOperation *PaymentService::recover()
{
    return start(0, [this](Finish done) {
        Result<QList<Operation>> open = OperationJournal(m_db).unsettled();
        if (!open)
            return done(storageFailure(0, open.error()));
        QList<qint64> ids;
        for (const Operation &op : std::as_const(*open))
            ids << op.id;
        recoverOperations(ids, {}, 0, done);
    });
}

void PaymentService::runMoneyCall(qint64 orderId, MoneyCallKind kind, const std::optional<Money> &amount,
                                  const QString &reason, bool authorizeOnly, const Finish &done,
                                  const std::optional<OwnerApproval> &approval)
{
    // Who asked (and who approved) is taken now: the person at the counter may change before
    // the call goes out.
    const bool clerk = m_role == Role::Clerk;
    const QString actor = approval ? Text::tr("%1 (approved by %2)").arg(m_actor, approval->owner()) : m_actor;
    settleFirst(
        orderId,
        [this, orderId, kind, amount, reason, authorizeOnly, done, clerk, actor, approval](qint64 settled) {
            const MoneyCallDescription &call = describeMoneyCall(kind);
            const QDateTime now = m_clock.now();
            std::optional<OperationOutcome> stopped;
            const auto stop = [&stopped](const OperationOutcome &early) -> Status {
                stopped = early;
                return Done{};
            };
            Operation op;
            Payment payment;
            // One write transaction reads the payment, decides and claims it: of two processes
            // on one payment exactly one journals a call (DESIGN.md rules 1 and 3).
            const Status claimed = m_db.transaction([&]() -> Status {
                Result<Order> order = OrderRepository(m_db).find(orderId);
                if (!order)
                    return order.error().kind == Error::Kind::BadInput
                               ? stop(outcome(OutcomeStatus::BadInput, orderId, order.error().message))
                               : Status(order.error());
                Result<QList<Payment>> attempts = PaymentRepository(m_db).attemptsForOrder(orderId);
                if (!attempts)
                    return attempts.error();
                std::optional<Payment> current;
                if (!attempts->isEmpty())
                    current = attempts->last();
                if (current && current->busyOperation != 0) {
                    Result<Operation> busy = OperationJournal(m_db).find(current->busyOperation);
                    if (!busy)
                        return busy.error();
                    return stop(busyElsewhere(orderId, *busy));
                }
                if (current && current->state == PaymentState::InDoubt)
                    return stop(outcome(OutcomeStatus::InDoubt, orderId,
                                        Text::tr("Payment %1 is in doubt; run recovery before trying again.")
                                            .arg(current->lineOrderId)));
                const std::optional<Money> sent = kind == MoneyCallKind::Capture && current
                                                      ? std::optional<Money>(amount.value_or(current->amount))
                                                      : amount;
                // Rule 4: the same intent as a call that recovery found went through is reported
                // instead of being sent again: the call this command found in doubt (whoever
                // settled it), or one that another PayDesk's recovery settled within the hour
                // and that nobody has been told about yet.
                if (current) {
                    Result<std::optional<Operation>> latest = OperationJournal(m_db).latestForPayment(current->id);
                    if (!latest)
                        return latest.error();
                    std::optional<Operation> last = *latest;
                    if (settled != 0 && (!last || last->id != settled)) {
                        Result<Operation> found = OperationJournal(m_db).find(settled);
                        if (!found)
                            return found.error();
                        last = *found;
                    }
                    const bool sameIntent = last && !last->isUnsettled() && last->applied.value_or(false) &&
                                            last->kind == kind && last->amountMinor == (sent ? sent->minorUnits() : 0);
                    const bool untold = last && last->status == OpStatus::Settled && !last->reported &&
                                        last->created.secsTo(now) <= kRetryWindowSeconds;
                    if (sameIntent && (last->id == settled || untold)) {
                        if (Status s = OperationJournal(m_db).markReported(last->id); !s)
                            return s;
                        const QString message = alreadyDoneMessage(*last, current->amount.currency());
                        if (Status s = audit(*current, moneyCallName(kind), message); !s)
                            return s;
                        OperationOutcome early =
                            outcome(OutcomeStatus::Done, orderId, message, last->returnCode, last->returnMessage);
                        early.alreadyDone = true;
                        return stop(early);
                    }
                }
                const PaymentAction action = moneyCallAction(kind);
                if (kind == MoneyCallKind::Request) {
                    if (current && !isActionAllowed(current->state, action))
                        return stop(notAllowed(orderId, order->number, current->state, action));
                    const Result<Money> total = order->total();
                    if (!total)
                        return stop(outcome(OutcomeStatus::BadInput, orderId, total.error().message));
                    payment.orderId = order->id;
                    payment.attempt = current ? current->attempt + 1 : 1;
                    payment.lineOrderId = order->number + u'-' + QString::number(payment.attempt);
                    payment.state = PaymentState::Draft;
                    payment.authorizeOnly = authorizeOnly;
                    payment.amount = *total;
                    payment.captured = payment.refunded = Money(0, order->currency);
                    payment.created = payment.updated = now;
                    if (Status s = PaymentRepository(m_db).insert(payment); !s)
                        return s;
                } else {
                    if (!current || !isActionAllowed(current->state, action))
                        return stop(
                            notAllowed(orderId, order->number, current ? current->state : PaymentState::Draft, action));
                    payment = *current;
                    const QString currency = payment.amount.currency();
                    if (kind == MoneyCallKind::Refund && payment.refundable().minorUnits() <= 0)
                        return stop(outcome(OutcomeStatus::BadInput, orderId,
                                            Text::tr("Order %1 has nothing left to refund.").arg(order->number)));
                    if (kind == MoneyCallKind::Capture && (sent->currency() != currency || sent->minorUnits() <= 0))
                        return stop(outcome(OutcomeStatus::BadInput, orderId,
                                            Text::tr("Enter a capture amount in %1 above zero.").arg(currency)));
                    // An amount above what remains goes to LINE Pay, which is the authority on what
                    // remains (refunds can also be made in the merchant center) and answers 1164.
                    if (kind == MoneyCallKind::Refund && sent &&
                        (sent->currency() != currency || sent->minorUnits() <= 0))
                        return stop(outcome(OutcomeStatus::BadInput, orderId,
                                            Text::tr("Enter a refund amount in %1 above zero.").arg(currency)));
                }
                // A clerk's refund or void above the owner's amount waits for the owner's PIN.
                if (clerk && !approval && (kind == MoneyCallKind::Refund || kind == MoneyCallKind::Void)) {
                    const Money moved = kind == MoneyCallKind::Void ? payment.amount
                                        : sent                      ? *sent
                                                                    : payment.refundable();
                    const Result<bool> needed = needsOwner(kind, moved);
                    if (!needed)
                        return needed.error();
                    if (*needed)
                        return stop(outcome(OutcomeStatus::BadInput, orderId,
                                            (kind == MoneyCallKind::Void
                                                 ? Text::tr("Voiding %1 of order %2 needs the owner's PIN.")
                                                 : Text::tr("Refunding %1 of order %2 needs the owner's PIN."))
                                                    .arg(moved.toDisplayString(), order->number) +
                                                u' ' + Text::tr("Nothing was sent.")));
                }
                // The intent is on disk, with the payment claimed and in doubt, before anything is
                // sent: if PayDesk dies from here on, recovery finds it.
                op.paymentId = payment.id;
                op.kind = kind;
                op.status = OpStatus::Pending;
                op.apiPath = QString::fromLatin1(LinePay::Client::pathFor(call.endpoint, payment.transactionId));
                op.requestBody = call.body(*order, payment, sent);
                op.stateBefore = payment.state;
                op.amountMinor = sent ? sent->minorUnits() : 0;
                op.created = op.updated = now;
                op.owner = owner();
                op.deadline = now.addMSecs(m_client->config().timeoutFor(call.endpoint) + m_options.deadlineMarginMs);
                op.actor = actor;
                op.reason = reason;
                if (Status s = OperationJournal(m_db).append(op); !s)
                    return s;
                if (Status s = PaymentRepository(m_db).claim(payment, op.id, now); !s)
                    return s;
                QString what =
                    sent ? Text::tr("%1 sent to LINE Pay").arg(sent->toDisplayString()) : Text::tr("sent to LINE Pay");
                if (!reason.isEmpty())
                    what += u" — " + reason;
                return audit(payment, moneyCallName(kind), what, {}, {}, actor);
            });
            if (!claimed) {
                if (claimed.error().kind == Error::Kind::Conflict)
                    return done(
                        outcome(OutcomeStatus::BadInput, orderId,
                                Text::tr("Another PayDesk changed this order at the same moment; nothing was sent. "
                                         "Try again.")));
                OperationOutcome failed = storageFailure(orderId, claimed.error());
                failed.message += u' ' + Text::tr("Nothing was sent.");
                return done(failed);
            }
            if (stopped)
                return done(*stopped);
            maybeKill(QStringLiteral("before-send"), kind);
            send(op, orderId, payment.transactionId, done);
        },
        done);
}

void PaymentService::send(const Operation &pending, qint64 orderId, qint64 transactionId, const Finish &done)
{
    const MoneyCallDescription &call = describeMoneyCall(pending.kind);
    Operation op = pending;
    const QDateTime now = m_clock.now();
    op.status = OpStatus::Sent;
    op.updated = now;
    op.deadline = now.addMSecs(m_client->config().timeoutFor(call.endpoint) + m_options.deadlineMarginMs);
    // Only a call still pending may go out: if another process settled it as never sent (this
    // one had stalled past its deadline), it stays unsent.
    const Status marked =
        m_db.transaction([&]() -> Status { return OperationJournal(m_db).update(op, OpStatus::Pending); });
    if (!marked) {
        if (marked.error().kind == Error::Kind::Conflict)
            return done(outcome(OutcomeStatus::BadInput, orderId,
                                Text::tr("Another PayDesk settled this call before it was sent; nothing was sent. Try "
                                         "again.")));
        OperationOutcome failed = storageFailure(orderId, marked.error());
        failed.message +=
            u' ' + Text::tr("Nothing was sent; recovery will settle the payment without calling LINE Pay.");
        return done(failed);
    }
    m_inFlight.insert(op.id);
    const qint64 operationId = op.id;
    connect(m_client->sendMoneyCall(call.endpoint, transactionId, op.requestBody), &LinePay::Call::finished, this,
            [this, operationId, done](const CallResult &result) { onMoneyAnswer(operationId, result, done); });
}

void PaymentService::record(qint64 operationId, OperationStatus expected, const Change &change,
                            const std::function<void(const Recorded &)> &then, qint64 startedMs)
{
    if (startedMs < 0)
        startedMs = QDateTime::currentMSecsSinceEpoch();
    Recorded recorded;
    recorded.operationId = operationId;
    recorded.status = m_db.transaction([&]() -> Status {
        // Read again inside the write lock: the journal row and the payment must still be what
        // this call left them (rule 3).
        Result<Operation> op = OperationJournal(m_db).find(operationId);
        if (!op)
            return op.error();
        if (op->status != expected)
            return Error{Error::Kind::Conflict, Text::tr("Another PayDesk settled this call first.")};
        Result<Payment> payment = PaymentRepository(m_db).find(op->paymentId);
        if (!payment)
            return payment.error();
        if (payment->busyOperation != operationId)
            return Error{Error::Kind::Conflict, Text::tr("Another PayDesk settled this call first.")};
        Operation o = *op;
        Payment p = *payment;
        if (Status c = change(o, p); !c)
            return c;
        const QDateTime now = m_clock.now();
        o.updated = now;
        p.updated = now;
        if (!o.returnCode.isEmpty()) {
            p.lastReturnCode = o.returnCode;
            p.lastReturnMessage = o.returnMessage;
        }
        if (!o.isUnsettled())
            p.busyOperation = 0;
        if (Status s = OperationJournal(m_db).update(o, expected); !s)
            return s;
        if (Status s = PaymentRepository(m_db).update(p); !s)
            return s;
        recorded.operation = o;
        recorded.payment = p;
        return Done{};
    });
    if (!recorded.status && recorded.status.error().kind == Error::Kind::Busy &&
        QDateTime::currentMSecsSinceEpoch() - startedMs < m_options.recordWaitMs) {
        // Another program holds the database: the answer waits for it rather than being lost.
        QTimer::singleShot(250, this, [this, operationId, expected, change, then, startedMs] {
            record(operationId, expected, change, then, startedMs);
        });
        return;
    }
    then(recorded);
}

void PaymentService::reportRecorded(const Recorded &recorded, const OperationOutcome &success, const Finish &done)
{
    if (recorded.status)
        return done(success);
    const Error &error = recorded.status.error();
    if (error.kind == Error::Kind::Conflict) {
        Result<Operation> op = OperationJournal(m_db).find(recorded.operationId);
        if (op && op->applied.value_or(false))
            return done(outcome(OutcomeStatus::Done, success.orderId,
                                Text::tr("Another PayDesk recorded the outcome of this call first: it went through.")));
        return done(outcome(OutcomeStatus::InDoubt, success.orderId,
                            Text::tr("Another PayDesk settled this call first; check the order before trying again.")));
    }
    if (error.kind == Error::Kind::Drift)
        return done(outcome(OutcomeStatus::InDoubt, success.orderId,
                            error.message + u' ' +
                                Text::tr("The payment stays in doubt; check it in the LINE Pay merchant center."),
                            success.returnCode, success.returnMessage));
    qCWarning(lcPayments) << "cannot record an answer:" << error.message;
    return done(
        outcome(OutcomeStatus::InDoubt, success.orderId,
                Text::tr("LINE Pay answered, but PayDesk could not save the answer: %1 The payment stays in doubt "
                         "until recovery (paydesk-cli recover, or Refresh from LINE Pay); nothing will be sent "
                         "again.")
                    .arg(error.message),
                success.returnCode, success.returnMessage));
}

void PaymentService::onMoneyAnswer(qint64 operationId, const CallResult &result, const Finish &done)
{
    m_inFlight.remove(operationId);
    Result<Operation> loaded = OperationJournal(m_db).find(operationId);
    if (!loaded)
        return done(storageFailure(0, loaded.error()));
    const MoneyCallKind kind = loaded->kind;
    maybeKill(QStringLiteral("after-answer"), kind);
    Result<Payment> payment = PaymentRepository(m_db).find(loaded->paymentId);
    if (!payment)
        return done(storageFailure(0, payment.error()));
    const qint64 orderId = payment->orderId;
    const QString name = moneyCallName(kind);
    const LinePay::Envelope envelope = result.envelope;
    const QByteArray response = result.responseBody;

    const auto inDoubt = [this, operationId, orderId, name, envelope, response, done](const QString &why) {
        record(
            operationId, OpStatus::Sent,
            [this, why, name, envelope, response](Operation &o, Payment &p) -> Status {
                o.error = why;
                o.returnCode = envelope.returnCode;
                o.returnMessage = envelope.returnMessage;
                o.responseBody = response;
                return audit(p, name + QStringLiteral(" outcome unknown"), why, envelope.returnCode,
                             envelope.returnMessage, o.actor);
            },
            [this, why, orderId, envelope, done](const Recorded &r) {
                reportRecorded(
                    r,
                    outcome(OutcomeStatus::InDoubt, orderId,
                            why + u' ' +
                                Text::tr("Run recovery (paydesk-cli recover, or Refresh from LINE Pay) before "
                                         "trying again."),
                            envelope.returnCode, envelope.returnMessage),
                    done);
            });
    };

    if (result.outcome == CallResult::Outcome::NotSent) {
        const QString why = result.errorMessage;
        return record(
            operationId, OpStatus::Sent,
            [this, why, name, kind](Operation &o, Payment &p) -> Status {
                o.status = OpStatus::NotSent;
                o.error = why;
                o.applied = false;
                p.state = kind == MoneyCallKind::Request ? PaymentState::Failed : o.stateBefore;
                return audit(p, name + QStringLiteral(" not sent"), why, {}, {}, o.actor);
            },
            [this, orderId, why, done](const Recorded &r) {
                reportRecorded(r, outcome(OutcomeStatus::NotSent, orderId, why), done);
            });
    }
    if (result.outcome == CallResult::Outcome::Unknown)
        return inDoubt(result.errorMessage);

    if (!envelope.isSuccess()) {
        const LinePay::ReturnCodeInfo info = LinePay::describeReturnCode(envelope.returnCode);
        if (!info.retrySafe)
            return inDoubt(info.sentence);
        const OperationOutcome refused = refusal(orderId, result);
        return record(
            operationId, OpStatus::Sent,
            [this, info, name, kind, envelope, response](Operation &o, Payment &p) -> Status {
                o.status = OpStatus::Refused;
                o.applied = false;
                o.returnCode = envelope.returnCode;
                o.returnMessage = envelope.returnMessage;
                o.responseBody = response;
                p.state = kind == MoneyCallKind::Request ? PaymentState::Failed : o.stateBefore;
                return audit(p, name + QStringLiteral(" refused"), info.sentence, envelope.returnCode,
                             envelope.returnMessage, o.actor);
            },
            [this, orderId, refused, done](const Recorded &r) {
                if (r.status && meansTheRecordIsStale(refused.returnCode) && r.payment.transactionId != 0)
                    return resync(orderId, refused, done);
                reportRecorded(r, refused, done);
            });
    }

    const MoneyCallDescription &call = describeMoneyCall(kind);
    const Result<AnsweredCall> answered = call.applyAnswer(*payment, *loaded, envelope);
    if (!answered)
        return inDoubt(answered.error().message);
    if (kind == MoneyCallKind::Refund)
        return finishRefund(operationId, answered->refundTransactionId, result, done);
    record(
        operationId, OpStatus::Sent,
        [this, envelope, response, name](Operation &o, Payment &p) -> Status {
            const MoneyCallDescription &described = describeMoneyCall(o.kind);
            Result<AnsweredCall> a = described.applyAnswer(p, o, envelope);
            if (!a)
                return a.error();
            if (!described.results.contains(a->payment.state))
                return Error{Error::Kind::Drift,
                             Text::tr("LINE Pay's answer would leave the payment %1, which this call cannot lead to.")
                                 .arg(stateDisplayName(a->payment.state))};
            p = a->payment;
            o.status = OpStatus::Done;
            o.applied = true;
            o.returnCode = envelope.returnCode;
            o.returnMessage = envelope.returnMessage;
            o.responseBody = response;
            o.error = a->detail;
            return audit(p, name, a->detail, envelope.returnCode, envelope.returnMessage, o.actor);
        },
        [this, orderId, envelope, done](const Recorded &r) {
            reportRecorded(
                r,
                outcome(OutcomeStatus::Done, orderId, r.operation.error, envelope.returnCode, envelope.returnMessage),
                done);
        });
}

void PaymentService::finishRefund(qint64 operationId, qint64 refundTransactionId, const CallResult &answer,
                                  const Finish &done)
{
    const LinePay::Envelope envelope = answer.envelope;
    const QByteArray response = answer.responseBody;
    // First keep LINE Pay's answer: if PayDesk stops now, recovery knows which refund was made.
    record(
        operationId, OpStatus::Sent,
        [this, envelope, response](Operation &o, Payment &) -> Status {
            o.returnCode = envelope.returnCode;
            o.returnMessage = envelope.returnMessage;
            o.responseBody = response;
            // This PayDesk still works on the call while it reads payment details.
            const int reading =
                LinePay::Client::kReadAttempts * (m_client->config().timeoutFor(LinePay::Endpoint::Details) + 1000);
            o.deadline = std::max(o.deadline, m_clock.now().addMSecs(reading + m_options.deadlineMarginMs));
            return Done{};
        },
        [this, operationId, refundTransactionId, envelope, done](const Recorded &kept) {
            if (!kept.status)
                return reportRecorded(kept, outcome(OutcomeStatus::Done, 0, {}), done);
            const qint64 orderId = kept.payment.orderId;
            // Rule 5: what was refunded, and what remains, are LINE Pay's numbers.
            connect(
                m_client->details({{kept.payment.transactionId}, {}}), &LinePay::Call::finished, this,
                [this, operationId, refundTransactionId, orderId, envelope, done,
                 transactionId = kept.payment.transactionId](const CallResult &read) {
                    std::optional<LinePay::PaymentDetail> detail;
                    if (read.outcome == CallResult::Outcome::Answered && read.envelope.isSuccess()) {
                        Result<QList<LinePay::PaymentDetail>> list = LinePay::decodeDetailsInfo(read.envelope.info);
                        for (const LinePay::PaymentDetail &d : list ? *list : QList<LinePay::PaymentDetail>()) {
                            // Only a listing that already holds the refund LINE Pay named counts.
                            const bool listsIt =
                                std::any_of(d.refunds.cbegin(), d.refunds.cend(), [&](const LinePay::RefundEntry &r) {
                                    return r.refundTransactionId == refundTransactionId;
                                });
                            if (d.transactionId == transactionId && listsIt)
                                detail = d;
                        }
                    }
                    if (detail) {
                        return record(
                            operationId, OpStatus::Sent,
                            [this, detail](Operation &o, Payment &p) -> Status {
                                if (Status s = applyDetail(p, *detail, &o); !s)
                                    return s;
                                o.status = OpStatus::Done;
                                o.applied = true;
                                std::optional<LinePay::RefundEntry> made = refundMadeBy(o, *detail, {});
                                const Money amount(made ? made->amount.minorUnits() : o.amountMinor,
                                                   p.amount.currency());
                                o.error = refundedText(amount, o.reason);
                                return audit(p, QStringLiteral("refund"), o.error, o.returnCode, o.returnMessage,
                                             o.actor);
                            },
                            [this, orderId, envelope, done](const Recorded &r) {
                                reportRecorded(r,
                                               outcome(OutcomeStatus::Done, orderId, r.operation.error,
                                                       envelope.returnCode, envelope.returnMessage),
                                               done);
                            });
                    }
                    // Payment details could not be read. A partial refund's amount is the one LINE
                    // Pay accepted; a full refund's amount is not known yet.
                    const QString why = read.outcome == CallResult::Outcome::Answered
                                            ? LinePay::describeReturnCode(read.envelope.returnCode).sentence
                                            : read.errorMessage;
                    return record(
                        operationId, OpStatus::Sent,
                        [this, refundTransactionId, why](Operation &o, Payment &p) -> Status {
                            if (o.amountMinor <= 0) {
                                o.error =
                                    Text::tr("LINE Pay accepted the full refund; its amount could not be read yet.");
                                return Done{};
                            }
                            const Money amount(o.amountMinor, p.amount.currency());
                            Refund refund{0,       p.id, refundTransactionId, amount, o.reason, m_clock.now(),
                                          o.actor, o.id, m_clock.now()};
                            if (Status s = RefundRepository(m_db).insert(refund); !s)
                                return s;
                            p.refunded = Money(p.refunded.minorUnits() + amount.minorUnits(), amount.currency());
                            p.state = p.refundable().minorUnits() <= 0 ? PaymentState::Refunded
                                                                       : PaymentState::PartiallyRefunded;
                            o.status = OpStatus::Done;
                            o.applied = true;
                            o.error = refundedText(amount, o.reason);
                            return audit(p, QStringLiteral("refund"), o.error, o.returnCode, o.returnMessage, o.actor);
                        },
                        [this, orderId, envelope, why, done](const Recorded &r) {
                            if (r.status && r.operation.isUnsettled())
                                return done(outcome(
                                    OutcomeStatus::InDoubt, orderId,
                                    Text::tr(
                                        "LINE Pay accepted the full refund, but PayDesk could not read how much it "
                                        "refunded (%1). Run recovery (paydesk-cli recover, or Refresh from LINE Pay) "
                                        "to record it; nothing will be sent again.")
                                        .arg(why),
                                    envelope.returnCode, envelope.returnMessage));
                            reportRecorded(r,
                                           outcome(OutcomeStatus::Done, orderId, r.operation.error, envelope.returnCode,
                                                   envelope.returnMessage),
                                           done);
                        });
                });
        });
}

void PaymentService::resync(qint64 orderId, const OperationOutcome &refused, const Finish &done)
{
    runDetails(
        orderId, [refused, done](const OperationOutcome &) { done(refused); }, true);
}

void PaymentService::runCheck(qint64 orderId, CheckPace pace, int waited, const Finish &done)
{
    Result<Payment> loaded = PaymentRepository(m_db).currentForOrder(orderId);
    if (!loaded) {
        if (loaded.error().kind == Error::Kind::BadInput) {
            Result<Order> order = OrderRepository(m_db).find(orderId);
            return done(notAllowed(orderId, order ? order->number : QString(), PaymentState::Draft,
                                   PaymentAction::CheckStatus));
        }
        return done(storageFailure(orderId, loaded.error()));
    }
    const Payment payment = *loaded;
    if (payment.state != PaymentState::Requested && payment.state != PaymentState::Authenticated)
        return done(outcome(OutcomeStatus::Done, orderId, stateDisplayName(payment.state), payment.lastReturnCode,
                            payment.lastReturnMessage));
    // LINE Pay asks for at least a second between checks of one payment, from all processes
    // together: the last check's time is in the database.
    Result<bool> reserved = PaymentRepository(m_db).reserveCheck(payment.id, m_clock.now(), kCheckFloorMs);
    if (!reserved)
        return done(storageFailure(orderId, reserved.error()));
    if (!*reserved) {
        if (pace == CheckPace::Skip || waited >= 8)
            return done(outcome(OutcomeStatus::Done, orderId,
                                Text::tr("LINE Pay was asked about this payment less than a second ago."),
                                payment.lastReturnCode, payment.lastReturnMessage));
        QTimer::singleShot(250, this,
                           [this, orderId, pace, waited, done] { runCheck(orderId, pace, waited + 1, done); });
        return;
    }
    connect(m_client->checkStatus(payment.transactionId), &LinePay::Call::finished, this,
            [this, orderId, payment, done](const CallResult &result) {
                if (result.outcome != CallResult::Outcome::Answered)
                    return done(outcome(OutcomeStatus::NotSent, orderId, result.errorMessage));
                const CheckStatus status = checkStatusFromCode(result.envelope.returnCode);
                if (status == CheckStatus::Complete)
                    return runDetails(orderId, done);
                const std::optional<PaymentState> state = stateAfterCheck(status, payment.created, m_clock.now());
                if (!state)
                    return done(refusal(orderId, result));
                writeRead(
                    orderId, payment,
                    [state](Payment &p) -> Status {
                        p.state = *state;
                        return Done{};
                    },
                    QStringLiteral("status"), result, done);
            });
}

void PaymentService::runDetails(qint64 orderId, const Finish &done, bool resync)
{
    Result<Payment> loaded = PaymentRepository(m_db).currentForOrder(orderId);
    if (!loaded || loaded->transactionId == 0) {
        if (loaded || loaded.error().kind == Error::Kind::BadInput) {
            Result<Order> order = OrderRepository(m_db).find(orderId);
            return done(
                outcome(OutcomeStatus::BadInput, orderId,
                        Text::tr("Order %1 has no LINE Pay transaction yet.").arg(order ? order->number : QString())));
        }
        return done(storageFailure(orderId, loaded.error()));
    }
    const Payment payment = *loaded;
    connect(m_client->details({{payment.transactionId}, {}}), &LinePay::Call::finished, this,
            [this, orderId, payment, done, resync](const CallResult &result) {
                if (result.outcome != CallResult::Outcome::Answered)
                    return done(outcome(OutcomeStatus::NotSent, orderId, result.errorMessage));
                const QString code = result.envelope.returnCode;
                const bool waiting =
                    payment.state == PaymentState::Requested || payment.state == PaymentState::Authenticated;
                if (code == u"1150" && waiting)
                    return runCheck(orderId, CheckPace::Wait, 0, done);
                if (!result.envelope.isSuccess())
                    return done(refusal(orderId, result));
                Result<QList<LinePay::PaymentDetail>> list = LinePay::decodeDetailsInfo(result.envelope.info);
                if (!list)
                    return done(outcome(OutcomeStatus::NotSent, orderId, list.error().message));
                std::optional<LinePay::PaymentDetail> detail;
                for (const LinePay::PaymentDetail &d : std::as_const(*list)) {
                    if (d.transactionId == payment.transactionId)
                        detail = d;
                }
                writeRead(
                    orderId, payment,
                    [this, detail](Payment &p) -> Status { return detail ? applyDetail(p, *detail, nullptr) : Done{}; },
                    resync ? QStringLiteral("resync") : QStringLiteral("details"), result, done);
            });
}

void PaymentService::writeRead(qint64 orderId, const Payment &read, const std::function<Status(Payment &)> &change,
                               const QString &action, const CallResult &result, const Finish &done)
{
    const QString code = result.envelope.returnCode;
    const QString returnMessage = result.envelope.returnMessage;
    Payment payment = read;
    const Status written = m_db.transaction([&]() -> Status {
        if (Status c = change(payment); !c)
            return c;
        const bool changed = payment.state != read.state || payment.captured != read.captured ||
                             payment.refunded != read.refunded ||
                             payment.authorizationExpiry != read.authorizationExpiry;
        if (action != u"details" && !changed)
            return Done{};
        if (action != u"resync") {
            payment.lastReturnCode = code;
            payment.lastReturnMessage = returnMessage;
        }
        payment.updated = m_clock.now();
        // Conditional on the version read before the call: a payment another process claimed
        // or changed meanwhile is not overwritten with an older view (rule 3).
        if (Status u = PaymentRepository(m_db).update(payment); !u)
            return u;
        return audit(payment, action == u"resync" ? QStringLiteral("details") : action, stateDisplayName(payment.state),
                     code, returnMessage);
    });
    if (!written) {
        const Error &error = written.error();
        if (error.kind == Error::Kind::Conflict)
            return done(
                outcome(OutcomeStatus::Done, orderId,
                        Text::tr("Another PayDesk changed this payment while LINE Pay was asked; its record stands."),
                        code, returnMessage));
        if (error.kind == Error::Kind::Drift)
            return done(
                outcome(OutcomeStatus::Refused, orderId,
                        error.message + u' ' +
                            Text::tr("PayDesk left the order unchanged; check it in the LINE Pay merchant center."),
                        code, returnMessage));
        return done(storageFailure(orderId, error));
    }
    const QString sentence =
        action == u"status" ? LinePay::describeReturnCode(code).sentence : stateDisplayName(payment.state);
    done(outcome(OutcomeStatus::Done, orderId, sentence, code, returnMessage));
}

Status PaymentService::applyDetail(Payment &payment, const LinePay::PaymentDetail &detail, const Operation *op)
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
                     Text::tr("LINE Pay reported an unknown payment status \"%1\".").arg(detail.payStatus)};
    payment.captured = Money(detail.paidAmount().minorUnits(), currency);
    Error error;
    const QSet<qint64> known = knownRefundIds(m_db, payment.id, &error);
    if (!error.message.isEmpty())
        return error;
    std::optional<LinePay::RefundEntry> made;
    if (op && op->kind == MoneyCallKind::Refund)
        made = refundMadeBy(*op, detail, known);
    qint64 refunded = 0;
    for (const LinePay::RefundEntry &entry : detail.refunds) {
        refunded += entry.amount.minorUnits();
        if (known.contains(entry.refundTransactionId))
            continue;
        const bool ours = made && made->refundTransactionId == entry.refundTransactionId;
        Refund refund{0,
                      payment.id,
                      entry.refundTransactionId,
                      Money(entry.amount.minorUnits(), currency),
                      ours ? op->reason : Text::tr("recorded from LINE Pay"),
                      entry.date.isValid() ? entry.date : m_clock.now(),
                      ours ? op->actor : QStringLiteral("LINE Pay"),
                      ours ? op->id : 0,
                      m_clock.now()};
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

void PaymentService::recoverOperations(QList<qint64> ids, QStringList problems, int leftToOwners, const Finish &done)
{
    if (ids.isEmpty()) {
        if (!problems.isEmpty())
            return done(outcome(OutcomeStatus::InDoubt, 0, problems.join(u' ')));
        if (leftToOwners > 0)
            return done(outcome(OutcomeStatus::BadInput, 0,
                                Text::tr("%n payment(s) are being processed by another PayDesk and are left to it; run "
                                         "recovery again once it has finished.",
                                         nullptr, leftToOwners)));
        return done(outcome(OutcomeStatus::Done, 0, Text::tr("Every payment is settled.")));
    }
    const qint64 id = ids.takeFirst();
    Result<Operation> op = OperationJournal(m_db).find(id);
    if (!op)
        return done(storageFailure(0, op.error()));
    if (!op->isUnsettled())
        return recoverOperations(ids, problems, leftToOwners, done);
    if (m_inFlight.contains(op->id))
        return recoverOperations(ids, problems, leftToOwners, done); // this service's own call, still on its way
    if (mayStillBeAnswered(*op))
        return recoverOperations(ids, problems, leftToOwners + 1, done);
    recoverOperation(*op, [this, ids, problems, leftToOwners, done](const OperationOutcome &result) mutable {
        if (result.status == OutcomeStatus::StorageError)
            return done(result);
        if (result.status != OutcomeStatus::Done)
            problems << result.message;
        Q_EMIT orderChanged(result.orderId);
        recoverOperations(ids, problems, leftToOwners, done);
    });
}

void PaymentService::recoverOperation(const Operation &op, const Finish &done)
{
    Result<Payment> payment = PaymentRepository(m_db).find(op.paymentId);
    if (!payment)
        return done(storageFailure(0, payment.error()));
    qCInfo(lcPayments) << "recovering" << moneyCallName(op.kind) << "operation" << op.id;
    if (op.status == OpStatus::Pending) {
        // It never reached the network.
        return settle(
            op,
            [this](Operation &o, Payment &p) -> Status {
                o.status = OpStatus::NotSent;
                o.applied = false;
                o.error = Text::tr("never sent");
                p.state = o.kind == MoneyCallKind::Request ? PaymentState::Failed : o.stateBefore;
                return audit(p, QStringLiteral("recover"), o.error, {}, {}, o.actor);
            },
            Text::tr("never sent"), done);
    }
    if (op.kind == MoneyCallKind::Request) {
        // A request whose answer was lost cannot be looked up (LINE Pay lists only confirmed
        // payments) and nobody has its payment URL: the attempt is abandoned, and a new attempt
        // with a new orderId is safe.
        return settle(
            op,
            [this](Operation &o, Payment &p) -> Status {
                o.status = OpStatus::Settled;
                o.applied = false;
                o.reported = false;
                o.error = Text::tr("the answer to the request was lost; this attempt is abandoned");
                p.state = PaymentState::Failed;
                return audit(p, QStringLiteral("recover"), o.error, {}, {}, o.actor);
            },
            Text::tr("the answer to the request was lost; this attempt is abandoned"), done);
    }
    const qint64 transactionId = payment->transactionId;
    connect(m_client->details({{transactionId}, {}}), &LinePay::Call::finished, this,
            [this, op, transactionId, done](const CallResult &result) {
                settleFromDetails(op, transactionId, result, done);
            });
}

void PaymentService::settleFromDetails(const Operation &op, qint64 transactionId, const CallResult &result,
                                       const Finish &done)
{
    Result<Payment> payment = PaymentRepository(m_db).find(op.paymentId);
    const qint64 orderId = payment ? payment->orderId : 0;
    const QString lineOrderId = payment ? payment->lineOrderId : QString();
    if (settledMeanwhile(op))
        return done(outcome(OutcomeStatus::Done, orderId, Text::tr("Another PayDesk settled this call first.")));
    const auto stillInDoubt = [&](const QString &why) {
        done(outcome(OutcomeStatus::InDoubt, orderId, stillUnknownMessage(op.kind).arg(lineOrderId, why),
                     result.envelope.returnCode, result.envelope.returnMessage));
    };
    if (result.outcome != CallResult::Outcome::Answered)
        return stillInDoubt(result.errorMessage);
    const QString code = result.envelope.returnCode;
    std::optional<LinePay::PaymentDetail> detail;
    if (result.envelope.isSuccess()) {
        Result<QList<LinePay::PaymentDetail>> list = LinePay::decodeDetailsInfo(result.envelope.info);
        if (!list)
            return stillInDoubt(list.error().message);
        for (const LinePay::PaymentDetail &d : std::as_const(*list)) {
            if (d.transactionId == transactionId)
                detail = d;
        }
    } else if (code != u"1150") {
        return stillInDoubt(LinePay::describeReturnCode(code).sentence);
    }
    if (!detail) {
        // Payment details list only confirmed payments. For a confirm that is the question
        // itself: check-status tells where the customer stands. Every other call needs a listed
        // payment, so an absent one leaves it unclear.
        if (op.kind == MoneyCallKind::Confirm)
            return settleFromCheck(op, transactionId, done);
        return stillInDoubt(Text::tr("LINE Pay does not list the payment."));
    }
    if (op.kind == MoneyCallKind::Refund && !op.responseBody.isEmpty() && !refundMadeBy(op, *detail, {})) {
        // The answer named the refund LINE Pay made, but its payment details do not list it yet.
        Result<LinePay::Envelope> answer = LinePay::decodeEnvelope(op.responseBody);
        if (answer && answer->isSuccess())
            return stillInDoubt(Text::tr("LINE Pay accepted the refund but does not list it yet."));
    }
    Error error;
    const QSet<qint64> known = knownRefundIds(m_db, op.paymentId, &error, op.id);
    if (!error.message.isEmpty())
        return done(storageFailure(orderId, error));
    if (!describeMoneyCall(op.kind).happened(op, *detail, known) && !mayConcludeItDidNotHappen(op))
        return stillInDoubt(notYetMessage(op));
    const QString returnMessage = result.envelope.returnMessage;
    settle(
        op,
        [this, detail, code, returnMessage](Operation &o, Payment &p) -> Status {
            Error error;
            const QSet<qint64> known = knownRefundIds(m_db, p.id, &error, o.id);
            if (!error.message.isEmpty())
                return error;
            const bool happened = describeMoneyCall(o.kind).happened(o, *detail, known);
            std::optional<LinePay::RefundEntry> made =
                o.kind == MoneyCallKind::Refund ? refundMadeBy(o, *detail, known) : std::nullopt;
            if (Status a = applyDetail(p, *detail, &o); !a)
                return a;
            o.status = OpStatus::Settled;
            o.applied = happened;
            o.reported = false;
            o.returnCode = code;
            o.returnMessage = returnMessage;
            QString what;
            if (o.kind == MoneyCallKind::Refund && made)
                what = refundedText(Money(made->amount.minorUnits(), p.amount.currency()), o.reason);
            else
                what = happened ? Text::tr("LINE Pay shows that it went through")
                                : Text::tr("LINE Pay shows that it did not happen");
            o.error = what;
            return audit(p, moneyCallName(o.kind),
                         Text::tr("%1; settled by recovery, now %2").arg(what, stateDisplayName(p.state)), code,
                         returnMessage, o.actor);
        },
        {}, done);
}

void PaymentService::settleFromCheck(const Operation &op, qint64 transactionId, const Finish &done)
{
    connect(
        m_client->checkStatus(transactionId), &LinePay::Call::finished, this,
        [this, op, done](const CallResult &result) {
            Result<Payment> payment = PaymentRepository(m_db).find(op.paymentId);
            if (!payment)
                return done(storageFailure(0, payment.error()));
            if (settledMeanwhile(op))
                return done(outcome(OutcomeStatus::Done, payment->orderId,
                                    Text::tr("Another PayDesk settled this call first.")));
            const QString code = result.envelope.returnCode;
            const QString returnMessage = result.envelope.returnMessage;
            const CheckStatus status =
                result.outcome == CallResult::Outcome::Answered ? checkStatusFromCode(code) : CheckStatus::Unknown;
            // 0123 says the payment is complete while payment details do not list it: only LINE Pay
            // can resolve that, so the payment stays in doubt (never FAILED, which would allow a
            // second request and a second charge).
            const std::optional<PaymentState> state = stateAfterCheck(status, payment->created, m_clock.now());
            if (!state)
                return done(outcome(OutcomeStatus::InDoubt, payment->orderId,
                                    Text::tr("The confirmation of %1 is still unknown: %2")
                                        .arg(payment->lineOrderId, result.outcome == CallResult::Outcome::Answered
                                                                       ? LinePay::describeReturnCode(code).sentence
                                                                       : result.errorMessage),
                                    code, returnMessage));
            if (!mayConcludeItDidNotHappen(op))
                return done(outcome(OutcomeStatus::InDoubt, payment->orderId, notYetMessage(op), code, returnMessage));
            settle(
                op,
                [this, state, code, returnMessage](Operation &o, Payment &p) -> Status {
                    o.status = OpStatus::Settled;
                    o.applied = false;
                    o.reported = false;
                    o.returnCode = code;
                    o.returnMessage = returnMessage;
                    o.error = Text::tr("the confirmation did not happen");
                    p.state = *state;
                    return audit(p, QStringLiteral("confirm"),
                                 Text::tr("%1; settled by recovery, now %2").arg(o.error, stateDisplayName(p.state)),
                                 code, returnMessage, o.actor);
                },
                {}, done);
        });
}

bool PaymentService::settledMeanwhile(const Operation &op) const
{
    // While LINE Pay was asked, another PayDesk may have settled the same call.
    const Result<Operation> now = OperationJournal(m_db).find(op.id);
    return now && !now->isUnsettled();
}

bool PaymentService::mayConcludeItDidNotHappen(const Operation &op) const
{
    // A call that got an answer is over at LINE Pay. One that got none may still be carried out
    // (LINE Pay can be slower than PayDesk's timeout): until its deadline, LINE Pay not showing
    // it proves nothing, even when its owner is gone (DESIGN.md rules 2 and 4).
    const bool answered = !op.returnCode.isEmpty() || !op.responseBody.isEmpty();
    return answered || !op.deadline.isValid() || op.deadline <= m_clock.now();
}

QString PaymentService::notYetMessage(const Operation &op) const
{
    const QString after = op.deadline.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    switch (op.kind) {
    case MoneyCallKind::Request:
        return Text::tr("LINE Pay does not show the payment request yet and may still be handling it; try again after "
                        "%1.")
            .arg(after);
    case MoneyCallKind::Confirm:
        return Text::tr("LINE Pay does not show the confirmation yet and may still be handling it; try again after %1.")
            .arg(after);
    case MoneyCallKind::Capture:
        return Text::tr("LINE Pay does not show the capture yet and may still be handling it; try again after %1.")
            .arg(after);
    case MoneyCallKind::Void:
        return Text::tr("LINE Pay does not show the void yet and may still be handling it; try again after %1.")
            .arg(after);
    case MoneyCallKind::Refund:
        return Text::tr("LINE Pay does not show the refund yet and may still be handling it; try again after %1.")
            .arg(after);
    }
    return {};
}

void PaymentService::settle(const Operation &op, const Change &change, const QString &what, const Finish &done)
{
    record(op.id, op.status, change, [this, op, what, done](const Recorded &r) {
        if (r.status)
            return done(outcome(OutcomeStatus::Done, r.payment.orderId,
                                what.isEmpty() ? stateDisplayName(r.payment.state) : what));
        Result<Payment> payment = PaymentRepository(m_db).find(op.paymentId);
        const qint64 orderId = payment ? payment->orderId : 0;
        const Error &error = r.status.error();
        if (error.kind == Error::Kind::Conflict)
            return done(outcome(OutcomeStatus::Done, orderId, Text::tr("Another PayDesk settled this call first.")));
        if (error.kind == Error::Kind::Drift || error.kind == Error::Kind::Malformed)
            return done(outcome(OutcomeStatus::InDoubt, orderId,
                                error.message + u' ' +
                                    Text::tr("The payment stays in doubt; check it in the LINE Pay merchant center.")));
        done(storageFailure(orderId, error));
    });
}

Status PaymentService::audit(const Payment &payment, const QString &action, const QString &detail,
                             const QString &returnCode, const QString &returnMessage, const QString &actor)
{
    AuditEntry entry{
        0,          m_clock.now(), actor.isEmpty() ? m_actor : actor, payment.orderId, payment.id, action, detail,
        returnCode, returnMessage};
    return AuditTrail(m_db).record(entry);
}

OperationOutcome PaymentService::refusal(qint64 orderId, const CallResult &result) const
{
    const LinePay::ReturnCodeInfo info = LinePay::describeReturnCode(result.envelope.returnCode);
    if (result.envelope.returnCode == u"1106" && result.attempts > 1)
        // The connection broke and PayDesk asked again, signed anew: a refusal now is about the
        // broken connection, not about the secret that signed the first attempt fine.
        return outcome(OutcomeStatus::NotSent, orderId,
                       Text::tr("The connection to LINE Pay broke and LINE Pay refused the repeated read. Nothing was "
                                "changed; check the network and try again."),
                       result.envelope.returnCode, result.envelope.returnMessage);
    return outcome(OutcomeStatus::Refused, orderId, info.sentence + u' ' + info.nextStep, result.envelope.returnCode,
                   result.envelope.returnMessage);
}

OperationOutcome PaymentService::storageFailure(qint64 orderId, const Error &error) const
{
    qCWarning(lcPayments) << "storage failure:" << error.message;
    return outcome(OutcomeStatus::StorageError, orderId,
                   Text::tr("PayDesk could not save to its database: %1").arg(error.message));
}

} // namespace PayDesk
