#pragma once
// ClientConfig: how to reach Consul — address, ACL token, TLS, timeouts — from flags, config
// files and the environment variables Consul's own tools read.
//
// Usage:
//   ClientConfig c = ClientConfig::fromEnvironment(envLookup);  // CONSUL_HTTP_ADDR, ...
//   c.setAddress("https://consul.internal:8501");               // flag or config wins
//   std::string token = c.resolveToken();                        // token, else token file
//
// Address forms (CONSUL_HTTP_ADDR, -consul-addr): `host:port`, `host` (port 8500),
// `http://host[:port]`, `https://host[:port]` (port 8501 by default, TLS on), `unix:///path`,
// `[v6]:port`. The scheme is matched case-insensitively.
//
// Errors: setAddress() and fromEnvironment() throw ClientConfigError naming the bad value;
// resolveToken() throws ClientConfigError when the token file cannot be read.
// Thread-safety: a value type.
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>

namespace hc::consul {

class ClientConfigError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

struct TlsConfig {
  bool enabled = false;
  bool verify = true;      ///< Verify the server's certificate (and its name).
  std::string caFile;      ///< PEM bundle of trusted CAs (CONSUL_CACERT).
  std::string caPath;      ///< Directory of trusted CAs (CONSUL_CAPATH).
  std::string certFile;    ///< Client certificate (CONSUL_CLIENT_CERT).
  std::string keyFile;     ///< Client key (CONSUL_CLIENT_KEY); empty = in certFile.
  std::string serverName;  ///< SNI and the name verified (CONSUL_TLS_SERVER_NAME); empty = host.
};

struct ClientConfig {
  enum class Scheme { Http, Https, Unix };

  Scheme scheme = Scheme::Http;
  std::string host = "127.0.0.1";
  uint16_t port = 8500;
  std::string socketPath;  ///< Scheme::Unix only.

  std::string token;      ///< X-Consul-Token; wins over tokenFile.
  std::string tokenFile;  ///< File whose trimmed content is the token.

  TlsConfig tls;

  std::chrono::milliseconds connectTimeout{std::chrono::seconds(10)};
  /// Added to a blocking query's wait (plus Consul's wait/16 jitter) to give the read timeout;
  /// also the read timeout of a non-blocking request.
  std::chrono::milliseconds readTimeoutMargin{std::chrono::seconds(10)};

  /// Parses one of the address forms above into scheme/host/port/socketPath; `https://` turns
  /// TLS on. Throws ClientConfigError.
  void setAddress(const std::string& address);
  /// The address in URL form without credentials, for logs and CONSUL_HTTP_ADDR of commands:
  /// `http://127.0.0.1:8500`, `unix:///run/consul.sock`.
  std::string address() const;

  /// The token to send: `token`, else the trimmed first line of `tokenFile`, else "". Throws
  /// ClientConfigError naming the file and errno when it cannot be read.
  std::string resolveToken() const;

  /// Defaults overlaid with the environment: CONSUL_HTTP_ADDR, CONSUL_HTTP_TOKEN (else
  /// CONSUL_TOKEN), CONSUL_HTTP_TOKEN_FILE (else CONSUL_TOKEN_FILE), CONSUL_HTTP_SSL,
  /// CONSUL_HTTP_SSL_VERIFY, CONSUL_CACERT, CONSUL_CAPATH, CONSUL_CLIENT_CERT, CONSUL_CLIENT_KEY,
  /// CONSUL_TLS_SERVER_NAME. Booleans take Go's strconv.ParseBool forms. Throws
  /// ClientConfigError naming the variable.
  using EnvLookup = std::function<std::optional<std::string>(const char* name)>;
  static ClientConfig fromEnvironment(const EnvLookup& env);
  /// fromEnvironment over the process environment.
  static ClientConfig fromProcessEnvironment();
  /// An EnvLookup over the process environment (getenv).
  static std::optional<std::string> processEnvironment(const char* name);
};

}  // namespace hc::consul
