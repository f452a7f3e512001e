#include "ui/logindialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include "app/payments/paymentservice.h"
#include "ui/palette.h"

namespace PayDesk::Ui {

LoginDialog::LoginDialog(PaymentService &service, Mode mode, QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_mode(mode),
      m_name(new QComboBox(this)),
      m_pin(new QLineEdit(this)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(mode == Mode::Locked ? tr("PayDesk is locked") : tr("Who is at the counter?"));
    m_name->setObjectName(QStringLiteral("loginName"));
    m_name->setAccessibleName(tr("Name"));
    const Result<QList<Storage::StaffMember>> people = service.staff();
    for (const Storage::StaffMember &person : people ? *people : QList<Storage::StaffMember>())
        m_name->addItem(person.role == Storage::Role::Owner ? tr("%1 (owner)").arg(person.name) : person.name,
                        person.name);
    const int current = m_name->findData(service.currentOperator().name);
    if (current >= 0)
        m_name->setCurrentIndex(current);
    m_pin->setObjectName(QStringLiteral("loginPin"));
    m_pin->setAccessibleName(tr("PIN"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(12);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), m_pin));
    m_problem->setObjectName(QStringLiteral("loginProblem"));
    m_problem->setWordWrap(true);
    useErrorColor(m_problem);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&PIN"), m_pin);
    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    if (mode == Mode::Start)
        buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::Locked)
        layout->addWidget(new QLabel(tr("PayDesk locked itself after a while without use. Sign in to go on."), this));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    m_pin->setFocus();
}

void LoginDialog::accept()
{
    // The PIN's hash takes about a second to work out, on purpose.
    m_signIn->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<Storage::StaffMember> signedIn = m_service.signIn(m_name->currentData().toString(), m_pin->text());
    QApplication::restoreOverrideCursor();
    m_signIn->setEnabled(true);
    m_pin->clear();
    if (!signedIn) {
        m_problem->setText(signedIn.error().message);
        m_problem->show();
        m_pin->setFocus();
        return;
    }
    QDialog::accept();
}

void LoginDialog::reject()
{
    // A locked window stays locked: Escape does not open it.
    if (m_mode == Mode::Locked)
        return;
    QDialog::reject();
}

} // namespace PayDesk::Ui
