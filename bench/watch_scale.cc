// watch_scale: the Consul-watching core of the daemon at 1,000 services, against a real Consul
// dev agent with its default limits (http_max_conns_per_client 200), measured from outside.
//
// One program, two roles:
//  - The parent starts a Consul dev agent (test/integration/consul_agent.h), registers N services
//    (2 instances each, on different nodes, each with a passing check), writes the template
//    below (N + 1 dependencies) and spawns the child. It reads the child's figures from /proc
//    (VmRSS, VmHWM, Threads, utime + stime, TCP connections to Consul's port), what Consul holds
//    for the child's address from /proc/net/tcp (the count Consul's per-client limit applies
//    to), and times the child's answers on steady_clock (CLOCK_MONOTONIC: one clock for every
//    process on Linux). Its own writes come from 127.0.0.2, outside the child's limit.
//  - The child (`--serve <consul-addr> <template-file>`) is the daemon core: Watcher (default
//    WatcherOptions) + Brain + the template rendered with N-pass discovery. Each render watches
//    what it used; a render with nothing missing is complete. It prints `ready <ns>` after the
//    first complete render; for `expect <token>` on stdin it prints `armed <token>`, then
//    `seen <token> <ns>` after the first complete render whose output holds "<token>\n"; for
//    `status` it prints the Watcher's counters; on EOF it stops the Watcher and exits.
//
// Measured: first full render (spawn -> ready, fresh child per run), RSS/HWM/threads/connections
// after the first render, after the change phases and after idle; change latency (write sent ->
// first complete render holding it) for changes to random services one after another (most of
// them cold watches) and for changes in a row to one service; CPU over an idle period.
//
// Usage: watch_scale [--services N] [--idle-seconds S] [--max-connections C] [--runs R]
//                    [--random-changes K] [--row-changes K]
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include "consul_agent.h"
#include "hc/consul/brain.h"
#include "hc/consul/client_config.h"
#include "hc/consul/consul_client.h"
#include "hc/consul/render_context.h"
#include "hc/consul/template_functions.h"
#include "hc/consul/watcher.h"
#include "hc/template/funcs.h"
#include "hc/template/template.h"
#include "machine.h"

extern char** environ;

using namespace hc;
using Clock = std::chrono::steady_clock;

namespace {

const char* kTemplate =
    "{{range services}}{{if ne .Name \"consul\"}}backend {{.Name}}\n"
    "{{range service .Name}}  server {{.Node}}_{{.ID}} {{.Address}}:{{.Port}}\n"
    "{{end}}{{end}}{{end}}";

int64_t nowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch())
      .count();
}

// ---------------------------------------------------------------------------------------------
// Child: the daemon core.

/// One whole line per write(2), so lines from different threads never interleave.
void emit(const std::string& line) {
  static std::mutex mu;
  std::lock_guard<std::mutex> lock(mu);
  std::string s = line + "\n";
  const char* p = s.data();
  size_t left = s.size();
  while (left > 0) {
    ssize_t n = ::write(1, p, left);
    if (n <= 0) return;
    p += n;
    left -= static_cast<size_t>(n);
  }
}

int serve(const std::string& address, const std::string& templatePath, size_t maxConnections) {
  // stdout is the pipe to the parent: the Watcher's log lines go to stderr.
  spdlog::set_default_logger(spdlog::stderr_logger_mt("watch_scale"));
  consul::ClientConfig config;
  config.setAddress(address);
  std::ifstream in(templatePath);
  std::stringstream text;
  text << in.rdbuf();

  auto brain = std::make_shared<consul::Brain>();
  auto ctx = std::make_shared<consul::RenderContext>(brain);
  tmpl::FuncMap funcs = tmpl::helperFuncs();
  for (auto& [name, fn] : consul::consulFuncs(ctx)) funcs[name] = fn;
  auto parsed = tmpl::Template::parse(templatePath, text.str(), funcs);
  tmpl::ExecOptions execOpts;
  execOpts.missingKey = tmpl::MissingKey::Zero;  // consul-template's default

  std::mutex mu;
  std::condition_variable cv;
  bool dirty = true;  // the first render runs at once, over an empty Brain
  bool stopping = false;
  std::vector<std::string> pending;  // tokens expected, not yet seen
  std::string lastOutput;            // the last complete render
  int64_t lastOutputNs = 0;
  uint64_t renders = 0;
  uint64_t completeRenders = 0;
  std::atomic<uint64_t> failures{0};
  std::atomic<uint64_t> rateLimited{0};

  consul::WatcherListener listener;
  listener.changed = [&](const consul::Dependency&) {
    {
      std::lock_guard<std::mutex> lock(mu);
      dirty = true;
    }
    cv.notify_one();
  };
  listener.failed = [&](const consul::Dependency&, const consul::ConsulError& e, bool) {
    ++failures;
    if (e.kind() == consul::ConsulErrorKind::RateLimited) ++rateLimited;
  };
  consul::WatcherOptions options;
  if (maxConnections > 0) options.maxConnections = maxConnections;
  consul::Watcher watcher(consul::consulClientFactory(config), brain, options, listener);
  watcher.start();

  std::thread input([&] {
    std::string line;
    while (std::getline(std::cin, line)) {
      if (line.rfind("expect ", 0) == 0) {
        std::string token = line.substr(7);
        std::lock_guard<std::mutex> lock(mu);
        emit("armed " + token);
        if (completeRenders > 0 && lastOutput.find(token + "\n") != std::string::npos) {
          emit("seen " + token + " " + std::to_string(lastOutputNs));
        } else {
          pending.push_back(token);
        }
      } else if (line == "status") {
        consul::WatcherStatus s = watcher.status();
        size_t hot = 0;
        size_t withData = 0;
        for (const auto& w : s.watches) {
          hot += w.hot ? 1 : 0;
          withData += w.hasData ? 1 : 0;
        }
        uint64_t r = 0;
        uint64_t c = 0;
        size_t waiting = 0;
        {
          std::lock_guard<std::mutex> lock(mu);
          r = renders;
          c = completeRenders;
          waiting = pending.size();
        }
        std::ostringstream o;
        o << "status requests=" << s.requests << " errors=" << s.errors
          << " failed=" << failures.load() << " rate_limited=" << rateLimited.load()
          << " changes=" << s.changes << " sweeps=" << s.sweeps << " swept=" << s.swept
          << " feeds=" << s.feeds << " connections=" << s.connections
          << " watches=" << s.watches.size() << " with_data=" << withData << " hot=" << hot
          << " hot_capacity=" << watcher.hotCapacity() << " renders=" << r << " complete=" << c
          << " expected_unseen=" << waiting;
        emit(o.str());
      }
    }
    {
      std::lock_guard<std::mutex> lock(mu);
      stopping = true;
    }
    cv.notify_one();
  });

  bool ready = false;
  while (true) {
    {
      std::unique_lock<std::mutex> lock(mu);
      cv.wait(lock, [&] { return dirty || stopping; });
      if (stopping) break;
      dirty = false;
    }
    ctx->clear();
    std::string out;
    try {
      out = parsed->execute(tmpl::Value(), funcs, execOpts);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "watch_scale child: render failed: %s\n", e.what());
      continue;
    }
    int64_t ns = nowNs();
    watcher.watch(ctx->used().list());
    bool complete = ctx->missing().empty();
    std::lock_guard<std::mutex> lock(mu);
    ++renders;
    if (!complete) continue;
    ++completeRenders;
    if (!ready) {
      ready = true;
      emit("ready " + std::to_string(ns));
    }
    for (auto it = pending.begin(); it != pending.end();) {
      if (out.find(*it + "\n") != std::string::npos) {
        emit("seen " + *it + " " + std::to_string(ns));
        it = pending.erase(it);
      } else {
        ++it;
      }
    }
    lastOutput = std::move(out);
    lastOutputNs = ns;
  }
  input.join();
  watcher.stop();
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Parent: Consul, the child, /proc.

std::string readFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

/// A "Name:   value kB" field of /proc/<pid>/status, as a number (kB for memory fields).
long procStatus(pid_t pid, const std::string& field) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(field + ":", 0) == 0) return std::atol(line.c_str() + field.size() + 1);
  return -1;
}

/// utime + stime of the process (all its threads) in ms.
double procCpuMs(pid_t pid) {
  std::string stat = readFile("/proc/" + std::to_string(pid) + "/stat");
  size_t p = stat.rfind(')');
  if (p == std::string::npos) return -1;
  std::istringstream in(stat.substr(p + 2));
  std::vector<std::string> f;
  std::string x;
  while (in >> x) f.push_back(x);
  // After "pid (comm) ": state is field 3, utime field 14, stime field 15.
  if (f.size() < 13) return -1;
  double ticks = std::atof(f[11].c_str()) + std::atof(f[12].c_str());
  return ticks * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
}

/// Established TCP connections of `pid` whose remote port is `port`.
int procConnections(pid_t pid, int port) {
  std::set<std::string> inodes;
  std::string fdDir = "/proc/" + std::to_string(pid) + "/fd";
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(fdDir, ec)) {
    char buf[64];
    ssize_t n = ::readlink(e.path().c_str(), buf, sizeof(buf) - 1);
    if (n <= 0) continue;
    std::string target(buf, static_cast<size_t>(n));
    if (target.rfind("socket:[", 0) == 0) inodes.insert(target.substr(8, target.size() - 9));
  }
  int count = 0;
  for (const char* table : {"/net/tcp", "/net/tcp6"}) {
    std::ifstream in("/proc/" + std::to_string(pid) + table);
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
      std::istringstream f(line);
      std::string sl, local, remote, st, queues, timer, retr, uid, timeout, inode;
      f >> sl >> local >> remote >> st >> queues >> timer >> retr >> uid >> timeout >> inode;
      if (st != "01" || !inodes.count(inode)) continue;
      size_t colon = remote.rfind(':');
      if (colon == std::string::npos) continue;
      if (std::stoi(remote.substr(colon + 1), nullptr, 16) == port) ++count;
    }
  }
  return count;
}

/// Consul's side of its HTTP port: connections it still holds (ESTABLISHED, and CLOSE_WAIT: the
/// client has closed, Consul has not, e.g. while a blocking query it is serving runs on), from
/// the child's address 127.0.0.1: what http_max_conns_per_client (200) counts for the child.
struct ServerSide {
  int established = 0;
  int closeWait = 0;
  int total() const { return established + closeWait; }
};

ServerSide consulSide(int port) {
  ServerSide s;
  for (const char* table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
    std::ifstream in(table);
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
      std::istringstream f(line);
      std::string sl, local, remote, st;
      f >> sl >> local >> remote >> st;
      size_t colon = local.rfind(':');
      if (colon == std::string::npos || std::stoi(local.substr(colon + 1), nullptr, 16) != port)
        continue;
      // Only the child's address, 127.0.0.1 ("0100007F", also as the tail of a v4-mapped one).
      size_t rcolon = remote.rfind(':');
      if (rcolon < 8 || remote.compare(rcolon - 8, 8, "0100007F") != 0) continue;
      if (st == "01") ++s.established;
      if (st == "08") ++s.closeWait;
    }
  }
  return s;
}

std::string loadAverage() {
  std::string s = readFile("/proc/loadavg");
  std::istringstream in(s);
  std::string a, b, c;
  in >> a >> b >> c;
  return a + " " + b + " " + c;
}

/// The child process and the pipes to it.
class Child {
 public:
  Child(const std::string& exe, const std::vector<std::string>& args) {
    int toChild[2];
    int fromChild[2];
    if (::pipe2(toChild, O_CLOEXEC) != 0 || ::pipe2(fromChild, O_CLOEXEC) != 0)
      throw std::runtime_error("pipe2 failed");
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, toChild[0], 0);
    posix_spawn_file_actions_adddup2(&fa, fromChild[1], 1);
    std::vector<std::string> all = {exe};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);
    spawnNs_ = nowNs();
    int rc = ::posix_spawn(&pid_, exe.c_str(), &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    ::close(toChild[0]);
    ::close(fromChild[1]);
    if (rc != 0) throw std::runtime_error(std::string("posix_spawn: ") + std::strerror(rc));
    in_ = toChild[1];
    out_ = fromChild[0];
  }
  ~Child() { finish(); }
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  pid_t pid() const { return pid_; }
  int64_t spawnNs() const { return spawnNs_; }

  void send(const std::string& line) {
    std::string s = line + "\n";
    if (::write(in_, s.data(), s.size()) != static_cast<ssize_t>(s.size()))
      throw std::runtime_error("write to child failed");
  }

  /// The next line from the child; nullopt on timeout or EOF.
  std::optional<std::string> readLine(std::chrono::milliseconds timeout) {
    auto deadline = Clock::now() + timeout;
    while (true) {
      size_t nl = buf_.find('\n');
      if (nl != std::string::npos) {
        std::string line = buf_.substr(0, nl);
        buf_.erase(0, nl + 1);
        if (line.rfind("seen ", 0) == 0) {
          size_t sp = line.rfind(' ');
          seen_[line.substr(5, sp - 5)] = std::atoll(line.c_str() + sp + 1);
        }
        return line;
      }
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
      pollfd p{out_, POLLIN, 0};
      int r = ::poll(&p, 1, static_cast<int>(std::max<int64_t>(left.count(), 0)));
      if (r < 0 && errno == EINTR) continue;
      if (r <= 0) return std::nullopt;
      char chunk[4096];
      ssize_t n = ::read(out_, chunk, sizeof(chunk));
      if (n <= 0) return std::nullopt;
      buf_.append(chunk, static_cast<size_t>(n));
    }
  }

  /// When the child reported `token` seen (steady_clock ns), also after expectLine gave up.
  std::optional<int64_t> seenAt(const std::string& token) const {
    auto it = seen_.find(token);
    if (it == seen_.end()) return std::nullopt;
    return it->second;
  }

  /// Reads what the child has printed so far without waiting.
  void drain() {
    while (readLine(std::chrono::milliseconds(0))) {
    }
  }

  /// The next line starting with `prefix` (other lines are skipped); nullopt on timeout.
  std::optional<std::string> expectLine(const std::string& prefix,
                                        std::chrono::milliseconds timeout) {
    auto deadline = Clock::now() + timeout;
    while (true) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
      if (left.count() <= 0) return std::nullopt;
      auto line = readLine(left);
      if (!line) return std::nullopt;
      if (line->rfind(prefix, 0) == 0) return line;
    }
  }

  /// Closes stdin (the child stops its Watcher and exits) and reaps it.
  void finish() {
    if (pid_ <= 0) return;
    if (in_ >= 0) ::close(in_);
    in_ = -1;
    for (int i = 0; i < 200; ++i) {
      if (::waitpid(pid_, nullptr, WNOHANG) == pid_) {
        pid_ = -1;
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    if (pid_ > 0) {
      std::fprintf(stderr, "watch_scale: child did not exit within 10 s of EOF; killing it\n");
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
      pid_ = -1;
    }
    if (out_ >= 0) ::close(out_);
    out_ = -1;
  }

 private:
  pid_t pid_ = -1;
  int in_ = -1;
  int out_ = -1;
  int64_t spawnNs_ = 0;
  std::string buf_;
  std::map<std::string, int64_t> seen_;
};

/// Samples the child's connections and threads every 50 ms and keeps the maximum.
class PeakSampler {
 public:
  PeakSampler(pid_t pid, int port) : pid_(pid), port_(port) {
    thread_ = std::thread([this] {
      while (!stop_) {
        maxConnections_ = std::max(maxConnections_.load(), procConnections(pid_, port_));
        maxThreads_ = std::max(maxThreads_.load(), procStatus(pid_, "Threads"));
        ServerSide side = consulSide(port_);
        if (side.total() > maxServerSide_.load()) {
          maxServerSide_ = side.total();
          maxCloseWait_ = side.closeWait;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
    });
  }
  ~PeakSampler() { stop(); }
  void stop() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
  }
  int maxConnections() const { return maxConnections_; }
  long maxThreads() const { return maxThreads_; }
  /// Peak of consulSide().total(), and the CLOSE_WAIT part of it at that moment.
  int maxServerSide() const { return maxServerSide_; }
  int closeWaitAtMax() const { return maxCloseWait_; }

 private:
  pid_t pid_;
  int port_;
  std::atomic<bool> stop_{false};
  std::atomic<int> maxConnections_{0};
  std::atomic<long> maxThreads_{0};
  std::atomic<int> maxServerSide_{0};
  std::atomic<int> maxCloseWait_{0};
  std::thread thread_;
};

struct Snapshot {
  double rssMb = 0;
  double anonMb = 0;  ///< RssAnon: heap, stacks.
  double fileMb = 0;  ///< RssFile: the mapped binary and shared libraries.
  double hwmMb = 0;
  long threads = 0;
  int connections = 0;
};

Snapshot snapshot(pid_t pid, int port) {
  Snapshot s;
  s.rssMb = procStatus(pid, "VmRSS") / 1024.0;
  s.anonMb = procStatus(pid, "RssAnon") / 1024.0;
  s.fileMb = procStatus(pid, "RssFile") / 1024.0;
  s.hwmMb = procStatus(pid, "VmHWM") / 1024.0;
  s.threads = procStatus(pid, "Threads");
  s.connections = procConnections(pid, port);
  return s;
}

std::string describe(const Snapshot& s) {
  char buf[200];
  std::snprintf(buf, sizeof(buf),
                "RSS %.1f MB (anon %.1f, file %.1f), HWM %.1f MB, threads %ld, connections to "
                "Consul %d",
                s.rssMb, s.anonMb, s.fileMb, s.hwmMb, s.threads, s.connections);
  return buf;
}

/// Nearest-rank percentile of `v` (sorted here).
double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t rank = static_cast<size_t>(std::ceil(p / 100.0 * static_cast<double>(v.size())));
  return v[std::clamp<size_t>(rank, 1, v.size()) - 1];
}

double median(std::vector<double> v) {
  return percentile(std::move(v), 50);
}

/// The address the parent's writes come from. Consul's connection limit is per client address:
/// writes from 127.0.0.2 neither use up nor suffer from the child's (127.0.0.1) share, as writes
/// from other hosts would not.
constexpr const char* kWriterAddress = "127.0.0.2";

/// A keep-alive HTTP/1.1 connection to the agent for PUTs, from kWriterAddress (plain sockets:
/// Poco 1.11 cannot choose a session's source address). Reconnects and retries on transport
/// errors; `retries()` counts them.
class Writer {
 public:
  explicit Writer(int port) : port_(port) {}
  ~Writer() { disconnect(); }
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  void put(const std::string& path, const std::string& body) {
    std::string request =
        "PUT " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port_) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
        "\r\n\r\n" + body;
    for (int attempt = 0;; ++attempt) {
      try {
        if (fd_ < 0) connect();
        sendAll(request);
        auto [status, reply] = readResponse();
        if (status != 200)
          throw std::runtime_error("PUT " + path + ": " + std::to_string(status) + " " + reply);
        return;
      } catch (const std::system_error& e) {
        disconnect();
        ++retries_;
        if (attempt >= 5) throw;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
    }
  }
  int retries() const { return retries_; }

 private:
  [[noreturn]] static void fail(const char* what) {
    throw std::system_error(errno ? errno : ECONNRESET, std::generic_category(), what);
  }

  void connect() {
    fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd_ < 0) fail("socket");
    sockaddr_in from{};
    from.sin_family = AF_INET;
    ::inet_pton(AF_INET, kWriterAddress, &from.sin_addr);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(static_cast<uint16_t>(port_));
    ::inet_pton(AF_INET, "127.0.0.1", &to.sin_addr);
    int one = 1;
    ::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    timeval tv{30, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
    if (::bind(fd_, reinterpret_cast<sockaddr*>(&from), sizeof(from)) != 0) fail("bind");
    if (::connect(fd_, reinterpret_cast<sockaddr*>(&to), sizeof(to)) != 0) fail("connect");
    buf_.clear();
  }

  void disconnect() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

  void sendAll(const std::string& data) {
    size_t done = 0;
    while (done < data.size()) {
      ssize_t n = ::send(fd_, data.data() + done, data.size() - done, MSG_NOSIGNAL);
      if (n <= 0) fail("send");
      done += static_cast<size_t>(n);
    }
  }

  /// Reads until `buf_` holds at least `n` bytes.
  void fill(size_t n) {
    char chunk[4096];
    while (buf_.size() < n) {
      errno = 0;
      ssize_t r = ::recv(fd_, chunk, sizeof(chunk), 0);
      if (r <= 0) fail("recv");
      buf_.append(chunk, static_cast<size_t>(r));
    }
  }

  /// Reads up to and including `delim`; returns what came before it.
  std::string readUntil(const std::string& delim) {
    size_t p;
    while ((p = buf_.find(delim)) == std::string::npos) fill(buf_.size() + 1);
    std::string out = buf_.substr(0, p);
    buf_.erase(0, p + delim.size());
    return out;
  }

  std::pair<int, std::string> readResponse() {
    std::string head = readUntil("\r\n\r\n");
    int status = std::atoi(head.c_str() + head.find(' ') + 1);
    std::string lower = head;
    std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
    std::string body;
    size_t cl = lower.find("\r\ncontent-length:");
    if (cl != std::string::npos) {
      size_t n = std::strtoul(lower.c_str() + cl + 17, nullptr, 10);
      fill(n);
      body = buf_.substr(0, n);
      buf_.erase(0, n);
    } else if (lower.find("transfer-encoding: chunked") != std::string::npos) {
      while (true) {
        size_t n = std::strtoul(readUntil("\r\n").c_str(), nullptr, 16);
        fill(n + 2);
        body += buf_.substr(0, n);
        buf_.erase(0, n + 2);
        if (n == 0) break;
      }
    }
    if (lower.find("connection: close") != std::string::npos) disconnect();
    return {status, body};
  }

  int port_;
  int fd_ = -1;
  std::string buf_;
  int retries_ = 0;
};

constexpr int kNodes = 100;

std::string serviceName(int s) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "svc-%04d", s);
  return buf;
}

/// Instance `k` (0 or 1) of service `s`: on node (s + 37k) mod 100, so the two are on
/// different nodes.
std::string registration(int s, int k, int port) {
  int n = (s + 37 * k) % kNodes;
  std::string id = serviceName(s) + (k == 0 ? "-a" : "-b");
  std::ostringstream b;
  b << R"({"Node":"node-)" << n << R"(","Address":"10.1.)" << n / 250 << '.' << n % 250 + 1
    << R"(","Service":{"ID":")" << id << R"(","Service":")" << serviceName(s) << R"(","Port":)"
    << port << R"(},"Check":{"CheckID":"chk-)" << id
    << R"(","Name":"check","Status":"passing","ServiceID":")" << id << "\"}}";
  return b.str();
}

/// Initial ports are 4-digit (1000 + 2s + k, s < 4000), change ports 5-digit from 40000: a
/// token ":<port>\n" never matches another one.
int initialPort(int s, int k) {
  return 1000 + 2 * s + k;
}

struct Options {
  int services = 1000;
  int idleSeconds = 30;
  size_t maxConnections = 0;  // 0 = WatcherOptions' default
  int runs = 3;
  int randomChanges = 200;
  int rowChanges = 50;
};

struct ChangeResult {
  std::vector<double> latencyMs;  // write sent -> seen
  std::vector<double> writeMs;    // the PUT alone
  int unseen = 0;
  std::vector<std::pair<std::string, int64_t>> unseenTokens;  // token, write sent (ns)
};

/// Re-registers instance k of service s with a new port and waits for the child to render it.
void change(Child& child, Writer& writer, int s, int k, int port, ChangeResult& r) {
  std::string token = ":" + std::to_string(port);
  child.send("expect " + token);
  if (!child.expectLine("armed " + token, std::chrono::seconds(10)))
    throw std::runtime_error("child did not arm " + token);
  int64_t t0 = nowNs();
  writer.put("/v1/catalog/register", registration(s, k, port));
  int64_t t1 = nowNs();
  r.writeMs.push_back((t1 - t0) / 1e6);
  auto seen = child.expectLine("seen " + token + " ", std::chrono::seconds(30));
  if (!seen) {
    ++r.unseen;
    r.unseenTokens.emplace_back(token, t0);
    std::fprintf(stderr, "watch_scale: change %s to %s not seen within 30 s\n", token.c_str(),
                 serviceName(s).c_str());
    return;
  }
  int64_t ns = std::atoll(seen->c_str() + seen->rfind(' ') + 1);
  r.latencyMs.push_back((ns - t0) / 1e6);
}

std::string childStatus(Child& child) {
  child.send("status");
  auto line = child.expectLine("status ", std::chrono::seconds(10));
  return line ? line->substr(7) : "(no answer)";
}

/// The value of `key=` in a status line.
long statusField(const std::string& status, const std::string& key) {
  size_t p = status.find(key + "=");
  if (p == std::string::npos) return -1;
  return std::atol(status.c_str() + p + key.size() + 1);
}

int runParent(const Options& opt, const std::string& exe) {
  ::signal(SIGPIPE, SIG_IGN);
  std::setvbuf(stdout, nullptr, _IOLBF, 0);
  struct utsname u {};
  ::uname(&u);
  std::printf("watch_scale: %d services x 2 instances, a template with %d dependencies\n",
              opt.services, opt.services + 1);
  std::printf("machine: %s, %ld cores, %s %s; load average at start: %s\n",
              hc::bench::cpuModel().c_str(), sysconf(_SC_NPROCESSORS_ONLN), u.sysname, u.release,
              loadAverage().c_str());

  hc::testing::ConsulAgent agent;
  std::string version = "unknown";
  try {
    auto self = nlohmann::json::parse(agent.request("GET", "/v1/agent/self").body);
    version = self["Config"]["Version"].get<std::string>();
  } catch (const std::exception&) {
  }
  std::printf("consul: %s dev agent on %s, default limits (http_max_conns_per_client 200)\n",
              version.c_str(), agent.address().c_str());

  consul::WatcherOptions wo;
  if (opt.maxConnections > 0) wo.maxConnections = opt.maxConnections;
  std::printf(
      "watcher options: maxConnections %zu, sweepConnections %zu, wait %lld ms, maxStale %lld ms, "
      "rateBurst %d / rateRefill %lld ms, sweepBurst %d / sweepRefill %lld ms, fullSweepInterval "
      "%lld ms\n",
      wo.maxConnections, wo.sweepConnections, static_cast<long long>(wo.wait.count()),
      static_cast<long long>(wo.maxStale.count()), wo.rateBurst,
      static_cast<long long>(wo.rateRefill.count()), wo.sweepBurst,
      static_cast<long long>(wo.sweepRefill.count()),
      static_cast<long long>(wo.fullSweepInterval.count()));

  // Setup: N services x 2 instances over a few keep-alive sessions.
  {
    constexpr int kWriters = 4;
    auto t0 = Clock::now();
    std::vector<std::thread> writers;
    std::atomic<bool> failed{false};
    for (int w = 0; w < kWriters; ++w) {
      writers.emplace_back([&, w] {
        try {
          Writer writer(agent.httpPort());
          for (int s = w; s < opt.services; s += kWriters)
            for (int k = 0; k < 2; ++k)
              writer.put("/v1/catalog/register", registration(s, k, initialPort(s, k)));
        } catch (const std::exception& e) {
          std::fprintf(stderr, "watch_scale: registration failed: %s\n", e.what());
          failed = true;
        }
      });
    }
    for (auto& t : writers) t.join();
    if (failed) return 1;
    std::printf("setup: %d registrations in %.1f s (%d keep-alive sessions)\n", opt.services * 2,
                std::chrono::duration<double>(Clock::now() - t0).count(), kWriters);
  }

  auto tmplPath = std::filesystem::temp_directory_path() /
                  ("hc-watch-scale-" + std::to_string(::getpid()) + ".tmpl");
  struct RemoveOnExit {
    std::filesystem::path path;
    ~RemoveOnExit() {
      std::error_code ec;
      std::filesystem::remove(path, ec);
    }
  } removeTemplate{tmplPath};
  {
    std::ofstream t(tmplPath);
    t << kTemplate;
  }
  std::vector<std::string> childArgs = {"--serve", agent.address(), tmplPath.string()};
  if (opt.maxConnections > 0) {
    childArgs.push_back("--max-connections");
    childArgs.push_back(std::to_string(opt.maxConnections));
  }
  const int port = agent.httpPort();
  const auto firstRenderTimeout = std::chrono::seconds(120);

  // First full render, a fresh child per run; the last one stays for the other phases. Each run
  // starts once Consul holds no connection on its port any more: connections of an exited
  // child that were inside a blocking query stay open on Consul's side (CLOSE_WAIT) until the
  // query's wait ends, and count against its per-client limit meanwhile.
  std::vector<double> firstMs;
  std::vector<Snapshot> afterFirst;
  std::vector<std::string> peaks;
  std::vector<std::string> released;
  std::vector<std::string> statusAfterFirst;
  std::unique_ptr<Child> child;
  for (int run = 0; run < opt.runs; ++run) {
    if (run > 0) {
      ServerSide held = consulSide(port);
      auto t0 = Clock::now();
      while (consulSide(port).total() > 0 && Clock::now() - t0 < std::chrono::seconds(120))
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
      char buf[200];
      std::snprintf(buf, sizeof(buf),
                    "after run %d exited Consul still held %d connections (%d CLOSE_WAIT), "
                    "the last released after %.1f s",
                    run, held.total(), held.closeWait,
                    std::chrono::duration<double>(Clock::now() - t0).count());
      released.push_back(buf);
    }
    child = std::make_unique<Child>(exe, childArgs);
    PeakSampler peak(child->pid(), port);
    auto ready = child->expectLine("ready ", firstRenderTimeout);
    if (!ready) {
      peak.stop();
      for (size_t i = 0; i < firstMs.size(); ++i)
        std::printf("first full render, run %zu: %.0f ms; %s; status: %s\n", i + 1, firstMs[i],
                    describe(afterFirst[i]).c_str(), statusAfterFirst[i].c_str());
      std::printf(
          "first full render, run %d: NONE within %lld s; %s; peak connections %d, peak held by "
          "Consul %d\n",
          run + 1, static_cast<long long>(firstRenderTimeout.count()),
          describe(snapshot(child->pid(), port)).c_str(), peak.maxConnections(),
          peak.maxServerSide());
      std::printf("watcher status: %s\n", childStatus(*child).c_str());
      child->finish();
      return 1;
    }
    int64_t readyNs = std::atoll(ready->c_str() + 6);
    firstMs.push_back((readyNs - child->spawnNs()) / 1e6);
    afterFirst.push_back(snapshot(child->pid(), port));
    std::this_thread::sleep_for(std::chrono::seconds(2));  // the peak window: render + 2 s
    peak.stop();
    char buf[200];
    std::snprintf(buf, sizeof(buf), "run %d: %d connections, %ld threads, %d held by Consul",
                  run + 1, peak.maxConnections(), peak.maxThreads(), peak.maxServerSide());
    peaks.push_back(buf);
    statusAfterFirst.push_back(childStatus(*child));
    if (run + 1 < opt.runs) child->finish();
  }
  {
    std::ostringstream runs;
    for (size_t i = 0; i < firstMs.size(); ++i) runs << (i ? ", " : "") << std::lround(firstMs[i]);
    std::printf(
        "\nfirst full render (spawn -> first complete render), %d runs: median %.0f ms "
        "(runs: %s ms) [target < 2000 ms]\n",
        opt.runs, median(firstMs), runs.str().c_str());
    std::vector<double> rss, hwm;
    for (const auto& s : afterFirst) {
      rss.push_back(s.rssMb);
      hwm.push_back(s.hwmMb);
    }
    std::printf("  right after it (median of runs): RSS %.1f MB, HWM %.1f MB; last run: %s\n",
                median(rss), median(hwm), describe(afterFirst.back()).c_str());
    std::printf("  peak from spawn to 2 s after it (50 ms samples):");
    for (size_t i = 0; i < peaks.size(); ++i) std::printf("%s %s", i ? ";" : "", peaks[i].c_str());
    std::printf("\n");
    for (const auto& r : released) std::printf("  %s\n", r.c_str());
    for (size_t i = 0; i < statusAfterFirst.size(); ++i)
      std::printf("  watcher status after it, run %zu: %s\n", i + 1, statusAfterFirst[i].c_str());
  }

  // Change latency.
  Writer writer(port);
  std::mt19937 rng(12345);
  int nextPort = 40000;
  ChangeResult random;
  ChangeResult row;
  PeakSampler peak(child->pid(), port);
  std::string statusBeforeChanges = childStatus(*child);
  double cpuBefore = procCpuMs(child->pid());
  auto phaseStart = Clock::now();
  std::uniform_int_distribution<int> pickService(0, opt.services - 1);
  std::uniform_int_distribution<int> pickInstance(0, 1);
  for (int i = 0; i < opt.randomChanges; ++i)
    change(*child, writer, pickService(rng), pickInstance(rng), nextPort++, random);
  double randomSeconds = std::chrono::duration<double>(Clock::now() - phaseStart).count();
  double randomCpu = procCpuMs(child->pid()) - cpuBefore;
  std::string statusAfterRandom = childStatus(*child);
  int peakHeldRandom = peak.maxServerSide();
  int closeWaitRandom = peak.closeWaitAtMax();

  int rowService = pickService(rng);
  for (int i = 0; i < opt.rowChanges; ++i)
    change(*child, writer, rowService, i % 2, nextPort++, row);
  peak.stop();
  std::string statusAfterRow = childStatus(*child);
  std::printf("\n(the benchmark's own writes come from %s; transport retries: %d)\n",
              kWriterAddress, writer.retries());
  Snapshot afterChanges = snapshot(child->pid(), port);
  ServerSide heldAfterChanges = consulSide(port);

  std::printf(
      "change latency (write sent -> first complete render holding it; the write "
      "itself included):\n");
  std::printf(
      "  (a) %d changes to random services, one after another: median %.1f ms, p90 %.1f "
      "ms, p99 %.1f ms, max %.1f ms; unseen %d\n",
      opt.randomChanges, median(random.latencyMs), percentile(random.latencyMs, 90),
      percentile(random.latencyMs, 99), percentile(random.latencyMs, 100), random.unseen);
  std::printf(
      "      the write alone: median %.1f ms, p99 %.1f ms; child CPU for the phase: %.0f "
      "ms over %.1f s\n",
      median(random.writeMs), percentile(random.writeMs, 99), randomCpu, randomSeconds);
  std::printf(
      "      Watcher requests per change: %.0f; errors during the phase: %ld; peak held by "
      "Consul: %d connections (%d CLOSE_WAIT)\n",
      static_cast<double>(statusField(statusAfterRandom, "requests") -
                          statusField(statusBeforeChanges, "requests")) /
          std::max(1, opt.randomChanges),
      statusField(statusAfterRandom, "errors") - statusField(statusBeforeChanges, "errors"),
      peakHeldRandom, closeWaitRandom);
  std::printf("      watcher status after it: %s\n", statusAfterRandom.c_str());
  if (!row.latencyMs.empty()) {
    std::vector<double> second(row.latencyMs.begin() + 1, row.latencyMs.end());
    std::printf(
        "  (b) %d changes in a row to %s: median %.1f ms, p99 %.1f ms, max %.1f ms; "
        "first %.1f ms, second %.1f ms; changes 2..%d: median %.1f ms; unseen %d\n",
        opt.rowChanges, serviceName(rowService).c_str(), median(row.latencyMs),
        percentile(row.latencyMs, 99), percentile(row.latencyMs, 100), row.latencyMs[0],
        row.latencyMs.size() > 1 ? row.latencyMs[1] : 0.0, opt.rowChanges, median(second),
        row.unseen);
    std::printf(
        "      the write alone: median %.1f ms; Watcher requests per change: %.0f; errors during "
        "the phase: %ld\n",
        median(row.writeMs),
        static_cast<double>(statusField(statusAfterRow, "requests") -
                            statusField(statusAfterRandom, "requests")) /
            std::max(1, opt.rowChanges),
        statusField(statusAfterRow, "errors") - statusField(statusAfterRandom, "errors"));
    std::printf("      watcher status after it: %s\n", statusAfterRow.c_str());
  }
  std::printf(
      "  peak during the change phases: connections %d, threads %ld; held by Consul %d (%d "
      "CLOSE_WAIT) [per-client limit 200]\n",
      peak.maxConnections(), peak.maxThreads(), peak.maxServerSide(), peak.closeWaitAtMax());
  std::printf("after the change phases: %s; held by Consul %d (%d CLOSE_WAIT)\n",
              describe(afterChanges).c_str(), heldAfterChanges.total(), heldAfterChanges.closeWait);

  // Idle: nothing changes in Consul.
  std::this_thread::sleep_for(std::chrono::seconds(2));
  std::string statusBeforeIdle = childStatus(*child);
  double idleCpu0 = procCpuMs(child->pid());
  auto idle0 = Clock::now();
  std::this_thread::sleep_for(std::chrono::seconds(opt.idleSeconds));
  double idleCpu = procCpuMs(child->pid()) - idleCpu0;
  double idleWall = std::chrono::duration<double, std::milli>(Clock::now() - idle0).count();
  Snapshot afterIdle = snapshot(child->pid(), port);
  std::string statusAfterIdle = childStatus(*child);
  std::printf(
      "\nidle %d s (after 2 s settling): child CPU %.0f ms (%.3f %% of one core); Watcher "
      "requests during it %ld, renders %ld\n",
      opt.idleSeconds, idleCpu, 100.0 * idleCpu / idleWall,
      statusField(statusAfterIdle, "requests") - statusField(statusBeforeIdle, "requests"),
      statusField(statusAfterIdle, "renders") - statusField(statusBeforeIdle, "renders"));
  ServerSide heldAfterIdle = consulSide(port);
  std::printf("after idle: %s; held by Consul %d (%d CLOSE_WAIT)\n", describe(afterIdle).c_str(),
              heldAfterIdle.total(), heldAfterIdle.closeWait);
  std::printf("watcher status at the end: %s\n", statusAfterIdle.c_str());
  child->drain();
  for (const auto* r : {&random, &row}) {
    for (const auto& [token, t0] : r->unseenTokens) {
      if (auto at = child->seenAt(token)) {
        std::printf("  change %s, not seen within 30 s: seen after %.1f s\n", token.c_str(),
                    (*at - t0) / 1e9);
      } else {
        std::printf("  change %s: still NOT seen at the end, %.1f s after its write\n",
                    token.c_str(), (nowNs() - t0) / 1e9);
      }
    }
  }
  std::printf("  errors: %ld, of them 429 (rate limited): %ld\n",
              statusField(statusAfterIdle, "errors"), statusField(statusAfterIdle, "rate_limited"));

  std::printf(
      "\nreference -- consul-template's published figures, QUOTED, not measured in this "
      "run:\n"
      "  ~85 MB RSS and 1,002 connections at 1,000 services (http_max_conns_per_client "
      "raised);\n"
      "  with Consul's default limit (200 per client): no first render within 120 s;\n"
      "  ~110 ms for the second change in a row (fixed 100 ms rate-limit floor).\n");
  std::printf("load average at end: %s\n", loadAverage().c_str());

  child->finish();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  try {
    if (!args.empty() && args[0] == "--serve") {
      if (args.size() < 3) {
        std::fprintf(stderr, "usage: watch_scale --serve <consul-addr> <template-file>\n");
        return 2;
      }
      size_t maxConnections = 0;
      if (args.size() >= 5 && args[3] == "--max-connections")
        maxConnections = std::strtoul(args[4].c_str(), nullptr, 10);
      return serve(args[1], args[2], maxConnections);
    }
    Options opt;
    for (size_t i = 0; i < args.size(); ++i) {
      auto value = [&]() -> long {
        if (i + 1 >= args.size()) throw std::invalid_argument(args[i] + " needs a value");
        return std::stol(args[++i]);
      };
      if (args[i] == "--services") {
        opt.services = static_cast<int>(value());
      } else if (args[i] == "--idle-seconds") {
        opt.idleSeconds = static_cast<int>(value());
      } else if (args[i] == "--max-connections") {
        opt.maxConnections = static_cast<size_t>(value());
      } else if (args[i] == "--runs") {
        opt.runs = static_cast<int>(value());
      } else if (args[i] == "--random-changes") {
        opt.randomChanges = static_cast<int>(value());
      } else if (args[i] == "--row-changes") {
        opt.rowChanges = static_cast<int>(value());
      } else {
        std::fprintf(stderr,
                     "usage: watch_scale [--services N] [--idle-seconds S] [--max-connections C] "
                     "[--runs R] [--random-changes K] [--row-changes K]\n");
        return 2;
      }
    }
    if (opt.services < 1 || opt.services > 4000 || opt.runs < 1) {
      std::fprintf(stderr, "watch_scale: --services must be 1..4000 and --runs at least 1\n");
      return 2;
    }
    std::error_code ec;
    std::string exe = std::filesystem::read_symlink("/proc/self/exe", ec).string();
    if (ec) exe = "/proc/self/exe";
    return runParent(opt, exe);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "watch_scale: %s\n", e.what());
    return 1;
  }
}
