#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include "app/linepay/codecs.h"

namespace PayDesk::Sandbox {

// LINE Pay's own states of a payment (API.md §14), kept apart from PayDesk's local states.
enum class TxState
{
    Requested,
    Authenticated,
    Cancelled,
    ExpiredRequest,
    Failed,
    Authorized,
    Captured,
    Voided,
    ExpiredAuthorization,
};

QString txStateName(TxState state);

struct Transaction
{
    qint64 id = 0;
    QString channelId;
    LinePay::PaymentRequest request;
    QString reserveToken;
    QString accessToken;
    TxState state = TxState::Requested;
    QDateTime requestedAt;
    QDateTime confirmedAt;
    QDateTime authorizationExpiresAt;
    Money paid; // authorized amount while AUTHORIZED, captured amount afterwards
    QList<LinePay::RefundEntry> refunds;

    Money refunded() const;
    bool isListed() const; // visible to payment details
};

// What an API call answers.
struct Answer
{
    QString returnCode;
    QString returnMessage;
    QByteArray infoJson;

    static Answer ok(QByteArray info = {})
    {
        return {QStringLiteral("0000"), QStringLiteral("Success."), std::move(info)};
    }
    static Answer error(const QString &code, const QString &message) { return {code, message, {}}; }
};

// The sandbox's book of transactions and its rules, without any HTTP. Persists to a JSON file
// after every change when a path is set.
class Ledger
{
public:
    struct Settings
    {
        QString merchantName = QStringLiteral("PayDesk Sandbox Shop");
        int requestWindowSeconds = 20 * 60;
        int authorizationSeconds = 7 * 24 * 3600;
        QStringList currencies = {QStringLiteral("TWD"), QStringLiteral("THB"), QStringLiteral("USD")};
    };

    explicit Ledger(Settings settings) : m_settings(std::move(settings)) {}

    // Loads the file if it exists; the file is then written after every change.
    Status attachFile(const QString &path);

    Answer request(const QString &channelId, const QByteArray &body, const QString &baseUrl, const QDateTime &now,
                   bool autoApprove);
    Answer check(const QString &channelId, qint64 transactionId, const QDateTime &now);
    Answer confirm(const QString &channelId, qint64 transactionId, const QByteArray &body, const QDateTime &now);
    Answer capture(const QString &channelId, qint64 transactionId, const QByteArray &body, const QDateTime &now);
    Answer voidAuthorization(const QString &channelId, qint64 transactionId, const QDateTime &now);
    Answer refund(const QString &channelId, qint64 transactionId, const QByteArray &body, const QDateTime &now);
    Answer details(const QString &channelId, const QByteArray &rawQuery, const QDateTime &now);

    // The customer's page: approve or cancel a waiting payment.
    const Transaction *findByToken(const QString &token, const QDateTime &now);
    Status approve(const QString &token, const QDateTime &now);
    Status cancel(const QString &token, const QDateTime &now);

    const Settings &settings() const { return m_settings; }
    // Every transaction as the state file stores it (ids and amounts as exact text), after
    // applying the clock to request windows and authorizations.
    QByteArray toJson(const QDateTime &now);

private:
    Transaction *find(const QString &channelId, qint64 transactionId, const QDateTime &now);
    void applyTime(Transaction &tx, const QDateTime &now) const;
    qint64 newId() const;
    void save();
    QByteArray stateJson() const;

    Settings m_settings;
    QHash<qint64, Transaction> m_transactions;
    QHash<QString, qint64> m_byToken;
    QHash<qint64, qint64> m_refundToPayment;
    QString m_path;
};

} // namespace PayDesk::Sandbox
