#include "app/domain/money.h"

#include <QCoreApplication>

namespace PayDesk {

namespace {

qint64 powerOfTen(int exponent)
{
    qint64 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

// Sentences for people, filed for translators under the context asked at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PayDesk::Money)
};

} // namespace

Money::Money(qint64 minorUnits, QString currency) : m_minor(minorUnits), m_currency(std::move(currency))
{}

int Money::exponent(const QString &currency)
{
    if (currency == u"TWD" || currency == u"JPY")
        return 0;
    if (currency == u"THB" || currency == u"USD")
        return 2;
    return -1;
}

QString Money::toDecimalString() const
{
    const int exp = qMax(0, exponent(m_currency));
    const bool negative = m_minor < 0;
    // Work on the unsigned magnitude so that the smallest qint64 does not overflow.
    const quint64 magnitude = negative ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    const quint64 scale = quint64(powerOfTen(exp));
    QString text = QString::number(magnitude / scale);
    if (exp > 0)
        text += u'.' + QString::number(magnitude % scale).rightJustified(exp, u'0');
    return negative ? u'-' + text : text;
}

QString Money::toJsonNumber() const
{
    QString text = toDecimalString();
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

QString Money::toDisplayString() const
{
    return m_currency + u' ' + toDecimalString();
}

bool Money::isPayableCurrency(const QString &currency)
{
    return currency == u"TWD" || currency == u"THB" || currency == u"USD";
}

Money Money::maximumPayment(const QString &currency)
{
    if (currency == u"USD")
        return Money(99999999, currency); // 999,999.99
    if (currency == u"THB")
        return Money(9999999999, currency); // 99,999,999.99
    return Money(99999999, currency);       // TWD 99,999,999
}

QString Money::unpayableReason(const QString &currency)
{
    if (isPayableCurrency(currency))
        return {};
    if (currency == u"JPY")
        return Text::tr("LINE Pay Japan closed in April 2025: JPY payments can no longer be requested. Use TWD, THB "
                        "or USD.");
    if (currency.isEmpty())
        return Text::tr("Choose a currency: TWD, THB or USD.");
    return Text::tr("The currency \"%1\" is not supported; use TWD, THB or USD (in capitals).").arg(currency);
}

Result<Money> Money::parse(QStringView text, const QString &currency)
{
    const int exp = exponent(currency);
    if (exp < 0)
        return badInput(Text::tr("The currency \"%1\" is not supported; use TWD, THB or USD.").arg(currency));
    QStringView rest = text.trimmed();
    if (rest.isEmpty())
        return badInput(Text::tr("Enter an amount."));
    bool negative = false;
    if (rest.startsWith(u'-')) {
        negative = true;
        rest = rest.mid(1);
    }
    const qsizetype dot = rest.indexOf(u'.');
    const QStringView whole = dot < 0 ? rest : rest.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : rest.mid(dot + 1);
    const auto allDigits = [](QStringView part) {
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return false;
        }
        return true;
    };
    if (whole.isEmpty() || !allDigits(whole) || !allDigits(fraction) || (dot >= 0 && fraction.isEmpty()))
        return badInput(Text::tr("\"%1\" is not an amount; write it like 120 or 12.50.").arg(text.toString()));
    if (fraction.size() > exp) {
        if (exp == 0)
            return badInput(Text::tr("\"%1\" has decimals, but %2 amounts have none.").arg(text.toString(), currency));
        return badInput(Text::tr("\"%1\" has too many decimals: %2 amounts have at most %3.")
                            .arg(text.toString(), currency)
                            .arg(exp));
    }
    // 18 digits always fit in a qint64 once scaled by at most 10^2; refuse anything larger.
    if (whole.size() + exp > 18)
        return badInput(Text::tr("The amount %1 is too large.").arg(text.toString()));
    qint64 minor = whole.toLongLong() * powerOfTen(exp);
    if (!fraction.isEmpty())
        minor += fraction.toString().leftJustified(exp, u'0').toLongLong();
    return Money(negative ? -minor : minor, currency);
}

Result<Money> Money::fromJsonNumber(QStringView text, const QString &currency)
{
    // LINE Pay drops trailing zeros ("12.5"); a number with more digits than the currency holds
    // is only acceptable when the extra digits are zeros ("100.00" for TWD).
    QString normalised = text.toString();
    if (normalised.contains(u'.')) {
        while (normalised.endsWith(u'0'))
            normalised.chop(1);
        if (normalised.endsWith(u'.'))
            normalised.chop(1);
    }
    return parse(normalised, currency);
}

Result<Money> add(const Money &a, const Money &b)
{
    if (a.currency() != b.currency())
        return badInput(
            QCoreApplication::translate("PayDesk::Money", "Cannot add %1 to %2.").arg(b.currency(), a.currency()));
    qint64 sum = 0;
    if (qAddOverflow(a.minorUnits(), b.minorUnits(), &sum))
        return badInput(QCoreApplication::translate("PayDesk::Money", "The amount is too large."));
    return Money(sum, a.currency());
}

Result<Money> subtract(const Money &a, const Money &b)
{
    if (a.currency() != b.currency())
        return badInput(QCoreApplication::translate("PayDesk::Money", "Cannot subtract %1 from %2.")
                            .arg(b.currency(), a.currency()));
    qint64 difference = 0;
    if (qSubOverflow(a.minorUnits(), b.minorUnits(), &difference))
        return badInput(QCoreApplication::translate("PayDesk::Money", "The amount is too large."));
    return Money(difference, a.currency());
}

Result<Money> multiply(const Money &a, qint64 factor)
{
    qint64 product = 0;
    if (qMulOverflow(a.minorUnits(), factor, &product))
        return badInput(QCoreApplication::translate("PayDesk::Money", "The amount is too large."));
    return Money(product, a.currency());
}

} // namespace PayDesk
