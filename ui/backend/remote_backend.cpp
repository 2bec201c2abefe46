#include "backend/remote_backend.h"

#include <QMetaObject>

namespace shardscope::ui {

RemoteBackend::RemoteBackend(net::ClientOptions options, QString displayName, QObject* parent)
    : Backend(parent),
      m_options(options),
      m_displayName(std::move(displayName)),
      m_client(new net::DynamoDbClient(std::move(options))) {
    m_thread.setObjectName(QStringLiteral("shardscope-remote-client"));
    m_client->moveToThread(&m_thread);
    connect(m_client, &net::DynamoDbClient::finished, this, &RemoteBackend::onFinished, Qt::QueuedConnection);
    m_thread.start();
}

RemoteBackend::~RemoteBackend() {
    // The client (and its network manager) must go on their own thread.
    QMetaObject::invokeMethod(m_client, [client = m_client] { delete client; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

BackendReply RemoteBackend::toReply(const net::ClientResponse& response) {
    if (response.ok())
        return BackendReply::success(response.body);
    return BackendReply::failure(BackendError{response.errorType, response.errorMessage, response.httpStatus});
}

void RemoteBackend::dispatch(quint64 id, const QString& operation, const nlohmann::json& request) {
    m_outstanding.emplace(id, std::nullopt);
    if (operation.contains(QLatin1Char('.'))) {
        // The workbench's own operations (such as observation) need an engine
        // in this process; no service has them, so do not ask one.
        m_outstanding[id] = BackendReply::failure(BackendError{QStringLiteral("UnknownOperationException"), {}, 0});
        QMetaObject::invokeMethod(this, &RemoteBackend::deliverInOrder, Qt::QueuedConnection);
        return;
    }
    QByteArray body = QByteArray::fromStdString(request.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    QMetaObject::invokeMethod(
        m_client, [client = m_client, id, operation, body = std::move(body)] { client->send(id, operation, body); },
        Qt::QueuedConnection);
}

void RemoteBackend::onFinished(quint64 id, const net::ClientResponse& response) {
    const auto found = m_outstanding.find(id);
    if (found == m_outstanding.end())
        return;
    found->second = toReply(response);
    deliverInOrder();
}

void RemoteBackend::deliverInOrder() {
    // complete() runs handlers that may send new requests; those get larger
    // ids and land behind, so the loop always looks at the front again.
    while (!m_outstanding.empty() && m_outstanding.begin()->second.has_value()) {
        auto front = m_outstanding.begin();
        const quint64 id = front->first;
        const BackendReply reply = std::move(*front->second);
        m_outstanding.erase(front);
        complete(id, reply);
    }
}

}  // namespace shardscope::ui
