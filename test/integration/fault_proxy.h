#pragma once
// FaultProxy: a FAKE, used only by tests. It is a small HTTP proxy placed in front of a REAL
// Consul agent (see consul_agent.h) to inject the faults a real Consul cannot produce on demand:
// 500/429/403 answers, refused connections, resets in the middle of a body, hung requests, an
// index going backwards / zero / missing, malformed JSON, no known leader, a large last-contact
// and slow (trickled) bodies. Everything it does not fault is forwarded to the real agent
// unchanged (method, target, headers, body); it never invents Consul data itself.
//
// Shape: listens on 127.0.0.1 on a free port; one thread per client connection, HTTP/1.1
// keep-alive on both sides, one upstream Poco HTTPClientSession per client connection. Replies
// are written as raw bytes with Content-Length framing (an upstream Transfer-Encoding is dropped
// after reading the whole upstream body). The destructor shuts every socket down, so it returns
// promptly even while blocking queries are parked upstream, and joins every thread.
//
// Faults are rules set from the test thread: `set(fault, rule)` adds a rule, `clear()` removes
// all of them. A request is checked against the rules in the order they were set; the first
// active rule whose `targetContains` is a substring of the request target applies, and uses up
// one of its `count` (a rule is dropped when its count reaches zero; -1 = until clear()).
//
// How the connection-level faults end, as a client sees them:
// - Refuse: while set, connecting is refused (nothing listens on port()); connections open when
//   it was set are shut down (the client reads EOF or a reset). clear() listens again on the
//   same port. Refuse takes no part in per-request matching (its Rule is ignored).
// - Hang: the request is read and never answered. A client with a read timeout sees its own
//   timeout. On clear() (or when the proxy stops, or Refuse is set) the held connection is
//   RESET (SO_LINGER 0): a client still waiting sees "connection reset", never a reply.
// - ResetMidBody: the status line and headers (with the true Content-Length) and half the body
//   are sent, then the connection is reset (SO_LINGER 0 + close).
// The proxy's own answers, outside any fault: 502 `fault proxy: upstream request failed` when
// the agent cannot be reached (after one retry on a fresh connection if a kept-alive one had
// gone stale), 400 for an unparsable request, 501 for a chunked request body.
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace Poco::Net {
class HTTPClientSession;
}

namespace hc::testing {

class FaultProxy {
 public:
  enum class Fault {
    Status500,         // answer 500 `rpc error: injected` without contacting upstream
    Status429,         // answer 429 with an empty body without contacting upstream
    Status403,         // answer 403 `ACL not found` without contacting upstream
    Refuse,            // stop listening and close client connections until clear()
    ResetMidBody,      // forward; send headers + half the body, then reset the connection
    Hang,              // never answer; reset the connection on clear() or stop
    IndexBackwards,    // forward; X-Consul-Index := Rule::index (default 1)
    IndexZero,         // forward; X-Consul-Index := 0
    IndexMissing,      // forward; drop X-Consul-Index
    MalformedJson,     // forward; 200 with body `{"truncated":`
    NotKnownLeader,    // forward; X-Consul-Knownleader := false
    LargeLastContact,  // forward; X-Consul-Lastcontact := Rule::lastContactMs
    Trickle,           // forward; write the body Rule::trickleBytes at a time
  };

  struct Rule {
    std::string targetContains;    // only requests whose target (path+query) contains this
    int count = -1;                // the next N matching requests; -1 = until clear()
    std::uint64_t index = 1;       // IndexBackwards: the X-Consul-Index written
    long lastContactMs = 10000;    // LargeLastContact: the X-Consul-Lastcontact written
    std::size_t trickleBytes = 5;  // Trickle: bytes per write
    std::chrono::milliseconds trickleDelay{20};  // Trickle: pause between writes
  };

  // One request as the proxy saw it. The token is redacted: only whether one was sent.
  struct SeenRequest {
    std::string method;
    std::string target;     // path + query, as sent by the client
    bool hadToken = false;  // an X-Consul-Token header was present
    std::chrono::steady_clock::time_point arrived;
    std::optional<Fault> fault;  // the fault applied, if any
    int upstreamStatus = 0;      // status from the real agent; 0 = not (yet) answered upstream
  };

  // Starts listening at once; throws std::runtime_error when it cannot.
  FaultProxy(std::string upstreamHost, int upstreamPort);
  ~FaultProxy();
  FaultProxy(const FaultProxy&) = delete;
  FaultProxy& operator=(const FaultProxy&) = delete;

  int port() const { return port_; }
  std::string address() const { return "127.0.0.1:" + std::to_string(port_); }

  // Both return once the change is in effect (for Refuse: nothing listens any more; after
  // clear(): listening again). count must be -1 or positive (std::invalid_argument otherwise).
  void set(Fault fault, Rule rule);
  void set(Fault fault) { set(fault, Rule()); }
  void clear();

  std::vector<SeenRequest> requests() const;
  std::size_t count(std::string_view targetSubstring) const;
  // Waits until at least n requests whose target contains `substring` have arrived.
  bool waitForRequests(std::string_view substring, std::size_t n,
                       std::chrono::milliseconds timeout) const;
  std::size_t connectionsAccepted() const;

  static const char* name(Fault fault);

 private:
  struct Connection;
  struct Request;
  struct Upstream;
  struct ActiveRule {
    Fault fault;
    Rule rule;
  };

  void acceptLoop();
  void reapFinished(std::unique_lock<std::mutex>& lk);  // joins finished connection threads
  void serve(const std::shared_ptr<Connection>& conn);
  bool handle(Connection& conn, Poco::Net::HTTPClientSession& session, const Request& req,
              bool& reset);
  bool forward(Connection& conn, Poco::Net::HTTPClientSession& session, const Request& req,
               Upstream& out);
  bool trickle(Connection& conn, const std::string& head, const std::string& body,
               const Rule& rule);
  void shutdownConnection(Connection& conn);  // mu_ held
  void finish(Connection& conn, bool reset);
  std::size_t countLocked(std::string_view substring) const;
  void wake();

  const std::string upstreamHost_;
  const int upstreamPort_;
  int port_ = 0;
  int listenFd_ = -1;  // owned by the accept thread once it runs
  int wakeFds_[2] = {-1, -1};

  mutable std::mutex mu_;
  mutable std::condition_variable cv_;
  bool stopping_ = false;
  bool wantListening_ = true;
  bool listening_ = true;
  std::string listenError_;
  std::uint64_t epoch_ = 0;  // bumped by clear(): releases hung requests
  std::vector<ActiveRule> rules_;
  std::vector<SeenRequest> log_;
  std::size_t accepted_ = 0;
  std::list<std::shared_ptr<Connection>> connections_;
  std::thread acceptThread_;
};

}  // namespace hc::testing
