// Reconciliation: the local records compared with LINE Pay's payment details, and brought in line
// where LINE Pay moved a payment.
#include <QCoreApplication>

#include "app/payments/paymentservice.h"
#include "app/linepay/returncodes.h"
#include "app/storage/csv.h"
#include "app/storage/database.h"
#include "app/storage/orderrepository.h"
#include "app/storage/paymentrepository.h"

namespace PayDesk {

using namespace PayDesk::Storage;
using CallResult = LinePay::CallResult;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PayDesk::PaymentService)
};

// LINE Pay answers details for at most this many transactions a call (1177 beyond).
constexpr int kTransactionsPerCall = 100;

QString describe(const Payment &p)
{
    return Text::tr("%1, paid %2, refunded %3")
        .arg(stateDisplayName(p.state), p.captured.toDisplayString(), p.refunded.toDisplayString());
}

} // namespace

qint64 ReconcileReport::leftUnchanged() const
{
    return std::count_if(drifts.cbegin(), drifts.cend(),
                         [](const Drift &d) { return d.outcome == Drift::Outcome::LeftUnchanged; });
}

QString Drift::outcomeName() const
{
    return outcome == Outcome::Updated ? QStringLiteral("updated") : QStringLiteral("left unchanged");
}

QByteArray ReconcileReport::toCsv() const
{
    QByteArray csv = csvRecord({QStringLiteral("order"), QStringLiteral("orderId"), QStringLiteral("transactionId"),
                                QStringLiteral("local"), QStringLiteral("linePay"), QStringLiteral("outcome"),
                                QStringLiteral("note")});
    for (const Drift &d : drifts)
        csv += csvRecord({d.orderNumber, d.lineOrderId, QString::number(d.transactionId), d.local, d.linePay,
                          d.outcomeName(), d.note});
    return csv;
}

struct PaymentService::Reconciliation
{
    QList<qint64> paymentIds; // still to compare
    qint64 total = 0;
    ReconcileReport report;
    std::function<void(const ReconcileReport &)> done;
    std::function<void(qint64, qint64)> progress;
};

void PaymentService::reconcile(const QDateTime &since, const std::function<void(const ReconcileReport &)> &done,
                               const std::function<void(qint64, qint64)> &progress)
{
    auto run = std::make_shared<Reconciliation>();
    run->done = done;
    run->progress = progress;
    // What is in doubt is settled first, by the journal's rules; then every payment LINE Pay
    // keeps details of: confirmed ones, and authorizations that expired.
    connect(recover(), &PendingOperation::finished, this, [this, run, since](const OperationOutcome &) {
        QString sql = QStringLiteral(
            "SELECT id FROM payments WHERE transaction_id IS NOT NULL AND (state IN ('AUTHORIZED', 'CAPTURED',"
            " 'PARTIALLY_REFUNDED', 'REFUNDED', 'VOIDED') OR (state = 'EXPIRED' AND authorization_expires_at IS NOT"
            " NULL))");
        QVariantList values;
        if (since.isValid()) {
            sql += QStringLiteral(" AND updated_at >= ?");
            values << Database::timestamp(since);
        }
        Result<QSqlQuery> q = m_db.exec(sql + QStringLiteral(" ORDER BY id"), values);
        if (!q) {
            run->report.problem = q.error().message;
            run->report.storageProblem = true;
            return run->done(run->report);
        }
        while (q->next())
            run->paymentIds << q->value(0).toLongLong();
        run->total = run->paymentIds.size();
        reconcileNext(run);
    });
}

void PaymentService::reconcileNext(const std::shared_ptr<Reconciliation> &run)
{
    if (run->progress)
        run->progress(run->report.payments, run->total);
    if (run->paymentIds.isEmpty())
        return run->done(run->report);
    QList<Payment> batch;
    QList<qint64> transactionIds;
    while (!run->paymentIds.isEmpty() && batch.size() < kTransactionsPerCall) {
        Result<Payment> p = PaymentRepository(m_db).find(run->paymentIds.takeFirst());
        if (!p) {
            run->report.problem = p.error().message;
            run->report.storageProblem = true;
            return run->done(run->report);
        }
        // A call in flight or in doubt belongs to whoever sent it (DESIGN.md rule 2).
        if (p->busyOperation != 0) {
            ++run->report.busy;
            ++run->report.payments;
            continue;
        }
        batch << *p;
        transactionIds << p->transactionId;
    }
    if (batch.isEmpty())
        return reconcileNext(run);
    ++run->report.calls;
    connect(m_client->details({transactionIds, {}}), &LinePay::Call::finished, this,
            [this, run, batch](const CallResult &result) { reconcileBatch(run, batch, result); });
}

void PaymentService::reconcileBatch(const std::shared_ptr<Reconciliation> &run, const QList<Payment> &batch,
                                    const CallResult &result)
{
    if (result.outcome != CallResult::Outcome::Answered) {
        run->report.problem = result.errorMessage;
        return run->done(run->report);
    }
    const QString code = result.envelope.returnCode;
    QHash<qint64, LinePay::PaymentDetail> details;
    if (result.envelope.isSuccess()) {
        Result<QList<LinePay::PaymentDetail>> list = LinePay::decodeDetailsInfo(result.envelope.info);
        if (!list) {
            run->report.problem = list.error().message;
            return run->done(run->report);
        }
        for (const LinePay::PaymentDetail &d : std::as_const(*list))
            details.insert(d.transactionId, d);
    } else if (code != u"1150") { // 1150: none of them is known to LINE Pay
        run->report.problem = LinePay::describeReturnCode(code).sentence + QStringLiteral(" (LINE Pay %1)").arg(code);
        return run->done(run->report);
    }
    for (const Payment &read : batch) {
        ++run->report.payments;
        Drift drift;
        drift.orderId = read.orderId;
        drift.lineOrderId = read.lineOrderId;
        drift.transactionId = read.transactionId;
        drift.local = describe(read);
        const Result<Order> order = OrderRepository(m_db).find(read.orderId);
        drift.orderNumber = order ? order->number : QString();
        if (!details.contains(read.transactionId)) {
            drift.note = Text::tr("LINE Pay has no record of this payment.");
            run->report.drifts << drift;
            continue;
        }
        Payment payment = read;
        bool changed = false;
        const Status written = m_db.transaction([&]() -> Status {
            if (Status s = applyDetail(payment, details.value(read.transactionId), nullptr); !s)
                return s;
            changed = payment.state != read.state || payment.captured != read.captured ||
                      payment.refunded != read.refunded || payment.authorizationExpiry != read.authorizationExpiry;
            if (!changed)
                return Done{};
            payment.updated = m_clock.now();
            // Conditional on the version read: a payment another process changed meanwhile is
            // not overwritten with an older view (DESIGN.md rule 3).
            if (Status u = PaymentRepository(m_db).update(payment); !u)
                return u;
            return audit(payment, QStringLiteral("reconcile"),
                         Text::tr("%1 → %2 (LINE Pay's payment details)").arg(drift.local, describe(payment)), code,
                         result.envelope.returnMessage);
        });
        if (written && !changed)
            continue;
        drift.linePay = describe(payment);
        if (written) {
            drift.outcome = Drift::Outcome::Updated;
            Q_EMIT orderChanged(read.orderId);
        } else if (written.error().kind == Error::Kind::Conflict) {
            drift.note = Text::tr("Another PayDesk changed this payment meanwhile; reconcile again.");
        } else if (written.error().kind == Error::Kind::Drift || written.error().kind == Error::Kind::Malformed) {
            drift.note = written.error().message + u' ' +
                         Text::tr("PayDesk left the order unchanged; check it in the LINE Pay merchant center.");
        } else {
            run->report.drifts << drift;
            run->report.problem = written.error().message;
            run->report.storageProblem = true;
            return run->done(run->report);
        }
        run->report.drifts << drift;
    }
    reconcileNext(run);
}

} // namespace PayDesk
