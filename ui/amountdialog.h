#pragma once

#include <optional>

#include <QDialog>

#include "app/domain/money.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace PayDesk::Ui {

// Asks for an amount up to a maximum: the refund dialog (with a reason) and the capture dialog.
class AmountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AmountDialog)

public:
    enum class Kind
    {
        Refund,
        Capture,
    };

    // `maximum` prefills the field; `context` says what was refunded before or when the
    // authorization expires.
    AmountDialog(Kind kind, const Money &maximum, const QString &context, QWidget *parent = nullptr);

    Money amount() const { return m_amount; }
    bool isFull() const { return m_amount == m_maximum; }
    QString reason() const;

private:
    void validate();

    Money m_maximum;
    Money m_amount;
    QLineEdit *m_edit;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error;
    QPushButton *m_ok;
};

} // namespace PayDesk::Ui
