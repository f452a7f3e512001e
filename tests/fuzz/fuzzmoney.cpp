#include <cstring>
#include <limits>

#include <QList>
#include <QString>

#include "app/domain/money.h"
#include "tests/fuzz/fuzzcheck.h"
#include "tests/fuzz/fuzzentries.h"

namespace PayDesk::Fuzz {

namespace {

// Wide enough for any sum, difference or product of two qint64 (a GCC and clang extension).
__extension__ typedef __int128 Wide;

// What Money::parse should make of the text, worked out independently: the decimal text with
// exactly the currency's digits, or an empty string when the text is refused.
QString expectedDecimal(QStringView text, int exponent)
{
    QStringView rest = text.trimmed();
    bool negative = false;
    if (rest.startsWith(u'-')) {
        negative = true;
        rest = rest.mid(1);
    }
    const qsizetype dot = rest.indexOf(u'.');
    QStringView whole = dot < 0 ? rest : rest.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : rest.mid(dot + 1);
    const auto digits = [](QStringView part) {
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return false;
        }
        return true;
    };
    if (whole.isEmpty() || !digits(whole) || !digits(fraction) || (dot >= 0 && fraction.isEmpty()))
        return {};
    if (fraction.size() > exponent || whole.size() + exponent > 18)
        return {};
    while (whole.size() > 1 && whole.front() == u'0')
        whole = whole.mid(1);
    QString out = whole.toString();
    if (exponent > 0)
        out += u'.' + fraction.toString().leftJustified(exponent, u'0');
    const bool zero = out.count(u'0') == out.size() - (exponent > 0 ? 1 : 0);
    return negative && !zero ? u'-' + out : out;
}

void checkArithmetic(const Money &a, const Money &b)
{
    const Wide x = a.minorUnits();
    const Wide y = b.minorUnits();
    const auto fits = [](Wide v) {
        return v >= std::numeric_limits<qint64>::min() && v <= std::numeric_limits<qint64>::max();
    };
    const Result<Money> sum = add(a, b);
    FUZZ_CHECK(sum.ok() == (a.currency() == b.currency() && fits(x + y)));
    if (sum)
        FUZZ_CHECK(sum->minorUnits() == qint64(x + y) && sum->currency() == a.currency());
    const Result<Money> difference = subtract(a, b);
    FUZZ_CHECK(difference.ok() == (a.currency() == b.currency() && fits(x - y)));
    if (difference)
        FUZZ_CHECK(difference->minorUnits() == qint64(x - y));
    const Result<Money> product = multiply(a, b.minorUnits());
    FUZZ_CHECK(product.ok() == fits(x * y));
    if (product)
        FUZZ_CHECK(product->minorUnits() == qint64(x * y) && product->currency() == a.currency());
}

} // namespace

void fuzzMoney(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString currencies[] = {QStringLiteral("TWD"), QStringLiteral("THB"), QStringLiteral("USD"),
                                  QStringLiteral("JPY")};
    QList<Money> parsed;
    for (const QString &currency : currencies) {
        const int exponent = Money::exponent(currency);
        const Result<Money> money = Money::parse(text, currency);
        const QString expected = expectedDecimal(text, exponent);
        FUZZ_CHECK(money.ok() == !expected.isEmpty());
        if (!money) {
            FUZZ_CHECK(!money.error().message.isEmpty());
            continue;
        }
        FUZZ_CHECK(money->currency() == currency && money->isValid());
        const QString decimal = money->toDecimalString();
        FUZZ_CHECK(decimal == expected);
        // A parsed amount's text parses back to the same amount, as decimal text and as JSON.
        const Result<Money> again = Money::parse(decimal, currency);
        FUZZ_CHECK(again.ok() && *again == *money);
        const Result<Money> fromJson = Money::fromJsonNumber(money->toJsonNumber(), currency);
        FUZZ_CHECK(fromJson.ok() && *fromJson == *money);
        // LINE Pay's JSON reading accepts everything the form accepts, with the same value.
        const Result<Money> lenient = Money::fromJsonNumber(text, currency);
        FUZZ_CHECK(lenient.ok() && *lenient == *money);
        FUZZ_CHECK(money->toDisplayString() == currency + u' ' + decimal);
        parsed << *money;
    }
    // Arithmetic on what was parsed, and on the raw bytes read as a number of minor units.
    qint64 raw = 0;
    std::memcpy(&raw, data, qMin(size, sizeof raw));
    for (const QString &currency : currencies) {
        const Money any(raw, currency);
        const Result<Money> back = Money::parse(any.toDecimalString(), currency);
        if (back)
            FUZZ_CHECK(*back == any);
        parsed << any;
    }
    for (const Money &a : std::as_const(parsed)) {
        for (const Money &b : std::as_const(parsed))
            checkArithmetic(a, b);
    }
}

} // namespace PayDesk::Fuzz
