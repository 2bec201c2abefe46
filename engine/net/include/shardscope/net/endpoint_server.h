// EndpointServer: serves an Engine as a DynamoDB-compatible HTTP endpoint.
//
// start() binds an address (loopback by default) and a port (0 picks a free
// one) and serves the DynamoDB JSON 1.0 protocol, targets
// "DynamoDB_20120810.<Op>" and "DynamoDBStreams_20120810.<Op>", until stop()
// or destruction. Each POST becomes one Engine::call(); every reply carries
// x-amzn-RequestId and x-amz-crc32 (CRC-32 of the exact body bytes), errors
// use ApiError's envelope, GET / answers DynamoDB's health line.
//
// The HTTP servers and every engine call they make run on server threads that
// the EndpointServer owns (threadCount(), by default one per core), never on
// the thread that owns the EndpointServer (the GUI thread in the workbench).
// One socket listens; each accepted connection goes to the next server
// thread in turn and stays there, so requests of different connections are
// parsed, executed and answered in parallel (Engine::call() keeps each call
// atomic and isolated). The engine is shared with its other users (the GUI's
// backend); the server keeps it alive while running.
//
// setSecurity() (before start()) adds SigV4 verification, TLS and the time
// limits for slow clients (see EndpointSecurity); url() then says https.
//
// Thread-safety: all member functions must be called from the thread that
// owns the object. start() and stop() block until the server threads have
// bound or closed their sockets (milliseconds, no engine work).
#pragma once

#include "shardscope/net/endpoint_security.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace shardscope::engine {
class Engine;
}

namespace shardscope::net {

class RequestHandler;
class ServerWorker;

class EndpointServer : public QObject {
    Q_OBJECT

public:
    // Precondition: engine is not null.
    explicit EndpointServer(std::shared_ptr<engine::Engine> engine, QObject* parent = nullptr);
    // Stops the server if it is running.
    ~EndpointServer() override;

    EndpointServer(const EndpointServer&) = delete;
    EndpointServer& operator=(const EndpointServer&) = delete;

    // Binds address:port and starts serving. Returns true once the socket
    // listens; port() then tells the bound port. On failure (port in use,
    // address not local, already running) returns false, leaves the server
    // stopped and errorString() says why in a sentence fit for a user.
    [[nodiscard]] bool start(const QHostAddress& address = QHostAddress(QHostAddress::LocalHost),
                             quint16 port = 0);

    // Closes the listening socket and every open connection, then ends the
    // server thread. Requests being answered finish first. Does nothing when
    // stopped.
    void stop();

    // What the next start() demands of clients (default: nothing; see
    // EndpointSecurity).
    void setSecurity(EndpointSecurity security);
    const EndpointSecurity& security() const { return *m_security; }

    // The number of server threads the next start() uses; 0 (the default)
    // means one per core (QThread::idealThreadCount()).
    void setThreadCount(int count);
    // The number of server threads while running, else what start() would use.
    int threadCount() const;

    bool isRunning() const;
    // The bound port while running, else 0.
    quint16 port() const;
    // The bound address while running.
    QHostAddress address() const;
    // "http://127.0.0.1:8000" ("http://[::1]:8000" for IPv6; https with TLS)
    // while running, else empty.
    QString url() const;
    // Why the last start() failed; empty after a successful one.
    QString errorString() const;

private:
    std::shared_ptr<const RequestHandler> m_handler;
    std::shared_ptr<const EndpointSecurity> m_security;
    // The first one listens and hands connections to all of them in turn.
    std::vector<std::unique_ptr<ServerWorker>> m_workers;
    int m_threadCount = 0;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_errorString;
};

}  // namespace shardscope::net
