#pragma once
// HaproxyProcess: a real haproxy 2.6 (`haproxy` on PATH) for integration tests, in master-worker
// mode (`-W -S <dir>/master.sock`), in a temp dir, on free loopback ports, with an admin stats
// socket at adminSocket() and backend `web` (balance roundrobin) whose servers s1 and s2 point
// at free loopback ports (nothing listens there; no checks). Started by the constructor, which
// waits until the admin socket answers; stopped (SIGTERM to the master, then SIGKILL) when the
// object goes. Nothing here fakes haproxy.
#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <thread>

#include "consul_agent.h"

namespace hc::testing {

class HaproxyProcess {
 public:
  HaproxyProcess() {
    if (std::system("command -v haproxy >/dev/null 2>&1") != 0)
      throw std::runtime_error("no haproxy on PATH (apt-get install -y haproxy)");
    dir_ = std::filesystem::temp_directory_path() /
           ("hc-haproxy-" + std::to_string(::getpid()) + "-" + std::to_string(freeLoopbackPort()));
    std::filesystem::create_directories(dir_);
    frontendPort_ = freeLoopbackPort();
    s1Port_ = freeLoopbackPort();
    s2Port_ = freeLoopbackPort();
    {
      std::ofstream cfg(dir_ / "haproxy.cfg");
      cfg << "global\n  stats socket " << adminSocket() << " level admin\n  stats timeout 30s\n"
          << "defaults\n  mode http\n  timeout connect 1s\n  timeout client 5s\n"
          << "  timeout server 5s\n"
          << "frontend fe\n  bind 127.0.0.1:" << frontendPort_ << "\n  default_backend web\n"
          << "backend web\n  balance roundrobin\n"
          << "  server s1 127.0.0.1:" << s1Port_ << "\n"
          << "  server s2 127.0.0.1:" << s2Port_ << "\n";
    }
    std::string cfgPath = (dir_ / "haproxy.cfg").string(), master = masterSocket();
    pid_ = ::fork();
    if (pid_ == 0) {
      std::string log = (dir_ / "haproxy.log").string();
      FILE* f = std::freopen(log.c_str(), "w", stdout);
      (void)f;
      ::dup2(::fileno(stdout), 2);
      ::execlp("haproxy", "haproxy", "-W", "-S", master.c_str(), "-f", cfgPath.c_str(),
               static_cast<char*>(nullptr));
      ::_exit(127);
    }
    waitForSocket();
  }

  ~HaproxyProcess() {
    stopChild(pid_);
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }

  HaproxyProcess(const HaproxyProcess&) = delete;
  HaproxyProcess& operator=(const HaproxyProcess&) = delete;

  std::string adminSocket() const { return (dir_ / "admin.sock").string(); }
  std::string masterSocket() const { return (dir_ / "master.sock").string(); }
  const std::filesystem::path& dir() const { return dir_; }
  pid_t masterPid() const { return pid_; }
  int frontendPort() const { return frontendPort_; }
  int s1Port() const { return s1Port_; }
  int s2Port() const { return s2Port_; }

 private:
  // Polled: the socket file appears before haproxy serves it, and there is no readiness event.
  void waitForSocket() {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (std::chrono::steady_clock::now() < deadline) {
      if (::waitpid(pid_, nullptr, WNOHANG) == pid_) {
        pid_ = -1;
        throw std::runtime_error("haproxy exited; see " + (dir_ / "haproxy.log").string());
      }
      if (answers()) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    throw std::runtime_error("haproxy admin socket did not answer within 20 s");
  }

  bool answers() const {
    int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un sa{};
    sa.sun_family = AF_UNIX;
    std::string path = adminSocket();
    path.copy(sa.sun_path, sizeof sa.sun_path - 1);
    bool ok = false;
    if (::connect(fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa) == 0) {
      const char cmd[] = "show info\n";
      char buf[64];
      ok = ::write(fd, cmd, sizeof cmd - 1) == sizeof cmd - 1 && ::read(fd, buf, sizeof buf) > 0;
    }
    ::close(fd);
    return ok;
  }

  std::filesystem::path dir_;
  int frontendPort_ = 0, s1Port_ = 0, s2Port_ = 0;
  pid_t pid_ = -1;
};

}  // namespace hc::testing
