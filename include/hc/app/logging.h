#pragma once
// Logging: spdlog's default logger to stderr, one line per event, in consul-template's shape:
//   2026-11-25T12:00:00.000Z [INFO] (runner) haproxy.cfg.tmpl: wrote /etc/haproxy/haproxy.cfg
// Levels take consul-template's names: TRACE, DEBUG, INFO, WARN, ERR (case-insensitive).
#include <string>

namespace hc::app {

/// Sets the level by consul-template's name; an unknown name throws config::ConfigError.
void configureLogging(const std::string& level);

}  // namespace hc::app
