#include "app/linepay/returncodes.h"

#include <QCoreApplication>

namespace PayDesk::LinePay {

namespace {

struct Row
{
    const char16_t *code;
    const char *sentence;
    const char *nextStep;
    bool retrySafe; // the code proves the call changed nothing
};

#define RC(text) QT_TRANSLATE_NOOP("PayDesk::ReturnCode", text)

const Row kRows[] = {
    {u"0000", RC("LINE Pay accepted the request."), RC("Nothing to do."), false},
    {u"0110", RC("The customer has approved the payment in LINE Pay."), RC("Confirm the payment."), false},
    {u"0121", RC("The customer cancelled the payment, or the 20 minutes to approve it ran out."),
     RC("Request the payment again if the customer still wants to pay."), false},
    {u"0122", RC("The payment failed in LINE Pay."), RC("Request the payment again or take another payment method."),
     false},
    {u"0123", RC("The payment is already complete."), RC("Refresh the order from LINE Pay."), false},
    {u"1101", RC("The customer is not a LINE Pay user."), RC("Ask the customer to pay another way."), true},
    {u"1102", RC("The customer's LINE Pay account cannot make payments at the moment."),
     RC("Ask the customer to contact LINE Pay or to pay another way."), true},
    {u"1104", RC("LINE Pay does not know this channel ID."), RC("Check the channel ID in Settings."), true},
    {u"1105", RC("This shop cannot use LINE Pay at the moment."), RC("Contact LINE Pay merchant support."), true},
    {u"1106", RC("LINE Pay refused the request signature: the channel secret is probably wrong."),
     RC("Check the channel secret in Settings."), true},
    {u"1110", RC("The customer's credit card cannot be used."), RC("Ask the customer to choose another card."), true},
    {u"1124", RC("LINE Pay refused the amount (wrong number of decimals or format)."),
     RC("Check the amount and currency."), true},
    {u"1133", RC("The one-time key is not valid."), RC("Ask the customer for a new code."), true},
    {u"1141", RC("The customer's payment account has a problem."), RC("Ask the customer to pay another way."), true},
    {u"1142", RC("The customer's balance is too low."), RC("Ask the customer to top up or to pay another way."), true},
    {u"1145", RC("This payment is being processed right now."), RC("Wait a minute, then refresh the order."), false},
    {u"1150", RC("LINE Pay has no record of this transaction."),
     RC("Check the order; if the customer never paid, request the payment again."), true},
    {u"1152", RC("LINE Pay already has this transaction."), RC("Refresh the order from LINE Pay."), false},
    {u"1153", RC("The amount differs from the amount requested."),
     RC("Refresh the order; the amount must match the request."), true},
    {u"1154", RC("The customer's saved payment method is unavailable."), RC("Ask the customer to pay another way."),
     true},
    {u"1155", RC("This transaction cannot be refunded or voided in its current state."),
     RC("Refresh the order from LINE Pay."), true},
    {u"1159", RC("LINE Pay has no payment request for this transaction."), RC("Request the payment again."), true},
    {u"1163", RC("The refund period for this payment is over."), RC("Settle the refund with the customer another way."),
     true},
    {u"1164", RC("The refund is larger than what is left to refund."),
     RC("Refund at most the amount still refundable."), true},
    {u"1165", RC("This payment was already refunded or voided."), RC("Refresh the order from LINE Pay."), true},
    {u"1169", RC("The customer has not finished approving the payment in LINE Pay yet."),
     RC("Wait for the customer, then confirm again."), true},
    {u"1170", RC("The customer's balance changed while paying."), RC("Ask the customer to try again."), true},
    {u"1172", RC("LINE Pay already has a transaction with this order number."), RC("Refresh the order from LINE Pay."),
     false},
    {u"1177", RC("Too many transactions were asked for at once (at most 100)."), RC("Ask for fewer transactions."),
     true},
    {u"1178", RC("This shop's LINE Pay channel does not accept this currency."),
     RC("Use the currency of your LINE Pay channel."), true},
    {u"1179", RC("LINE Pay cannot do this in the payment's current state."), RC("Refresh the order from LINE Pay."),
     true},
    {u"1180", RC("The time to complete this payment has passed."), RC("Request the payment again."), true},
    {u"1183", RC("The amount must be more than zero."), RC("Enter a larger amount."), true},
    {u"1184", RC("The amount is larger than allowed (more than authorized or requested)."),
     RC("Enter a smaller amount."), true},
    {u"1190", RC("The pre-approved payment key does not exist."), RC("Ask the customer to register again."), true},
    {u"1193", RC("The pre-approved payment key has expired."), RC("Ask the customer to register again."), true},
    {u"1194", RC("This shop cannot use pre-approved payments."), RC("Contact LINE Pay merchant support."), true},
    {u"1197", RC("Another payment with this key is in progress."), RC("Wait and try again."), true},
    {u"1198", RC("LINE Pay received the same call twice, or is busy re-authorizing this payment."),
     RC("Wait a few minutes, then refresh the order before trying again."), false},
    {u"1199", RC("LINE Pay had an internal error with this request."),
     RC("Refresh the order from LINE Pay before trying again."), false},
    {u"1264", RC("There was a problem with the customer's iPASS money."), RC("Ask the customer to pay another way."),
     true},
    {u"1280", RC("A temporary error occurred during the card payment."), RC("Ask the customer to try again."), true},
    {u"1281", RC("The card payment failed."), RC("Ask the customer to use another card."), true},
    {u"1282", RC("The card authorization failed."), RC("Ask the customer to use another card."), true},
    {u"1283", RC("The payment was refused on suspicion of fraud."), RC("Ask the customer to pay another way."), true},
    {u"1284", RC("Card payments are suspended for a while."), RC("Ask the customer to pay another way."), true},
    {u"1285", RC("Card information is missing."), RC("Ask the customer to check their card in LINE Pay."), true},
    {u"1286", RC("Card information is wrong."), RC("Ask the customer to check their card in LINE Pay."), true},
    {u"1287", RC("The card has expired."), RC("Ask the customer to use another card."), true},
    {u"1288", RC("The card balance is too low."), RC("Ask the customer to use another card."), true},
    {u"1289", RC("The card's limit is exceeded."), RC("Ask the customer to use another card."), true},
    {u"1290", RC("The card's limit for one payment is exceeded."), RC("Ask the customer to use another card."), true},
    {u"1291", RC("The card was reported stolen."), RC("Do not hand over the goods; ask for another payment method."),
     true},
    {u"1292", RC("The card is suspended."), RC("Ask the customer to use another card."), true},
    {u"1293", RC("The card's security code (CVN) is wrong."), RC("Ask the customer to check their card."), true},
    {u"1294", RC("The card cannot be used (blacklisted)."), RC("Ask the customer to pay another way."), true},
    {u"1295", RC("The card number is not valid."), RC("Ask the customer to check their card."), true},
    {u"1296", RC("The card issuer cannot process this amount."), RC("Ask the customer to use another card."), true},
    {u"1298", RC("The card was declined."), RC("Ask the customer to use another card."), true},
    {u"1900", RC("LINE Pay had a temporary error."), RC("Wait a minute and try again."), true},
    {u"1901", RC("LINE Pay had a temporary error."), RC("Wait a minute and try again."), true},
    {u"1902", RC("LINE Pay had a temporary error."), RC("Wait a minute and try again."), true},
    {u"1903", RC("LINE Pay had a temporary error."), RC("Wait a minute and try again."), true},
    {u"1999", RC("The repeated request differs from the original one."),
     RC("Refresh the order from LINE Pay before trying again."), true},
    {u"2020", RC("The payment institution's limit was reached."), RC("Contact LINE Pay merchant support."), true},
    {u"2021", RC("The payment institution's limit was reached."), RC("Contact LINE Pay merchant support."), true},
    {u"2022", RC("The payment institution's limit was reached."), RC("Contact LINE Pay merchant support."), true},
    {u"2023", RC("The payment institution's limit was reached."), RC("Contact LINE Pay merchant support."), true},
    {u"2024", RC("The shop's receiving limit (per payment, day or month) is exceeded."),
     RC("Contact LINE Pay merchant support."), true},
    {u"2042", RC("The refund reserve of the payment institution is insufficient."),
     RC("Contact LINE Pay merchant support."), true},
    {u"2101", RC("LINE Pay refused a value in the request."), RC("Check the order's items and amounts."), true},
    {u"2102", RC("LINE Pay could not read the request."), RC("Update PayDesk, or contact support if this persists."),
     true},
    {u"2103", RC("The request contains a value LINE Pay does not expect."),
     RC("Update PayDesk, or contact support if this persists."), true},
    {u"2104", RC("LINE Pay refused the request as invalid."),
     RC("Check the order, then contact support if this persists."), true},
    {u"9000", RC("LINE Pay had an internal error."), RC("Refresh the order from LINE Pay before trying again."), false},
};

#undef RC

QString tr(const char *text)
{
    return QCoreApplication::translate("PayDesk::ReturnCode", text);
}

} // namespace

ReturnCodeInfo describeReturnCode(const QString &code)
{
    for (const Row &row : kRows) {
        if (code == QStringView(row.code))
            return ReturnCodeInfo{code, tr(row.sentence), tr(row.nextStep), row.retrySafe, true};
    }
    return ReturnCodeInfo{code, tr("LINE Pay refused the request with code %1.").arg(code),
                          tr("Refresh the order from LINE Pay, then contact support if this persists."), false, false};
}

QStringList knownReturnCodes()
{
    QStringList codes;
    for (const Row &row : kRows)
        codes << QString::fromUtf16(row.code);
    return codes;
}

} // namespace PayDesk::LinePay
