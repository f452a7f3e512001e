#include "ui/neworderdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/palette.h"

namespace PayDesk::Ui {

namespace {

// The items table for a keyboard: typing edits the cell, Tab goes cell by cell, and Tab from the
// last cell (Shift+Tab from the first) leaves the table instead of going round again.
class ItemsTable final : public QTableWidget
{
public:
    ItemsTable(int rows, int columns, QWidget *parent) : QTableWidget(rows, columns, parent)
    {
        setEditTriggers(QAbstractItemView::AllEditTriggers);
    }

protected:
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override
    {
        const QModelIndex at = currentIndex();
        const bool last = at.row() == rowCount() - 1 && at.column() == columnCount() - 1;
        const bool first = at.row() == 0 && at.column() == 0;
        if ((hint == QAbstractItemDelegate::EditNextItem && last) ||
            (hint == QAbstractItemDelegate::EditPreviousItem && first)) {
            QTableWidget::closeEditor(editor, QAbstractItemDelegate::NoHint);
            if (hint == QAbstractItemDelegate::EditNextItem)
                QWidget::focusNextPrevChild(true);
            else
                QWidget::focusNextPrevChild(false);
            return;
        }
        QTableWidget::closeEditor(editor, hint);
    }

    bool focusNextPrevChild(bool next) override
    {
        const QModelIndex at = currentIndex();
        const bool last = at.row() == rowCount() - 1 && at.column() == columnCount() - 1;
        const bool first = at.row() == 0 && at.column() == 0;
        if ((next && last) || (!next && first))
            return QWidget::focusNextPrevChild(next);
        return QTableWidget::focusNextPrevChild(next);
    }
};

} // namespace

NewOrderDialog::NewOrderDialog(QWidget *parent)
    : QDialog(parent),
      m_items(new ItemsTable(0, 3, this)),
      m_currency(new QComboBox(this)),
      m_customer(new QLineEdit(this)),
      m_phone(new QLineEdit(this)),
      m_note(new QLineEdit(this)),
      m_authorizeOnly(new QCheckBox(tr("Authorize only (capture later)"), this)),
      m_total(new QLabel(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("newOrderDialog"));
    setWindowTitle(tr("New order"));
    m_items->setObjectName(QStringLiteral("itemsTable"));
    m_items->setAccessibleName(tr("Items"));
    m_items->setHorizontalHeaderLabels({tr("Item"), tr("Quantity"), tr("Unit price")});
    m_items->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_currency->setObjectName(QStringLiteral("currencyBox"));
    m_currency->addItems({QStringLiteral("TWD"), QStringLiteral("THB"), QStringLiteral("USD")});
    m_customer->setObjectName(QStringLiteral("customerEdit"));
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_authorizeOnly->setObjectName(QStringLiteral("authorizeOnlyBox"));
    m_total->setObjectName(QStringLiteral("totalLabel"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    useErrorColor(m_error);
    m_error->setWordWrap(true);

    auto *addItem = new QPushButton(tr("Add item"), this);
    addItem->setObjectName(QStringLiteral("addItemButton"));
    auto *removeItem = new QPushButton(tr("Remove item"), this);
    removeItem->setObjectName(QStringLiteral("removeItemButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_request = buttons->addButton(tr("Request payment"), QDialogButtonBox::AcceptRole);
    m_request->setObjectName(QStringLiteral("requestButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Currency"), m_currency);
    form->addRow(tr("Customer"), m_customer);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Note"), m_note);
    auto *itemButtons = new QHBoxLayout;
    itemButtons->addWidget(addItem);
    itemButtons->addWidget(removeItem);
    itemButtons->addStretch();
    itemButtons->addWidget(m_total);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_items);
    layout->addLayout(itemButtons);
    layout->addLayout(form);
    layout->addWidget(m_authorizeOnly);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(addItem, &QPushButton::clicked, this, [this] {
        addRow();
        // Straight on to the new row's name, for the keyboard as for the mouse.
        m_items->setFocus(Qt::OtherFocusReason);
        m_items->setCurrentCell(m_items->rowCount() - 1, 0);
        m_items->editItem(m_items->item(m_items->rowCount() - 1, 0));
    });
    connect(removeItem, &QPushButton::clicked, this, [this] {
        if (m_items->rowCount() > 0)
            m_items->removeRow(m_items->currentRow() >= 0 ? m_items->currentRow() : m_items->rowCount() - 1);
        validate();
    });
    connect(m_items, &QTableWidget::itemChanged, this, &NewOrderDialog::validate);
    connect(m_currency, &QComboBox::currentTextChanged, this, &NewOrderDialog::validate);
    for (QLineEdit *edit : {m_customer, m_phone, m_note})
        connect(edit, &QLineEdit::textChanged, this, &NewOrderDialog::validate);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Tab follows the dialog from top to bottom.
    QWidget *previous = m_items;
    for (QWidget *next :
         std::initializer_list<QWidget *>{addItem, removeItem, m_currency, m_customer, m_phone, m_note, m_authorizeOnly,
                                          m_request, buttons->button(QDialogButtonBox::Cancel)}) {
        setTabOrder(previous, next);
        previous = next;
    }
    addRow();
    m_items->setCurrentCell(0, 0);
    m_items->setFocus(Qt::OtherFocusReason);
    resize(560, 420);
}

bool NewOrderDialog::authorizeOnly() const
{
    return m_authorizeOnly->isChecked();
}

void NewOrderDialog::addRow()
{
    const int row = m_items->rowCount();
    m_items->insertRow(row);
    m_items->setItem(row, 0, new QTableWidgetItem);
    m_items->setItem(row, 1, new QTableWidgetItem(QStringLiteral("1")));
    m_items->setItem(row, 2, new QTableWidgetItem);
    validate();
}

void NewOrderDialog::validate()
{
    Order order;
    order.currency = m_currency->currentText();
    order.customerName = m_customer->text().trimmed();
    order.customerPhone = m_phone->text().trimmed();
    order.note = m_note->text().trimmed();
    QString problem;
    for (int row = 0; row < m_items->rowCount() && problem.isEmpty(); ++row) {
        const auto text = [&](int column) {
            return m_items->item(row, column) ? m_items->item(row, column)->text().trimmed() : QString();
        };
        if (text(0).isEmpty() && text(2).isEmpty())
            continue; // an empty row is ignored
        bool ok = false;
        const qint64 quantity = text(1).toLongLong(&ok);
        if (!ok || quantity < 1) {
            problem = tr("Row %1: the quantity must be a whole number of at least 1.").arg(row + 1);
            break;
        }
        const Result<Money> price = Money::parse(text(2), order.currency);
        if (!price) {
            problem = tr("Row %1: %2").arg(row + 1).arg(price.error().message);
            break;
        }
        order.items << LineItem{text(0), quantity, *price};
    }
    if (problem.isEmpty()) {
        const Status valid = order.validate();
        if (!valid)
            problem = valid.error().message;
    }
    const Result<Money> total = order.total();
    m_total->setText(total ? tr("Total: %1").arg(total->toDisplayString()) : tr("Total: —"));
    m_error->setText(problem);
    m_request->setEnabled(problem.isEmpty());
    m_order = order;
}

} // namespace PayDesk::Ui
