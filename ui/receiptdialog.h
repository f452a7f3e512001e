#pragma once

#include <QDialog>

#include "app/storage/orderdetails.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace PayDesk {
class PaymentService;
}

namespace PayDesk::Ui {

// Order › Receipt: the payment receipt of an order, or the slip of one of its refunds, for a
// 58 or 80 mm thermal roll or A4, shown as it will print, saved as PDF or printed.
class ReceiptDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiptDialog)

public:
    ReceiptDialog(PaymentService &service, Storage::OrderDetail order, QWidget *parent = nullptr);

    QString html() const { return m_html; }
    QString message() const;

private:
    void render();
    void savePdf();
    void print();
    void showMessage(const QString &text, bool error);
    std::optional<qint64> refundId() const;

    PaymentService &m_service;
    Storage::OrderDetail m_order;
    QString m_html;
    QComboBox *m_document;
    QComboBox *m_paper;
    QTextBrowser *m_preview;
    QLabel *m_message;
    QPushButton *m_pdf;
    QPushButton *m_print;
};

} // namespace PayDesk::Ui
