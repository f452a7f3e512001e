#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace PayDesk::Cli {

// The command line split into command, options and ORDER; error is a sentence when it is refused.
struct Arguments
{
    QString command;
    QStringList positional;
    QHash<QString, QStringList> options; // values in the order given
    QSet<QString> flags;
    QString error;

    QString value(const QString &name) const { return options.value(name).value(0); }
    QStringList values(const QString &name) const { return options.value(name); }
    bool has(const QString &name) const { return options.contains(name) || flags.contains(name); }
};

// Splits the arguments (without the program name) as run() does, reading and sending nothing.
Arguments parseArguments(const QStringList &arguments);

// Runs paydesk-cli with its arguments (without the program name) and returns the exit code:
// 0 done, 1 refused by LINE Pay, 2 bad input, 3 outcome unknown, 4 local storage error.
int run(const QStringList &arguments);

} // namespace PayDesk::Cli
