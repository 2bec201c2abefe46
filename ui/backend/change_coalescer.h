// ChangeCoalescer: turns a flood of change notices from any thread into calm,
// deduplicated batches on the coalescer's own thread.
//
// The engine reports every committed change on whichever thread made it (the
// GUI's worker, the endpoint's request threads); a busy client can cause
// thousands a second. sink() returns a callable that any thread may invoke; the
// first notice after a quiet spell arms a timer, and when it fires batchReady()
// carries everything collected meanwhile, each distinct change once, in arrival
// order. So batches come at most once per interval (100 ms: ~10 Hz) and a lone
// change shows up within one interval.
//
// Thread-safety: sink() callables are safe from any thread and may outlive the
// coalescer (they become no-ops when it is destroyed). Everything else belongs
// to the thread the coalescer lives in.
#pragma once

#include "backend/backend_change.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace shardscope::ui {

class ChangeCoalescer : public QObject {
    Q_OBJECT

public:
    using Sink = std::function<void(BackendChange)>;

    explicit ChangeCoalescer(std::chrono::milliseconds interval = std::chrono::milliseconds(100),
                             QObject* parent = nullptr);
    ~ChangeCoalescer() override;

    // A thread-safe callable that queues one change for the next batch.
    Sink sink() const;

signals:
    void batchReady(const QList<shardscope::ui::BackendChange>& changes);

private:
    struct Inbox;

    void arm();
    void flush();

    std::shared_ptr<Inbox> m_inbox;
    QTimer m_timer;
};

}  // namespace shardscope::ui
