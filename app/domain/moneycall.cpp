#include "app/domain/moneycall.h"

namespace PayDesk {

namespace {

struct Row
{
    MoneyCallKind kind;
    const char16_t *name;
    PaymentAction action;
};

constexpr Row kRows[] = {
    {MoneyCallKind::Request, u"request", PaymentAction::Request},
    {MoneyCallKind::Confirm, u"confirm", PaymentAction::Confirm},
    {MoneyCallKind::Capture, u"capture", PaymentAction::Capture},
    {MoneyCallKind::Void, u"void", PaymentAction::Void},
    {MoneyCallKind::Refund, u"refund", PaymentAction::Refund},
};

} // namespace

QString moneyCallName(MoneyCallKind kind)
{
    return QString::fromUtf16(kRows[int(kind)].name);
}

std::optional<MoneyCallKind> moneyCallFromName(const QString &name)
{
    for (const Row &row : kRows) {
        if (name == QStringView(row.name))
            return row.kind;
    }
    return std::nullopt;
}

PaymentAction moneyCallAction(MoneyCallKind kind)
{
    return kRows[int(kind)].action;
}

} // namespace PayDesk
