#pragma once

#include <QDialog>

#include "app/payments/paymentservice.h"

class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace PayDesk::Ui {

// Reconcile with LINE Pay: compares the payments changed since a day with LINE Pay's payment
// details (PaymentService::reconcile), shows the progress and then every difference, and saves
// the report as CSV.
class ReconcileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconcileDialog)

public:
    ReconcileDialog(PaymentService &service, QWidget *parent = nullptr);
    ~ReconcileDialog() override;

    void start();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void reconciled(const PayDesk::ReconcileReport &report);

private:
    void showReport(const ReconcileReport &report);
    void save();

    PaymentService &m_service;
    QDateEdit *m_since;
    QPushButton *m_start;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_save;
    ReconcileReport m_report;
    bool m_running = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace PayDesk::Ui
