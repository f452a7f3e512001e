#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace PayDesk {
class PaymentService;
}

namespace PayDesk::Ui {

// File › Staff…: the owner and the clerks. The owner adds people and changes PINs; before there
// is an owner, the first person added is the owner.
class StaffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffDialog)

public:
    explicit StaffDialog(PaymentService &service, QWidget *parent = nullptr);

    QString problem() const;

private:
    void reload();
    void add();
    void changePin();
    void showProblem(const QString &text, bool error = true);

    PaymentService &m_service;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_pin;
    QLineEdit *m_again;
    QLabel *m_problem;
    QPushButton *m_add;
    QPushButton *m_change;
};

} // namespace PayDesk::Ui
