#pragma once

#include <QDialog>

#include "app/domain/order.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace PayDesk::Ui {

// Line items, currency, customer and capture mode; Request stays disabled until the order is valid.
class NewOrderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewOrderDialog)

public:
    explicit NewOrderDialog(QWidget *parent = nullptr);

    Order order() const { return m_order; }
    bool authorizeOnly() const;

private:
    void addRow();
    void validate();

    QTableWidget *m_items;
    QComboBox *m_currency;
    QLineEdit *m_customer;
    QLineEdit *m_phone;
    QLineEdit *m_note;
    QCheckBox *m_authorizeOnly;
    QLabel *m_total;
    QLabel *m_error;
    QPushButton *m_request;
    Order m_order;
};

} // namespace PayDesk::Ui
