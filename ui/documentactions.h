#pragma once

#include <QString>

#include "app/reports/documents.h"

class QWidget;

namespace PayDesk::Ui {

// What saving or printing came to: a sentence to show (empty when there is nothing to say) and
// whether it is a problem.
struct DocumentOutcome
{
    QString message;
    bool error = false;
};

// Asks where to save and writes `html` there as a PDF for `paper`: where it went, or what went
// wrong; no sentence when the person chose no file.
DocumentOutcome saveDocumentAsPdf(QWidget *parent, const QString &html, Reports::Paper paper, const QString &title,
                                  const QString &suggestedName);

// Lets the person choose a printer and prints `html` for `paper` on it; no sentence when printed
// or cancelled.
DocumentOutcome printDocument(QWidget *parent, const QString &html, Reports::Paper paper, const QString &title);

} // namespace PayDesk::Ui
