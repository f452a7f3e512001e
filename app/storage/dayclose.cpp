#include "app/storage/dayclose.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include "app/storage/audittrail.h"
#include "app/storage/takings.h"

namespace PayDesk::Storage {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PayDesk::Storage)
};

// Each part reads by the index on its time column.
const QString kMovements = QStringLiteral(
    "SELECT 0, p.captured_at, o.id, o.number, p.id, p.transaction_id, p.currency, p.captured_minor, ''"
    " FROM payments p JOIN orders o ON o.id = p.order_id WHERE p.captured_at >= ? AND p.captured_at < ?"
    " UNION ALL"
    " SELECT 1, r.recorded_at, o.id, o.number, p.id, p.transaction_id, p.currency, r.amount_minor, r.actor"
    " FROM refunds r JOIN payments p ON p.id = r.payment_id JOIN orders o ON o.id = p.order_id"
    " WHERE r.recorded_at >= ? AND r.recorded_at < ?"
    " UNION ALL"
    " SELECT 2, p.voided_at, o.id, o.number, p.id, p.transaction_id, p.currency, p.amount_minor, ''"
    " FROM payments p JOIN orders o ON o.id = p.order_id WHERE p.voided_at >= ? AND p.voided_at < ?"
    " ORDER BY 2, 1, 5");

const QString kClosedColumns = QStringLiteral(
    "SELECT number, day, time_zone, period_from, period_to, closed_at, closed_by, report FROM day_closes");

QString dayText(QDate day)
{
    return day.toString(Qt::ISODate);
}

QString decimal(const Money &money)
{
    return money.toDecimalString();
}

Result<Money> readAmount(const QJsonObject &json, QStringView key, const QString &currency)
{
    Result<Money> money = Money::parse(json.value(key).toString(), currency);
    if (!money)
        return storageError(Text::tr("The stored day report has an unreadable amount."));
    return money;
}

} // namespace

QString dayMovementKindName(DayMovement::Kind kind)
{
    switch (kind) {
    case DayMovement::Kind::Capture:
        return QStringLiteral("capture");
    case DayMovement::Kind::Refund:
        return QStringLiteral("refund");
    case DayMovement::Kind::Void:
        return QStringLiteral("void");
    }
    return {};
}

QString DayReport::numberText() const
{
    if (number <= 0)
        return {};
    return QStringLiteral("Z-%1").arg(number, 4, 10, QLatin1Char('0'));
}

QJsonObject DayReport::toJson() const
{
    QJsonArray totals;
    for (const DayCurrencyTotals &t : currencies) {
        totals.append(QJsonObject{
            {QStringLiteral("currency"), t.currency},
            {QStringLiteral("captured"), decimal(t.captured)},
            {QStringLiteral("captures"), t.captures},
            {QStringLiteral("refunded"), decimal(t.refunded)},
            {QStringLiteral("refunds"), t.refunds},
            {QStringLiteral("voided"), decimal(t.voided)},
            {QStringLiteral("voids"), t.voids},
            {QStringLiteral("net"), decimal(t.net())},
        });
    }
    QJsonArray list;
    for (const DayMovement &m : movements) {
        list.append(QJsonObject{
            {QStringLiteral("kind"), dayMovementKindName(m.kind)},
            {QStringLiteral("at"), Database::timestamp(m.at)},
            {QStringLiteral("orderId"), m.orderId},
            {QStringLiteral("order"), m.orderNumber},
            {QStringLiteral("paymentId"), m.paymentId},
            // 19 digits do not fit a JSON number's double.
            {QStringLiteral("transactionId"), m.transactionId ? QString::number(m.transactionId) : QString()},
            {QStringLiteral("currency"), m.amount.currency()},
            {QStringLiteral("amount"), decimal(m.amount)},
            {QStringLiteral("actor"), m.actor},
        });
    }
    QJsonObject json{
        {QStringLiteral("day"), dayText(day)},
        {QStringLiteral("timeZone"), timeZone},
        {QStringLiteral("from"), Database::timestamp(from)},
        {QStringLiteral("to"), Database::timestamp(to)},
        {QStringLiteral("closed"), isClosed()},
        {QStringLiteral("currencies"), totals},
        {QStringLiteral("movements"), list},
    };
    if (isClosed()) {
        json.insert(QStringLiteral("number"), numberText());
        json.insert(QStringLiteral("closedAt"), Database::timestamp(closedAt));
        json.insert(QStringLiteral("closedBy"), closedBy);
    }
    return json;
}

Result<DayReport> DayReport::fromJson(const QJsonObject &json)
{
    DayReport r;
    r.day = QDate::fromString(json.value(u"day").toString(), Qt::ISODate);
    r.timeZone = json.value(u"timeZone").toString();
    r.from = Database::fromTimestamp(json.value(u"from").toString());
    r.to = Database::fromTimestamp(json.value(u"to").toString());
    if (!r.day.isValid() || !r.from.isValid() || !r.to.isValid())
        return storageError(Text::tr("The stored day report is damaged."));
    for (const QJsonValue &value : json.value(u"currencies").toArray()) {
        const QJsonObject t = value.toObject();
        DayCurrencyTotals totals;
        totals.currency = t.value(u"currency").toString();
        if (!Money::isSupportedCurrency(totals.currency))
            return storageError(Text::tr("The stored day report is damaged."));
        for (auto [key, money] : {std::pair{u"captured", &totals.captured}, std::pair{u"refunded", &totals.refunded},
                                  std::pair{u"voided", &totals.voided}}) {
            Result<Money> amount = readAmount(t, key, totals.currency);
            if (!amount)
                return amount.error();
            *money = *amount;
        }
        totals.captures = t.value(u"captures").toInteger();
        totals.refunds = t.value(u"refunds").toInteger();
        totals.voids = t.value(u"voids").toInteger();
        r.currencies << totals;
    }
    for (const QJsonValue &value : json.value(u"movements").toArray()) {
        const QJsonObject m = value.toObject();
        DayMovement movement;
        const QString kind = m.value(u"kind").toString();
        movement.kind = kind == u"refund" ? DayMovement::Kind::Refund
                        : kind == u"void" ? DayMovement::Kind::Void
                                          : DayMovement::Kind::Capture;
        movement.at = Database::fromTimestamp(m.value(u"at").toString());
        movement.orderId = m.value(u"orderId").toInteger();
        movement.orderNumber = m.value(u"order").toString();
        movement.paymentId = m.value(u"paymentId").toInteger();
        movement.transactionId = m.value(u"transactionId").toString().toLongLong();
        const QString currency = m.value(u"currency").toString();
        if (!Money::isSupportedCurrency(currency))
            return storageError(Text::tr("The stored day report is damaged."));
        Result<Money> amount = readAmount(m, u"amount", currency);
        if (!amount)
            return amount.error();
        movement.amount = *amount;
        movement.actor = m.value(u"actor").toString();
        r.movements << movement;
    }
    if (json.value(u"closed").toBool()) {
        r.number = json.value(u"number").toString().mid(2).toInt();
        r.closedAt = Database::fromTimestamp(json.value(u"closedAt").toString());
        r.closedBy = json.value(u"closedBy").toString();
    }
    return r;
}

DayReports::DayReports(const Database &database, QTimeZone zone) : m_reader(database), m_zone(std::move(zone))
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::systemTimeZone();
}

Result<DayReport> DayReports::readClosed(QDate day) const
{
    Result<QSqlQuery> q = m_reader.exec(kClosedColumns + QStringLiteral(" WHERE day = ?"), {dayText(day)});
    if (!q)
        return q.error();
    if (!q->next())
        return DayReport{};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(q->value(7).toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return storageError(Text::tr("The stored report of %1 is damaged.").arg(dayText(day)));
    Result<DayReport> report = DayReport::fromJson(doc.object());
    if (!report)
        return report.error();
    // The columns are what the triggers keep; the copy is what was printed.
    report->number = q->value(0).toInt();
    report->closedAt = Database::fromTimestamp(q->value(5));
    report->closedBy = q->value(6).toString();
    return report;
}

Result<DayReport> DayReports::compute(QDate day, const QDateTime &to) const
{
    DayReport r;
    r.day = day;
    r.timeZone = QString::fromUtf8(m_zone.id());
    r.from = day.startOfDay(m_zone).toUTC();
    r.to = to.toUTC();
    // What came after the day before was closed belongs here, so that nothing falls between.
    Result<DayReport> before = readClosed(day.addDays(-1));
    if (!before)
        return before.error();
    if (before->isClosed() && before->to < r.from)
        r.from = before->to;

    const QString from = Database::timestamp(r.from);
    const QString until = Database::timestamp(r.to);
    Result<QSqlQuery> q = m_reader.exec(kMovements, {from, until, from, until, from, until});
    if (!q)
        return q.error();
    QMap<QString, DayCurrencyTotals> totals;
    while (q->next()) {
        DayMovement m;
        m.kind = DayMovement::Kind(q->value(0).toInt());
        m.at = Database::fromTimestamp(q->value(1));
        m.orderId = q->value(2).toLongLong();
        m.orderNumber = q->value(3).toString();
        m.paymentId = q->value(4).toLongLong();
        m.transactionId = q->value(5).toLongLong();
        const QString currency = q->value(6).toString();
        m.amount = Money(q->value(7).toLongLong(), currency);
        m.actor = q->value(8).toString();

        DayCurrencyTotals &t = totals[currency];
        if (t.currency.isEmpty()) {
            t.currency = currency;
            t.captured = t.refunded = t.voided = Money(0, currency);
        }
        Money *sum = m.kind == DayMovement::Kind::Capture  ? &t.captured
                     : m.kind == DayMovement::Kind::Refund ? &t.refunded
                                                           : &t.voided;
        Result<Money> added = add(*sum, m.amount);
        if (!added)
            return added.error();
        *sum = *added;
        ++(m.kind == DayMovement::Kind::Capture  ? t.captures
           : m.kind == DayMovement::Kind::Refund ? t.refunds
                                                 : t.voids);
        r.movements << m;
    }
    r.currencies = totals.values();
    return r;
}

Result<DayReport> DayReports::report(QDate day) const
{
    if (!day.isValid())
        return badInput(Text::tr("Give the day as YYYY-MM-DD."));
    Result<DayReport> closed = readClosed(day);
    if (!closed || closed->isClosed())
        return closed;
    return compute(day, day.addDays(1).startOfDay(m_zone));
}

Result<QStringList> DayReports::currencies(QDate first, QDate last) const
{
    const Result<QList<CurrencyTakings>> takings =
        Takings(m_reader).between(first.startOfDay(m_zone), last.addDays(1).startOfDay(m_zone));
    if (!takings)
        return takings.error();
    QStringList list;
    for (const CurrencyTakings &t : *takings)
        list << t.currency;
    return list;
}

Result<DayReport> DayClose::close(QDate day, const QDateTime &now, const QString &actor)
{
    if (!day.isValid())
        return badInput(Text::tr("Give the day as YYYY-MM-DD."));
    if (day.startOfDay(m_zone) > now)
        return badInput(Text::tr("%1 has not begun yet; only a day that has begun can be closed.")
                            .arg(QLocale().toString(day, QLocale::ShortFormat)));
    DayReport report;
    const Status written = m_db.transaction([&]() -> Status {
        Result<DayReport> closed = readClosed(day);
        if (!closed)
            return closed.error();
        if (closed->isClosed())
            return Error{Error::Kind::Conflict,
                         Text::tr("%1 was closed already as %2; its report can be printed again, not changed.")
                             .arg(QLocale().toString(day, QLocale::ShortFormat), closed->numberText())};
        const QDateTime end = day.addDays(1).startOfDay(m_zone);
        Result<DayReport> computed = compute(day, std::min(end, now.toUTC()));
        if (!computed)
            return computed.error();
        report = *computed;
        Result<QSqlQuery> next = m_db.exec(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM day_closes"));
        if (!next)
            return next.error();
        next->next();
        report.number = next->value(0).toInt();
        report.closedAt = now.toUTC();
        report.closedBy = actor;
        const QByteArray text = QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact);
        Result<QSqlQuery> insert = m_db.exec(
            QStringLiteral("INSERT INTO day_closes (number, day, time_zone, period_from, period_to, closed_at,"
                           " closed_by, report, report_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {report.number, dayText(day), report.timeZone, Database::timestamp(report.from),
             Database::timestamp(report.to), Database::timestamp(report.closedAt), actor, QString::fromUtf8(text),
             QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex())});
        if (!insert)
            return insert.error();
        QStringList sums;
        for (const DayCurrencyTotals &t : report.currencies)
            sums << QStringLiteral("%1 net %2").arg(t.currency, t.net().toDecimalString());
        AuditEntry entry;
        entry.at = now;
        entry.actor = actor;
        entry.action = QStringLiteral("close-day");
        entry.detail =
            QStringLiteral("%1 %2 %3").arg(report.numberText(), dayText(day), sums.join(QStringLiteral(", ")));
        return AuditTrail(m_db).record(entry);
    });
    if (!written)
        return written.error();
    return report;
}

Result<QList<DayReport>> DayReports::closedDays() const
{
    Result<QSqlQuery> q = m_reader.exec(kClosedColumns + QStringLiteral(" ORDER BY number DESC"));
    if (!q)
        return q.error();
    QList<DayReport> list;
    while (q->next()) {
        DayReport r;
        r.number = q->value(0).toInt();
        r.day = QDate::fromString(q->value(1).toString(), Qt::ISODate);
        r.timeZone = q->value(2).toString();
        r.from = Database::fromTimestamp(q->value(3));
        r.to = Database::fromTimestamp(q->value(4));
        r.closedAt = Database::fromTimestamp(q->value(5));
        r.closedBy = q->value(6).toString();
        list << r;
    }
    return list;
}

Result<QList<DayReports::DaySums>> DayReports::dailySums(QDate first, QDate last, const QString &currency) const
{
    QList<DaySums> list;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        const Result<QList<CurrencyTakings>> takings =
            Takings(m_reader).between(day.startOfDay(m_zone), day.addDays(1).startOfDay(m_zone));
        if (!takings)
            return takings.error();
        DaySums sums{day};
        for (const CurrencyTakings &t : *takings) {
            if (t.currency == currency)
                sums = DaySums{day, t.captured.minorUnits(), t.refunded.minorUnits()};
        }
        list << sums;
    }
    return list;
}

} // namespace PayDesk::Storage
