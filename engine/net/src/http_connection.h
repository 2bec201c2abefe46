// HttpConnection: one keep-alive HTTP/1.1 connection of the endpoint.
//
// Reads what the socket receives into an HttpRequestParser and answers each
// complete request, in order (pipelined requests included), through the
// shared RequestHandler:
//   POST, any path        -> RequestHandler::handlePost() (DynamoDB ignores the path)
//   GET / (any query)     -> RequestHandler::handleHealthCheck()
//   GET /metrics          -> RequestHandler::handleMetrics() (404 with --require-auth:
//                            a scrape carries no signature)
//   anything else         -> RequestHandler::handleUnsupported() (404)
// Each reply goes out in one piece: status line, x-amz-crc32 (CRC-32 of the
// exact body bytes), x-amzn-RequestId, Content-Type, Content-Length, body, in
// the order and with the reason phrases QHttpServer used before. A HEAD reply
// has the headers only. "Expect: 100-continue" gets its interim reply. The
// connection closes after a request that asked for it ("Connection: close",
// or HTTP/1.0 without keep-alive) and after a malformed request (400).
//
// This replaces QAbstractHttpServer's request handling, which read request
// heads one byte per QIODevice call and cost ~12 µs of CPU per request here
// against ~4.5 µs for this path (bench/README.md).
//
// The EndpointSecurity applies here: with a verifier, every POST is checked
// (RequestHandler::handleError() answers a refused one); a request that does
// not arrive whole within requestTimeout of its first byte, or a connection
// idle for idleTimeout, is closed. Each connection is handled by events on
// its thread, so one slow or broken client never delays the others.
//
// Thread-safety: lives in its server thread and is used there only; deletes
// itself (and its socket) when the peer disconnects.
#pragma once

#include "http_request_parser.h"

#include <QObject>

class QTcpSocket;
class QTimer;

namespace shardscope::net {

class RequestHandler;
struct EndpointSecurity;
struct HttpReply;

class HttpConnection : public QObject {
    Q_OBJECT

public:
    // Takes ownership of `socket` (connected, in this thread). `handler`
    // and `security` must outlive the connection.
    HttpConnection(QTcpSocket* socket, const RequestHandler& handler, const EndpointSecurity& security,
                   QObject* parent = nullptr);

private:
    void onReadyRead();
    void answer(const HttpRequest& request);
    // Whether the request may be served; else *reply holds the refusal.
    bool authenticate(const HttpRequest& request, HttpReply* reply) const;
    // Restarts the deadline for what the connection is waiting for now.
    void updateDeadline();
    void writeReply(const HttpReply& reply, bool withBody, bool close);

    QTcpSocket* m_socket;
    const RequestHandler& m_handler;
    const EndpointSecurity& m_security;
    HttpRequestParser m_parser;
    QTimer* m_deadline;
    bool m_requestUnderWay = false;
    bool m_closing = false;
};

}  // namespace shardscope::net
