// ServerWorker: one server thread of the endpoint.
//
// Owns a QThread and, living in it, the HttpConnections handed to it. The
// first worker of an endpoint also holds the ConnectionAcceptor, which
// listens and spreads accepted connections over all workers. Every
// connection, and so every Engine::call() for its requests, stays on the
// thread of the worker it was handed to.
//
// With TLS in the EndpointSecurity, each connection is a QSslSocket that
// starts server encryption as soon as it is adopted.
//
// Thread-safety: adopt() may be called from any thread. The other member
// functions are called from the thread that owns the EndpointServer; they
// block until the server thread has done the work (milliseconds, no engine
// work).
#pragma once

#include <QHostAddress>
#include <QString>

#include <memory>
#include <vector>

class QThread;
class QObject;

namespace shardscope::net {

class ConnectionAcceptor;
class RequestHandler;
struct EndpointSecurity;

class ServerWorker {
public:
    // Starts the thread; `index` names it ("shardscope-endpoint-<index>").
    ServerWorker(std::shared_ptr<const RequestHandler> handler, std::shared_ptr<const EndpointSecurity> security,
                 int index);
    // Stops the thread if stop() was not called.
    ~ServerWorker();
    ServerWorker(const ServerWorker&) = delete;
    ServerWorker& operator=(const ServerWorker&) = delete;

    // Listens on address:port in this worker's thread, handing connections
    // to `workers` in turn. Returns the bound port, or 0 with *error set.
    quint16 listen(const QHostAddress& address, quint16 port, const std::vector<ServerWorker*>& workers,
                   QString* error);
    // Serves an accepted socket descriptor (taking ownership) on this
    // worker's thread.
    void adopt(qintptr descriptor);
    // Closes the listening socket, if this worker has it; connections stay.
    void closeListener();
    // Closes every connection and ends the thread. Requests being answered
    // finish first.
    void stop();

private:
    // Runs on the worker's thread.
    void serve(qintptr descriptor);

    std::shared_ptr<const RequestHandler> m_handler;
    std::shared_ptr<const EndpointSecurity> m_security;
    std::unique_ptr<QThread> m_thread;
    // Lives in m_thread and parents the acceptor and the connections; only
    // touched there (the pointer itself does not change until stop()).
    QObject* m_context = nullptr;
    ConnectionAcceptor* m_acceptor = nullptr;
};

}  // namespace shardscope::net
