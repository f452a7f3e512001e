#pragma once

#include <functional>
#include <optional>

#include <QObject>
#include <QSet>

#include "app/domain/clock.h"
#include "app/domain/order.h"
#include "app/linepay/client.h"

namespace PayDesk {

namespace Storage {
class Database;
struct Operation;
} // namespace Storage

// How an operation of the service ended; the CLI maps `status` to its exit codes.
struct OperationOutcome
{
    enum class Status
    {
        Done,         // finished as asked
        Refused,      // LINE Pay refused; returnCode says why; nothing changed there
        BadInput,     // refused locally before any call (state table, amount, busy payment)
        NotSent,      // LINE Pay could not be reached; nothing was sent, nothing changed
        InDoubt,      // the outcome is unknown until recovery asks LINE Pay
        StorageError, // the local database failed
    };

    Status status = Status::Done;
    QString message; // a sentence for a person, with the next step when something went wrong
    QString returnCode;
    QString returnMessage;
    qint64 orderId = 0;
};

// One operation of the service in flight; deletes itself after `finished`.
class PendingOperation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingOperation)

public:
    explicit PendingOperation(QObject *parent = nullptr) : QObject(parent) {}

Q_SIGNALS:
    void finished(const PayDesk::OperationOutcome &outcome);
};

// Runs every change to orders and payments: validate → journal intent → call LINE Pay → record →
// audit (DESIGN.md "Operations journal"). The window and the CLI both go through it.
class PaymentService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentService)

public:
    // `actor` names who acts in the audit trail ("owner", "cli").
    PaymentService(Storage::Database &database, LinePay::Client *client, const Clock &clock, QString actor,
                   QObject *parent = nullptr);

    // Stores a new order (no LINE Pay call).
    Result<Order> createOrder(const Order &draft);

    PendingOperation *request(qint64 orderId, bool authorizeOnly);
    PendingOperation *checkStatus(qint64 orderId);
    PendingOperation *confirm(qint64 orderId);
    PendingOperation *capture(qint64 orderId, const std::optional<Money> &amount);
    PendingOperation *voidAuthorization(qint64 orderId);
    PendingOperation *refund(qint64 orderId, const std::optional<Money> &amount, const QString &reason);
    PendingOperation *details(qint64 orderId);
    // Settles every operation whose outcome is unknown by asking LINE Pay; sends nothing again.
    PendingOperation *recover();

    // True while an operation of this service runs for the order.
    bool isBusy(qint64 orderId) const { return m_busyOrders.contains(orderId); }

Q_SIGNALS:
    void orderChanged(qint64 orderId);
    void busyChanged(qint64 orderId, bool busy);

private:
    using Finish = std::function<void(const OperationOutcome &)>;
    enum class Kind
    {
        Request,
        Confirm,
        Capture,
        Void,
        Refund,
    };

    PendingOperation *start(qint64 orderId, const std::function<void(Finish)> &work);
    void runMoneyCall(const Order &order, Payment payment, Kind kind, std::optional<Money> amount,
                      const QString &reason, Finish done);
    void onMoneyAnswer(qint64 operationId, Kind kind, const QString &reason, const LinePay::CallResult &result,
                       Finish done);
    void runCheck(const Order &order, const Payment &payment, Finish done);
    void runDetails(const Order &order, const Payment &payment, Finish done);
    void recoverPayment(qint64 paymentId, Finish done);
    void recoverOperations(QList<qint64> operationIds, QStringList problems, Finish done);
    void recoverOperation(const Storage::Operation &operation, Finish done);
    void settleFromDetails(const Storage::Operation &operation, Payment payment, const LinePay::CallResult &result,
                           Finish done);
    void settleFromCheck(const Storage::Operation &operation, Payment payment, Finish done);

    // Applies LINE Pay's payment details to the local record (state, captured, refunds).
    Status applyDetail(Payment &payment, const LinePay::PaymentDetail &detail);
    Status audit(const Payment &payment, const QString &action, const QString &detail, const QString &returnCode = {},
                 const QString &returnMessage = {});
    Status finishOperation(Storage::Operation &operation, int status, Payment &payment, const QString &action,
                           const QString &detail);
    OperationOutcome refusal(qint64 orderId, const LinePay::CallResult &result) const;
    OperationOutcome storageFailure(qint64 orderId, const Error &error) const;
    void withOrder(qint64 orderId, const std::function<void(const Order &, const std::optional<Payment> &)> &then,
                   const Finish &done);

    Storage::Database &m_db;
    LinePay::Client *m_client;
    const Clock &m_clock;
    QString m_actor;
    QSet<qint64> m_busyOrders;
};

} // namespace PayDesk
