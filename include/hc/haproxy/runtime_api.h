#pragma once
// RuntimeApi: the haproxy runtime API (stats socket or master CLI) as an interface, and
// makeRuntimeClient(), its POSIX-socket implementation for haproxy 2.6.
//
// Usage:
//   auto api = makeRuntimeClient("/run/haproxy/admin.sock", std::chrono::seconds(5));
//   auto replies = api->execute({"set server web/s1 weight 7", "show servers state web"});
//   if (!replyOk(op, replies[0])) log(replies[0]);          // judging is the caller's job
//   auto servers = parseServersState(replies[1]);
//
// Framing (reference/haproxy-runtime.md §1): each execute() opens ONE connection, switches it
// to interactive mode with `prompt`, writes the commands while reading (so a long batch cannot
// deadlock on full socket buffers) and splits the output on the prompt: `\n> ` on a worker's
// stats socket, a line reading `master> `, `master[ReloadFailed]> ` or `<pid>> ` on the master
// CLI. haproxy 2.6 does not end every reply with a blank line, so the prompt is the only
// reliable separator. The connection is closed when execute() returns.
#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace hc::haproxy {

/// A transport failure talking to the runtime API; what() names the address and errno text.
class RuntimeApiError : public std::runtime_error {
 public:
  enum class Kind {
    Unreachable,  ///< connect failed (no socket file, refused, bad address) or the peer reset
    Timeout,      ///< connect, or a wait for more reply bytes, exceeded the timeout
    Protocol,     ///< a command we refuse to send, or a reply that cannot be framed (the
                  ///< connection closed before every reply arrived, a reply over the size cap)
  };
  RuntimeApiError(Kind kind, std::string address, const std::string& message);
  Kind kind() const { return kind_; }
  const std::string& address() const { return address_; }

 private:
  Kind kind_;
  std::string address_;
};

class RuntimeApi {
 public:
  virtual ~RuntimeApi() = default;

  /// Runs `commands` in order over one connection in `prompt` mode and returns one reply per
  /// command, in order. A reply is verbatim minus the prompt: a worker's trailing `\n` before
  /// `> ` belongs to the prompt, so `No such server.\n` stays as is, `Server deleted.` has no
  /// newline and a successful `set server … weight` is "" (master CLI replies likewise lose
  /// the one blank line before `master> `). An empty `commands` sends nothing and returns {}.
  /// Throws RuntimeApiError: Protocol before anything is sent when a command contains `\n`/`\r`
  /// or is longer than kMaxCommandBytes; Unreachable/Timeout/Protocol as documented on Kind.
  /// haproxy applies every command it read before a failure: on an exception, re-read state.
  virtual std::vector<std::string> execute(const std::vector<std::string>& commands) = 0;

  /// execute({cmd}).front().
  virtual std::string command(const std::string& cmd) = 0;

  /// haproxy 2.6 drops command lines over about 15.5 KB silently (the connection then hangs
  /// until `stats timeout`); lines of this many bytes or more (newline excluded) are refused.
  static constexpr size_t kMaxCommandBytes = 15000;
};

/// A RuntimeApi over a UNIX socket path (`/run/haproxy/admin.sock`, optionally `unix@…`) or
/// TCP `HOST:PORT` (`127.0.0.1:9999`, `[::1]:9999`, optionally `ipv4@`/`ipv6@`); an address
/// containing `/` is a path. `timeout` bounds the connect and each wait for reply bytes (an
/// idle timeout, not a deadline for the whole batch).
/// Thread-safety: the object holds only its settings; concurrent calls each open their own
/// connection (haproxy allows 10 CLI connections by default, so callers should serialize).
/// Does not throw; errors surface from execute()/command().
std::unique_ptr<RuntimeApi> makeRuntimeClient(const std::string& address,
                                              std::chrono::milliseconds timeout);

}  // namespace hc::haproxy
