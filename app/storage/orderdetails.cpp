#include "app/storage/orderdetails.h"

#include "app/storage/orderrepository.h"
#include "app/storage/paymentrepository.h"
#include "app/storage/refundrepository.h"

namespace PayDesk::Storage {

Result<std::optional<Payment>> OrderDetails::currentPayment(qint64 orderId) const
{
    Result<Payment> payment = PaymentReader(m_db).currentForOrder(orderId);
    if (payment)
        return std::optional<Payment>(*payment);
    if (payment.error().kind == Error::Kind::BadInput)
        return std::optional<Payment>(); // no payment requested yet
    return payment.error();
}

Result<OrderDetail> OrderDetails::find(qint64 orderId) const
{
    Result<Order> order = OrderReader(m_db).find(orderId);
    if (!order)
        return order.error();
    Result<std::optional<Payment>> payment = currentPayment(orderId);
    if (!payment)
        return payment.error();
    OrderDetail detail{*order, *payment, {}, {}};
    if (detail.payment) {
        Result<QList<Refund>> refunds = RefundReader(m_db).forPayment(detail.payment->id);
        if (!refunds)
            return refunds.error();
        detail.refunds = *refunds;
    }
    return detail;
}

Result<OrderDetail> OrderDetails::findWithTimeline(qint64 orderId) const
{
    Result<OrderDetail> detail = find(orderId);
    if (!detail)
        return detail;
    Result<QList<AuditEntry>> timeline = AuditReader(m_db).forOrder(orderId);
    if (!timeline)
        return timeline.error();
    detail->timeline = *timeline;
    return detail;
}

} // namespace PayDesk::Storage
