#pragma once
// The daemon in template mode: consul-template's `consul-template -template ... / -config ...`
// run loop. It loads the configuration (config::load), reads data from Consul through the
// Watcher or from a catalog file (-catalog-file, re-read when the file changes), drives the
// Runner, and handles signals:
//   SIGHUP (reload_signal)  re-read configuration files and templates, render again
//   SIGINT (kill_signal)    stop, exit 12 (consul-template's "interrupt")
//   SIGTERM                 stop, exit 0 (consul-template ignores it)
// It writes the pid file, and sends READY=1 to $NOTIFY_SOCKET after the first complete render;
// with -once it exits there.
//
// Exit codes (exit_codes.h): 0, 12 on SIGINT, 14 for a template error at start, a failed command
// with exit_on_command_failure, or Consul retries exhausted with exit_on_retry_failure; 15 for
// configuration errors.
#include <string>
#include <vector>

#include "hc/config/config.h"

namespace hc::app {

/// Runs the daemon until it stops; returns the process exit code. `cli` is kept for reloads.
/// Must be called from the main thread before any other thread exists (it blocks the signals
/// it handles for every thread it starts).
int runDaemon(const config::CommandLine& cli);

}  // namespace hc::app
