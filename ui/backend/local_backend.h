// LocalBackend: the embedded engine behind the Backend interface.
//
// Every request runs on one worker thread that this backend owns, in the order
// sent; the GUI thread never enters the engine (whose calls touch SQLite). The
// answer returns to the GUI thread as a queued call and is delivered through
// Backend::complete(). The engine's change listener feeds a ChangeCoalescer, so
// changes made by anyone (the GUI, the network endpoint sharing this engine)
// reach changed() as batches of at most ~10 per second.
//
// The engine is shared: the network endpoint may use it at the same time.
// Destroying the backend removes its listener and waits for the request being
// executed (if any) to finish; requests not yet started are dropped unanswered.
//
// Thread-safety: as Backend: create, use and destroy it on the GUI thread.
#pragma once

#include "backend/backend.h"
#include "backend/change_coalescer.h"

#include <QThread>

#include <memory>

namespace shardscope::engine {
class Engine;
}

namespace shardscope::ui {

class LocalBackend final : public Backend {
    Q_OBJECT

public:
    // `engine` must not be null.
    explicit LocalBackend(std::shared_ptr<engine::Engine> engine, QObject* parent = nullptr);
    ~LocalBackend() override;

    QString displayName() const override;

protected:
    void dispatch(quint64 id, const QString& operation, const nlohmann::json& request) override;

private:
    std::shared_ptr<engine::Engine> m_engine;
    QThread m_thread;
    QObject* m_worker = nullptr;  // lives in m_thread; the target of queued engine calls
    ChangeCoalescer m_coalescer;
    int m_listenerId = -1;
};

}  // namespace shardscope::ui
