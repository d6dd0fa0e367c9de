#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>
#include <utility>

#include "hc/haproxy/runtime_api.h"

namespace hc::haproxy {

RuntimeApiError::RuntimeApiError(Kind kind, std::string address, const std::string& message)
    : std::runtime_error("haproxy runtime API " + address + ": " + message),
      kind_(kind),
      address_(std::move(address)) {}

namespace {

using Kind = RuntimeApiError::Kind;

// A cap on one reply so a runaway peer cannot exhaust memory; `show servers state` of a large
// config is a few MB.
constexpr size_t kMaxReplyBytes = 64u << 20;

std::string errnoText(int err) {
  return std::string(std::strerror(err)) + " (errno " + std::to_string(err) + ")";
}

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }
  int release() { return std::exchange(fd_, -1); }

 private:
  int fd_;
};

// Where a prompt starts at or after `from` and where it ends, or nullopt. A prompt is a line
// (or the start of a reply) reading `> `, `master> `, `master[...]> ` or `<pid>> `.
std::optional<std::pair<size_t, size_t>> findPrompt(const std::string& buf, size_t from) {
  for (size_t p = from; p < buf.size(); ++p) {
    if (p != from && buf[p - 1] != '\n') continue;
    size_t q = p;
    if (buf.compare(q, 6, "master") == 0) {
      q += 6;
      if (q < buf.size() && buf[q] == '[') {
        size_t close = buf.find(']', q);
        size_t nl = buf.find('\n', q);
        if (close == std::string::npos || (nl != std::string::npos && nl < close)) continue;
        q = close + 1;
      }
    } else {
      while (q < buf.size() && buf[q] >= '0' && buf[q] <= '9') ++q;
    }
    if (buf.compare(q, 2, "> ") == 0) return std::make_pair(p, q + 2);
  }
  return std::nullopt;
}

class RuntimeClient : public RuntimeApi {
 public:
  RuntimeClient(std::string address, std::chrono::milliseconds timeout)
      : address_(std::move(address)), timeout_(timeout) {}

  // RuntimeApi
  std::vector<std::string> execute(const std::vector<std::string>& commands) override {
    if (commands.empty()) return {};
    std::string out = "prompt\n";
    for (const auto& c : commands) {
      if (c.find_first_of("\r\n") != std::string::npos)
        throw RuntimeApiError(Kind::Protocol, address_, "command contains a newline: " + c);
      if (c.size() >= kMaxCommandBytes)
        throw RuntimeApiError(Kind::Protocol, address_,
                              "command of " + std::to_string(c.size()) +
                                  " bytes exceeds the CLI line limit: " + c.substr(0, 80));
      out += c;
      out += '\n';
    }
    Fd fd(connectSocket());
    return converse(fd.get(), out, commands.size());
  }

  std::string command(const std::string& cmd) override { return execute({cmd}).front(); }

 private:
  int timeoutMs() const { return static_cast<int>(timeout_.count()); }

  [[noreturn]] void fail(Kind kind, const std::string& what) const {
    throw RuntimeApiError(kind, address_, what);
  }

  // Writes and reads in one poll loop: writing a long batch without reading can fill both
  // socket buffers and deadlock (reference §1, 400 KB pipeline).
  std::vector<std::string> converse(int fd, const std::string& out, size_t count) {
    std::vector<std::string> replies;
    replies.reserve(count);
    size_t written = 0;
    size_t prompts = 0;  // the first prompt answers `prompt` itself
    std::string in;
    size_t scan = 0;
    char chunk[65536];
    while (prompts < count + 1) {
      pollfd p{fd, POLLIN, 0};
      if (written < out.size()) p.events |= POLLOUT;
      int r = ::poll(&p, 1, timeoutMs());
      if (r < 0) {
        if (errno == EINTR) continue;
        fail(Kind::Protocol, "poll: " + errnoText(errno));
      }
      if (r == 0)
        fail(Kind::Timeout, "no reply within " + std::to_string(timeout_.count()) + " ms after " +
                                std::to_string(replies.size()) + " of " + std::to_string(count) +
                                " replies");
      if (p.revents & POLLOUT) {
        ssize_t n = ::send(fd, out.data() + written, out.size() - written, MSG_NOSIGNAL);
        if (n < 0 && errno != EAGAIN && errno != EINTR)
          fail(Kind::Unreachable, "send: " + errnoText(errno));
        if (n > 0) written += static_cast<size_t>(n);
      }
      if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
        ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n < 0) {
          if (errno == EAGAIN || errno == EINTR) continue;
          fail(Kind::Unreachable, "recv: " + errnoText(errno));
        }
        if (n == 0)
          fail(Kind::Protocol, "connection closed after " + std::to_string(replies.size()) +
                                   " of " + std::to_string(count) + " replies");
        in.append(chunk, static_cast<size_t>(n));
        while (auto prompt = findPrompt(in, scan)) {
          std::string reply = in.substr(0, prompt->first);
          // The newline before a worker's `> ` (and the blank line before `master> `) is part
          // of the prompt, not of the reply.
          if (!reply.empty() && reply.back() == '\n') reply.pop_back();
          if (prompts > 0) replies.push_back(std::move(reply));
          ++prompts;
          in.erase(0, prompt->second);
          scan = 0;
          if (prompts == count + 1) break;
        }
        // Resume where a prompt could still start: the last line may be an incomplete prompt.
        size_t nl = in.rfind('\n');
        scan = nl == std::string::npos ? 0 : nl;
        if (in.size() > kMaxReplyBytes)
          fail(Kind::Protocol, "reply exceeds " + std::to_string(kMaxReplyBytes) + " bytes");
      }
    }
    return replies;
  }

  int connectSocket() const {
    std::string addr = address_;
    for (const char* prefix : {"unix@", "ipv4@", "ipv6@"})
      if (addr.rfind(prefix, 0) == 0) addr = addr.substr(5);
    if (addr.find('/') != std::string::npos || address_.rfind("unix@", 0) == 0)
      return connectUnix(addr);
    size_t colon = addr.rfind(':');
    if (colon == std::string::npos || colon + 1 == addr.size())
      fail(Kind::Unreachable, "expected a socket path or HOST:PORT");
    std::string host = addr.substr(0, colon), port = addr.substr(colon + 1);
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
      host = host.substr(1, host.size() - 2);
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* res = nullptr;
    int rc = ::getaddrinfo(host.c_str(), port.c_str(), &hints, &res);
    if (rc != 0) fail(Kind::Unreachable, std::string("resolve: ") + ::gai_strerror(rc));
    std::unique_ptr<addrinfo, decltype(&::freeaddrinfo)> guard(res, ::freeaddrinfo);
    return connectTo(res->ai_family, res->ai_addr, res->ai_addrlen);
  }

  int connectUnix(const std::string& path) const {
    sockaddr_un sa{};
    sa.sun_family = AF_UNIX;
    if (path.size() >= sizeof sa.sun_path) fail(Kind::Unreachable, "socket path too long");
    std::memcpy(sa.sun_path, path.c_str(), path.size() + 1);
    return connectTo(AF_UNIX, reinterpret_cast<sockaddr*>(&sa), sizeof sa);
  }

  int connectTo(int family, const sockaddr* sa, socklen_t len) const {
    int raw = ::socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (raw < 0) fail(Kind::Unreachable, "socket: " + errnoText(errno));
    auto fd = std::make_unique<Fd>(raw);
    const auto deadline = std::chrono::steady_clock::now() + timeout_;
    for (;;) {
      if (::connect(raw, sa, len) == 0) break;
      if (errno == EINTR) continue;
      if (errno == EAGAIN && family == AF_UNIX) {
        // A full listen backlog (haproxy's `stats maxconn` reached): wait for a slot.
        if (std::chrono::steady_clock::now() >= deadline)
          fail(Kind::Timeout,
               "connect: backlog full for " + std::to_string(timeout_.count()) + " ms");
        ::poll(nullptr, 0, 10);
        continue;
      }
      if (errno != EINPROGRESS) fail(Kind::Unreachable, "connect: " + errnoText(errno));
      pollfd p{raw, POLLOUT, 0};
      int r;
      do r = ::poll(&p, 1, timeoutMs());
      while (r < 0 && errno == EINTR);
      if (r == 0)
        fail(Kind::Timeout,
             "connect: no answer within " + std::to_string(timeout_.count()) + " ms");
      int err = 0;
      socklen_t errLen = sizeof err;
      ::getsockopt(raw, SOL_SOCKET, SO_ERROR, &err, &errLen);
      if (err != 0) fail(Kind::Unreachable, "connect: " + errnoText(err));
      break;
    }
    return fd->release();
  }

  std::string address_;
  std::chrono::milliseconds timeout_;
};

}  // namespace

std::unique_ptr<RuntimeApi> makeRuntimeClient(const std::string& address,
                                              std::chrono::milliseconds timeout) {
  return std::make_unique<RuntimeClient>(address, timeout);
}

}  // namespace hc::haproxy
