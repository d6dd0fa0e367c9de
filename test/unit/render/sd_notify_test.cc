#include "hc/render/sd_notify.h"

#include <gtest/gtest.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <optional>

#include "unit/render/temp_dir.h"

namespace hc::render {
namespace {

using testing::TempDir;

/// Sets NOTIFY_SOCKET for one test and restores the previous value.
class NotifySocketEnv {
 public:
  explicit NotifySocketEnv(const std::optional<std::string>& value) {
    if (const char* old = std::getenv("NOTIFY_SOCKET")) old_ = old;
    if (value) {
      ::setenv("NOTIFY_SOCKET", value->c_str(), 1);
    } else {
      ::unsetenv("NOTIFY_SOCKET");
    }
  }
  ~NotifySocketEnv() {
    if (old_) {
      ::setenv("NOTIFY_SOCKET", old_->c_str(), 1);
    } else {
      ::unsetenv("NOTIFY_SOCKET");
    }
  }

 private:
  std::optional<std::string> old_;
};

/// A bound unix datagram socket: a path, or an abstract name when `name` starts with '@'.
class Listener {
 public:
  explicit Listener(const std::string& name) {
    fd_ = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::memcpy(addr.sun_path, name.data(), name.size());
    if (name[0] == '@') addr.sun_path[0] = '\0';
    auto len = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + name.size());
    bound_ = ::bind(fd_, reinterpret_cast<sockaddr*>(&addr), len) == 0;
  }
  ~Listener() { ::close(fd_); }
  bool bound() const { return bound_; }
  /// The next datagram, "" after a second without one.
  std::string receive() {
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, 1000) != 1) return "";
    char buf[4096];
    ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
    return n > 0 ? std::string(buf, static_cast<size_t>(n)) : "";
  }

 private:
  int fd_;
  bool bound_ = false;
};

TEST(SdNotifyTest, SendsTheStateToAPathSocket) {
  TempDir dir;
  Listener listener(dir / "notify.sock");
  ASSERT_TRUE(listener.bound());
  NotifySocketEnv env(dir / "notify.sock");
  EXPECT_TRUE(sdNotify("READY=1"));
  EXPECT_EQ(listener.receive(), "READY=1");
  EXPECT_TRUE(sdNotify("STATUS=rendered 3 templates\nRELOADING=1"));
  EXPECT_EQ(listener.receive(), "STATUS=rendered 3 templates\nRELOADING=1");
}

TEST(SdNotifyTest, SendsTheStateToAnAbstractSocket) {
  const std::string name = "@hc-render-test-" + std::to_string(::getpid());
  Listener listener(name);
  ASSERT_TRUE(listener.bound());
  NotifySocketEnv env(name);
  EXPECT_TRUE(sdNotify("READY=1"));
  EXPECT_EQ(listener.receive(), "READY=1");
}

TEST(SdNotifyTest, FalseWhenUnsetEmptyOrUnreachable) {
  {
    NotifySocketEnv env(std::nullopt);
    EXPECT_FALSE(sdNotify("READY=1"));
  }
  {
    NotifySocketEnv env{std::string()};
    EXPECT_FALSE(sdNotify("READY=1"));
  }
  {
    TempDir dir;
    NotifySocketEnv env(dir / "nobody-listens.sock");
    EXPECT_FALSE(sdNotify("READY=1"));
  }
  {
    NotifySocketEnv env(std::string("relative.sock"));
    EXPECT_FALSE(sdNotify("READY=1"));
  }
}

}  // namespace
}  // namespace hc::render
