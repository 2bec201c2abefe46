#include "backend/change_coalescer.h"

#include <QMetaObject>

#include <mutex>

namespace shardscope::ui {

// Shared between the coalescer and every sink it handed out, so a sink invoked
// during or after the coalescer's destruction finds `owner` null instead of a
// dangling pointer.
struct ChangeCoalescer::Inbox {
    std::mutex mutex;
    ChangeCoalescer* owner = nullptr;
    QList<BackendChange> pending;
    bool armed = false;
};

ChangeCoalescer::ChangeCoalescer(std::chrono::milliseconds interval, QObject* parent)
    : QObject(parent), m_inbox(std::make_shared<Inbox>()) {
    m_inbox->owner = this;
    m_timer.setSingleShot(true);
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &ChangeCoalescer::flush);
}

ChangeCoalescer::~ChangeCoalescer() {
    std::lock_guard lock(m_inbox->mutex);
    m_inbox->owner = nullptr;
    m_inbox->pending.clear();
}

ChangeCoalescer::Sink ChangeCoalescer::sink() const {
    return [inbox = m_inbox](BackendChange change) {
        std::lock_guard lock(inbox->mutex);
        if (!inbox->owner)
            return;
        if (!inbox->pending.contains(change))
            inbox->pending.append(std::move(change));
        if (inbox->armed)
            return;
        inbox->armed = true;
        // Posting while holding the lock keeps `owner` alive: its destructor
        // takes the same lock first, and Qt discards events of deleted objects.
        ChangeCoalescer* owner = inbox->owner;
        QMetaObject::invokeMethod(owner, [owner] { owner->arm(); }, Qt::QueuedConnection);
    };
}

void ChangeCoalescer::arm() {
    if (!m_timer.isActive())
        m_timer.start();
}

void ChangeCoalescer::flush() {
    QList<BackendChange> batch;
    {
        std::lock_guard lock(m_inbox->mutex);
        batch.swap(m_inbox->pending);
        m_inbox->armed = false;
    }
    if (!batch.isEmpty())
        emit batchReady(batch);
}

}  // namespace shardscope::ui
