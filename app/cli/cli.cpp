#include "app/cli/cli.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>

#include <termios.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include "app/payments/connectiontest.h"
#include "app/payments/paymentpoller.h"
#include "app/payments/paymentservice.h"
#include "app/reports/documents.h"
#include "app/reports/localeformat.h"
#include "app/storage/audittrail.h"
#include "app/storage/backup.h"
#include "app/storage/seed.h"
#include "app/storage/csv.h"
#include "app/storage/database.h"
#include "app/storage/datafolder.h"
#include "app/storage/dayclose.h"
#include "app/storage/orderdetails.h"
#include "app/storage/shopsettings.h"
#include "app/storage/staff.h"
#include "app/storage/orderexport.h"
#include "app/storage/orderqueries.h"
#include "app/storage/orderrepository.h"
#include "app/storage/paymentrepository.h"
#include "app/storage/refundrepository.h"

namespace PayDesk::Cli {

using namespace PayDesk::Storage;
using OutcomeStatus = OperationOutcome::Status;

namespace {

// The test channel of linepay-sandbox, used only when the API base is this computer.
const QString kSandboxChannelId = QStringLiteral("1234567890");
const QByteArray kSandboxChannelSecret = QByteArrayLiteral("paydesk-sandbox-secret-0123456789ab");

enum Exit
{
    ExitDone = 0,
    ExitRefused = 1,
    ExitBadInput = 2,
    ExitInDoubt = 3,
    ExitStorage = 4,
};

// Sentences for people, filed for translators under the context asked at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PayDesk::Cli)
};

int exitCode(OutcomeStatus status)
{
    switch (status) {
    case OutcomeStatus::Done:
        return ExitDone;
    case OutcomeStatus::Refused:
    case OutcomeStatus::NotSent:
        return ExitRefused;
    case OutcomeStatus::BadInput:
        return ExitBadInput;
    case OutcomeStatus::InDoubt:
        return ExitInDoubt;
    case OutcomeStatus::StorageError:
        return ExitStorage;
    }
    return ExitStorage;
}

const char *kUsage = R"(Usage: paydesk-cli [global options] COMMAND [options]

Global options (before the command):
  --db FILE                   the shop database (default: ~/.local/share/paydesk/paydesk.db)
  --api-base URL              LINE Pay API base, e.g. http://127.0.0.1:41234 or https://api-pay.line.me
  --channel-id ID             LINE Pay channel ID (or PAYDESK_CHANNEL_ID)
  --channel-secret-file FILE  file holding the channel secret (or PAYDESK_CHANNEL_SECRET)
  --json                      print exactly one JSON object
  --lang CODE                 the language of reports and receipts (zh_TW, th, ja, en;
                              default: the window's language setting, else the system's)
  --as owner                  act as the shop's owner (once the shop has a staff list, the
                              CLI otherwise has a clerk's rights): the owner's PIN is read
                              from --pin-file FILE, or asked for on a terminal
  --pin-file FILE             file holding the owner's PIN (one line)

Commands:
  request --currency C [--item NAME:QTY:PRICE]... [--amount X] [--authorize-only]
          [--customer NAME] [--phone PHONE] [--note TEXT]
  request ORDER [--authorize-only]
                       a new payment attempt for an order whose last one was
                       cancelled, failed, expired or voided
  status ORDER         ask LINE Pay whether the customer has approved
  confirm ORDER        confirm an approved payment
  capture ORDER [--amount X]
  void ORDER
  refund ORDER [--amount X] [--reason TEXT]
  details ORDER        read LINE Pay's payment details and update the order
  list [--state S] [--search TEXT] [--since DATE] [--until DATE] [--limit N]
                       the orders, newest first, written as they are read (any number
                       in constant memory); DATE is a day of this computer's time zone
  recover              settle every payment whose outcome is unknown
  reconcile [--since DAY] [--out FILE]
                       compare every confirmed payment changed since DAY (all without
                       it) with LINE Pay's payment details, 100 a call; follow what
                       LINE Pay moved and list every difference (--out: as CSV);
                       exit 1 when a difference is left for you to check
  export --format csv|json [--out FILE] [list's filters]
                       CSV (RFC 4180) or JSON of the orders; a progress bar on a
                       terminal when the export goes to a file
  report [--date DAY] [--format text|json|csv|pdf] [--out FILE] [--paper a4|80mm|58mm]
                       the day's settlement report (Z report): per currency captured,
                       refunded, voided and net, with every payment; a closed day's
                       report as it was frozen; DAY is YYYY-MM-DD of this computer's
                       time zone (default: today)
  close-day [--date DAY] [--out FILE]
                       close the day: number its report (Z-0001, Z-0002, ...), freeze it
                       and write it as PDF (default: reports/ beside the database)
  receipt ORDER [--refund ID] [--paper 58mm|80mm|a4] --out FILE
                       the payment receipt of an order, or the slip of one of its
                       refunds, as PDF
  shop [--name TEXT] [--tax-id TEXT] [--address TEXT] [--phone TEXT]
                       show, or change, what receipts and reports print about the shop
  staff list           the owner and the clerks
  staff add NAME --role owner|clerk [--new-pin-file FILE]
                       add a person with their PIN (4 to 12 digits, from the file or
                       asked for on a terminal); the first may be the owner, after
                       that only the owner (--as owner) adds people
  ping                 check that LINE Pay accepts the channel ID and secret
  audit verify         check that no entry of the audit trail was changed, removed,
                       inserted or swapped (exit 1 and the first broken entry if so)
  check                SQLite's full integrity check and the audit trail's chain
  backup --out FILE    a consistent copy of the database, also while PayDesk runs,
                       checked after writing
  restore FILE [--force]
                       replace the database with a backup after checking it; the
                       current contents are kept first as a backup beside it; a
                       backup from before the last day close needs --force
  seed --orders N --out FILE [--seed S]
                       write a new database of N realistic orders over three years
                       (for benchmarks and trying PayDesk at size)
  watch [--auto-confirm] [--interval SECONDS]
                       keep asking LINE Pay about the payments that wait for their
                       customer (and confirm them with --auto-confirm) until stopped;
                       prints a line (with --json a JSON object) per change

ORDER is the order number (PD-000001) or the LINE Pay orderId (PD-000001-1).
Exit codes: 0 done, 1 refused by LINE Pay, 2 bad input, 3 outcome unknown, 4 storage error.
)";

struct OptionSpec
{
    const char16_t *name;
    bool flag;
    bool repeatable;
};

// Options that go before the command (and are accepted after it too).
constexpr OptionSpec kGlobalOptions[] = {
    {u"db", false, false},         {u"api-base", false, false},
    {u"channel-id", false, false}, {u"channel-secret-file", false, false},
    {u"json", true, false},        {u"help", true, false},
    {u"version", true, false},     {u"lang", false, false},
    {u"as", false, false},         {u"pin-file", false, false},
};

struct CommandSpec
{
    const char16_t *name;
    int maxPositional; // the ORDER argument
    QList<OptionSpec> options;
};

const QList<CommandSpec> &commandSpecs()
{
    static const QList<CommandSpec> specs = {
        {u"request",
         1,
         {{u"currency", false, false},
          {u"item", false, true},
          {u"amount", false, false},
          {u"authorize-only", true, false},
          {u"customer", false, false},
          {u"phone", false, false},
          {u"note", false, false}}},
        {u"status", 1, {}},
        {u"confirm", 1, {}},
        {u"capture", 1, {{u"amount", false, false}}},
        {u"void", 1, {}},
        {u"refund", 1, {{u"amount", false, false}, {u"reason", false, false}}},
        {u"details", 1, {}},
        {u"list",
         0,
         {{u"state", false, false},
          {u"search", false, false},
          {u"since", false, false},
          {u"until", false, false},
          {u"limit", false, false}}},
        {u"recover", 0, {}},
        {u"reconcile", 0, {{u"since", false, false}, {u"out", false, false}}},
        {u"export",
         0,
         {{u"format", false, false},
          {u"out", false, false},
          {u"state", false, false},
          {u"search", false, false},
          {u"since", false, false},
          {u"until", false, false},
          {u"limit", false, false}}},
        {u"watch", 0, {{u"auto-confirm", true, false}, {u"interval", false, false}}},
        {u"ping", 0, {}},
        {u"audit", 1, {}},
        {u"backup", 0, {{u"out", false, false}}},
        {u"restore", 1, {{u"force", true, false}}},
        {u"check", 0, {}},
        {u"seed", 0, {{u"orders", false, false}, {u"out", false, false}, {u"seed", false, false}}},
        {u"report",
         0,
         {{u"date", false, false}, {u"format", false, false}, {u"out", false, false}, {u"paper", false, false}}},
        {u"close-day", 0, {{u"date", false, false}, {u"out", false, false}}},
        {u"receipt", 1, {{u"refund", false, false}, {u"paper", false, false}, {u"out", false, false}}},
        {u"shop",
         0,
         {{u"name", false, false}, {u"tax-id", false, false}, {u"address", false, false}, {u"phone", false, false}}},
        {u"staff", 2, {{u"role", false, false}, {u"new-pin-file", false, false}}},
        {u"help", 0, {}},
    };
    return specs;
}

const CommandSpec *findCommand(const QString &name)
{
    for (const CommandSpec &spec : commandSpecs()) {
        if (name == QStringView(spec.name))
            return &spec;
    }
    return nullptr;
}

std::optional<OptionSpec> findOption(const QString &name, const CommandSpec *command)
{
    for (const OptionSpec &o : kGlobalOptions) {
        if (name == QStringView(o.name))
            return o;
    }
    if (command) {
        for (const OptionSpec &o : command->options) {
            if (name == QStringView(o.name))
                return o;
        }
    }
    return std::nullopt;
}

bool isCommandOption(const QString &name)
{
    for (const CommandSpec &spec : commandSpecs()) {
        for (const OptionSpec &o : spec.options) {
            if (name == QStringView(o.name))
                return true;
        }
    }
    return false;
}

// Splits "[global options] COMMAND [options] [ORDER]" and refuses, before anything is read or
// sent, an unknown option, an option of another command, a single-value option given twice,
// and a positional argument too many.
Arguments parse(const QStringList &args)
{
    Arguments parsed;
    const CommandSpec *command = nullptr;
    bool onlyPositional = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!onlyPositional && arg == u"--") {
            onlyPositional = true;
            continue;
        }
        if (!onlyPositional && arg.startsWith(u'-') && arg.size() > 1) {
            if (arg == u"-h") {
                parsed.flags.insert(QStringLiteral("help"));
                continue;
            }
            if (!arg.startsWith(u"--")) {
                parsed.error =
                    Text::tr("Unknown option %1; options start with two dashes (see paydesk-cli --help).").arg(arg);
                return parsed;
            }
            QString name = arg.mid(2);
            std::optional<QString> inlineValue;
            if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
                inlineValue = name.mid(eq + 1);
                name = name.left(eq);
            }
            const std::optional<OptionSpec> spec = findOption(name, command);
            if (!spec) {
                if (!command && isCommandOption(name))
                    parsed.error =
                        Text::tr("The option --%1 belongs after the command; see paydesk-cli --help.").arg(name);
                else if (command)
                    parsed.error = Text::tr("Unknown option --%1 for %2; see paydesk-cli --help.")
                                       .arg(name, QString::fromUtf16(command->name));
                else
                    parsed.error = Text::tr("Unknown option --%1; see paydesk-cli --help.").arg(name);
                return parsed;
            }
            if (parsed.has(name) && !spec->repeatable) {
                parsed.error = Text::tr("The option --%1 was given more than once; give it once.").arg(name);
                return parsed;
            }
            if (spec->flag) {
                if (inlineValue) {
                    parsed.error = Text::tr("The option --%1 takes no value.").arg(name);
                    return parsed;
                }
                parsed.flags.insert(name);
                continue;
            }
            if (!inlineValue) {
                // A value that looks like an option is most likely a missing value followed by
                // the next option (an empty $REASON in a script); --reason=--x still gives it.
                if (i + 1 >= args.size() || args.at(i + 1).startsWith(u"--")) {
                    parsed.error = Text::tr("The option --%1 needs a value.").arg(name);
                    return parsed;
                }
                inlineValue = args.at(++i);
            }
            parsed.options[name] << *inlineValue;
            continue;
        }
        if (!command) {
            command = findCommand(arg);
            if (!command) {
                parsed.error = Text::tr("Unknown command \"%1\"; see paydesk-cli --help.").arg(arg);
                return parsed;
            }
            parsed.command = arg;
            continue;
        }
        if (parsed.positional.size() >= command->maxPositional) {
            parsed.error =
                command->maxPositional == 0
                    ? Text::tr("paydesk-cli %1 takes no order or other argument; \"%2\" is one too many.")
                          .arg(parsed.command, arg)
                    : Text::tr("paydesk-cli %1 takes one order; \"%2\" is one too many.").arg(parsed.command, arg);
            return parsed;
        }
        parsed.positional << arg;
    }
    return parsed;
}

bool isLoopback(const QUrl &url)
{
    const QHostAddress address(url.host());
    return url.host() == u"localhost" || (!address.isNull() && address.isLoopback());
}

QString moneyText(qint64 minor, const QString &currency)
{
    return Money(minor, currency).toDecimalString();
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

class Command
{
public:
    Command(const Arguments &args, bool json) : m_args(args), m_json(json) {}

    int run();

private:
    int fail(int code, const QString &message, const QJsonObject &base = {});
    int finishOrder(qint64 orderId, const OperationOutcome &outcome);
    int runOperation(PendingOperation *operation, qint64 orderId);
    Result<Order> resolveOrder();
    int openDatabase(); // ExitDone, or the exit code after saying what is wrong
    bool makeService(bool needsLinePay);
    std::optional<LinePay::ClientConfig> linePayConfig(bool needsLinePay);
    int ping();
    std::optional<Money> amountOption(const QString &currency, int *exit);
    QJsonObject orderJson(qint64 orderId, QString *text);
    void print(const QJsonObject &json, const QString &text);

    int request();
    int list();
    int exportOrders();
    enum class Listing
    {
        Text, // list: a line per order (--json: one JSON object)
        Csv,
        Json,
    };
    // Writes the orders of --state, --search, --since, --until and --limit as they are read.
    int writeOrders(Listing listing);
    int reconcile();
    std::optional<OrderFilter> orderFilter(QString *problem) const;
    int watch(int intervalMs);
    int verifyAudit();
    int seed();
    int backupOrRestore();
    int report();
    int closeDay();
    int receipt();
    int shop();
    int staff();
    // Who the CLI acts as: the owner with --as owner and their PIN; a clerk once the shop has a
    // staff list; else the owner, as before there were roles.
    int resolveOperator();
    std::optional<QString> readPin(const QString &file, const QString &prompt, int *exit);
    PaymentService::Operator m_operator{QStringLiteral("cli"), Role::Owner};
    std::optional<QDate> dayOption(int *exit);

    const Arguments &m_args;
    bool m_json = false;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LinePay::Client> m_client;
    SystemClock m_clock;
    std::unique_ptr<PaymentService> m_service;
};

// Text for a terminal: the characters Order::isControlCharacter names (an escape sequence in a
// customer's name could repaint the terminal) are shown as \xNN or \uNNNN; line breaks stay
// only where PayDesk puts them.
QString visible(const QString &text, bool keepLineBreaks)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const int u = c.unicode();
        if ((u == u'\n' && keepLineBreaks) || !Order::isControlCharacter(c))
            out += c;
        else if (u <= 0xff)
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0'));
    }
    return out;
}

void Command::print(const QJsonObject &json, const QString &text)
{
    if (m_json)
        std::fputs(QJsonDocument(json).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
    else
        std::fputs(qPrintable(visible(text, true) + u'\n'), stdout);
    std::fflush(stdout);
}

int Command::fail(int code, const QString &message, const QJsonObject &base)
{
    if (m_json) {
        QJsonObject json = base;
        json.insert(QStringLiteral("error"), message);
        if (!json.contains(QStringLiteral("returnCode")))
            json.insert(QStringLiteral("returnCode"), QJsonValue());
        print(json, {});
    } else {
        std::fputs(qPrintable(QStringLiteral("paydesk-cli: ") + visible(message, true) + u'\n'), stderr);
    }
    return code;
}

int Command::openDatabase()
{
    QString path = m_args.value(QStringLiteral("db"));
    if (m_args.has(QStringLiteral("db")) && path.trimmed().isEmpty()) {
        return fail(ExitBadInput, Text::tr("The --db option is empty; give the database file, or leave the option "
                                           "out for the usual one."));
    }
    if (path.isEmpty())
        path = Storage::dataFolder() + QStringLiteral("/paydesk.db");
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        return fail(ExitStorage, db.error().message);
    m_db = std::move(db).value();
    if (const QString warning = m_db->readableByOthersWarning(); !warning.isEmpty())
        std::fputs(qPrintable(QStringLiteral("paydesk-cli: ") + Text::tr("warning: %1").arg(warning) + u'\n'), stderr);
    return ExitDone;
}

std::optional<LinePay::ClientConfig> Command::linePayConfig(bool needsLinePay)
{
    LinePay::ClientConfig config;
    QString base = m_args.value(QStringLiteral("api-base"));
    if (base.isEmpty())
        base = qEnvironmentVariable("PAYDESK_API_BASE");
    config.baseUrl = QUrl(base);
    config.channelId = m_args.value(QStringLiteral("channel-id"));
    if (config.channelId.isEmpty())
        config.channelId = qEnvironmentVariable("PAYDESK_CHANNEL_ID");
    const QString secretFile = m_args.value(QStringLiteral("channel-secret-file"));
    if (!secretFile.isEmpty()) {
        QFile file(secretFile);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(ExitBadInput,
                 QFileInfo(secretFile).isDir()
                     ? Text::tr("The channel secret file %1 is a folder; give the file that holds the secret.")
                           .arg(secretFile)
                     : Text::tr("Cannot read the channel secret file %1 (%2).").arg(secretFile, file.errorString()));
            return std::nullopt;
        }
        // As ssh does with a private key: a secret others can read is refused.
        if (file.permissions() &
            (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)) {
            fail(ExitBadInput, Text::tr("Other users of this computer can read the channel secret file %1. Make it "
                                        "yours alone (chmod 600 \"%1\") and try again.")
                                   .arg(secretFile));
            return std::nullopt;
        }
        QByteArray secret = file.readLine();
        while (secret.endsWith('\n') || secret.endsWith('\r'))
            secret.chop(1);
        if (secret.trimmed().isEmpty()) {
            fail(ExitBadInput, Text::tr("The channel secret file %1 is empty; its first line must be the channel "
                                        "secret from LINE Pay Merchant Center.")
                                   .arg(secretFile));
            return std::nullopt;
        }
        config.channelSecret = secret;
    } else {
        config.channelSecret = qgetenv("PAYDESK_CHANNEL_SECRET");
    }
    if (needsLinePay) {
        if (base.isEmpty()) {
            fail(ExitBadInput, Text::tr("Give the LINE Pay address with --api-base (or PAYDESK_API_BASE)."));
            return std::nullopt;
        }
        if (const QString problem = LinePay::checkBaseUrl(config.baseUrl); !problem.isEmpty()) {
            fail(ExitBadInput, problem);
            return std::nullopt;
        }
        if (isLoopback(config.baseUrl)) {
            if (config.channelId.isEmpty())
                config.channelId = kSandboxChannelId;
            if (config.channelSecret.isEmpty())
                config.channelSecret = kSandboxChannelSecret;
        }
        if (config.channelId.isEmpty() || config.channelSecret.isEmpty()) {
            fail(ExitBadInput,
                 Text::tr("Give the channel with --channel-id and --channel-secret-file (or PAYDESK_CHANNEL_ID and "
                          "PAYDESK_CHANNEL_SECRET)."));
            return std::nullopt;
        }
    }
    return config;
}

bool Command::makeService(bool needsLinePay)
{
    std::optional<LinePay::ClientConfig> read = linePayConfig(needsLinePay);
    if (!read)
        return false;
    LinePay::ClientConfig config = *read;
    // Test hooks (README "Test hooks"), off unless set: shorter call timeouts, and a crash at a
    // chosen point of a money call.
    const int testTimeoutMs = qEnvironmentVariableIntValue("PAYDESK_TEST_TIMEOUT_MS");
    if (const int ms = testTimeoutMs; ms > 0) {
        for (const LinePay::Endpoint endpoint :
             {LinePay::Endpoint::Request, LinePay::Endpoint::Check, LinePay::Endpoint::Confirm,
              LinePay::Endpoint::Capture, LinePay::Endpoint::Void, LinePay::Endpoint::Refund,
              LinePay::Endpoint::Details})
            config.timeoutMs.insert(endpoint, ms);
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<LinePay::Client>(m_network.get(), config);
    m_service = std::make_unique<PaymentService>(*m_db, m_client.get(), m_clock, QStringLiteral("cli"));
    m_service->setOperator(m_operator);
    PaymentService::Options options;
    options.program = QStringLiteral("paydesk-cli");
    options.killAt = qEnvironmentVariable("PAYDESK_TEST_KILL");
    if (testTimeoutMs > 0)
        options.deadlineMarginMs = testTimeoutMs;
    m_service->setOptions(options);
    return true;
}

Result<Order> Command::resolveOrder()
{
    if (m_args.positional.isEmpty())
        return badInput(Text::tr("Name the order: paydesk-cli %1 ORDER.").arg(m_args.command));
    return OrderRepository(*m_db).findByReference(m_args.positional.first());
}

std::optional<Money> Command::amountOption(const QString &currency, int *exit)
{
    *exit = ExitDone;
    if (!m_args.options.contains(QStringLiteral("amount")))
        return std::nullopt;
    Result<Money> amount = Money::parse(m_args.value(QStringLiteral("amount")), currency);
    if (!amount) {
        *exit = fail(ExitBadInput, amount.error().message);
        return std::nullopt;
    }
    if (amount->minorUnits() <= 0) {
        *exit =
            fail(ExitBadInput,
                 Text::tr("The amount must be more than zero, not %1.").arg(m_args.value(QStringLiteral("amount"))));
        return std::nullopt;
    }
    return *amount;
}

QJsonObject Command::orderJson(qint64 orderId, QString *text)
{
    Result<OrderRow> row = OrderQueries(*m_db).find(orderId);
    if (!row)
        return {};
    QJsonObject json = orderRowJson(*row);
    QJsonArray refunds;
    QJsonValue expiry;
    Result<Payment> payment = PaymentRepository(*m_db).currentForOrder(orderId);
    if (payment) {
        if (payment->authorizationExpiry.isValid())
            expiry = payment->authorizationExpiry.toString(Qt::ISODate);
        Result<QList<Refund>> list = RefundRepository(*m_db).forPayment(payment->id);
        for (const Refund &r : list ? *list : QList<Refund>()) {
            refunds.append(QJsonObject{{QStringLiteral("refundTransactionId"), QString::number(r.refundTransactionId)},
                                       {QStringLiteral("amount"), r.amount.toDecimalString()},
                                       {QStringLiteral("reason"), r.reason},
                                       {QStringLiteral("created"), r.created.toString(Qt::ISODate)}});
        }
    }
    json.insert(QStringLiteral("authorizationExpireDate"), expiry);
    json.insert(QStringLiteral("refunds"), refunds);
    *text = QStringLiteral("%1  %2  %3 %4")
                .arg(json.value(u"order").toString(), json.value(u"state").toString(),
                     json.value(u"currency").toString(), json.value(u"amount").toString());
    if (row->refundedMinor != 0)
        *text += Text::tr("  refunded %1").arg(json.value(u"refunded").toString());
    if (!expiry.isNull())
        *text += Text::tr("  authorized until %1").arg(expiry.toString());
    if (json.value(u"paymentUrl").isString())
        *text += u'\n' + Text::tr("Payment page: %1").arg(json.value(u"paymentUrl").toString());
    return json;
}

int Command::finishOrder(qint64 orderId, const OperationOutcome &outcome)
{
    QString text;
    QJsonObject json = orderJson(orderId, &text);
    const int code = exitCode(outcome.status);
    if (!outcome.returnCode.isEmpty() || code != ExitDone) {
        // A failure reports the answer to this command, or none when LINE Pay did not answer.
        json.insert(QStringLiteral("returnCode"), nullable(outcome.returnCode));
        json.insert(QStringLiteral("returnMessage"), nullable(outcome.returnMessage));
    }
    if (outcome.alreadyDone)
        json.insert(QStringLiteral("alreadyDone"), true);
    if (code != ExitDone)
        return fail(code, outcome.message, json);
    if (!outcome.message.isEmpty()) {
        json.insert(QStringLiteral("message"), outcome.message);
        if (outcome.alreadyDone)
            text = outcome.message + u'\n' + text;
    }
    print(json, text);
    return code;
}

int Command::runOperation(PendingOperation *operation, qint64 orderId)
{
    QEventLoop loop;
    OperationOutcome result;
    QObject::connect(operation, &PendingOperation::finished, &loop, [&](const OperationOutcome &outcome) {
        result = outcome;
        loop.quit();
    });
    loop.exec();
    return finishOrder(orderId != 0 ? orderId : result.orderId, result);
}

int Command::request()
{
    if (!m_args.positional.isEmpty()) {
        Result<Order> existing = resolveOrder();
        if (!existing)
            return fail(existing.error().kind == Error::Kind::Storage ? ExitStorage : ExitBadInput,
                        existing.error().message);
        if (!makeService(true))
            return ExitBadInput;
        return runOperation(m_service->request(existing->id, m_args.has(QStringLiteral("authorize-only"))),
                            existing->id);
    }
    const QString currency = m_args.value(QStringLiteral("currency"));
    if (currency.isEmpty())
        return fail(ExitBadInput, Text::tr("Give the currency with --currency (TWD, THB or USD)."));
    if (const QString why = Money::unpayableReason(currency); !why.isEmpty())
        return fail(ExitBadInput, why);
    for (const char *name : {"customer", "phone", "note"}) {
        if (m_args.has(QLatin1StringView(name)) && m_args.value(QLatin1StringView(name)).trimmed().isEmpty())
            return fail(
                ExitBadInput,
                Text::tr("The --%1 option is blank; give a %1 or leave the option out.").arg(QLatin1StringView(name)));
    }
    Order order;
    order.currency = currency;
    order.customerName = m_args.value(QStringLiteral("customer"));
    order.customerPhone = m_args.value(QStringLiteral("phone"));
    order.note = m_args.value(QStringLiteral("note"));
    for (const QString &text : m_args.values(QStringLiteral("item"))) {
        const qsizetype priceColon = text.lastIndexOf(u':');
        const qsizetype quantityColon = priceColon > 0 ? text.lastIndexOf(u':', priceColon - 1) : -1;
        if (quantityColon < 0)
            return fail(ExitBadInput,
                        Text::tr("An item is NAME:QTY:PRICE, e.g. Coffee:2:120; \"%1\" is not.").arg(text));
        if (text.left(quantityColon).trimmed().isEmpty())
            return fail(ExitBadInput, Text::tr("The item \"%1\" has no name; write NAME:QTY:PRICE.").arg(text));
        bool ok = false;
        const qint64 quantity = text.mid(quantityColon + 1, priceColon - quantityColon - 1).toLongLong(&ok);
        if (!ok || quantity < 1)
            return fail(ExitBadInput,
                        Text::tr("The quantity in \"%1\" must be a whole number of at least 1.").arg(text));
        Result<Money> price = Money::parse(text.mid(priceColon + 1), currency);
        if (!price)
            return fail(ExitBadInput, Text::tr("The price in \"%1\": %2").arg(text, price.error().message));
        order.items << LineItem{text.left(quantityColon), quantity, *price};
    }
    int exit = ExitDone;
    const std::optional<Money> amount = amountOption(currency, &exit);
    if (exit != ExitDone)
        return exit;
    if (order.items.isEmpty()) {
        if (!amount)
            return fail(ExitBadInput,
                        Text::tr("Give the items with --item NAME:QTY:PRICE, or the total with --amount."));
        order.items << LineItem{Order::kNumberPlaceholder.toString(), 1, *amount};
    }
    if (const PayDesk::Status valid = order.validate(); !valid)
        return fail(ExitBadInput, valid.error().message);
    if (amount && *order.total() != *amount)
        return fail(ExitBadInput, Text::tr("--amount %1 differs from the items' total %2.")
                                      .arg(amount->toDecimalString(), order.total()->toDecimalString()));
    if (!makeService(true))
        return ExitBadInput;
    Result<Order> created = m_service->createOrder(order);
    if (!created)
        return fail(created.error().kind == Error::Kind::BadInput ? ExitBadInput : ExitStorage,
                    created.error().message);
    return runOperation(m_service->request(created->id, m_args.has(QStringLiteral("authorize-only"))), created->id);
}

int Command::list()
{
    return writeOrders(Listing::Text);
}

int Command::backupOrRestore()
{
    if (m_args.command == u"check") {
        const FileCheck check = checkDatabaseFile(m_db->path());
        if (!check.ok)
            return fail(ExitRefused, check.problem);
        print(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("orders"), check.orders}},
              Text::tr("%1: intact (integrity check and audit trail).").arg(m_db->path()));
        return ExitDone;
    }
    if (m_args.command == u"backup") {
        const QString out = m_args.value(QStringLiteral("out"));
        if (out.isEmpty())
            return fail(ExitBadInput, Text::tr("Say where to write the backup: --out FILE."));
        if (Status s = backupDatabase(*m_db, out); !s)
            return fail(ExitStorage, s.error().message);
        print(QJsonObject{{QStringLiteral("backup"), out}}, Text::tr("Backup written to %1 and checked.").arg(out));
        return ExitDone;
    }
    if (m_args.positional.isEmpty())
        return fail(ExitBadInput, Text::tr("Name the backup to restore: paydesk-cli restore FILE."));
    const QString file = m_args.positional.first();
    const QString kept = m_db->path() + QStringLiteral(".before-restore-") +
                         QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (Status s = restoreDatabase(*m_db, file, kept, m_args.has(QStringLiteral("force"))); !s)
        return fail(s.error().kind == Error::Kind::BadInput ? ExitBadInput : ExitStorage, s.error().message);
    print(QJsonObject{{QStringLiteral("restored"), file}, {QStringLiteral("kept"), kept}},
          Text::tr("Restored %1; what the database held before is kept in %2.").arg(file, kept));
    return ExitDone;
}

int Command::seed()
{
    bool ok = false;
    const qint64 orders = m_args.value(QStringLiteral("orders")).toLongLong(&ok);
    if (!ok || orders < 1 || orders > 100000000)
        return fail(ExitBadInput, Text::tr("--orders takes a number of orders from 1 to 100,000,000."));
    const QString out = m_args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(ExitBadInput, Text::tr("Say where to write the new database: --out FILE."));
    quint32 seedValue = 20261129;
    if (m_args.has(QStringLiteral("seed"))) {
        seedValue = m_args.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return fail(ExitBadInput, Text::tr("--seed takes a whole number."));
    }
    QElapsedTimer timer;
    timer.start();
    const Result<SeedCounts> counts = seedDatabase(out, orders, seedValue, QDateTime::currentDateTimeUtc());
    if (!counts)
        return fail(counts.error().kind == Error::Kind::BadInput ? ExitBadInput : ExitStorage, counts.error().message);
    const double seconds = timer.elapsed() / 1000.0;
    print(QJsonObject{{QStringLiteral("orders"), counts->orders},
                      {QStringLiteral("items"), counts->items},
                      {QStringLiteral("payments"), counts->payments},
                      {QStringLiteral("refunds"), counts->refunds},
                      {QStringLiteral("auditEntries"), counts->auditEntries},
                      {QStringLiteral("seconds"), seconds},
                      {QStringLiteral("file"), out}},
          Text::tr("%1: %2 orders, %3 items, %4 payments, %5 refunds, %6 audit entries in %7 s.")
              .arg(out)
              .arg(counts->orders)
              .arg(counts->items)
              .arg(counts->payments)
              .arg(counts->refunds)
              .arg(counts->auditEntries)
              .arg(seconds, 0, 'f', 1));
    return ExitDone;
}

int Command::verifyAudit()
{
    const Result<AuditCheck> check = verifyAuditTrail(*m_db);
    if (!check)
        return fail(ExitStorage, check.error().message);
    if (!check->intact)
        return fail(ExitRefused, QStringLiteral("audit: ") + check->problem,
                    QJsonObject{{QStringLiteral("entries"), check->entries},
                                {QStringLiteral("intact"), false},
                                {QStringLiteral("brokenEntry"), check->brokenEntry}});
    print(QJsonObject{{QStringLiteral("entries"), check->entries}, {QStringLiteral("intact"), true}},
          QStringLiteral("audit: ") +
              QCoreApplication::translate("PayDesk::Cli", "%n entries, chain intact", nullptr, int(check->entries)));
    return ExitDone;
}

int Command::exportOrders()
{
    const QString format = m_args.value(QStringLiteral("format"));
    if (format != u"csv" && format != u"json")
        return fail(ExitBadInput, Text::tr("Choose --format csv or --format json."));
    return writeOrders(format == u"csv" ? Listing::Csv : Listing::Json);
}

std::optional<OrderFilter> Command::orderFilter(QString *problem) const
{
    OrderFilter filter;
    if (m_args.has(QStringLiteral("state"))) {
        filter.state = stateFromName(m_args.value(QStringLiteral("state")));
        if (!filter.state) {
            *problem = Text::tr("Unknown state \"%1\".").arg(m_args.value(QStringLiteral("state")));
            return std::nullopt;
        }
    }
    filter.search = m_args.value(QStringLiteral("search"));
    // Days of this computer's time zone, the shop's: --until includes its whole day.
    for (const char16_t *name : {u"since", u"until"}) {
        const QString option = QString::fromUtf16(name);
        if (!m_args.has(option))
            continue;
        const QDate day = QDate::fromString(m_args.value(option), Qt::ISODate);
        if (!day.isValid()) {
            *problem = Text::tr("--%1 takes a day such as 2026-11-29.").arg(option);
            return std::nullopt;
        }
        if (option == u"since")
            filter.from = day.startOfDay().toUTC();
        else
            filter.to = day.addDays(1).startOfDay().toUTC();
    }
    if (m_args.has(QStringLiteral("limit"))) {
        bool isNumber = false;
        const int limit = m_args.value(QStringLiteral("limit")).toInt(&isNumber);
        if (!isNumber || limit <= 0) {
            *problem = Text::tr("--limit takes a whole number above 0.");
            return std::nullopt;
        }
        filter.limit = limit;
    }
    return filter;
}

namespace {

// A bar on stderr that redraws at most ten times a second, when stderr is a terminal.
class ProgressBar
{
public:
    ProgressBar(qint64 total, bool shown) : m_total(total), m_shown(shown && total > 0) { m_timer.start(); }
    void step()
    {
        ++m_done;
        if (m_shown && m_timer.elapsed() - m_drawn >= 100)
            draw();
    }
    void finish()
    {
        if (!m_shown)
            return;
        draw();
        std::fputc('\n', stderr);
    }

private:
    void draw()
    {
        m_drawn = m_timer.elapsed();
        constexpr int kWidth = 30;
        const qint64 done = qMin(m_done, m_total);
        const int filled = int(done * kWidth / m_total);
        const QByteArray bar = QByteArray(filled, '#') + QByteArray(kWidth - filled, '.');
        std::fprintf(stderr, "\r[%s] %3d %%  %lld / %lld", bar.constData(), int(done * 100 / m_total),
                     static_cast<long long>(done), static_cast<long long>(m_total));
        std::fflush(stderr);
    }

    const qint64 m_total;
    const bool m_shown;
    qint64 m_done = 0;
    qint64 m_drawn = -1000;
    QElapsedTimer m_timer;
};

QByteArray textRow(const OrderRow &r)
{
    return QStringLiteral("%1  %2  %3 %4  %5\n")
        .arg(r.number, stateName(r.state).leftJustified(18), r.currency, moneyText(r.totalMinor, r.currency),
             visible(r.customerName, false))
        .toUtf8();
}

} // namespace

int Command::writeOrders(Listing listing)
{
    QString problem;
    const std::optional<OrderFilter> filter = orderFilter(&problem);
    if (!filter)
        return fail(ExitBadInput, problem);
    const bool exporting = listing != Listing::Text;
    const QString out = exporting ? m_args.value(QStringLiteral("out")) : QString();
    if (exporting && m_json && listing == Listing::Csv && out.isEmpty())
        return fail(ExitBadInput, Text::tr("With --json, give --out FILE for a CSV export."));
    const bool asJson = listing == Listing::Json || (listing == Listing::Text && m_json);
    // Written as the rows are read: a file beside its name, renamed over it once complete; else
    // standard output.
    QSaveFile file(out);
    QFile standardOutput;
    QIODevice *device = &standardOutput;
    if (!out.isEmpty()) {
        // Customers' names and payments: the export is the owner's alone, whatever the umask.
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(ExitStorage, Text::tr("Cannot write %1: %2").arg(out, file.errorString()));
        device = &file;
    } else if (!standardOutput.open(stdout, QIODevice::WriteOnly)) {
        return fail(ExitStorage, standardOutput.errorString());
    }
    const OrderQueries queries(*m_db);
    qint64 total = 0;
    const bool toTerminalBeside = ::isatty(STDERR_FILENO) && (!out.isEmpty() || !::isatty(STDOUT_FILENO));
    if (toTerminalBeside) {
        const Result<qint64> count = queries.count(*filter);
        total = count ? *count : 0;
        if (filter->limit > 0)
            total = qMin<qint64>(total, filter->limit);
    }
    ProgressBar progress(total, toTerminalBeside);
    bool written = true;
    qint64 rows = 0;
    Status read = Done{};
    if (exporting) {
        // The window's File › Export writes with the same code.
        const Result<ExportResult> exported =
            Storage::exportOrders(*m_db, *filter, listing == Listing::Csv ? ExportFormat::Csv : ExportFormat::Json,
                                  device, false, [&progress](qint64) {
                                      progress.step();
                                      return true;
                                  });
        if (exported)
            rows = exported->orders;
        else
            read = exported.error();
    } else {
        // One line of JSON, or a line per order.
        const auto write = [&](const QByteArray &bytes) {
            written = written && device->write(bytes) == bytes.size();
            return written;
        };
        if (asJson)
            write(QByteArrayLiteral("{\"orders\":["));
        read = queries.forEach(*filter, [&](const OrderRow &r) {
            const QByteArray bytes = asJson ? (rows > 0 ? QByteArrayLiteral(",") : QByteArray()) +
                                                  QJsonDocument(orderRowJson(r)).toJson(QJsonDocument::Compact)
                                            : textRow(r);
            ++rows;
            return write(bytes);
        });
        if (asJson)
            write(QByteArrayLiteral("]}\n"));
        else if (rows == 0)
            write(Text::tr("No orders.").toUtf8() + '\n');
    }
    progress.finish();
    if (!read) {
        if (!out.isEmpty())
            file.cancelWriting();
        return fail(ExitStorage, read.error().message);
    }
    if (!written || (!out.isEmpty() && !file.commit()))
        return fail(
            ExitStorage,
            Text::tr("Cannot write %1: %2").arg(out.isEmpty() ? QStringLiteral("-") : out, device->errorString()));
    if (standardOutput.isOpen())
        standardOutput.flush();
    if (!out.isEmpty())
        print(QJsonObject{{QStringLiteral("exported"), rows}, {QStringLiteral("file"), out}},
              QCoreApplication::translate("PayDesk::Cli", "Exported %n order(s) to %1.", nullptr, int(rows)).arg(out));
    return ExitDone;
}

int Command::reconcile()
{
    QString problem;
    const std::optional<OrderFilter> days = orderFilter(&problem);
    if (!days)
        return fail(ExitBadInput, problem);
    const QString out = m_args.value(QStringLiteral("out"));
    ProgressBar *bar = nullptr;
    std::unique_ptr<ProgressBar> shown;
    qint64 stepped = 0;
    QEventLoop loop;
    std::optional<ReconcileReport> report;
    m_service->reconcile(
        days->from,
        [&](const ReconcileReport &r) {
            report = r;
            loop.quit();
        },
        [&](qint64 compared, qint64 total) {
            if (!bar && ::isatty(STDERR_FILENO) && total > 0) {
                shown = std::make_unique<ProgressBar>(total, true);
                bar = shown.get();
            }
            for (; bar && stepped < compared; ++stepped)
                bar->step();
        });
    loop.exec();
    if (bar)
        bar->finish();
    QJsonArray drifts;
    QStringList lines;
    for (const Drift &d : std::as_const(report->drifts)) {
        const bool updated = d.outcome == Drift::Outcome::Updated;
        const QString outcome = d.outcomeName();
        drifts.append(QJsonObject{{QStringLiteral("order"), d.orderNumber},
                                  {QStringLiteral("orderId"), d.lineOrderId},
                                  {QStringLiteral("transactionId"), QString::number(d.transactionId)},
                                  {QStringLiteral("local"), d.local},
                                  {QStringLiteral("linePay"), nullable(d.linePay)},
                                  {QStringLiteral("outcome"), outcome},
                                  {QStringLiteral("note"), nullable(d.note)}});
        lines << (updated ? Text::tr("%1 (transaction %2): was %3; now %4 as LINE Pay has it.")
                                .arg(d.orderNumber, QString::number(d.transactionId), d.local, d.linePay)
                          : Text::tr("%1 (transaction %2): here %3; LINE Pay %4. Left unchanged: %5")
                                .arg(d.orderNumber, QString::number(d.transactionId), d.local,
                                     d.linePay.isEmpty() ? QStringLiteral("-") : d.linePay, d.note));
    }
    if (!out.isEmpty()) {
        if (Status s = Reports::writeOwnerOnlyFile(out, report->toCsv()); !s)
            return fail(ExitStorage, s.error().message);
    }
    const qint64 left = report->leftUnchanged();
    lines << Text::tr("Compared %1 payment(s) with LINE Pay in %2 call(s): %3 difference(s), %4 left for you to "
                      "check; %5 left to another PayDesk that is working on them.")
                 .arg(report->payments)
                 .arg(report->calls)
                 .arg(report->drifts.size())
                 .arg(left)
                 .arg(report->busy);
    const QJsonObject json{{QStringLiteral("payments"), report->payments},
                           {QStringLiteral("calls"), report->calls},
                           {QStringLiteral("busy"), report->busy},
                           {QStringLiteral("drifts"), drifts},
                           {QStringLiteral("leftUnchanged"), left}};
    if (!report->problem.isEmpty()) {
        if (!m_json)
            print({}, lines.join(u'\n'));
        return fail(report->storageProblem ? ExitStorage : ExitRefused,
                    Text::tr("Reconciliation stopped: %1").arg(report->problem), json);
    }
    print(json, lines.join(u'\n'));
    return left > 0 ? ExitRefused : ExitDone;
}

namespace {

std::atomic<bool> g_stopRequested = false;

void requestStop(int)
{
    g_stopRequested = true;
}

} // namespace

int Command::ping()
{
    const std::optional<LinePay::ClientConfig> config = linePayConfig(true);
    if (!config)
        return ExitBadInput;
    QNetworkAccessManager network;
    QEventLoop loop;
    ConnectionTestResult result;
    QObject::connect(ConnectionTest::start(&network, {config->baseUrl, config->channelId, config->channelSecret}),
                     &ConnectionTest::finished, &loop, [&](const ConnectionTestResult &r) {
                         result = r;
                         loop.quit();
                     });
    loop.exec();
    if (result.verdict != ConnectionTestResult::Verdict::Works)
        return fail(ExitRefused, result.sentence, {{QStringLiteral("returnCode"), nullable(result.returnCode)}});
    print(QJsonObject{{QStringLiteral("ok"), true},
                      {QStringLiteral("message"), result.sentence},
                      {QStringLiteral("returnCode"), result.returnCode}},
          result.sentence);
    return ExitDone;
}

int Command::watch(int intervalMs)
{
    if (!makeService(true))
        return ExitBadInput;
    // Settle what an earlier run left in doubt, then watch at LINE Pay's pace.
    QEventLoop loop;
    QObject::connect(m_service->recover(), &PendingOperation::finished, &loop, [&](const OperationOutcome &outcome) {
        if (outcome.status != OutcomeStatus::Done && outcome.status != OutcomeStatus::BadInput)
            print(QJsonObject{{QStringLiteral("error"), outcome.message}},
                  Text::tr("paydesk-cli: %1").arg(outcome.message));
        loop.quit();
    });
    loop.exec();
    PaymentPoller poller(*m_service, *m_db, intervalMs);
    poller.setAutoConfirm(m_args.has(QStringLiteral("auto-confirm")));
    QHash<qint64, PaymentState> seen;
    QObject::connect(m_service.get(), &PaymentService::orderChanged, &loop, [&](qint64 orderId) {
        Result<OrderRow> row = OrderQueries(*m_db).find(orderId);
        if (!row || seen.value(orderId, PaymentState::Draft) == row->state)
            return;
        seen.insert(orderId, row->state);
        QString text;
        print(orderJson(orderId, &text), text);
    });
    QObject::connect(&poller, &PaymentPoller::confirmed, &loop, [&](const OperationOutcome &outcome) {
        QString unused;
        if (outcome.status != OutcomeStatus::Done)
            print(QJsonObject{{QStringLiteral("order"), orderJson(outcome.orderId, &unused).value(u"order")},
                              {QStringLiteral("error"), outcome.message},
                              {QStringLiteral("returnCode"), nullable(outcome.returnCode)}},
                  Text::tr("paydesk-cli: %1").arg(outcome.message));
    });
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer stopCheck;
    QObject::connect(&stopCheck, &QTimer::timeout, &loop, [&loop] {
        if (g_stopRequested)
            loop.quit();
    });
    stopCheck.start(100);
    poller.start();
    poller.poll();
    loop.exec();
    return ExitDone;
}

std::optional<QDate> Command::dayOption(int *exit)
{
    *exit = ExitDone;
    if (!m_args.has(QStringLiteral("date")))
        return QDate::currentDate();
    const QDate day = QDate::fromString(m_args.value(QStringLiteral("date")), Qt::ISODate);
    if (!day.isValid()) {
        *exit =
            fail(ExitBadInput,
                 Text::tr("--date takes a day as YYYY-MM-DD, not \"%1\".").arg(m_args.value(QStringLiteral("date"))));
        return std::nullopt;
    }
    return day;
}

namespace {

QString reportSummary(const DayReport &report)
{
    QStringList lines;
    lines << (report.isClosed() ? Text::tr("%1, %2: closed %3 by %4")
                                      .arg(report.numberText(), report.day.toString(Qt::ISODate),
                                           formatDateTime(report.closedAt), report.closedBy)
                                : Text::tr("%1: not closed").arg(report.day.toString(Qt::ISODate)));
    lines
        << Text::tr("From %1 to %2 (%3)").arg(formatDateTime(report.from), formatDateTime(report.to), report.timeZone);
    if (report.currencies.isEmpty())
        lines << Text::tr("No money moved on this day.");
    for (const DayCurrencyTotals &t : report.currencies) {
        lines << Text::tr("%1: captured %2 (%3), refunded %4 (%5), voided %6 (%7), net %8")
                     .arg(t.currency, t.captured.toDecimalString())
                     .arg(t.captures)
                     .arg(t.refunded.toDecimalString())
                     .arg(t.refunds)
                     .arg(t.voided.toDecimalString())
                     .arg(t.voids)
                     .arg(t.net().toDecimalString());
    }
    return lines.join(u'\n');
}

} // namespace

int Command::report()
{
    int exit = ExitDone;
    const std::optional<QDate> day = dayOption(&exit);
    if (!day)
        return exit;
    const QString format =
        m_args.has(QStringLiteral("format")) ? m_args.value(QStringLiteral("format")) : QStringLiteral("text");
    if (format != u"text" && format != u"json" && format != u"csv" && format != u"pdf")
        return fail(ExitBadInput, Text::tr("--format takes text, json, csv or pdf, not \"%1\".").arg(format));
    const QString out = m_args.value(QStringLiteral("out"));
    if (format == u"pdf" && out.isEmpty())
        return fail(ExitBadInput, Text::tr("Say where to write the PDF: --out FILE."));
    const std::optional<Reports::Paper> paper = Reports::paperFromName(
        m_args.has(QStringLiteral("paper")) ? m_args.value(QStringLiteral("paper")) : QStringLiteral("a4"));
    if (!paper)
        return fail(ExitBadInput, Text::tr("--paper takes a4, 80mm or 58mm."));
    const Result<DayReport> report = DayReports(*m_db, QTimeZone::systemTimeZone()).report(*day);
    if (!report)
        return fail(report.error().kind == Error::Kind::BadInput ? ExitBadInput : ExitStorage, report.error().message);
    if (format == u"text" || (format == u"json" && out.isEmpty())) {
        print(report->toJson(), reportSummary(*report));
        return ExitDone;
    }
    if (format == u"pdf") {
        const Result<ShopInfo> shopInfo = ShopSettings(*m_db).read();
        if (!shopInfo)
            return fail(ExitStorage, shopInfo.error().message);
        if (Status s = Reports::writePdf(Reports::dayReportHtml(*report, *shopInfo), out, *paper,
                                         report->isClosed() ? report->numberText() : report->day.toString(Qt::ISODate));
            !s)
            return fail(ExitStorage, s.error().message);
        print(QJsonObject{{QStringLiteral("file"), out}, {QStringLiteral("closed"), report->isClosed()}},
              Text::tr("Report of %1 written to %2.").arg(report->day.toString(Qt::ISODate), out));
        return ExitDone;
    }
    const QByteArray data = format == u"csv" ? Reports::dayReportCsv(*report)
                                             : QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented);
    if (out.isEmpty()) {
        std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        std::fflush(stdout);
        return ExitDone;
    }
    if (Status s = Reports::writeOwnerOnlyFile(out, data); !s)
        return fail(ExitStorage, s.error().message);
    print(QJsonObject{{QStringLiteral("file"), out}, {QStringLiteral("closed"), report->isClosed()}},
          Text::tr("Report of %1 written to %2.").arg(report->day.toString(Qt::ISODate), out));
    return ExitDone;
}

int Command::closeDay()
{
    if (m_operator.role != Role::Owner)
        return fail(ExitBadInput, Text::tr("Only the owner can close the day: add --as owner."));
    int exit = ExitDone;
    const std::optional<QDate> day = dayOption(&exit);
    if (!day)
        return exit;
    const Result<ShopInfo> shopInfo = ShopSettings(*m_db).read();
    if (!shopInfo)
        return fail(ExitStorage, shopInfo.error().message);
    const Result<DayReport> closed = DayClose(*m_db, QTimeZone::systemTimeZone())
                                         .close(*day, QDateTime::currentDateTimeUtc(), QStringLiteral("cli"));
    if (!closed) {
        const Error::Kind kind = closed.error().kind;
        return fail(kind == Error::Kind::BadInput   ? ExitBadInput
                    : kind == Error::Kind::Conflict ? ExitRefused
                                                    : ExitStorage,
                    closed.error().message);
    }
    QString out = m_args.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        const QString folder = QFileInfo(m_db->path()).absolutePath() + QStringLiteral("/reports");
        QDir().mkpath(folder);
        out = folder + QStringLiteral("/%1-%2.pdf").arg(closed->numberText(), closed->day.toString(Qt::ISODate));
    }
    // The day is closed whether or not its PDF can be written: it can be printed again.
    const Status written =
        Reports::writePdf(Reports::dayReportHtml(*closed, *shopInfo), out, Reports::Paper::A4, closed->numberText());
    QJsonObject json = closed->toJson();
    json.insert(QStringLiteral("file"), written ? out : QString());
    print(json, reportSummary(*closed) + u'\n' +
                    (written ? Text::tr("Report written to %1.").arg(out)
                             : Text::tr("The day is closed, but its PDF was not written: %1 Print it again with "
                                        "paydesk-cli report --date %2 --format pdf --out FILE.")
                                   .arg(written.error().message, closed->day.toString(Qt::ISODate))));
    return written ? ExitDone : ExitStorage;
}

int Command::receipt()
{
    Result<Order> order = resolveOrder();
    if (!order)
        return fail(order.error().kind == Error::Kind::BadInput ? ExitBadInput : ExitStorage, order.error().message);
    const QString out = m_args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(ExitBadInput, Text::tr("Say where to write the PDF: --out FILE."));
    const std::optional<Reports::Paper> paper = Reports::paperFromName(
        m_args.has(QStringLiteral("paper")) ? m_args.value(QStringLiteral("paper")) : QStringLiteral("80mm"));
    if (!paper)
        return fail(ExitBadInput, Text::tr("--paper takes a4, 80mm or 58mm."));
    std::optional<qint64> refundId;
    if (m_args.has(QStringLiteral("refund"))) {
        bool ok = false;
        refundId = m_args.value(QStringLiteral("refund")).toLongLong(&ok);
        if (!ok || *refundId <= 0)
            return fail(ExitBadInput, Text::tr("--refund takes the number of one of the order's refunds."));
    }
    const Result<OrderDetail> detail = OrderDetails(*m_db).find(order->id);
    if (!detail)
        return fail(ExitStorage, detail.error().message);
    const Result<ShopInfo> shopInfo = ShopSettings(*m_db).read();
    if (!shopInfo)
        return fail(ExitStorage, shopInfo.error().message);
    const Result<QString> html = Reports::receiptHtml(*detail, *shopInfo, refundId);
    if (!html)
        return fail(ExitBadInput, html.error().message);
    if (Status s = Reports::writePdf(*html, out, *paper, order->number); !s)
        return fail(ExitStorage, s.error().message);
    print(QJsonObject{{QStringLiteral("file"), out}, {QStringLiteral("order"), order->number}},
          Text::tr("Receipt of %1 written to %2.").arg(order->number, out));
    return ExitDone;
}

int Command::shop()
{
    ShopSettings settings(*m_db);
    Result<ShopInfo> info = settings.read();
    if (!info)
        return fail(ExitStorage, info.error().message);
    bool changed = false;
    for (auto [option, member] : {std::pair{u"name", &ShopInfo::name}, std::pair{u"tax-id", &ShopInfo::taxId},
                                  std::pair{u"address", &ShopInfo::address}, std::pair{u"phone", &ShopInfo::phone}}) {
        if (m_args.has(QString::fromUtf16(option))) {
            (*info).*member = m_args.value(QString::fromUtf16(option));
            changed = true;
        }
    }
    if (changed) {
        if (m_operator.role != Role::Owner)
            return fail(ExitBadInput, Text::tr("Only the owner can change the shop's details: add --as owner."));
        if (Status s = settings.write(*info, m_operator.name); !s)
            return fail(s.error().kind == Error::Kind::BadInput ? ExitBadInput : ExitStorage, s.error().message);
        info = settings.read();
        if (!info)
            return fail(ExitStorage, info.error().message);
    }
    print(QJsonObject{{QStringLiteral("name"), info->name},
                      {QStringLiteral("taxId"), info->taxId},
                      {QStringLiteral("address"), info->address},
                      {QStringLiteral("phone"), info->phone}},
          Text::tr("Shop: %1\nTax id: %2\nAddress: %3\nPhone: %4")
              .arg(info->name, info->taxId, info->address, info->phone));
    return ExitDone;
}

std::optional<QString> Command::readPin(const QString &file, const QString &prompt, int *exit)
{
    *exit = ExitDone;
    if (!file.isEmpty()) {
        QFile pinFile(file);
        if (!pinFile.open(QIODevice::ReadOnly)) {
            *exit = fail(ExitBadInput, Text::tr("Cannot read %1: %2").arg(file, pinFile.errorString()));
            return std::nullopt;
        }
        return QString::fromUtf8(pinFile.readLine(64)).trimmed();
    }
    if (!::isatty(STDIN_FILENO)) {
        *exit =
            fail(ExitBadInput, Text::tr("Give the PIN in a file (--pin-file FILE), or run on a terminal to type it."));
        return std::nullopt;
    }
    std::fputs(qPrintable(prompt), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    char line[64] = {};
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::fputs("\n", stderr);
    const QString pin = QString::fromUtf8(line).trimmed();
    std::fill(std::begin(line), std::end(line), '\0');
    if (!read) {
        *exit = fail(ExitBadInput, Text::tr("No PIN was typed."));
        return std::nullopt;
    }
    return pin;
}

int Command::resolveOperator()
{
    // Commands that read no staff list or that set it up first.
    if (m_args.command == u"check" || m_args.command == u"restore" || m_args.command == u"backup")
        return ExitDone;
    const Result<QList<StaffMember>> people = Staff(*m_db).members();
    if (!people)
        return fail(ExitStorage, people.error().message);
    std::optional<StaffMember> owner;
    for (const StaffMember &person : *people) {
        if (person.role == Role::Owner)
            owner = person;
    }
    if (!m_args.has(QStringLiteral("as"))) {
        if (m_args.has(QStringLiteral("pin-file")))
            return fail(ExitBadInput, Text::tr("--pin-file goes with --as owner."));
        // Before there is a staff list, the CLI acts as it always did.
        m_operator = {QStringLiteral("cli"), owner ? Role::Clerk : Role::Owner};
        return ExitDone;
    }
    if (m_args.value(QStringLiteral("as")) != u"owner")
        return fail(ExitBadInput, Text::tr("--as takes owner."));
    if (!owner)
        return fail(ExitBadInput, Text::tr("The shop has no owner on its staff list yet: add one with paydesk-cli "
                                           "staff add NAME --role owner."));
    int exit = ExitDone;
    const std::optional<QString> pin =
        readPin(m_args.value(QStringLiteral("pin-file")), Text::tr("PIN of %1: ").arg(owner->name), &exit);
    if (!pin)
        return exit;
    const Result<StaffMember> checked = Staff(*m_db).verify(owner->name, *pin, QDateTime::currentDateTimeUtc());
    if (!checked)
        return fail(checked.error().kind == Error::Kind::Storage ? ExitStorage : ExitBadInput, checked.error().message);
    m_operator = {checked->name, Role::Owner};
    return ExitDone;
}

int Command::staff()
{
    const QString what = m_args.positional.value(0);
    if (what != u"list" && what != u"add")
        return fail(ExitBadInput, Text::tr("Say what to do with the staff: paydesk-cli staff list, or staff add NAME "
                                           "--role owner|clerk."));
    if (!makeService(false))
        return ExitBadInput;
    if (what == u"add") {
        const QString name = m_args.positional.value(1);
        const QString roleText = m_args.value(QStringLiteral("role"));
        if (name.trimmed().isEmpty() || (roleText != u"owner" && roleText != u"clerk"))
            return fail(ExitBadInput, Text::tr("Give the name and the role: paydesk-cli staff add NAME --role "
                                               "owner|clerk."));
        int exit = ExitDone;
        const std::optional<QString> pin =
            readPin(m_args.value(QStringLiteral("new-pin-file")), Text::tr("New PIN of %1: ").arg(name), &exit);
        if (!pin)
            return exit;
        const Result<StaffMember> added =
            m_service->addStaff(name, roleText == u"owner" ? Role::Owner : Role::Clerk, *pin);
        if (!added)
            return fail(added.error().kind == Error::Kind::Storage ? ExitStorage : ExitBadInput, added.error().message);
    } else if (m_args.positional.size() > 1) {
        return fail(ExitBadInput, Text::tr("staff list takes no name."));
    }
    const Result<QList<StaffMember>> people = m_service->staff();
    if (!people)
        return fail(ExitStorage, people.error().message);
    QJsonArray list;
    QStringList lines;
    for (const StaffMember &person : *people) {
        list.append(
            QJsonObject{{QStringLiteral("name"), person.name}, {QStringLiteral("role"), roleName(person.role)}});
        lines << QStringLiteral("%1  %2").arg(person.name, roleName(person.role));
    }
    print(QJsonObject{{QStringLiteral("staff"), list}},
          lines.isEmpty() ? Text::tr("No staff yet.") : lines.join(u'\n'));
    return ExitDone;
}

int Command::run()
{
    if (!m_args.error.isEmpty())
        return fail(ExitBadInput, m_args.error);
    if (m_args.flags.contains(QStringLiteral("help")) || m_args.command == u"help") {
        std::fputs(kUsage, stdout);
        return ExitDone;
    }
    if (m_args.flags.contains(QStringLiteral("version"))) {
        std::fputs(qPrintable(QStringLiteral("paydesk-cli %1\n").arg(QCoreApplication::applicationVersion())), stdout);
        return ExitDone;
    }
    if (m_args.command.isEmpty())
        return fail(ExitBadInput, Text::tr("Name a command; see paydesk-cli --help."));
    if (m_args.command == u"request" && !m_args.positional.isEmpty()) {
        // A new attempt pays the order as it was stored: nothing about the order can change.
        for (const char *name : {"currency", "item", "amount", "customer", "phone", "note"}) {
            if (m_args.has(QLatin1StringView(name)))
                return fail(ExitBadInput,
                            Text::tr("The option --%1 does not apply to a new attempt of an existing order; "
                                     "give only --authorize-only.")
                                .arg(QLatin1StringView(name)));
        }
    }
    if (m_args.command == u"ping")
        return ping();
    if (m_args.command == u"seed")
        return seed();
    if (m_args.command == u"audit" && m_args.positional.value(0) != u"verify")
        return fail(ExitBadInput, Text::tr("Say what to do with the audit trail: paydesk-cli audit verify."));
    int intervalMs = 2000;
    if (m_args.command == u"watch" && m_args.has(QStringLiteral("interval"))) {
        bool ok = false;
        const int seconds = m_args.value(QStringLiteral("interval")).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return fail(ExitBadInput, Text::tr("--interval takes a whole number of seconds from 1 to 3600."));
        intervalMs = seconds * 1000;
    }
    if (const int opened = openDatabase(); opened != ExitDone)
        return opened;
    if (const int resolved = resolveOperator(); resolved != ExitDone)
        return resolved;
    if (m_args.command == u"watch")
        return watch(intervalMs);
    if (m_args.command == u"request")
        return request();
    if (m_args.command == u"list")
        return list();
    if (m_args.command == u"export")
        return exportOrders();
    if (m_args.command == u"audit")
        return verifyAudit();
    if (m_args.command == u"report")
        return report();
    if (m_args.command == u"close-day")
        return closeDay();
    if (m_args.command == u"receipt")
        return receipt();
    if (m_args.command == u"shop")
        return shop();
    if (m_args.command == u"staff")
        return staff();
    if (m_args.command == u"backup" || m_args.command == u"restore" || m_args.command == u"check")
        return backupOrRestore();
    if (m_args.command == u"reconcile") {
        if (!makeService(true))
            return ExitBadInput;
        return reconcile();
    }
    if (m_args.command == u"recover") {
        if (!makeService(true))
            return ExitBadInput;
        QEventLoop loop;
        OperationOutcome result;
        QObject::connect(m_service->recover(), &PendingOperation::finished, &loop,
                         [&](const OperationOutcome &outcome) {
                             result = outcome;
                             loop.quit();
                         });
        loop.exec();
        const int code = exitCode(result.status);
        if (code != ExitDone)
            return fail(code, result.message);
        print(QJsonObject{{QStringLiteral("recovered"), true}, {QStringLiteral("message"), result.message}},
              result.message);
        return code;
    }

    Result<Order> order = resolveOrder();
    if (!order)
        return fail(order.error().kind == Error::Kind::BadInput ? ExitBadInput : ExitStorage, order.error().message);
    int exit = ExitDone;
    const std::optional<Money> amount = amountOption(order->currency, &exit);
    if (exit != ExitDone)
        return exit;
    if (!makeService(true))
        return ExitBadInput;
    const qint64 id = order->id;
    if (m_args.command == u"status")
        return runOperation(m_service->checkStatus(id), id);
    if (m_args.command == u"confirm")
        return runOperation(m_service->confirm(id), id);
    if (m_args.command == u"capture") {
        // More than the authorization is refused here, before LINE Pay is asked.
        const Result<Payment> payment = PaymentRepository(*m_db).currentForOrder(id);
        if (amount && payment && amount->minorUnits() > payment->amount.minorUnits())
            return fail(ExitBadInput,
                        Text::tr("At most %1 can be captured for order %2, not %3.")
                            .arg(payment->amount.toDisplayString(), order->number, amount->toDisplayString()));
        return runOperation(m_service->capture(id, amount), id);
    }
    // A clerk's refund or void above the owner's amount needs the owner: on the command line,
    // --as owner with the owner's PIN.
    if (m_args.command == u"void" || m_args.command == u"refund") {
        const Result<bool> needs = m_service->needsOwnerApproval(
            id, m_args.command == u"void" ? MoneyCallKind::Void : MoneyCallKind::Refund, amount);
        if (needs && *needs)
            return fail(ExitBadInput,
                        (m_args.command == u"void"
                             ? Text::tr("Voiding order %1 is above what a clerk may do alone: add --as owner (the "
                                        "owner's PIN). Nothing was sent.")
                             : Text::tr("This refund of order %1 is above what a clerk may do alone: add --as owner "
                                        "(the owner's PIN). Nothing was sent."))
                            .arg(order->number));
    }
    if (m_args.command == u"void")
        return runOperation(m_service->voidAuthorization(id), id);
    if (m_args.command == u"refund") {
        const QString reason = m_args.value(QStringLiteral("reason"));
        if (const PayDesk::Status valid = Order::validateText(reason, Text::tr("reason"), 1000); !valid)
            return fail(ExitBadInput, valid.error().message);
        return runOperation(m_service->refund(id, amount, reason), id);
    }
    return runOperation(m_service->details(id), id);
}

} // namespace

Arguments parseArguments(const QStringList &arguments)
{
    return parse(arguments);
}

int run(const QStringList &arguments)
{
    const Arguments args = parse(arguments);
    // --json shapes even the report of a parse error.
    const qsizetype end = arguments.indexOf(QStringLiteral("--"));
    const bool json = arguments.mid(0, end < 0 ? arguments.size() : end).contains(QStringLiteral("--json"));
    Command command(args, json);
    return command.run();
}

} // namespace PayDesk::Cli
