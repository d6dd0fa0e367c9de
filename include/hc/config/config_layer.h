#pragma once
// ConfigLayer: what one source of configuration — a file, a directory of files, CT_LOCAL_CONFIG or
// the command line — sets, each setting optional so that merging knows who set what.
//
// Usage:
//   ConfigLayer merged;
//   for (const std::string& path : cli.configPaths) mergeLayer(merged, readConfigPath(path));
//   mergeLayer(merged, cli.settings);   // the command line wins
//
// Merge rule (consul-template's Config.Merge): a setting the upper layer gives replaces the lower
// one's; nested blocks (consul, retry, ssl, wait, ...) merge setting by setting; templates are
// appended (lower layer's first).
//
// File keys (HCL v1 or JSON; consul-template's names; `x { }` and `x = { }` alike; unknown keys
// are errors; keys match case-insensitively as mapstructure does):
//   consul { address namespace token token_file max_connections(ours)
//            auth { enabled username password }  retry { enabled attempts backoff max_backoff }
//            ssl { enabled verify cert key ca_cert ca_cert_bytes ca_path server_name }
//            transport { dial_keep_alive dial_timeout disable_keep_alives idle_conn_timeout
//                        max_idle_conns max_idle_conns_per_host max_conns_per_host
//                        tls_handshake_timeout } }        (legacy: consul = "addr", warned)
//   template { source contents destination command command_timeout perms user group uid gid
//              backup create_dest_dirs wait error_on_missing_key error_fatal left_delimiter
//              right_delimiter function_denylist function_blacklist sandbox_path
//              exec { command timeout enabled env{} kill_signal kill_timeout reload_signal splay }
//              haproxy { socket mode check_command min_reload_interval state_file
//                        reload_command } (ours) }        (repeatable)
//   wait (block { min max } or "min[:max]")  log_level  max_stale  block_query_wait  pid_file
//   reload_signal  kill_signal  template_error_fatal  err_on_failed_lookup
//   default_delimiters { left right }  syslog { enabled facility name }
//   log_file { path log_rotate_bytes log_rotate_duration log_rotate_max_files }
//   exec { command enabled timeout splay kill_signal kill_timeout reload_signal
//          env { pristine custom allowlist denylist blacklist whitelist } }
//   deduplicate { enabled prefix ttl max_stale block_query_wait }  vault { ... }  nomad { ... }
//   once (accepted and ignored, as consul-template: -once is command-line only)
//   ours: catalog_file  exit_on_command_failure  exit_on_retry_failure  status_addr
// Values as consul-template decodes them: durations are Go strings ("250ms"; a bare 0 is
// accepted, other bare numbers are rejected for want of a unit), signals are names ("" =
// SIGNULL), perms an octal string ("0600") or a number (0600 is octal as written, 384 decimal),
// string lists a list or a string split on ",". A block repeated in one file replaces the earlier
// one (hcl + consul-template keep the last); `template` blocks accumulate.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "hc/config/config_types.h"
#include "hc/config/hcl.h"

namespace hc::config {

using Millis = std::chrono::milliseconds;

struct WaitLayer {
  std::optional<Millis> min, max;
  std::string origin;  ///< Where it was last set, for messages.
};

struct TlsLayer {
  std::optional<bool> enabled, verify;
  std::optional<std::string> caFile, caPath, certFile, keyFile, serverName, caCertBytes;
};

struct RetryLayer {
  std::optional<bool> enabled;
  std::optional<int> attempts;
  std::optional<Millis> backoff, maxBackoff;
};

struct AuthLayer {
  std::optional<bool> enabled;
  std::optional<std::string> username, password;
};

struct ConsulLayer {
  std::optional<std::string> address, namespace_, token, tokenFile;
  std::optional<size_t> maxConnections;
  AuthLayer auth;
  RetryLayer retry;
  TlsLayer ssl;
};

struct HaproxyLayer {
  std::optional<std::string> socket, mode, checkCommand, stateFile, reloadCommand;
  std::optional<Millis> minReloadInterval;
};

struct ExecLayer {
  std::optional<bool> enabled, envPristine;
  std::optional<std::vector<std::string>> command;
  std::optional<int> killSignal, reloadSignal;
  std::optional<Millis> killTimeout, splay, timeout;
  std::vector<std::string> envCustom, envAllowlist, envDenylist;  ///< Appended on merge.
};

struct DedupLayer {
  std::optional<bool> enabled;
  std::optional<std::string> prefix;
  std::optional<Millis> ttl, maxStale, blockQueryWait;
};

struct SyslogLayer {
  std::optional<bool> enabled;
  std::optional<std::string> facility, name;
};

struct LogFileLayer {
  std::optional<std::string> path;
  std::optional<int> rotateBytes, rotateMaxFiles;
  std::optional<Millis> rotateDuration;
};

/// A template as one source gave it. `config` is complete except errorFatal, which is resolved
/// at load time from `errorFatal`, template_error_fatal and -template-error-fatal.
struct TemplateEntry {
  TemplateConfig config;
  std::optional<bool> errorFatal;
  std::string origin;  ///< `FILE:LINE:COL` of the block, or `-template "..."`.
};

struct ConfigLayer {
  ConsulLayer consul;
  std::vector<TemplateEntry> templates;
  WaitLayer wait;
  std::optional<Millis> maxStale, blockQueryWait;
  std::optional<std::string> logLevel, pidFile;
  std::optional<int> killSignal, reloadSignal;
  std::optional<bool> templateErrorFatal, errOnFailedLookup;
  std::optional<std::string> defaultLeftDelim, defaultRightDelim;
  std::optional<bool> once, dry, parseOnly;  ///< Set by the command line only.
  std::optional<std::string> catalogFile, statusAddr;
  std::optional<bool> exitOnCommandFailure, exitOnRetryFailure;
  ExecLayer exec;
  DedupLayer dedup;
  SyslogLayer syslog;
  LogFileLayer logFile;
  bool vault = false, nomad = false;
  std::vector<std::string> warnings;
};

/// Decodes a parsed file (see hcl.h) into a layer. `name` prefixes positions in errors and
/// warnings. Throws ConfigError `NAME:LINE:COL: ...` for unknown keys (`unknown key "x" in
/// consul.ssl`), wrong types (`consul.retry.attempts: expected a number, got string`) and bad
/// values (durations, signals, perms, wait, log level, haproxy mode).
ConfigLayer decodeConfigTree(const HclValue& root, const std::string& name);

/// parseConfigText + decodeConfigTree.
ConfigLayer parseConfigLayer(std::string_view text, const std::string& name);

/// One -config path: a file, or a directory walked recursively in lexical order (every regular
/// file, HCL or JSON by its own content; symlinks to files are read, symlinked directories are
/// not entered), the files merged in that order. Throws ConfigError naming the path and errno
/// when it cannot be read, or the file's error.
ConfigLayer readConfigPath(const std::string& path);

/// Lays `upper` over `base` (the rule in the header comment).
void mergeLayer(ConfigLayer& base, const ConfigLayer& upper);

/// consul-template's ParseWaitConfig: "min" (max = 4×min) or "min:max", each a Go duration,
/// spaces around them allowed. Throws std::invalid_argument with consul-template's message
/// (`wait: cannot be empty`, `wait: invalid format`, `wait: cannot be negative`,
/// `wait: min must be less than max`, or Go's duration error).
WaitConfig parseWaitString(std::string_view s);

}  // namespace hc::config
