#include "server_worker.h"

#include "connection_acceptor.h"
#include "http_connection.h"
#include "request_handler.h"
#include "shardscope/net/endpoint_security.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QThread>

#include <unistd.h>

namespace shardscope::net {

ServerWorker::ServerWorker(std::shared_ptr<const RequestHandler> handler,
                           std::shared_ptr<const EndpointSecurity> security, int index)
    : m_handler(std::move(handler)), m_security(std::move(security)), m_thread(std::make_unique<QThread>()) {
    m_thread->setObjectName(QStringLiteral("shardscope-endpoint-%1").arg(index));
    m_context = new QObject;
    m_context->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();
}

ServerWorker::~ServerWorker() {
    stop();
}

quint16 ServerWorker::listen(const QHostAddress& address, quint16 port, const std::vector<ServerWorker*>& workers,
                             QString* error) {
    quint16 bound = 0;
    // The listening socket is created on the server thread, so it belongs there.
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            auto* acceptor = new ConnectionAcceptor(workers, m_context);
            if (!acceptor->listen(address, port)) {
                *error = acceptor->errorString();
                delete acceptor;
                return;
            }
            m_acceptor = acceptor;
            bound = acceptor->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return bound;
}

void ServerWorker::adopt(qintptr descriptor) {
    if (QThread::currentThread() == m_thread.get()) {
        serve(descriptor);
        return;
    }
    QMetaObject::invokeMethod(m_context, [this, descriptor] { serve(descriptor); }, Qt::QueuedConnection);
}

void ServerWorker::serve(qintptr descriptor) {
    QTcpSocket* socket = m_security->tls ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(static_cast<int>(descriptor));
        return;
    }
    if (auto* ssl = qobject_cast<QSslSocket*>(socket)) {
        ssl->setSslConfiguration(*m_security->tls);
        // A failed handshake (a plain-HTTP client, an untrusting one) ends in
        // disconnected(), which deletes the connection.
        QObject::connect(ssl, &QSslSocket::sslErrors, ssl, [ssl](const QList<QSslError>&) { ssl->abort(); });
        ssl->startServerEncryption();
    }
    new HttpConnection(socket, *m_handler, *m_security, m_context);
}

void ServerWorker::closeListener() {
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            if (m_acceptor)
                m_acceptor->close();
        },
        Qt::BlockingQueuedConnection);
}

void ServerWorker::stop() {
    if (!m_thread)
        return;
    // Delete the acceptor and the connections on their own thread: that
    // closes their sockets before the thread ends. Connections handed over
    // earlier were queued before this call and are served (then closed)
    // first.
    QObject* context = m_context;
    QMetaObject::invokeMethod(
        context, [context] { qDeleteAll(context->children()); }, Qt::BlockingQueuedConnection);
    m_acceptor = nullptr;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_context = nullptr;  // deleted by the thread's finished() signal
}

}  // namespace shardscope::net
