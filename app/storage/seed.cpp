#include "app/storage/seed.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>

#include "app/domain/money.h"
#include "app/storage/audittrail.h"
#include "app/storage/database.h"
#include "app/storage/ordertotals.h"

namespace PayDesk::Storage {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PayDesk::Storage)
};

// Customers are made of a family and a given name (a Thai customer goes by "คุณ" and a given
// name), so that some names are common and a whole name is rare.
const char *const kChineseFamily[] = {"陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭"};
const char *const kChineseGiven[] = {"美玲", "志明", "佳穎", "雅婷", "建宏", "淑芬", "俊傑", "怡君",
                                     "家豪", "詩涵", "小姐", "先生", "宗翰", "雅雯", "冠宇"};
const char *const kThaiGiven[] = {"สมชาย", "สมหญิง", "วิภา",  "ธนากร",  "นภัส", "ปิยะ",    "กมล",  "อรุณ",
                                  "ศิริพร",  "มาลี",   "ณัฐวุฒิ", "พิมพ์ชนก", "กิตติ", "สุดารัตน์", "วรรณา"};
const char *const kEnglishGiven[] = {"Alex", "Sarah", "John",  "Emily", "David", "Grace",  "Kevin", "Linda",
                                     "Nina", "Peter", "Chloe", "Ryan",  "Mia",   "Daniel", "Olivia"};
const char *const kEnglishFamily[] = {"Wong", "Chen", "Lee",   "Tan",    "Lin",  "Smith",
                                      "Kim",  "Ng",   "Brown", "Garcia", "Park", "Nguyen"};

template <typename List> QByteArray pick(QRandomGenerator &random, const List &list)
{
    return QByteArray(list[random.bounded(int(std::size(list)))]);
}

QByteArray customerName(QRandomGenerator &random)
{
    const int roll = random.bounded(100);
    if (roll < 5)
        return QByteArray("");
    if (roll < 55)
        return pick(random, kChineseFamily) + pick(random, kChineseGiven);
    if (roll < 80)
        return QByteArray("คุณ") + pick(random, kThaiGiven);
    return pick(random, kEnglishGiven) + ' ' + pick(random, kEnglishFamily);
}

const char *const kItems[] = {"珍珠奶茶", "烏龍茶",    "蛋糕",       "拿鐵",          "鳳梨酥",
                              "牛肉麵",   "ชาไทย",     "กาแฟเย็น",    "ข้าวเหนียวมะม่วง", "ผัดไทย",
                              "Latte",    "Green tea", "Cheesecake", "Bubble tea",    "Croissant"};

// A prepared statement bound by position and run once per row.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
    {
        sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement &operator<<(qint64 v)
    {
        sqlite3_bind_int64(m_stmt, ++m_index, v);
        return *this;
    }
    Statement &operator<<(const QByteArray &v)
    {
        if (v.isNull())
            sqlite3_bind_null(m_stmt, ++m_index);
        else
            sqlite3_bind_text(m_stmt, ++m_index, v.constData(), int(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    bool run()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_DONE && m_error.isEmpty())
            m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt))) + QStringLiteral(" (") +
                      QString::fromUtf8(sqlite3_sql(m_stmt)).left(40) + u')';
        sqlite3_reset(m_stmt);
        m_index = 0;
        return rc == SQLITE_DONE;
    }
    // For a query: steps to the next row.
    bool next() { return sqlite3_step(m_stmt) == SQLITE_ROW; }
    QByteArray text(int column) const
    {
        return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)),
                          sqlite3_column_bytes(m_stmt, column));
    }
    static QString &error() { return m_error; }
    bool ok() const { return m_stmt != nullptr; }

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_index = 0;
    static inline QString m_error;
};

QByteArray stamp(const QDateTime &t)
{
    return Database::timestamp(t).toUtf8();
}

} // namespace

Result<SeedCounts> seedDatabase(const QString &path, qint64 orders, quint32 seed, const QDateTime &until)
{
    if (QFileInfo::exists(path))
        return Error{Error::Kind::BadInput, Text::tr("%1 exists; seed writes a new database only.").arg(path)};
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened)
        return opened.error();
    Database &database = **opened;
    auto *db = static_cast<sqlite3 *>(database.sqliteHandle());
    // Rows go in as they are made (items before their order): foreign keys are checked once, at
    // the end, instead of on every row.
    sqlite3_exec(db, "PRAGMA foreign_keys=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; BEGIN", nullptr,
                 nullptr, nullptr);
    // Indexes, the summary and the search index are made once at the end, from all the rows,
    // instead of on every row; the indexes and triggers are put back as they were.
    QList<QByteArray> schema;
    {
        Statement stored(db, "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"
                             " AND sql IS NOT NULL ORDER BY type");
        QList<QByteArray> drops;
        while (stored.next()) {
            drops << "DROP " + stored.text(0) + ' ' + stored.text(1);
            schema << stored.text(2);
        }
        for (const QByteArray &drop : drops)
            sqlite3_exec(db, drop.constData(), nullptr, nullptr, nullptr);
    }
    Statement order(db,
                    "INSERT INTO orders (id, number, created_at, currency, total_minor, customer_name,"
                    " customer_phone, note, items_summary, current_payment_id, state, captured_minor, refunded_minor,"
                    " authorization_expires_at,"
                    " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?)");
    Statement item(db, "INSERT INTO order_items (order_id, position, name, quantity, unit_price_minor)"
                       " VALUES (?, ?, ?, ?, ?)");
    Statement payment(db, "INSERT INTO payments (id, order_id, attempt, line_order_id, transaction_id, state,"
                          " authorize_only, currency, amount_minor, captured_minor, refunded_minor,"
                          " authorization_expires_at, payment_url, last_return_code, last_return_message, created_at,"
                          " updated_at, version, captured_at)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '0000', 'Success.', ?, ?, 1, ?)");
    Statement refund(db, "INSERT INTO refunds (payment_id, refund_transaction_id, amount_minor, reason, created_at,"
                         " actor) VALUES (?, ?, ?, ?, ?, 'owner')");
    Statement audit(db, "INSERT INTO audit (id, at, actor, order_id, payment_id, action, detail, return_code,"
                        " return_message, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!order.ok() || !item.ok() || !payment.ok() || !refund.ok() || !audit.ok())
        return storageError(QString::fromUtf8(sqlite3_errmsg(db)));

    QRandomGenerator random(seed);
    SeedCounts counts;
    QByteArray previous(64, '0');
    const QDateTime start = until.addYears(-3);
    const qint64 span = start.secsTo(until);
    qint64 paymentId = 0;
    qint64 transactionId = 4000000000000000000;
    qint64 refundId = 7000000000000000000;
    bool failed = false;
    const auto addAudit = [&](const QDateTime &at, const QByteArray &actor, qint64 orderId, qint64 payId,
                              const QByteArray &action, const QByteArray &detail, const QByteArray &code,
                              const QByteArray &message) {
        const qint64 id = ++counts.auditEntries;
        const QByteArray when = stamp(at);
        const QByteArray hash = auditEntryHash(
            previous, {id, QString::fromUtf8(when), QString::fromUtf8(actor), orderId, payId, QString::fromUtf8(action),
                       QString::fromUtf8(detail), code.isNull() ? QVariant() : QVariant(QString::fromUtf8(code)),
                       message.isNull() ? QVariant() : QVariant(QString::fromUtf8(message))});
        audit << id << when << actor << orderId << payId << action << detail << code << message << previous << hash;
        failed |= !audit.run();
        previous = hash;
    };
    for (qint64 n = 1; n <= orders && !failed; ++n) {
        const QDateTime created = start.addSecs(span * n / (orders + 1) + random.bounded(60));
        const int pick = random.bounded(100);
        const QString currency = pick < 70   ? QStringLiteral("TWD")
                                 : pick < 95 ? QStringLiteral("THB")
                                             : QStringLiteral("USD");
        const int exp = Money::exponent(currency);
        const int lines = 1 + random.bounded(5);
        qint64 total = 0;
        QStringList summary;
        for (int p = 0; p < lines; ++p) {
            const QByteArray name = kItems[random.bounded(int(std::size(kItems)))];
            const qint64 quantity = 1 + random.bounded(p == 0 ? 3 : 2);
            const qint64 price = exp == 0 ? 35 + random.bounded(316) : 300 + random.bounded(4200);
            item << n << p << name << quantity << price;
            failed |= !item.run();
            total += quantity * price;
            summary << (quantity == 1 ? QString::fromUtf8(name)
                                      : QStringLiteral("%1 × %2").arg(quantity).arg(QString::fromUtf8(name)));
            ++counts.items;
        }
        const QByteArray number = QStringLiteral("PD-%1").arg(n, 6, 10, QLatin1Char('0')).toUtf8();
        const QByteArray customer = customerName(random);
        // The state of the last attempt, in a shop's shares; recent orders may still wait.
        const int roll = random.bounded(1000);
        const bool recent = n > orders - 20;
        const char *state = roll < 700   ? "CAPTURED"
                            : roll < 740 ? "PARTIALLY_REFUNDED"
                            : roll < 790 ? "REFUNDED"
                            : roll < 810 ? "AUTHORIZED"
                            : roll < 820 ? "VOIDED"
                            : roll < 880 ? "CANCELLED"
                            : roll < 930 ? "EXPIRED"
                            : roll < 950 ? "FAILED"
                            : roll < 952 ? "IN_DOUBT"
                            : recent     ? "REQUESTED"
                                         : "CAPTURED";
        const bool authorizeOnly = qstrcmp(state, "AUTHORIZED") == 0 || qstrcmp(state, "VOIDED") == 0;
        const int attempts = random.bounded(100) < 4 ? 2 : 1;
        addAudit(created, "owner", n, 0, "create", summary.join(QStringLiteral(", ")).toUtf8(), QByteArray(),
                 QByteArray());
        qint64 refunded = 0;
        qint64 captured = 0;
        QByteArray expires;
        QDateTime updated = created;
        for (int attempt = 1; attempt <= attempts && !failed; ++attempt) {
            const bool last = attempt == attempts;
            const QByteArray attemptState = last ? QByteArray(state) : QByteArray("CANCELLED");
            const bool paid =
                attemptState == "CAPTURED" || attemptState == "PARTIALLY_REFUNDED" || attemptState == "REFUNDED";
            const QDateTime requested = created.addSecs(attempt * 20);
            const QDateTime done = requested.addSecs(30 + random.bounded(240));
            qint64 refundedHere = 0;
            ++paymentId;
            ++counts.payments;
            transactionId += 1 + random.bounded(1000);
            const QByteArray lineOrderId = number + '-' + QByteArray::number(attempt);
            addAudit(requested, "owner", n, paymentId, "request", "sent to LINE Pay", "0000", "Success.");
            if (paid)
                addAudit(done, "owner", n, paymentId, "confirm", "captured", "0000", "Success.");
            if (attemptState == "PARTIALLY_REFUNDED" || attemptState == "REFUNDED") {
                const int pieces = attemptState == "REFUNDED" ? 1 : 1 + random.bounded(2);
                for (int r = 0; r < pieces; ++r) {
                    const qint64 amount = attemptState == "REFUNDED" ? total : qMax<qint64>(1, total / (3 + r));
                    const QDateTime when = done.addSecs(3600 + random.bounded(30 * 86400));
                    refund << paymentId << ++refundId << amount << QByteArray("customer changed their mind")
                           << stamp(when);
                    failed |= !refund.run();
                    addAudit(when, "owner", n, paymentId, "refund", "refunded", "0000", "Success.");
                    refundedHere += amount;
                    updated = when;
                    ++counts.refunds;
                }
            }
            if (updated < done)
                updated = done;
            payment << paymentId << n << attempt << lineOrderId << transactionId << attemptState
                    << qint64(authorizeOnly) << currency.toUtf8() << total << (paid ? total : 0) << refundedHere
                    << (authorizeOnly ? stamp(done.addDays(7)) : QByteArray())
                    << QByteArray("https://sandbox-web-pay.line.me/web/payment/wait?transactionReserveId=" +
                                  QByteArray::number(transactionId))
                    << stamp(requested) << stamp(updated) << (paid ? stamp(done) : QByteArray());
            failed |= !payment.run();
            if (last) {
                refunded = refundedHere;
                captured = paid ? total : 0;
                expires = authorizeOnly ? stamp(done.addDays(7)) : QByteArray();
            }
        }
        order << n << number << stamp(created) << currency.toUtf8() << total << customer
              << (customer.isEmpty() ? QByteArray("")
                                     : QByteArray("09") + QByteArray::number(10 + random.bounded(90)) + '-' +
                                           QByteArray::number(100 + random.bounded(900)) + '-' +
                                           QByteArray::number(100 + random.bounded(900)))
              << summary.join(QStringLiteral(", ")).toUtf8() << paymentId << QByteArray(state) << captured << refunded
              << expires << stamp(updated);
        failed |= !order.run();
        ++counts.orders;
    }
    if (failed) {
        const QString problem = Statement::error();
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return storageError(Text::tr("Seeding %1 failed: %2").arg(path, problem));
    }
    bool derived =
        sqlite3_exec(db, "INSERT INTO orders_search (orders_search) VALUES ('rebuild')", nullptr, nullptr, nullptr) ==
            SQLITE_OK &&
        sqlite3_exec(db, QByteArray("INSERT INTO order_totals " + orderTotalsFromOrders().toUtf8()).constData(),
                     nullptr, nullptr, nullptr) == SQLITE_OK &&
        sqlite3_exec(db,
                     "UPDATE payments SET voided_at = updated_at WHERE state = 'VOIDED';"
                     " UPDATE refunds SET recorded_at = created_at",
                     nullptr, nullptr, nullptr) == SQLITE_OK;
    for (const QByteArray &sql : schema)
        derived = derived && sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!derived) {
        const QString problem = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return storageError(Text::tr("Seeding %1 failed: %2").arg(path, problem));
    }
    const QByteArray head = "INSERT OR REPLACE INTO schema_meta (key, value) VALUES ('audit_head', '" +
                            QByteArray::number(counts.auditEntries) + ':' + previous + "')";
    if (sqlite3_exec(db, head.constData(), nullptr, nullptr, nullptr) != SQLITE_OK ||
        sqlite3_exec(db, "COMMIT; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; ANALYZE", nullptr, nullptr,
                     nullptr) != SQLITE_OK)
        return storageError(Text::tr("Seeding %1 failed: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db))));
    Result<QSqlQuery> dangling = database.exec(QStringLiteral("PRAGMA foreign_key_check"));
    if (!dangling || dangling->next())
        return storageError(Text::tr("Seeding %1 left rows without their order or payment.").arg(path));
    return counts;
}

} // namespace PayDesk::Storage
