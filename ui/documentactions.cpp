#include "ui/documentactions.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>

namespace PayDesk::Ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PayDesk::Ui::Documents)
};

} // namespace

DocumentOutcome saveDocumentAsPdf(QWidget *parent, const QString &html, Reports::Paper paper, const QString &title,
                                  const QString &suggestedName)
{
    const QString file =
        QFileDialog::getSaveFileName(parent, Text::tr("Save as PDF"), suggestedName, Text::tr("PDF (*.pdf)"));
    if (file.isEmpty())
        return {};
    if (const Status written = Reports::writePdf(html, file, paper, title); !written)
        return {written.error().message, true};
    return {Text::tr("Saved %1.").arg(file), false};
}

DocumentOutcome printDocument(QWidget *parent, const QString &html, Reports::Paper paper, const QString &title)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(Text::tr("Print %1").arg(title));
    if (dialog.exec() != QDialog::Accepted)
        return {};
    if (const Status printed = Reports::paintDocument(html, printer, paper); !printed)
        return {printed.error().message, true};
    return {};
}

} // namespace PayDesk::Ui
