// Configuration files into layers: every key, value forms as consul-template decodes them
// (durations, perms, command splitting, signals, wait), unknown keys and wrong types with
// FILE:LINE:COL, repeated blocks, and reading files and directories from disk.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <csignal>

#include "hc/config/config.h"
#include "test_support.h"

namespace hc::config {
namespace {

using ::testing::ElementsAre;
using testing::errorOf;
using ::testing::HasSubstr;
using ::testing::StartsWith;
using testing::TempDir;
using namespace std::chrono_literals;

ConfigLayer hcl(const std::string& text) {
  return parseConfigLayer(text, "f.hcl");
}
std::string hclError(const std::string& text) {
  return errorOf<ConfigError>([&] { parseConfigLayer(text, "f.hcl"); });
}

TEST(ConfigFile, TopLevelKeys) {
  ConfigLayer l = hcl(R"(
log_level = "debug"
max_stale = "10s"
block_query_wait = "30s"
pid_file = "/run/hc.pid"
reload_signal = "SIGUSR1"
kill_signal = "SIGTERM"
template_error_fatal = false
err_on_failed_lookup = true
wait = "2s:8s"
default_delimiters {
  left = "[["
  right = "]]"
}
syslog {
  enabled = true
  facility = "LOCAL3"
  name = "hc"
}
log_file {
  path = "/var/log/hc.log"
  log_rotate_bytes = 1024
  log_rotate_duration = "1h"
  log_rotate_max_files = 5
}
catalog_file = "/etc/catalog.json"
exit_on_command_failure = true
exit_on_retry_failure = true
status_addr = "127.0.0.1:9090"
)");
  EXPECT_EQ(l.logLevel, "DEBUG");
  EXPECT_EQ(l.maxStale, 10s);
  EXPECT_EQ(l.blockQueryWait, 30s);
  EXPECT_EQ(l.pidFile, "/run/hc.pid");
  EXPECT_EQ(l.reloadSignal, SIGUSR1);
  EXPECT_EQ(l.killSignal, SIGTERM);
  EXPECT_EQ(l.templateErrorFatal, false);
  EXPECT_EQ(l.errOnFailedLookup, true);
  EXPECT_EQ(l.wait.min, 2s);
  EXPECT_EQ(l.wait.max, 8s);
  EXPECT_EQ(l.wait.origin, "f.hcl:10:8");
  EXPECT_EQ(l.defaultLeftDelim, "[[");
  EXPECT_EQ(l.defaultRightDelim, "]]");
  EXPECT_EQ(l.syslog.enabled, true);
  EXPECT_EQ(l.syslog.facility, "LOCAL3");
  EXPECT_EQ(l.syslog.name, "hc");
  EXPECT_EQ(l.logFile.path, "/var/log/hc.log");
  EXPECT_EQ(l.logFile.rotateBytes, 1024);
  EXPECT_EQ(l.logFile.rotateDuration, 1h);
  EXPECT_EQ(l.logFile.rotateMaxFiles, 5);
  EXPECT_EQ(l.catalogFile, "/etc/catalog.json");
  EXPECT_EQ(l.exitOnCommandFailure, true);
  EXPECT_EQ(l.exitOnRetryFailure, true);
  EXPECT_EQ(l.statusAddr, "127.0.0.1:9090");
  EXPECT_TRUE(l.warnings.empty());
}

TEST(ConfigFile, ConsulBlock) {
  ConfigLayer l = hcl(R"(
consul {
  address = "consul.internal:8500"
  namespace = "ns1"
  token = "secret"
  token_file = "/etc/token"
  max_connections = 16
  auth {
    enabled = true
    username = "u"
    password = "p"
  }
  retry {
    enabled = true
    attempts = 5
    backoff = "500ms"
    max_backoff = "30s"
  }
  ssl {
    enabled = true
    verify = false
    cert = "/c.pem"
    key = "/k.pem"
    ca_cert = "/ca.pem"
    ca_path = "/ca"
    server_name = "consul"
  }
  transport {
    dial_keep_alive = "30s"
    dial_timeout = "30s"
    disable_keep_alives = false
    idle_conn_timeout = "5s"
    max_idle_conns = 0
    max_idle_conns_per_host = 100
    max_conns_per_host = 0
    tls_handshake_timeout = "10s"
  }
}
)");
  const ConsulLayer& c = l.consul;
  EXPECT_EQ(c.address, "consul.internal:8500");
  EXPECT_EQ(c.namespace_, "ns1");
  EXPECT_EQ(c.token, "secret");
  EXPECT_EQ(c.tokenFile, "/etc/token");
  EXPECT_EQ(c.maxConnections, 16u);
  EXPECT_EQ(c.auth.enabled, true);
  EXPECT_EQ(c.auth.username, "u");
  EXPECT_EQ(c.auth.password, "p");
  EXPECT_EQ(c.retry.enabled, true);
  EXPECT_EQ(c.retry.attempts, 5);
  EXPECT_EQ(c.retry.backoff, 500ms);
  EXPECT_EQ(c.retry.maxBackoff, 30s);
  EXPECT_EQ(c.ssl.enabled, true);
  EXPECT_EQ(c.ssl.verify, false);
  EXPECT_EQ(c.ssl.certFile, "/c.pem");
  EXPECT_EQ(c.ssl.keyFile, "/k.pem");
  EXPECT_EQ(c.ssl.caFile, "/ca.pem");
  EXPECT_EQ(c.ssl.caPath, "/ca");
  EXPECT_EQ(c.ssl.serverName, "consul");
}

TEST(ConfigFile, BlockOrAssignedObject) {
  ConfigLayer a = hcl("consul { retry { attempts = 2 } }");
  ConfigLayer b = hcl("consul = { retry = { attempts = 2 } }");
  EXPECT_EQ(a.consul.retry.attempts, 2);
  EXPECT_EQ(b.consul.retry.attempts, 2);
}

TEST(ConfigFile, TemplateBlock) {
  ConfigLayer l = hcl(R"(
template {
  source = "/t/in.tmpl"
  destination = "/etc/out"
  command = "restart"
  command_timeout = "5s"
  perms = "0600"
  user = "haproxy"
  group = "haproxy"
  backup = true
  create_dest_dirs = false
  wait {
    min = "2s"
  }
  error_on_missing_key = true
  error_fatal = false
  left_delimiter = "<%"
  right_delimiter = "%>"
  function_denylist = ["plugin", "sprig_*"]
  function_blacklist = ["plugin", "file"]
  sandbox_path = "/srv"
}
template {
  contents = "{{ key \"k\" }}"
  destination = "/etc/out2"
  uid = 1000
  gid = 1001
}
)");
  ASSERT_EQ(l.templates.size(), 2u);
  const TemplateConfig& t = l.templates[0].config;
  EXPECT_EQ(l.templates[0].origin, "f.hcl:2:10");
  EXPECT_EQ(t.source, "/t/in.tmpl");
  EXPECT_EQ(t.destination, "/etc/out");
  EXPECT_THAT(t.command, ElementsAre("restart"));
  EXPECT_EQ(t.commandTimeout, 5s);
  EXPECT_EQ(t.perms, 0600u);
  EXPECT_EQ(t.user, "haproxy");
  EXPECT_EQ(t.group, "haproxy");
  EXPECT_TRUE(t.backup);
  EXPECT_FALSE(t.createDestDirs);
  ASSERT_TRUE(t.wait.has_value());
  EXPECT_EQ(t.wait->min, 2s);
  EXPECT_EQ(t.wait->max, 8s);  // 4 × min
  EXPECT_TRUE(t.errorOnMissingKey);
  EXPECT_EQ(l.templates[0].errorFatal, false);
  EXPECT_EQ(t.leftDelim, "<%");
  EXPECT_EQ(t.rightDelim, "%>");
  EXPECT_THAT(t.functionDenylist, ElementsAre("plugin", "sprig_*", "file"));
  EXPECT_EQ(t.sandboxPath, "/srv");
  EXPECT_FALSE(t.haproxy.enabled);

  const TemplateConfig& u = l.templates[1].config;
  EXPECT_EQ(u.contents, "{{ key \"k\" }}");
  EXPECT_EQ(u.source, "");
  EXPECT_EQ(u.user, "1000");
  EXPECT_EQ(u.group, "1001");
  EXPECT_FALSE(u.perms.has_value());
  EXPECT_TRUE(u.createDestDirs);
  EXPECT_FALSE(u.wait.has_value());
  EXPECT_EQ(u.commandTimeout, 30s);
  EXPECT_FALSE(l.templates[1].errorFatal.has_value());
}

TEST(ConfigFile, TemplateHaproxyBlock) {
  ConfigLayer l = hcl(R"(
template {
  source = "h.tmpl"
  destination = "/etc/haproxy/haproxy.cfg"
  haproxy {
    socket = "/run/haproxy/admin.sock"
    mode = "reload"
    check_command = "haproxy -c -f {{file}} -q"
    min_reload_interval = "5s"
    state_file = "/var/lib/haproxy/state"
    reload_command = "systemctl reload haproxy"
  }
}
template {
  source = "h2.tmpl"
  destination = "/etc/h2.cfg"
  haproxy {}
}
)");
  const HaproxyConfig& h = l.templates.at(0).config.haproxy;
  EXPECT_TRUE(h.enabled);
  EXPECT_EQ(h.socket, "/run/haproxy/admin.sock");
  EXPECT_EQ(h.mode, "reload");
  EXPECT_EQ(h.checkCommand, "haproxy -c -f {{file}} -q");
  EXPECT_EQ(h.minReloadInterval, 5s);
  EXPECT_EQ(h.stateFile, "/var/lib/haproxy/state");
  EXPECT_EQ(h.reloadCommand, "systemctl reload haproxy");
  const HaproxyConfig& d = l.templates.at(1).config.haproxy;
  EXPECT_TRUE(d.enabled);
  EXPECT_EQ(d.mode, "runtime");
  EXPECT_EQ(d.checkCommand, "haproxy -c -f {{file}}");
  EXPECT_EQ(hclError("template {\n  haproxy { mode = \"fast\" }\n}"),
            "f.hcl:2:20: template[0].haproxy.mode: invalid haproxy mode \"fast\" (want runtime, "
            "socket-only or reload)");
  EXPECT_EQ(hclError("template {\n  haproxy { enabled = true }\n}"),
            "f.hcl:2:13: unknown key \"enabled\" in template[0].haproxy");
}

TEST(ConfigFile, CommandStringIsSplitOnCommasAListStaysAList) {
  struct Case {
    std::string line;
    std::vector<std::string> argv;
  };
  const Case cases[] = {
      {"command = \"a, b\"", {"a", " b"}},
      {"command = \"awk -F, x\"", {"awk -F", " x"}},
      {"command = \"service haproxy reload\"", {"service haproxy reload"}},
      {"command = [\"x y\"]", {"x y"}},
      {"command = [\"/bin/kill\", \"-HUP\", \"1\"]", {"/bin/kill", "-HUP", "1"}},
      {"command = \"\"", {}},
      {"command = []", {}},
      {"command = \"legacy\"\nexec { command = [\"new\"] }", {"new"}},
      {"exec = { command = \"a,b\" }", {"a", "b"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.line);
    ConfigLayer l = hcl("template {\n" + c.line + "\n}");
    EXPECT_EQ(l.templates.at(0).config.command, c.argv);
  }
  EXPECT_EQ(hclError("template {\n  command = [\"a\", 1]\n}"),
            "f.hcl:2:19: template[0].command[1]: expected a string, got number");
  EXPECT_EQ(hclError("template {\n  command = 1\n}"),
            "f.hcl:2:13: template[0].command: expected a list of strings or a string, got number");
}

TEST(ConfigFile, CommandTimeoutLegacyAndExec) {
  EXPECT_EQ(hcl("template { command_timeout = \"10s\" }").templates[0].config.commandTimeout, 10s);
  EXPECT_EQ(hcl("template {\n command_timeout = \"10s\"\n exec { timeout = \"3s\" }\n}")
                .templates[0]
                .config.commandTimeout,
            3s);
  // The other exec keys of a template are checked and ignored.
  hcl(R"(template {
  exec {
    enabled = true
    kill_signal = "SIGTERM"
    kill_timeout = "5s"
    reload_signal = "SIGHUP"
    splay = "1s"
    env { pristine = true custom = ["A=1"] allowlist = "X*" denylist = [] }
  }
})");
  EXPECT_THAT(hclError("template {\n exec { kill_signal = \"TERM\" }\n}"),
              StartsWith("f.hcl:2:23: template[0].exec.kill_signal: invalid signal \"TERM\""));
}

TEST(ConfigFile, PermsOctalStringOrNumber) {
  EXPECT_EQ(hcl("template { perms = \"0600\" }").templates[0].config.perms, 0600u);
  EXPECT_EQ(hcl("template { perms = \"644\" }").templates[0].config.perms, 0644u);
  EXPECT_EQ(hcl("template { perms = 0600 }").templates[0].config.perms, 0600u);
  EXPECT_EQ(hcl("template { perms = 384 }").templates[0].config.perms, 0600u);
  EXPECT_EQ(hcl("template { perms = 0 }").templates[0].config.perms, 0u);
  EXPECT_EQ(hclError("template {\n  perms = \"0999\"\n}"),
            "f.hcl:2:11: template[0].perms: strconv.ParseUint: parsing \"0999\": invalid syntax");
  EXPECT_EQ(hclError("template {\n  perms = 010000\n}"),
            "f.hcl:2:11: template[0].perms: 010000 is not a file mode (0 to 07777)");
  EXPECT_EQ(hclError("template {\n  perms = true\n}"),
            "f.hcl:2:11: template[0].perms: expected an octal mode (\"0644\" or 0644), got bool");
}

TEST(ConfigFile, DurationsNeedAUnit) {
  EXPECT_EQ(hcl("max_stale = 0").maxStale, 0ms);
  EXPECT_EQ(hcl("max_stale = \"0\"").maxStale, 0ms);
  EXPECT_EQ(hcl("max_stale = \"1m30s\"").maxStale, 90s);
  EXPECT_EQ(hclError("max_stale = 5"),
            "f.hcl:1:13: max_stale: a duration needs a unit, as in \"5s\" (got 5)");
  EXPECT_EQ(hclError("max_stale = \"30\""),
            "f.hcl:1:13: max_stale: time: missing unit in duration \"30\"");
  EXPECT_EQ(hclError("consul {\n  retry {\n    backoff = true\n  }\n}"),
            "f.hcl:3:15: consul.retry.backoff: expected a duration string (\"250ms\", \"1m30s\"), "
            "got bool");
}

TEST(ConfigFile, Signals) {
  EXPECT_EQ(hcl("kill_signal = \"sigterm\"").killSignal, SIGTERM);
  EXPECT_EQ(hcl("reload_signal = \"\"").reloadSignal, 0);  // SIGNULL: no reload signal
  EXPECT_THAT(hclError("kill_signal = \"TERM\""),
              StartsWith("f.hcl:1:15: kill_signal: invalid signal \"TERM\" - valid signals are "
                         "[\"SIGABRT\""));
  EXPECT_EQ(hclError("kill_signal = 15"), "f.hcl:1:15: kill_signal: expected a string, got number");
}

TEST(ConfigFile, WaitForms) {
  ConfigLayer a = hcl("wait = \"5s\"");
  EXPECT_EQ(a.wait.min, 5s);
  EXPECT_EQ(a.wait.max, 20s);
  ConfigLayer b = hcl("wait {\n  min = \"1s\"\n  max = \"3s\"\n}");
  EXPECT_EQ(b.wait.min, 1s);
  EXPECT_EQ(b.wait.max, 3s);
  EXPECT_EQ(b.wait.origin, "f.hcl:1:6");
  ConfigLayer c = hcl("wait = { min = \"1s\" }");
  EXPECT_EQ(c.wait.min, 1s);
  EXPECT_FALSE(c.wait.max.has_value());  // 4 × min once merged
  EXPECT_EQ(hclError("wait = \"10s:5s\""), "f.hcl:1:8: wait: min must be less than max");
  EXPECT_EQ(hclError("wait {\n  min = \"10s\"\n  max = \"5s\"\n}"),
            "f.hcl:1:6: wait: min must be less than max");
  EXPECT_EQ(hclError("wait = \"1s:2s:3s\""), "f.hcl:1:8: wait: invalid format");
  EXPECT_EQ(hclError("wait = \"x\""), "f.hcl:1:8: wait: time: invalid duration \"x\"");
  EXPECT_EQ(hclError("wait { enabled = true }"), "f.hcl:1:8: unknown key \"enabled\" in wait");
  EXPECT_EQ(hclError("template {\n  wait = \"3s:1s\"\n}"),
            "f.hcl:2:10: wait: min must be less than max");
}

TEST(ConfigFile, UnknownKeysNameKeyAndPosition) {
  EXPECT_EQ(hclError("log_level = \"info\"\nbogus = 1"), "f.hcl:2:1: unknown key \"bogus\"");
  EXPECT_EQ(hclError("consul {\n  ssl {\n    bogus = true\n  }\n}"),
            "f.hcl:3:5: unknown key \"bogus\" in consul.ssl");
  EXPECT_EQ(hclError("template {\n  source = \"a\"\n  destnation = \"b\"\n}"),
            "f.hcl:3:3: unknown key \"destnation\" in template[0]");
  EXPECT_EQ(hclError("template {}\ntemplate { foo = 1 }"),
            "f.hcl:2:12: unknown key \"foo\" in template[1]");
  EXPECT_EQ(hclError("template \"web\" {\n  source = \"a\"\n}"),
            "f.hcl:1:10: unknown key \"web\" in template[0]");
  EXPECT_EQ(hclError("parse_only = true"), "f.hcl:1:1: unknown key \"parse_only\"");
  EXPECT_EQ(hclError("consul { transport { bogus = 1 } }"),
            "f.hcl:1:22: unknown key \"bogus\" in consul.transport");
  EXPECT_EQ(hclError("vault { bogus = 1 }"), "f.hcl:1:9: unknown key \"bogus\" in vault");
}

TEST(ConfigFile, WrongTypes) {
  EXPECT_EQ(hclError("log_level = 1"), "f.hcl:1:13: log_level: expected a string, got number");
  EXPECT_EQ(hclError("consul {\n  retry {\n    attempts = \"3\"\n  }\n}"),
            "f.hcl:3:16: consul.retry.attempts: expected an integer, got string");
  EXPECT_EQ(hclError("template { backup = \"true\" }"),
            "f.hcl:1:21: template[0].backup: expected a bool (true or false), got string");
  EXPECT_EQ(hclError("consul = 5"), "f.hcl:1:10: consul: expected a block ({ ... }), got number");
  EXPECT_EQ(hclError("template = \"x\""),
            "f.hcl:1:12: template: expected a block ({ ... }), got string");
  EXPECT_EQ(hclError("consul { max_connections = 0 }"),
            "f.hcl:1:28: consul.max_connections: 0 is out of range [1, 1048576]");
  EXPECT_EQ(
      hclError("log_level = \"loud\""),
      "f.hcl:1:13: invalid log level \"LOUD\", valid log levels are TRACE, DEBUG, INFO, WARN, "
      "ERR");
  EXPECT_EQ(hclError("status_addr = \"nowhere\""),
            "f.hcl:1:15: status_addr: want HOST:PORT (e.g. 127.0.0.1:9090), got \"nowhere\"");
  EXPECT_THAT(hclError("consul { address = \"ftp://x\" }"),
              StartsWith("f.hcl:1:20: consul.address: invalid Consul address \"ftp://x\""));
}

TEST(ConfigFile, KeysMatchCaseInsensitively) {
  EXPECT_EQ(hcl("LOG_LEVEL = \"info\"").logLevel, "INFO");
  EXPECT_EQ(hcl("Consul { Address = \"h:1\" }").consul.address, "h:1");
}

TEST(ConfigFile, RepeatedScalarsAndBlocksKeepTheLast) {
  ConfigLayer l =
      hcl("log_level = \"debug\"\nlog_level = \"info\"\n"
          "consul { address = \"a:1\" }\nconsul { token = \"t\" }\n");
  EXPECT_EQ(l.logLevel, "INFO");
  // hcl + consul-template's flattenKeys keep only the last consul block.
  EXPECT_FALSE(l.consul.address.has_value());
  EXPECT_EQ(l.consul.token, "t");
}

TEST(ConfigFile, LegacyConsulStringAndOnceAreWarned) {
  ConfigLayer l = hcl("consul = \"h:8500\"\nonce = true");
  EXPECT_EQ(l.consul.address, "h:8500");
  ASSERT_EQ(l.warnings.size(), 2u);
  EXPECT_THAT(l.warnings[0], StartsWith("f.hcl:1:10: consul = \"...\" is deprecated"));
  EXPECT_THAT(l.warnings[1], StartsWith("f.hcl:2:1: once in a configuration file is ignored"));
  EXPECT_FALSE(l.once.has_value());
}

TEST(ConfigFile, OptionalBlocksAreAcceptedAndKept) {
  ConfigLayer l = hcl(R"(
exec {
  command = ["/bin/app", "-x"]
  kill_signal = "SIGTERM"
  kill_timeout = "10s"
  reload_signal = "SIGHUP"
  splay = "2s"
  timeout = "0s"
  env {
    pristine = true
    custom = ["A=1"]
    allowlist = ["X*"]
    denylist = ["SECRET*"]
    blacklist = ["OLD*"]
  }
}
deduplicate {
  prefix = "hc/dedup/"
  ttl = "20s"
}
vault {
  address = "https://vault:8200"
  renew_token = false
  lease_renewal_threshold = 0.9
  retry { attempts = 3 }
  ssl { verify = false }
}
nomad {
  address = "http://nomad:4646"
}
)");
  EXPECT_THAT(*l.exec.command, ElementsAre("/bin/app", "-x"));
  EXPECT_EQ(l.exec.killSignal, SIGTERM);
  EXPECT_EQ(l.exec.killTimeout, 10s);
  EXPECT_EQ(l.exec.reloadSignal, SIGHUP);
  EXPECT_EQ(l.exec.splay, 2s);
  EXPECT_EQ(l.exec.envPristine, true);
  EXPECT_THAT(l.exec.envDenylist, ElementsAre("SECRET*", "OLD*"));
  EXPECT_EQ(l.dedup.prefix, "hc/dedup/");
  EXPECT_EQ(l.dedup.ttl, 20s);
  EXPECT_TRUE(l.vault);
  EXPECT_TRUE(l.nomad);
}

TEST(ConfigFile, JsonGivesTheSameLayer) {
  ConfigLayer h = hcl(R"(
consul { address = "h:1" retry { attempts = 3 } }
log_level = "info"
wait = "1s:4s"
template {
  source = "a"
  destination = "b"
  command = "x, y"
  perms = "0640"
}
template {
  contents = "c"
  destination = "d"
  wait { min = "1s" }
}
)");
  ConfigLayer j = parseConfigLayer(R"({
  "consul": {"address": "h:1", "retry": {"attempts": 3}},
  "log_level": "info",
  "wait": "1s:4s",
  "template": [
    {"source": "a", "destination": "b", "command": "x, y", "perms": "0640"},
    {"contents": "c", "destination": "d", "wait": {"min": "1s"}}
  ]
})",
                                   "f.json");
  EXPECT_EQ(j.consul.address, h.consul.address);
  EXPECT_EQ(j.consul.retry.attempts, h.consul.retry.attempts);
  EXPECT_EQ(j.logLevel, h.logLevel);
  EXPECT_EQ(j.wait.min, h.wait.min);
  EXPECT_EQ(j.wait.max, h.wait.max);
  ASSERT_EQ(j.templates.size(), 2u);
  EXPECT_EQ(j.templates[0].config.command, h.templates[0].config.command);
  EXPECT_EQ(j.templates[0].config.perms, h.templates[0].config.perms);
  EXPECT_EQ(j.templates[1].config.contents, h.templates[1].config.contents);
  EXPECT_EQ(j.templates[1].config.wait->max, h.templates[1].config.wait->max);
  EXPECT_EQ(j.templates[0].origin, "f.json:6:5");
  EXPECT_EQ(errorOf<ConfigError>(
                [] { parseConfigLayer("{\n  \"consul\": {\"adress\": \"x\"}\n}", "f.json"); }),
            "f.json:2:14: unknown key \"adress\" in consul");
  // A single template object is a template too.
  EXPECT_EQ(parseConfigLayer("{\"template\": {\"source\": \"s\"}}", "f.json").templates.size(), 1u);
}

TEST(ConfigPath, ReadsAFile) {
  TempDir dir;
  std::string path = dir.write("c.hcl", "log_level = \"err\"\n");
  EXPECT_EQ(readConfigPath(path).logLevel, "ERR");
  std::string bad = dir.write("bad.hcl", "consul {\n  adress = \"x\"\n}\n");
  EXPECT_EQ(errorOf<ConfigError>([&] { readConfigPath(bad); }),
            bad + ":2:3: unknown key \"adress\" in consul");
}

TEST(ConfigPath, MissingPath) {
  TempDir dir;
  std::string path = dir.path() + "/nope.hcl";
  EXPECT_EQ(errorOf<ConfigError>([&] { readConfigPath(path); }),
            path + ": missing file/folder: No such file or directory");
}

TEST(ConfigPath, DirectoryInLexicalOrderRecursively) {
  TempDir dir;
  dir.write("b.hcl", "log_level = \"info\"\ntemplate {\n  source = \"b\"\n}\n");
  dir.write("a.hcl",
            "log_level = \"debug\"\nmax_stale = \"1s\"\ntemplate {\n  source = \"a\"\n}\n");
  dir.write("c/d.hcl", "template {\n  source = \"c/d\"\n}\n");
  dir.write("c.json", "{\"template\": {\"source\": \"c.json\"}}");
  dir.write("B.hcl", "template {\n  source = \"B\"\n}\n");  // uppercase sorts first
  ConfigLayer l = readConfigPath(dir.path());
  std::vector<std::string> sources;
  for (const TemplateEntry& t : l.templates) sources.push_back(t.config.source);
  EXPECT_THAT(sources, ElementsAre("B", "a", "b", "c/d", "c.json"));
  EXPECT_EQ(l.logLevel, "INFO");  // b.hcl after a.hcl
  EXPECT_EQ(l.maxStale, 1s);      // a.hcl's, not overwritten
  EXPECT_EQ(l.templates[3].origin, dir.path() + "/c/d.hcl:1:10");
}

TEST(ConfigPath, DirectoryErrorNamesTheFile) {
  TempDir dir;
  dir.write("a.hcl", "log_level = \"info\"\n");
  std::string bad = dir.write("z/bad.hcl", "template {\n  source = 1\n}\n");
  EXPECT_EQ(errorOf<ConfigError>([&] { readConfigPath(dir.path()); }),
            bad + ":2:12: template[0].source: expected a string, got number");
}

TEST(ConfigPath, SymlinksToFilesAreReadSymlinkedDirectoriesAreNot) {
  TempDir dir, other;
  std::string target = other.write("real.hcl", "template {\n  source = \"linked\"\n}\n");
  other.write("sub/inner.hcl", "template {\n  source = \"inner\"\n}\n");
  dir.write("a.hcl", "template {\n  source = \"a\"\n}\n");
  ASSERT_EQ(symlink(target.c_str(), (dir.path() + "/b.hcl").c_str()), 0);
  ASSERT_EQ(symlink((other.path() + "/sub").c_str(), (dir.path() + "/c").c_str()), 0);
  ConfigLayer l = readConfigPath(dir.path());
  std::vector<std::string> sources;
  for (const TemplateEntry& t : l.templates) sources.push_back(t.config.source);
  EXPECT_THAT(sources, ElementsAre("a", "linked"));
  EXPECT_THAT(l.warnings, ElementsAre(dir.path() + "/c: symlinked directory not followed"));
}

TEST(ConfigPath, EmptyDirectoryIsAnEmptyLayer) {
  TempDir dir;
  ConfigLayer l = readConfigPath(dir.path());
  EXPECT_TRUE(l.templates.empty());
  EXPECT_FALSE(l.logLevel.has_value());
}

}  // namespace
}  // namespace hc::config
