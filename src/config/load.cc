// config::load: the layers merged in consul-template's order (cli.go loadConfigs), then its
// Finalize rules and validation.
#include <stdexcept>

#include "decoder.h"
#include "hc/config/config.h"
#include "hc/config/go_values.h"
#include "template_decode.h"

namespace hc::config {
namespace {

using hc::consul::ClientConfig;

std::string trimSpace(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n\v\f");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n\v\f") - b + 1);
}

bool present(const std::optional<std::string>& s) {
  return s && !s->empty();
}

void applyConsul(Config& c, const ConfigLayer& m, const ClientConfig::EnvLookup& env) {
  try {
    c.consul = ClientConfig::fromEnvironment(env);
  } catch (const hc::consul::ClientConfigError& e) {
    throw ConfigError(e.what());
  }
  const ConsulLayer& l = m.consul;
  hc::consul::TlsConfig& tls = c.consul.tls;
  // consul-template's SSLConfig.Finalize: any ssl setting turns TLS on unless it is set.
  bool implied = present(l.ssl.certFile) || present(l.ssl.keyFile) || present(l.ssl.caFile) ||
                 present(l.ssl.caPath) || present(l.ssl.serverName) || present(l.ssl.caCertBytes) ||
                 l.ssl.verify.has_value();
  if (l.ssl.enabled) {
    tls.enabled = *l.ssl.enabled;
  } else if (implied) {
    tls.enabled = true;
  }
  if (l.ssl.verify) tls.verify = *l.ssl.verify;
  if (l.ssl.caFile) tls.caFile = *l.ssl.caFile;
  if (l.ssl.caPath) tls.caPath = *l.ssl.caPath;
  if (l.ssl.certFile) tls.certFile = *l.ssl.certFile;
  if (l.ssl.keyFile) tls.keyFile = *l.ssl.keyFile;
  if (l.ssl.serverName) tls.serverName = *l.ssl.serverName;
  if (l.address) {
    try {
      c.consul.setAddress(*l.address);  // after TLS: an address without scheme takes it
    } catch (const hc::consul::ClientConfigError& e) {
      throw ConfigError(std::string("consul address: ") + e.what());
    }
  } else if (c.consul.scheme != ClientConfig::Scheme::Unix) {
    c.consul.scheme = tls.enabled ? ClientConfig::Scheme::Https : ClientConfig::Scheme::Http;
  }
  if (l.token) c.consul.token = *l.token;
  if (l.tokenFile) {
    c.consul.tokenFile = *l.tokenFile;
    // A token file given above the environment beats the environment's token (Consul's
    // client, too, lets the file's token replace the plain one).
    if (!l.token) c.consul.token.clear();
  }
  if (l.namespace_) {
    c.consulNamespace = *l.namespace_;
  } else if (auto ns = env("CONSUL_NAMESPACE")) {
    c.consulNamespace = trimSpace(*ns);
  }
  if (l.maxConnections) c.maxConnections = *l.maxConnections;
  c.consulAuth.username = l.auth.username.value_or("");
  c.consulAuth.password = l.auth.password.value_or("");
  c.consulAuth.enabled =
      l.auth.enabled.value_or(!c.consulAuth.username.empty() || !c.consulAuth.password.empty());

  if (l.retry.enabled) c.retry.enabled = *l.retry.enabled;
  if (l.retry.attempts) c.retry.attempts = *l.retry.attempts;
  if (l.retry.backoff) c.retry.backoff = *l.retry.backoff;
  if (l.retry.maxBackoff) c.retry.maxBackoff = *l.retry.maxBackoff;
  c.retry.exitOnExhausted = m.exitOnRetryFailure.value_or(false);
}

std::string logLevel(const CommandLine& cli, const ConfigLayer& m,
                     const ClientConfig::EnvLookup& env) {
  auto check = [](const std::string& origin, const std::string& value) {
    try {
      return detail::checkLogLevel(value);
    } catch (const std::invalid_argument& e) {
      throw ConfigError(origin + ": " + e.what());
    }
  };
  if (cli.settings.logLevel) return check("-log-level", *cli.settings.logLevel);
  if (m.logLevel) return *m.logLevel;  // files check theirs with a position
  for (const char* name : {"CT_LOG", "CONSUL_TEMPLATE_LOG", "CONSUL_TEMPLATE_LOG_LEVEL"}) {
    std::optional<std::string> v = env(name);
    if (v && !v->empty()) return check(name, trimSpace(*v));
  }
  return "WARN";
}

TemplateConfig finishTemplate(const TemplateEntry& e, const CommandLine& cli, const ConfigLayer& m,
                              bool needDestination) {
  TemplateConfig t = e.config;
  t.errorFatal = cli.settings.templateErrorFatal.value_or(
      e.errorFatal.value_or(m.templateErrorFatal.value_or(true)));
  if (t.haproxy.enabled) detail::applyHaproxy(t.haproxy, cli.haproxy);
  if (t.contents && t.contents->empty()) t.contents.reset();  // "" counts as not given
  // consul-template's NewTemplate and renderer checks, reported at load time.
  if (!t.source.empty() && t.contents)
    throw ConfigError(e.origin + ": template: cannot specify both 'source' and 'contents'");
  if (t.source.empty() && !t.contents)
    throw ConfigError(e.origin + ": template: must specify exactly one of 'source' or 'contents'");
  if (needDestination && t.destination.empty())
    throw ConfigError(e.origin + ": template: missing destination (required unless -dry)");
  return t;
}

WaitConfig globalWait(const ConfigLayer& m) {
  WaitConfig w;
  w.min = m.wait.min.value_or(Millis(0));
  w.max = m.wait.max.value_or(4 * w.min);
  std::string where = m.wait.origin.empty() ? "" : m.wait.origin + ": ";
  if (w.min.count() < 0 || w.max.count() < 0) throw ConfigError(where + "wait: cannot be negative");
  if (w.max < w.min)
    throw ConfigError(where + "wait: min must be less than max (min " + formatGoDuration(w.min) +
                      ", max " + formatGoDuration(w.max) + ")");
  return w;
}

void finishOptional(Config& c, const ConfigLayer& m, const CommandLine& cli) {
  const ExecLayer& x = m.exec;
  c.exec.command = x.command.value_or(std::vector<std::string>{});
  c.exec.enabled = x.enabled.value_or(!c.exec.command.empty());
  if (x.killSignal) c.exec.killSignal = *x.killSignal;
  if (x.killTimeout) c.exec.killTimeout = *x.killTimeout;
  c.exec.reloadSignal = x.reloadSignal;
  if (x.splay) c.exec.splay = *x.splay;
  if (x.timeout) c.exec.timeout = *x.timeout;
  c.exec.envPristine = x.envPristine.value_or(false);
  c.exec.envCustom = x.envCustom;
  c.exec.envAllowlist = x.envAllowlist;
  c.exec.envDenylist = x.envDenylist;

  const DedupLayer& d = m.dedup;
  auto nonZero = [](const std::optional<Millis>& v) { return v && v->count() != 0; };
  c.dedup.enabled = d.enabled.value_or(nonZero(d.maxStale) || present(d.prefix) || nonZero(d.ttl) ||
                                       nonZero(d.blockQueryWait));
  if (d.prefix) c.dedup.prefix = *d.prefix;
  if (d.ttl) c.dedup.ttl = *d.ttl;
  if (d.maxStale) c.dedup.maxStale = *d.maxStale;
  if (d.blockQueryWait) c.dedup.blockQueryWait = *d.blockQueryWait;

  c.syslog.enabled =
      m.syslog.enabled.value_or(present(m.syslog.facility) || present(m.syslog.name));
  if (m.syslog.facility) c.syslog.facility = *m.syslog.facility;
  if (m.syslog.name) c.syslog.name = *m.syslog.name;
  if (m.logFile.path) c.logFile.path = *m.logFile.path;
  if (m.logFile.rotateBytes) c.logFile.rotateBytes = *m.logFile.rotateBytes;
  if (m.logFile.rotateDuration) c.logFile.rotateDuration = *m.logFile.rotateDuration;
  if (m.logFile.rotateMaxFiles) c.logFile.rotateMaxFiles = *m.logFile.rotateMaxFiles;

  c.vaultConfigured = m.vault;
  c.nomadConfigured = m.nomad;
  c.warnings = m.warnings;
  if (c.exec.enabled)
    c.warnings.push_back("exec mode (exec { } / -exec) is not supported: ignored");
  if (c.dedup.enabled)
    c.warnings.push_back("de-duplication (deduplicate { } / -dedup) is not supported: ignored");
  if (c.vaultConfigured) c.warnings.push_back("vault settings are not supported: ignored");
  if (c.nomadConfigured) c.warnings.push_back("nomad settings are not supported: ignored");
  const HaproxyLayer& h = cli.haproxy;
  bool haproxyFlags = h.socket || h.mode || h.checkCommand || h.minReloadInterval || h.stateFile;
  bool haproxyTemplate = false;
  for (const TemplateConfig& t : c.templates)
    haproxyTemplate = haproxyTemplate || t.haproxy.enabled;
  if (haproxyFlags && !haproxyTemplate)
    c.warnings.push_back("-haproxy-* flags given but no haproxy template: ignored");
}

}  // namespace

Config load(const CommandLine& cli, const ClientConfig::EnvLookup& env) {
  ConfigLayer m;
  for (const std::string& path : cli.configPaths) mergeLayer(m, readConfigPath(path));
  if (std::optional<std::string> local = env("CT_LOCAL_CONFIG"); local && !local->empty())
    mergeLayer(m, parseConfigLayer(*local, "CT_LOCAL_CONFIG"));
  mergeLayer(m, cli.settings);

  Config c;
  c.configPaths = cli.configPaths;
  c.once = m.once.value_or(false);
  c.dry = m.dry.value_or(false);
  c.parseOnly = m.parseOnly.value_or(false);
  applyConsul(c, m, env);

  for (const TemplateEntry& e : m.templates)
    c.templates.push_back(finishTemplate(e, cli, m, !c.dry && !c.parseOnly));

  c.wait = globalWait(m);
  if (c.once) c.wait = WaitConfig{};  // -once renders at once
  if (m.maxStale) c.maxStale = *m.maxStale;
  if (m.blockQueryWait) c.blockQueryWait = *m.blockQueryWait;
  c.logLevel = logLevel(cli, m, env);
  c.pidFile = m.pidFile.value_or("");
  if (m.killSignal) c.killSignal = *m.killSignal;
  if (m.reloadSignal) c.reloadSignal = *m.reloadSignal;
  c.errOnFailedLookup = m.errOnFailedLookup.value_or(false);
  c.catalogFile = m.catalogFile.value_or("");
  c.exitOnCommandFailure = m.exitOnCommandFailure.value_or(false);
  c.statusAddr = m.statusAddr.value_or("");
  // An empty delimiter means Go's default, as in text/template.
  c.defaultLeftDelim = m.defaultLeftDelim.value_or("");
  c.defaultRightDelim = m.defaultRightDelim.value_or("");
  if (c.defaultLeftDelim.empty()) c.defaultLeftDelim = "{{";
  if (c.defaultRightDelim.empty()) c.defaultRightDelim = "}}";
  finishOptional(c, m, cli);
  return c;
}

}  // namespace hc::config
