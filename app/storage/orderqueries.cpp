#include "app/storage/orderqueries.h"

#include <sqlite3.h>

#include <QRegularExpression>
#include <QScopeGuard>

namespace PayDesk::Storage {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT o.id, o.number, o.created_at, o.customer_name, o.items_summary, o.currency, o.total_minor, o.state,"
    " o.refunded_minor, o.updated_at, p.id, p.line_order_id, p.transaction_id, p.captured_minor,"
    " p.payment_url, p.last_return_code, p.last_return_message, p.busy_operation, b.owner_host, b.owner_pid,"
    " b.owner_start, b.owner_token, b.owner_program, b.deadline_at, p.created_at"
    " FROM orders o LEFT JOIN payments p ON p.id = o.current_payment_id"
    " LEFT JOIN operations b ON b.id = p.busy_operation");
// Counts and sums are answered from orders (which carry their current payment's state, amounts
// and authorization expiry), most from the order_totals summary.
const QString kFromOrders = QStringLiteral(" FROM orders o");

// A term of at least this many characters is looked up as a phrase of trigrams; a shorter one by
// the trigrams that begin with it.
constexpr qsizetype kShortestIndexedTerm = 3;

// How long a page of a search may walk the orders in the view's order before the index is asked.
constexpr int kWalkMs = 10;
// How long the index may take to count a term's matches before the term is taken as common, and
// how few matches are sorted at once rather than looked for by walking the orders.
constexpr int kQuickCountMs = 2;
constexpr qint64 kSortAtOnceMatches = 5000;

// Whether count and net paid can come from the order_totals summary.
bool answeredBySummary(const OrderFilter &filter)
{
    return !filter.needsAction && !filter.authorizationExpiredBy.isValid() && filter.search.trimmed().isEmpty() &&
           filter.afterId == 0;
}

QString sortColumn(OrderSort sort)
{
    switch (sort) {
    case OrderSort::Number:
        return QStringLiteral("o.id");
    case OrderSort::Created:
        return QStringLiteral("o.created_at");
    case OrderSort::Customer:
        return QStringLiteral("o.customer_name");
    case OrderSort::Items:
        return QStringLiteral("o.items_summary");
    case OrderSort::Amount:
        return QStringLiteral("o.total_minor");
    case OrderSort::Currency:
        return QStringLiteral("o.currency");
    case OrderSort::State:
        return QStringLiteral("o.state");
    case OrderSort::Refunded:
        return QStringLiteral("o.refunded_minor");
    case OrderSort::Updated:
        return QStringLiteral("o.updated_at");
    }
    return QStringLiteral("o.id");
}

// How a search term is looked up (OrderQueries::lookUp).
struct SearchTerm
{
    enum class Kind
    {
        None,
        OrderNumber,
        LineOrderId,
        TransactionId,
        Text,
    };
    Kind kind = Kind::None;
    QString value;
    QString match;                 // the full-text query; empty when no indexed text holds the term
    qint64 number = 0;             // the term as a transactionId, when it is a number
    bool walkSortedOrders = false; // many orders match: walk them in the view's order and keep those found
    QString like;                  // for a short term: a LIKE pattern that finds what the index finds
};

QStringList conditions(const OrderFilter &filter, const SearchTerm &search, QVariantList &values)
{
    QStringList conditions;
    if (filter.state) {
        conditions << QStringLiteral("o.state = ?");
        values << stateName(*filter.state);
    }
    if (filter.needsAction) {
        // Two index ranges: the states that need action, and authorizations expiring soon.
        conditions << QStringLiteral("(o.state IN ('AUTHENTICATED', 'IN_DOUBT') OR (o.state = 'AUTHORIZED' AND"
                                     " o.authorization_expires_at < ?))");
        values << Database::timestamp(
            (filter.now.isValid() ? filter.now : QDateTime::currentDateTimeUtc()).addSecs(24 * 3600));
    }
    if (filter.authorizationExpiredBy.isValid()) {
        conditions << QStringLiteral("o.state = 'AUTHORIZED' AND o.authorization_expires_at < ?");
        values << Database::timestamp(filter.authorizationExpiredBy);
        if (filter.authorizationExpiresAfter.isValid()) {
            conditions << QStringLiteral("o.authorization_expires_at > ?");
            values << Database::timestamp(filter.authorizationExpiresAfter);
        }
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("o.created_at >= ?");
        values << Database::timestamp(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("o.created_at < ?");
        values << Database::timestamp(filter.to);
    }
    switch (search.kind) {
    case SearchTerm::Kind::None:
        break;
    case SearchTerm::Kind::OrderNumber:
        conditions << QStringLiteral("o.number = ?");
        values << search.value;
        break;
    case SearchTerm::Kind::LineOrderId:
        conditions << QStringLiteral("o.id IN (SELECT order_id FROM payments WHERE line_order_id = ?)");
        values << search.value;
        break;
    case SearchTerm::Kind::TransactionId:
        conditions << QStringLiteral("o.id IN (SELECT order_id FROM payments WHERE transaction_id = ?)");
        values << search.number;
        break;
    case SearchTerm::Kind::Text: {
        QStringList found;
        if (!search.like.isEmpty()) {
            found << QStringLiteral("o.number LIKE ? ESCAPE '\\' OR o.customer_name LIKE ? ESCAPE '\\'"
                                    " OR o.customer_phone LIKE ? ESCAPE '\\' OR o.items_summary LIKE ? ESCAPE '\\'");
            values << search.like << search.like << search.like << search.like;
        } else if (!search.match.isEmpty()) {
            // "+" keeps SQLite from driving the query from the matches when there are many: it
            // walks the view's sort index instead and stops once the page is full.
            found << (search.walkSortedOrders ? QStringLiteral("+o.id") : QStringLiteral("o.id")) +
                         QStringLiteral(" IN (SELECT rowid FROM orders_search WHERE orders_search MATCH ?)");
            values << search.match;
        }
        if (search.number > 0) {
            found << QStringLiteral("o.id IN (SELECT order_id FROM payments WHERE transaction_id = ?)");
            values << search.number;
        }
        conditions << (found.isEmpty() ? QStringLiteral("0") : u'(' + found.join(QStringLiteral(" OR ")) + u')');
        break;
    }
    }
    if (filter.afterId != 0) {
        const QString op = filter.order == Qt::AscendingOrder ? QStringLiteral(" > ") : QStringLiteral(" < ");
        if (filter.sort == OrderSort::Number) {
            conditions << QStringLiteral("o.id") + op + u'?';
            values << filter.afterId;
        } else {
            conditions << u'(' + sortColumn(filter.sort) + QStringLiteral(", o.id)") + op + QStringLiteral("(?, ?)");
            values << filter.afterValue << filter.afterId;
        }
    }
    return conditions;
}

// More matches than this, and a page of them is found by walking the orders in the view's order
// (about limit × orders / matches rows) rather than by reading and sorting every match.
constexpr qint64 kWalkAboveMatches = 20000;

QString quoted(QString text)
{
    text.replace(u'"', QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

// What kind of term the search box holds: a whole order number, LINE Pay orderId or
// transactionId, or any other text (which may be a transactionId typed in part).
SearchTerm classify(const QString &typed)
{
    SearchTerm term;
    const QString search = typed.trimmed();
    if (search.isEmpty())
        return term;
    static const QRegularExpression orderNumber(QStringLiteral("^PD-\\d{6,}$"));
    static const QRegularExpression lineOrderId(QStringLiteral("^PD-\\d{6,}-\\d+$"));
    static const QRegularExpression transactionId(QStringLiteral("^\\d{15,19}$"));
    term.value = search;
    if (orderNumber.match(search).hasMatch()) {
        term.kind = SearchTerm::Kind::OrderNumber;
    } else if (lineOrderId.match(search).hasMatch()) {
        term.kind = SearchTerm::Kind::LineOrderId;
    } else if (transactionId.match(search).hasMatch()) {
        term.kind = SearchTerm::Kind::TransactionId;
        term.number = search.toLongLong();
    } else {
        term.kind = SearchTerm::Kind::Text;
        bool isNumber = false;
        const qint64 number = search.toLongLong(&isNumber);
        term.number = isNumber && number > 0 ? number : 0;
    }
    return term;
}

// How many orders the full-text query `match` finds; -1 when it could not be counted.
qint64 countMatches(const Database &db, const QString &match)
{
    Result<QSqlQuery> q =
        db.exec(QStringLiteral("SELECT COUNT(*) FROM orders_search WHERE orders_search MATCH ?"), {match});
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

// How to look up any other text: by the trigram index of numbers, names, phones and items, a term
// of three characters or more as one phrase, a shorter one as any of the index's trigrams that
// begin with it. For a list, the matches are counted to choose how to read a page of them.

SearchTerm lookUp(const Database &db, const OrderFilter &filter, bool forList)
{
    SearchTerm term = classify(filter.search);
    if (term.kind != SearchTerm::Kind::Text)
        return term;
    const QString folded = term.value.toLower();
    if (folded.toUcs4().size() >= kShortestIndexedTerm) {
        term.match = quoted(folded);
    } else {
        const QString last = QString(QChar::highSurrogate(0x10FFFF)) + QChar::lowSurrogate(0x10FFFF);
        Result<QSqlQuery> q =
            db.exec(QStringLiteral("SELECT term FROM orders_search_terms WHERE term >= ? AND term < ?"),
                    {folded, QString(folded + last)});
        QStringList any;
        while (q && q->next())
            any << quoted(q->value(0).toString());
        term.match = any.join(QStringLiteral(" OR "));
    }
    if (forList && !term.match.isEmpty())
        term.walkSortedOrders = countMatches(db, term.match) > kWalkAboveMatches;
    return term;
}

QString whereClause(const OrderFilter &filter, const SearchTerm &search, QVariantList &values)
{
    const QStringList all = conditions(filter, search, values);
    return all.isEmpty() ? QString() : QStringLiteral(" WHERE ") + all.join(QStringLiteral(" AND "));
}

QString orderBy(const OrderFilter &filter)
{
    const QString direction = filter.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    if (filter.sort == OrderSort::Number)
        return QStringLiteral(" ORDER BY o.id") + direction;
    // The id breaks ties, so that paging over equal values is stable.
    return QStringLiteral(" ORDER BY ") + sortColumn(filter.sort) + direction + QStringLiteral(", o.id") + direction;
}

QString listTail(const OrderFilter &filter, const SearchTerm &search, QVariantList &values)
{
    QString tail = whereClause(filter, search, values) + orderBy(filter);
    if (filter.limit >= 0) {
        tail += QStringLiteral(" LIMIT ? OFFSET ?");
        values << filter.limit << filter.offset;
    }
    return tail;
}

// When a page of `filter`'s search can first be looked for by walking the orders in the view's
// order: the LIKE term that finds exactly what the trigram index finds. It does when the term
// has no letter outside ASCII that has a case (Chinese and Thai have none), as LIKE folds ASCII
// letters only and the index all letters.
std::optional<SearchTerm> walkingTerm(const OrderFilter &filter)
{
    const QString term = filter.search.trimmed();
    if (filter.limit <= 0 || classify(term).kind != SearchTerm::Kind::Text)
        return std::nullopt;
    for (const QChar c : term) {
        if (c.unicode() >= 0x80 && (c.toLower() != c || c.toUpper() != c))
            return std::nullopt;
    }
    SearchTerm walk = classify(term);
    QString escaped = walk.value;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    walk.like = u'%' + escaped + u'%';
    return walk;
}

QDateTime utcMidnight(const QDateTime &t, bool up)
{
    const QDateTime utc = t.toUTC();
    const QDateTime floor(utc.date(), QTime(0, 0), Qt::UTC);
    return up && floor < utc ? floor.addDays(1) : floor;
}

// Rows of (currency, orders, captured, refunded) whose sums are those of the orders the filter
// matches: whole UTC days from order_totals, and the orders of the partial days at either end of
// the date range (a shop's local day is not a UTC day) from orders by their creation index.
QString summarySource(const OrderFilter &filter, QVariantList &values)
{
    QStringList parts;
    const auto ordersBetween = [&](const QDateTime &from, const QDateTime &to) {
        QString part = QStringLiteral("SELECT currency, 1 AS n, captured_minor AS c, refunded_minor AS r FROM orders"
                                      " WHERE created_at >= ? AND created_at < ?");
        values << Database::timestamp(from) << Database::timestamp(to);
        if (filter.state) {
            part += QStringLiteral(" AND state = ?");
            values << stateName(*filter.state);
        }
        parts << part;
    };
    const QDateTime wholeFrom = filter.from.isValid() ? utcMidnight(filter.from, true) : QDateTime();
    const QDateTime wholeTo = filter.to.isValid() ? utcMidnight(filter.to, false) : QDateTime();
    if (wholeFrom.isValid() && wholeTo.isValid() && wholeFrom >= wholeTo) {
        if (filter.from < filter.to)
            ordersBetween(filter.from, filter.to);
    } else {
        QString part = QStringLiteral(
            "SELECT currency, orders AS n, captured_minor AS c, refunded_minor AS r FROM order_totals WHERE 1");
        if (wholeFrom.isValid()) {
            part += QStringLiteral(" AND day >= ?");
            values << wholeFrom.date().toString(Qt::ISODate);
        }
        if (wholeTo.isValid()) {
            part += QStringLiteral(" AND day < ?");
            values << wholeTo.date().toString(Qt::ISODate);
        }
        if (filter.state) {
            part += QStringLiteral(" AND state = ?");
            values << stateName(*filter.state);
        }
        parts << part;
        if (filter.from.isValid() && filter.from < wholeFrom)
            ordersBetween(filter.from, wholeFrom);
        if (filter.to.isValid() && wholeTo < filter.to)
            ordersBetween(wholeTo, filter.to);
    }
    if (parts.isEmpty())
        return QStringLiteral("SELECT '' AS currency, 0 AS n, 0 AS c, 0 AS r WHERE 0");
    return parts.join(QStringLiteral(" UNION ALL "));
}

} // namespace

void OrderQueries::continueAfter(OrderFilter &filter, const OrderRow &last)
{
    filter.afterId = last.id;
    filter.offset = 0;
    switch (filter.sort) {
    case OrderSort::Number:
        filter.afterValue = last.id;
        break;
    case OrderSort::Created:
        filter.afterValue = Database::timestamp(last.created);
        break;
    case OrderSort::Customer:
        filter.afterValue = last.customerName;
        break;
    case OrderSort::Items:
        filter.afterValue = last.itemsSummary;
        break;
    case OrderSort::Amount:
        filter.afterValue = last.totalMinor;
        break;
    case OrderSort::Currency:
        filter.afterValue = last.currency;
        break;
    case OrderSort::State:
        filter.afterValue = stateName(last.state);
        break;
    case OrderSort::Refunded:
        filter.afterValue = last.refundedMinor;
        break;
    case OrderSort::Updated:
        filter.afterValue = Database::timestamp(last.updated);
        break;
    }
}

QString OrderQueries::countSql(const OrderFilter &filter, QVariantList &values) const
{
    if (answeredBySummary(filter))
        return QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM (") + summarySource(filter, values) + u')';
    return QStringLiteral("SELECT COUNT(*)") + kFromOrders + whereClause(filter, lookUp(m_db, filter, false), values);
}

QString OrderQueries::netPaidSql(const OrderFilter &filter, QVariantList &values) const
{
    if (answeredBySummary(filter))
        return QStringLiteral("SELECT currency, SUM(c - r), SUM(c) FROM (") + summarySource(filter, values) +
               QStringLiteral(") GROUP BY currency ORDER BY currency");
    return QStringLiteral("SELECT o.currency, SUM(o.captured_minor - o.refunded_minor), SUM(o.captured_minor)") +
           kFromOrders + whereClause(filter, lookUp(m_db, filter, false), values) +
           QStringLiteral(" GROUP BY +o.currency ORDER BY +o.currency");
}

Result<QList<OrderRow>> OrderQueries::list(const OrderFilter &filter) const
{
    // Most terms a shop owner types are common enough that a page of them is found fastest by
    // walking the orders in the view's order; that walk gets a moment, then the index answers.
    if (const std::optional<SearchTerm> walk = walkingTerm(filter)) {
        // A term the index counts in a moment, with few matches, is rare: its matches are read and
        // sorted at once. A common one is walked first.
        if (filter.search.trimmed().toUcs4().size() >= kShortestIndexedTerm) {
            SearchTerm indexed = lookUp(m_db, filter, false);
            qint64 matches = -1;
            {
                const TimeBudget quick(m_db, kQuickCountMs);
                matches = countMatches(m_db, indexed.match);
                if (quick.exceeded())
                    matches = -1;
            }
            if (matches >= 0 && matches <= kSortAtOnceMatches) {
                QVariantList values;
                const QString tail = listTail(filter, indexed, values);
                return select(tail, values);
            }
        }
        QVariantList values;
        const QString tail = listTail(filter, *walk, values);
        const TimeBudget budget(m_db, kWalkMs);
        Result<QList<OrderRow>> rows = select(tail, values);
        if (rows || !budget.exceeded())
            return rows;
    }
    QVariantList values;
    const QString tail = listTail(filter, lookUp(m_db, filter, true), values);
    return select(tail, values);
}

QList<std::pair<QString, QVariantList>> OrderQueries::listStatements(const OrderFilter &filter) const
{
    QList<std::pair<QString, QVariantList>> statements;
    if (const std::optional<SearchTerm> walk = walkingTerm(filter)) {
        QVariantList values;
        const QString tail = listTail(filter, *walk, values);
        statements.append({kSelect + tail, values});
    }
    statements.append(statement(filter, Query::List));
    return statements;
}

std::pair<QString, QVariantList> OrderQueries::statement(const OrderFilter &filter, Query query) const
{
    QVariantList values;
    QString sql;
    switch (query) {
    case Query::List:
        sql = kSelect + listTail(filter, lookUp(m_db, filter, true), values);
        break;
    case Query::Count:
        sql = countSql(filter, values);
        break;
    case Query::NetPaid:
        sql = netPaidSql(filter, values);
        break;
    }
    return {sql, values};
}

QString OrderQueries::plan(const OrderFilter &filter, Query query) const
{
    const auto [sql, values] = statement(filter, query);
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql, values);
    if (!q)
        return q.error().message;
    QString text;
    while (q->next())
        text += q->value(3).toString() + u'\n';
    return text;
}

Result<QList<OrderRow>> OrderQueries::byIds(const QList<qint64> &orderIds) const
{
    if (orderIds.isEmpty())
        return QList<OrderRow>();
    QVariantList values;
    values.reserve(orderIds.size());
    for (qint64 id : orderIds)
        values << id;
    QString marks = QStringLiteral("?");
    marks += QStringLiteral(", ?").repeated(orderIds.size() - 1);
    return select(QStringLiteral(" WHERE o.id IN (") + marks + u')', values);
}

Result<OrderRow> OrderQueries::find(qint64 orderId) const
{
    Result<QList<OrderRow>> rows = select(QStringLiteral(" WHERE o.id = ?"), {orderId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return badInput(QStringLiteral("There is no order with id %1.").arg(orderId));
    return rows->first();
}

namespace {

QString text(sqlite3_stmt *statement, int column)
{
    const auto *chars = static_cast<const QChar *>(sqlite3_column_text16(statement, column));
    return chars ? QString(chars, sqlite3_column_bytes16(statement, column) / 2) : QString();
}

OrderRow rowFrom(sqlite3_stmt *s)
{
    OrderRow r;
    r.id = sqlite3_column_int64(s, 0);
    r.number = text(s, 1);
    r.created = Database::fromTimestamp(text(s, 2));
    r.customerName = text(s, 3);
    r.itemsSummary = text(s, 4);
    r.currency = text(s, 5);
    r.totalMinor = sqlite3_column_int64(s, 6);
    r.state = stateFromName(text(s, 7)).value_or(PaymentState::InDoubt);
    r.refundedMinor = sqlite3_column_int64(s, 8);
    r.updated = Database::fromTimestamp(text(s, 9));
    r.paymentId = sqlite3_column_int64(s, 10);
    r.lineOrderId = text(s, 11);
    r.transactionId = sqlite3_column_int64(s, 12);
    r.capturedMinor = sqlite3_column_int64(s, 13);
    r.paymentUrl = text(s, 14);
    r.lastReturnCode = text(s, 15);
    r.lastReturnMessage = text(s, 16);
    r.busyOperation = sqlite3_column_int64(s, 17);
    r.busyOwner.host = text(s, 18);
    r.busyOwner.pid = sqlite3_column_int64(s, 19);
    r.busyOwner.processStart = text(s, 20);
    r.busyOwner.token = text(s, 21);
    r.busyOwner.program = text(s, 22);
    r.busyDeadline = Database::fromTimestamp(text(s, 23));
    r.paymentCreated = Database::fromTimestamp(text(s, 24));
    return r;
}

} // namespace

// Rows are read through SQLite's own interface: a page of orders is read far oftener than
// anything else, and without a QVariant per cell.
Status OrderQueries::read(const QString &tail, const QVariantList &values,
                          const std::function<bool(const OrderRow &)> &row) const
{
    auto *db = static_cast<sqlite3 *>(m_db.sqliteHandle());
    if (!db)
        return storageError(QStringLiteral("The database is not open."));
    const QString sql = kSelect + tail;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare16_v2(db, sql.utf16(), int(sql.size() * 2), &statement, nullptr) != SQLITE_OK)
        return storageError(QString::fromUtf8(sqlite3_errmsg(db)));
    const auto finalize = qScopeGuard([statement] { sqlite3_finalize(statement); });
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const int at = i + 1;
        if (v.isNull()) {
            sqlite3_bind_null(statement, at);
        } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
            sqlite3_bind_int64(statement, at, v.toLongLong());
        } else {
            const QString bound = v.toString();
            sqlite3_bind_text16(statement, at, bound.utf16(), int(bound.size() * 2), SQLITE_TRANSIENT);
        }
    }
    int code = SQLITE_OK;
    while ((code = sqlite3_step(statement)) == SQLITE_ROW) {
        if (!row(rowFrom(statement)))
            return Done{};
    }
    if (code != SQLITE_DONE) {
        const bool busy = code == SQLITE_BUSY || code == SQLITE_LOCKED;
        return Error{busy ? Error::Kind::Busy : Error::Kind::Storage, QString::fromUtf8(sqlite3_errmsg(db))};
    }
    return Done{};
}

Result<QList<OrderRow>> OrderQueries::select(const QString &tail, const QVariantList &values) const
{
    QList<OrderRow> rows;
    const Status status = read(tail, values, [&rows](const OrderRow &r) {
        rows << r;
        return true;
    });
    if (!status)
        return status.error();
    return rows;
}

Status OrderQueries::forEach(const OrderFilter &filter, const std::function<bool(const OrderRow &)> &row) const
{
    QVariantList values;
    const QString tail = listTail(filter, lookUp(m_db, filter, true), values);
    return read(tail, values, row);
}

Result<qint64> OrderQueries::count(const OrderFilter &filter) const
{
    QVariantList values;
    Result<QSqlQuery> q = m_db.exec(countSql(filter, values), values);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<QList<Money>> OrderQueries::netPaid(const OrderFilter &filter) const
{
    QVariantList values;
    Result<QSqlQuery> q = m_db.exec(netPaidSql(filter, values), values);
    if (!q)
        return q.error();
    QList<Money> list;
    while (q->next()) {
        if (q->value(2).toLongLong() != 0)
            list << Money(q->value(1).toLongLong(), q->value(0).toString());
    }
    return list;
}

} // namespace PayDesk::Storage
