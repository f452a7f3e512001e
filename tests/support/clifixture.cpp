#include "tests/support/clifixture.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

#include "app/storage/database.h"
#include "app/storage/orderqueries.h"
#include "app/storage/paymentrepository.h"
#include "app/storage/refundrepository.h"

namespace PayDesk::Test {

using namespace PayDesk::Storage;

QString binaryPath(const char *name)
{
    return QStringLiteral(PAYDESK_BIN_DIR "/") + QLatin1StringView(name);
}

CliFixture::CliFixture() = default;

CliFixture::~CliFixture()
{
    if (m_sandbox) {
        m_sandbox->kill();
        m_sandbox->waitForFinished();
    }
}

bool CliFixture::startSandbox(const QStringList &extra)
{
    m_sandbox = std::make_unique<QProcess>();
    m_sandbox->setProcessChannelMode(QProcess::SeparateChannels);
    m_sandbox->start(binaryPath("linepay-sandbox"),
                     QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + extra);
    if (!m_sandbox->waitForStarted(10000))
        return false;
    QElapsedTimer waited;
    waited.start();
    while (!m_sandbox->canReadLine() && waited.elapsed() < 10000)
        m_sandbox->waitForReadyRead(200);
    if (!m_sandbox->canReadLine()) {
        qWarning("linepay-sandbox printed no base URL: %s", m_sandbox->readAllStandardError().constData());
        return false;
    }
    m_base = QString::fromUtf8(m_sandbox->readLine()).trimmed();
    return m_base.startsWith(u"http://127.0.0.1:");
}

QProcessEnvironment CliFixture::environment(const QStringList &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &pair : extra) {
        const qsizetype eq = pair.indexOf(u'=');
        env.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return env;
}

std::unique_ptr<QProcess> CliFixture::startCli(const QStringList &args, const QProcessEnvironment &env)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(env.isEmpty() ? environment() : env);
    process->start(
        binaryPath("paydesk-cli"),
        QStringList{QStringLiteral("--db"), dbPath(), QStringLiteral("--api-base"), m_base, QStringLiteral("--json")} +
            args);
    process->waitForStarted(10000);
    return process;
}

CliRun CliFixture::finish(QProcess &process, int timeoutMs)
{
    // waitForFinished() is false for a process that has already finished.
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(timeoutMs))
        qFatal("paydesk-cli did not finish within %d ms", timeoutMs);
    CliRun run;
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = run.crashed ? -1 : process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    const QJsonDocument doc = QJsonDocument::fromJson(run.out);
    run.json = doc.object();
    return run;
}

CliRun CliFixture::cli(const QStringList &args, const QProcessEnvironment &env)
{
    std::unique_ptr<QProcess> process = startCli(args, env);
    return finish(*process);
}

namespace {

// Waits (at most 20 s) for a reply of the sandbox and hands it back, to be deleted later.
QNetworkReply *answered(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply;
}

} // namespace

int CliFixture::postForm(const QString &path, const QByteArray &form)
{
    QNetworkRequest request(QUrl(m_base + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    return answered(m_network.post(request, form))->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QJsonObject CliFixture::control(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QNetworkRequest request(QUrl(m_base + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply =
        answered(method == "GET" ? m_network.get(request)
                                 : m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    return QJsonDocument::fromJson(reply->readAll()).object();
}

void CliFixture::setFaults(const QStringList &faults)
{
    control("POST", QStringLiteral("/control/faults"),
            QJsonObject{{QStringLiteral("faults"), QJsonArray::fromStringList(faults)}});
}

QJsonObject CliFixture::callCounts()
{
    return control("GET", QStringLiteral("/control/stats")).value(u"calls").toObject();
}

int CliFixture::moneyCalls()
{
    const QJsonObject calls = callCounts();
    int sum = 0;
    for (const char *op : {"request", "confirm", "capture", "void", "refund"})
        sum += calls.value(QLatin1StringView(op)).toInt();
    return sum;
}

QJsonArray CliFixture::callLog()
{
    return control("GET", QStringLiteral("/control/log")).value(u"calls").toArray();
}

QJsonArray CliFixture::ledger()
{
    return control("GET", QStringLiteral("/control/ledger")).value(u"transactions").toArray();
}

namespace {

QByteArray reserveForm(const QString &paymentUrl)
{
    return "transactionReserveId=" +
           QUrl::toPercentEncoding(
               QUrlQuery(QUrl(paymentUrl)).queryItemValue(QStringLiteral("transactionReserveId"), QUrl::FullyDecoded));
}

// The ledger state PayDesk's local state stands for, once nothing is in doubt.
bool sameState(PaymentState local, const QString &ledger, qint64 refunded, qint64 paid)
{
    switch (local) {
    case PaymentState::Requested:
    case PaymentState::Authenticated:
    case PaymentState::Cancelled:
    case PaymentState::Failed:
        // Before the confirm PayDesk may lag behind the customer's page; nothing was paid.
        return ledger == u"REQUESTED" || ledger == u"AUTHENTICATED" || ledger == u"CANCELLED" ||
               ledger == u"EXPIRED_REQUEST" || ledger == u"FAILED";
    case PaymentState::Expired:
        return ledger == u"EXPIRED_REQUEST" || ledger == u"EXPIRED_AUTHORIZATION" || ledger == u"CANCELLED";
    case PaymentState::Authorized:
        return ledger == u"AUTHORIZED";
    case PaymentState::Voided:
        return ledger == u"VOIDED_AUTHORIZATION";
    case PaymentState::Captured:
        return ledger == u"CAPTURED" && refunded == 0;
    case PaymentState::PartiallyRefunded:
        return ledger == u"CAPTURED" && refunded > 0 && refunded < paid;
    case PaymentState::Refunded:
        return ledger == u"CAPTURED" && refunded >= paid && paid > 0;
    case PaymentState::Draft:
    case PaymentState::InDoubt:
        return false;
    }
    return false;
}

} // namespace

int CliFixture::approve(const QString &paymentUrl)
{
    return postForm(QStringLiteral("/web/payment/approve"), reserveForm(paymentUrl));
}

int CliFixture::cancel(const QString &paymentUrl)
{
    return postForm(QStringLiteral("/web/payment/cancel"), reserveForm(paymentUrl));
}

QString CliFixture::confirmedOrder(const QString &item, bool authorizeOnly)
{
    QStringList args{QStringLiteral("request"), QStringLiteral("--currency"), QStringLiteral("TWD"),
                     QStringLiteral("--item"), item};
    if (authorizeOnly)
        args << QStringLiteral("--authorize-only");
    const CliRun requested = cli(args);
    if (requested.exitCode != 0)
        qFatal("request failed: %s", requested.out.constData());
    const QString order = requested.json.value(u"order").toString();
    approve(requested.json.value(u"paymentUrl").toString());
    const CliRun confirmed = cli({QStringLiteral("confirm"), order});
    if (confirmed.exitCode != 0)
        qFatal("confirm failed: %s", confirmed.out.constData());
    return order;
}

QStringList CliFixture::differences()
{
    QStringList problems;
    QHash<QString, QJsonObject> byOrderId;
    for (const QJsonValue &value : ledger()) {
        const QJsonObject tx = value.toObject();
        const QJsonObject request = QJsonDocument::fromJson(tx.value(u"request").toString().toUtf8()).object();
        byOrderId.insert(request.value(u"orderId").toString(), tx);
    }
    Result<std::unique_ptr<Database>> opened = Database::open(dbPath());
    if (!opened)
        return {QStringLiteral("cannot open the database: ") + opened.error().message};
    Database &db = **opened;
    Result<QList<OrderRow>> orders = OrderQueries(db).list({});
    if (!orders)
        return {orders.error().message};
    for (const OrderRow &order : *orders) {
        Result<QList<Payment>> attempts = PaymentRepository(db).attemptsForOrder(order.id);
        if (!attempts)
            return {attempts.error().message};
        for (const Payment &p : *attempts) {
            const QString where = p.lineOrderId + u": ";
            const QJsonObject tx = byOrderId.value(p.lineOrderId);
            if (p.state == PaymentState::InDoubt || p.busyOperation != 0) {
                problems << where + QStringLiteral("still in doubt or busy locally");
                continue;
            }
            if (p.transactionId == 0) {
                // An attempt whose request answer was lost: LINE Pay may hold it, never paid.
                const QString state = tx.value(u"state").toString();
                if (!tx.isEmpty() && state != u"REQUESTED" && state != u"AUTHENTICATED" && state != u"CANCELLED" &&
                    state != u"EXPIRED_REQUEST")
                    problems << where + QStringLiteral("no transactionId locally, LINE Pay holds it as ") + state;
                continue;
            }
            if (tx.isEmpty()) {
                problems << where + QStringLiteral("LINE Pay has no such transaction");
                continue;
            }
            if (tx.value(u"id").toString() != QString::number(p.transactionId)) {
                problems << where + QStringLiteral("transactionId differs");
                continue;
            }
            const qint64 paid = tx.value(u"paidMinor").toString().toLongLong();
            qint64 ledgerRefunded = 0;
            QMap<qint64, qint64> ledgerRefunds;
            for (const QJsonValue &r : tx.value(u"refunds").toArray()) {
                const qint64 amount = r.toObject().value(u"amountMinor").toString().toLongLong();
                ledgerRefunds.insert(r.toObject().value(u"id").toString().toLongLong(), amount);
                ledgerRefunded += amount;
            }
            const QString ledgerState = tx.value(u"state").toString();
            if (!sameState(p.state, ledgerState, ledgerRefunded, paid))
                problems << where + QStringLiteral("local %1, LINE Pay %2 (paid %3, refunded %4)")
                                        .arg(stateName(p.state), ledgerState)
                                        .arg(paid)
                                        .arg(ledgerRefunded);
            const bool captured = ledgerState == u"CAPTURED";
            if (captured && p.captured.minorUnits() != paid)
                problems
                    << where +
                           QStringLiteral("captured %1 locally, %2 at LINE Pay").arg(p.captured.minorUnits()).arg(paid);
            if (p.refunded.minorUnits() != ledgerRefunded)
                problems << where + QStringLiteral("refunded %1 locally, %2 at LINE Pay")
                                        .arg(p.refunded.minorUnits())
                                        .arg(ledgerRefunded);
            QMap<qint64, qint64> localRefunds;
            Result<QList<Refund>> refunds = RefundRepository(db).forPayment(p.id);
            for (const Refund &r : refunds ? *refunds : QList<Refund>())
                localRefunds.insert(r.refundTransactionId, r.amount.minorUnits());
            if (localRefunds != ledgerRefunds)
                problems << where + QStringLiteral("the refunds differ: %1 locally, %2 at LINE Pay")
                                        .arg(localRefunds.size())
                                        .arg(ledgerRefunds.size());
        }
    }
    return problems;
}

} // namespace PayDesk::Test
