#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>

#include "app/domain/money.h"
#include "app/storage/database.h"

namespace PayDesk::Storage {

// One money movement of a day: a capture, a refund or a voided authorization.
struct DayMovement
{
    enum class Kind
    {
        Capture,
        Refund,
        Void,
    };

    Kind kind = Kind::Capture;
    QDateTime at;
    qint64 orderId = 0;
    QString orderNumber;
    qint64 paymentId = 0;
    qint64 transactionId = 0; // the payment's LINE Pay transactionId (19 digits), 0 when none
    Money amount;
    QString actor; // who asked, where it is known (refunds)
};

QString dayMovementKindName(DayMovement::Kind kind); // "capture", "refund", "void"

// A day's sums in one currency.
struct DayCurrencyTotals
{
    QString currency;
    Money captured;
    Money refunded;
    Money voided;
    qint64 captures = 0;
    qint64 refunds = 0;
    qint64 voids = 0;

    Money net() const { return Money(captured.minorUnits() - refunded.minorUnits(), currency); }
};

// The settlement report (Z report) of one day in the shop's time zone. It covers [from, to):
// the day from its midnight, or from the moment the day before was closed when that was before
// midnight, to the next midnight, or to the moment it was closed when that came first. A closed
// report is the frozen copy written at the close; an open one is read afresh.
struct DayReport
{
    QDate day;
    QString timeZone; // IANA id
    QDateTime from;
    QDateTime to;
    QList<DayCurrencyTotals> currencies; // in currency order, only those with movements
    QList<DayMovement> movements;        // in time order

    int number = 0; // the Z number once closed, 0 while open
    QDateTime closedAt;
    QString closedBy;

    bool isClosed() const { return number > 0; }
    QString numberText() const; // "Z-0001", empty while open

    QJsonObject toJson() const;
    static Result<DayReport> fromJson(const QJsonObject &json);
};

// Reads settlement reports: sums money movements into the report of a day, or reads a closed
// day's frozen copy. Money moves on the day PayDesk wrote the movement down (a capture, a void, a
// refund, also one made in LINE Pay's merchant center and found later). Needs only reading.
class DayReports
{
public:
    DayReports(const Database &database, QTimeZone zone);

    // The report of `day`: the frozen copy when the day is closed, else read afresh.
    Result<DayReport> report(QDate day) const;
    // Every closed day, newest first, without their movements.
    Result<QList<DayReport>> closedDays() const;

    // Per day from `first` to `last`: captured and refunded in `currency` (for the chart).
    struct DaySums
    {
        QDate day;
        qint64 capturedMinor = 0;
        qint64 refundedMinor = 0;
    };
    Result<QList<DaySums>> dailySums(QDate first, QDate last, const QString &currency) const;
    // The currencies that money moved in from `first` to `last`, in currency order.
    Result<QStringList> currencies(QDate first, QDate last) const;

protected:
    Result<DayReport> readClosed(QDate day) const;
    Result<DayReport> compute(QDate day, const QDateTime &to) const;

    const Database &m_reader;
    QTimeZone m_zone;
};

// Closes days. Closing numbers the report (Z-0001, Z-0002, … without gaps, in the order days are
// closed), stores it as it stands and audits it; a closed day's report is read back from that
// copy and never changes. What is written down after a day was closed (a late refund) lands on
// the day it was written down, never on the closed day: a day that is closed before its midnight
// ends at the close, and the next day's report begins there.
class DayClose : public DayReports
{
public:
    DayClose(Database &database, QTimeZone zone) : DayReports(database, std::move(zone)), m_db(database) {}

    // Closes `day` at `now` for `actor`. Refused when the day has not begun, or is closed
    // already (Error::Kind::Conflict, naming its number).
    Result<DayReport> close(QDate day, const QDateTime &now, const QString &actor);

private:
    Database &m_db;
};

} // namespace PayDesk::Storage
