"""DynamoDB wire client for the differential test: raw JSON 1.0 over HTTP.

Requests are signed with botocore's SigV4Auth (dummy credentials) and sent on
one persistent http.client connection per endpoint, so the driver controls
every byte of the body (including deliberately invalid shapes that a modelled
boto3 client would refuse to serialise) and sees every byte of the answer.
call() returns (HTTP status, parsed JSON body); a body that is not JSON comes
back as {"__raw__": text}.

Not thread-safe: one Endpoint per thread.
"""

import http.client
import json
import urllib.parse

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

TARGET_PREFIX = "DynamoDB_20120810."
TIMEOUT_SECONDS = 30


class Endpoint:
    def __init__(self, name, url):
        self.name = name
        self.url = url.rstrip("/") + "/"
        parsed = urllib.parse.urlparse(self.url)
        self._host, self._port = parsed.hostname, parsed.port
        self._signer = SigV4Auth(Credentials("differential", "differential"), "dynamodb", "us-east-1")
        self._connection = None
        self.calls = 0

    def _connect(self):
        if self._connection is None:
            self._connection = http.client.HTTPConnection(self._host, self._port, timeout=TIMEOUT_SECONDS)
        return self._connection

    def call(self, operation, body):
        """Sends `body` (a dict, or a str sent verbatim) as `operation`."""
        data = (body if isinstance(body, str) else json.dumps(body)).encode("utf-8")
        request = AWSRequest(method="POST", url=self.url, data=data,
                             headers={"Content-Type": "application/x-amz-json-1.0",
                                      "X-Amz-Target": TARGET_PREFIX + operation})
        self._signer.add_auth(request)
        headers = dict(request.headers.items())
        self.calls += 1
        for attempt in range(2):
            connection = self._connect()
            try:
                connection.request("POST", "/", body=data, headers=headers)
                response = connection.getresponse()
                raw = response.read()
                break
            except (http.client.HTTPException, ConnectionError):
                # A server may close an idle keep-alive connection; retry once
                # on a fresh one, never more.
                self.close()
                if attempt == 1:
                    raise
        text = raw.decode("utf-8", errors="replace")
        try:
            parsed = json.loads(text) if text else None
        except ValueError:
            parsed = {"__raw__": text}
        return response.status, parsed

    def close(self):
        if self._connection is not None:
            self._connection.close()
            self._connection = None
