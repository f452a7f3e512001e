#include "ui/notifier.h"

#include <QTimer>

#include "app/payments/paymentservice.h"
#include "app/reports/localeformat.h"
#include "app/storage/orderdetails.h"
#include "app/storage/orderqueries.h"

namespace PayDesk::Ui {

namespace {

constexpr int kExpiryCheckMs = 60 * 1000;

} // namespace

Notifier::Notifier(PaymentService &service, const Storage::Database &database, QObject *parent)
    : QObject(parent), m_service(service), m_db(database), m_timer(new QTimer(this))
{
    connect(&m_service, &PaymentService::orderChanged, this, &Notifier::orderChanged);
    connect(m_timer, &QTimer::timeout, this, &Notifier::checkExpiring);
    m_timer->start(kExpiryCheckMs);
}

void Notifier::send(Notification notification)
{
    m_sent << notification;
    Q_EMIT notify(notification);
}

void Notifier::orderChanged(qint64 orderId)
{
    const Result<Storage::OrderRow> row = Storage::OrderQueries(m_db).find(orderId);
    if (!row)
        return;
    const PaymentState state = row->state;
    if (state != PaymentState::Authenticated && state != PaymentState::InDoubt) {
        m_announced.remove(orderId);
        return;
    }
    if (m_announced.value(orderId, PaymentState::Draft) == state)
        return;
    m_announced.insert(orderId, state);
    if (state == PaymentState::Authenticated)
        send({tr("Customer approved"),
              tr("%1: the customer approved %2 in LINE Pay.")
                  .arg(row->number, formatMoney(Money(row->totalMinor, row->currency))),
              orderId});
    else
        send({tr("Payment in doubt"),
              tr("%1: PayDesk could not learn whether LINE Pay completed the last call. It asks again on its own; "
                 "open the order to see it.")
                  .arg(row->number),
              orderId});
}

void Notifier::checkExpiring()
{
    const QDateTime now = m_service.clock().now();
    Storage::OrderFilter filter;
    filter.authorizationExpiresAfter = now;
    filter.authorizationExpiredBy = now.addSecs(24 * 3600);
    const Result<QList<Storage::OrderRow>> expiring = Storage::OrderQueries(m_db).list(filter);
    if (!expiring)
        return;
    for (const Storage::OrderRow &row : *expiring) {
        if (m_expiring.contains(row.id))
            continue;
        m_expiring.insert(row.id);
        const Result<std::optional<Payment>> payment = Storage::OrderDetails(m_db).currentPayment(row.id);
        const QDateTime expiry = payment && *payment ? (*payment)->authorizationExpiry : QDateTime();
        send({tr("Authorization expires soon"),
              tr("%1: the authorization expires %2. Capture it before then, or void it.")
                  .arg(row.number, formatDateTime(expiry)),
              row.id});
    }
}

} // namespace PayDesk::Ui
