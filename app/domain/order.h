#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "app/domain/money.h"
#include "app/domain/paymentstate.h"

namespace PayDesk {

struct LineItem
{
    QString name;
    qint64 quantity = 1;
    Money unitPrice;
};

// An order as the shop owner entered it; stored before any LINE Pay call.
struct Order
{
    // An item named exactly this is named after the order number once the order is stored.
    static constexpr QStringView kNumberPlaceholder = u"{order}";

    qint64 id = 0;
    QString number; // "PD-000042"
    QDateTime created;
    QString currency;
    QString customerName;
    QString customerPhone;
    QString note;
    QList<LineItem> items;

    Result<Money> total() const;
    // Checks what LINE Pay will refuse anyway, so that nothing half-valid is stored or sent.
    Status validate() const;
    // A free text (a customer's name, a note, a refund's reason) that PayDesk keeps: at most
    // `maxLength` characters and no control characters (line breaks, escape sequences,
    // bidirectional overrides), which would garble lists, receipts and terminals.
    static Status validateText(const QString &text, const QString &what, int maxLength);
    // A character that changes how text around it shows rather than showing itself: C0 and C1
    // controls, DEL, and the bidirectional marks, embeddings, overrides and isolates.
    static bool isControlCharacter(QChar c);
    QString itemsSummary() const;
};

// One attempt to get an order paid through LINE Pay. Each has its own LINE Pay orderId.
struct Payment
{
    qint64 id = 0;
    qint64 orderId = 0;
    int attempt = 1;
    QString lineOrderId;      // "<order number>-<attempt>"
    qint64 transactionId = 0; // 0 until LINE Pay answered the request
    PaymentState state = PaymentState::Draft;
    bool authorizeOnly = false;
    Money amount;
    Money captured;
    Money refunded;
    QDateTime authorizationExpiry;
    QString paymentUrl;
    QString paymentAccessToken;
    QString lastReturnCode;
    QString lastReturnMessage;
    qint64 busyOperation = 0; // journal row of the money call in flight, 0 when idle
    QDateTime created;
    QDateTime updated;
    QDateTime capturedAt; // when the money was captured (storage keeps it), null before
    // What storage read: every write is conditional on this version, and may only move the state
    // from `storedState` along the state table's transitions.
    qint64 version = 0;
    PaymentState storedState = PaymentState::Draft;

    Money refundable() const;
};

struct Refund
{
    qint64 id = 0;
    qint64 paymentId = 0;
    qint64 refundTransactionId = 0;
    Money amount;
    QString reason;
    QDateTime created;
    QString actor;          // who asked for it; "LINE Pay" for a refund made outside PayDesk
    qint64 operationId = 0; // the journal row of the call that made it, 0 when made outside PayDesk
    // When PayDesk wrote it down (its day in the books); `created` is LINE Pay's time of the refund.
    QDateTime recorded;
};

} // namespace PayDesk
