// The top level of a configuration file: consul-template's Config keys (config/config.go and
// the blocks it nests) plus ours, into a ConfigLayer.
#include <stdexcept>

#include "decoder.h"
#include "hc/config/config_layer.h"
#include "hc/template/format.h"
#include "template_decode.h"

namespace hc::config {
namespace {

using detail::Decoder;

void checkAddress(const Decoder& d, const HclValue& v, const std::string& address) {
  try {
    hc::consul::ClientConfig scratch;
    scratch.setAddress(address);
  } catch (const hc::consul::ClientConfigError& e) {
    d.fail(v.pos, std::string("consul.address: ") + e.what());
  }
}

RetryLayer decodeRetry(const Decoder& d, const HclValue& b, const std::string& path) {
  RetryLayer r;
  d.walk(b, path,
         {d.flag("enabled", r.enabled), d.int32("attempts", r.attempts),
          d.millis("backoff", r.backoff), d.millis("max_backoff", r.maxBackoff)});
  return r;
}

TlsLayer decodeSsl(const Decoder& d, const HclValue& b, const std::string& path) {
  TlsLayer t;
  d.walk(b, path,
         {d.flag("enabled", t.enabled), d.flag("verify", t.verify), d.string("cert", t.certFile),
          d.string("key", t.keyFile), d.string("ca_cert", t.caFile),
          d.string("ca_cert_bytes", t.caCertBytes), d.string("ca_path", t.caPath),
          d.string("server_name", t.serverName)});
  return t;
}

void checkTransport(const Decoder& d, const HclValue& b, const std::string& path) {
  d.walk(b, path,
         {d.checked("dial_keep_alive", 'd'), d.checked("dial_timeout", 'd'),
          d.checked("disable_keep_alives", 'b'), d.checked("idle_conn_timeout", 'd'),
          d.checked("max_idle_conns", 'i'), d.checked("max_idle_conns_per_host", 'i'),
          d.checked("max_conns_per_host", 'i'), d.checked("tls_handshake_timeout", 'd')});
}

ConsulLayer decodeConsul(const Decoder& d, const HclValue& b, const std::string& path) {
  ConsulLayer c;
  d.walk(
      b, path,
      {{"address",
        [&](const HclEntry& e, const std::string& p) {
          c.address = d.str(e.value, p);
          checkAddress(d, e.value, *c.address);
        }},
       d.string("namespace", c.namespace_),
       d.string("token", c.token),
       d.string("token_file", c.tokenFile),
       {"max_connections",
        [&](const HclEntry& e, const std::string& p) {
          c.maxConnections = static_cast<size_t>(d.integer(e.value, p, 1, 1 << 20));
        }},
       d.nested("auth",
                [&](const HclValue& a, const std::string& p) {
                  c.auth = AuthLayer{};
                  d.walk(a, p,
                         {d.flag("enabled", c.auth.enabled), d.string("username", c.auth.username),
                          d.string("password", c.auth.password)});
                }),
       d.nested("retry",
                [&](const HclValue& r, const std::string& p) { c.retry = decodeRetry(d, r, p); }),
       d.nested("ssl",
                [&](const HclValue& s, const std::string& p) { c.ssl = decodeSsl(d, s, p); }),
       d.nested("transport",
                [&](const HclValue& t, const std::string& p) { checkTransport(d, t, p); })});
  return c;
}

ExecLayer decodeExec(const Decoder& d, const HclValue& b, const std::string& path) {
  ExecLayer x;
  d.walk(
      b, path,
      {d.list("command", x.command), d.flag("enabled", x.enabled), d.millis("timeout", x.timeout),
       d.millis("splay", x.splay), d.signalName("kill_signal", x.killSignal),
       d.millis("kill_timeout", x.killTimeout), d.signalName("reload_signal", x.reloadSignal),
       d.nested("env", [&](const HclValue& env, const std::string& p) {
         x.envCustom.clear();
         x.envAllowlist.clear();
         x.envDenylist.clear();
         std::vector<std::string> legacyAllow, legacyDeny;
         d.walk(env, p,
                {d.flag("pristine", x.envPristine), d.appendList("custom", x.envCustom),
                 d.appendList("allowlist", x.envAllowlist), d.appendList("denylist", x.envDenylist),
                 d.appendList("whitelist", legacyAllow), d.appendList("blacklist", legacyDeny)});
         x.envAllowlist.insert(x.envAllowlist.end(), legacyAllow.begin(), legacyAllow.end());
         x.envDenylist.insert(x.envDenylist.end(), legacyDeny.begin(), legacyDeny.end());
       })});
  return x;
}

DedupLayer decodeDedup(const Decoder& d, const HclValue& b, const std::string& path) {
  DedupLayer x;
  d.walk(b, path,
         {d.flag("enabled", x.enabled), d.string("prefix", x.prefix), d.millis("ttl", x.ttl),
          d.millis("max_stale", x.maxStale), d.millis("block_query_wait", x.blockQueryWait)});
  return x;
}

// vault {} and nomad {} are accepted so that a consul-template file loads, but nothing reads
// them: the keys are still checked.
void checkVault(const Decoder& d, const HclValue& b, const std::string& path) {
  d.walk(b, path,
         {d.checked("address", 's'), d.checked("enabled", 'b'), d.checked("namespace", 's'),
          d.checked("renew_token", 'b'), d.checked("token", 's'),
          d.checked("vault_agent_token_file", 's'), d.checked("unwrap_token", 'b'),
          d.checked("client_user_agent", 's'), d.checked("default_lease_duration", 'd'),
          d.checked("lease_renewal_threshold", 'f'), d.checked("k8s_auth_role_name", 's'),
          d.checked("k8s_service_account_token_path", 's'),
          d.checked("k8s_service_account_token", 's'), d.checked("k8s_service_mount_path", 's'),
          d.nested("retry", [&](const HclValue& r, const std::string& p) { decodeRetry(d, r, p); }),
          d.nested("ssl", [&](const HclValue& s, const std::string& p) { decodeSsl(d, s, p); }),
          d.nested("transport",
                   [&](const HclValue& t, const std::string& p) { checkTransport(d, t, p); })});
}

void checkNomad(const Decoder& d, const HclValue& b, const std::string& path) {
  d.walk(b, path,
         {d.checked("address", 's'), d.checked("enabled", 'b'), d.checked("namespace", 's'),
          d.checked("token", 's'), d.checked("auth_username", 's'), d.checked("auth_password", 's'),
          d.nested("retry", [&](const HclValue& r, const std::string& p) { decodeRetry(d, r, p); }),
          d.nested("ssl", [&](const HclValue& s, const std::string& p) { decodeSsl(d, s, p); }),
          d.nested("transport",
                   [&](const HclValue& t, const std::string& p) { checkTransport(d, t, p); })});
}

void appendTemplates(const Decoder& d, const HclEntry& e, std::vector<TemplateEntry>& out) {
  // `template { }` repeats; JSON (and HCL) may also give a list of template objects.
  if (e.value.kind == HclKind::List) {
    for (size_t i = 0; i < e.value.items.size(); ++i) {
      const HclValue& item = e.value.items[i];
      if (item.kind != HclKind::Object)
        d.fail(item.pos, "template[" + std::to_string(out.size()) + "]: expected a block, got " +
                             item.kindName());
      out.push_back(
          detail::decodeTemplate(d, item, "template[" + std::to_string(out.size()) + "]"));
    }
    return;
  }
  if (e.value.kind != HclKind::Object)
    d.fail(e.value.pos,
           std::string("template: expected a block ({ ... }), got ") + e.value.kindName());
  out.push_back(detail::decodeTemplate(d, e.value, "template[" + std::to_string(out.size()) + "]"));
}

}  // namespace

ConfigLayer decodeConfigTree(const HclValue& root, const std::string& name) {
  ConfigLayer l;
  Decoder d(name, l.warnings);
  d.walk(root, "",
         {{"consul",
           [&](const HclEntry& e, const std::string& p) {
             if (e.value.kind == HclKind::String) {
               d.warn(e.value.pos,
                      "consul = \"...\" is deprecated: write consul { address = \"...\" }");
               l.consul = ConsulLayer{};
               l.consul.address = e.value.text;
               checkAddress(d, e.value, e.value.text);
             } else if (const HclValue* b = d.block(e.value, p)) {
               l.consul = decodeConsul(d, *b, p);
             }
           }},
          {"template",
           [&](const HclEntry& e, const std::string&) { appendTemplates(d, e, l.templates); }},
          {"wait", [&](const HclEntry& e, const std::string& p) { l.wait = d.wait(e.value, p); }},
          {"log_level",
           [&](const HclEntry& e, const std::string& p) {
             try {
               l.logLevel = detail::checkLogLevel(d.str(e.value, p));
             } catch (const std::invalid_argument& err) {
               d.fail(e.value.pos, err.what());
             }
           }},
          d.millis("max_stale", l.maxStale),
          d.millis("block_query_wait", l.blockQueryWait),
          d.string("pid_file", l.pidFile),
          d.signalName("reload_signal", l.reloadSignal),
          d.signalName("kill_signal", l.killSignal),
          d.flag("template_error_fatal", l.templateErrorFatal),
          d.flag("err_on_failed_lookup", l.errOnFailedLookup),
          d.nested("default_delimiters",
                   [&](const HclValue& b, const std::string& p) {
                     l.defaultLeftDelim.reset();
                     l.defaultRightDelim.reset();
                     d.walk(b, p,
                            {d.string("left", l.defaultLeftDelim),
                             d.string("right", l.defaultRightDelim)});
                   }),
          d.nested("syslog",
                   [&](const HclValue& b, const std::string& p) {
                     l.syslog = SyslogLayer{};
                     d.walk(b, p,
                            {d.flag("enabled", l.syslog.enabled),
                             d.string("facility", l.syslog.facility),
                             d.string("name", l.syslog.name)});
                   }),
          d.nested("log_file",
                   [&](const HclValue& b, const std::string& p) {
                     l.logFile = LogFileLayer{};
                     d.walk(b, p,
                            {d.string("path", l.logFile.path),
                             d.int32("log_rotate_bytes", l.logFile.rotateBytes),
                             d.millis("log_rotate_duration", l.logFile.rotateDuration),
                             d.int32("log_rotate_max_files", l.logFile.rotateMaxFiles)});
                   }),
          d.nested("exec",
                   [&](const HclValue& b, const std::string& p) { l.exec = decodeExec(d, b, p); }),
          d.nested("deduplicate", [&](const HclValue& b,
                                      const std::string& p) { l.dedup = decodeDedup(d, b, p); }),
          d.nested("vault",
                   [&](const HclValue& b, const std::string& p) {
                     checkVault(d, b, p);
                     l.vault = true;
                   }),
          d.nested("nomad",
                   [&](const HclValue& b, const std::string& p) {
                     checkNomad(d, b, p);
                     l.nomad = true;
                   }),
          {"once",
           [&](const HclEntry& e, const std::string& p) {
             d.boolean(e.value, p);
             d.warn(e.keyPos,
                    "once in a configuration file is ignored (as consul-template): "
                    "use the -once flag");
           }},
          d.string("catalog_file", l.catalogFile),
          d.flag("exit_on_command_failure", l.exitOnCommandFailure),
          d.flag("exit_on_retry_failure", l.exitOnRetryFailure),
          {"status_addr", [&](const HclEntry& e, const std::string& p) {
             l.statusAddr = d.str(e.value, p);
             try {
               detail::checkHostPort(*l.statusAddr);
             } catch (const std::invalid_argument& err) {
               d.fail(e.value.pos, p + ": " + err.what());
             }
           }}});
  return l;
}

ConfigLayer parseConfigLayer(std::string_view text, const std::string& name) {
  return decodeConfigTree(parseConfigText(text, name), name);
}

}  // namespace hc::config
