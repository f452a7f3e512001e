#pragma once

#include <QDateTime>

#include "app/storage/operationjournal.h"

namespace PayDesk {

// This process, as the owner of the calls it journals.
Storage::OperationOwner currentProcess(const QString &token, const QString &program);

// True while the process that sent a call may still receive its answer, so that no other
// process may settle it (DESIGN.md "Many processes, one payment", rule 2): until the deadline,
// unless the owner ran on this host and is gone. Calls journaled without an owner or deadline
// (by an older PayDesk) are free to settle.
bool ownerMayStillAnswer(const Storage::OperationOwner &owner, const QDateTime &deadline, const QDateTime &now);

// Whether a process of this host is alive and is the one that started at `processStart` (when
// known), so that a reused process id is not taken for the owner.
bool isProcessAlive(qint64 pid, const QString &processStart);

} // namespace PayDesk
