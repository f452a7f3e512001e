#include "app/domain/order.h"

#include <QCoreApplication>

namespace PayDesk {

namespace {

// Sentences for people, filed for translators under the context asked at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PayDesk::Order)
};

} // namespace

Result<Money> Order::total() const
{
    Money sum(0, currency);
    for (const LineItem &item : items) {
        const Result<Money> line = multiply(item.unitPrice, item.quantity);
        if (!line)
            return line.error();
        const Result<Money> next = add(sum, *line);
        if (!next)
            return next.error();
        sum = *next;
    }
    return sum;
}

bool Order::isControlCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f) || u == 0x200e || u == 0x200f ||
           (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
}

Status Order::validateText(const QString &text, const QString &what, int maxLength)
{
    if (text.size() > maxLength)
        return badInput(
            Text::tr("The %1 is too long: %2 characters, at most %3.").arg(what).arg(text.size()).arg(maxLength));
    for (const QChar c : text) {
        if (isControlCharacter(c))
            return badInput(Text::tr("The %1 contains a control character (U+%2); type it again without it.")
                                .arg(what)
                                .arg(int(c.unicode()), 4, 16, QLatin1Char('0')));
    }
    return Done{};
}

Status Order::validate() const
{
    if (const QString why = Money::unpayableReason(currency); !why.isEmpty())
        return badInput(why);
    if (items.isEmpty())
        return badInput(Text::tr("Add at least one item."));
    if (!customerName.isEmpty() && customerName.trimmed().isEmpty())
        return badInput(Text::tr("The customer name is blank; give a name or none."));
    if (Status s = validateText(customerName, Text::tr("customer name"), 200); !s)
        return s;
    if (Status s = validateText(note, Text::tr("note"), 1000); !s)
        return s;
    if (customerPhone.size() > 30)
        return badInput(Text::tr("The phone number is too long: at most 30 characters."));
    for (const QChar c : customerPhone) {
        if (!c.isDigit() && c != u' ' && c != u'+' && c != u'-' && c != u'(' && c != u')')
            return badInput(Text::tr("The phone number \"%1\" may only have digits, spaces and + - ( ).")
                                .arg(customerPhone.left(30)));
    }
    for (const LineItem &item : items) {
        if (item.name.trimmed().isEmpty())
            return badInput(Text::tr("Every item needs a name."));
        if (Status s = validateText(item.name, Text::tr("item name"), 4000); !s)
            return s;
        if (item.quantity < 1 || item.quantity > 1000000)
            return badInput(Text::tr("The quantity of \"%1\" must be between 1 and 1,000,000.").arg(item.name));
        if (item.unitPrice.currency() != currency)
            return badInput(Text::tr("The price of \"%1\" is not in %2.").arg(item.name, currency));
        if (item.unitPrice.minorUnits() <= 0)
            return badInput(Text::tr("The price of \"%1\" must be more than zero, not %2.")
                                .arg(item.name, item.unitPrice.toDecimalString()));
    }
    const Result<Money> sum = total();
    if (!sum)
        return badInput(Text::tr("The total is more than LINE Pay takes in one payment (at most %1).")
                            .arg(Money::maximumPayment(currency).toDisplayString()));
    if (sum->minorUnits() <= 0)
        return badInput(Text::tr("The total must be more than zero."));
    if (sum->minorUnits() > Money::maximumPayment(currency).minorUnits())
        return badInput(Text::tr("The total %1 is more than LINE Pay takes in one payment (at most %2).")
                            .arg(sum->toDisplayString(), Money::maximumPayment(currency).toDisplayString()));
    return Done{};
}

QString Order::itemsSummary() const
{
    QStringList parts;
    for (const LineItem &item : items)
        parts << (item.quantity == 1 ? item.name : QStringLiteral("%1 × %2").arg(item.quantity).arg(item.name));
    return parts.join(QStringLiteral(", "));
}

Money Payment::refundable() const
{
    const Result<Money> rest = subtract(captured, refunded);
    return rest ? *rest : Money(0, amount.currency());
}

} // namespace PayDesk
