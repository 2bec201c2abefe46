#include "shardscope/net/endpoint_server.h"

#include "request_handler.h"
#include "request_id.h"
#include "shardscope/net/crc32.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QThread>

namespace shardscope::net {

namespace {

const QByteArray kTargetHeader = QByteArrayLiteral("x-amz-target");
const QByteArray kContentTypeHeader = QByteArrayLiteral("content-type");
const QByteArray kRequestIdHeader = QByteArrayLiteral("x-amzn-RequestId");
const QByteArray kCrc32Header = QByteArrayLiteral("x-amz-crc32");

// QHttpServerResponder looks the reason phrase up with std::map::at(), so a
// status it does not know would throw inside Qt; only pass known ones.
QHttpServerResponder::StatusCode toStatusCode(int status) {
    using Code = QHttpServerResponder::StatusCode;
    switch (status) {
    case 200: case 400: case 403: case 404: case 409: case 413: case 500: case 503:
        return static_cast<Code>(status);
    default:
        break;
    }
    if (status >= 500)
        return Code::InternalServerError;
    return status >= 400 ? Code::BadRequest : Code::Ok;
}

QHttpServerResponse toResponse(HttpReply&& reply) {
    const std::uint32_t checksum = crc32(reply.body.constData(), static_cast<std::size_t>(reply.body.size()));
    QHttpServerResponse response(std::move(reply.contentType), std::move(reply.body), toStatusCode(reply.status));
    response.addHeader(kRequestIdHeader, newRequestId());
    response.addHeader(kCrc32Header, QByteArray::number(checksum));
    return response;
}

HttpReply handlePost(const RequestHandler& handler, const QHttpServerRequest& request) {
    return handler.handlePost(request.value(kTargetHeader), request.value(kContentTypeHeader), request.body());
}

// Runs on the server thread. Returns false when a route could not be added.
bool installRoutes(QHttpServer& http, const std::shared_ptr<const RequestHandler>& handler) {
    bool ok = http.route("/", QHttpServerRequest::Method::Post, [handler](const QHttpServerRequest& request) {
        return toResponse(handlePost(*handler, request));
    });
    ok = http.route("/", QHttpServerRequest::Method::Get,
                    [handler] { return toResponse(handler->handleHealthCheck()); }) && ok;
    // DynamoDB ignores the path of a POST; everything else is unknown.
    http.setMissingHandler([handler](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        HttpReply reply = request.method() == QHttpServerRequest::Method::Post ? handlePost(*handler, request)
                                                                              : handler->handleUnsupported();
        toResponse(std::move(reply)).write(std::move(responder));
    });
    return ok;
}

}  // namespace

EndpointServer::EndpointServer(std::shared_ptr<engine::Engine> engine, QObject* parent)
    : QObject(parent), m_handler(std::make_shared<const RequestHandler>(std::move(engine))) {}

EndpointServer::~EndpointServer() {
    stop();
}

bool EndpointServer::start(const QHostAddress& address, quint16 port) {
    if (isRunning()) {
        m_errorString = tr("The endpoint is already running on port %1.").arg(m_port);
        return false;
    }
    m_errorString.clear();

    auto thread = std::make_unique<QThread>();
    thread->setObjectName(QStringLiteral("shardscope-endpoint"));
    auto* context = new QObject;
    context->moveToThread(thread.get());
    connect(thread.get(), &QThread::finished, context, &QObject::deleteLater);
    thread->start();

    // The HTTP server and its sockets are created on the server thread, so
    // they and the engine calls they make belong to it.
    quint16 boundPort = 0;
    QString error;
    QMetaObject::invokeMethod(
        context,
        [&, context] {
            auto* http = new QHttpServer(context);
            if (!installRoutes(*http, m_handler)) {
                error = tr("The HTTP routes could not be installed.");
                return;
            }
            auto* tcp = new QTcpServer(http);
            if (!tcp->listen(address, port)) {
                error = tcp->errorString();
                return;
            }
            http->bind(tcp);
            boundPort = tcp->serverPort();
        },
        Qt::BlockingQueuedConnection);

    m_thread = std::move(thread);
    m_context = context;
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
    if (!m_thread)
        return;
    // Delete the HTTP server on its own thread: that closes the listening
    // socket and every connection before the thread ends.
    QObject* context = m_context;
    QMetaObject::invokeMethod(
        context, [context] { qDeleteAll(context->children()); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_context = nullptr;  // deleted by the thread's finished() signal
    m_address.clear();
    m_port = 0;
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
    return ipv6 ? QStringLiteral("http://[%1]:%2").arg(m_address.toString()).arg(m_port)
                : QStringLiteral("http://%1:%2").arg(m_address.toString()).arg(m_port);
}

QString EndpointServer::errorString() const {
    return m_errorString;
}

}  // namespace shardscope::net
