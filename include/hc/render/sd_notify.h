#pragma once
// sdNotify: systemd's readiness protocol (sd_notify(3)) without libsystemd: one datagram to the
// unix socket named by $NOTIFY_SOCKET.
#include <string>

namespace hc::render {

/// Sends `state` (e.g. "READY=1", "RELOADING=1", "STOPPING=1", "STATUS=...") to
/// $NOTIFY_SOCKET: a file system path ("/run/systemd/notify") or an abstract socket ("@name").
/// Returns false when NOTIFY_SOCKET is unset or empty, names an unsupported address (vsock:,
/// a relative path) or the datagram could not be sent (the reason is logged at debug level);
/// true once sent. Never throws. The variable is left set (services may notify repeatedly).
/// Thread-safety: safe to call from any thread (reads the environment: no concurrent setenv).
bool sdNotify(const std::string& state);

}  // namespace hc::render
