#include "dialogs/new_table_dialog.h"

namespace shardscope::ui {

NewTableDialog::NewTableDialog(std::shared_ptr<Backend> backend, QWidget* parent)
    : TableDesignerDialog(std::move(backend), parent) {}

}  // namespace shardscope::ui
