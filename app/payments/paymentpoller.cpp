#include "app/payments/paymentpoller.h"

#include <QTimer>

#include "app/payments/moneycalls.h"
#include "app/payments/paymentservice.h"
#include "app/storage/orderqueries.h"

namespace PayDesk {

using namespace PayDesk::Storage;

PaymentPoller::PaymentPoller(PaymentService &service, const Database &database, int intervalMs, QObject *parent)
    : QObject(parent), m_service(service), m_db(database), m_timer(new QTimer(this))
{
    m_timer->setInterval(qMax(1000, intervalMs));
    connect(m_timer, &QTimer::timeout, this, &PaymentPoller::poll);
}

void PaymentPoller::start()
{
    m_timer->start();
}

void PaymentPoller::stop()
{
    m_timer->stop();
}

void PaymentPoller::poll()
{
    const QDateTime now = m_service.clock().now();
    readExpiredAuthorizations(now);
    QList<PaymentState> states = {PaymentState::Requested};
    if (m_autoConfirm)
        states << PaymentState::Authenticated;
    for (const PaymentState state : std::as_const(states)) {
        OrderFilter filter;
        filter.state = state;
        const Result<QList<OrderRow>> rows = OrderQueries(m_db).list(filter);
        for (const OrderRow &row : rows ? *rows : QList<OrderRow>()) {
            const qint64 orderId = row.id;
            if (m_running.contains(orderId) || m_service.isBusy(orderId) || row.transactionId == 0)
                continue;
            if (m_service.isBusyElsewhere(row.busyOperation, row.busyOwner, row.busyDeadline))
                continue;
            // After LINE Pay's request window nothing can change but by expiry, which the
            // next explicit check or details read records.
            if (row.paymentCreated.isValid() && row.paymentCreated.secsTo(now) > kRequestWindowSeconds)
                continue;
            if (state == PaymentState::Authenticated) {
                confirmLater(orderId);
                continue;
            }
            m_running.insert(orderId);
            connect(m_service.checkStatus(orderId, PaymentService::CheckPace::Skip), &PendingOperation::finished, this,
                    [this, orderId](const OperationOutcome &) {
                        m_running.remove(orderId);
                        if (!m_autoConfirm)
                            return;
                        const Result<OrderRow> after = OrderQueries(m_db).find(orderId);
                        if (after && after->state == PaymentState::Authenticated)
                            confirmLater(orderId);
                    });
        }
    }
}

void PaymentPoller::readExpiredAuthorizations(const QDateTime &now)
{
    // An authorization past its expiry: one details read records what LINE Pay says of it
    // (expired, or captured or voided elsewhere), once per payment in this process. A few per
    // poll, in order, so that many old authorizations are read over a few minutes instead of all
    // at once; then from the start again for those that expire later.
    OrderFilter filter;
    filter.authorizationExpiredBy = now;
    filter.sort = OrderSort::Number;
    filter.order = Qt::AscendingOrder;
    filter.limit = kExpiredPerPoll;
    filter.afterId = m_expiryCursor;
    const Result<QList<OrderRow>> rows = OrderQueries(m_db).list(filter);
    m_expiryCursor = rows && rows->size() == kExpiredPerPoll ? rows->constLast().id : 0;
    for (const OrderRow &row : rows ? *rows : QList<OrderRow>()) {
        if (m_expiryRead.contains(row.paymentId) || m_running.contains(row.id) || m_service.isBusy(row.id) ||
            m_service.isBusyElsewhere(row.busyOperation, row.busyOwner, row.busyDeadline))
            continue;
        m_expiryRead.insert(row.paymentId);
        m_running.insert(row.id);
        connect(m_service.details(row.id), &PendingOperation::finished, this,
                [this, orderId = row.id](const OperationOutcome &) { m_running.remove(orderId); });
    }
}

void PaymentPoller::confirmLater(qint64 orderId)
{
    if (m_running.contains(orderId) || m_service.isBusy(orderId))
        return;
    m_running.insert(orderId);
    connect(m_service.confirm(orderId), &PendingOperation::finished, this,
            [this, orderId](const OperationOutcome &outcome) {
                m_running.remove(orderId);
                // Refused locally: another PayDesk is confirming it, or already has.
                if (outcome.status != OperationOutcome::Status::BadInput)
                    Q_EMIT confirmed(outcome);
            });
}

} // namespace PayDesk
