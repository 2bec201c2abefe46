#include "backend/backend.h"

namespace shardscope::ui {

Backend::Backend(QObject* parent) : QObject(parent) {
    // Queued connections to finished()/changed() need the argument types registered.
    qRegisterMetaType<BackendReply>();
    qRegisterMetaType<BackendChange>();
    qRegisterMetaType<QList<BackendChange>>();
}

Backend::~Backend() = default;

quint64 Backend::call(const QString& operation, const nlohmann::json& request) {
    const quint64 id = m_nextId++;
    ++m_pendingCount;
    emit pendingCountChanged(m_pendingCount);
    dispatch(id, operation, request);
    return id;
}

quint64 Backend::call(const QString& operation, const nlohmann::json& request, QObject* context,
                      ReplyHandler handler) {
    // The handler is registered before dispatch() so that no answer can overtake it.
    const quint64 id = m_nextId;
    m_handlers.emplace(id, PendingHandler{QPointer<QObject>(context), std::move(handler)});
    const quint64 sent = call(operation, request);
    Q_ASSERT(sent == id);
    return sent;
}

void Backend::complete(quint64 id, const BackendReply& reply) {
    if (m_pendingCount > 0)
        --m_pendingCount;
    if (auto it = m_handlers.find(id); it != m_handlers.end()) {
        PendingHandler pending = std::move(it->second);
        m_handlers.erase(it);
        if (pending.context && pending.handler)
            pending.handler(reply);
    }
    emit finished(id, reply);
    emit pendingCountChanged(m_pendingCount);
}

}  // namespace shardscope::ui
