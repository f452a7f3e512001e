#pragma once

#include <QStringList>

class QWidget;

namespace PayDesk::Test {

// The controls under `root` (itself included) that a screen reader would announce without a
// name: each as "Class objectName". A control is what takes the focus or is a button; its name
// is its accessible name, its text or its label's.
QStringList unnamedControls(QWidget *root);

} // namespace PayDesk::Test
