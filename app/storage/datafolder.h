#pragma once

#include <QString>

namespace PayDesk::Storage {

// Where PayDesk keeps its files: $XDG_DATA_HOME/paydesk (usually ~/.local/share/paydesk). The
// folder that earlier versions used, PayDesk/PayDesk, is moved there the first time, unless both
// exist. Returns the folder, created when missing; empty when it cannot be created.
QString dataFolder();

} // namespace PayDesk::Storage
