#pragma once
// DaemonProcess: the real haproxy-consul binary started by a test, with its own environment,
// stdout and stderr captured to files in a temp dir, a NOTIFY_SOCKET to receive sd_notify
// messages on, signals, and a wait for its exit.
#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace hc::testing {

inline std::string readAll(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// Polls `pred` every 5 ms until it holds or `timeout` passes (for effects only visible in the
/// file system, which has no event a test could wait on portably).
inline bool eventually(const std::function<bool()>& pred,
                       std::chrono::milliseconds timeout = std::chrono::milliseconds(5000)) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!pred()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return true;
}

class DaemonProcess {
 public:
  DaemonProcess(const std::filesystem::path& dir, std::vector<std::string> args,
                std::vector<std::string> env = {})
      : dir_(dir) {
    notifyPath_ = (dir / "notify.sock").string();
    notifyFd_ = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", notifyPath_.c_str());
    ::unlink(notifyPath_.c_str());
    ::bind(notifyFd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    env.push_back("NOTIFY_SOCKET=" + notifyPath_);
    args.insert(args.begin(), HC_BINARY);
    pid_ = ::fork();
    if (pid_ == 0) {
      ::setpgid(0, 0);
      std::string out = (dir / "stdout").string(), err = (dir / "stderr").string();
      if (!std::freopen(out.c_str(), "w", stdout) || !std::freopen(err.c_str(), "w", stderr))
        ::_exit(127);
      for (auto& e : env) ::putenv(e.data());
      std::vector<char*> argv;
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      ::execv(argv[0], argv.data());
      ::_exit(127);
    }
  }
  ~DaemonProcess() {
    if (pid_ > 0 && !exitCode_) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
    if (notifyFd_ >= 0) ::close(notifyFd_);
  }

  pid_t pid() const { return pid_; }
  void signal(int sig) { ::kill(pid_, sig); }

  /// The next sd_notify datagram, or nullopt after `timeout`.
  std::optional<std::string> notification(
      std::chrono::milliseconds timeout = std::chrono::milliseconds(10000)) {
    timeval tv{static_cast<time_t>(timeout.count() / 1000),
               static_cast<suseconds_t>((timeout.count() % 1000) * 1000)};
    ::setsockopt(notifyFd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    char buf[512];
    ssize_t n = ::recv(notifyFd_, buf, sizeof buf, 0);
    if (n <= 0) return std::nullopt;
    return std::string(buf, static_cast<size_t>(n));
  }

  /// Waits for the process to exit; its exit code (128+signal when killed), nullopt on timeout.
  std::optional<int> wait(std::chrono::milliseconds timeout = std::chrono::milliseconds(10000)) {
    if (exitCode_) return exitCode_;
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
      int status = 0;
      pid_t r = ::waitpid(pid_, &status, WNOHANG);
      if (r == pid_) {
        exitCode_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        return exitCode_;
      }
      if (std::chrono::steady_clock::now() > deadline) return std::nullopt;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  }
  bool running() {
    int status = 0;
    pid_t r = ::waitpid(pid_, &status, WNOHANG);
    if (r == pid_) {
      exitCode_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      return false;
    }
    return !exitCode_;
  }

  std::string out() const { return readAll(dir_ / "stdout"); }
  std::string err() const { return readAll(dir_ / "stderr"); }

 private:
  std::filesystem::path dir_;
  std::string notifyPath_;
  int notifyFd_ = -1;
  pid_t pid_ = -1;
  std::optional<int> exitCode_;
};

}  // namespace hc::testing
