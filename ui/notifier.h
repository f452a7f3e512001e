#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

#include "app/domain/paymentstate.h"

class QTimer;

namespace PayDesk {
class PaymentService;
namespace Storage {
class Database;
}
} // namespace PayDesk

namespace PayDesk::Ui {

// A notification for the shop owner and the order it opens.
struct Notification
{
    QString title;
    QString text;
    qint64 orderId = 0;
};

// Decides what the tray tells the shop owner: a customer finished approving, a payment turned
// IN_DOUBT (each once per order and state), and authorizations that expire within 24 hours (each
// once, checked every minute).
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    Notifier(PaymentService &service, const Storage::Database &database, QObject *parent = nullptr);

    // Reads the order's state after the service changed it.
    void orderChanged(qint64 orderId);
    // Looks for authorizations that expire within 24 hours and were not announced yet.
    void checkExpiring();

    const QList<Notification> &sent() const { return m_sent; }

Q_SIGNALS:
    void notify(const PayDesk::Ui::Notification &notification);

private:
    void send(Notification notification);

    PaymentService &m_service;
    const Storage::Database &m_db;
    QHash<qint64, PaymentState> m_announced; // the state each order was last announced in
    QSet<qint64> m_expiring;                 // authorizations already announced as expiring
    QList<Notification> m_sent;
    QTimer *m_timer;
};

} // namespace PayDesk::Ui
