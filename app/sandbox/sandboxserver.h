#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QSet>
#include <QUrl>

#include "app/domain/clock.h"
#include "app/sandbox/fault.h"
#include "app/sandbox/ledger.h"

class QNetworkAccessManager;
class QTcpSocket;

namespace PayDesk::Sandbox {

struct Channel
{
    QString id;
    QByteArray secret;
};

// The test channel every sandbox knows unless told otherwise.
Channel defaultChannel();

// One API call as the sandbox received it, for tests that count and time calls.
struct CallRecord
{
    QString op;
    qint64 transactionId = 0;
    qint64 receivedMs = 0; // real time, milliseconds since the epoch
    QString returnCode;    // what was answered; empty when the connection was dropped
};

struct SandboxOptions
{
    QList<Channel> channels = {defaultChannel()};
    QString statePath; // empty: in memory
    bool autoApprove = false;
    QList<Fault> faults;
    Ledger::Settings ledger;
};

// A local LINE Pay Online API v3 server with the customer's approval page (DESIGN.md
// "linepay-sandbox"), plus a loopback-only control endpoint for tests.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Loads the persisted state, then listens; returns an error sentence or an empty string.
    QString start(const QHostAddress &address, quint16 port);
    // The address listened on, e.g. http://127.0.0.1:8990 (or http://0.0.0.0:8990 on every interface).
    QUrl baseUrl() const { return m_baseUrl; }
    // Where a customer reaches the sandbox's pages: baseUrl(), or on a wildcard address the Host the
    // request came to, else this machine's first non-loopback IPv4 address, else 127.0.0.1.
    QUrl customerBaseUrl(const QHttpServerRequest &request) const;

    OffsetClock &clock() { return m_clock; }
    void setFaults(const QList<Fault> &faults) { m_faults = faults; }
    const QList<Fault> &faults() const { return m_faults; }
    // API calls received per operation name ("refund" → 1), counted as they arrive.
    QMap<QString, int> callCounts() const { return m_calls; }
    void resetCallCounts()
    {
        m_calls.clear();
        m_log.clear();
    }
    const QList<CallRecord> &callLog() const { return m_log; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void handleApi(const QString &op, qint64 transactionId, const QHttpServerRequest &request, QTcpSocket *socket);
    Answer runApi(const QString &op, qint64 transactionId, const QString &channelId, const QHttpServerRequest &request);
    void handlePage(const QHttpServerRequest &request, QTcpSocket *socket);
    void handleDecision(bool approve, const QHttpServerRequest &request, QTcpSocket *socket);
    void handleControl(const QHttpServerRequest &request, QTcpSocket *socket);
    void runControl(const QString &path, const QHttpServerRequest &request, QTcpSocket *socket);
    QString verify(const QHttpServerRequest &request, Answer *refusal);

    SandboxOptions m_options;
    Ledger m_ledger;
    OffsetClock m_clock;
    QList<Fault> m_faults;
    QMap<QString, int> m_calls;
    QList<CallRecord> m_log;
    QSet<QByteArray> m_seenNonces;
    QSet<qint64> m_busy;
    QHostAddress m_listenAddress;
    QUrl m_baseUrl;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace PayDesk::Sandbox
