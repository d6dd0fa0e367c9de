#pragma once
// HttpConnection: one keep-alive HTTP/1.1 connection to Consul (TCP, TLS or a unix socket),
// reconnected on demand. The edge under ConsulClient; makeHttpConnection() gives the Poco one,
// tests use MockHttpConnection (test/mocks/consul/).
//
// Usage:
//   auto conn = makeHttpConnection(config);
//   HttpResponse r = conn->send({"GET", "/v1/health/service/web?index=42&wait=60000ms", {}, ""},
//                               std::chrono::seconds(75));
//   if (const std::string* idx = r.header("x-consul-index")) ...
//   // from another thread, to stop a blocking query at once:
//   conn->abort();
//
// Errors: send() throws ConsulError with kind Refused, Reset, Timeout, Tls or Aborted; any HTTP
// status is a normal return.
// Thread-safety: send() from one thread at a time; abort() from any thread.
#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "hc/consul/client_config.h"

namespace hc::consul {

using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

struct HttpRequest {
  std::string method = "GET";
  std::string target;  ///< Path and query, already percent-encoded.
  HttpHeaders headers;
  std::string body;
};

struct HttpResponse {
  int status = 0;
  std::string reason;
  HttpHeaders headers;
  std::string body;

  /// The first header called `name`, matched case-insensitively; nullptr when absent.
  const std::string* header(std::string_view name) const;
};

class HttpConnection {
 public:
  virtual ~HttpConnection() = default;
  /// Sends `request` and reads the whole reply; `timeout` bounds the wait for each read.
  /// Reconnects first when the previous connection was closed. Throws ConsulError.
  virtual HttpResponse send(const HttpRequest& request, std::chrono::milliseconds timeout) = 0;
  /// Makes an in-flight send() throw ConsulError(kind Aborted) promptly and closes the
  /// connection (the next send() reconnects). Harmless when nothing is in flight.
  virtual void abort() = 0;
};

/// The Poco implementation for `config` (http, https with config.tls, unix). Connects lazily:
/// TLS setup errors (an unreadable CA file, ...) come from the first send(), kind Tls.
/// Connect timeout: config.connectTimeout (also bounds the TLS handshake). A kept-alive
/// connection the server closed while idle is reopened, and a request that failed on it before
/// any answer is sent once more.
/// The first call installs a no-op SIGPIPE handler when SIGPIPE has its default action, so a
/// write to a closed socket fails with EPIPE instead of killing the process (unlike SIG_IGN, a
/// handler is not inherited by commands the process executes).
std::unique_ptr<HttpConnection> makeHttpConnection(const ClientConfig& config);

}  // namespace hc::consul
