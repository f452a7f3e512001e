#pragma once

#include <optional>

#include <QByteArray>
#include <QHash>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include "app/linepay/codecs.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace PayDesk::LinePay {

enum class Endpoint
{
    Request,
    Check,
    Confirm,
    Capture,
    Void,
    Refund,
    Details,
};

QString endpointName(Endpoint endpoint); // "request", "check", …
bool movesMoney(Endpoint endpoint);      // a call that must reach the wire at most once
int defaultTimeoutMs(Endpoint endpoint); // API.md §13, never below the documented minimum

struct ClientConfig
{
    QUrl baseUrl;
    QString channelId;
    QByteArray channelSecret;
    QHash<Endpoint, int> timeoutMs; // overrides of defaultTimeoutMs, for tests

    int timeoutFor(Endpoint endpoint) const { return timeoutMs.value(endpoint, defaultTimeoutMs(endpoint)); }
};

// Returns an error sentence when the base URL must not be used (plain http to a non-loopback host).
QString checkBaseUrl(const QUrl &baseUrl);

struct CallResult
{
    enum class Outcome
    {
        Answered, // LINE Pay answered with a readable envelope (success or refusal)
        NotSent,  // the call certainly did not reach LINE Pay (refused connection, bad setting)
        Unknown,  // the call may have reached LINE Pay; the answer was lost or unreadable
    };

    Endpoint endpoint = Endpoint::Request;
    Outcome outcome = Outcome::Unknown;
    Envelope envelope;
    QString errorMessage; // a sentence for a person when outcome != Answered
    int attempts = 1;     // reads are sent again, each time with a fresh nonce, when the connection breaks
    QString apiPath;
    QByteArray requestBody;
    QByteArray responseBody;
};

// The signed HTTP request of one call: pure, so it can be tested without a network.
struct PreparedCall
{
    QNetworkRequest request;
    QByteArray body;
    QByteArray nonce;
};
PreparedCall prepareCall(const ClientConfig &config, Endpoint endpoint, const QByteArray &apiPath,
                         const QByteArray &query, const QByteArray &body, const QByteArray &nonce);

// One call in flight; deletes itself after `finished`.
class Call final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Call)

public:
    explicit Call(QObject *parent = nullptr) : QObject(parent) {}

Q_SIGNALS:
    void finished(const PayDesk::LinePay::CallResult &result);
};

// The asynchronous LINE Pay v3 client on an injected QNetworkAccessManager.
class Client final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Client)

public:
    explicit Client(QNetworkAccessManager *network, ClientConfig config, QObject *parent = nullptr);

    const ClientConfig &config() const { return m_config; }
    void setConfig(const ClientConfig &config) { m_config = config; }

    Call *requestPayment(const PaymentRequest &request);
    Call *checkStatus(qint64 transactionId);
    Call *confirm(qint64 transactionId, const Money &amount);
    Call *capture(qint64 transactionId, const Money &amount);
    Call *voidAuthorization(qint64 transactionId);
    Call *refund(qint64 transactionId, const std::optional<Money> &amount);
    Call *details(const DetailsQuery &query);
    // Sends a money call with exactly these body bytes (the ones the operations journal holds).
    Call *sendMoneyCall(Endpoint endpoint, qint64 transactionId, const QByteArray &body);

    // The path a call goes to, for the operations journal.
    static QByteArray pathFor(Endpoint endpoint, qint64 transactionId);
    // How often a read (check, details) is tried when the connection breaks, each time signed anew.
    static constexpr int kReadAttempts = 3;

private:
    struct Attempt
    {
        Endpoint endpoint = Endpoint::Request;
        QByteArray apiPath;
        QByteArray query;
        QByteArray body;
        int number = 1;
    };

    Call *send(Endpoint endpoint, const QByteArray &apiPath, const QByteArray &query, const QByteArray &body);
    void sendAttempt(Call *call, const Attempt &attempt);
    void onReplyFinished(QNetworkReply *reply, Call *call, const Attempt &attempt);

    QPointer<QNetworkAccessManager> m_network;
    ClientConfig m_config;
};

} // namespace PayDesk::LinePay
