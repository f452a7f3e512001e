#include "app/sandbox/customerpage.h"

namespace PayDesk::Sandbox {

namespace {

const char *kStyle = R"(<style>
body{font-family:sans-serif;background:#f4f6f5;margin:0;padding:24px;color:#1e1e1e}
.card{max-width:420px;margin:0 auto;background:#fff;border-radius:12px;padding:24px;box-shadow:0 2px 8px #0002}
h1{font-size:20px;color:#06c755;margin:0 0 4px}
.merchant{color:#555;margin-bottom:16px}
table{width:100%;border-collapse:collapse;margin:12px 0}
td{padding:6px 0;border-bottom:1px solid #eee}
td.n{text-align:right}
.total{font-size:22px;font-weight:bold;text-align:right;margin:12px 0}
.sandbox{background:#ffd54f;color:#000;text-align:center;font-weight:bold;padding:4px;border-radius:6px;margin-bottom:12px}
form{display:inline}
button{font-size:16px;padding:10px 24px;border-radius:8px;border:0;margin:6px 4px;cursor:pointer}
#approve{background:#06c755;color:#fff}
#cancel{background:#ddd;color:#000}
.actions{text-align:center}
</style>)";

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QByteArray page(const QString &title, const QString &body)
{
    return (QStringLiteral("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>") +
            esc(title) + QStringLiteral("</title>") + QString::fromUtf8(kStyle) +
            QStringLiteral("</head><body><div class=\"card\">") +
            QStringLiteral("<div class=\"sandbox\">LINE Pay SANDBOX — no real money moves</div>") + body +
            QStringLiteral("</div></body></html>"))
        .toUtf8();
}

} // namespace

QByteArray waitPage(const Transaction &tx, const QString &merchantName, const QString &baseUrl)
{
    QString rows;
    for (const LinePay::Package &p : tx.request.packages) {
        for (const LinePay::Product &product : p.products) {
            rows += QStringLiteral("<tr><td>%1</td><td class=\"n\">%2 × %3</td></tr>")
                        .arg(esc(product.name))
                        .arg(product.quantity)
                        .arg(esc(product.price.toDecimalString()));
        }
    }
    const QString token = esc(tx.reserveToken);
    const QString body = QStringLiteral("<h1>LINE Pay</h1><div class=\"merchant\">%1 · order %2</div><table>%3</table>"
                                        "<div class=\"total\" id=\"amount\">%4</div>"
                                        "<div class=\"actions\">"
                                        "<form method=\"post\" action=\"%5/web/payment/approve\">"
                                        "<input type=\"hidden\" name=\"transactionReserveId\" value=\"%6\">"
                                        "<button id=\"approve\" type=\"submit\">Approve</button></form>"
                                        "<form method=\"post\" action=\"%5/web/payment/cancel\">"
                                        "<input type=\"hidden\" name=\"transactionReserveId\" value=\"%6\">"
                                        "<button id=\"cancel\" type=\"submit\">Cancel</button></form></div>")
                             .arg(esc(merchantName), esc(tx.request.orderId), rows,
                                  esc(tx.request.amount.toDisplayString()), esc(baseUrl), token);
    return page(QStringLiteral("LINE Pay – ") + merchantName, body);
}

QByteArray messagePage(const QString &title, const QString &message)
{
    return page(title, QStringLiteral("<h1>%1</h1><p id=\"message\">%2</p>").arg(esc(title), esc(message)));
}

} // namespace PayDesk::Sandbox
