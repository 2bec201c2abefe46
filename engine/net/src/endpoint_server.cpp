#include "shardscope/net/endpoint_server.h"

#include "request_handler.h"
#include "server_worker.h"

#include <QThread>

#include <algorithm>

namespace shardscope::net {

EndpointServer::EndpointServer(std::shared_ptr<engine::Engine> engine, QObject* parent)
    : QObject(parent),
      m_handler(std::make_shared<const RequestHandler>(std::move(engine))),
      m_security(std::make_shared<const EndpointSecurity>()) {}

EndpointServer::~EndpointServer() {
    stop();
}

bool EndpointServer::start(const QHostAddress& address, quint16 port) {
    if (isRunning()) {
        m_errorString = tr("The endpoint is already running on port %1.").arg(m_port);
        return false;
    }
    m_errorString.clear();

    const int count = threadCount();
    std::vector<ServerWorker*> workers;
    for (int i = 0; i < count; ++i) {
        m_workers.push_back(std::make_unique<ServerWorker>(m_handler, m_security, i));
        workers.push_back(m_workers.back().get());
    }
    QString error;
    const quint16 boundPort = m_workers.front()->listen(address, port, workers, &error);
    if (boundPort == 0) {
        stop();
        m_errorString = tr("Cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(error);
        return false;
    }
    m_address = address;
    m_port = boundPort;
    return true;
}

void EndpointServer::stop() {
    if (m_workers.empty())
        return;
    // No new connection first; then every thread closes its connections.
    // A connection handed over before the listener closed is already queued
    // on its thread and is closed with the others.
    m_workers.front()->closeListener();
    for (auto& worker : m_workers)
        worker->stop();
    m_workers.clear();
    m_address.clear();
    m_port = 0;
}

void EndpointServer::setSecurity(EndpointSecurity security) {
    // Running workers keep the value they started with.
    m_security = std::make_shared<const EndpointSecurity>(std::move(security));
}

void EndpointServer::setThreadCount(int count) {
    m_threadCount = std::max(0, count);
}

int EndpointServer::threadCount() const {
    if (!m_workers.empty())
        return static_cast<int>(m_workers.size());
    return m_threadCount > 0 ? m_threadCount : std::max(1, QThread::idealThreadCount());
}

bool EndpointServer::isRunning() const {
    return m_port != 0;
}

quint16 EndpointServer::port() const {
    return m_port;
}

QHostAddress EndpointServer::address() const {
    return m_address;
}

QString EndpointServer::url() const {
    if (!isRunning())
        return {};
    const bool ipv6 = m_address.protocol() == QAbstractSocket::IPv6Protocol;
    const QString scheme = m_security->tls ? QStringLiteral("https") : QStringLiteral("http");
    return ipv6 ? QStringLiteral("%1://[%2]:%3").arg(scheme, m_address.toString()).arg(m_port)
                : QStringLiteral("%1://%2:%3").arg(scheme, m_address.toString()).arg(m_port);
}

QString EndpointServer::errorString() const {
    return m_errorString;
}

}  // namespace shardscope::net
