// End-to-end tests of `haproxy-consul render`: the real binary, real files, and for the haproxy
// example the real haproxy binary's own config check.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

struct Result {
  int exitCode = -1;
  std::string out;
  std::string err;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void spit(const fs::path& p, const std::string& text) {
  std::ofstream(p, std::ios::binary) << text;
}

std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

class RenderCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("hc-render-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  Result run(const std::string& args) {
    std::string cmd = std::string(HC_BINARY) + " " + args + " >" + quote((dir_ / "out").string()) +
                      " 2>" + quote((dir_ / "err").string());
    int status = std::system(cmd.c_str());
    Result r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(dir_ / "out");
    r.err = slurp(dir_ / "err");
    return r;
  }

  fs::path file(const std::string& name, const std::string& text) {
    fs::path p = dir_ / name;
    spit(p, text);
    return p;
  }

  fs::path catalog() {
    return file("catalog.json", R"({"datacenter": "dc1",
      "registrations": [
        {"Node": "n1", "Address": "10.0.0.1",
         "Service": {"ID": "web-1", "Service": "web", "Tags": ["b", "a"], "Port": 8080},
         "Checks": [{"CheckID": "c1", "Name": "http", "Status": "passing", "ServiceID": "web-1"}]},
        {"Node": "n2", "Address": "10.0.0.2",
         "Service": {"Service": "web", "Port": 8081, "Address": "10.9.9.9"},
         "Checks": [{"CheckID": "c2", "Name": "http", "Status": "passing", "ServiceID": "web"}]},
        {"Node": "n3", "Address": "10.0.0.3",
         "Service": {"Service": "web", "Port": 8082},
         "Checks": [{"CheckID": "c3", "Name": "http", "ServiceID": "web"}]}
      ],
      "kv": {"app/mode": "blue"}})");
  }

  fs::path dir_;
};

TEST_F(RenderCli, RendersHealthyInstancesSortedWithNodeAddressFallback) {
  auto tmpl = file("t.tmpl",
                   "{{ range service \"web\" }}{{ .Node }} {{ .ID }} {{ .Address }}:{{ .Port }} "
                   "{{ .Tags }}\n{{ end }}mode={{ key \"app/mode\" }}\n");
  Result r = run("render --catalog-file " + catalog().string() + " " + tmpl.string());
  EXPECT_EQ(r.exitCode, 0) << r.err;
  // n3's check has no status: Consul defaults it to critical, so the default filter drops it.
  EXPECT_EQ(r.out,
            "n1 web-1 10.0.0.1:8080 [a b]\n"
            "n2 web 10.9.9.9:8081 []\n"
            "mode=blue\n");
  EXPECT_EQ(r.err, "");
}

TEST_F(RenderCli, AcceptsOneOrTwoDashesAndEqualsForm) {
  auto tmpl = file("t.tmpl", "{{ len (service \"web|any\") }}\n");
  Result a = run("render -catalog-file=" + catalog().string() + " " + tmpl.string());
  Result b = run("render --catalog-file " + catalog().string() + " " + tmpl.string());
  EXPECT_EQ(a.exitCode, 0) << a.err;
  EXPECT_EQ(a.out, "3\n");
  EXPECT_EQ(b.out, a.out);
}

TEST_F(RenderCli, ExecutionErrorNamesFileLineColumnAndExitsNonZero) {
  auto tmpl = file("bad.tmpl", "ok\n{{ range service \"web\" }}\n  {{ .Meta }}\n{{ end }}\n");
  Result r = run("render --catalog-file " + catalog().string() + " " + tmpl.string());
  EXPECT_EQ(r.exitCode, 14);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, tmpl.string() + ":3:5: executing \"" + tmpl.string() +
                       "\" at <.Meta>: can't evaluate field Meta in type "
                       "*dependency.HealthService\n");
}

TEST_F(RenderCli, ParseErrorNamesFileAndLine) {
  auto tmpl = file("bad.tmpl", "a\nb {{ if }}\n");
  Result r = run("render --catalog-file " + catalog().string() + " " + tmpl.string());
  EXPECT_EQ(r.exitCode, 14);
  EXPECT_EQ(r.err, tmpl.string() + ":2: missing value for if\n");
}

TEST_F(RenderCli, MalformedCatalogIsAClearConfigError) {
  auto cat = file("cat.json", R"({"registrations": [{"Node": "n1", "Address": "10.0.0.1",
      "Service": {"Service": "web", "Port": "eighty"}}]})");
  auto tmpl = file("t.tmpl", "x\n");
  Result r = run("render --catalog-file " + cat.string() + " " + tmpl.string());
  EXPECT_EQ(r.exitCode, 15);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("registrations[0].Service.Port"), std::string::npos) << r.err;
}

TEST_F(RenderCli, InvalidJsonNamesLine) {
  auto cat = file("cat.json", "{\"registrations\": [\n  {\"Node\": }\n]}");
  auto tmpl = file("t.tmpl", "x\n");
  Result r = run("render --catalog-file " + cat.string() + " " + tmpl.string());
  EXPECT_EQ(r.exitCode, 15);
  EXPECT_NE(r.err.find(cat.string() + ":2:"), std::string::npos) << r.err;
}

TEST_F(RenderCli, MissingKeyIsReportedNotRenderedPartially) {
  auto tmpl = file("t.tmpl", "{{ key \"no/such/key\" }}\n");
  Result r = run("render --catalog-file " + catalog().string() + " " + tmpl.string());
  EXPECT_EQ(r.exitCode, 14);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("kv.block(no/such/key)"), std::string::npos) << r.err;
}

TEST_F(RenderCli, BadFlagExits13) {
  Result r = run("render --no-such-flag x");
  EXPECT_EQ(r.exitCode, 13);
}

// The example template renders the example catalog into a config haproxy itself accepts.
TEST_F(RenderCli, ExampleHaproxyTemplatePassesHaproxyCheck) {
  fs::path src = HC_SOURCE_DIR;
  Result r = run("render --catalog-file " + (src / "haproxy/catalog.json").string() + " " +
                 (src / "haproxy/haproxy.cfg.tmpl").string());
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("server app-1_api "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("server app-2_api "), std::string::npos) << r.out;
  std::string cfg = r.out;
  std::string sock = "/run/haproxy/admin.sock";
  cfg.replace(cfg.find(sock), sock.size(), (dir_ / "admin.sock").string());
  auto cfgPath = file("haproxy.cfg", cfg);
  int status = std::system(("haproxy -c -q -f " + cfgPath.string() + " >/dev/null 2>&1").c_str());
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << cfg;
}

// The fleet's original `server {{.Name}}` line, rendered over two healthy instances, is what
// haproxy refuses: the reason the example names servers {{.Node}}_{{.ID}}.
TEST_F(RenderCli, SeedServerNameLineIsRejectedByHaproxy) {
  auto tmpl = file("seed.tmpl",
                   "defaults\n  mode http\n  timeout connect 1s\n  timeout client 1s\n"
                   "  timeout server 1s\nbackend be\n"
                   "{{- range service \"web\" }}\n  server {{.Name}} {{.Address}}:{{.Port}} check"
                   "{{- end }}\n");
  Result r = run("render --catalog-file " + catalog().string() + " " + tmpl.string());
  ASSERT_EQ(r.exitCode, 0) << r.err;
  auto cfgPath = file("seed.cfg", r.out);
  int status = std::system(("haproxy -c -q -f " + cfgPath.string() + " >/dev/null 2>&1").c_str());
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) != 0) << r.out;
}

}  // namespace

namespace {

// Go prints the column as a 0-based byte offset, so an error at the start of a line says ":0".
TEST_F(RenderCli, ErrorAtStartOfLinePrintsColumnZero) {
  auto tmpl = file("bad.tmpl", "{{ range service \"web\" }}{{\n.Meta }}{{ end }}\n");
  Result r = run("render --catalog-file " + catalog().string() + " " + tmpl.string());
  EXPECT_EQ(r.exitCode, 14);
  EXPECT_EQ(r.err.rfind(tmpl.string() + ":2:0: executing ", 0), 0u) << r.err;
}

}  // namespace
