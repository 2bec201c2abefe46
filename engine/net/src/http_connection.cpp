#include "http_connection.h"

#include "request_handler.h"
#include "request_id.h"
#include "shardscope/net/crc32.h"
#include "shardscope/net/endpoint_security.h"
#include "shardscope/net/sigv4_verifier.h"

#include <QTcpSocket>
#include <QTimer>

#include <charconv>
#include <chrono>
#include <cstring>
#include <string_view>

namespace shardscope::net {

namespace {

constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";

// The status line of each status a reply may carry, with the reason phrases
// QHttpServerResponder used (413 is "Request Entity Too Large" there). Any
// other status falls back to 500 or 400, as that responder required.
std::string_view statusLine(int status) {
    switch (status) {
    case 200: return "HTTP/1.1 200 OK\r\n";
    case 400: return "HTTP/1.1 400 Bad Request\r\n";
    case 403: return "HTTP/1.1 403 Forbidden\r\n";
    case 404: return "HTTP/1.1 404 Not Found\r\n";
    case 409: return "HTTP/1.1 409 Conflict\r\n";
    case 413: return "HTTP/1.1 413 Request Entity Too Large\r\n";
    case 500: return "HTTP/1.1 500 Internal Server Error\r\n";
    case 503: return "HTTP/1.1 503 Service Unavailable\r\n";
    default: break;
    }
    if (status >= 500)
        return "HTTP/1.1 500 Internal Server Error\r\n";
    return status >= 400 ? "HTTP/1.1 400 Bad Request\r\n" : "HTTP/1.1 200 OK\r\n";
}

// The reply head, built in a fixed buffer sized for the longest one.
class HeadWriter {
public:
    void append(std::string_view text) {
        std::memcpy(m_end, text.data(), text.size());
        m_end += text.size();
    }
    void appendNumber(unsigned long long value) { m_end = std::to_chars(m_end, m_buffer + sizeof m_buffer, value).ptr; }
    void appendRequestId() {
        writeRequestId(m_end);
        m_end += kRequestIdLength;
    }
    const char* data() const { return m_buffer; }
    qint64 size() const { return m_end - m_buffer; }

private:
    // Status line (< 64) + header names (< 100) + request id (52) + two
    // numbers (< 40) + content type (HttpReply: at most 64): well below.
    char m_buffer[512];
    char* m_end = m_buffer;
};

// One reply per server thread, reused: its body buffer keeps its capacity.
HttpReply& threadReply() {
    thread_local HttpReply reply;
    return reply;
}

}  // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, const RequestHandler& handler, const EndpointSecurity& security,
                               QObject* parent)
    : QObject(parent),
      m_socket(socket),
      m_handler(handler),
      m_security(security),
      m_parser(RequestHandler::kMaxRequestBytes),
      m_deadline(new QTimer(this)) {
    socket->setParent(this);
    m_parser.setKeepHeaders(m_security.verifier != nullptr);
    m_deadline->setSingleShot(true);
    m_deadline->setTimerType(Qt::CoarseTimer);
    // Out of time: drop the connection without a reply; the peer is not
    // reading one in time anyway, and a half-sent request cannot be answered.
    connect(m_deadline, &QTimer::timeout, socket, &QTcpSocket::abort);
    updateDeadline();
    // Replies are written whole; do not let Nagle hold back the last segment.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    if (socket->bytesAvailable() > 0)
        onReadyRead();
}

void HttpConnection::onReadyRead() {
    const qint64 available = m_socket->bytesAvailable();
    if (available <= 0)
        return;
    if (m_closing) {
        m_socket->skip(available);
        return;
    }
    char* into = m_parser.prepareAppend(static_cast<std::size_t>(available));
    const qint64 read = m_socket->read(into, available);
    m_parser.commit(read > 0 ? static_cast<std::size_t>(read) : 0);

    while (!m_closing) {
        const HttpRequestParser::Status status = m_parser.next();
        if (status == HttpRequestParser::Status::NeedMore)
            break;
        if (status == HttpRequestParser::Status::ContinueExpected) {
            m_socket->write(kContinue.data(), static_cast<qint64>(kContinue.size()));
            continue;
        }
        if (status == HttpRequestParser::Status::Error) {
            HttpReply& reply = threadReply();
            m_handler.handleMalformed(&reply);
            writeReply(reply, true, true);
            m_closing = true;
            break;
        }
        const HttpRequest& request = m_parser.request();
        answer(request);
        m_closing = !request.keepAlive;
    }
    updateDeadline();
    // Send now rather than on the next turn of the event loop.
    m_socket->flush();
    if (m_closing)
        m_socket->disconnectFromHost();  // after the replies are written
}

void HttpConnection::answer(const HttpRequest& request) {
    HttpReply& reply = threadReply();
    switch (request.method) {
    case HttpRequest::Method::Post:
        if (!authenticate(request, &reply))
            break;
        if (request.bodyTooLarge)
            m_handler.handleTooLarge(request.contentType, &reply);
        else
            m_handler.handlePost(request.target, request.contentType, request.body, &reply);
        break;
    case HttpRequest::Method::Get:
        if (request.path == "/")
            m_handler.handleHealthCheck(&reply);
        else if (request.path == "/metrics" && !m_security.verifier)
            m_handler.handleMetrics(&reply);  // unsigned, so not where requests must be signed
        else
            m_handler.handleUnsupported(&reply);
        break;
    case HttpRequest::Method::Head:
    case HttpRequest::Method::Other:
        m_handler.handleUnsupported(&reply);
        break;
    }
    writeReply(reply, request.method != HttpRequest::Method::Head, !request.keepAlive);
}

bool HttpConnection::authenticate(const HttpRequest& request, HttpReply* reply) const {
    if (!m_security.verifier)
        return true;
    // A body over the limit was dropped and cannot be checked; it is refused
    // with 413 without looking further, as nothing of it reaches the engine.
    if (request.bodyTooLarge)
        return true;
    sigv4::SignableRequest signable{request.methodName, request.path, request.query, request.headers, request.body};
    const std::optional<engine::ApiError> refusal =
        m_security.verifier->verify(signable, std::chrono::system_clock::now());
    if (!refusal)
        return true;
    m_handler.handleError(*refusal, request.contentType, reply);
    return false;
}

void HttpConnection::updateDeadline() {
    // A request's time starts with its first byte and is not extended by
    // later ones; between requests the idle limit applies.
    const bool underWay = m_parser.hasPartialRequest();
    if (underWay && m_requestUnderWay && m_deadline->isActive())
        return;
    m_requestUnderWay = underWay;
    m_deadline->start(underWay ? m_security.requestTimeout : m_security.idleTimeout);
}

void HttpConnection::writeReply(const HttpReply& reply, bool withBody, bool close) {
    const std::string& body = reply.body;
    HeadWriter head;
    head.append(statusLine(reply.status));
    head.append("x-amz-crc32: ");
    head.appendNumber(crc32(body.data(), body.size()));
    head.append("\r\nx-amzn-RequestId: ");
    head.appendRequestId();
    head.append("\r\nContent-Type: ");
    head.append(std::string_view(reply.contentType.constData(), static_cast<std::size_t>(reply.contentType.size())));
    head.append("\r\nContent-Length: ");
    head.appendNumber(body.size());
    head.append(close ? "\r\nConnection: close\r\n\r\n" : "\r\n\r\n");
    // Both land in the socket's write buffer and leave in one send.
    m_socket->write(head.data(), head.size());
    if (withBody && !body.empty())
        m_socket->write(body.data(), static_cast<qint64>(body.size()));
}

}  // namespace shardscope::net
