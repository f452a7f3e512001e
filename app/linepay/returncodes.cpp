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

const Row kRows[] = {
    {u"0000", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "LINE Pay accepted the request."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Nothing to do."), false},
    {u"0110", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The customer has approved the payment in LINE Pay."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Confirm the payment."), false},
    {u"0121",
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode",
                       "The customer cancelled the payment, or the 20 minutes to approve it ran out."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Request the payment again if the customer still wants to pay."), false},
    {u"0122", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The payment failed in LINE Pay."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Request the payment again or take another payment method."), false},
    {u"0123", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The payment is already complete."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Refresh the order from LINE Pay."), false},
    {u"1101", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The customer is not a LINE Pay user."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to pay another way."), true},
    {u"1102",
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The customer's LINE Pay account cannot make payments at the moment."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to contact LINE Pay or to pay another way."), true},
    {u"1104", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "LINE Pay does not know this channel ID."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Check the channel ID in Settings."), true},
    {u"1105", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "This shop cannot use LINE Pay at the moment."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Contact LINE Pay merchant support."), true},
    {u"1106",
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode",
                       "LINE Pay refused the request signature: the channel secret is probably wrong."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Check the channel secret in Settings."), true},
    {u"1110", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The customer's credit card cannot be used."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to choose another card."), true},
    {u"1124",
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "LINE Pay refused the amount (wrong number of decimals or format)."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Check the amount and currency."), true},
    {u"1133", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The one-time key is not valid."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer for a new code."), true},
    {u"1141", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The customer's payment account has a problem."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to pay another way."), true},
    {u"1142", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The customer's balance is too low."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to top up or to pay another way."), true},
    {u"1145", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "This payment is being processed right now."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Wait a minute, then refresh the order."), false},
    {u"1150", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "LINE Pay has no record of this transaction."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode",
                       "Check the order; if the customer never paid, request the payment again."),
     true},
    {u"1152", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "LINE Pay already has this transaction."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Refresh the order from LINE Pay."), false},
    {u"1153", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The amount differs from the amount requested."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Refresh the order; the amount must match the request."), true},
    {u"1154", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The customer's saved payment method is unavailable."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to pay another way."), true},
    {u"1155",
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "This transaction cannot be refunded or voided in its current state."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Refresh the order from LINE Pay."), true},
    {u"1159", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "LINE Pay has no payment request for this transaction."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Request the payment again."), true},
    {u"1163", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The refund period for this payment is over."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Settle the refund with the customer another way."), true},
    {u"1164", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The refund is larger than what is left to refund."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Refund at most the amount still refundable."), true},
    {u"1165", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "This payment was already refunded or voided."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Refresh the order from LINE Pay."), true},
    {u"1169",
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The customer has not finished approving the payment in LINE Pay yet."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Wait for the customer, then confirm again."), true},
    {u"1170", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The customer's balance changed while paying."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to try again."), true},
    {u"1172", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "LINE Pay already has a transaction with this order number."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Refresh the order from LINE Pay."), false},
    {u"1177", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Too many transactions were asked for at once (at most 100)."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask for fewer transactions."), true},
    {u"1178", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "This shop's LINE Pay channel does not accept this currency."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Use the currency of your LINE Pay channel."), true},
    {u"1179", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "LINE Pay cannot do this in the payment's current state."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Refresh the order from LINE Pay."), true},
    {u"1180", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The time to complete this payment has passed."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Request the payment again."), true},
    {u"1183", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The amount must be more than zero."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Enter a larger amount."), true},
    {u"1184",
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The amount is larger than allowed (more than authorized or requested)."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Enter a smaller amount."), true},
    {u"1190", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The pre-approved payment key does not exist."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to register again."), true},
    {u"1193", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The pre-approved payment key has expired."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to register again."), true},
    {u"1194", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "This shop cannot use pre-approved payments."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Contact LINE Pay merchant support."), true},
    {u"1197", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Another payment with this key is in progress."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Wait and try again."), true},
    {u"1198",
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode",
                       "LINE Pay received the same call twice, or is busy re-authorizing this payment."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Wait a few minutes, then refresh the order before trying again."),
     false},
    {u"1199", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "LINE Pay had an internal error with this request."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Refresh the order from LINE Pay before trying again."), false},
    {u"1264", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "There was a problem with the customer's iPASS money."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to pay another way."), true},
    {u"1280", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "A temporary error occurred during the card payment."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to try again."), true},
    {u"1281", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The card payment failed."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to use another card."), true},
    {u"1282", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The card authorization failed."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to use another card."), true},
    {u"1283", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The payment was refused on suspicion of fraud."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to pay another way."), true},
    {u"1284", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Card payments are suspended for a while."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to pay another way."), true},
    {u"1285", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Card information is missing."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to check their card in LINE Pay."), true},
    {u"1286", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Card information is wrong."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to check their card in LINE Pay."), true},
    {u"1287", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The card has expired."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to use another card."), true},
    {u"1288", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The card balance is too low."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to use another card."), true},
    {u"1289", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The card's limit is exceeded."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to use another card."), true},
    {u"1290", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The card's limit for one payment is exceeded."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to use another card."), true},
    {u"1291", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The card was reported stolen."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Do not hand over the goods; ask for another payment method."), true},
    {u"1292", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The card is suspended."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to use another card."), true},
    {u"1293", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The card's security code (CVN) is wrong."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to check their card."), true},
    {u"1294", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The card cannot be used (blacklisted)."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to pay another way."), true},
    {u"1295", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The card number is not valid."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to check their card."), true},
    {u"1296", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The card issuer cannot process this amount."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to use another card."), true},
    {u"1298", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The card was declined."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Ask the customer to use another card."), true},
    {u"1900", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "LINE Pay had a temporary error."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Wait a minute and try again."), true},
    {u"1901", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "LINE Pay had a temporary error."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Wait a minute and try again."), true},
    {u"1902", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "LINE Pay had a temporary error."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Wait a minute and try again."), true},
    {u"1903", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "LINE Pay had a temporary error."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Wait a minute and try again."), true},
    {u"1999", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The repeated request differs from the original one."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Refresh the order from LINE Pay before trying again."), true},
    {u"2020", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The payment institution's limit was reached."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Contact LINE Pay merchant support."), true},
    {u"2021", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The payment institution's limit was reached."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Contact LINE Pay merchant support."), true},
    {u"2022", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The payment institution's limit was reached."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Contact LINE Pay merchant support."), true},
    {u"2023", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The payment institution's limit was reached."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Contact LINE Pay merchant support."), true},
    {u"2024",
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The shop's receiving limit (per payment, day or month) is exceeded."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Contact LINE Pay merchant support."), true},
    {u"2042",
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The refund reserve of the payment institution is insufficient."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Contact LINE Pay merchant support."), true},
    {u"2101", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "LINE Pay refused a value in the request."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Check the order's items and amounts."), true},
    {u"2102", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "LINE Pay could not read the request."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Update PayDesk, or contact support if this persists."), true},
    {u"2103", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "The request contains a value LINE Pay does not expect."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Update PayDesk, or contact support if this persists."), true},
    {u"2104", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "LINE Pay refused the request as invalid."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Check the order, then contact support if this persists."), true},
    {u"9000", QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "LINE Pay had an internal error."),
     QT_TRANSLATE_NOOP("PayDesk::ReturnCode", "Refresh the order from LINE Pay before trying again."), false},
};

// Sentences for people, filed for translators under the context asked at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PayDesk::ReturnCode)
};

} // namespace

ReturnCodeInfo describeReturnCode(const QString &code)
{
    for (const Row &row : kRows) {
        if (code == QStringView(row.code))
            return ReturnCodeInfo{code, Text::tr(row.sentence), Text::tr(row.nextStep), row.retrySafe, true};
    }
    return ReturnCodeInfo{code, Text::tr("LINE Pay refused the request with code %1.").arg(code),
                          Text::tr("Refresh the order from LINE Pay, then contact support if this persists."), false,
                          false};
}

QStringList knownReturnCodes()
{
    QStringList codes;
    for (const Row &row : kRows)
        codes << QString::fromUtf16(row.code);
    return codes;
}

} // namespace PayDesk::LinePay
