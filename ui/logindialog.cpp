#include "ui/logindialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
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
    if (m_checking)
        return;
    // The PIN's hash takes about a second, on purpose; it is worked out off the window's thread.
    m_checking = true;
    m_signIn->setEnabled(false);
    m_pin->setEnabled(false);
    showNotice(m_problem, tr("Checking the PIN…"), false);
    const QString pin = m_pin->text();
    m_pin->clear();
    QPointer<LoginDialog> alive(this);
    m_service.signIn(m_name->currentData().toString(), pin, [alive](const Result<Storage::StaffMember> &signedIn) {
        if (!alive)
            return;
        alive->m_checking = false;
        alive->m_signIn->setEnabled(true);
        alive->m_pin->setEnabled(true);
        if (!signedIn) {
            showNotice(alive->m_problem, signedIn.error().message, true);
            alive->m_pin->setFocus();
            return;
        }
        alive->QDialog::accept();
    });
}

void LoginDialog::reject()
{
    // A locked window stays locked: Escape does not open it.
    if (m_mode == Mode::Locked)
        return;
    QDialog::reject();
}

} // namespace PayDesk::Ui
