#include "backend/backend_switch.h"

#include <QCoreApplication>

namespace shardscope::ui {

BackendSwitch::BackendSwitch(std::shared_ptr<Backend> target, QObject* parent)
    : Backend(parent), m_target(std::move(target)) {
    Q_ASSERT(m_target);
    attach();
}

BackendSwitch::~BackendSwitch() {
    // Handlers of the target's calls point at this object: drop them first.
    delete m_context;
}

void BackendSwitch::attach() {
    m_context = new QObject(this);
    connect(m_target.get(), &Backend::changed, m_context, [this](const QList<BackendChange>& changes) {
        emit changed(changes);
    });
}

void BackendSwitch::setTarget(std::shared_ptr<Backend> target) {
    Q_ASSERT(target);
    // Detach from the old target before answering: its late answers must
    // not reach anyone.
    delete m_context;
    m_context = nullptr;
    const auto abandoned = std::move(m_running);
    m_running.clear();
    m_target = std::move(target);
    attach();
    const BackendError error{QLatin1String(kConnectionChanged),
                             QCoreApplication::translate("BackendSwitch",
                                                         "The workbench switched to another connection."),
                             0};
    for (const auto& entry : abandoned)
        complete(entry.first, BackendReply::failure(error));
    emit targetChanged();
}

QString BackendSwitch::displayName() const {
    return m_target->displayName();
}

void BackendSwitch::dispatch(quint64 id, const QString& operation, const nlohmann::json& request) {
    m_running.emplace(id, true);
    m_target->call(operation, request, m_context, [this, id](const BackendReply& reply) {
        m_running.erase(id);
        complete(id, reply);
    });
}

}  // namespace shardscope::ui
