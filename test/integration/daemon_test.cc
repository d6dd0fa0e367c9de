// The daemon in template mode, end to end: the real binary against a real Consul dev agent (or a
// catalog file), in a temp dir, driven by registrations, signals and file edits.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "consul_agent.h"
#include "daemon_process.h"
#include "fault_proxy.h"
#include "support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using hc::testing::DaemonProcess;
using hc::testing::eventually;
using hc::testing::readAll;
using std::chrono::milliseconds;

std::string registration(const std::string& node, const std::string& id, int port,
                         const std::string& tag = "v1") {
  return R"({"Node":")" + node + R"(","Address":"10.3.0.1","Service":{"ID":")" + id +
         R"(","Service":"web","Tags":[")" + tag + R"("],"Port":)" + std::to_string(port) +
         R"(},"Check":{"CheckID":"chk-)" + id + R"(","Name":"c","Status":"passing","ServiceID":")" +
         id + "\"}}";
}

const char* kTemplate =
    "backend web\n{{range service \"web\"}}  server {{.Node}}_{{.ID}} "
    "{{.Address}}:{{.Port}}\n{{end}}";

size_t lines(const fs::path& p) {
  std::string s = readAll(p);
  return static_cast<size_t>(std::count(s.begin(), s.end(), '\n'));
}

class DaemonTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = fs::temp_directory_path() / ("hc-daemon-" + std::to_string(::getpid()) + "-" +
                                       std::to_string(hc::testing::freeLoopbackPort()));
    fs::create_directories(dir);
    std::ofstream(dir / "web.tmpl") << kTemplate;
    put("/v1/catalog/register", registration("n1", "web-1", 8080));
  }
  void TearDown() override { fs::remove_all(dir); }

  void put(const std::string& path, const std::string& body) {
    auto r = agent.request("PUT", path, body);
    ASSERT_EQ(r.status, 200) << r.body;
  }
  std::string consulAddr() { return "-consul-addr=" + agent.address(); }
  // A command that counts its runs in a file.
  std::string counting() { return "echo run >> " + (dir / "runs").string(); }

  hc::testing::ConsulAgent agent;
  fs::path dir;
};

TEST_F(DaemonTest, SeedCommandLineWritesOnceRunsOnceAndFollowsChanges) {
  // The seed's exact shape: source:destination:shell command with spaces and &&.
  fs::path dest = dir / "haproxy.cfg";
  std::string tmpl = "-template=" + (dir / "web.tmpl").string() + ":" + dest.string() +
                     ":chmod 644 " + dest.string() + " && " + counting();
  DaemonProcess d(dir, {consulAddr(), tmpl});
  auto ready = d.notification();
  ASSERT_TRUE(ready) << d.err();
  EXPECT_EQ(*ready, "READY=1");
  EXPECT_EQ(readAll(dest), "backend web\n  server n1_web-1 10.3.0.1:8080\n");
  ASSERT_TRUE(eventually([&] { return lines(dir / "runs") == 1; })) << d.err();
  EXPECT_EQ(fs::status(dest).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                fs::perms::others_read);

  put("/v1/catalog/register", registration("n2", "web-2", 8081));
  ASSERT_TRUE(eventually([&] { return readAll(dest).find("n2_web-2") != std::string::npos; }))
      << d.err();
  ASSERT_TRUE(eventually([&] { return lines(dir / "runs") == 2; })) << d.err();

  // A change the template does not show (a tag): rendered, same bytes, no write, no command.
  // The marker registered after it is written after it, so by the marker's command the tag's
  // would have run too.
  put("/v1/catalog/register", registration("n2", "web-2", 8081, "v2"));
  put("/v1/catalog/register", registration("n3", "web-3", 8082));
  ASSERT_TRUE(eventually([&] { return readAll(dest).find("n3_web-3") != std::string::npos; }));
  ASSERT_TRUE(eventually([&] { return lines(dir / "runs") >= 3; }));
  EXPECT_EQ(lines(dir / "runs"), 3u);
  d.signal(SIGTERM);
  EXPECT_EQ(d.wait(milliseconds(1000)), 0) << d.err();
}

TEST_F(DaemonTest, BurstInsideWaitIsOneWriteAndOneCommand) {
  fs::path dest = dir / "out.cfg";
  DaemonProcess d(
      dir, {consulAddr(), "-wait=500ms:2s",
            "-template=" + (dir / "web.tmpl").string() + ":" + dest.string() + ":" + counting()});
  ASSERT_TRUE(d.notification()) << d.err();
  ASSERT_TRUE(eventually([&] { return lines(dir / "runs") == 1; }));
  for (int i = 0; i < 10; ++i)
    put("/v1/catalog/register",
        registration("b" + std::to_string(i), "web-b" + std::to_string(i), 9000 + i));
  ASSERT_TRUE(eventually([&] { return readAll(dest).find("b9_web-b9") != std::string::npos; }))
      << d.err();
  // Nothing else is pending once the file is written; watch a little longer than the quiet
  // period for a second write or command that must not come.
  std::this_thread::sleep_for(milliseconds(700));
  EXPECT_EQ(lines(dir / "runs"), 2u);
  EXPECT_EQ(lines(dest), 12u);
  d.signal(SIGTERM);
  EXPECT_EQ(d.wait(milliseconds(1000)), 0);
}

TEST_F(DaemonTest, SighupPicksUpAnEditedTemplate) {
  fs::path dest = dir / "out.cfg";
  DaemonProcess d(dir,
                  {consulAddr(), "-template=" + (dir / "web.tmpl").string() + ":" + dest.string()});
  ASSERT_TRUE(d.notification()) << d.err();
  std::ofstream(dir / "web.tmpl") << "# edited\n" << kTemplate;
  d.signal(SIGHUP);
  ASSERT_TRUE(eventually([&] { return readAll(dest).rfind("# edited\n", 0) == 0; })) << d.err();
  d.signal(SIGINT);
  EXPECT_EQ(d.wait(milliseconds(1000)), 12);  // consul-template's interrupt code
}

TEST_F(DaemonTest, OnceExitsAfterRendering) {
  fs::path dest = dir / "out.cfg";
  DaemonProcess d(
      dir, {consulAddr(), "-once",
            "-template=" + (dir / "web.tmpl").string() + ":" + dest.string() + ":" + counting()});
  EXPECT_EQ(d.wait(), 0) << d.err();
  EXPECT_EQ(readAll(dest), "backend web\n  server n1_web-1 10.3.0.1:8080\n");
  EXPECT_EQ(lines(dir / "runs"), 1u);
}

TEST_F(DaemonTest, DryPrintsOnlyWhatDiffersAndRunsNothing) {
  fs::path same = dir / "same.cfg", other = dir / "other.cfg";
  std::ofstream(same) << "backend web\n  server n1_web-1 10.3.0.1:8080\n";
  DaemonProcess d(
      dir, {consulAddr(), "-dry", "-once",
            "-template=" + (dir / "web.tmpl").string() + ":" + same.string() + ":" + counting(),
            "-template=" + (dir / "web.tmpl").string() + ":" + other.string() + ":" + counting()});
  EXPECT_EQ(d.wait(), 0) << d.err();
  EXPECT_EQ(d.out(), "> " + other.string() + "\nbackend web\n  server n1_web-1 10.3.0.1:8080\n");
  EXPECT_FALSE(fs::exists(other));
  EXPECT_FALSE(fs::exists(dir / "runs"));
}

TEST_F(DaemonTest, TemplateErrorAtStartNamesFileLineColumn) {
  std::ofstream(dir / "bad.tmpl") << "line one\n{{ range service \"web\" }}{{ .Nope }}{{ end }}\n";
  DaemonProcess d(dir, {consulAddr(),
                        "-template=" + (dir / "bad.tmpl").string() + ":" + (dir / "out").string()});
  EXPECT_EQ(d.wait(), 14) << d.err();
  EXPECT_NE(d.err().find((dir / "bad.tmpl").string() + ":2:"), std::string::npos) << d.err();
  EXPECT_NE(d.err().find("Nope"), std::string::npos) << d.err();
  EXPECT_FALSE(fs::exists(dir / "out"));
}

TEST_F(DaemonTest, FailingCommandDoesNotStopTheDaemon) {
  fs::path dest = dir / "out.cfg";
  DaemonProcess d(dir, {consulAddr(), "-template=" + (dir / "web.tmpl").string() + ":" +
                                          dest.string() + ":" + counting() + " && exit 3"});
  ASSERT_TRUE(d.notification()) << d.err();
  ASSERT_TRUE(eventually([&] { return lines(dir / "runs") == 1; }));
  put("/v1/catalog/register", registration("n2", "web-2", 8081));
  ASSERT_TRUE(eventually([&] { return lines(dir / "runs") == 2; })) << d.err();
  EXPECT_TRUE(d.running());
  EXPECT_NE(d.err().find("exit status 3"), std::string::npos) << d.err();
  d.signal(SIGTERM);
  EXPECT_EQ(d.wait(milliseconds(1000)), 0);
}

TEST_F(DaemonTest, ConfigDirectoryOfHclFiles) {
  fs::create_directories(dir / "conf.d");
  fs::path dest = dir / "from-hcl.cfg";
  std::ofstream(dir / "conf.d" / "10-consul.hcl")
      << "consul {\n  address = \"" << agent.address() << "\"\n}\n";
  std::ofstream(dir / "conf.d" / "20-web.hcl")
      << "# the seed's systemd layout\ntemplate {\n  source = \"" << (dir / "web.tmpl").string()
      << "\"\n  destination = \"" << dest.string() << "\"\n  command = \"" << counting()
      << "\"\n  perms = 0640\n}\n";
  DaemonProcess d(dir, {"-config", (dir / "conf.d").string()});
  ASSERT_TRUE(d.notification()) << d.err();
  EXPECT_EQ(readAll(dest), "backend web\n  server n1_web-1 10.3.0.1:8080\n");
  EXPECT_EQ(fs::status(dest).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  ASSERT_TRUE(eventually([&] { return lines(dir / "runs") == 1; }));
  d.signal(SIGTERM);
  EXPECT_EQ(d.wait(milliseconds(1000)), 0);
}

TEST_F(DaemonTest, PidFileWhileRunning) {
  fs::path pid = dir / "hc.pid";
  DaemonProcess d(dir, {consulAddr(), "-pid-file=" + pid.string(),
                        "-template=" + (dir / "web.tmpl").string() + ":" + (dir / "o").string()});
  ASSERT_TRUE(d.notification()) << d.err();
  EXPECT_EQ(readAll(pid), std::to_string(d.pid()));
  d.signal(SIGTERM);
  EXPECT_EQ(d.wait(milliseconds(1000)), 0);
  EXPECT_FALSE(fs::exists(pid));
}

TEST_F(DaemonTest, KillDuringABurstNeverLeavesAPartialFile) {
  // A large output (many instances) rewritten many times; SIGKILL lands mid-burst.
  for (int i = 0; i < 300; ++i)
    put("/v1/catalog/register",
        registration("k" + std::to_string(i), "web-k" + std::to_string(i), 10000 + i));
  fs::path dest = dir / "big.cfg";
  for (int round = 0; round < 3; ++round) {
    DaemonProcess d(
        dir, {consulAddr(), "-template=" + (dir / "web.tmpl").string() + ":" + dest.string()});
    ASSERT_TRUE(d.notification()) << d.err();
    for (int i = 0; i < 40; ++i)
      put("/v1/catalog/register", registration("k" + std::to_string(i), "web-k" + std::to_string(i),
                                               20000 + round * 100 + i));
    d.signal(SIGKILL);
    d.wait();
    std::string s = readAll(dest);
    ASSERT_EQ(s.rfind("backend web\n", 0), 0u);
    EXPECT_EQ(s.back(), '\n');
    EXPECT_EQ(lines(dest), 302u) << "a partial file";  // header + n1 + 300
  }
}

TEST(DaemonCatalogFile, RendersAndRendersAgainWhenTheFileChanges) {
  fs::path dir = fs::temp_directory_path() / ("hc-daemon-cat-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path catalog = dir / "catalog.json", dest = dir / "out.cfg";
  auto writeCatalog = [&](int port) {
    std::ofstream(dir / "catalog.tmp")
        << R"({"datacenter":"dc1","registrations":[)" << registration("c1", "web-1", port) << "]}";
    fs::rename(dir / "catalog.tmp", catalog);
  };
  writeCatalog(7001);
  std::ofstream(dir / "web.tmpl") << kTemplate;
  DaemonProcess d(dir, {"-catalog-file=" + catalog.string(),
                        "-template=" + (dir / "web.tmpl").string() + ":" + dest.string()});
  ASSERT_TRUE(d.notification()) << d.err();
  EXPECT_EQ(readAll(dest), "backend web\n  server c1_web-1 10.3.0.1:7001\n");
  writeCatalog(7002);
  ASSERT_TRUE(eventually([&] { return readAll(dest).find(":7002") != std::string::npos; }))
      << d.err();
  d.signal(SIGTERM);
  EXPECT_EQ(d.wait(milliseconds(1000)), 0);
  fs::remove_all(dir);
}

}  // namespace

namespace {

std::string runShell(const std::string& command, int& status) {
  std::string out;
  FILE* p = ::popen(command.c_str(), "r");
  char buf[4096];
  while (size_t n = std::fread(buf, 1, sizeof buf, p)) out.append(buf, n);
  status = ::pclose(p);
  return out;
}

// The README's first command (after setup and build) runs the daemon on the embedded catalog:
// it must keep working as written.
TEST(Readme, FirstCommandRunsTheDaemonOnTheExampleCatalog) {
  std::string readme = readAll(fs::path(HC_SOURCE_DIR) / "README.md");
  size_t line = readme.find("scripts/setup.sh && scripts/build.sh && build/haproxy-consul ");
  ASSERT_NE(line, std::string::npos) << "the README no longer starts with the daemon command";
  size_t argsAt =
      readme.find("build/haproxy-consul ", line) + std::string("build/haproxy-consul ").size();
  std::string args = readme.substr(argsAt, readme.find('\n', argsAt) - argsAt);
  int status = 0;
  std::string daemon =
      runShell("cd '" + std::string(HC_SOURCE_DIR) + "' && '" + HC_BINARY + "' " + args, status);
  ASSERT_EQ(status, 0) << args;
  std::string render = runShell("cd '" + std::string(HC_SOURCE_DIR) + "' && '" + HC_BINARY +
                                    "' render --catalog-file haproxy/catalog.json "
                                    "haproxy/haproxy.cfg.tmpl",
                                status);
  ASSERT_EQ(status, 0);
  EXPECT_EQ(daemon, "> build/haproxy.cfg\n" + render);
}

}  // namespace

namespace {

TEST(DaemonRetries, OnceGivesUpWhenRetriesRunOut) {
  hc::testing::TempDir dir("hc-daemon-retry");
  std::ofstream(dir / "web.tmpl") << kTemplate;
  int closed = hc::testing::freeLoopbackPort();  // nothing listens there
  DaemonProcess d(dir.path(), {"-consul-addr=127.0.0.1:" + std::to_string(closed), "-once",
                               "-consul-retry-attempts=2", "-consul-retry-backoff=10ms",
                               "-template=" + (dir / "web.tmpl") + ":" + (dir / "out")});
  EXPECT_EQ(d.wait(), 14) << d.err();
  EXPECT_NE(d.err().find("retries exhausted"), std::string::npos) << d.err();
  EXPECT_FALSE(fs::exists(dir / "out"));
}

TEST(DaemonRetries, KeepsRunningPastExhaustedRetriesAndRendersWhenConsulAnswers) {
  hc::testing::ConsulAgent agent;
  hc::testing::FaultProxy proxy("127.0.0.1", agent.httpPort());
  proxy.set(hc::testing::FaultProxy::Fault::Refuse);
  ASSERT_EQ(agent.request("PUT", "/v1/catalog/register", registration("n1", "web-1", 8080)).status,
            200);
  hc::testing::TempDir dir("hc-daemon-retry");
  std::ofstream(dir / "web.tmpl") << kTemplate;
  DaemonProcess d(dir.path(), {"-consul-addr=" + proxy.address(), "-consul-retry-attempts=2",
                               "-consul-retry-backoff=10ms", "-consul-retry-max-backoff=50ms",
                               "-template=" + (dir / "web.tmpl") + ":" + (dir / "out")});
  // Well past two attempts, it is still there, and renders once Consul can be reached.
  ASSERT_TRUE(eventually([&] { return d.err().find("efused") != std::string::npos; })) << d.err();
  std::this_thread::sleep_for(milliseconds(300));  // several exhausted rounds of retries
  EXPECT_TRUE(d.running());
  proxy.clear();
  ASSERT_TRUE(d.notification()) << d.err();
  EXPECT_EQ(readAll(fs::path(dir.path()) / "out"),
            "backend web\n  server n1_web-1 10.3.0.1:8080\n");
  d.signal(SIGTERM);
  EXPECT_EQ(d.wait(milliseconds(1000)), 0);
}

}  // namespace
