#pragma once
// The configuration of haproxy-consul, read as consul-template reads its own: the command line
// (Go `flag` rules), HCL v1 / JSON files given by -config, environment fallbacks, merged in
// consul-template's order and validated.
//
// Usage:
//   CommandLine cli = parseCommandLine({argv + 1, argv + argc});  // FlagError → exit 13
//   if (cli.help) ...; if (cli.version) ...
//   Config config = load(cli, envLookup);                          // ConfigError → exit 15
//   ... on SIGHUP: load(cli, envLookup) again (files re-read, the same command line).
//
// Types: config_types.h (Config and its parts), config_layer.h (what one source sets; the
// config-file keys), hcl.h (the HCL/JSON reader), errors.h, go_values.h.
#include <string>
#include <vector>

#include "hc/config/config_layer.h"
#include "hc/config/config_types.h"
#include "hc/config/errors.h"
#include "hc/consul/client_config.h"

namespace hc::config {

/// What the command line gave: every setting optional so that it is laid over the files.
struct CommandLine {
  ConfigLayer settings;                  ///< Every flag's setting; -template entries in order.
  std::vector<std::string> configPaths;  ///< Every -config, in order.
  HaproxyLayer haproxy;  ///< -haproxy-socket, -mode, ...: laid over every haproxy template.
  bool help = false;     ///< -h / -help (parsing stopped there, as Go's flag.ErrHelp).
  bool version = false;  ///< -v / -version.
};

/// The command line (argv without the program name) as consul-template's Go `flag` package
/// reads it:
/// - `-x` and `--x`; `-x=v` or `-x v`; booleans take no value or `-x=false` (a separate
///   `false` is not consumed); `--` ends the flags; the first non-flag argument ends them too.
/// - values: booleans as strconv.ParseBool, ints base 10 and 32-bit, durations as
///   time.ParseDuration ("250ms", "1m30s"; a bare number other than 0 is rejected), signals by
///   name ("SIGTERM").
/// - repeatable: -config, -template, -haproxy-template, -exec-env-custom/-allowlist/-denylist;
///   any other flag given twice keeps the last value.
/// - consul-template's flags: -config -template -once -dry -parse-only -consul-addr
///   -consul-token -consul-token-file -consul-auth -consul-retry -consul-retry-attempts
///   -consul-retry-backoff -retry -consul-retry-max-backoff -consul-ssl -consul-ssl-verify
///   -consul-ssl-cert -consul-ssl-key -consul-ssl-ca-cert -consul-ssl-ca-path
///   -consul-ssl-server-name (any -consul-ssl-* implies TLS unless -consul-ssl=false)
///   -consul-transport-* (checked, ignored) -max-stale -wait -log-level -pid-file -kill-signal
///   -reload-signal -template-error-fatal -default-left-delimiter -default-right-delimiter
///   -syslog -syslog-facility -syslog-name -log-file -log-rotate-bytes -log-rotate-duration
///   -log-rotate-max-files; -exec* -dedup -vault-* are parsed and kept but not acted on
///   (Config::warnings says so); -h/-help; -v/-version.
/// - ours: -catalog-file FILE, -consul-max-connections N (≥ 1), -exit-on-command-failure,
///   -exit-on-retry-failure, -status-addr HOST:PORT, -haproxy-template "src:dest[:reload-cmd]"
///   (split like -template; the third part is haproxy.reloadCommand, not a command run on every
///   change), -haproxy-socket, -haproxy-mode runtime|socket-only|reload, -haproxy-check-command,
///   -haproxy-min-reload-interval, -haproxy-state-file.
/// Throws FlagError with Go's wording: `flag provided but not defined: -x`, `flag needs an
/// argument: -x`, `invalid value "30" for flag -wait: time: missing unit in duration "30"`,
/// `invalid boolean value "x" for -once: ...`, `bad flag syntax: ---x`,
/// `cli: extra args: ["a" "b"]` (Go's %q of the leftover arguments).
CommandLine parseCommandLine(const std::vector<std::string>& args);

/// A -template value, exactly as consul-template's ParseTemplateConfig: the parts are the
/// matches of `([a-zA-Z]:)?([^:]+)`; 1 part = source, 2 = source and destination, 3 = plus the
/// command, more = parts 3.. re-joined with ':' as the command. So there is no escaping, empty
/// segments vanish (`a::b`, `:a:b`), a single letter before ':' sticks to the next part (`C:\x`,
/// `in:x:y:cmd` has destination `x:y`), whitespace is kept (`in : out`). The command is one
/// element. Throws FlagError `template: cannot be empty` for a blank or all-colon value.
TemplateConfig parseTemplateFlag(const std::string& value);

/// The final configuration:
///   defaults → environment (ClientConfig::fromEnvironment over `env`; CONSUL_NAMESPACE; the log
///   level from CT_LOG, CONSUL_TEMPLATE_LOG, CONSUL_TEMPLATE_LOG_LEVEL when nothing sets it)
///   → each -config path in order → CT_LOCAL_CONFIG (HCL text, as consul-template) → the command
///   line (wins; its -template entries after the files').
/// Then consul-template's finishing rules: wait max defaults to 4×min; -once disables the global
/// wait; TLS is on when any ssl setting is given (unless ssl.enabled = false); auth, syslog and
/// dedup are on when any of their settings is; a template's exec command/timeout win over the
/// legacy command/command_timeout; uid/gid fill user/group; error_fatal as in TemplateConfig.
/// A token file set above the environment replaces the environment's token (consul's client
/// prefers the file too).
/// Validation (ConfigError naming the file position or flag): wait min ≤ max; a template needs
/// exactly one of source and contents, and a destination unless -dry or -parse-only; the log
/// level is one of TRACE DEBUG INFO WARN ERR; a valid Consul address; haproxy mode.
/// Reads the -config paths (and nothing else) from disk.
Config load(const CommandLine& cli, const hc::consul::ClientConfig::EnvLookup& env);

}  // namespace hc::config
