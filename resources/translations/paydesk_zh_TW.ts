<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>PayDesk::Cli</name>
    <message>
        <source>Unknown option %1; options start with two dashes (see paydesk-cli --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 belongs after the command; see paydesk-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1 for %2; see paydesk-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1; see paydesk-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 was given more than once; give it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see paydesk-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paydesk-cli %1 takes no order or other argument; &quot;%2&quot; is one too many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paydesk-cli %1 takes one order; &quot;%2&quot; is one too many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the channel secret file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the LINE Pay address with --api-base (or PAYDESK_API_BASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the channel with --channel-id and --channel-secret-file (or PAYDESK_CHANNEL_ID and PAYDESK_CHANNEL_SECRET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the order: paydesk-cli %1 ORDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  refunded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  authorized until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the currency with --currency (TWD, THB or USD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not supported; use TWD, THB or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item is NAME:QTY:PRICE, e.g. Coffee:2:120; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity in &quot;%1&quot; must be a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price in &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the items with --item NAME:QTY:PRICE, or the total with --amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount %1 differs from the items&apos; total %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --format csv or --format json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --json, give --out FILE for a CSV export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>paydesk-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a command; see paydesk-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to a new attempt of an existing order; give only --authorize-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval takes a whole number of seconds from 1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayDesk::ConnectionTest</name>
    <message>
        <source>The connection works: LINE Pay accepted the channel ID and secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayDesk::LinePay</name>
    <message>
        <source>LINE Pay sent an answer PayDesk cannot read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayDesk::LinePay::Client</name>
    <message>
        <source>The LINE Pay address &quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (loopback); use https:// for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LINE Pay address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk could not reach LINE Pay (%1). Nothing was sent; check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The connection to LINE Pay broke %n time(s) while reading (%1). Nothing was changed; check the network and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>LINE Pay did not answer in time; the outcome is unknown until PayDesk asks LINE Pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to LINE Pay broke before the answer arrived (%1); the outcome is unknown until PayDesk asks LINE Pay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayDesk::Money</name>
    <message>
        <source>The currency &quot;%1&quot; is not supported; use TWD, THB or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; write it like 120 or 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 amounts cannot have decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount %1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot subtract %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayDesk::MoneyCall</name>
    <message>
        <source>waiting for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorized until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(LINE Pay reports %1 paid, %2 expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayDesk::Order</name>
    <message>
        <source>Choose a currency: TWD, THB or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item name &quot;%1…&quot; is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity of &quot;%1&quot; must be between 1 and 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of &quot;%1&quot; is not in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of &quot;%1&quot; must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayDesk::PaymentService</name>
    <message>
        <source>Order %1 cannot get a new payment request: its payment is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 cannot be confirmed: its payment is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 cannot be captured: its payment is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 cannot be voided: its payment is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 cannot be refunded: its payment is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 cannot do that now: its payment is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment request sent at %1 went through; nothing more was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation sent at %1 went through; nothing more was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture of %1 sent at %2 went through; nothing more was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The void sent at %1 went through; nothing more was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund of %1 sent at %2 went through; nothing more was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full refund sent at %1 went through; nothing more was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of the payment request %1 is still unknown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of the confirmation of payment %1 is still unknown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of the capture of payment %1 is still unknown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of the void of payment %1 is still unknown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of the refund of payment %1 is still unknown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refunded (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is already being processed; wait for the current step to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is being processed by another PayDesk (%2, process %3 on %4) since %5; nothing was sent. Wait for it to finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 stays in doubt after recovery; check it in the LINE Pay merchant center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 is in doubt without a journal entry; check it in the LINE Pay merchant center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 is in doubt; run recovery before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has nothing left to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a capture amount in %1 above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a refund amount in %1 above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent to LINE Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent to LINE Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another PayDesk changed this order at the same moment; nothing was sent. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another PayDesk settled this call before it was sent; nothing was sent. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent; recovery will settle the payment without calling LINE Pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another PayDesk settled this call first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another PayDesk recorded the outcome of this call first: it went through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another PayDesk settled this call first; check the order before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment stays in doubt; check it in the LINE Pay merchant center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay answered, but PayDesk could not save the answer: %1 The payment stays in doubt until recovery (paydesk-cli recover, or Refresh from LINE Pay); nothing will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run recovery (paydesk-cli recover, or Refresh from LINE Pay) before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay&apos;s answer would leave the payment %1, which this call cannot lead to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay accepted the full refund; its amount could not be read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay accepted the full refund, but PayDesk could not read how much it refunded (%1). Run recovery (paydesk-cli recover, or Refresh from LINE Pay) to record it; nothing will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay was asked about this payment less than a second ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has no LINE Pay transaction yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another PayDesk changed this payment while LINE Pay was asked; its record stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk left the order unchanged; check it in the LINE Pay merchant center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay reported an unknown payment status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded from LINE Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) are being processed by another PayDesk and are left to it; run recovery again once it has finished.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every payment is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to the request was lost; this attempt is abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay does not list the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay accepted the refund but does not list it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay shows that it went through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay shows that it did not happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; settled by recovery, now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation of %1 is still unknown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the confirmation did not happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay does not show the payment request yet and may still be handling it; try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay does not show the confirmation yet and may still be handling it; try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay does not show the capture yet and may still be handling it; try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay does not show the void yet and may still be handling it; try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay does not show the refund yet and may still be handling it; try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to LINE Pay broke and LINE Pay refused the repeated read. Nothing was changed; check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk could not save to its database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayDesk::ReturnCode</name>
    <message>
        <source>LINE Pay refused the request with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the order from LINE Pay, then contact support if this persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay accepted the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has approved the payment in LINE Pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer cancelled the payment, or the 20 minutes to approve it ran out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request the payment again if the customer still wants to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment failed in LINE Pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request the payment again or take another payment method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment is already complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the order from LINE Pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is not a LINE Pay user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to pay another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s LINE Pay account cannot make payments at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to contact LINE Pay or to pay another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay does not know this channel ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the channel ID in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shop cannot use LINE Pay at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact LINE Pay merchant support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay refused the request signature: the channel secret is probably wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the channel secret in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s credit card cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to choose another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay refused the amount (wrong number of decimals or format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the amount and currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-time key is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s payment account has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s balance is too low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to top up or to pay another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment is being processed right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute, then refresh the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay has no record of this transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the order; if the customer never paid, request the payment again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay already has this transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount differs from the amount requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the order; the amount must match the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s saved payment method is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transaction cannot be refunded or voided in its current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay has no payment request for this transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request the payment again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund period for this payment is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle the refund with the customer another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund is larger than what is left to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund at most the amount still refundable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment was already refunded or voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has not finished approving the payment in LINE Pay yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the customer, then confirm again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s balance changed while paying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay already has a transaction with this order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many transactions were asked for at once (at most 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for fewer transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shop&apos;s LINE Pay channel does not accept this currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the currency of your LINE Pay channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay cannot do this in the payment&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time to complete this payment has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a larger amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is larger than allowed (more than authorized or requested).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a smaller amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-approved payment key does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to register again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-approved payment key has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shop cannot use pre-approved payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another payment with this key is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay received the same call twice, or is busy re-authorizing this payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few minutes, then refresh the order before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay had an internal error with this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the order from LINE Pay before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was a problem with the customer&apos;s iPASS money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary error occurred during the card payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card payment failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to use another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card authorization failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was refused on suspicion of fraud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payments are suspended for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card information is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to check their card in LINE Pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card information is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card balance is too low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s limit is exceeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s limit for one payment is exceeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was reported stolen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not hand over the goods; ask for another payment method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s security code (CVN) is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to check their card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card cannot be used (blacklisted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card number is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card issuer cannot process this amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay had a temporary error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repeated request differs from the original one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment institution&apos;s limit was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s receiving limit (per payment, day or month) is exceeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund reserve of the payment institution is insufficient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay refused a value in the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the order&apos;s items and amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay could not read the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update PayDesk, or contact support if this persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request contains a value LINE Pay does not expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay refused the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the order, then contact support if this persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay had an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayDesk::State</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayDesk::Storage</name>
    <message>
        <source>The SQLite driver for Qt is missing (Debian package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 stayed locked by another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PayDesk database or is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged: its schema version cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer PayDesk (schema %2); this one reads up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database from version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another PayDesk settled journal entry %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entry %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another PayDesk started attempt %1 of this order in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 cannot go from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 was changed by another PayDesk in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment has been requested for this order yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::AmountDialog</name>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund (%1, at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture (%1, at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 can be taken here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::MainWindow</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX — payments here are tests; no real money moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search order, LINE Pay id, customer, item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open payment page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh from LINE Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an order, or create one with &lt;b&gt;New order&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another PayDesk (%1, process %2 on %3) is working on this payment; its actions are disabled until it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay orderId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid: %1, refunded: %2, still refundable: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization expires in %1 h %2 min (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been refunded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization expires on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened; let the customer scan the QR code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::NewOrderDialog</name>
    <message>
        <source>Authorize only (capture later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the quantity must be a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::OrdersModel</name>
    <message>
        <source>In progress elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayDesk::Ui::SettingsDialog</name>
    <message>
        <source>Confirm automatically when the customer has approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded sandbox (no real money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE Pay production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new environment or language takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain answered: the channel secret is kept in a file only you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking LINE Pay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel secret could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
