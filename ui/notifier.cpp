#include "ui/notifier.h"

#include <QTimer>

#include "app/payments/paymentservice.h"
#include "app/reports/localeformat.h"
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
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT id, number, authorization_expires_at FROM orders WHERE state = 'AUTHORIZED'"
                                 " AND authorization_expires_at > ? AND authorization_expires_at <= ? ORDER BY"
                                 " authorization_expires_at"),
                  {Storage::Database::timestamp(now), Storage::Database::timestamp(now.addSecs(24 * 3600))});
    if (!q)
        return;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (m_expiring.contains(id))
            continue;
        m_expiring.insert(id);
        send({tr("Authorization expires soon"),
              tr("%1: the authorization expires %2. Capture it before then, or void it.")
                  .arg(q->value(1).toString(), formatDateTime(Storage::Database::fromTimestamp(q->value(2)))),
              id});
    }
}

} // namespace PayDesk::Ui
