#include "ui/receiptdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "app/payments/paymentservice.h"
#include "app/reports/documents.h"
#include "app/reports/localeformat.h"
#include "ui/documentactions.h"
#include "ui/palette.h"

namespace PayDesk::Ui {

ReceiptDialog::ReceiptDialog(PaymentService &service, Storage::OrderDetail order, QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_order(std::move(order)),
      m_document(new QComboBox(this)),
      m_paper(new QComboBox(this)),
      m_preview(new QTextBrowser(this)),
      m_message(new QLabel(this)),
      m_pdf(new QPushButton(tr("Save PDF…"), this)),
      m_print(new QPushButton(tr("Print…"), this))
{
    setWindowTitle(tr("Receipt of %1").arg(m_order.order.number));
    setObjectName(QStringLiteral("receiptDialog"));
    resize(460, 640);
    m_document->setObjectName(QStringLiteral("receiptDocument"));
    m_document->addItem(tr("Payment receipt"), QVariant());
    for (const Refund &refund : m_order.refunds)
        m_document->addItem(tr("Refund slip: %1 on %2").arg(formatMoney(refund.amount), formatDateTime(refund.created)),
                            refund.id);
    m_paper->setObjectName(QStringLiteral("receiptPaper"));
    m_paper->addItem(tr("80 mm roll"), int(Reports::Paper::Thermal80));
    m_paper->addItem(tr("58 mm roll"), int(Reports::Paper::Thermal58));
    m_paper->addItem(tr("A4"), int(Reports::Paper::A4));
    m_preview->setObjectName(QStringLiteral("receiptPreview"));
    m_preview->setAccessibleName(tr("Receipt"));
    m_message->setObjectName(QStringLiteral("receiptMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_pdf->setObjectName(QStringLiteral("receiptPdf"));
    m_print->setObjectName(QStringLiteral("receiptPrint"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Document"), m_document);
    form->addRow(tr("P&aper"), m_paper);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->addButton(m_pdf, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_document, &QComboBox::currentIndexChanged, this, &ReceiptDialog::render);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ReceiptDialog::render);
    connect(m_pdf, &QPushButton::clicked, this, &ReceiptDialog::savePdf);
    connect(m_print, &QPushButton::clicked, this, &ReceiptDialog::print);
    render();
}

QString ReceiptDialog::message() const
{
    return noticeText(m_message);
}

void ReceiptDialog::showMessage(const QString &text, bool error)
{
    showNotice(m_message, text, error);
}

std::optional<qint64> ReceiptDialog::refundId() const
{
    const QVariant id = m_document->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

void ReceiptDialog::render()
{
    const Result<Storage::ShopInfo> shop = m_service.shopInfo();
    const Result<QString> html = Reports::receiptHtml(m_order, shop ? *shop : Storage::ShopInfo{}, refundId());
    m_html = html ? *html : QString();
    m_preview->setHtml(m_html);
    m_pdf->setEnabled(html.ok());
    m_print->setEnabled(html.ok());
    showMessage(html ? QString() : html.error().message, true);
    // The preview as wide as the paper is, roughly.
    const auto paper = Reports::Paper(m_paper->currentData().toInt());
    m_preview->setMaximumWidth(paper == Reports::Paper::A4          ? QWIDGETSIZE_MAX
                               : paper == Reports::Paper::Thermal80 ? 360
                                                                    : 270);
}

void ReceiptDialog::savePdf()
{
    const auto paper = Reports::Paper(m_paper->currentData().toInt());
    const QString name = m_order.order.number + (refundId() ? QStringLiteral("-refund") : QStringLiteral("-receipt"));
    const DocumentOutcome outcome = saveDocumentAsPdf(this, m_html, paper, name, name + QStringLiteral(".pdf"));
    if (!outcome.message.isEmpty())
        showMessage(outcome.message, outcome.error);
}

void ReceiptDialog::print()
{
    const DocumentOutcome outcome =
        printDocument(this, m_html, Reports::Paper(m_paper->currentData().toInt()), m_order.order.number);
    if (!outcome.message.isEmpty())
        showMessage(outcome.message, outcome.error);
}

} // namespace PayDesk::Ui
