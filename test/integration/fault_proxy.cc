// FaultProxy: the tests' only fake, a fault-injecting proxy in front of a real Consul agent.
// See fault_proxy.h for what each fault does and how a client sees it.
#include "fault_proxy.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <utility>

namespace hc::testing {
namespace {

using Headers = std::vector<std::pair<std::string, std::string>>;

constexpr std::size_t kMaxHead = 1 << 20;
constexpr std::size_t kMaxBody = 64 << 20;

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Headers that describe one hop (or the framing we redo ourselves) and are never passed on.
bool isHopHeader(std::string_view name) {
  return iequals(name, "Connection") || iequals(name, "Keep-Alive") ||
         iequals(name, "Transfer-Encoding") || iequals(name, "Content-Length") ||
         iequals(name, "TE") || iequals(name, "Trailer") || iequals(name, "Upgrade");
}

const std::string* findHeader(const Headers& headers, std::string_view name) {
  for (const auto& [n, v] : headers)
    if (iequals(n, name)) return &v;
  return nullptr;
}

void removeHeader(Headers& headers, std::string_view name) {
  headers.erase(std::remove_if(headers.begin(), headers.end(),
                               [&](const auto& h) { return iequals(h.first, name); }),
                headers.end());
}

void setHeader(Headers& headers, const std::string& name, const std::string& value) {
  removeHeader(headers, name);
  headers.emplace_back(name, value);
}

int openListener(int port, std::string& error) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) {
    error = std::strerror(errno);
    return -1;
  }
  int one = 1;
  ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(fd, 128) != 0) {
    error = std::strerror(errno);
    ::close(fd);
    return -1;
  }
  return fd;
}

bool sendAll(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

std::string responseHead(int status, const std::string& reason, const Headers& headers,
                         std::size_t contentLength, bool keepAlive) {
  std::string head = "HTTP/1.1 " + std::to_string(status) + " " + reason + "\r\n";
  for (const auto& [n, v] : headers) head += n + ": " + v + "\r\n";
  head += "Content-Length: " + std::to_string(contentLength) + "\r\n";
  if (!keepAlive) head += "Connection: close\r\n";
  return head + "\r\n";
}

// A reply the proxy makes up itself (fault statuses, its own errors).
std::string cannedReply(int status, const std::string& body, bool keepAlive) {
  Headers headers;
  if (!body.empty()) headers.emplace_back("Content-Type", "text/plain; charset=utf-8");
  const auto& reason = Poco::Net::HTTPResponse::getReasonForStatus(
      static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
  return responseHead(status, reason, headers, body.size(), keepAlive) + body;
}

}  // namespace

struct FaultProxy::Connection {
  int clientFd = -1;          // closed by its own thread, under mu_
  int upstreamFd = -1;        // set under mu_ while a request waits on the upstream agent
  bool shut = false;          // under mu_: shut down by set(Refuse) or the destructor
  bool done = false;          // under mu_: the thread has finished and may be joined
  bool upstreamUsed = false;  // own thread only: the upstream session served a request
  std::thread thread;         // accept thread / destructor only
};

struct FaultProxy::Request {
  std::string method, target, version;
  Headers headers;
  std::string body;
  bool keepAlive = true;
};

struct FaultProxy::Upstream {
  int status = 0;
  std::string reason;
  Headers headers;
  std::string body;
  std::optional<std::uint64_t> headLength;  // HEAD: the length the agent announced
};

namespace {

enum class ReadResult { Ok, Closed, Bad, Unsupported };

// Reads one request from the client; `buffered` carries bytes read past the previous request.
template <typename Request>
ReadResult readRequest(int fd, std::string& buffered, Request& req) {
  auto fill = [&]() {
    char chunk[16384];
    for (;;) {
      ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return false;
      buffered.append(chunk, static_cast<std::size_t>(n));
      return true;
    }
  };
  std::size_t end;
  for (;;) {
    while (buffered.rfind("\r\n", 0) == 0) buffered.erase(0, 2);  // stray CRLF between requests
    end = buffered.find("\r\n\r\n");
    if (end != std::string::npos) break;
    if (buffered.size() > kMaxHead) return ReadResult::Bad;
    if (!fill()) return ReadResult::Closed;
  }
  std::string_view head(buffered.data(), end);
  std::size_t lineEnd = std::min(head.find("\r\n"), head.size());
  std::string_view line = head.substr(0, lineEnd);
  std::size_t sp1 = line.find(' '), sp2 = line.rfind(' ');
  if (sp1 == std::string_view::npos || sp1 == sp2) return ReadResult::Bad;
  req.method = std::string(line.substr(0, sp1));
  req.target = std::string(line.substr(sp1 + 1, sp2 - sp1 - 1));
  req.version = std::string(line.substr(sp2 + 1));
  if (req.version != "HTTP/1.1" && req.version != "HTTP/1.0") return ReadResult::Bad;
  for (std::size_t pos = lineEnd + 2; pos < head.size();) {
    std::size_t next = std::min(head.find("\r\n", pos), head.size());
    std::string_view h = head.substr(pos, next - pos);
    std::size_t colon = h.find(':');
    if (colon == std::string_view::npos) return ReadResult::Bad;
    req.headers.emplace_back(std::string(trim(h.substr(0, colon))),
                             std::string(trim(h.substr(colon + 1))));
    pos = next + 2;
  }
  buffered.erase(0, end + 4);
  const std::string* connection = findHeader(req.headers, "Connection");
  const std::string tokens = connection ? lower(*connection) : "";
  req.keepAlive = req.version == "HTTP/1.1" ? tokens.find("close") == std::string::npos
                                            : tokens.find("keep-alive") != std::string::npos;
  if (findHeader(req.headers, "Transfer-Encoding")) return ReadResult::Unsupported;
  std::size_t length = 0;
  if (const std::string* cl = findHeader(req.headers, "Content-Length")) {
    if (cl->empty() || cl->find_first_not_of("0123456789") != std::string::npos || cl->size() > 12)
      return ReadResult::Bad;
    length = std::stoull(*cl);
    if (length > kMaxBody) return ReadResult::Bad;
  }
  while (buffered.size() < length)
    if (!fill()) return ReadResult::Closed;
  req.body = buffered.substr(0, length);
  buffered.erase(0, length);
  return ReadResult::Ok;
}

}  // namespace

FaultProxy::FaultProxy(std::string upstreamHost, int upstreamPort)
    : upstreamHost_(std::move(upstreamHost)), upstreamPort_(upstreamPort) {
  std::string error;
  listenFd_ = openListener(0, error);
  if (listenFd_ < 0) throw std::runtime_error("FaultProxy: cannot listen: " + error);
  sockaddr_in addr{};
  socklen_t len = sizeof addr;
  ::getsockname(listenFd_, reinterpret_cast<sockaddr*>(&addr), &len);
  port_ = ntohs(addr.sin_port);
  if (::pipe2(wakeFds_, O_CLOEXEC | O_NONBLOCK) != 0) {
    ::close(listenFd_);
    throw std::runtime_error("FaultProxy: pipe: " + std::string(std::strerror(errno)));
  }
  acceptThread_ = std::thread([this] { acceptLoop(); });
}

FaultProxy::~FaultProxy() {
  {
    std::lock_guard<std::mutex> lk(mu_);
    stopping_ = true;
    wake();
  }
  cv_.notify_all();
  acceptThread_.join();  // no connection is added after this
  std::list<std::shared_ptr<Connection>> connections;
  {
    std::lock_guard<std::mutex> lk(mu_);
    for (auto& c : connections_) shutdownConnection(*c);
    connections.swap(connections_);
  }
  cv_.notify_all();
  for (auto& c : connections) c->thread.join();
  ::close(wakeFds_[0]);
  ::close(wakeFds_[1]);
}

void FaultProxy::wake() {
  char b = 1;
  ssize_t n = ::write(wakeFds_[1], &b, 1);  // a full pipe already wakes the accept thread
  (void)n;
}

void FaultProxy::set(Fault fault, Rule rule) {
  if (rule.count == 0 || rule.count < -1)
    throw std::invalid_argument("FaultProxy::Rule::count must be -1 or positive");
  std::unique_lock<std::mutex> lk(mu_);
  if (fault != Fault::Refuse) {
    rules_.push_back({fault, std::move(rule)});
    return;
  }
  wantListening_ = false;
  wake();
  cv_.wait(lk, [&] { return !listening_ || stopping_; });
  for (auto& c : connections_) shutdownConnection(*c);
  cv_.notify_all();
}

void FaultProxy::clear() {
  std::unique_lock<std::mutex> lk(mu_);
  rules_.clear();
  ++epoch_;
  cv_.notify_all();
  if (wantListening_ && listening_) return;
  wantListening_ = true;
  listenError_.clear();
  wake();
  cv_.wait(lk, [&] { return listening_ || !wantListening_ || stopping_; });
  if (!listening_ && !stopping_)
    throw std::runtime_error("FaultProxy: cannot listen again on port " + std::to_string(port_) +
                             ": " + listenError_);
}

std::vector<FaultProxy::SeenRequest> FaultProxy::requests() const {
  std::lock_guard<std::mutex> lk(mu_);
  return log_;
}

std::size_t FaultProxy::countLocked(std::string_view substring) const {
  return static_cast<std::size_t>(std::count_if(log_.begin(), log_.end(), [&](const auto& r) {
    return r.target.find(substring) != std::string::npos;
  }));
}

std::size_t FaultProxy::count(std::string_view targetSubstring) const {
  std::lock_guard<std::mutex> lk(mu_);
  return countLocked(targetSubstring);
}

bool FaultProxy::waitForRequests(std::string_view substring, std::size_t n,
                                 std::chrono::milliseconds timeout) const {
  std::unique_lock<std::mutex> lk(mu_);
  return cv_.wait_for(lk, timeout, [&] { return countLocked(substring) >= n; });
}

std::size_t FaultProxy::connectionsAccepted() const {
  std::lock_guard<std::mutex> lk(mu_);
  return accepted_;
}

const char* FaultProxy::name(Fault fault) {
  static const char* const kNames[] = {
      "Status500",      "Status429",        "Status403", "Refuse",       "ResetMidBody",
      "Hang",           "IndexBackwards",   "IndexZero", "IndexMissing", "MalformedJson",
      "NotKnownLeader", "LargeLastContact", "Trickle"};
  return kNames[static_cast<int>(fault)];
}

// The accept thread owns the listening socket: it opens and closes it as set(Refuse)/clear()
// ask, and sleeps in poll() on the listener and a wake-up pipe.
void FaultProxy::acceptLoop() {
  std::unique_lock<std::mutex> lk(mu_);
  while (!stopping_) {
    if (wantListening_ && listenFd_ < 0) {
      listenFd_ = openListener(port_, listenError_);
      if (listenFd_ < 0) wantListening_ = false;
      listening_ = listenFd_ >= 0;
      cv_.notify_all();
    } else if (!wantListening_ && listenFd_ >= 0) {
      ::close(listenFd_);
      listenFd_ = -1;
      listening_ = false;
      cv_.notify_all();
    }
    reapFinished(lk);
    lk.unlock();
    pollfd fds[2] = {{wakeFds_[0], POLLIN, 0}, {listenFd_, POLLIN, 0}};
    int ready = ::poll(fds, listenFd_ >= 0 ? 2 : 1, -1);
    if (ready > 0 && (fds[0].revents & POLLIN)) {
      char drain[64];
      while (::read(wakeFds_[0], drain, sizeof drain) > 0) {
      }
    }
    int client = -1;
    if (ready > 0 && listenFd_ >= 0 && (fds[1].revents & POLLIN))
      client = ::accept4(listenFd_, nullptr, nullptr, SOCK_CLOEXEC);
    lk.lock();
    if (client < 0) continue;
    if (stopping_ || !wantListening_) {
      ::close(client);
      continue;
    }
    int one = 1;
    ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);  // Trickle's pieces
    auto conn = std::make_shared<Connection>();
    conn->clientFd = client;
    ++accepted_;
    connections_.push_back(conn);
    conn->thread = std::thread([this, conn] { serve(conn); });
  }
  if (listenFd_ >= 0) ::close(listenFd_);
  listenFd_ = -1;
  listening_ = false;
  cv_.notify_all();
}

void FaultProxy::reapFinished(std::unique_lock<std::mutex>& lk) {
  std::vector<std::shared_ptr<Connection>> finished;
  for (auto it = connections_.begin(); it != connections_.end();) {
    if ((*it)->done) {
      finished.push_back(*it);
      it = connections_.erase(it);
    } else {
      ++it;
    }
  }
  if (finished.empty()) return;
  lk.unlock();
  for (auto& c : finished) c->thread.join();
  lk.lock();
}

void FaultProxy::shutdownConnection(Connection& conn) {
  conn.shut = true;
  if (conn.clientFd >= 0) ::shutdown(conn.clientFd, SHUT_RDWR);
  if (conn.upstreamFd >= 0) ::shutdown(conn.upstreamFd, SHUT_RDWR);
}

void FaultProxy::finish(Connection& conn, bool reset) {
  std::lock_guard<std::mutex> lk(mu_);
  if (reset) {
    linger l{1, 0};  // close() sends RST instead of FIN
    ::setsockopt(conn.clientFd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
  }
  ::close(conn.clientFd);
  conn.clientFd = -1;
  conn.done = true;
  wake();  // let the accept thread join us
}

void FaultProxy::serve(const std::shared_ptr<Connection>& conn) {
  bool reset = false;
  try {
    Poco::Net::HTTPClientSession session(upstreamHost_, static_cast<Poco::UInt16>(upstreamPort_));
    session.setKeepAlive(true);
    // Blocking queries last up to 10 min (+1/16 jitter); the destructor unblocks us anyway.
    session.setTimeout(Poco::Timespan(5, 0), Poco::Timespan(60, 0), Poco::Timespan(15 * 60, 0));
    std::string buffered;
    for (;;) {
      Request req;
      ReadResult r = readRequest(conn->clientFd, buffered, req);
      if (r == ReadResult::Closed) break;
      if (r != ReadResult::Ok) {
        sendAll(conn->clientFd,
                r == ReadResult::Bad
                    ? cannedReply(400, "fault proxy: bad request", false)
                    : cannedReply(501, "fault proxy: chunked request bodies unsupported", false));
        break;
      }
      if (!handle(*conn, session, req, reset)) break;
    }
  } catch (const std::exception&) {
    // Nothing to tell the client beyond closing the connection.
  }
  finish(*conn, reset);
}

// Serves one request; returns whether the client connection stays open for the next one.
bool FaultProxy::handle(Connection& conn, Poco::Net::HTTPClientSession& session, const Request& req,
                        bool& reset) {
  std::optional<Fault> fault;
  Rule rule;
  std::size_t logIndex = 0;
  std::uint64_t epoch = 0;
  {
    std::lock_guard<std::mutex> lk(mu_);
    for (auto it = rules_.begin(); it != rules_.end(); ++it) {
      if (req.target.find(it->rule.targetContains) == std::string::npos) continue;
      fault = it->fault;
      rule = it->rule;
      if (it->rule.count > 0 && --it->rule.count == 0) rules_.erase(it);
      break;
    }
    logIndex = log_.size();
    log_.push_back({req.method, req.target, findHeader(req.headers, "X-Consul-Token") != nullptr,
                    std::chrono::steady_clock::now(), fault, 0});
    epoch = epoch_;
  }
  cv_.notify_all();

  const int fd = conn.clientFd;
  if (fault == Fault::Status500)
    return sendAll(fd, cannedReply(500, "rpc error: injected", req.keepAlive)) && req.keepAlive;
  if (fault == Fault::Status429)
    return sendAll(fd, cannedReply(429, "", req.keepAlive)) && req.keepAlive;
  if (fault == Fault::Status403)
    return sendAll(fd, cannedReply(403, "ACL not found", req.keepAlive)) && req.keepAlive;
  if (fault == Fault::Hang) {
    std::unique_lock<std::mutex> lk(mu_);
    cv_.wait(lk, [&] { return stopping_ || conn.shut || epoch_ != epoch; });
    reset = true;
    return false;
  }

  Upstream up;
  if (!forward(conn, session, req, up)) {
    {
      std::lock_guard<std::mutex> lk(mu_);
      if (stopping_ || conn.shut) return false;
    }
    return sendAll(fd, cannedReply(502, "fault proxy: upstream request failed", req.keepAlive)) &&
           req.keepAlive;
  }
  {
    std::lock_guard<std::mutex> lk(mu_);
    log_[logIndex].upstreamStatus = up.status;
  }
  cv_.notify_all();

  if (fault == Fault::IndexBackwards)
    setHeader(up.headers, "X-Consul-Index", std::to_string(rule.index));
  if (fault == Fault::IndexZero) setHeader(up.headers, "X-Consul-Index", "0");
  if (fault == Fault::IndexMissing) removeHeader(up.headers, "X-Consul-Index");
  if (fault == Fault::NotKnownLeader) setHeader(up.headers, "X-Consul-Knownleader", "false");
  if (fault == Fault::LargeLastContact)
    setHeader(up.headers, "X-Consul-Lastcontact", std::to_string(rule.lastContactMs));
  if (fault == Fault::MalformedJson) {
    up.status = 200;
    up.reason = "OK";
    up.body = R"({"truncated":)";
    removeHeader(up.headers, "Content-Encoding");
    setHeader(up.headers, "Content-Type", "application/json");
  }
  const std::size_t length = up.headLength ? *up.headLength : up.body.size();
  const std::string head = responseHead(up.status, up.reason, up.headers, length, req.keepAlive);
  if (fault == Fault::ResetMidBody) {
    sendAll(fd, head + up.body.substr(0, up.body.size() / 2));
    reset = true;
    return false;
  }
  if (fault == Fault::Trickle) return trickle(conn, head, up.body, rule) && req.keepAlive;
  return sendAll(fd, head + up.body) && req.keepAlive;
}

// Sends the request upstream and reads the whole reply. A kept-alive upstream connection the
// agent closed while idle shows up as a failure with nothing received: retried once, fresh.
bool FaultProxy::forward(Connection& conn, Poco::Net::HTTPClientSession& session,
                         const Request& req, Upstream& out) {
  for (int attempt = 0; attempt < 2; ++attempt) {
    const bool reused = conn.upstreamUsed;
    try {
      Poco::Net::HTTPRequest request(req.method, req.target, Poco::Net::HTTPMessage::HTTP_1_1);
      for (const auto& [n, v] : req.headers)
        if (!isHopHeader(n)) request.add(n, v);
      if (!req.body.empty() || findHeader(req.headers, "Content-Length") || req.method == "PUT" ||
          req.method == "POST")
        request.setContentLength(static_cast<std::streamsize>(req.body.size()));
      session.sendRequest(request).write(req.body.data(),
                                         static_cast<std::streamsize>(req.body.size()));
      {
        std::lock_guard<std::mutex> lk(mu_);
        if (stopping_ || conn.shut) {
          session.reset();
          return false;
        }
        conn.upstreamFd = session.socket().impl()->sockfd();
      }
      Poco::Net::HTTPResponse response;
      std::istream& in = session.receiveResponse(response);
      Poco::StreamCopier::copyToString(in, out.body);
      {
        std::lock_guard<std::mutex> lk(mu_);
        conn.upstreamFd = -1;
      }
      conn.upstreamUsed = true;
      out.status = response.getStatus();
      out.reason = response.getReason();
      for (const auto& [n, v] : response)
        if (!isHopHeader(n)) out.headers.emplace_back(n, v);
      if (req.method == "HEAD")  // no body follows; pass the announced length on
        out.headLength = response.hasContentLength() ? response.getContentLength64() : 0;
      return true;
    } catch (const std::exception&) {
      // Poco::Exception derives from std::exception.
    }
    {
      std::lock_guard<std::mutex> lk(mu_);
      conn.upstreamFd = -1;  // deregistered before reset() closes the descriptor
      if (stopping_ || conn.shut) {
        session.reset();
        return false;
      }
    }
    session.reset();
    conn.upstreamUsed = false;
    out = Upstream{};
    if (!reused) return false;
  }
  return false;
}

bool FaultProxy::trickle(Connection& conn, const std::string& head, const std::string& body,
                         const Rule& rule) {
  if (!sendAll(conn.clientFd, head)) return false;
  const std::size_t step = std::max<std::size_t>(rule.trickleBytes, 1);
  for (std::size_t off = 0; off < body.size(); off += step) {
    if (off > 0) {
      std::unique_lock<std::mutex> lk(mu_);
      if (cv_.wait_for(lk, rule.trickleDelay, [&] { return stopping_ || conn.shut; })) return false;
    }
    if (!sendAll(conn.clientFd, std::string_view(body).substr(off, step))) return false;
  }
  return true;
}

}  // namespace hc::testing
