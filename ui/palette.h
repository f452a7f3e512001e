#pragma once

#include <QColor>
#include <QPalette>

#include "app/domain/paymentstate.h"

class QLabel;
class QWidget;

namespace PayDesk::Ui {

// Colours that stay readable on a light or a dark desktop theme: every pair here reads at a
// contrast of at least 4.5:1 (WCAG 2, normal text).

// WCAG 2 contrast ratio of two colours, from 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);
bool isDark(const QPalette &palette);

// Badge fills for the state column; their text is white.
QColor stateBadgeColor(PaymentState state);
QColor busyElsewhereBadgeColor();

struct MessageColors
{
    QColor text;
    QColor background;
};
// The message strip above the orders: a success or an error, for this palette.
MessageColors messageColors(const QPalette &palette, bool error);
// Text of a problem or a warning on the palette's window colour.
QColor errorTextColor(const QPalette &palette);
QColor warningTextColor(const QPalette &palette);

// Shows `label`'s text in the error (or warning) colour of its palette.
void useErrorColor(QWidget *label, bool warning = false);

// A dialog's notice line: shows `text` in `label` (hides it when empty), in the error colour
// when `error`, else in the colour the label inherits.
void showNotice(QLabel *label, const QString &text, bool error);
// The text of a notice line, empty while it is hidden.
QString noticeText(const QLabel *label);

} // namespace PayDesk::Ui
