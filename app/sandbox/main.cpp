#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

#include "app/sandbox/sandboxserver.h"

using namespace PayDesk::Sandbox;

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("linepay-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local LINE Pay Online API v3 sandbox with a customer approval page."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port (port 0 = any free port)."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption channel(QStringLiteral("channel"),
                                     QStringLiteral("A channel the sandbox accepts (repeatable)."),
                                     QStringLiteral("ID:SECRET"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Keep the sandbox's state in this file."),
                                QStringLiteral("FILE"));
    const QCommandLineOption autoApprove(QStringLiteral("auto-approve"),
                                         QStringLiteral("Approve every payment as soon as it is requested."));
    const QCommandLineOption fault(
        QStringLiteral("fault"),
        QStringLiteral("Inject a fault (repeatable): OP:drop, OP:delay=MS, OP:code=NNNN or OP:garbage, "
                       "OP one of request, check, confirm, capture, void, refund, details, any."),
        QStringLiteral("OP:KIND"));
    const QCommandLineOption authorizationDays(
        QStringLiteral("authorization-days"), QStringLiteral("How long an authorization stays capturable (default 7)."),
        QStringLiteral("DAYS"), QStringLiteral("7"));
    const QCommandLineOption guide(QStringLiteral("guide"),
                                   QStringLiteral("Print how to use paydesk-cli with this sandbox."));
    parser.addOptions({listen, channel, db, autoApprove, fault, authorizationDays, guide});
    parser.process(app);

    SandboxOptions options;
    if (parser.isSet(channel)) {
        options.channels.clear();
        for (const QString &text : parser.values(channel)) {
            const qsizetype colon = text.indexOf(u':');
            if (colon <= 0 || colon == text.size() - 1) {
                std::fprintf(stderr, "linepay-sandbox: --channel takes ID:SECRET\n");
                return 2;
            }
            options.channels << Channel{text.left(colon), text.mid(colon + 1).toUtf8()};
        }
    }
    for (const QString &text : parser.values(fault)) {
        auto parsed = parseFault(text);
        if (!parsed) {
            std::fprintf(stderr, "linepay-sandbox: %s\n", qPrintable(parsed.error().message));
            return 2;
        }
        options.faults << *parsed;
    }
    bool daysOk = false;
    const int days = parser.value(authorizationDays).toInt(&daysOk);
    if (!daysOk || days < 0) {
        std::fprintf(stderr, "linepay-sandbox: --authorization-days takes a number of days\n");
        return 2;
    }
    options.ledger.authorizationSeconds = days * 24 * 3600;
    options.statePath = parser.value(db);
    options.autoApprove = parser.isSet(autoApprove);

    const QString listenText = parser.value(listen);
    const qsizetype colon = listenText.lastIndexOf(u':');
    bool portOk = false;
    const uint port = listenText.mid(colon + 1).toUInt(&portOk);
    QHostAddress address(listenText.left(colon));
    if (colon <= 0 || !portOk || port > 65535 || address.isNull()) {
        std::fprintf(stderr, "linepay-sandbox: --listen takes HOST:PORT, e.g. 127.0.0.1:0\n");
        return 2;
    }
    // "::" means every interface, IPv4 too: payment links may name this machine's IPv4 address.
    if (address == QHostAddress(QHostAddress::AnyIPv6))
        address = QHostAddress(QHostAddress::Any);

    SandboxServer server(options);
    const QString problem = server.start(address, quint16(port));
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "linepay-sandbox: %s\n", qPrintable(problem));
        return 1;
    }
    const QString base = server.baseUrl().toString();
    print(base);
    for (const Channel &c : options.channels)
        print(QStringLiteral("channel %1:%2").arg(c.id, QString::fromUtf8(c.secret)));
    if (parser.isSet(guide)) {
        const Channel &c = options.channels.first();
        print(QString());
        print(QStringLiteral("The LINE Pay sandbox is running. In another terminal, for example:"));
        print(QStringLiteral("  export PAYDESK_CHANNEL_SECRET=%1").arg(QString::fromUtf8(c.secret)));
        print(QStringLiteral("  build/bin/paydesk-cli --api-base %1 --channel-id %2 --json request --currency TWD "
                             "--item Coffee:2:120 --item Cake:1:60")
                  .arg(base, c.id));
        print(QStringLiteral("Open the paymentUrl it prints, press Approve, then:"));
        print(
            QStringLiteral("  build/bin/paydesk-cli --api-base %1 --channel-id %2 confirm PD-000001").arg(base, c.id));
        print(QStringLiteral("Press Ctrl+C to stop."));
    }
    return app.exec();
}
