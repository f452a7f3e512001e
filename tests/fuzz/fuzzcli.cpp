#include <QSet>
#include <QStringList>

#include "app/cli/cli.h"
#include "app/domain/money.h"
#include "tests/fuzz/fuzzcheck.h"
#include "tests/fuzz/fuzzentries.h"

namespace PayDesk::Fuzz {

namespace {

// The grammar of paydesk-cli, written out here rather than read from the parser.
const QSet<QString> &commands()
{
    static const QSet<QString> set = {
        QStringLiteral("request"), QStringLiteral("status"), QStringLiteral("confirm"), QStringLiteral("capture"),
        QStringLiteral("void"),    QStringLiteral("refund"), QStringLiteral("details"), QStringLiteral("list"),
        QStringLiteral("recover"), QStringLiteral("export"), QStringLiteral("watch"),   QStringLiteral("ping"),
        QStringLiteral("help"),
    };
    return set;
}

bool takesOrder(const QString &command)
{
    static const QSet<QString> set = {QStringLiteral("request"), QStringLiteral("status"), QStringLiteral("confirm"),
                                      QStringLiteral("capture"), QStringLiteral("void"),   QStringLiteral("refund"),
                                      QStringLiteral("details")};
    return set.contains(command);
}

const QSet<QString> &flagNames()
{
    static const QSet<QString> set = {QStringLiteral("json"), QStringLiteral("help"), QStringLiteral("version"),
                                      QStringLiteral("authorize-only"), QStringLiteral("auto-confirm")};
    return set;
}

const QSet<QString> &valueNames()
{
    static const QSet<QString> set = {
        QStringLiteral("db"),         QStringLiteral("api-base"),
        QStringLiteral("channel-id"), QStringLiteral("channel-secret-file"),
        QStringLiteral("currency"),   QStringLiteral("item"),
        QStringLiteral("amount"),     QStringLiteral("customer"),
        QStringLiteral("phone"),      QStringLiteral("note"),
        QStringLiteral("reason"),     QStringLiteral("state"),
        QStringLiteral("search"),     QStringLiteral("format"),
        QStringLiteral("out"),        QStringLiteral("interval"),
    };
    return set;
}

} // namespace

void fuzzCli(const uint8_t *data, size_t size)
{
    QStringList arguments;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!bytes.isEmpty()) {
        for (const QByteArray &part : bytes.split('\0'))
            arguments << QString::fromUtf8(part);
    }
    const Cli::Arguments parsed = Cli::parseArguments(arguments);
    // The parser is a pure function of its arguments.
    const Cli::Arguments again = Cli::parseArguments(arguments);
    FUZZ_CHECK(again.command == parsed.command && again.positional == parsed.positional &&
               again.options == parsed.options && again.flags == parsed.flags && again.error == parsed.error);
    if (!parsed.error.isEmpty())
        return;

    FUZZ_CHECK(parsed.command.isEmpty() || commands().contains(parsed.command));
    FUZZ_CHECK(parsed.positional.size() <= (takesOrder(parsed.command) ? 1 : 0) || parsed.command.isEmpty());
    if (parsed.command.isEmpty())
        FUZZ_CHECK(parsed.positional.isEmpty());
    for (const QString &flag : parsed.flags)
        FUZZ_CHECK(flagNames().contains(flag) && !parsed.options.contains(flag));
    for (auto it = parsed.options.cbegin(); it != parsed.options.cend(); ++it) {
        FUZZ_CHECK(valueNames().contains(it.key()));
        FUZZ_CHECK(!it.value().isEmpty());
        FUZZ_CHECK(it.value().size() == 1 || it.key() == u"item");
        FUZZ_CHECK(parsed.value(it.key()) == it.value().first() && parsed.has(it.key()));
    }
    // Every accepted argument shows up in what was parsed: the command, the order, an option's
    // value or a flag; nothing is dropped silently.
    qsizetype accounted = parsed.command.isEmpty() ? 0 : 1;
    accounted += parsed.positional.size();
    for (const QStringList &values : parsed.options)
        accounted += values.size();
    accounted += parsed.flags.size();
    qsizetype given = 0;
    qsizetype helps = 0;
    bool onlyPositional = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!onlyPositional && arg == u"--") {
            onlyPositional = true;
            continue;
        }
        if (!onlyPositional && (arg == u"-h" || arg == u"--help"))
            ++helps;
        else if (!onlyPositional && arg.startsWith(u"--") && valueNames().contains(arg.mid(2)))
            ++i; // the value is the next argument
        ++given;
    }
    // -h may repeat and still counts once as the help flag.
    FUZZ_CHECK(accounted == given - qMax<qsizetype>(0, helps - 1));

    // An --amount that the parser let through is read in the command's currency, as run() does.
    for (const char16_t *currency : {u"TWD", u"THB", u"USD", u"JPY"}) {
        const Result<Money> amount = Money::parse(parsed.value(QStringLiteral("amount")), QString::fromUtf16(currency));
        if (amount)
            FUZZ_CHECK(amount->currency() == QStringView(currency));
    }
}

} // namespace PayDesk::Fuzz
