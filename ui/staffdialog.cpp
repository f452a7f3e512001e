#include "ui/staffdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include "app/payments/paymentservice.h"
#include "ui/palette.h"

namespace PayDesk::Ui {

namespace {

QLineEdit *pinEdit(const char *name, const QString &accessible, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAccessibleName(accessible);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(12);
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), edit));
    return edit;
}

} // namespace

StaffDialog::StaffDialog(PaymentService &service, QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_list(new QListWidget(this)),
      m_name(new QLineEdit(this)),
      m_role(new QComboBox(this)),
      m_pin(pinEdit("staffPin", tr("PIN"), this)),
      m_again(pinEdit("staffPinAgain", tr("PIN again"), this)),
      m_problem(new QLabel(this)),
      m_add(new QPushButton(tr("Add"), this)),
      m_change(new QPushButton(tr("Change the PIN of the one selected"), this))
{
    setObjectName(QStringLiteral("staffDialog"));
    setWindowTitle(tr("Staff"));
    resize(520, 460);
    m_list->setObjectName(QStringLiteral("staffList"));
    m_list->setAccessibleName(tr("Staff"));
    m_name->setObjectName(QStringLiteral("staffName"));
    m_name->setMaxLength(40);
    m_role->setObjectName(QStringLiteral("staffRole"));
    m_role->addItem(tr("Clerk"), int(Storage::Role::Clerk));
    m_role->addItem(tr("Owner"), int(Storage::Role::Owner));
    m_add->setObjectName(QStringLiteral("staffAdd"));
    m_change->setObjectName(QStringLiteral("staffChangePin"));
    m_problem->setObjectName(QStringLiteral("staffProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *group = new QGroupBox(tr("A person, or a new PIN"), this);
    auto *form = new QFormLayout(group);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("&PIN (4 to 12 digits)"), m_pin);
    form->addRow(tr("PIN &again"), m_again);
    auto *row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addWidget(m_change);
    form->addRow(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Clerks take payments and refunds up to the owner's amount (Settings); above it, "
                                "and to close the day, they need the owner."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(group);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &StaffDialog::add);
    connect(m_change, &QPushButton::clicked, this, &StaffDialog::changePin);
    reload();
}

QString StaffDialog::problem() const
{
    return noticeText(m_problem);
}

void StaffDialog::showProblem(const QString &text, bool error)
{
    showNotice(m_problem, text, error);
}

void StaffDialog::reload()
{
    m_list->clear();
    const Result<QList<Storage::StaffMember>> people = m_service.staff();
    if (!people) {
        showProblem(people.error().message);
        return;
    }
    bool hasOwner = false;
    for (const Storage::StaffMember &person : *people) {
        hasOwner = hasOwner || person.role == Storage::Role::Owner;
        auto *item = new QListWidgetItem(person.role == Storage::Role::Owner ? tr("%1 (owner)").arg(person.name)
                                                                             : tr("%1 (clerk)").arg(person.name),
                                         m_list);
        item->setData(Qt::UserRole, person.name);
    }
    // The first person is the owner.
    m_role->setCurrentIndex(m_role->findData(int(hasOwner ? Storage::Role::Clerk : Storage::Role::Owner)));
    m_role->setEnabled(hasOwner);
    m_change->setEnabled(hasOwner);
}

void StaffDialog::add()
{
    if (m_pin->text() != m_again->text()) {
        showProblem(tr("The two PINs differ."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<Storage::StaffMember> added =
        m_service.addStaff(m_name->text(), Storage::Role(m_role->currentData().toInt()), m_pin->text());
    QApplication::restoreOverrideCursor();
    if (!added) {
        showProblem(added.error().message);
        return;
    }
    m_name->clear();
    m_pin->clear();
    m_again->clear();
    showProblem(tr("%1 was added.").arg(added->name), false);
    reload();
}

void StaffDialog::changePin()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        showProblem(tr("Select the person whose PIN changes."));
        return;
    }
    if (m_pin->text() != m_again->text()) {
        showProblem(tr("The two PINs differ."));
        return;
    }
    const QString name = item->data(Qt::UserRole).toString();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status changed = m_service.changePin(name, m_pin->text());
    QApplication::restoreOverrideCursor();
    if (!changed) {
        showProblem(changed.error().message);
        return;
    }
    m_pin->clear();
    m_again->clear();
    showProblem(tr("The PIN of %1 was changed.").arg(name), false);
}

} // namespace PayDesk::Ui
