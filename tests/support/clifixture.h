#pragma once

#include <memory>

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace PayDesk::Test {

// What one paydesk-cli run left behind.
struct CliRun
{
    int exitCode = -1;
    bool crashed = false; // killed by a signal
    QJsonObject json;
    QByteArray out;
    QByteArray err;
};

// A real linepay-sandbox process and real paydesk-cli processes on one database file, with the
// means to compare PayDesk's record with the sandbox's ledger afterwards.
class CliFixture
{
public:
    CliFixture();
    ~CliFixture();

    // Starts linepay-sandbox on a free loopback port; false (with a warning) when it did not start.
    bool startSandbox(const QStringList &extra = {});
    QString baseUrl() const { return m_base; }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("shop.db")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Runs paydesk-cli --db <dbPath> --api-base <base> --json ARGS and waits for it.
    CliRun cli(const QStringList &args, const QProcessEnvironment &env = {});
    // Starts the same without waiting; finish() collects it.
    std::unique_ptr<QProcess> startCli(const QStringList &args, const QProcessEnvironment &env = {});
    static CliRun finish(QProcess &process, int timeoutMs = 90000);
    static QProcessEnvironment environment(const QStringList &extra = {});

    // The sandbox's control endpoint.
    QJsonObject control(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    void setFaults(const QStringList &faults);
    QJsonObject callCounts(); // API calls per operation, plus "total"
    int moneyCalls();         // request + confirm + capture + void + refund
    QJsonArray callLog();
    QJsonArray ledger();

    // What the customer's browser does on the payment page.
    int approve(const QString &paymentUrl);
    int cancel(const QString &paymentUrl);

    // A paid order (request, approve, confirm) and an authorized one; returns the order number.
    QString paidOrder(const QString &item = QStringLiteral("Tea:2:150")) { return confirmedOrder(item, false); }
    QString authorizedOrder(const QString &item = QStringLiteral("Tea:2:150")) { return confirmedOrder(item, true); }
    QString confirmedOrder(const QString &item, bool authorizeOnly);

    // Compares every payment attempt in the database with the sandbox's ledger: state, captured
    // and refunded amounts, and the list of refunds. Returns one line per difference.
    QStringList differences();

    int postForm(const QString &path, const QByteArray &form);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_sandbox;
    QString m_base;
    QNetworkAccessManager m_network;
};

QString binaryPath(const char *name);

} // namespace PayDesk::Test
