// Backend: the GUI's only way to a DynamoDB-compatible service.
//
// call(operation, request) sends one DynamoDB operation ("DescribeTable") with
// its request body as DynamoDB JSON and returns at once with a request id; the
// answer arrives later as finished(id, reply) on the thread the backend lives
// in (the GUI thread). The overload taking a context and a handler runs the
// handler with the reply unless the context object was destroyed first, which
// spares every caller its own id bookkeeping. Requests are answered in the
// order they were sent.
//
// changed() delivers live change notices in batches (see BackendChange); a
// backend that cannot observe changes (a remote service) simply never emits it,
// so views must also refresh after their own writes.
//
// Subclasses implement dispatch() and answer each request exactly once by
// calling complete(); LocalBackend runs the embedded engine on a worker thread,
// a RemoteBackend will speak HTTP to an endpoint.
//
// Thread-safety: a Backend lives in the GUI thread; call it only from there.
#pragma once

#include "backend/backend_change.h"
#include "backend/backend_reply.h"

#include <nlohmann/json.hpp>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <unordered_map>

namespace shardscope::ui {

class Backend : public QObject {
    Q_OBJECT

public:
    using ReplyHandler = std::function<void(const BackendReply&)>;

    ~Backend() override;

    // Sends `operation` with `request`; never blocks. Returns the id that
    // finished() will carry (ids start at 1 and only grow).
    quint64 call(const QString& operation, const nlohmann::json& request);
    // Same, and runs `handler` with the reply on this thread, unless `context`
    // has been destroyed by then. `context` must live in this thread.
    quint64 call(const QString& operation, const nlohmann::json& request, QObject* context, ReplyHandler handler);

    // Requests sent and not yet answered.
    int pendingCount() const { return m_pendingCount; }

    // Translated, human-readable name of what this backend talks to, for the
    // status bar ("Embedded engine").
    virtual QString displayName() const = 0;

signals:
    void finished(quint64 id, const shardscope::ui::BackendReply& reply);
    // A batch of live changes, deduplicated, in the order they happened.
    void changed(const QList<shardscope::ui::BackendChange>& changes);
    void pendingCountChanged(int count);

protected:
    explicit Backend(QObject* parent = nullptr);

    // Starts `operation`. The implementation must later call complete(id, ...)
    // exactly once, on this object's thread, and never from inside dispatch().
    virtual void dispatch(quint64 id, const QString& operation, const nlohmann::json& request) = 0;
    // Delivers the answer to request `id`: runs its handler, then emits finished().
    void complete(quint64 id, const BackendReply& reply);

private:
    struct PendingHandler {
        QPointer<QObject> context;
        ReplyHandler handler;
    };

    quint64 m_nextId = 1;
    int m_pendingCount = 0;
    std::unordered_map<quint64, PendingHandler> m_handlers;
};

}  // namespace shardscope::ui
