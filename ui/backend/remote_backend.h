// RemoteBackend: a DynamoDB-compatible service over HTTP(S) behind the
// Backend interface.
//
// Every request goes to a net::DynamoDbClient living on a worker thread that
// this backend owns, so neither signing, nor the network, nor JSON parsing
// of large answers ever runs on the GUI thread. The client signs with SigV4,
// retries throttling and 5xx with the SDKs' backoff and gives up after the
// timeout (see DynamoDbClient); its answers come back as queued calls and
// are delivered in the order the requests were sent (Backend's contract),
// even when the network answers them in another order.
//
// A remote service sends no change events: changed() is never emitted, and
// views refresh after their own writes.
//
// Destroying the backend abandons the requests still running; they are
// never answered.
//
// Thread-safety: as Backend: create, use and destroy it on the GUI thread.
#pragma once

#include "backend/backend.h"

#include "shardscope/net/dynamodb_client.h"

#include <QThread>

#include <map>

namespace shardscope::ui {

class RemoteBackend final : public Backend {
    Q_OBJECT

public:
    // `displayName` names the connection in the status bar ("Production (AWS eu-west-1)").
    RemoteBackend(net::ClientOptions options, QString displayName, QObject* parent = nullptr);
    ~RemoteBackend() override;

    QString displayName() const override { return m_displayName; }
    const net::ClientOptions& options() const { return m_options; }

    // Turns a client answer into the Backend's reply shape.
    static BackendReply toReply(const net::ClientResponse& response);

protected:
    void dispatch(quint64 id, const QString& operation, const nlohmann::json& request) override;

private:
    void onFinished(quint64 id, const net::ClientResponse& response);
    void deliverInOrder();

    net::ClientOptions m_options;
    QString m_displayName;
    QThread m_thread;
    net::DynamoDbClient* m_client;  // lives in m_thread
    // Ids sent and not yet delivered, in order; answered ones hold their reply.
    std::map<quint64, std::optional<BackendReply>> m_outstanding;
};

}  // namespace shardscope::ui
