#include "ui/amountdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/domain/order.h"
#include "ui/palette.h"

namespace PayDesk::Ui {

AmountDialog::AmountDialog(Kind kind, const Money &maximum, const QString &context, QWidget *parent)
    : QDialog(parent),
      m_maximum(maximum),
      m_amount(maximum),
      m_edit(new QLineEdit(maximum.toDecimalString(), this)),
      m_error(new QLabel(this))
{
    const bool refund = kind == Kind::Refund;
    setObjectName(refund ? QStringLiteral("refundDialog") : QStringLiteral("captureDialog"));
    setWindowTitle(refund ? tr("Refund") : tr("Capture"));
    m_edit->setObjectName(QStringLiteral("amountEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    useErrorColor(m_error);
    auto *info = new QLabel(context, this);
    info->setObjectName(QStringLiteral("contextLabel"));
    info->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(refund ? tr("Refund (%1, at most %2)").arg(maximum.currency(), maximum.toDecimalString())
                        : tr("Capture (%1, at most %2)").arg(maximum.currency(), maximum.toDecimalString()),
                 m_edit);
    if (refund) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("reasonEdit"));
        form->addRow(tr("Reason"), m_reason);
        connect(m_reason, &QLineEdit::textChanged, this, &AmountDialog::validate);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ok = buttons->addButton(refund ? tr("Refund") : tr("Capture"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(info);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_edit, &QLineEdit::textChanged, this, &AmountDialog::validate);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString AmountDialog::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

void AmountDialog::validate()
{
    const Result<Money> amount = Money::parse(m_edit->text(), m_maximum.currency());
    QString problem;
    if (!amount)
        problem = amount.error().message;
    else if (amount->minorUnits() <= 0)
        problem = tr("The amount must be more than zero.");
    else if (amount->minorUnits() > m_maximum.minorUnits())
        problem = tr("At most %1 can be taken here.").arg(m_maximum.toDisplayString());
    if (problem.isEmpty() && m_reason) {
        if (const Status valid = Order::validateText(m_reason->text(), tr("reason"), 1000); !valid)
            problem = valid.error().message;
    }
    if (amount)
        m_amount = *amount;
    m_error->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace PayDesk::Ui
