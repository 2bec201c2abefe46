// BackendSwitch: one Backend that the window keeps while what it talks to
// changes (the embedded engine, a remote service, back again).
//
// Every view holds the switch; the switch forwards each call to its current
// target and relays the target's answers and change batches. setTarget()
// swaps the target: requests still running on the old one are answered at
// once with a "ConnectionChanged" error (their results would describe the
// other backend), the old target is released, and targetChanged() tells the
// window to reload. Answers keep Backend's order because each target keeps
// it and the abandoned ones are answered first.
//
// Thread-safety: as Backend: GUI thread only.
#pragma once

#include "backend/backend.h"

#include <map>
#include <memory>

namespace shardscope::ui {

class BackendSwitch final : public Backend {
    Q_OBJECT

public:
    static constexpr const char* kConnectionChanged = "ConnectionChanged";

    // `target` must not be null.
    explicit BackendSwitch(std::shared_ptr<Backend> target, QObject* parent = nullptr);
    ~BackendSwitch() override;

    std::shared_ptr<Backend> target() const { return m_target; }
    // Makes `target` (not null) the backend every later call goes to.
    void setTarget(std::shared_ptr<Backend> target);

    QString displayName() const override;

signals:
    void targetChanged();

protected:
    void dispatch(quint64 id, const QString& operation, const nlohmann::json& request) override;

private:
    void attach();

    std::shared_ptr<Backend> m_target;
    QObject* m_context = nullptr;  // owns the handlers of the current target's calls
    std::map<quint64, bool> m_running;  // our ids sent to the current target
};

}  // namespace shardscope::ui
