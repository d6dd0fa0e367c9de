#pragma once
// The final, validated configuration of haproxy-consul: what config::load() returns after merging
// defaults, the environment, every -config file and the command line. Plain values; defaults are
// consul-template's unless marked as ours.
#include <chrono>
#include <csignal>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "hc/consul/client_config.h"
#include "hc/consul/watch_policy.h"

namespace hc::config {

/// Quiescence: render only after `min` without a change, but at the latest `max` after the
/// first change. Disabled when min is 0.
struct WaitConfig {
  std::chrono::milliseconds min{0}, max{0};
  bool enabled() const { return min.count() > 0; }
};

/// The `haproxy {}` block inside a template block and the -haproxy-* flags.
struct HaproxyConfig {
  bool enabled = false;  ///< A haproxy template (a `haproxy {}` block or -haproxy-template).
  std::string socket;    ///< Runtime API: a unix socket path or HOST:PORT.
  std::string mode = "runtime";  ///< runtime | socket-only | reload
  std::string checkCommand = "haproxy -c -f {{file}}";
  std::chrono::milliseconds minReloadInterval{0};
  std::string stateFile;
  std::string reloadCommand;  ///< The command that reloads haproxy ("" = signal the master).
};

/// One template: where it comes from, where it goes, what runs after it changed.
struct TemplateConfig {
  std::string source;                   ///< Path ("" when contents is given).
  std::optional<std::string> contents;  ///< Inline template.
  std::string destination;
  /// argv of the command run after the file changed. One element containing whitespace runs
  /// as `sh -c`. The -template flag gives one element; a config-file string is split on ","
  /// (consul-template's StringToSlice hook: `"a, b"` is {"a", " b"}); a list stays a list.
  /// `exec { command }` wins over the legacy `command`.
  std::vector<std::string> command;
  /// `exec { timeout }`, else the legacy `command_timeout`, else 30 s.
  std::chrono::milliseconds commandTimeout{std::chrono::seconds(30)};
  std::optional<unsigned> perms;  ///< File mode; unset = keep the existing mode, 0644 for new.
  std::string user, group;        ///< Name or id ("" = keep); legacy uid/gid fill them.
  bool backup = false;
  bool createDestDirs = true;
  /// Set only when the template's own wait is enabled (min > 0): it then replaces the global
  /// wait for this template; otherwise the global wait applies (consul-template's rule).
  std::optional<WaitConfig> wait;
  std::string leftDelim, rightDelim;  ///< "" = Config::defaultLeftDelim / defaultRightDelim.
  bool errorOnMissingKey = false;
  /// -template-error-fatal, else the template's error_fatal, else template_error_fatal, else
  /// true.
  bool errorFatal = true;
  std::vector<std::string> functionDenylist;  ///< function_denylist + legacy function_blacklist.
  std::string sandboxPath;
  HaproxyConfig haproxy;
};

/// consul { auth { } } and -consul-auth user[:pass]: HTTP basic auth (kept; not sent yet).
struct ConsulAuth {
  bool enabled = false;  ///< Explicit, or implied by a username or password.
  std::string username, password;
};

/// exec { } and -exec*: consul-template's supervise mode. Parsed and kept; haproxy-consul does not
/// run a child process (Config::warnings says so when it is enabled).
struct ExecConfig {
  bool enabled = false;
  std::vector<std::string> command;
  int killSignal = SIGINT;
  std::chrono::milliseconds killTimeout{std::chrono::seconds(30)};
  std::optional<int> reloadSignal;  ///< Unset = restart the child.
  std::chrono::milliseconds splay{0};
  std::chrono::milliseconds timeout{0};
  bool envPristine = false;
  std::vector<std::string> envCustom, envAllowlist, envDenylist;
};

/// deduplicate { } and -dedup: parsed and kept; haproxy-consul does not de-duplicate (warned).
struct DedupConfig {
  bool enabled = false;  ///< Explicit, or implied by any key of the block.
  std::string prefix = "consul-template/dedup/";
  std::chrono::milliseconds ttl{std::chrono::seconds(15)};
  std::chrono::milliseconds maxStale{std::chrono::seconds(2)};
  std::chrono::milliseconds blockQueryWait{std::chrono::seconds(60)};
};

/// syslog { } and -syslog*: kept for the logging setup.
struct SyslogConfig {
  bool enabled = false;  ///< Explicit, or implied by facility or name.
  std::string facility = "LOCAL0";
  std::string name = "haproxy-consul";
};

/// log_file { } and -log-file / -log-rotate-*: kept for the logging setup.
struct LogFileConfig {
  std::string path;
  int rotateBytes = 0;
  std::chrono::milliseconds rotateDuration{std::chrono::hours(24)};
  int rotateMaxFiles = 0;
};

struct Config {
  hc::consul::ClientConfig consul;  ///< Address, token, token file, TLS (env, files, flags).
  hc::consul::RetryPolicy retry;    ///< consul { retry { } }, -consul-retry*.
  ConsulAuth consulAuth;
  std::string consulNamespace;  ///< consul { namespace } or CONSUL_NAMESPACE (kept).
  size_t maxConnections = 64;   ///< Ours: consul { max_connections }, -consul-max-connections.
  std::vector<TemplateConfig> templates;  ///< Files' templates first, then -template flags.
  WaitConfig wait;                        ///< Global quiescence (disabled by -once).
  std::chrono::milliseconds maxStale{std::chrono::seconds(2)};
  std::chrono::milliseconds blockQueryWait{std::chrono::seconds(60)};
  std::string logLevel = "WARN";  ///< TRACE DEBUG INFO WARN ERR (stored upper-case).
  std::string pidFile;
  int killSignal = SIGINT;                            ///< 0 (SIGNULL, `kill_signal = ""`) = none.
  int reloadSignal = SIGHUP;                          ///< 0 = none.
  bool once = false, dry = false, parseOnly = false;  ///< Command line only.
  bool errOnFailedLookup = false;
  std::string catalogFile;            ///< Ours: -catalog-file / catalog_file instead of Consul.
  bool exitOnCommandFailure = false;  ///< Ours: consul-template's exit on a failed command.
  std::string statusAddr;             ///< Ours: -status-addr / status_addr HOST:PORT.
  std::string defaultLeftDelim = "{{", defaultRightDelim = "}}";
  std::vector<std::string> configPaths;  ///< Every -config, in order (SIGHUP re-reads them).

  ExecConfig exec;
  DedupConfig dedup;
  SyslogConfig syslog;
  LogFileConfig logFile;
  bool vaultConfigured = false;  ///< A vault {} block or -vault-* flag was given (ignored).
  bool nomadConfigured = false;  ///< A nomad {} block was given (ignored).

  /// Things worth a log line that are not errors: settings accepted but not acted on, legacy
  /// forms, `once` in a file. Each names its FILE:LINE:COL or flag.
  std::vector<std::string> warnings;
};

}  // namespace hc::config
