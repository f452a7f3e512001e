#pragma once

#include <QObject>
#include <QSet>

#include "app/domain/clock.h"

class QTimer;

namespace PayDesk {

namespace Storage {
class Database;
} // namespace Storage

class PaymentService;
struct OperationOutcome;

// Watches the payments that wait for their customer: asks LINE Pay's check-status for each, at
// most once a second per payment across every PayDesk on the database, for LINE Pay's 20-minute
// request window, and confirms an approved payment at once when automatic confirmation is on.
// An authorization past its expiry is read once, so that the order shows it expired.
// Two pollers on one database never both confirm a payment: the service's claim lets one through.
class PaymentPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentPoller)

public:
    PaymentPoller(PaymentService &service, const Storage::Database &database, int intervalMs,
                  QObject *parent = nullptr);

    void start();
    void stop();
    void setAutoConfirm(bool on) { m_autoConfirm = on; }
    bool autoConfirm() const { return m_autoConfirm; }
    // One round: a check for every waiting payment not already being checked, and a confirm for
    // every approved one when automatic confirmation is on.
    void poll();

Q_SIGNALS:
    // An automatic confirmation ended (not when another PayDesk confirmed first).
    void confirmed(const PayDesk::OperationOutcome &outcome);

private:
    void confirmLater(qint64 orderId);
    void readExpiredAuthorizations(const QDateTime &now);

    PaymentService &m_service;
    const Storage::Database &m_db;
    QTimer *m_timer;
    bool m_autoConfirm = false;
    QSet<qint64> m_running;    // orders with a check, confirm or read of this poller under way
    QSet<qint64> m_expiryRead; // payments whose expired authorization was read
    qint64 m_expiryCursor = 0; // the last order whose expired authorization was looked at
    static constexpr int kExpiredPerPoll = 20;
};

} // namespace PayDesk
