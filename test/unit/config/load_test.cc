// config::load: defaults, the environment below the files, files in order, the command line on
// top, consul-template's finishing rules and the validation errors.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <csignal>

#include "hc/config/config.h"
#include "test_support.h"

namespace hc::config {
namespace {

using ::testing::ElementsAre;
using testing::Env;
using testing::envOf;
using testing::errorOf;
using ::testing::HasSubstr;
using ::testing::StartsWith;
using testing::TempDir;
using namespace std::chrono_literals;

Config loadArgs(std::vector<std::string> args, Env env = {}) {
  return load(parseCommandLine(args), envOf(std::move(env)));
}
std::string loadError(std::vector<std::string> args, Env env = {}) {
  return errorOf<ConfigError>([&] { loadArgs(args, env); });
}
std::vector<std::string> sources(const Config& c) {
  std::vector<std::string> out;
  for (const TemplateConfig& t : c.templates) out.push_back(t.source);
  return out;
}

TEST(Load, Defaults) {
  Config c = loadArgs({});
  EXPECT_EQ(c.consul.address(), "http://127.0.0.1:8500");
  EXPECT_TRUE(c.consul.token.empty());
  EXPECT_FALSE(c.consul.tls.enabled);
  EXPECT_TRUE(c.retry.enabled);
  EXPECT_EQ(c.retry.attempts, 12);
  EXPECT_EQ(c.retry.backoff, 250ms);
  EXPECT_EQ(c.retry.maxBackoff, 1min);
  EXPECT_FALSE(c.retry.exitOnExhausted);
  EXPECT_EQ(c.maxConnections, 64u);
  EXPECT_TRUE(c.templates.empty());
  EXPECT_FALSE(c.wait.enabled());
  EXPECT_EQ(c.maxStale, 2s);
  EXPECT_EQ(c.blockQueryWait, 60s);
  EXPECT_EQ(c.logLevel, "WARN");
  EXPECT_EQ(c.killSignal, SIGINT);
  EXPECT_EQ(c.reloadSignal, SIGHUP);
  EXPECT_FALSE(c.once || c.dry || c.parseOnly);
  EXPECT_EQ(c.defaultLeftDelim, "{{");
  EXPECT_EQ(c.defaultRightDelim, "}}");
  EXPECT_FALSE(c.exitOnCommandFailure);
  EXPECT_FALSE(c.exec.enabled);
  EXPECT_FALSE(c.dedup.enabled);
  EXPECT_FALSE(c.syslog.enabled);
  EXPECT_EQ(c.syslog.facility, "LOCAL0");
  EXPECT_TRUE(c.warnings.empty());
}

TEST(Load, SeedCommandLine) {
  Config c = loadArgs({"-template",
                       "/etc/haproxy/haproxy.cfg.tmpl:/etc/haproxy/haproxy.cfg:chmod 644 "
                       "/etc/haproxy/haproxy.cfg && service haproxy reload"});
  ASSERT_EQ(c.templates.size(), 1u);
  EXPECT_EQ(c.templates[0].source, "/etc/haproxy/haproxy.cfg.tmpl");
  EXPECT_EQ(c.templates[0].destination, "/etc/haproxy/haproxy.cfg");
  EXPECT_THAT(c.templates[0].command,
              ElementsAre("chmod 644 /etc/haproxy/haproxy.cfg && service haproxy reload"));
  EXPECT_TRUE(c.templates[0].errorFatal);
}

TEST(Load, EnvironmentBelowFilesBelowCommandLine) {
  TempDir dir;
  Env env = {{"CONSUL_HTTP_ADDR", "env-host:1"},
             {"CONSUL_HTTP_TOKEN", "env-token"},
             {"CT_LOG", "debug"},
             {"CONSUL_NAMESPACE", "env-ns"}};
  Config fromEnv = loadArgs({}, env);
  EXPECT_EQ(fromEnv.consul.address(), "http://env-host:1");
  EXPECT_EQ(fromEnv.consul.token, "env-token");
  EXPECT_EQ(fromEnv.logLevel, "DEBUG");
  EXPECT_EQ(fromEnv.consulNamespace, "env-ns");

  std::string file =
      dir.write("c.hcl",
                "consul {\n  address = \"file-host:2\"\n  namespace = \"file-ns\"\n}\n"
                "log_level = \"info\"\n");
  Config fromFile = loadArgs({"-config", file}, env);
  EXPECT_EQ(fromFile.consul.address(), "http://file-host:2");
  EXPECT_EQ(fromFile.consul.token, "env-token");  // not set by the file: the env's stays
  EXPECT_EQ(fromFile.logLevel, "INFO");
  EXPECT_EQ(fromFile.consulNamespace, "file-ns");

  Config fromCli = loadArgs({"-config", file, "-consul-addr=cli-host:3", "-log-level=err"}, env);
  EXPECT_EQ(fromCli.consul.address(), "http://cli-host:3");
  EXPECT_EQ(fromCli.logLevel, "ERR");
}

TEST(Load, TwoFilesAndTheCommandLine) {
  TempDir dir;
  std::string one = dir.write("1.hcl", R"(
log_level = "debug"
max_stale = "1s"
consul {
  address = "one:1"
  token = "t1"
  retry { attempts = 3 }
}
template {
  source = "A"
  destination = "a"
}
)");
  std::string two = dir.write("2.hcl", R"(
log_level = "info"
consul {
  token = "t2"
  retry { backoff = "1s" }
}
template {
  source = "B"
  destination = "b"
}
)");
  Config c = loadArgs({"-template=CC:cc", "-config", one, "-config=" + two, "-log-level=err"});
  EXPECT_EQ(c.logLevel, "ERR");                   // the command line wins
  EXPECT_EQ(c.maxStale, 1s);                      // only file 1 sets it
  EXPECT_EQ(c.consul.address(), "http://one:1");  // nested blocks merge key by key
  EXPECT_EQ(c.consul.token, "t2");                // the later file wins
  EXPECT_EQ(c.retry.attempts, 3);
  EXPECT_EQ(c.retry.backoff, 1s);
  EXPECT_THAT(sources(c), ElementsAre("A", "B", "CC"));  // files first, then flags
  EXPECT_THAT(c.configPaths, ElementsAre(one, two));
}

TEST(Load, ReloadReadsTheFilesAgain) {
  TempDir dir;
  std::string file = dir.write("c.hcl", "max_stale = \"1s\"\n");
  CommandLine cli = parseCommandLine({"-config", file});
  EXPECT_EQ(load(cli, envOf({})).maxStale, 1s);
  dir.write("c.hcl", "max_stale = \"5s\"\n");
  EXPECT_EQ(load(cli, envOf({})).maxStale, 5s);
}

TEST(Load, LocalConfigEnvSitsBetweenFilesAndFlags) {
  TempDir dir;
  std::string file = dir.write("c.hcl",
                               "log_level = \"info\"\nmax_stale = \"1s\"\n"
                               "template {\n source = \"F\"\n destination = \"f\"\n}\n");
  Env env = {{"CT_LOCAL_CONFIG",
              "log_level = \"debug\"\ntemplate {\n source = \"L\"\n destination = \"l\"\n}\n"}};
  Config c = loadArgs({"-config", file, "-template=TT:tt", "-max-stale=3s"}, env);
  EXPECT_EQ(c.logLevel, "DEBUG");
  EXPECT_EQ(c.maxStale, 3s);
  EXPECT_THAT(sources(c), ElementsAre("F", "L", "TT"));
  EXPECT_THAT(errorOf<ConfigError>([] {
                loadArgs({}, {{"CT_LOCAL_CONFIG", "bogus = 1"}});
              }),
              "CT_LOCAL_CONFIG:1:1: unknown key \"bogus\"");
}

TEST(Load, LogLevelFromEnvironmentAndItsErrors) {
  EXPECT_EQ(loadArgs({}, {{"CONSUL_TEMPLATE_LOG", " trace "}}).logLevel, "TRACE");
  EXPECT_EQ(loadArgs({}, {{"CT_LOG", "info"}, {"CONSUL_TEMPLATE_LOG", "trace"}}).logLevel, "INFO");
  EXPECT_EQ(loadArgs({}, {{"CT_LOG", ""}, {"CONSUL_TEMPLATE_LOG_LEVEL", "err"}}).logLevel, "ERR");
  EXPECT_EQ(
      loadError({}, {{"CT_LOG", "loud"}}),
      "CT_LOG: invalid log level \"LOUD\", valid log levels are TRACE, DEBUG, INFO, WARN, ERR");
  EXPECT_EQ(
      loadError({"-log-level=loud"}),
      "-log-level: invalid log level \"LOUD\", valid log levels are TRACE, DEBUG, INFO, WARN, "
      "ERR");
}

TEST(Load, TemplateNeedsSourceXorContents) {
  TempDir dir;
  std::string neither = dir.write("n.hcl", "\ntemplate {\n  destination = \"x\"\n}\n");
  EXPECT_EQ(loadError({"-config", neither}),
            neither + ":2:10: template: must specify exactly one of 'source' or 'contents'");
  std::string both = dir.write("b.hcl",
                               "template {\n  source = \"s\"\n  contents = \"c\"\n  "
                               "destination = \"x\"\n}\n");
  EXPECT_EQ(loadError({"-config", both}),
            both + ":1:10: template: cannot specify both 'source' and 'contents'");
  // Empty contents count as none, as consul-template's check of "".
  std::string empty = dir.write("e.hcl",
                                "template {\n  source = \"s\"\n  contents = \"\"\n  "
                                "destination = \"x\"\n}\n");
  EXPECT_FALSE(loadArgs({"-config", empty}).templates[0].contents.has_value());
}

TEST(Load, DestinationRequiredUnlessDryOrParseOnly) {
  EXPECT_EQ(loadError({"-template=in"}),
            "-template \"in\": template: missing destination (required unless -dry)");
  EXPECT_EQ(loadArgs({"-dry", "-template=in"}).templates[0].destination, "");
  EXPECT_TRUE(loadArgs({"-parse-only", "-template=in"}).parseOnly);
}

TEST(Load, Wait) {
  TempDir dir;
  std::string minOnly = dir.write("w.hcl", "wait { min = \"2s\" }\n");
  Config c = loadArgs({"-config", minOnly});
  EXPECT_EQ(c.wait.min, 2s);
  EXPECT_EQ(c.wait.max, 8s);  // 4 × min
  EXPECT_TRUE(c.wait.enabled());

  std::string bad = dir.write("bad.hcl", "\nwait = \"10s:5s\"\n");
  EXPECT_EQ(loadError({"-config", bad}), bad + ":2:8: wait: min must be less than max");

  // Two layers each fine, merged key by key into min > max.
  std::string first = dir.write("1.hcl", "wait {\n min = \"10s\"\n max = \"20s\"\n}\n");
  std::string second = dir.write("2.hcl", "wait {\n max = \"5s\"\n}\n");
  EXPECT_EQ(loadError({"-config", first, "-config", second}),
            second + ":1:6: wait: min must be less than max (min 10s, max 5s)");

  EXPECT_EQ(loadArgs({"-config", first, "-wait=1s"}).wait.max, 4s);  // the flag sets both
  EXPECT_FALSE(loadArgs({"-wait=5s", "-once"}).wait.enabled());      // -once renders at once
}

TEST(Load, TemplateWaitOnlyWhenEnabled) {
  TempDir dir;
  std::string file = dir.write("t.hcl", R"(
template {
  source = "a"
  destination = "a"
  wait = "1s:2s"
}
template {
  source = "b"
  destination = "b"
  wait { max = "9s" }
}
)");
  Config c = loadArgs({"-config", file});
  ASSERT_TRUE(c.templates[0].wait.has_value());
  EXPECT_EQ(c.templates[0].wait->max, 2s);
  EXPECT_FALSE(c.templates[1].wait.has_value());  // min 0: the global wait applies
}

TEST(Load, TlsImpliedBySslSettings) {
  Config ca = loadArgs({"-consul-ssl-ca-cert=/ca.pem"});
  EXPECT_TRUE(ca.consul.tls.enabled);
  EXPECT_EQ(ca.consul.tls.caFile, "/ca.pem");
  EXPECT_EQ(ca.consul.address(), "https://127.0.0.1:8500");
  Config verify = loadArgs({"-consul-ssl-verify=false"});
  EXPECT_TRUE(verify.consul.tls.enabled);
  EXPECT_FALSE(verify.consul.tls.verify);
  Config off = loadArgs({"-consul-ssl-ca-cert=/ca.pem", "-consul-ssl=false"});
  EXPECT_FALSE(off.consul.tls.enabled);
  Config https = loadArgs({"-consul-addr=https://c:9"});
  EXPECT_TRUE(https.consul.tls.enabled);
  Config envSsl = loadArgs({"-consul-addr=c:9"}, {{"CONSUL_HTTP_SSL", "true"}});
  EXPECT_EQ(envSsl.consul.address(), "https://c:9");
  TempDir dir;
  std::string file = dir.write("s.hcl",
                               "consul {\n  ssl {\n    enabled = true\n    "
                               "server_name = \"consul.internal\"\n  }\n}\n");
  Config fromFile = loadArgs({"-config", file});
  EXPECT_TRUE(fromFile.consul.tls.enabled);
  EXPECT_EQ(fromFile.consul.tls.serverName, "consul.internal");
  EXPECT_EQ(loadError({}, {{"CONSUL_HTTP_SSL", "maybe"}}),
            "CONSUL_HTTP_SSL: invalid boolean \"maybe\"");
}

TEST(Load, TokenFileAboveTheEnvironmentReplacesItsToken) {
  Config c = loadArgs({"-consul-token-file=/tok"}, {{"CONSUL_HTTP_TOKEN", "env"}});
  EXPECT_EQ(c.consul.tokenFile, "/tok");
  EXPECT_EQ(c.consul.token, "");
  Config both = loadArgs({"-consul-token-file=/tok", "-consul-token=flag"});
  EXPECT_EQ(both.consul.token, "flag");
}

TEST(Load, RetryAuthAndConnections) {
  Config c = loadArgs({"-consul-retry=false", "-consul-retry-attempts=0", "-retry=2s",
                       "-consul-retry-max-backoff=0", "-exit-on-retry-failure", "-consul-auth=u:p",
                       "-consul-max-connections=9"});
  EXPECT_FALSE(c.retry.enabled);
  EXPECT_EQ(c.retry.attempts, 0);
  EXPECT_EQ(c.retry.backoff, 2s);
  EXPECT_EQ(c.retry.maxBackoff, 0ms);
  EXPECT_TRUE(c.retry.exitOnExhausted);
  EXPECT_TRUE(c.consulAuth.enabled);
  EXPECT_EQ(c.consulAuth.username, "u");
  EXPECT_EQ(c.consulAuth.password, "p");
  EXPECT_EQ(c.maxConnections, 9u);
}

TEST(Load, ErrorFatalPrecedence) {
  TempDir dir;
  std::string file = dir.write("f.hcl", R"(
template_error_fatal = false
template {
  source = "a"
  destination = "a"
}
template {
  source = "b"
  destination = "b"
  error_fatal = true
}
)");
  Config c = loadArgs({"-config", file, "-template=cc:cc"});
  EXPECT_FALSE(c.templates[0].errorFatal);  // template_error_fatal
  EXPECT_TRUE(c.templates[1].errorFatal);   // its own error_fatal
  EXPECT_FALSE(c.templates[2].errorFatal);  // a flag template inherits too
  Config forced = loadArgs({"-config", file, "-template-error-fatal=true"});
  EXPECT_TRUE(forced.templates[0].errorFatal);
  Config off = loadArgs({"-config", file, "-template-error-fatal=false"});
  EXPECT_FALSE(off.templates[1].errorFatal);  // the flag overrides every template
}

TEST(Load, HaproxyFlagsApplyToHaproxyTemplates) {
  TempDir dir;
  std::string file = dir.write("h.hcl", R"(
template {
  source = "h.tmpl"
  destination = "/etc/haproxy/haproxy.cfg"
  haproxy {
    socket = "/file.sock"
    state_file = "/file.state"
  }
}
template {
  source = "other"
  destination = "other.cfg"
}
)");
  Config c = loadArgs({"-config", file, "-haproxy-socket=/flag.sock", "-haproxy-mode=reload",
                       "-haproxy-template=h2.tmpl:/h2.cfg"});
  ASSERT_EQ(c.templates.size(), 3u);
  EXPECT_EQ(c.templates[0].haproxy.socket, "/flag.sock");  // the flag wins
  EXPECT_EQ(c.templates[0].haproxy.stateFile, "/file.state");
  EXPECT_EQ(c.templates[0].haproxy.mode, "reload");
  EXPECT_FALSE(c.templates[1].haproxy.enabled);
  EXPECT_EQ(c.templates[1].haproxy.socket, "");
  EXPECT_TRUE(c.templates[2].haproxy.enabled);
  EXPECT_EQ(c.templates[2].haproxy.socket, "/flag.sock");
  EXPECT_EQ(c.templates[2].haproxy.checkCommand, "haproxy -c -f {{file}}");
  Config alone = loadArgs({"-haproxy-socket=/s"});
  EXPECT_THAT(alone.warnings, ElementsAre(HasSubstr("no haproxy template")));
}

TEST(Load, SignalsPidDelimitersAndOurSettings) {
  TempDir dir;
  std::string file = dir.write("f.hcl", R"(
kill_signal = "SIGTERM"
reload_signal = ""
pid_file = "/run/hc.pid"
default_delimiters { left = "<<" }
catalog_file = "/c.json"
exit_on_command_failure = true
status_addr = "127.0.0.1:9000"
err_on_failed_lookup = true
block_query_wait = "30s"
)");
  Config c = loadArgs({"-config", file, "-default-right-delimiter=>>"});
  EXPECT_EQ(c.killSignal, SIGTERM);
  EXPECT_EQ(c.reloadSignal, 0);
  EXPECT_EQ(c.pidFile, "/run/hc.pid");
  EXPECT_EQ(c.defaultLeftDelim, "<<");
  EXPECT_EQ(c.defaultRightDelim, ">>");
  EXPECT_EQ(c.catalogFile, "/c.json");
  EXPECT_TRUE(c.exitOnCommandFailure);
  EXPECT_EQ(c.statusAddr, "127.0.0.1:9000");
  EXPECT_TRUE(c.errOnFailedLookup);
  EXPECT_EQ(c.blockQueryWait, 30s);
  EXPECT_EQ(loadArgs({"-default-left-delimiter="}).defaultLeftDelim, "{{");
}

TEST(Load, UnsupportedFeaturesAreKeptAndWarned) {
  TempDir dir;
  std::string file = dir.write("f.hcl",
                               "deduplicate { prefix = \"x/\" }\nvault { address = \"v\" }\n"
                               "once = true\nsyslog { facility = \"LOCAL1\" }\n");
  Config c = loadArgs({"-config", file, "-exec=/bin/app"});
  EXPECT_TRUE(c.exec.enabled);
  EXPECT_THAT(c.exec.command, ElementsAre("/bin/app"));
  EXPECT_TRUE(c.dedup.enabled);  // any dedup key enables it
  EXPECT_EQ(c.dedup.prefix, "x/");
  EXPECT_TRUE(c.vaultConfigured);
  EXPECT_TRUE(c.syslog.enabled);  // implied by facility
  EXPECT_FALSE(c.once);           // `once` in a file is ignored
  EXPECT_THAT(c.warnings,
              ElementsAre(HasSubstr("once in a configuration file is ignored"),
                          HasSubstr("exec mode"), HasSubstr("de-duplication"), HasSubstr("vault")));
}

TEST(Load, FileErrorsAreConfigErrors) {
  TempDir dir;
  EXPECT_EQ(loadError({"-config", dir.path() + "/missing.hcl"}),
            dir.path() + "/missing.hcl: missing file/folder: No such file or directory");
  std::string bad = dir.write("bad.hcl", "consul {\n");
  EXPECT_EQ(loadError({"-config", bad}),
            bad + ":2:1: expected '}' to close the object opened at 1:8, got end of file");
}

}  // namespace
}  // namespace hc::config
