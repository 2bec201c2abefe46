// TableDesignerValidator: judges table designs with a throw-away engine on a
// worker thread, debounced, for the designer's validation-as-you-type.
//
// request() (re)starts a short debounce timer; when it fires, the latest
// design goes to tools::validateCreation() (or validateUpdate() against the
// original table) on the global thread pool, never the GUI thread. Each run
// carries a generation number: only the answer to the newest design is
// delivered (checked()), older ones are dropped, so a slow check can never
// overwrite a newer verdict. Destroying the validator drops any answer still
// to come; a running check finishes on its own engine and is discarded.
//
// Thread-safety: GUI thread only (the workers touch only their own copies).
#pragma once

#include "shardscope/tools/design_validator.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace shardscope::ui {

class TableDesignerValidator : public QObject {
    Q_OBJECT

public:
    static constexpr int kDebounceMillis = 300;

    explicit TableDesignerValidator(QObject* parent = nullptr);

    // Checks `design` after the debounce delay; with `original`, as an update of that table.
    void request(const tools::TableDesign& design, const std::optional<tools::TableDesign>& original = std::nullopt);
    // True from request() until the newest check is delivered.
    bool isPending() const { return m_timer.isActive() || m_running; }

signals:
    void checked(const shardscope::tools::DesignCheck& check);

private:
    void start();

    QTimer m_timer;
    tools::TableDesign m_design;
    std::optional<tools::TableDesign> m_original;
    quint64 m_generation = 0;
    bool m_running = false;
};

}  // namespace shardscope::ui
