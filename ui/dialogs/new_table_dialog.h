// NewTableDialog: File ▸ New Table…: the TableDesignerDialog in create mode.
//
// Kept as its own type so that callers and tests can find "the new-table
// dialog" of a window; everything it does is the designer's (keys, indexes,
// capacity with a cost estimate, settings, a JSON/CLI preview, the engine's
// verdict as you type, CreateTable then UpdateTimeToLive).
//
// Thread-safety: GUI thread only.
#pragma once

#include "dialogs/table_designer_dialog.h"

namespace shardscope::ui {

class NewTableDialog : public TableDesignerDialog {
    Q_OBJECT

public:
    // `backend` must not be null.
    explicit NewTableDialog(std::shared_ptr<Backend> backend, QWidget* parent = nullptr);
};

}  // namespace shardscope::ui
