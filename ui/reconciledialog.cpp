#include "ui/reconciledialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "app/reports/documents.h"
#include "app/reports/localeformat.h"

namespace PayDesk::Ui {

ReconcileDialog::ReconcileDialog(PaymentService &service, QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_since(new QDateEdit(QDate::currentDate().addDays(-30), this)),
      m_start(new QPushButton(tr("Compare"), this)),
      m_progress(new QProgressBar(this)),
      m_summary(new QLabel(this)),
      m_table(new QTableWidget(0, 6, this)),
      m_save(new QPushButton(tr("Save as CSV…"), this))
{
    setWindowTitle(tr("Reconcile with LINE Pay"));
    setObjectName(QStringLiteral("reconcileDialog"));
    resize(900, 480);
    m_since->setObjectName(QStringLiteral("reconcileSince"));
    m_since->setCalendarPopup(true);
    m_since->setAccessibleName(tr("Payments changed since"));
    m_start->setObjectName(QStringLiteral("reconcileStart"));
    m_progress->setObjectName(QStringLiteral("reconcileProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->hide();
    m_summary->setObjectName(QStringLiteral("reconcileSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("PayDesk asks LINE Pay for the details of every confirmed payment changed since the day "
                          "below, follows what LINE Pay changed (an authorization that expired, a refund made in the "
                          "merchant center) and lists every difference."));
    m_table->setObjectName(QStringLiteral("reconcileTable"));
    m_table->setAccessibleName(tr("Differences"));
    m_table->setHorizontalHeaderLabels(
        {tr("Order"), tr("Transaction"), tr("Here"), tr("LINE Pay"), tr("Outcome"), tr("Note")});
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_save->setObjectName(QStringLiteral("reconcileSave"));
    m_save->setEnabled(false);

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("Payments changed since"), this);
    label->setBuddy(m_since);
    top->addWidget(label);
    top->addWidget(m_since);
    top->addWidget(m_start);
    top->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &ReconcileDialog::start);
    connect(m_save, &QPushButton::clicked, this, &ReconcileDialog::save);
}

ReconcileDialog::~ReconcileDialog()
{
    *m_alive = false; // a reconciliation still running reports to nobody
}

void ReconcileDialog::start()
{
    if (m_running)
        return;
    m_running = true;
    m_start->setEnabled(false);
    m_save->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_summary->setText(tr("Asking LINE Pay…"));
    const std::shared_ptr<bool> alive = m_alive;
    m_service.reconcile(
        m_since->date().startOfDay().toUTC(),
        [this, alive](const ReconcileReport &report) {
            if (*alive)
                showReport(report);
        },
        [this, alive](qint64 compared, qint64 total) {
            if (!*alive)
                return;
            m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
            m_progress->setValue(int(qMin<qint64>(compared, INT_MAX)));
        });
}

void ReconcileDialog::showReport(const ReconcileReport &report)
{
    m_running = false;
    m_report = report;
    m_start->setEnabled(true);
    m_progress->hide();
    m_table->setRowCount(int(report.drifts.size()));
    for (int row = 0; row < report.drifts.size(); ++row) {
        const Drift &d = report.drifts.at(row);
        const QStringList cells{d.orderNumber,
                                QString::number(d.transactionId),
                                d.local,
                                d.linePay,
                                d.outcome == Drift::Outcome::Updated ? tr("Updated as LINE Pay has it")
                                                                     : tr("Left for you to check"),
                                d.note};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    QString summary = tr("Compared %1 payment(s) with LINE Pay in %2 call(s): %3 difference(s), %4 left for you to "
                         "check.")
                          .arg(formatCount(report.payments), formatCount(report.calls),
                               formatCount(report.drifts.size()), formatCount(report.leftUnchanged()));
    if (report.busy > 0)
        summary +=
            u' ' + tr("%1 payment(s) another PayDesk was working on were left to it.").arg(formatCount(report.busy));
    if (!report.problem.isEmpty())
        summary += u' ' + tr("Reconciliation stopped: %1").arg(report.problem);
    m_summary->setText(summary);
    m_save->setEnabled(!report.drifts.isEmpty());
    Q_EMIT reconciled(report);
}

void ReconcileDialog::save()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save the differences"),
                                                      QStringLiteral("reconciliation.csv"), tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    if (const Status written = Reports::writeOwnerOnlyFile(file, m_report.toCsv()); !written)
        m_summary->setText(written.error().message);
}

} // namespace PayDesk::Ui
