#include "app/sandbox/ledger.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QUrl>
#include <QUrlQuery>

#include "app/linepay/json.h"

Q_LOGGING_CATEGORY(lcLedger, "paydesk.sandbox.ledger", QtWarningMsg)

namespace PayDesk::Sandbox {

using namespace PayDesk::LinePay;

namespace {

const QList<std::pair<TxState, QString>> &stateNames()
{
    static const QList<std::pair<TxState, QString>> names = {
        {TxState::Requested, QStringLiteral("REQUESTED")},
        {TxState::Authenticated, QStringLiteral("AUTHENTICATED")},
        {TxState::Cancelled, QStringLiteral("CANCELLED")},
        {TxState::ExpiredRequest, QStringLiteral("EXPIRED_REQUEST")},
        {TxState::Failed, QStringLiteral("FAILED")},
        {TxState::Authorized, QStringLiteral("AUTHORIZED")},
        {TxState::Captured, QStringLiteral("CAPTURED")},
        {TxState::Voided, QStringLiteral("VOIDED_AUTHORIZATION")},
        {TxState::ExpiredAuthorization, QStringLiteral("EXPIRED_AUTHORIZATION")},
    };
    return names;
}

std::optional<TxState> stateFromName(const QString &name)
{
    for (const auto &[state, text] : stateNames()) {
        if (text == name)
            return state;
    }
    return std::nullopt;
}

QString randomToken(int length, const char *alphabet)
{
    const int size = int(qstrlen(alphabet));
    QString token;
    for (int i = 0; i < length; ++i)
        token += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(size)]);
    return token;
}

Answer parameterError(const QString &what)
{
    return Answer::error(QStringLiteral("2101"), QStringLiteral("Parameter error: ") + what);
}

Answer amountInfoError(const QString &what)
{
    return Answer::error(QStringLiteral("1124"), QStringLiteral("Amount info error (%1).").arg(what));
}

Answer noSuchTransaction()
{
    return Answer::error(QStringLiteral("1150"), QStringLiteral("Transaction record not found."));
}

// Reads {"amount":N,"currency":"X"} with the sandbox's return codes for each problem.
std::variant<Money, Answer> readAmountBody(const QByteArray &body)
{
    const QJsonDocument doc = parseExact(body);
    if (!doc.isObject())
        return Answer::error(QStringLiteral("2102"), QStringLiteral("Invalid JSON format."));
    const QString currency = doc.object().value(u"currency").toString();
    if (currency.isEmpty() || !doc.object().value(u"amount").isString())
        return parameterError(QStringLiteral("amount and currency are required"));
    if (!Money::isSupportedCurrency(currency))
        return Answer::error(QStringLiteral("1178"), QStringLiteral("Currency not supported."));
    Result<Money> amount = decodeAmountBody(body);
    if (!amount)
        return Answer::error(QStringLiteral("1124"), QStringLiteral("Amount info error (scale)."));
    return *amount;
}

QString describe(const PaymentRequest &request)
{
    QStringList names;
    for (const Package &p : request.packages) {
        for (const Product &product : p.products)
            names << product.name;
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

QString txStateName(TxState state)
{
    for (const auto &[s, text] : stateNames()) {
        if (s == state)
            return text;
    }
    return {};
}

Money Transaction::refunded() const
{
    qint64 sum = 0;
    for (const RefundEntry &r : refunds)
        sum += r.amount.minorUnits();
    return Money(sum, request.amount.currency());
}

bool Transaction::isListed() const
{
    return state == TxState::Authorized || state == TxState::Captured || state == TxState::Voided ||
           state == TxState::ExpiredAuthorization;
}

qint64 Ledger::newId() const
{
    // 19 digits, above 2^62, so that any client that maps ids to double breaks visibly.
    for (;;) {
        const qint64 id = qint64(
            QRandomGenerator::global()->bounded(quint64(4700000000000000000ULL), quint64(9200000000000000000ULL)));
        if (!m_transactions.contains(id) && !m_refundToPayment.contains(id))
            return id;
    }
}

void Ledger::applyTime(Transaction &tx, const QDateTime &now) const
{
    if ((tx.state == TxState::Requested || tx.state == TxState::Authenticated) &&
        tx.requestedAt.addSecs(m_settings.requestWindowSeconds) < now)
        tx.state = TxState::ExpiredRequest;
    if (tx.state == TxState::Authorized && tx.authorizationExpiresAt < now)
        tx.state = TxState::ExpiredAuthorization;
}

Transaction *Ledger::find(const QString &channelId, qint64 transactionId, const QDateTime &now)
{
    auto it = m_transactions.find(transactionId);
    if (it == m_transactions.end() || it->channelId != channelId)
        return nullptr;
    applyTime(*it, now);
    return &*it;
}

Answer Ledger::request(const QString &channelId, const QByteArray &body, const QString &baseUrl, const QDateTime &now,
                       bool autoApprove)
{
    const QJsonDocument doc = parseExact(body);
    if (!doc.isObject())
        return Answer::error(QStringLiteral("2102"), QStringLiteral("Invalid JSON format."));
    const QString currency = doc.object().value(u"currency").toString();
    if (currency.isEmpty())
        return parameterError(QStringLiteral("currency"));
    if (!m_settings.currencies.contains(currency))
        return Answer::error(QStringLiteral("1178"), QStringLiteral("Currency not supported."));
    Result<PaymentRequest> decoded = decodePaymentRequest(body);
    if (!decoded)
        return Answer::error(QStringLiteral("1124"), QStringLiteral("Amount info error (scale)."));
    const PaymentRequest &r = *decoded;
    if (r.orderId.isEmpty() || r.orderId.size() > 100)
        return parameterError(QStringLiteral("orderId"));
    if (r.amount.minorUnits() <= 0)
        return Answer::error(QStringLiteral("1183"), QStringLiteral("Amount must be greater than 0."));
    if (r.packages.isEmpty())
        return parameterError(QStringLiteral("packages"));
    // LINE Pay adds the numbers as sent; 64 bits must not wrap a sum into one that matches.
    qint64 sum = 0;
    for (const Package &p : r.packages) {
        if (p.id.isEmpty() || p.products.isEmpty())
            return parameterError(QStringLiteral("packages"));
        qint64 packageSum = 0;
        for (const Product &product : p.products) {
            if (product.name.isEmpty() || product.quantity <= 0)
                return parameterError(QStringLiteral("products"));
            if (product.price.minorUnits() <= 0)
                return amountInfoError(QStringLiteral("price must be greater than 0"));
            qint64 line = 0;
            if (__builtin_mul_overflow(product.price.minorUnits(), product.quantity, &line) ||
                __builtin_add_overflow(packageSum, line, &packageSum))
                return amountInfoError(QStringLiteral("price times quantity too large"));
        }
        if (packageSum != p.amount.minorUnits())
            return parameterError(QStringLiteral("package amount differs from its products"));
        if (__builtin_add_overflow(sum, p.amount.minorUnits(), &sum))
            return amountInfoError(QStringLiteral("package amounts too large"));
    }
    if (sum != r.amount.minorUnits())
        return parameterError(QStringLiteral("amount differs from the packages"));
    const QString type = r.confirmUrlType.isEmpty() ? QStringLiteral("CLIENT") : r.confirmUrlType;
    if (type != u"CLIENT" && type != u"SERVER" && type != u"NONE")
        return parameterError(QStringLiteral("confirmUrlType"));
    if (type != u"NONE" && r.confirmUrl.isEmpty())
        return parameterError(QStringLiteral("confirmUrl"));
    for (const Transaction &tx : std::as_const(m_transactions)) {
        if (tx.channelId == channelId && tx.request.orderId == r.orderId)
            return Answer::error(QStringLiteral("1172"), QStringLiteral("Existing same orderId."));
    }

    Transaction tx;
    tx.id = newId();
    tx.channelId = channelId;
    tx.request = r;
    tx.reserveToken = randomToken(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    tx.accessToken = randomToken(12, "0123456789");
    tx.requestedAt = now;
    tx.state = autoApprove ? TxState::Authenticated : TxState::Requested;
    tx.paid = Money(0, r.amount.currency());
    m_transactions.insert(tx.id, tx);
    m_byToken.insert(tx.reserveToken, tx.id);
    save();
    qCInfo(lcLedger) << "requested" << tx.id << r.orderId;

    RequestInfo info;
    info.transactionId = tx.id;
    info.paymentAccessToken = tx.accessToken;
    info.webUrl = baseUrl + QStringLiteral("/web/payment/wait?transactionReserveId=") + tx.reserveToken;
    info.appUrl = QStringLiteral("line://pay/payment/") + tx.reserveToken;
    return Answer::ok(encodeRequestInfo(info));
}

Answer Ledger::check(const QString &channelId, qint64 transactionId, const QDateTime &now)
{
    Transaction *tx = find(channelId, transactionId, now);
    if (!tx)
        return noSuchTransaction();
    switch (tx->state) {
    case TxState::Requested:
        return Answer::error(QStringLiteral("0000"), QStringLiteral("Not yet authenticated."));
    case TxState::Authenticated:
        return Answer::error(QStringLiteral("0110"), QStringLiteral("Authentication completed."));
    case TxState::Cancelled:
    case TxState::ExpiredRequest:
        return Answer::error(QStringLiteral("0121"), QStringLiteral("Cancelled or timed out."));
    case TxState::Failed:
        return Answer::error(QStringLiteral("0122"), QStringLiteral("Payment failed."));
    default:
        return Answer::error(QStringLiteral("0123"), QStringLiteral("Payment completed."));
    }
}

Answer Ledger::confirm(const QString &channelId, qint64 transactionId, const QByteArray &body, const QDateTime &now)
{
    Transaction *tx = find(channelId, transactionId, now);
    if (!tx)
        return noSuchTransaction();
    const auto amount = readAmountBody(body);
    if (std::holds_alternative<Answer>(amount))
        return std::get<Answer>(amount);
    const Money &money = std::get<Money>(amount);
    switch (tx->state) {
    case TxState::Requested:
        return Answer::error(QStringLiteral("1169"), QStringLiteral("Payment is not yet authenticated by the user."));
    case TxState::Cancelled:
    case TxState::ExpiredRequest:
    case TxState::Failed:
        return Answer::error(QStringLiteral("1180"), QStringLiteral("The payment time limit has passed."));
    case TxState::Authorized:
    case TxState::Captured:
    case TxState::Voided:
    case TxState::ExpiredAuthorization:
        return Answer::error(QStringLiteral("1172"), QStringLiteral("The transaction has already been confirmed."));
    case TxState::Authenticated:
        break;
    }
    if (money != tx->request.amount)
        return Answer::error(QStringLiteral("1153"), QStringLiteral("The amount differs from the requested amount."));
    tx->confirmedAt = now;
    tx->paid = money;
    ConfirmInfo info;
    info.orderId = tx->request.orderId;
    info.transactionId = tx->id;
    if (tx->request.capture) {
        tx->state = TxState::Captured;
    } else {
        tx->state = TxState::Authorized;
        tx->authorizationExpiresAt = now.addSecs(m_settings.authorizationSeconds);
        info.authorizationExpireDate = tx->authorizationExpiresAt;
    }
    info.payInfo = {{QStringLiteral("BALANCE"), money}};
    save();
    return Answer::ok(encodeConfirmInfo(info));
}

Answer Ledger::capture(const QString &channelId, qint64 transactionId, const QByteArray &body, const QDateTime &now)
{
    Transaction *tx = find(channelId, transactionId, now);
    if (!tx)
        return noSuchTransaction();
    const auto amount = readAmountBody(body);
    if (std::holds_alternative<Answer>(amount))
        return std::get<Answer>(amount);
    const Money &money = std::get<Money>(amount);
    if (tx->state == TxState::ExpiredAuthorization)
        return Answer::error(QStringLiteral("1180"), QStringLiteral("The authorization has expired."));
    if (tx->state != TxState::Authorized)
        return Answer::error(QStringLiteral("1179"), QStringLiteral("Cannot be processed in the current state."));
    if (money.currency() != tx->paid.currency())
        return Answer::error(QStringLiteral("1153"),
                             QStringLiteral("The currency differs from the authorized currency."));
    if (money.minorUnits() <= 0)
        return Answer::error(QStringLiteral("1183"), QStringLiteral("Amount must be greater than 0."));
    if (money.minorUnits() > tx->paid.minorUnits())
        return Answer::error(QStringLiteral("1184"), QStringLiteral("Amount is larger than the authorized amount."));
    tx->state = TxState::Captured;
    tx->paid = money;
    save();
    ConfirmInfo info;
    info.orderId = tx->request.orderId;
    info.transactionId = tx->id;
    info.payInfo = {{QStringLiteral("BALANCE"), money}};
    return Answer::ok(encodeConfirmInfo(info));
}

Answer Ledger::voidAuthorization(const QString &channelId, qint64 transactionId, const QDateTime &now)
{
    Transaction *tx = find(channelId, transactionId, now);
    if (!tx)
        return noSuchTransaction();
    switch (tx->state) {
    case TxState::Authorized:
        tx->state = TxState::Voided;
        save();
        return Answer::ok();
    case TxState::Voided:
        return Answer::error(QStringLiteral("1165"), QStringLiteral("The transaction has already been voided."));
    case TxState::Captured:
        return Answer::error(QStringLiteral("1155"), QStringLiteral("A captured payment cannot be voided."));
    default:
        return Answer::error(QStringLiteral("1179"), QStringLiteral("Cannot be processed in the current state."));
    }
}

Answer Ledger::refund(const QString &channelId, qint64 transactionId, const QByteArray &body, const QDateTime &now)
{
    Transaction *tx = find(channelId, transactionId, now);
    if (!tx)
        return noSuchTransaction();
    if (tx->state != TxState::Captured)
        return Answer::error(QStringLiteral("1155"), QStringLiteral("The transaction cannot be refunded."));
    const QString currency = tx->paid.currency();
    if (!body.trimmed().isEmpty() && !parseExact(body).isObject())
        return Answer::error(QStringLiteral("2102"), QStringLiteral("Invalid JSON format."));
    Result<std::optional<Money>> requested = decodeRefundBody(body, currency);
    if (!requested)
        return Answer::error(QStringLiteral("1124"), QStringLiteral("Amount info error (scale)."));
    const qint64 remaining = tx->paid.minorUnits() - tx->refunded().minorUnits();
    if (remaining <= 0)
        return Answer::error(QStringLiteral("1165"), QStringLiteral("The transaction has already been refunded."));
    qint64 amount = remaining;
    if (requested->has_value()) {
        amount = (*requested)->minorUnits();
        if (amount <= 0)
            return Answer::error(QStringLiteral("1183"), QStringLiteral("Amount must be greater than 0."));
        if (amount > remaining)
            return Answer::error(QStringLiteral("1164"), QStringLiteral("Exceeded the refundable amount."));
    }
    RefundEntry entry;
    entry.refundTransactionId = newId();
    entry.transactionType =
        requested->has_value() ? QStringLiteral("PARTIAL_REFUND") : QStringLiteral("PAYMENT_REFUND");
    entry.amount = Money(amount, currency);
    entry.date = now;
    tx->refunds << entry;
    m_refundToPayment.insert(entry.refundTransactionId, tx->id);
    save();
    return Answer::ok(encodeRefundInfo(RefundInfo{entry.refundTransactionId, now}));
}

Answer Ledger::details(const QString &channelId, const QByteArray &rawQuery, const QDateTime &now)
{
    Result<DetailsQuery> query = decodeDetailsQuery(rawQuery);
    if (!query)
        return parameterError(query.error().message);
    if (query->transactionIds.isEmpty() && query->orderIds.isEmpty())
        return parameterError(QStringLiteral("transactionId or orderId is required"));
    if (query->transactionIds.size() + query->orderIds.size() > 100)
        return Answer::error(QStringLiteral("1177"), QStringLiteral("The maximum number of transactions is 100."));

    QList<PaymentDetail> found;
    QSet<qint64> seen;
    const auto paymentDetail = [&](const Transaction &tx) {
        PaymentDetail d;
        d.transactionId = tx.id;
        d.transactionDate = tx.confirmedAt;
        d.transactionType = QStringLiteral("PAYMENT");
        switch (tx.state) {
        case TxState::Authorized:
            d.payStatus = QStringLiteral("AUTHORIZATION");
            break;
        case TxState::Voided:
            d.payStatus = QStringLiteral("VOIDED_AUTHORIZATION");
            break;
        case TxState::ExpiredAuthorization:
            d.payStatus = QStringLiteral("EXPIRED_AUTHORIZATION");
            break;
        default:
            d.payStatus = QStringLiteral("CAPTURE");
        }
        d.productName = describe(tx.request);
        d.merchantName = m_settings.merchantName;
        d.currency = tx.paid.currency();
        d.orderId = tx.request.orderId;
        if (!tx.request.capture)
            d.authorizationExpireDate = tx.authorizationExpiresAt;
        d.payInfo = {{QStringLiteral("BALANCE"), tx.paid}};
        d.refunds = tx.refunds;
        return d;
    };
    const auto add = [&](Transaction &tx) {
        applyTime(tx, now);
        if (tx.channelId == channelId && tx.isListed() && !seen.contains(tx.id)) {
            seen.insert(tx.id);
            found << paymentDetail(tx);
        }
    };
    for (qint64 id : std::as_const(query->transactionIds)) {
        if (auto it = m_transactions.find(id); it != m_transactions.end()) {
            add(*it);
        } else if (m_refundToPayment.contains(id)) {
            Transaction &tx = m_transactions[m_refundToPayment.value(id)];
            if (tx.channelId != channelId)
                continue;
            for (const RefundEntry &r : std::as_const(tx.refunds)) {
                if (r.refundTransactionId != id)
                    continue;
                PaymentDetail d = paymentDetail(tx);
                d.transactionId = id;
                d.transactionDate = r.date;
                d.transactionType = r.transactionType;
                d.originalTransactionId = tx.id;
                d.payInfo = {{QStringLiteral("BALANCE"), Money(-r.amount.minorUnits(), r.amount.currency())}};
                d.refunds.clear();
                found << d;
            }
        }
    }
    for (const QString &orderId : std::as_const(query->orderIds)) {
        for (auto it = m_transactions.begin(); it != m_transactions.end(); ++it) {
            if (it->request.orderId == orderId)
                add(*it);
        }
    }
    if (found.isEmpty())
        return noSuchTransaction();
    return Answer::ok(encodeDetailsInfo(found));
}

const Transaction *Ledger::findByToken(const QString &token, const QDateTime &now)
{
    auto it = m_transactions.find(m_byToken.value(token));
    if (it == m_transactions.end())
        return nullptr;
    applyTime(*it, now);
    return &*it;
}

Status Ledger::approve(const QString &token, const QDateTime &now)
{
    auto it = m_transactions.find(m_byToken.value(token));
    if (it == m_transactions.end())
        return badInput(QStringLiteral("This payment link is not valid."));
    applyTime(*it, now);
    if (it->state != TxState::Requested)
        return badInput(QStringLiteral("This payment can no longer be approved."));
    it->state = TxState::Authenticated;
    save();
    return Done{};
}

Status Ledger::cancel(const QString &token, const QDateTime &now)
{
    auto it = m_transactions.find(m_byToken.value(token));
    if (it == m_transactions.end())
        return badInput(QStringLiteral("This payment link is not valid."));
    applyTime(*it, now);
    if (it->state != TxState::Requested)
        return badInput(QStringLiteral("This payment can no longer be cancelled."));
    it->state = TxState::Cancelled;
    save();
    return Done{};
}

Status Ledger::attachFile(const QString &path)
{
    m_path = path;
    QFile file(path);
    if (!file.exists())
        return Done{};
    if (!file.open(QIODevice::ReadOnly))
        return badInput(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    const QJsonDocument doc = parseExact(file.readAll());
    if (!doc.isObject())
        return badInput(QStringLiteral("%1 is not a sandbox state file.").arg(path));
    for (const QJsonValue &value : doc.object().value(u"transactions").toArray()) {
        const QJsonObject o = value.toObject();
        Transaction tx;
        tx.id = exactId(o.value(u"id"));
        tx.channelId = o.value(u"channelId").toString();
        Result<PaymentRequest> request = decodePaymentRequest(o.value(u"request").toString().toUtf8());
        const std::optional<TxState> state = stateFromName(o.value(u"state").toString());
        if (tx.id <= 0 || !request || !state)
            return badInput(QStringLiteral("%1 has a damaged transaction.").arg(path));
        tx.request = *request;
        tx.state = *state;
        tx.reserveToken = o.value(u"reserveToken").toString();
        tx.accessToken = o.value(u"accessToken").toString();
        tx.requestedAt = QDateTime::fromString(o.value(u"requestedAt").toString(), Qt::ISODateWithMs);
        tx.confirmedAt = QDateTime::fromString(o.value(u"confirmedAt").toString(), Qt::ISODateWithMs);
        tx.authorizationExpiresAt =
            QDateTime::fromString(o.value(u"authorizationExpiresAt").toString(), Qt::ISODateWithMs);
        tx.paid = Money(o.value(u"paidMinor").toString().toLongLong(), tx.request.amount.currency());
        for (const QJsonValue &rv : o.value(u"refunds").toArray()) {
            const QJsonObject r = rv.toObject();
            tx.refunds << RefundEntry{exactId(r.value(u"id")), r.value(u"type").toString(),
                                      Money(r.value(u"amountMinor").toString().toLongLong(), tx.paid.currency()),
                                      QDateTime::fromString(r.value(u"date").toString(), Qt::ISODateWithMs)};
            m_refundToPayment.insert(tx.refunds.last().refundTransactionId, tx.id);
        }
        m_transactions.insert(tx.id, tx);
        m_byToken.insert(tx.reserveToken, tx.id);
    }
    return Done{};
}

QByteArray Ledger::toJson(const QDateTime &now)
{
    for (Transaction &tx : m_transactions)
        applyTime(tx, now);
    return stateJson();
}

void Ledger::save()
{
    if (m_path.isEmpty())
        return;
    const QByteArray json = stateJson();
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        qCWarning(lcLedger) << "cannot save the sandbox state to" << m_path << file.errorString();
}

QByteArray Ledger::stateJson() const
{
    // Written by hand so that ids and amounts stay exact text.
    JsonWriter w;
    w.beginObject().key(u"transactions").beginArray();
    for (const Transaction &tx : std::as_const(m_transactions)) {
        w.beginObject()
            .key(u"id")
            .string(QString::number(tx.id))
            .key(u"channelId")
            .string(tx.channelId)
            .key(u"request")
            .string(QString::fromUtf8(encodePaymentRequest(tx.request)))
            .key(u"state")
            .string(txStateName(tx.state))
            .key(u"reserveToken")
            .string(tx.reserveToken)
            .key(u"accessToken")
            .string(tx.accessToken)
            .key(u"requestedAt")
            .string(tx.requestedAt.toString(Qt::ISODateWithMs))
            .key(u"confirmedAt")
            .string(tx.confirmedAt.toString(Qt::ISODateWithMs))
            .key(u"authorizationExpiresAt")
            .string(tx.authorizationExpiresAt.toString(Qt::ISODateWithMs))
            .key(u"paidMinor")
            .string(QString::number(tx.paid.minorUnits()))
            .key(u"refunds")
            .beginArray();
        for (const RefundEntry &r : tx.refunds) {
            w.beginObject()
                .key(u"id")
                .string(QString::number(r.refundTransactionId))
                .key(u"type")
                .string(r.transactionType)
                .key(u"amountMinor")
                .string(QString::number(r.amount.minorUnits()))
                .key(u"date")
                .string(r.date.toString(Qt::ISODateWithMs))
                .endObject();
        }
        w.endArray().endObject();
    }
    w.endArray().endObject();
    return w.data();
}

} // namespace PayDesk::Sandbox
