#include "backend/local_backend.h"

#include "backend/observation_snapshot.h"
#include "shardscope/engine/engine.h"

#include <QMetaObject>

#include <exception>

namespace shardscope::ui {
namespace {

BackendChange::Kind toKind(engine::ChangeEvent::Kind kind) {
    switch (kind) {
    case engine::ChangeEvent::Kind::TableCreated:
        return BackendChange::Kind::TableCreated;
    case engine::ChangeEvent::Kind::TableUpdated:
        return BackendChange::Kind::TableUpdated;
    case engine::ChangeEvent::Kind::TableDeleted:
        return BackendChange::Kind::TableDeleted;
    case engine::ChangeEvent::Kind::ItemsChanged:
        return BackendChange::Kind::ItemsChanged;
    }
    return BackendChange::Kind::TableUpdated;
}

BackendError toBackendError(const engine::ApiError& error) {
    const std::string_view name = error.name();
    return BackendError{QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())),
                        QString::fromStdString(error.message()), error.httpStatus()};
}

// Runs on the worker thread.
BackendReply execute(engine::Engine& engine, const std::string& operation, const nlohmann::json& request) {
    try {
        // The observation API is not a DynamoDB operation; only an engine in
        // this process can answer it (observation_snapshot.h).
        auto result = operation == kObserveTableOperation ? observeTableSnapshot(engine, request)
                                                          : engine.call(operation, request);
        if (result.ok())
            return BackendReply::success(std::move(result).value());
        return BackendReply::failure(toBackendError(result.error()));
    } catch (const std::exception& e) {
        // The engine promises not to throw; should it ever, the worker thread
        // must survive and the caller still gets an answer.
        return BackendReply::failure(
            BackendError{QStringLiteral("InternalServerError"), QString::fromUtf8(e.what()), 500});
    }
}

}  // namespace

LocalBackend::LocalBackend(std::shared_ptr<engine::Engine> engine, QObject* parent)
    : Backend(parent), m_engine(std::move(engine)) {
    Q_ASSERT(m_engine);
    connect(&m_coalescer, &ChangeCoalescer::batchReady, this, &Backend::changed);

    m_thread.setObjectName(QStringLiteral("shardscope-engine-worker"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    m_thread.start();

    m_listenerId = m_engine->addChangeListener(
        [sink = m_coalescer.sink()](const engine::ChangeEvent& event) {
            sink(BackendChange{toKind(event.kind), QString::fromStdString(event.tableName)});
        });
}

LocalBackend::~LocalBackend() {
    m_engine->removeChangeListener(m_listenerId);
    m_thread.quit();
    // Waits only for the engine call in progress, which commits and returns.
    m_thread.wait();
    // The worker's thread has stopped, so it can be deleted from here.
    delete m_worker;
}

QString LocalBackend::displayName() const {
    return tr("Embedded engine");
}

void LocalBackend::dispatch(quint64 id, const QString& operation, const nlohmann::json& request) {
    QMetaObject::invokeMethod(
        m_worker,
        [this, engine = m_engine, id, operation = operation.toStdString(), request] {
            BackendReply reply = execute(*engine, operation, request);
            // `this` outlives the worker thread (the destructor joins it), and
            // events posted to a destroyed object are discarded.
            QMetaObject::invokeMethod(
                this, [this, id, reply = std::move(reply)] { complete(id, reply); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

}  // namespace shardscope::ui
