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

Status Order::validate() const
{
    if (!Money::isSupportedCurrency(currency))
        return badInput(Text::tr("Choose a currency: TWD, THB or USD."));
    if (items.isEmpty())
        return badInput(Text::tr("Add at least one item."));
    for (const LineItem &item : items) {
        if (item.name.trimmed().isEmpty())
            return badInput(Text::tr("Every item needs a name."));
        if (item.name.size() > 4000)
            return badInput(Text::tr("The item name \"%1…\" is too long.").arg(item.name.left(20)));
        if (item.quantity < 1 || item.quantity > 1000000)
            return badInput(Text::tr("The quantity of \"%1\" must be between 1 and 1,000,000.").arg(item.name));
        if (item.unitPrice.currency() != currency)
            return badInput(Text::tr("The price of \"%1\" is not in %2.").arg(item.name, currency));
        if (item.unitPrice.minorUnits() <= 0)
            return badInput(Text::tr("The price of \"%1\" must be more than zero.").arg(item.name));
    }
    const Result<Money> sum = total();
    if (!sum)
        return sum.error();
    if (sum->minorUnits() <= 0)
        return badInput(Text::tr("The total must be more than zero."));
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
