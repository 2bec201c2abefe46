// ConnectionAcceptor: the endpoint's listening socket.
//
// A QTcpServer that listens like any other (so "port in use" is reported as
// before) and hands every accepted connection to the next server thread in
// round robin, itself included. Spreading connections this way keeps the
// threads evenly loaded, unlike letting every thread race for accept(), and
// unlike SO_REUSEPORT it cannot let a second process silently join the port.
// A connection stays on the thread it was handed to.
//
// Thread-safety: lives in the first server thread and is used there only.
// The workers it hands connections to must outlive its listening:
// EndpointServer closes it before stopping any worker, and a hand-off queued
// before that is carried out before the worker stops.
#pragma once

#include <QTcpServer>

#include <vector>

namespace shardscope::net {

class ServerWorker;

class ConnectionAcceptor : public QTcpServer {
    Q_OBJECT

public:
    // `workers` (not empty) take the connections in turn.
    explicit ConnectionAcceptor(std::vector<ServerWorker*> workers, QObject* parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::vector<ServerWorker*> m_workers;
    std::size_t m_next = 0;
};

}  // namespace shardscope::net
