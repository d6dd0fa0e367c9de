// The command line as Go's flag package reads consul-template's flags: dashes, `=` or a separate
// value, boolean forms, repeatable flags, errors in Go's words, and haproxy-consul's own flags.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <csignal>

#include "hc/config/config.h"
#include "test_support.h"

namespace hc::config {
namespace {

using ::testing::ElementsAre;
using testing::errorOf;
using ::testing::StartsWith;
using namespace std::chrono_literals;

CommandLine parse(std::vector<std::string> args) {
  return parseCommandLine(args);
}
std::string flagError(std::vector<std::string> args) {
  return errorOf<FlagError>([&] { parseCommandLine(args); });
}

TEST(CommandLine, NothingGiven) {
  CommandLine c = parse({});
  EXPECT_FALSE(c.help);
  EXPECT_FALSE(c.version);
  EXPECT_TRUE(c.configPaths.empty());
  EXPECT_TRUE(c.settings.templates.empty());
  EXPECT_FALSE(c.settings.once.has_value());
  EXPECT_FALSE(c.settings.consul.address.has_value());
}

TEST(CommandLine, OneOrTwoDashesEqualsOrSpace) {
  for (const std::vector<std::string>& args : {std::vector<std::string>{"-consul-addr=h:1"},
                                               {"--consul-addr=h:1"},
                                               {"-consul-addr", "h:1"},
                                               {"--consul-addr", "h:1"}}) {
    EXPECT_EQ(parse(args).settings.consul.address, "h:1");
  }
  EXPECT_EQ(parse({"-pid-file="}).settings.pidFile, "");  // `-x=` gives an empty value
}

TEST(CommandLine, BooleanForms) {
  EXPECT_EQ(parse({"-once"}).settings.once, true);
  EXPECT_EQ(parse({"--once"}).settings.once, true);
  EXPECT_EQ(parse({"-once=false"}).settings.once, false);
  EXPECT_EQ(parse({"-once=0"}).settings.once, false);
  EXPECT_EQ(parse({"-once=T"}).settings.once, true);
  EXPECT_EQ(parse({"-dry"}).settings.dry, true);
  EXPECT_EQ(parse({"-parse-only"}).settings.parseOnly, true);
  // A separate `false` is not the flag's value but an extra argument.
  EXPECT_EQ(flagError({"-once", "false"}), "cli: extra args: [\"false\"]");
  EXPECT_EQ(flagError({"-once=yes"}),
            "invalid boolean value \"yes\" for -once: strconv.ParseBool: parsing \"yes\": invalid "
            "syntax");
  EXPECT_EQ(flagError({"-dry=yes"}), "invalid boolean value \"yes\" for -dry: parse error");
}

TEST(CommandLine, RepeatableFlagsKeepOrder) {
  CommandLine c = parse(
      {"-config", "a.hcl", "-template", "in1:out1", "--config=dir", "-template=in2:out2:cmd"});
  EXPECT_THAT(c.configPaths, ElementsAre("a.hcl", "dir"));
  ASSERT_EQ(c.settings.templates.size(), 2u);
  EXPECT_EQ(c.settings.templates[0].config.source, "in1");
  EXPECT_EQ(c.settings.templates[0].origin, "-template \"in1:out1\"");
  EXPECT_EQ(c.settings.templates[1].config.command, std::vector<std::string>{"cmd"});
  CommandLine e = parse({"-exec-env-custom", "A=1", "-exec-env-custom=B=2"});
  EXPECT_THAT(e.settings.exec.envCustom, ElementsAre("A=1", "B=2"));
}

TEST(CommandLine, OtherFlagsGivenTwiceKeepTheLast) {
  EXPECT_EQ(parse({"-log-level=debug", "-log-level", "info"}).settings.logLevel, "info");
  EXPECT_EQ(parse({"-retry=1s", "-consul-retry-backoff=2s"}).settings.consul.retry.backoff, 2s);
  EXPECT_EQ(parse({"-consul-retry-backoff=2s", "-retry=1s"}).settings.consul.retry.backoff, 1s);
}

TEST(CommandLine, AValueMayStartWithADash) {
  EXPECT_THAT(parse({"-config", "-once"}).configPaths, ElementsAre("-once"));
}

TEST(CommandLine, UnknownFlag) {
  EXPECT_EQ(flagError({"-nope"}), "flag provided but not defined: -nope");
  EXPECT_EQ(flagError({"--nope=1"}), "flag provided but not defined: -nope");
  EXPECT_EQ(flagError({"-once", "-consul-address=x"}),
            "flag provided but not defined: -consul-address");
}

TEST(CommandLine, MissingValue) {
  EXPECT_EQ(flagError({"-config"}), "flag needs an argument: -config");
  EXPECT_EQ(flagError({"-once", "--wait"}), "flag needs an argument: -wait");
}

TEST(CommandLine, ExtraArguments) {
  EXPECT_EQ(flagError({"-once", "a", "b"}), "cli: extra args: [\"a\" \"b\"]");
  EXPECT_EQ(flagError({"a", "-once"}), "cli: extra args: [\"a\" \"-once\"]");
  EXPECT_EQ(flagError({"-once", "--", "-dry"}), "cli: extra args: [\"-dry\"]");
  EXPECT_EQ(flagError({"-"}), "cli: extra args: [\"-\"]");
  EXPECT_EQ(flagError({""}), "cli: extra args: [\"\"]");
  EXPECT_EQ(flagError({"-once", "with \"quote\""}), "cli: extra args: [\"with \\\"quote\\\"\"]");
  EXPECT_EQ(parse({"-once", "--"}).settings.once, true);
}

TEST(CommandLine, BadSyntax) {
  EXPECT_EQ(flagError({"---x"}), "bad flag syntax: ---x");
  EXPECT_EQ(flagError({"-=x"}), "bad flag syntax: -=x");
  EXPECT_EQ(flagError({"--=x"}), "bad flag syntax: --=x");
}

TEST(CommandLine, Durations) {
  EXPECT_EQ(parse({"-max-stale=250ms"}).settings.maxStale, 250ms);
  EXPECT_EQ(parse({"-max-stale", "0"}).settings.maxStale, 0ms);
  EXPECT_EQ(parse({"-max-stale=1m30s"}).settings.maxStale, 90s);
  EXPECT_EQ(flagError({"-max-stale", "30"}),
            "invalid value \"30\" for flag -max-stale: time: missing unit in duration \"30\"");
  EXPECT_EQ(flagError({"-consul-retry-max-backoff=x"}),
            "invalid value \"x\" for flag -consul-retry-max-backoff: time: invalid duration \"x\"");
}

TEST(CommandLine, Wait) {
  CommandLine one = parse({"-wait=5s"});
  EXPECT_EQ(one.settings.wait.min, 5s);
  EXPECT_EQ(one.settings.wait.max, 20s);
  CommandLine two = parse({"-wait", "5s:10s"});
  EXPECT_EQ(two.settings.wait.min, 5s);
  EXPECT_EQ(two.settings.wait.max, 10s);
  EXPECT_EQ(parse({"-wait= 1s : 2s "}).settings.wait.max, 2s);
  EXPECT_EQ(flagError({"-wait=10s:5s"}),
            "invalid value \"10s:5s\" for flag -wait: wait: min must be less than max");
  EXPECT_EQ(flagError({"-wait=1s:2s:3s"}),
            "invalid value \"1s:2s:3s\" for flag -wait: wait: invalid format");
  EXPECT_EQ(flagError({"-wait=-1s"}),
            "invalid value \"-1s\" for flag -wait: wait: cannot be negative");
  EXPECT_EQ(flagError({"-wait= "}), "invalid value \" \" for flag -wait: wait: cannot be empty");
  EXPECT_EQ(flagError({"-wait=30"}),
            "invalid value \"30\" for flag -wait: time: missing unit in duration \"30\"");
}

TEST(CommandLine, Integers) {
  EXPECT_EQ(parse({"-consul-retry-attempts=0"}).settings.consul.retry.attempts, 0);
  EXPECT_EQ(parse({"-consul-retry-attempts", "3"}).settings.consul.retry.attempts, 3);
  EXPECT_EQ(flagError({"-consul-retry-attempts=x"}),
            "invalid value \"x\" for flag -consul-retry-attempts: strconv.ParseInt: parsing \"x\": "
            "invalid syntax");
  EXPECT_EQ(flagError({"-log-rotate-bytes=3000000000"}),
            "invalid value \"3000000000\" for flag -log-rotate-bytes: strconv.ParseInt: parsing "
            "\"3000000000\": value out of range");
}

TEST(CommandLine, Signals) {
  EXPECT_EQ(parse({"-kill-signal=SIGTERM"}).settings.killSignal, SIGTERM);
  EXPECT_EQ(parse({"-reload-signal", "sigusr1"}).settings.reloadSignal, SIGUSR1);
  EXPECT_THAT(flagError({"-kill-signal=TERM"}),
              StartsWith("invalid value \"TERM\" for flag -kill-signal: invalid signal \"TERM\" - "
                         "valid signals are [\"SIGABRT\""));
  EXPECT_THAT(flagError({"-reload-signal="}),
              StartsWith("invalid value \"\" for flag -reload-signal: invalid signal \"\""));
}

TEST(CommandLine, HelpStopsParsing) {
  EXPECT_TRUE(parse({"-h"}).help);
  EXPECT_TRUE(parse({"--help"}).help);
  EXPECT_TRUE(parse({"-help=false"}).help);
  EXPECT_TRUE(parse({"-once", "-h", "-nope", "extra"}).help);
  EXPECT_EQ(flagError({"-nope", "-h"}), "flag provided but not defined: -nope");
}

TEST(CommandLine, Version) {
  EXPECT_TRUE(parse({"-v"}).version);
  EXPECT_TRUE(parse({"--version"}).version);
  EXPECT_FALSE(parse({"-version=false"}).version);
  EXPECT_EQ(flagError({"-v", "x"}), "cli: extra args: [\"x\"]");
}

TEST(CommandLine, ConsulFlags) {
  CommandLine c =
      parse({"-consul-addr=https://consul:8501", "-consul-token=t", "-consul-token-file", "/tok",
             "-consul-auth=user:pa:ss", "-consul-retry=false", "-consul-retry-attempts=3",
             "-retry=1s", "-consul-retry-max-backoff=0", "-consul-ssl-verify=false",
             "-consul-ssl-cert=c.pem", "-consul-ssl-key=k.pem", "-consul-ssl-ca-cert=ca.pem",
             "-consul-ssl-ca-path=/ca", "-consul-ssl-server-name=consul.internal"});
  const ConsulLayer& l = c.settings.consul;
  EXPECT_EQ(l.address, "https://consul:8501");
  EXPECT_EQ(l.token, "t");
  EXPECT_EQ(l.tokenFile, "/tok");
  EXPECT_EQ(l.auth.username, "user");
  EXPECT_EQ(l.auth.password, "pa:ss");
  EXPECT_EQ(l.retry.enabled, false);
  EXPECT_EQ(l.retry.attempts, 3);
  EXPECT_EQ(l.retry.backoff, 1s);
  EXPECT_EQ(l.retry.maxBackoff, 0ms);
  EXPECT_EQ(l.ssl.verify, false);
  EXPECT_FALSE(l.ssl.enabled.has_value());  // implied at load time
  EXPECT_EQ(l.ssl.certFile, "c.pem");
  EXPECT_EQ(l.ssl.keyFile, "k.pem");
  EXPECT_EQ(l.ssl.caFile, "ca.pem");
  EXPECT_EQ(l.ssl.caPath, "/ca");
  EXPECT_EQ(l.ssl.serverName, "consul.internal");
  EXPECT_EQ(parse({"-consul-auth=user"}).settings.consul.auth.password, std::nullopt);
  EXPECT_EQ(flagError({"-consul-auth="}),
            "invalid value \"\" for flag -consul-auth: auth: cannot be empty");
  EXPECT_THAT(
      flagError({"-consul-addr=ftp://x"}),
      StartsWith("invalid value \"ftp://x\" for flag -consul-addr: invalid Consul address"));
}

TEST(CommandLine, TransportFlagsAreCheckedAndIgnored) {
  parse({"-consul-transport-dial-keep-alive=30s", "-consul-transport-dial-timeout=5s",
         "-consul-transport-disable-keep-alives", "-consul-transport-max-idle-conns-per-host=10",
         "-consul-transport-tls-handshake-timeout=10s"});
  EXPECT_EQ(flagError({"-consul-transport-dial-timeout=5"}),
            "invalid value \"5\" for flag -consul-transport-dial-timeout: time: missing unit in "
            "duration \"5\"");
  EXPECT_THAT(flagError({"-consul-transport-max-idle-conns-per-host=many"}),
              StartsWith("invalid value \"many\""));
}

TEST(CommandLine, LoggingAndDelimiters) {
  CommandLine c =
      parse({"-log-level=debug", "-pid-file=/run/x.pid", "-syslog", "-syslog-facility=LOCAL5",
             "-syslog-name=hc", "-log-file=/var/log/x", "-log-rotate-bytes=100",
             "-log-rotate-duration=1h", "-log-rotate-max-files=3", "-default-left-delimiter=[[",
             "-default-right-delimiter=]]", "-template-error-fatal=false"});
  const ConfigLayer& s = c.settings;
  EXPECT_EQ(s.logLevel, "debug");  // checked by load()
  EXPECT_EQ(s.pidFile, "/run/x.pid");
  EXPECT_EQ(s.syslog.enabled, true);
  EXPECT_EQ(s.syslog.facility, "LOCAL5");
  EXPECT_EQ(s.syslog.name, "hc");
  EXPECT_EQ(s.logFile.path, "/var/log/x");
  EXPECT_EQ(s.logFile.rotateBytes, 100);
  EXPECT_EQ(s.logFile.rotateDuration, 1h);
  EXPECT_EQ(s.logFile.rotateMaxFiles, 3);
  EXPECT_EQ(s.defaultLeftDelim, "[[");
  EXPECT_EQ(s.defaultRightDelim, "]]");
  EXPECT_EQ(s.templateErrorFatal, false);
}

TEST(CommandLine, ExecDedupAndVaultAreKept) {
  CommandLine c = parse({"-exec=/bin/app --flag", "-exec-kill-signal=SIGTERM",
                         "-exec-kill-timeout=5s", "-exec-reload-signal=SIGHUP", "-exec-splay=1s",
                         "-exec-env-pristine", "-exec-env-allowlist=A*", "-exec-env-denylist=B*",
                         "-dedup", "-vault-addr=https://vault", "-vault-renew-token=false",
                         "-vault-retry-attempts=2", "-vault-default-lease-duration=5m"});
  const ConfigLayer& s = c.settings;
  EXPECT_EQ(s.exec.enabled, true);
  EXPECT_EQ(s.exec.command, std::vector<std::string>{"/bin/app --flag"});
  EXPECT_EQ(s.exec.killSignal, SIGTERM);
  EXPECT_EQ(s.exec.killTimeout, 5s);
  EXPECT_EQ(s.exec.reloadSignal, SIGHUP);
  EXPECT_EQ(s.exec.splay, 1s);
  EXPECT_EQ(s.exec.envPristine, true);
  EXPECT_THAT(s.exec.envAllowlist, ElementsAre("A*"));
  EXPECT_THAT(s.exec.envDenylist, ElementsAre("B*"));
  EXPECT_EQ(s.dedup.enabled, true);
  EXPECT_TRUE(s.vault);
  EXPECT_THAT(flagError({"-vault-retry-attempts=x"}), StartsWith("invalid value \"x\""));
}

TEST(CommandLine, OurFlags) {
  CommandLine c =
      parse({"-catalog-file=/c.json", "-consul-max-connections=8", "-exit-on-command-failure",
             "-exit-on-retry-failure", "-status-addr=127.0.0.1:9090"});
  EXPECT_EQ(c.settings.catalogFile, "/c.json");
  EXPECT_EQ(c.settings.consul.maxConnections, 8u);
  EXPECT_EQ(c.settings.exitOnCommandFailure, true);
  EXPECT_EQ(c.settings.exitOnRetryFailure, true);
  EXPECT_EQ(c.settings.statusAddr, "127.0.0.1:9090");
  EXPECT_EQ(parse({"-status-addr=[::1]:80"}).settings.statusAddr, "[::1]:80");
  EXPECT_EQ(flagError({"-consul-max-connections=0"}),
            "invalid value \"0\" for flag -consul-max-connections: must be at least 1");
  EXPECT_EQ(flagError({"-status-addr=localhost"}),
            "invalid value \"localhost\" for flag -status-addr: want HOST:PORT (e.g. "
            "127.0.0.1:9090), got \"localhost\"");
}

TEST(CommandLine, HaproxyFlags) {
  CommandLine c =
      parse({"-haproxy-template=/t/haproxy.tmpl:/etc/haproxy/haproxy.cfg:systemctl reload haproxy",
             "-haproxy-socket=/run/haproxy/admin.sock", "-haproxy-mode=socket-only",
             "-haproxy-check-command=haproxy -c -V -f {{file}}", "-haproxy-min-reload-interval=10s",
             "-haproxy-state-file=/var/lib/h.state"});
  ASSERT_EQ(c.settings.templates.size(), 1u);
  const TemplateEntry& t = c.settings.templates[0];
  EXPECT_TRUE(t.config.haproxy.enabled);
  EXPECT_EQ(t.config.source, "/t/haproxy.tmpl");
  EXPECT_EQ(t.config.destination, "/etc/haproxy/haproxy.cfg");
  EXPECT_EQ(t.config.haproxy.reloadCommand, "systemctl reload haproxy");
  EXPECT_TRUE(t.config.command.empty());
  EXPECT_EQ(
      t.origin,
      "-haproxy-template \"/t/haproxy.tmpl:/etc/haproxy/haproxy.cfg:systemctl reload haproxy\"");
  EXPECT_EQ(c.haproxy.socket, "/run/haproxy/admin.sock");
  EXPECT_EQ(c.haproxy.mode, "socket-only");
  EXPECT_EQ(c.haproxy.checkCommand, "haproxy -c -V -f {{file}}");
  EXPECT_EQ(c.haproxy.minReloadInterval, 10s);
  EXPECT_EQ(c.haproxy.stateFile, "/var/lib/h.state");
  EXPECT_EQ(flagError({"-haproxy-mode=fast"}),
            "invalid value \"fast\" for flag -haproxy-mode: invalid haproxy mode \"fast\" (want "
            "runtime, socket-only or reload)");
  EXPECT_EQ(flagError({"-haproxy-template=::"}),
            "invalid value \"::\" for flag -haproxy-template: template: cannot be empty");
}

TEST(CommandLine, TemplateFlagErrors) {
  EXPECT_EQ(flagError({"-template="}),
            "invalid value \"\" for flag -template: template: cannot be empty");
  EXPECT_EQ(flagError({"-template", "::::"}),
            "invalid value \"::::\" for flag -template: template: cannot be empty");
}

}  // namespace
}  // namespace hc::config
