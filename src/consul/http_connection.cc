#include "hc/consul/http_connection.h"

#include <Poco/Exception.h>
#include <Poco/File.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/DNS.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/IPAddress.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/NetSSL.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/StreamCopier.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>
#include <signal.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <mutex>

#include "hc/consul/consul_endpoints.h"

namespace hc::consul {

const std::string* HttpResponse::header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (key.size() != name.size()) continue;
    bool same = true;
    for (size_t i = 0; i < key.size() && same; ++i) {
      char a = key[i], b = name[i];
      if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
      if (b >= 'A' && b <= 'Z') b = static_cast<char>(b - 'A' + 'a');
      same = a == b;
    }
    if (same) return &value;
  }
  return nullptr;
}

namespace {

using std::chrono::milliseconds;

// Where a failure happened decides its kind: before the socket is connected it is Refused,
// during the TLS handshake it is Tls, afterwards the connection was lost (Reset).
enum class Phase { Connect, Handshake, Exchange };

// OpenSSL reports a failed verification only as "certificate verify failed"; the reason
// (unknown issuer, expired, name mismatch) is only visible in the verify callback, which runs
// on the thread doing the handshake.
thread_local std::string lastVerifyError;

int recordVerifyError(int ok, X509_STORE_CTX* store) {
  if (!ok && lastVerifyError.empty()) {
    int err = X509_STORE_CTX_get_error(store);
    lastVerifyError = X509_verify_cert_error_string(err);
    if (X509* cert = X509_STORE_CTX_get_current_cert(store)) {
      char subject[256];
      X509_NAME_oneline(X509_get_subject_name(cert), subject, sizeof(subject));
      lastVerifyError += std::string(" (certificate ") + subject + ")";
    }
  }
  return ok;
}

void noopSignalHandler(int) {}

// OpenSSL writes to its socket with write(2), so a peer that went away (or abort()) raises
// SIGPIPE. A no-op handler turns that into EPIPE; unlike SIG_IGN it is not inherited by
// commands the daemon execs. A handler the application installed is left alone.
void initializeOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    Poco::Net::initializeSSL();
    struct sigaction current {};
    if (::sigaction(SIGPIPE, nullptr, &current) == 0 && current.sa_handler == SIG_DFL) {
      struct sigaction quiet {};
      quiet.sa_handler = noopSignalHandler;
      sigemptyset(&quiet.sa_mask);
      quiet.sa_flags = SA_RESTART;
      ::sigaction(SIGPIPE, &quiet, nullptr);
    }
  });
}

Poco::Timespan timespan(milliseconds ms) {
  return Poco::Timespan(static_cast<Poco::Timespan::TimeDiff>(ms.count()) * 1000);
}

// The reason a Poco exception gives, in words: errno text for socket errors, OpenSSL's reason
// without its "error:0A00010B:SSL routines::" prefix, the class's own words ("Host not
// found") where Poco puts only an address into the message.
std::string reasonOf(const Poco::Exception& e) {
  bool ssl = dynamic_cast<const Poco::Net::SSLException*>(&e) != nullptr;
  if (!ssl && e.code() > 0 && e.code() < 4096) return std::strerror(e.code());
  std::string m = e.message();
  if (ssl) {
    if (size_t at = m.rfind("::"); m.rfind("error:", 0) == 0 && at != std::string::npos)
      m = m.substr(at + 2);
  } else if (dynamic_cast<const Poco::Net::DNSException*>(&e)) {
    return std::string(e.name()) + " (" + m + ")";
  } else if (dynamic_cast<const Poco::Net::NetException*>(&e) &&
             !dynamic_cast<const Poco::Net::MessageException*>(&e)) {
    return e.name();
  }
  return m.empty() ? std::string(e.name()) : m;
}

void requireReadable(const std::string& what, const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    int err = errno;
    throw ConsulError(
        "TLS setup failed: cannot read " + what + " " + path + ": " + std::strerror(err),
        ConsulErrorKind::Tls);
  }
}

bool isIpLiteral(const std::string& host) {
  Poco::Net::IPAddress ip;
  return Poco::Net::IPAddress::tryParse(host, ip);
}

class PocoHttpConnection final : public HttpConnection {
 public:
  explicit PocoHttpConnection(const ClientConfig& config)
      : config_(config),
        tls_(config.scheme != ClientConfig::Scheme::Unix &&
             (config.scheme == ClientConfig::Scheme::Https || config.tls.enabled)) {
    if (config_.scheme == ClientConfig::Scheme::Unix) {
      endpoint_ = "unix://" + config_.socketPath;
      hostHeader_ = "localhost";
    } else {
      std::string h =
          config_.host.find(':') != std::string::npos ? "[" + config_.host + "]" : config_.host;
      endpoint_ = h + ":" + std::to_string(config_.port);
      hostHeader_ = endpoint_;
    }
  }

  ~PocoHttpConnection() override { dropSession(); }

  // HttpConnection
  HttpResponse send(const HttpRequest& request, milliseconds timeout) override;
  void abort() override;

 private:
  void connect();
  Poco::Net::StreamSocket openSocket();
  Poco::Net::Context::Ptr tlsContext();
  HttpResponse exchange(const HttpRequest& request, milliseconds timeout, bool& answered);
  bool reusable();
  void dropSession();
  void watchSocket(int fd);
  bool aborted();
  ConsulError classify(Phase phase, const Poco::Exception& e, milliseconds timeout);

  const ClientConfig config_;
  const bool tls_;
  std::string endpoint_;    // For messages: "127.0.0.1:8500", "unix:///run/consul.sock".
  std::string hostHeader_;  // Host header.
  Poco::Net::Context::Ptr context_;
  std::unique_ptr<Poco::Net::HTTPClientSession> session_;

  // abort() runs on another thread: it may only shut the socket down (never close it, the fd
  // number could be reused), so the fd is published here while it is open.
  std::mutex mutex_;
  int fd_ = -1;
  bool inFlight_ = false;
  bool aborted_ = false;
};

HttpResponse PocoHttpConnection::send(const HttpRequest& request, milliseconds timeout) {
  if (timeout.count() <= 0) timeout = config_.readTimeoutMargin;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    inFlight_ = true;
    aborted_ = false;
  }
  struct InFlight {
    PocoHttpConnection& c;
    ~InFlight() {
      std::lock_guard<std::mutex> lock(c.mutex_);
      c.inFlight_ = false;
    }
  } inFlight{*this};

  for (int attempt = 0;; ++attempt) {
    bool reused = session_ && reusable();
    if (!reused) {
      dropSession();
      connect();
    }
    bool answered = false;
    try {
      if (aborted()) throw Poco::Net::ConnectionAbortedException("aborted");
      return exchange(request, timeout, answered);
    } catch (const Poco::Exception& e) {
      // A kept-alive connection the server closed while idle fails before any answer; like
      // Go's transport, retry such a (idempotent) request once on a new connection.
      bool stale = reused && attempt == 0 && !answered && !aborted() &&
                   !dynamic_cast<const Poco::TimeoutException*>(&e) &&
                   (!dynamic_cast<const Poco::Net::SSLException*>(&e) ||
                    dynamic_cast<const Poco::Net::SSLConnectionUnexpectedlyClosedException*>(&e));
      dropSession();
      if (!stale) throw classify(Phase::Exchange, e, timeout);
    }
  }
}

void PocoHttpConnection::abort() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!inFlight_) return;
  aborted_ = true;
  if (fd_ >= 0) ::shutdown(fd_, SHUT_RDWR);
}

bool PocoHttpConnection::aborted() {
  std::lock_guard<std::mutex> lock(mutex_);
  return aborted_;
}

void PocoHttpConnection::watchSocket(int fd) {
  std::lock_guard<std::mutex> lock(mutex_);
  fd_ = fd;
  if (aborted_ && fd_ >= 0) ::shutdown(fd_, SHUT_RDWR);
}

void PocoHttpConnection::dropSession() {
  watchSocket(-1);
  session_.reset();
}

// A kept-alive connection is readable while idle only when the server closed it (EOF) or
// sent something unasked; either way it cannot carry the next request.
bool PocoHttpConnection::reusable() {
  try {
    return !session_->socket().poll(
        Poco::Timespan(0), Poco::Net::Socket::SELECT_READ | Poco::Net::Socket::SELECT_ERROR);
  } catch (const Poco::Exception&) {
    return false;
  }
}

Poco::Net::Context::Ptr PocoHttpConnection::tlsContext() {
  if (context_) return context_;
  const TlsConfig& t = config_.tls;
  if (!t.caFile.empty()) requireReadable("CA file", t.caFile);
  if (!t.certFile.empty()) requireReadable("client certificate", t.certFile);
  if (!t.keyFile.empty()) requireReadable("client key", t.keyFile);
  if (!t.caPath.empty() && !Poco::File(t.caPath).exists())
    throw ConsulError("TLS setup failed: CA path " + t.caPath + " does not exist",
                      ConsulErrorKind::Tls);
  try {
    Poco::Net::Context::Params p;
    p.verificationMode =
        t.verify ? Poco::Net::Context::VERIFY_RELAXED : Poco::Net::Context::VERIFY_NONE;
    // As Go's client: configured CAs replace the system roots.
    p.loadDefaultCAs = t.caFile.empty() && t.caPath.empty();
    p.caLocation = t.caFile.empty() ? t.caPath : t.caFile;
    if (!t.certFile.empty()) {
      p.certificateFile = t.certFile;
      p.privateKeyFile = t.keyFile.empty() ? t.certFile : t.keyFile;
    }
    Poco::Net::Context::Ptr ctx = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, p);
    ctx->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
    SSL_CTX* ssl = ctx->sslContext();
    if (!t.caFile.empty() && !t.caPath.empty() &&
        SSL_CTX_load_verify_locations(ssl, nullptr, t.caPath.c_str()) != 1) {
      throw ConsulError("TLS setup failed: cannot load CA path " + t.caPath, ConsulErrorKind::Tls);
    }
    // Poco's own name check skips loopback names and ignores IP SANs; OpenSSL's check during
    // the handshake follows the rules Go applies (IP literal against IP SANs, names against
    // DNS SANs), and its failure names the reason.
    ctx->enableExtendedCertificateVerification(false);
    if (t.verify) {
      SSL_CTX_set_verify(ssl, SSL_VERIFY_PEER, recordVerifyError);
      const std::string& name = t.serverName.empty() ? config_.host : t.serverName;
      X509_VERIFY_PARAM* param = SSL_CTX_get0_param(ssl);
      int ok = isIpLiteral(name) ? X509_VERIFY_PARAM_set1_ip_asc(param, name.c_str())
                                 : X509_VERIFY_PARAM_set1_host(param, name.c_str(), name.size());
      if (ok != 1)
        throw ConsulError("TLS setup failed: invalid server name " + name, ConsulErrorKind::Tls);
    } else {
      SSL_CTX_set_verify(ssl, SSL_VERIFY_NONE, nullptr);
    }
    context_ = ctx;
    return context_;
  } catch (const Poco::Exception& e) {
    throw ConsulError("TLS setup failed: " + reasonOf(e), ConsulErrorKind::Tls);
  }
}

Poco::Net::StreamSocket PocoHttpConnection::openSocket() {
  using Poco::Net::SocketAddress;
  std::vector<SocketAddress> addresses;
  if (config_.scheme == ClientConfig::Scheme::Unix) {
    addresses.emplace_back(SocketAddress::UNIX_LOCAL, config_.socketPath);
  } else if (Poco::Net::IPAddress ip; Poco::Net::IPAddress::tryParse(config_.host, ip)) {
    addresses.emplace_back(ip, config_.port);
  } else {
    // Every address of the name, in resolver order: "localhost" may list ::1 first while the
    // agent listens on 127.0.0.1 only.
    const Poco::Net::HostEntry entry = Poco::Net::DNS::hostByName(config_.host);
    for (const auto& a : entry.addresses()) addresses.emplace_back(a, config_.port);
    if (addresses.empty())
      throw Poco::Net::NoAddressFoundException("no address for " + config_.host);
  }
  for (size_t i = 0;; ++i) {
    Poco::Net::StreamSocket socket(addresses[i].family());
    watchSocket(socket.impl()->sockfd());
    try {
      socket.connect(addresses[i], timespan(config_.connectTimeout));
      if (addresses[i].family() != SocketAddress::UNIX_LOCAL) socket.setNoDelay(true);
      return socket;
    } catch (const Poco::Exception&) {
      watchSocket(-1);
      if (i + 1 == addresses.size() || aborted()) throw;
    }
  }
}

void PocoHttpConnection::connect() {
  Phase phase = Phase::Connect;
  try {
    Poco::Net::Context::Ptr ctx = tls_ ? tlsContext() : nullptr;
    Poco::Net::StreamSocket socket = openSocket();
    if (aborted()) throw Poco::Net::ConnectionAbortedException("aborted");
    if (tls_) {
      phase = Phase::Handshake;
      socket.setReceiveTimeout(timespan(config_.connectTimeout));
      socket.setSendTimeout(timespan(config_.connectTimeout));
      lastVerifyError.clear();
      const std::string& peer =
          config_.tls.serverName.empty() ? config_.host : config_.tls.serverName;
      Poco::Net::SecureStreamSocket secure =
          Poco::Net::SecureStreamSocket::attach(socket, peer, ctx);
      session_ = std::make_unique<Poco::Net::HTTPClientSession>(secure);
    } else {
      session_ = std::make_unique<Poco::Net::HTTPClientSession>(socket);
    }
    session_->setKeepAlive(true);
  } catch (const Poco::Exception& e) {
    ConsulError error = classify(phase, e, config_.connectTimeout);
    dropSession();
    throw error;
  } catch (...) {
    dropSession();
    throw;
  }
}

HttpResponse PocoHttpConnection::exchange(const HttpRequest& request, milliseconds timeout,
                                          bool& answered) {
  Poco::Net::StreamSocket& socket = session_->socket();
  socket.setReceiveTimeout(timespan(timeout));
  socket.setSendTimeout(timespan(timeout));
  session_->setTimeout(timespan(config_.connectTimeout), timespan(timeout), timespan(timeout));

  Poco::Net::HTTPRequest req(request.method, request.target, Poco::Net::HTTPMessage::HTTP_1_1);
  req.set("Host", hostHeader_);
  req.setKeepAlive(true);
  for (const auto& [name, value] : request.headers) req.add(name, value);
  if (!request.body.empty() || request.method == "PUT" || request.method == "POST")
    req.setContentLength(static_cast<std::streamsize>(request.body.size()));
  std::ostream& out = session_->sendRequest(req);
  out.write(request.body.data(), static_cast<std::streamsize>(request.body.size()));

  Poco::Net::HTTPResponse resp;
  std::istream& in = session_->receiveResponse(resp);
  answered = true;
  HttpResponse r;
  r.status = static_cast<int>(resp.getStatus());
  r.reason = resp.getReason();
  for (const auto& [name, value] : resp) r.headers.emplace_back(name, value);
  Poco::StreamCopier::copyToString(in, r.body);
  // The body stream swallows socket errors (it only sets badbit); the session kept them.
  if (const Poco::Exception* e = session_->networkException()) e->rethrow();
  if (in.bad()) throw Poco::IOException("response body incomplete");
  if (resp.hasContentLength() &&
      static_cast<Poco::Int64>(r.body.size()) < resp.getContentLength64()) {
    throw Poco::IOException("connection closed after " + std::to_string(r.body.size()) + " of " +
                            std::to_string(resp.getContentLength64()) + " body bytes");
  }
  if (!resp.getKeepAlive()) dropSession();
  return r;
}

ConsulError PocoHttpConnection::classify(Phase phase, const Poco::Exception& e,
                                         milliseconds timeout) {
  const std::string ms = std::to_string(timeout.count()) + " ms";
  if (aborted())
    return ConsulError("request to " + endpoint_ + " aborted", ConsulErrorKind::Aborted);
  if (dynamic_cast<const Poco::TimeoutException*>(&e)) {
    switch (phase) {
      case Phase::Connect:
        return ConsulError("connect to " + endpoint_ + " timed out after " + ms,
                           ConsulErrorKind::Timeout);
      case Phase::Handshake:
        return ConsulError("TLS handshake with " + endpoint_ + " timed out after " + ms,
                           ConsulErrorKind::Timeout);
      case Phase::Exchange:
        return ConsulError("no response from " + endpoint_ + " within " + ms,
                           ConsulErrorKind::Timeout);
    }
  }
  std::string reason = reasonOf(e);
  switch (phase) {
    case Phase::Connect:
      return ConsulError("cannot connect to " + endpoint_ + ": " + reason,
                         ConsulErrorKind::Refused);
    case Phase::Handshake: {
      if (!lastVerifyError.empty()) {
        reason = "certificate verify failed: " + lastVerifyError;
      } else if (dynamic_cast<const Poco::Net::SSLConnectionUnexpectedlyClosedException*>(&e) ||
                 !dynamic_cast<const Poco::Net::SSLException*>(&e)) {
        reason = "connection closed by the server (" + reason + ")";
      } else if (reason.find("wrong version number") != std::string::npos) {
        reason += " (the port does not speak TLS)";
      }
      return ConsulError("TLS handshake with " + endpoint_ + " failed: " + reason,
                         ConsulErrorKind::Tls);
    }
    case Phase::Exchange:
      break;
  }
  if (dynamic_cast<const Poco::Net::SSLException*>(&e) &&
      !dynamic_cast<const Poco::Net::SSLConnectionUnexpectedlyClosedException*>(&e)) {
    // With TLS 1.3 the server checks the client's certificate after the client finished its
    // handshake, so its refusal arrives as an alert on the first read.
    if (config_.tls.certFile.empty() &&
        (reason.find("alert bad certificate") != std::string::npos ||
         reason.find("certificate required") != std::string::npos))
      reason += " (the server requires a client certificate; none is configured)";
    return ConsulError("TLS error talking to " + endpoint_ + ": " + reason, ConsulErrorKind::Tls);
  }
  if (dynamic_cast<const Poco::Net::MessageException*>(&e) &&
      !dynamic_cast<const Poco::Net::NoMessageException*>(&e)) {
    return ConsulError("invalid HTTP response from " + endpoint_ + ": " + reason,
                       ConsulErrorKind::Other);
  }
  if (dynamic_cast<const Poco::Net::NoMessageException*>(&e))
    reason = "connection closed before a response";
  return ConsulError("connection to " + endpoint_ + " lost: " + reason, ConsulErrorKind::Reset);
}

}  // namespace

std::unique_ptr<HttpConnection> makeHttpConnection(const ClientConfig& config) {
  initializeOnce();
  return std::make_unique<PocoHttpConnection>(config);
}

}  // namespace hc::consul
