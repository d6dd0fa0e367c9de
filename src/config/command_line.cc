// The command line as Go's `flag` package parses consul-template's flags (cli.go ParseFlags,
// flags.go), plus haproxy-consul's own flags.
#include <functional>
#include <limits>
#include <map>
#include <stdexcept>

#include "decoder.h"
#include "hc/config/config.h"
#include "hc/config/go_values.h"
#include "hc/template/format.h"
#include "template_decode.h"
#include "template_flag.h"

namespace hc::config {
namespace {

using tmpl::goQuote;

// How a flag's value is read. GoBool is flag.BoolVar (-dry, -v, -version), whose parse error
// reads "parse error"; Bool is consul-template's funcBoolVar, which passes strconv's error on.
enum class Kind { String, Bool, GoBool, Int, Duration };

struct Value {
  std::string text;
  bool b = false;
  int i = 0;
  Millis d{0};
};

using Setter = std::function<void(CommandLine&, const Value&)>;

struct Spec {
  Kind kind;
  Setter set;
};

ConfigLayer& S(CommandLine& c) {
  return c.settings;
}

Setter ignore() {
  return [](CommandLine&, const Value&) {};
}

Setter vault() {
  return [](CommandLine& c, const Value&) { c.settings.vault = true; };
}

TemplateEntry cliTemplate(const std::string& flag, const std::string& value) {
  TemplateEntry e;
  e.config = detail::templateFromFlag(value);
  e.origin = "-" + flag + " " + goQuote(value);
  return e;
}

const std::map<std::string, Spec>& flagTable() {
  static const std::map<std::string, Spec> table = {
      // consul-template
      {"config", {Kind::String, [](CommandLine& c, const Value& v) { c.configPaths.push_back(v.text); }}},
      {"template",
       {Kind::String,
        [](CommandLine& c, const Value& v) { S(c).templates.push_back(cliTemplate("template", v.text)); }}},
      {"once", {Kind::Bool, [](CommandLine& c, const Value& v) { S(c).once = v.b; }}},
      {"dry", {Kind::GoBool, [](CommandLine& c, const Value& v) { S(c).dry = v.b; }}},
      {"parse-only", {Kind::Bool, [](CommandLine& c, const Value& v) { S(c).parseOnly = v.b; }}},
      {"consul-addr",
       {Kind::String,
        [](CommandLine& c, const Value& v) {
          try {
            hc::consul::ClientConfig scratch;
            scratch.setAddress(v.text);
          } catch (const hc::consul::ClientConfigError& e) {
            throw std::invalid_argument(e.what());
          }
          S(c).consul.address = v.text;
        }}},
      {"consul-auth",
       {Kind::String,
        [](CommandLine& c, const Value& v) {
          if (v.text.empty()) throw std::invalid_argument("auth: cannot be empty");
          size_t colon = v.text.find(':');
          S(c).consul.auth.username = v.text.substr(0, colon);
          if (colon != std::string::npos) S(c).consul.auth.password = v.text.substr(colon + 1);
        }}},
      {"consul-token", {Kind::String, [](CommandLine& c, const Value& v) { S(c).consul.token = v.text; }}},
      {"consul-token-file",
       {Kind::String, [](CommandLine& c, const Value& v) { S(c).consul.tokenFile = v.text; }}},
      {"consul-retry", {Kind::Bool, [](CommandLine& c, const Value& v) { S(c).consul.retry.enabled = v.b; }}},
      {"consul-retry-attempts",
       {Kind::Int, [](CommandLine& c, const Value& v) { S(c).consul.retry.attempts = v.i; }}},
      {"consul-retry-backoff",
       {Kind::Duration, [](CommandLine& c, const Value& v) { S(c).consul.retry.backoff = v.d; }}},
      {"retry", {Kind::Duration, [](CommandLine& c, const Value& v) { S(c).consul.retry.backoff = v.d; }}},
      {"consul-retry-max-backoff",
       {Kind::Duration, [](CommandLine& c, const Value& v) { S(c).consul.retry.maxBackoff = v.d; }}},
      {"consul-ssl", {Kind::Bool, [](CommandLine& c, const Value& v) { S(c).consul.ssl.enabled = v.b; }}},
      {"consul-ssl-verify",
       {Kind::Bool, [](CommandLine& c, const Value& v) { S(c).consul.ssl.verify = v.b; }}},
      {"consul-ssl-cert",
       {Kind::String, [](CommandLine& c, const Value& v) { S(c).consul.ssl.certFile = v.text; }}},
      {"consul-ssl-key",
       {Kind::String, [](CommandLine& c, const Value& v) { S(c).consul.ssl.keyFile = v.text; }}},
      {"consul-ssl-ca-cert",
       {Kind::String, [](CommandLine& c, const Value& v) { S(c).consul.ssl.caFile = v.text; }}},
      {"consul-ssl-ca-path",
       {Kind::String, [](CommandLine& c, const Value& v) { S(c).consul.ssl.caPath = v.text; }}},
      {"consul-ssl-server-name",
       {Kind::String, [](CommandLine& c, const Value& v) { S(c).consul.ssl.serverName = v.text; }}},
      {"consul-transport-dial-keep-alive", {Kind::Duration, ignore()}},
      {"consul-transport-dial-timeout", {Kind::Duration, ignore()}},
      {"consul-transport-disable-keep-alives", {Kind::Bool, ignore()}},
      {"consul-transport-max-idle-conns-per-host", {Kind::Int, ignore()}},
      {"consul-transport-tls-handshake-timeout", {Kind::Duration, ignore()}},
      {"max-stale", {Kind::Duration, [](CommandLine& c, const Value& v) { S(c).maxStale = v.d; }}},
      {"wait",
       {Kind::String,
        [](CommandLine& c, const Value& v) {
          WaitConfig w = parseWaitString(v.text);
          S(c).wait.min = w.min;
          S(c).wait.max = w.max;
          S(c).wait.origin = "-wait";
        }}},
      {"log-level", {Kind::String, [](CommandLine& c, const Value& v) { S(c).logLevel = v.text; }}},
      {"pid-file", {Kind::String, [](CommandLine& c, const Value& v) { S(c).pidFile = v.text; }}},
      {"kill-signal",
       {Kind::String,
        [](CommandLine& c, const Value& v) { S(c).killSignal = parseSignalName(v.text); }}},
      {"reload-signal",
       {Kind::String,
        [](CommandLine& c, const Value& v) { S(c).reloadSignal = parseSignalName(v.text); }}},
      {"template-error-fatal",
       {Kind::Bool, [](CommandLine& c, const Value& v) { S(c).templateErrorFatal = v.b; }}},
      {"default-left-delimiter",
       {Kind::String, [](CommandLine& c, const Value& v) { S(c).defaultLeftDelim = v.text; }}},
      {"default-right-delimiter",
       {Kind::String, [](CommandLine& c, const Value& v) { S(c).defaultRightDelim = v.text; }}},
      {"syslog", {Kind::Bool, [](CommandLine& c, const Value& v) { S(c).syslog.enabled = v.b; }}},
      {"syslog-facility",
       {Kind::String, [](CommandLine& c, const Value& v) { S(c).syslog.facility = v.text; }}},
      {"syslog-name", {Kind::String, [](CommandLine& c, const Value& v) { S(c).syslog.name = v.text; }}},
      {"log-file", {Kind::String, [](CommandLine& c, const Value& v) { S(c).logFile.path = v.text; }}},
      {"log-rotate-bytes",
       {Kind::Int, [](CommandLine& c, const Value& v) { S(c).logFile.rotateBytes = v.i; }}},
      {"log-rotate-duration",
       {Kind::Duration, [](CommandLine& c, const Value& v) { S(c).logFile.rotateDuration = v.d; }}},
      {"log-rotate-max-files",
       {Kind::Int, [](CommandLine& c, const Value& v) { S(c).logFile.rotateMaxFiles = v.i; }}},
      {"dedup", {Kind::Bool, [](CommandLine& c, const Value& v) { S(c).dedup.enabled = v.b; }}},
      {"exec",
       {Kind::String,
        [](CommandLine& c, const Value& v) {
          S(c).exec.enabled = true;
          S(c).exec.command = std::vector<std::string>{v.text};
        }}},
      {"exec-kill-signal",
       {Kind::String,
        [](CommandLine& c, const Value& v) { S(c).exec.killSignal = parseSignalName(v.text); }}},
      {"exec-kill-timeout",
       {Kind::Duration, [](CommandLine& c, const Value& v) { S(c).exec.killTimeout = v.d; }}},
      {"exec-reload-signal",
       {Kind::String,
        [](CommandLine& c, const Value& v) { S(c).exec.reloadSignal = parseSignalName(v.text); }}},
      {"exec-splay", {Kind::Duration, [](CommandLine& c, const Value& v) { S(c).exec.splay = v.d; }}},
      {"exec-env-pristine",
       {Kind::Bool, [](CommandLine& c, const Value& v) { S(c).exec.envPristine = v.b; }}},
      {"exec-env-custom",
       {Kind::String, [](CommandLine& c, const Value& v) { S(c).exec.envCustom.push_back(v.text); }}},
      {"exec-env-allowlist",
       {Kind::String,
        [](CommandLine& c, const Value& v) { S(c).exec.envAllowlist.push_back(v.text); }}},
      {"exec-env-denylist",
       {Kind::String,
        [](CommandLine& c, const Value& v) { S(c).exec.envDenylist.push_back(v.text); }}},
      {"vault-addr", {Kind::String, vault()}},
      {"vault-renew-token", {Kind::Bool, vault()}},
      {"vault-retry", {Kind::Bool, vault()}},
      {"vault-retry-attempts", {Kind::Int, vault()}},
      {"vault-retry-backoff", {Kind::Duration, vault()}},
      {"vault-retry-max-backoff", {Kind::Duration, vault()}},
      {"vault-client-user-agent", {Kind::String, vault()}},
      {"vault-ssl", {Kind::Bool, vault()}},
      {"vault-ssl-ca-cert", {Kind::String, vault()}},
      {"vault-ssl-ca-path", {Kind::String, vault()}},
      {"vault-ssl-cert", {Kind::String, vault()}},
      {"vault-ssl-key", {Kind::String, vault()}},
      {"vault-ssl-server-name", {Kind::String, vault()}},
      {"vault-ssl-verify", {Kind::Bool, vault()}},
      {"vault-transport-dial-keep-alive", {Kind::Duration, vault()}},
      {"vault-transport-dial-timeout", {Kind::Duration, vault()}},
      {"vault-transport-disable-keep-alives", {Kind::Bool, vault()}},
      {"vault-transport-max-idle-conns-per-host", {Kind::Int, vault()}},
      {"vault-transport-max-conns-per-host", {Kind::Int, vault()}},
      {"vault-transport-tls-handshake-timeout", {Kind::Duration, vault()}},
      {"vault-token", {Kind::String, vault()}},
      {"vault-agent-token-file", {Kind::String, vault()}},
      {"vault-unwrap-token", {Kind::Bool, vault()}},
      {"vault-default-lease-duration", {Kind::Duration, vault()}},
      {"v", {Kind::GoBool, [](CommandLine& c, const Value& v) { c.version = v.b; }}},
      {"version", {Kind::GoBool, [](CommandLine& c, const Value& v) { c.version = v.b; }}},
      // haproxy-consul
      {"catalog-file", {Kind::String, [](CommandLine& c, const Value& v) { S(c).catalogFile = v.text; }}},
      {"consul-max-connections",
       {Kind::Int,
        [](CommandLine& c, const Value& v) {
          if (v.i < 1) throw std::invalid_argument("must be at least 1");
          S(c).consul.maxConnections = static_cast<size_t>(v.i);
        }}},
      {"exit-on-command-failure",
       {Kind::Bool, [](CommandLine& c, const Value& v) { S(c).exitOnCommandFailure = v.b; }}},
      {"exit-on-retry-failure",
       {Kind::Bool, [](CommandLine& c, const Value& v) { S(c).exitOnRetryFailure = v.b; }}},
      {"status-addr",
       {Kind::String,
        [](CommandLine& c, const Value& v) {
          detail::checkHostPort(v.text);
          S(c).statusAddr = v.text;
        }}},
      {"haproxy-template",
       {Kind::String,
        [](CommandLine& c, const Value& v) {
          TemplateEntry e = cliTemplate("haproxy-template", v.text);
          e.config.haproxy.enabled = true;
          if (!e.config.command.empty()) e.config.haproxy.reloadCommand = e.config.command[0];
          e.config.command.clear();
          S(c).templates.push_back(std::move(e));
        }}},
      {"haproxy-socket", {Kind::String, [](CommandLine& c, const Value& v) { c.haproxy.socket = v.text; }}},
      {"haproxy-mode",
       {Kind::String,
        [](CommandLine& c, const Value& v) {
          detail::checkHaproxyMode(v.text);
          c.haproxy.mode = v.text;
        }}},
      {"haproxy-check-command",
       {Kind::String, [](CommandLine& c, const Value& v) { c.haproxy.checkCommand = v.text; }}},
      {"haproxy-min-reload-interval",
       {Kind::Duration, [](CommandLine& c, const Value& v) { c.haproxy.minReloadInterval = v.d; }}},
      {"haproxy-state-file",
       {Kind::String, [](CommandLine& c, const Value& v) { c.haproxy.stateFile = v.text; }}},
  };
  return table;
}

// Reads `value` for a flag of `spec`'s kind and applies it, with Go's error wording.
void setFlag(CommandLine& cl, const std::string& name, const Spec& spec, const std::string& text) {
  Value v;
  v.text = text;
  if (spec.kind == Kind::Bool || spec.kind == Kind::GoBool) {
    std::optional<bool> b = parseGoBool(text);
    if (!b) {
      std::string why = spec.kind == Kind::GoBool
                            ? "parse error"
                            : "strconv.ParseBool: parsing " + goQuote(text) + ": invalid syntax";
      throw FlagError("invalid boolean value " + goQuote(text) + " for -" + name + ": " + why);
    }
    v.b = *b;
    spec.set(cl, v);
    return;
  }
  try {
    if (spec.kind == Kind::Int) v.i = static_cast<int>(parseGoInt(text, 10, 32));
    if (spec.kind == Kind::Duration) v.d = parseGoDurationMillis(text);
    spec.set(cl, v);
  } catch (const std::invalid_argument& e) {
    throw FlagError("invalid value " + goQuote(text) + " for flag -" + name + ": " + e.what());
  }
}

}  // namespace

CommandLine parseCommandLine(const std::vector<std::string>& args) {
  CommandLine cl;
  size_t i = 0;
  while (i < args.size()) {
    const std::string& s = args[i];
    if (s.size() < 2 || s[0] != '-') break;  // the first non-flag argument ends the flags
    size_t dashes = 1;
    if (s[1] == '-') {
      dashes = 2;
      if (s.size() == 2) {  // "--" ends the flags and is dropped
        ++i;
        break;
      }
    }
    std::string name = s.substr(dashes);
    if (name.empty() || name[0] == '-' || name[0] == '=') throw FlagError("bad flag syntax: " + s);
    ++i;
    std::optional<std::string> value;
    if (size_t eq = name.find('=', 1); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name.resize(eq);
    }
    auto it = flagTable().find(name);
    if (it == flagTable().end()) {
      if (name == "help" || name == "h") {  // Go's flag.ErrHelp: stop here
        cl.help = true;
        return cl;
      }
      throw FlagError("flag provided but not defined: -" + name);
    }
    const Spec& spec = it->second;
    bool isBool = spec.kind == Kind::Bool || spec.kind == Kind::GoBool;
    if (!value && isBool) value = "true";
    if (!value && i < args.size()) value = args[i++];
    if (!value) throw FlagError("flag needs an argument: -" + name);
    setFlag(cl, name, spec, *value);
  }
  if (i < args.size()) {
    std::string list;
    for (size_t k = i; k < args.size(); ++k) list += (k > i ? " " : "") + goQuote(args[k]);
    throw FlagError("cli: extra args: [" + list + "]");
  }
  return cl;
}

}  // namespace hc::config
