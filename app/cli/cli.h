#pragma once

#include <QStringList>

namespace PayDesk::Cli {

// Runs paydesk-cli with its arguments (without the program name) and returns the exit code:
// 0 done, 1 refused by LINE Pay, 2 bad input, 3 outcome unknown, 4 local storage error.
int run(const QStringList &arguments);

} // namespace PayDesk::Cli
