#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace PayDesk {
class PaymentService;
}

namespace PayDesk::Ui {

// Who is at the counter: a name from the staff list and their PIN. At start-up it stands
// before the window (Quit leaves); when the window locks after idle time, whoever signs in
// takes the counter.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    enum class Mode
    {
        Start,  // the window is not shown yet; Quit ends PayDesk
        Locked, // the window locked itself; it stays locked until someone signs in
    };
    LoginDialog(PaymentService &service, Mode mode, QWidget *parent = nullptr);

    void accept() override;
    void reject() override;

private:
    PaymentService &m_service;
    Mode m_mode;
    QComboBox *m_name;
    QLineEdit *m_pin;
    QLabel *m_problem;
    QPushButton *m_signIn;
    bool m_checking = false;
};

} // namespace PayDesk::Ui
