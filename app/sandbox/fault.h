#pragma once

#include <QList>
#include <QString>

#include "app/domain/result.h"

namespace PayDesk::Sandbox {

// A fault the sandbox injects into an API call, for tests: `OP:KIND` (see parseFault).
struct Fault
{
    enum class Kind
    {
        Drop,    // commit, then close the connection without an answer
        Delay,   // commit, then answer after delayMs
        Code,    // answer returnCode without committing
        Garbage, // commit, then answer malformed JSON
    };

    QString operation; // request, check, confirm, capture, void, refund, details or any
    Kind kind = Kind::Drop;
    int delayMs = 0;
    QString code;

    bool appliesTo(const QString &op) const { return operation == u"any" || operation == op; }
    QString toString() const;
};

// Parses "refund:drop", "any:delay=25000", "confirm:code=1198", "details:garbage".
Result<Fault> parseFault(const QString &text);

} // namespace PayDesk::Sandbox
