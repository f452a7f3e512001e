#pragma once

#include <QList>
#include <QString>

namespace PayDesk::LinePay {

// One row of the return-code table of API.md §15.
struct ReturnCodeInfo
{
    QString code;
    QString sentence;       // translated: what happened, for a shop owner
    QString nextStep;       // translated: what to do now
    bool retrySafe = false; // the code proves nothing was done: resending after recovery cannot double it
    bool isKnown = false;
};

// Looks up a LINE Pay returnCode; unknown codes get a generic sentence that quotes the code.
ReturnCodeInfo describeReturnCode(const QString &code);
QStringList knownReturnCodes();

} // namespace PayDesk::LinePay
