#include "app/reports/documents.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileDevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include "app/reports/localeformat.h"
#include "app/storage/csv.h"

namespace PayDesk::Reports {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PayDesk::Reports)
};

// Text layout happens at this many units per inch, then is scaled to the device.
constexpr qreal kLayoutDpi = 96;

struct PaperSpec
{
    qreal widthMm;
    qreal heightMm; // 0: as long as the text
    qreal marginMm;
    qreal fontPt;
};

PaperSpec spec(Paper paper)
{
    switch (paper) {
    case Paper::Thermal58:
        return {58, 0, 3, 7.5};
    case Paper::Thermal80:
        return {80, 0, 4, 8.5};
    case Paper::A4:
        break;
    }
    return {210, 297, 15, 10};
}

qreal toLayout(qreal mm)
{
    return mm / 25.4 * kLayoutDpi;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString shopHeader(const Storage::ShopInfo &shop)
{
    QString html = QStringLiteral("<p align=\"center\">");
    html += QStringLiteral("<span style=\"font-size:large; font-weight:bold\">%1</span>")
                .arg(escaped(shop.name.isEmpty() ? Text::tr("(shop name not set)") : shop.name));
    if (!shop.address.isEmpty())
        html += QStringLiteral("<br>") + escaped(shop.address);
    if (!shop.phone.isEmpty())
        html += QStringLiteral("<br>") + Text::tr("Phone: %1").arg(escaped(shop.phone));
    if (!shop.taxId.isEmpty())
        html += QStringLiteral("<br>") + Text::tr("Tax id: %1").arg(escaped(shop.taxId));
    html += QStringLiteral("</p>");
    return html;
}

QString movementKindText(Storage::DayMovement::Kind kind)
{
    switch (kind) {
    case Storage::DayMovement::Kind::Capture:
        return Text::tr("Captured");
    case Storage::DayMovement::Kind::Refund:
        return Text::tr("Refunded");
    case Storage::DayMovement::Kind::Void:
        return Text::tr("Authorization voided");
    }
    return {};
}

QString row(const QStringList &cells, bool header = false, const QList<int> &rightAligned = {})
{
    QString html = QStringLiteral("<tr>");
    for (int i = 0; i < cells.size(); ++i) {
        const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
        html += QStringLiteral("<%1%2>%3</%1>")
                    .arg(tag, rightAligned.contains(i) ? QStringLiteral(" align=\"right\"") : QString(), cells.at(i));
    }
    return html + QStringLiteral("</tr>");
}

QString transactionText(qint64 id)
{
    return id ? QString::number(id) : QStringLiteral("-");
}

} // namespace

std::optional<Paper> paperFromName(QStringView name)
{
    if (name.compare(u"58mm", Qt::CaseInsensitive) == 0)
        return Paper::Thermal58;
    if (name.compare(u"80mm", Qt::CaseInsensitive) == 0)
        return Paper::Thermal80;
    if (name.compare(u"a4", Qt::CaseInsensitive) == 0)
        return Paper::A4;
    return std::nullopt;
}

QString paperName(Paper paper)
{
    switch (paper) {
    case Paper::Thermal58:
        return QStringLiteral("58mm");
    case Paper::Thermal80:
        return QStringLiteral("80mm");
    case Paper::A4:
        break;
    }
    return QStringLiteral("a4");
}

QString dayReportHtml(const Storage::DayReport &report, const Storage::ShopInfo &shop)
{
    QString html = QStringLiteral("<html><body>") + shopHeader(shop);
    const QString title =
        report.isClosed() ? Text::tr("Day close %1").arg(report.numberText()) : Text::tr("Day report (not closed)");
    html += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(escaped(title));
    html += QStringLiteral("<p align=\"center\">%1<br>%2</p>")
                .arg(escaped(formatDate(report.day, DateStyle::Long)),
                     escaped(Text::tr("From %1 to %2 (%3)")
                                 .arg(formatDateTime(report.from), formatDateTime(report.to), report.timeZone)));
    if (report.isClosed())
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(Text::tr("Closed %1 by %2").arg(formatDateTime(report.closedAt), report.closedBy)));
    else
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(escaped(Text::tr("This day is not closed: its figures can still change.")));

    html += QStringLiteral("<h3>%1</h3>").arg(escaped(Text::tr("Totals")));
    if (report.currencies.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(Text::tr("No money moved on this day.")));
    } else {
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                               "style=\"border-collapse:collapse\">");
        html += row({escaped(Text::tr("Currency")), escaped(Text::tr("Captured")), escaped(Text::tr("Refunded")),
                     escaped(Text::tr("Voided")), escaped(Text::tr("Net"))},
                    true);
        for (const Storage::DayCurrencyTotals &t : report.currencies) {
            // An amount with its count beneath it.
            const auto cell = [](const Money &money, const QString &count) -> QString {
                return escaped(formatMoney(money)) + QStringLiteral("<br><small>") + escaped(count) +
                       QStringLiteral("</small>");
            };
            html += row({escaped(t.currency), cell(t.captured, Text::tr("%n payment(s)", nullptr, int(t.captures))),
                         cell(t.refunded, Text::tr("%n refund(s)", nullptr, int(t.refunds))),
                         cell(t.voided, Text::tr("%n payment(s)", nullptr, int(t.voids))),
                         QStringLiteral("<b>%1</b>").arg(escaped(formatMoney(t.net())))},
                        false, {1, 2, 3, 4});
        }
        html += QStringLiteral("</table>");
        html += QStringLiteral("<p><small>%1</small></p>")
                    .arg(escaped(Text::tr("Net is captured less refunded. Voided authorizations moved no money.")));
    }

    html += QStringLiteral("<h3>%1</h3>").arg(escaped(Text::tr("Payments")));
    if (report.movements.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(Text::tr("None.")));
    } else {
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                               "style=\"border-collapse:collapse\">");
        html += row({escaped(Text::tr("Time")), escaped(Text::tr("What")), escaped(Text::tr("Order")),
                     escaped(Text::tr("LINE Pay transaction")), escaped(Text::tr("Amount")), escaped(Text::tr("By"))},
                    true);
        for (const Storage::DayMovement &m : report.movements) {
            html += row({escaped(formatDateTime(m.at)), escaped(movementKindText(m.kind)), escaped(m.orderNumber),
                         transactionText(m.transactionId), escaped(formatMoney(m.amount)), escaped(m.actor)},
                        false, {4});
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(escaped(Text::tr("Printed %1").arg(formatDateTime(QDateTime::currentDateTimeUtc()))));
    return html + QStringLiteral("</body></html>");
}

QByteArray dayReportCsv(const Storage::DayReport &report)
{
    QByteArray csv = Storage::csvRecord({QStringLiteral("report"), QStringLiteral("day"), QStringLiteral("time_zone"),
                                         QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("closed_at"),
                                         QStringLiteral("closed_by")});
    csv += Storage::csvRecord({report.isClosed() ? report.numberText() : QStringLiteral("open"),
                               report.day.toString(Qt::ISODate), report.timeZone,
                               Storage::Database::timestamp(report.from), Storage::Database::timestamp(report.to),
                               Storage::Database::timestamp(report.closedAt), report.closedBy});
    csv += "\r\n";
    csv += Storage::csvRecord({QStringLiteral("currency"), QStringLiteral("captured"), QStringLiteral("captures"),
                               QStringLiteral("refunded"), QStringLiteral("refunds"), QStringLiteral("voided"),
                               QStringLiteral("voids"), QStringLiteral("net")});
    for (const Storage::DayCurrencyTotals &t : report.currencies) {
        csv += Storage::csvRecord({t.currency, t.captured.toDecimalString(), QString::number(t.captures),
                                   t.refunded.toDecimalString(), QString::number(t.refunds), t.voided.toDecimalString(),
                                   QString::number(t.voids), t.net().toDecimalString()});
    }
    csv += "\r\n";
    csv += Storage::csvRecord({QStringLiteral("at"), QStringLiteral("kind"), QStringLiteral("order"),
                               QStringLiteral("transaction_id"), QStringLiteral("currency"), QStringLiteral("amount"),
                               QStringLiteral("actor")});
    for (const Storage::DayMovement &m : report.movements) {
        csv += Storage::csvRecord({Storage::Database::timestamp(m.at), Storage::dayMovementKindName(m.kind),
                                   m.orderNumber, m.transactionId ? QString::number(m.transactionId) : QString(),
                                   m.amount.currency(), m.amount.toDecimalString(), m.actor});
    }
    return csv;
}

Result<QString> receiptHtml(const Storage::OrderDetail &detail, const Storage::ShopInfo &shop,
                            std::optional<qint64> refundId)
{
    const Order &order = detail.order;
    if (!detail.payment || detail.payment->captured.isZero())
        return badInput(Text::tr("Order %1 has no captured payment to print a receipt for.").arg(order.number));
    const Payment &payment = *detail.payment;
    const Refund *refund = nullptr;
    if (refundId) {
        for (const Refund &r : detail.refunds) {
            if (r.id == *refundId)
                refund = &r;
        }
        if (!refund)
            return badInput(Text::tr("Order %1 has no refund %2.").arg(order.number).arg(*refundId));
    }

    QString html = QStringLiteral("<html><body>") + shopHeader(shop);
    html += QStringLiteral("<h3 align=\"center\">%1</h3>")
                .arg(escaped(refund ? Text::tr("Refund slip") : Text::tr("Payment receipt")));
    html += QStringLiteral("<p>%1<br>%2</p>")
                .arg(escaped(Text::tr("Order %1").arg(order.number)),
                     escaped(formatDateTime(
                         refund ? refund->created
                                : (payment.capturedAt.isValid() ? payment.capturedAt : payment.updated))));
    if (!order.customerName.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(Text::tr("Customer: %1").arg(order.customerName)));

    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">");
    for (const LineItem &item : order.items) {
        Result<Money> line = multiply(item.unitPrice, item.quantity);
        html +=
            row({escaped(item.name) + QStringLiteral("<br><small>%1 × %2</small>")
                                          .arg(QLocale().toString(item.quantity), escaped(formatMoney(item.unitPrice))),
                 escaped(line ? formatMoney(*line) : QString())},
                false, {1});
    }
    html += QStringLiteral("</table><hr>");
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">");
    html += row({QStringLiteral("<b>%1</b>").arg(escaped(Text::tr("Total"))),
                 QStringLiteral("<b>%1</b>").arg(escaped(formatMoney(payment.amount)))},
                false, {1});
    html += row({escaped(Text::tr("Paid with LINE Pay")), escaped(formatMoney(payment.captured))}, false, {1});
    if (refund) {
        html += row({QStringLiteral("<b>%1</b>").arg(escaped(Text::tr("Refunded"))),
                     QStringLiteral("<b>%1</b>").arg(escaped(formatMoney(refund->amount)))},
                    false, {1});
    }
    if (!payment.refunded.isZero()) {
        const Money kept(payment.captured.minorUnits() - payment.refunded.minorUnits(), payment.captured.currency());
        html += row({escaped(Text::tr("Refunded in all")), escaped(formatMoney(payment.refunded))}, false, {1});
        html += row({escaped(Text::tr("Paid after refunds")), escaped(formatMoney(kept))}, false, {1});
    }
    html += QStringLiteral("</table><hr>");
    html += QStringLiteral("<p>%1").arg(
        escaped(Text::tr("LINE Pay transaction %1").arg(transactionText(payment.transactionId))));
    if (refund) {
        html += QStringLiteral("<br>") +
                escaped(Text::tr("Refund transaction %1").arg(transactionText(refund->refundTransactionId)));
        if (!refund->reason.isEmpty())
            html += QStringLiteral("<br>") + escaped(Text::tr("Reason: %1").arg(refund->reason));
    }
    html += QStringLiteral("<br>") + escaped(Text::tr("LINE Pay order %1").arg(payment.lineOrderId));
    html += QStringLiteral("</p><p align=\"center\">%1</p>").arg(escaped(Text::tr("Thank you.")));
    return QString(html + QStringLiteral("</body></html>"));
}

Status paintDocument(const QString &html, QPagedPaintDevice &device, Paper paper)
{
    const PaperSpec s = spec(paper);
    QTextDocument doc;
    doc.setUseDesignMetrics(true);
    doc.setDocumentMargin(0);
    QFont font = doc.defaultFont();
    font.setPointSizeF(s.fontPt);
    doc.setDefaultFont(font);
    doc.setHtml(html);

    const qreal width = toLayout(s.widthMm - 2 * s.marginMm);
    qreal pageHeight = 0;
    int pages = 1;
    qreal heightMm = s.heightMm;
    if (s.heightMm > 0) {
        pageHeight = toLayout(s.heightMm - 2 * s.marginMm);
        doc.setPageSize(QSizeF(width, pageHeight));
        pages = doc.pageCount();
    } else {
        doc.setTextWidth(width);
        pageHeight = doc.size().height();
        heightMm = pageHeight / kLayoutDpi * 25.4 + 2 * s.marginMm;
    }
    const QPageSize size(QSizeF(s.widthMm, heightMm), QPageSize::Millimeter, paperName(paper), QPageSize::ExactMatch);
    if (!device.setPageLayout(QPageLayout(size, QPageLayout::Portrait,
                                          QMarginsF(s.marginMm, s.marginMm, s.marginMm, s.marginMm),
                                          QPageLayout::Millimeter)))
        return badInput(Text::tr("The printer does not take paper of %1 × %2 mm.")
                            .arg(QLocale().toString(s.widthMm), QLocale().toString(qRound(heightMm))));

    QPainter painter;
    if (!painter.begin(&device))
        return storageError(Text::tr("Cannot start printing."));
    const qreal scale = device.logicalDpiX() / kLayoutDpi;
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage())
            return storageError(Text::tr("Cannot start a new page."));
        painter.save();
        painter.scale(scale, scale);
        painter.translate(0, -page * pageHeight);
        doc.drawContents(&painter, QRectF(0, page * pageHeight, width, pageHeight));
        painter.restore();
        if (pages > 1) {
            painter.save();
            QFont small = font;
            small.setPointSizeF(s.fontPt * 0.8);
            painter.setFont(small);
            const QRectF footer(0, (pageHeight + toLayout(s.marginMm) * 0.4) * scale, width * scale,
                                toLayout(s.marginMm) * 0.5 * scale);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                             Text::tr("Page %1 of %2").arg(page + 1).arg(pages));
            painter.restore();
        }
    }
    if (!painter.end())
        return storageError(Text::tr("Cannot finish printing."));
    return Done{};
}

Status writeOwnerOnlyFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(data) != data.size() || !file.commit())
        return storageError(Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Done{};
}

Status writePdf(const QString &html, const QString &path, Paper paper, const QString &title)
{
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("PayDesk"));
        if (Status painted = paintDocument(html, writer, paper); !painted)
            return painted;
    }
    return writeOwnerOnlyFile(path, pdf);
}

} // namespace PayDesk::Reports
