#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace PayDesk {

// Where a LINE Pay channel is reached and how it signs.
struct LinePayChannel
{
    QUrl baseUrl;
    QString id;
    QByteArray secret;
};

// What a connection test found out.
struct ConnectionTestResult
{
    enum class Verdict
    {
        Works,       // LINE Pay accepted the channel ID and the signature
        Refused,     // LINE Pay answered with a refusal (wrong channel ID, wrong secret, ...)
        Unreachable, // no answer: network, address or certificate
    };

    Verdict verdict = Verdict::Unreachable;
    QString sentence; // for a person, with the next step when it does not work
    QString returnCode;
};

// Asks LINE Pay whether a channel and its secret are accepted, without touching any payment: a
// signed payment-details call for a transaction that does not exist, which LINE Pay answers with
// 1150 when the channel and the signature are right. The window's "Test connection" and
// `paydesk-cli ping` both use it. Deletes itself after `finished`.
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    static ConnectionTest *start(QNetworkAccessManager *network, const LinePayChannel &channel,
                                 QObject *parent = nullptr);

Q_SIGNALS:
    void finished(const PayDesk::ConnectionTestResult &result);

private:
    explicit ConnectionTest(QObject *parent) : QObject(parent) {}
};

} // namespace PayDesk
