#pragma once
// ConsulAgent: a real Consul dev agent for integration tests, on loopback, on free ports, in a
// temp dir; started by the test and stopped (SIGTERM, then SIGKILL) when the object goes.
//
// The binary: $HC_CONSUL, else `consul` on PATH, else the copy scripts/fetch-consul.sh unpacks
// under .cache/consul. Nothing here fakes Consul.
//
// ConsulAgentOptions add to the default agent: extra HCL (`{dir}` stands for the agent's temp
// dir, e.g. for a unix socket or certificates), an HTTPS port (the HCL must then give
// cert_file/key_file), and the token request() sends (for agents with ACLs on).
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace hc::testing {

inline int freeLoopbackPort() {
  Poco::Net::ServerSocket s(Poco::Net::SocketAddress("127.0.0.1", 0));
  return s.address().port();
}

/// Stops a child the test started: SIGTERM, up to 5 s for it to exit (polled: waitpid has no
/// timeout), then SIGKILL. Sets `pid` to -1.
inline void stopChild(pid_t& pid) {
  if (pid <= 0) return;
  ::kill(pid, SIGTERM);
  for (int i = 0; i < 100; ++i) {
    if (::waitpid(pid, nullptr, WNOHANG) == pid) {
      pid = -1;
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ::kill(pid, SIGKILL);
  ::waitpid(pid, nullptr, 0);
  pid = -1;
}

inline std::string findConsul() {
  if (const char* env = std::getenv("HC_CONSUL")) return env;
  if (std::system("command -v consul >/dev/null 2>&1") == 0) return "consul";
  std::filesystem::path cached =
      std::filesystem::path(HC_SOURCE_DIR) / ".cache/consul/root/usr/bin/consul";
  if (std::filesystem::exists(cached)) return cached.string();
  return "";
}

struct HttpReply {
  int status = 0;
  std::string body;
};

struct ConsulAgentOptions {
  std::vector<std::string> hcl;  ///< Extra -hcl fragments; `{dir}` is the agent's temp dir.
  bool https = false;            ///< Also listen for HTTPS on httpsPort().
  std::string token;             ///< X-Consul-Token for request().
};

class ConsulAgent {
 public:
  ConsulAgent() : ConsulAgent(ConsulAgentOptions{}) {}

  explicit ConsulAgent(const ConsulAgentOptions& options) : token_(options.token) {
    binary_ = findConsul();
    if (binary_.empty())
      throw std::runtime_error("no consul binary: run scripts/fetch-consul.sh (or set HC_CONSUL)");
    dir_ = std::filesystem::temp_directory_path() /
           ("hc-consul-" + std::to_string(::getpid()) + "-" + std::to_string(freeLoopbackPort()));
    std::filesystem::create_directories(dir_);
    httpPort_ = freeLoopbackPort();
    if (options.https) httpsPort_ = freeLoopbackPort();
    serfWanPort_ = freeLoopbackPort();
    std::string ports = "ports { http = " + std::to_string(httpPort_) +
                        (options.https ? " https = " + std::to_string(httpsPort_) : "") +
                        " dns = -1 grpc = -1 serf_lan = " + std::to_string(freeLoopbackPort()) +
                        " serf_wan = " + std::to_string(serfWanPort_) +
                        " server = " + std::to_string(freeLoopbackPort()) + " }";
    std::vector<std::string> args = {binary_,         "agent",      "-dev",        "-bind",
                                     "127.0.0.1",     "-client",    "127.0.0.1",   "-node",
                                     "hc-test-agent", "-data-dir",  dir_.string(), "-hcl",
                                     ports,           "-log-level", "warn"};
    for (std::string fragment : options.hcl) {
      for (size_t at = fragment.find("{dir}"); at != std::string::npos;
           at = fragment.find("{dir}", at + dir_.string().size()))
        fragment.replace(at, 5, dir_.string());
      args.push_back("-hcl");
      args.push_back(fragment);
    }
    pid_ = ::fork();
    if (pid_ == 0) {
      std::string log = (dir_ / "consul.log").string();
      FILE* f = std::freopen(log.c_str(), "w", stdout);
      (void)f;
      ::dup2(::fileno(stdout), 2);
      std::vector<char*> argv;
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      ::execvp(argv[0], argv.data());
      ::_exit(127);
    }
    waitForLeader();
  }

  ~ConsulAgent() {
    stopChild(pid_);
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }

  ConsulAgent(const ConsulAgent&) = delete;
  ConsulAgent& operator=(const ConsulAgent&) = delete;

  int httpPort() const { return httpPort_; }
  /// 0 unless ConsulAgentOptions::https.
  int httpsPort() const { return httpsPort_; }
  /// The WAN gossip port: another agent joins this one's datacenter federation through it.
  int serfWanPort() const { return serfWanPort_; }
  std::string address() const { return "127.0.0.1:" + std::to_string(httpPort_); }
  /// The agent's temp dir (data, log, and whatever `{dir}` placed there); removed with it.
  const std::filesystem::path& dir() const { return dir_; }

  HttpReply request(const std::string& method, const std::string& path,
                    const std::string& body = "") const {
    Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(httpPort_));
    session.setTimeout(Poco::Timespan(10, 0));
    Poco::Net::HTTPRequest req(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    req.setContentLength(static_cast<std::streamsize>(body.size()));
    if (!token_.empty()) req.set("X-Consul-Token", token_);
    session.sendRequest(req) << body;
    Poco::Net::HTTPResponse resp;
    std::istream& in = session.receiveResponse(resp);
    HttpReply r;
    r.status = resp.getStatus();
    Poco::StreamCopier::copyToString(in, r.body);
    return r;
  }

 private:
  // The agent answers HTTP before it has elected itself leader; registrations need a leader.
  // Polled: there is no event to wait on from outside the process.
  void waitForLeader() {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (std::chrono::steady_clock::now() < deadline) {
      int status = 0;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        throw std::runtime_error("consul agent exited; see " + (dir_ / "consul.log").string());
      }
      try {
        HttpReply r = request("GET", "/v1/status/leader");
        if (r.status == 200 && r.body.size() > 2) return;
      } catch (const Poco::Exception&) {
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    throw std::runtime_error("consul agent did not elect a leader within 30 s");
  }

  std::string binary_;
  std::string token_;
  std::filesystem::path dir_;
  int httpPort_ = 0;
  int httpsPort_ = 0;
  int serfWanPort_ = 0;
  pid_t pid_ = -1;
};

}  // namespace hc::testing
