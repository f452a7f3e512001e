// The LINE Pay client at work against a loopback linepay-sandbox, printed as JSON lines:
//   bench_client SANDBOX_BINARY CYCLES PAYMENTS
// (f) CYCLES full cycles with LinePay::Client, one after the other: request → approve on the
//     customer page → check → confirm → refund (the same as line-pay-merchant's in script/bench);
// (g) PAYMENTS payments taken through PaymentService into a new database (request, approve,
//     confirm), then one reconciliation of them all: its calls and seconds.
#include <cstdio>
#include <optional>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrlQuery>

#include "app/domain/clock.h"
#include "app/linepay/client.h"
#include "app/linepay/codecs.h"
#include "app/payments/paymentservice.h"
#include "app/storage/database.h"
#include "app/storage/paymentrepository.h"

using namespace PayDesk;
using namespace PayDesk::LinePay;

namespace {

CallResult wait(Call *call)
{
    QEventLoop loop;
    CallResult result;
    QObject::connect(call, &Call::finished, &loop, [&](const CallResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

OperationOutcome wait(PendingOperation *operation)
{
    QEventLoop loop;
    OperationOutcome result;
    QObject::connect(operation, &PendingOperation::finished, &loop, [&](const OperationOutcome &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

// The customer's "Approve" on the sandbox's page (its answer redirects to the shop: not followed).
bool approve(QNetworkAccessManager &network, const QUrl &base, const QString &paymentUrl)
{
    const QString token = QUrlQuery(QUrl(paymentUrl)).queryItemValue(QStringLiteral("transactionReserveId"));
    QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/web/payment/approve"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network.post(request, "transactionReserveId=" + QUrl::toPercentEncoding(token));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status > 0 && status < 400;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: bench_client SANDBOX_BINARY CYCLES PAYMENTS\n");
        return 2;
    }
    const int cycles = QByteArray(argv[2]).toInt();
    const int payments = QByteArray(argv[3]).toInt();
    QProcess sandbox;
    sandbox.start(QString::fromLocal8Bit(argv[1]), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    if (!sandbox.waitForReadyRead(10000))
        return 4;
    const QUrl base(QString::fromUtf8(sandbox.readLine()).trimmed());

    QNetworkAccessManager network;
    ClientConfig config;
    config.baseUrl = base;
    config.channelId = QStringLiteral("1234567890");
    config.channelSecret = QByteArrayLiteral("paydesk-sandbox-secret-0123456789ab");
    Client client(&network, config);

    // (f) The client alone. A payment the customer approved checks as 0110.
    int failed = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < cycles; ++i) {
        PaymentRequest request;
        request.amount = Money(300, QStringLiteral("TWD"));
        request.orderId = QStringLiteral("BENCH-%1-%2").arg(QCoreApplication::applicationPid()).arg(i);
        request.packages = {{QStringLiteral("p1"),
                             QString(),
                             request.amount,
                             {{QString(), QStringLiteral("Tea"), 2, Money(150, QStringLiteral("TWD"))}}}};
        request.confirmUrl = QStringLiteral("https://shop.example/confirm");
        request.cancelUrl = QStringLiteral("https://shop.example/cancel");
        const CallResult requested = wait(client.requestPayment(request));
        const Result<RequestInfo> info = decodeRequestInfo(requested.envelope.info);
        if (!requested.envelope.isSuccess() || !info || !approve(network, base, info->webUrl)) {
            if (failed == 0)
                std::fprintf(stderr, "request: %s %s %s\n", qPrintable(requested.envelope.returnCode),
                             qPrintable(requested.envelope.returnMessage), qPrintable(requested.errorMessage));
            ++failed;
            continue;
        }
        const CallResult checked = wait(client.checkStatus(info->transactionId));
        const CallResult confirmed = wait(client.confirm(info->transactionId, request.amount));
        const CallResult refunded = wait(client.refund(info->transactionId, std::nullopt));
        const bool ok =
            checked.envelope.returnCode == u"0110" && confirmed.envelope.isSuccess() && refunded.envelope.isSuccess();
        if (!ok && failed == 0)
            std::fprintf(stderr, "cycle: check %s, confirm %s, refund %s\n", qPrintable(checked.envelope.returnCode),
                         qPrintable(confirmed.envelope.returnCode), qPrintable(refunded.envelope.returnCode));
        failed += ok ? 0 : 1;
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    std::printf("{\"client\": \"PayDesk\", \"cycles\": %d, \"failed\": %d, \"ms\": %.1f, \"perSecond\": %.1f}\n",
                cycles, failed, ms, cycles / (ms / 1000));
    std::fflush(stdout);

    // (g) Reconciliation of many payments.
    QTemporaryDir dir;
    Result<std::unique_ptr<Storage::Database>> opened =
        Storage::Database::open(dir.filePath(QStringLiteral("shop.db")));
    if (!opened)
        return 4;
    Storage::Database &db = **opened;
    SystemClock clock;
    PaymentService service(db, &client, clock, QStringLiteral("bench"));
    timer.restart();
    int taken = 0;
    for (int i = 0; i < payments; ++i) {
        Order order;
        order.currency = QStringLiteral("TWD");
        order.items = {{QStringLiteral("Tea"), 2, Money(150, QStringLiteral("TWD"))}};
        const Result<Order> created = service.createOrder(order);
        if (!created || wait(service.request(created->id, false)).status != OperationOutcome::Status::Done)
            continue;
        const Result<Payment> payment = Storage::PaymentRepository(db).currentForOrder(created->id);
        if (!payment || !approve(network, base, payment->paymentUrl) ||
            wait(service.confirm(created->id)).status != OperationOutcome::Status::Done)
            continue;
        ++taken;
    }
    const double takingMs = timer.nsecsElapsed() / 1e6;
    std::optional<ReconcileReport> report;
    timer.restart();
    QEventLoop loop;
    service.reconcile({}, [&](const ReconcileReport &r) {
        report = r;
        loop.quit();
    });
    loop.exec();
    const double reconcileMs = timer.nsecsElapsed() / 1e6;
    std::printf("{\"paymentsTaken\": %d, \"takingMs\": %.1f, \"reconciled\": %lld, \"detailsCalls\": %d, "
                "\"differences\": %lld, \"reconcileMs\": %.1f, \"problem\": \"%s\"}\n",
                taken, takingMs, static_cast<long long>(report->payments), report->calls,
                static_cast<long long>(report->drifts.size()), reconcileMs, qPrintable(report->problem));
    sandbox.kill();
    sandbox.waitForFinished();
    return 0;
}
