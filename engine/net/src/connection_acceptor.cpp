#include "connection_acceptor.h"

#include "server_worker.h"

namespace shardscope::net {

ConnectionAcceptor::ConnectionAcceptor(std::vector<ServerWorker*> workers, QObject* parent)
    : QTcpServer(parent), m_workers(std::move(workers)) {}

void ConnectionAcceptor::incomingConnection(qintptr descriptor) {
    m_workers[m_next++ % m_workers.size()]->adopt(descriptor);
}

}  // namespace shardscope::net
