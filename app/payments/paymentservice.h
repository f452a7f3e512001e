#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QObject>
#include <QSet>

#include "app/domain/clock.h"
#include "app/domain/moneycall.h"
#include "app/domain/order.h"
#include "app/linepay/client.h"
#include "app/storage/dayclose.h"
#include "app/storage/shopsettings.h"
#include "app/storage/staff.h"

namespace PayDesk {

namespace Storage {
class Database;
struct Operation;
struct OperationOwner;
enum class OperationStatus : int;
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
    // A repeated command found that the same call, whose outcome had been unknown, went
    // through: nothing was sent this time (DESIGN.md "Many processes, one payment", rule 4).
    bool alreadyDone = false;
};

// A payment whose local record differed from LINE Pay's payment details.
struct Drift
{
    enum class Outcome
    {
        Updated,       // the local record now follows LINE Pay
        LeftUnchanged, // for the owner to look at in the LINE Pay merchant center; `note` says why
    };
    qint64 orderId = 0;
    QString orderNumber;
    QString lineOrderId;
    qint64 transactionId = 0;
    QString local;   // the local record before, e.g. "CAPTURED, paid TWD 300, refunded TWD 0"
    QString linePay; // what LINE Pay says, in the same words; empty when it has no record
    Outcome outcome = Outcome::LeftUnchanged;
    QString note;

    QString outcomeName() const; // "updated" or "left unchanged", for files and JSON
};

// What a reconciliation with LINE Pay compared and found.
struct ReconcileReport
{
    qint64 payments = 0; // payments compared with LINE Pay's details
    int calls = 0;       // payment-details calls made
    qint64 busy = 0;     // payments another PayDesk was working on, left to it
    QList<Drift> drifts;
    QString problem; // why reconciliation stopped early (LINE Pay unreachable or refusing, storage)
    bool storageProblem = false;

    qint64 leftUnchanged() const;
    // The differences as CSV (RFC 4180, safe in a spreadsheet), with a header row: order, orderId,
    // transactionId, local, linePay, outcome ("updated" or "left unchanged"), note.
    QByteArray toCsv() const;
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

// Runs every change to orders and payments: validate → journal intent and claim the payment →
// call LINE Pay → record → audit (DESIGN.md "Operations journal" and "Many processes, one
// payment"). The window and the CLI both go through it; several services may share one database
// file, in one process or in several.
class PaymentService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentService)

public:
    struct Options
    {
        QString program;              // names this process in "being processed by another PayDesk (…)"
        int deadlineMarginMs = 30000; // added to a call's timeout for its journal deadline
        int recordWaitMs = 30000;     // how long an answer waits for a locked database before giving up
        // Test hook, off unless set: "before-send:KIND" or "after-answer:KIND" (KIND a money call or
        // "any") kills this process with SIGKILL at that point, as a crash would.
        QString killAt;
    };

    // How a status check keeps LINE Pay's one-second floor when another check of the same
    // payment (from any process) happened less than a second ago.
    enum class CheckPace
    {
        Wait, // wait for the floor, then ask (a person asked)
        Skip, // do not ask this time (the window's polling)
    };

    // `actor` names who acts in the audit trail ("owner", "cli").
    PaymentService(Storage::Database &database, LinePay::Client *client, const Clock &clock, QString actor,
                   QObject *parent = nullptr);
    ~PaymentService() override;

    void setOptions(const Options &options) { m_options = options; }
    const Clock &clock() const { return m_clock; }

    // Stores a new order (no LINE Pay call).
    Result<Order> createOrder(const Order &draft);

    PendingOperation *request(qint64 orderId, bool authorizeOnly);
    PendingOperation *checkStatus(qint64 orderId, CheckPace pace = CheckPace::Wait);
    PendingOperation *confirm(qint64 orderId);
    PendingOperation *capture(qint64 orderId, const std::optional<Money> &amount);
    // Who is at the counter: their name goes into the journal and the audit trail of what they
    // ask, and a clerk's refunds and voids above the owner's amount (ShopRules) need the owner's
    // PIN on the spot. Until someone else is set, the service acts as the owner it was made for.
    struct Operator
    {
        QString name;
        Storage::Role role = Storage::Role::Owner;
    };
    void setOperator(const Operator &person);
    Operator currentOperator() const { return {m_actor, m_role}; }
    bool operatorIsOwner() const { return m_role == Storage::Role::Owner; }

    // The owner's consent to one refund or void, given by typing their PIN; only the service
    // makes one, after checking the PIN against the staff list (with its lockout).
    class OwnerApproval
    {
    public:
        const QString &owner() const { return m_owner; }

    private:
        friend class PaymentService;
        explicit OwnerApproval(QString owner) : m_owner(std::move(owner)) {}
        QString m_owner;
    };
    // A PIN's hash takes about a second, so it is worked out on a thread of its own; `done` runs
    // on the service's thread (not at all once the service is gone).
    void approveAsOwner(const QString &pin, const std::function<void(const Result<OwnerApproval> &)> &done);
    // Checks `name`'s PIN (with the staff list's lockout) and makes them the person at the counter.
    void signIn(const QString &name, const QString &pin,
                const std::function<void(const Result<Storage::StaffMember> &)> &done);
    // Whether this refund (of `amount`, or of what remains without one) or void of the order's
    // payment needs the owner's approval from the person at the counter now.
    Result<bool> needsOwnerApproval(qint64 orderId, MoneyCallKind kind, const std::optional<Money> &amount) const;

    PendingOperation *voidAuthorization(qint64 orderId, const std::optional<OwnerApproval> &approval = std::nullopt);
    PendingOperation *refund(qint64 orderId, const std::optional<Money> &amount, const QString &reason,
                             const std::optional<OwnerApproval> &approval = std::nullopt);
    // From now on every call and every new order is refused with `why` (a damaged database:
    // nothing more is written to it until it is restored).
    void refuseWrites(const QString &why);
    PendingOperation *details(qint64 orderId);
    // Settles every operation whose outcome is unknown by asking LINE Pay; sends nothing again.
    // Leaves alone the calls whose owner may still get their answer.
    PendingOperation *recover();

    // Settles what is in doubt (recover), then reads LINE Pay's payment details, 100 transactions
    // a call and one call at a time, for every confirmed payment changed since `since` (every one
    // when `since` is invalid). Where LINE Pay moved a payment (an authorization that expired or
    // was voided, a refund made in the merchant center) the local record follows it, in a write
    // conditional on what was read, with an audit entry; every difference is in the report.
    // Payments another PayDesk works on are left to it. `progress` hears how many payments of
    // how many were compared.
    void reconcile(const QDateTime &since, const std::function<void(const ReconcileReport &)> &done,
                   const std::function<void(qint64 compared, qint64 total)> &progress = {});

    // The shop's day close, by this service's actor at this service's time: numbers and freezes
    // the settlement report of `day` in the shop's time zone (Storage::DayClose).
    Result<Storage::DayReport> closeDay(QDate day, const QTimeZone &zone);
    // What receipts and reports print about the shop; saving it is audited.
    Result<Storage::ShopInfo> shopInfo() const;
    Status saveShopInfo(const Storage::ShopInfo &info);
    Result<Storage::ShopRules> shopRules() const;
    Status saveShopRules(const Storage::ShopRules &rules);
    // The staff list; the owner alone changes it, except that the first person added, while
    // there is no owner, may be the owner.
    Result<QList<Storage::StaffMember>> staff() const;
    Result<Storage::StaffMember> addStaff(const QString &name, Storage::Role role, const QString &pin);
    Status changePin(const QString &name, const QString &pin);

    // True while an operation of this service runs for the order.
    bool isBusy(qint64 orderId) const { return m_busyOrders.contains(orderId); }
    // True when the journaled call `operationId` belongs to another service (this process or
    // another one) that may still receive its answer: the payment is busy elsewhere.
    bool isBusyElsewhere(qint64 operationId, const Storage::OperationOwner &owner, const QDateTime &deadline) const;

Q_SIGNALS:
    void orderChanged(qint64 orderId);
    void busyChanged(qint64 orderId, bool busy);

private:
    using Finish = std::function<void(const OperationOutcome &)>;
    using Change = std::function<Status(Storage::Operation &, Payment &)>;
    struct Recorded;

    PendingOperation *start(qint64 orderId, const std::function<void(Finish)> &work);
    // Settles the order's payment if a call left it in doubt (refusing while another PayDesk may
    // still get the answer), then runs `then` with the journal row found open (0 when none).
    void settleFirst(qint64 orderId, const std::function<void(qint64)> &then, const Finish &done, int round = 0,
                     qint64 settled = 0);
    void runMoneyCall(qint64 orderId, MoneyCallKind kind, const std::optional<Money> &amount, const QString &reason,
                      bool authorizeOnly, const Finish &done, const std::optional<OwnerApproval> &approval = {});
    // `sentence` (what only the owner may do) and who is signed in instead; empty when the person
    // at the counter is the owner.
    QString ownerOnly(const QString &sentence) const;
    Status auditStaffChange(const QString &detail);
    // Whether moving `moved` of the payment by `kind` needs the owner, by the shop's rules.
    Result<bool> needsOwner(MoneyCallKind kind, const Money &moved) const;
    void send(const Storage::Operation &operation, qint64 orderId, qint64 transactionId, const Finish &done);
    void onMoneyAnswer(qint64 operationId, const LinePay::CallResult &result, const Finish &done);
    void finishRefund(qint64 operationId, qint64 refundTransactionId, const LinePay::CallResult &answer,
                      const Finish &done);
    void record(qint64 operationId, Storage::OperationStatus expected, const Change &change,
                const std::function<void(const Recorded &)> &then, qint64 startedMs = -1);
    void reportRecorded(const Recorded &recorded, const OperationOutcome &success, const Finish &done);
    void resync(qint64 orderId, const OperationOutcome &refused, const Finish &done);

    void runCheck(qint64 orderId, CheckPace pace, int waited, const Finish &done);
    // `resync`: after a refusal, only a changed state is written, keeping the refusal's code.
    void runDetails(qint64 orderId, const Finish &done, bool resync = false);
    void writeRead(qint64 orderId, const Payment &read, const std::function<Status(Payment &)> &change,
                   const QString &action, const LinePay::CallResult &result, const Finish &done);

    struct Reconciliation;
    void reconcileNext(const std::shared_ptr<Reconciliation> &run);
    void reconcileBatch(const std::shared_ptr<Reconciliation> &run, const QList<Payment> &batch,
                        const LinePay::CallResult &result);

    void recoverOperations(QList<qint64> operationIds, QStringList problems, int leftToOwners, const Finish &done);
    void recoverOperation(const Storage::Operation &operation, const Finish &done);
    void settleFromDetails(const Storage::Operation &operation, qint64 transactionId, const LinePay::CallResult &result,
                           const Finish &done);
    void settleFromCheck(const Storage::Operation &operation, qint64 transactionId, const Finish &done);
    void settle(const Storage::Operation &operation, const Change &change, const QString &what, const Finish &done);
    // Whether recovery may settle the call as not carried out now (DESIGN.md rule 2's margin).
    bool mayConcludeItDidNotHappen(const Storage::Operation &operation) const;
    bool settledMeanwhile(const Storage::Operation &operation) const;
    QString notYetMessage(const Storage::Operation &operation) const;

    // Applies LINE Pay's payment details to the local record (state, captured, refunds). The
    // refund that `operation` made keeps its reason and actor.
    Status applyDetail(Payment &payment, const LinePay::PaymentDetail &detail, const Storage::Operation *operation);
    Status audit(const Payment &payment, const QString &action, const QString &detail, const QString &returnCode = {},
                 const QString &returnMessage = {}, const QString &actor = {});
    OperationOutcome refusal(qint64 orderId, const LinePay::CallResult &result) const;
    OperationOutcome storageFailure(qint64 orderId, const Error &error) const;
    OperationOutcome busyElsewhere(qint64 orderId, const Storage::Operation &operation) const;
    Storage::OperationOwner owner() const;
    // Whether the call's owner may still receive its answer, so that nobody may settle it now.
    bool mayStillBeAnswered(const Storage::Operation &operation) const;
    void maybeKill(const QString &point, MoneyCallKind kind) const;

    Storage::Database &m_db;
    LinePay::Client *m_client;
    QString m_writesRefused;
    const Clock &m_clock;
    QString m_actor;
    Storage::Role m_role = Storage::Role::Owner;
    QString m_token;
    Options m_options;
    QSet<qint64> m_busyOrders;
    QSet<qint64> m_inFlight; // journal rows this service has sent and still waits on
};

} // namespace PayDesk
