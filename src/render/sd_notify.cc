#include "hc/render/sd_notify.h"

#include <spdlog/spdlog.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <cstdlib>
#include <cstring>

namespace hc::render {

bool sdNotify(const std::string& state) {
  const char* env = std::getenv("NOTIFY_SOCKET");
  if (env == nullptr || *env == '\0') return false;
  const std::string address = env;

  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  // Abstract sockets ("@name") start with a NUL byte and are not NUL-terminated.
  if (address[0] != '/' && address[0] != '@') {
    spdlog::debug("NOTIFY_SOCKET={}: unsupported address", address);
    return false;
  }
  if (address.size() >= sizeof addr.sun_path) {
    spdlog::debug("NOTIFY_SOCKET={}: address too long", address);
    return false;
  }
  std::memcpy(addr.sun_path, address.data(), address.size());
  socklen_t length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + address.size());
  if (address[0] == '@') {
    addr.sun_path[0] = '\0';
  } else {
    length += 1;  // the terminating NUL, as systemd's own sd_notify sends it
  }

  int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (fd < 0) {
    spdlog::debug("sd_notify: socket: {}", std::strerror(errno));
    return false;
  }
  ssize_t sent;
  do {
    sent = ::sendto(fd, state.data(), state.size(), MSG_NOSIGNAL,
                    reinterpret_cast<const sockaddr*>(&addr), length);
  } while (sent < 0 && errno == EINTR);
  int err = errno;
  ::close(fd);
  if (sent < 0) {
    spdlog::debug("sd_notify {} to {}: {}", state, address, std::strerror(err));
    return false;
  }
  return static_cast<size_t>(sent) == state.size();
}

}  // namespace hc::render
