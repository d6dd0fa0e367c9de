// ClientConfig: the address forms of CONSUL_HTTP_ADDR / -consul-addr, the environment Consul's
// tools read (and its precedence), Go's boolean spellings, and the token file.
#include "hc/consul/client_config.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

namespace hc::consul {
namespace {

using ::testing::HasSubstr;
using Scheme = ClientConfig::Scheme;

ClientConfig::EnvLookup envOf(std::map<std::string, std::string> vars) {
  return [vars](const char* name) -> std::optional<std::string> {
    auto it = vars.find(name);
    if (it == vars.end()) return std::nullopt;
    return it->second;
  };
}

TEST(ClientConfigAddress, Defaults) {
  ClientConfig c;
  EXPECT_EQ(c.scheme, Scheme::Http);
  EXPECT_EQ(c.host, "127.0.0.1");
  EXPECT_EQ(c.port, 8500);
  EXPECT_FALSE(c.tls.enabled);
  EXPECT_TRUE(c.tls.verify);
  EXPECT_EQ(c.address(), "http://127.0.0.1:8500");
}

TEST(ClientConfigAddress, EveryForm) {
  struct Case {
    std::string in;
    Scheme scheme;
    std::string host;
    uint16_t port;
    std::string socketPath;
    bool tls;
    std::string address;
  };
  const Case cases[] = {
      {"consul.internal:8600", Scheme::Http, "consul.internal", 8600, "", false,
       "http://consul.internal:8600"},
      {"consul.internal", Scheme::Http, "consul.internal", 8500, "", false,
       "http://consul.internal:8500"},
      {"10.0.0.5", Scheme::Http, "10.0.0.5", 8500, "", false, "http://10.0.0.5:8500"},
      {"http://10.0.0.5", Scheme::Http, "10.0.0.5", 8500, "", false, "http://10.0.0.5:8500"},
      {"http://10.0.0.5:18500", Scheme::Http, "10.0.0.5", 18500, "", false,
       "http://10.0.0.5:18500"},
      {"https://consul.internal", Scheme::Https, "consul.internal", 8501, "", true,
       "https://consul.internal:8501"},
      {"https://consul.internal:443", Scheme::Https, "consul.internal", 443, "", true,
       "https://consul.internal:443"},
      {"HTTPS://Consul.Internal:9501", Scheme::Https, "Consul.Internal", 9501, "", true,
       "https://Consul.Internal:9501"},
      {"Http://h:1", Scheme::Http, "h", 1, "", false, "http://h:1"},
      {"unix:///run/consul/http.sock", Scheme::Unix, "", 0, "/run/consul/http.sock", false,
       "unix:///run/consul/http.sock"},
      {"UNIX:///tmp/c.sock", Scheme::Unix, "", 0, "/tmp/c.sock", false, "unix:///tmp/c.sock"},
      {"[::1]:8500", Scheme::Http, "::1", 8500, "", false, "http://[::1]:8500"},
      {"[fe80::1]", Scheme::Http, "fe80::1", 8500, "", false, "http://[fe80::1]:8500"},
      {"https://[::1]:9000", Scheme::Https, "::1", 9000, "", true, "https://[::1]:9000"},
      {"::1", Scheme::Http, "::1", 8500, "", false, "http://[::1]:8500"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.in);
    ClientConfig cfg;
    cfg.setAddress(c.in);
    EXPECT_EQ(cfg.scheme, c.scheme);
    EXPECT_EQ(cfg.host, c.host);
    EXPECT_EQ(cfg.port, c.port);
    EXPECT_EQ(cfg.socketPath, c.socketPath);
    EXPECT_EQ(cfg.tls.enabled, c.tls);
    EXPECT_EQ(cfg.address(), c.address);
  }
}

TEST(ClientConfigAddress, JunkIsRejectedNamingTheValue) {
  for (const std::string junk :
       {"", "http://", "https://:8500", "ftp://consul:21", "consul:", "consul:http", "consul:99999",
        "consul:0", "consul:-1", "unix://", "http://user:pw@consul:8500", "http://consul:8500/v1",
        "consul name:8500", "[::1", "[::1]x", "[::1]:", "consul?x:1", "gg:hh:ii"}) {
    SCOPED_TRACE(junk);
    ClientConfig c;
    try {
      c.setAddress(junk);
      ADD_FAILURE() << "accepted";
    } catch (const ClientConfigError& e) {
      EXPECT_THAT(e.what(), HasSubstr("\"" + junk + "\""));
    }
  }
}

TEST(ClientConfigAddress, ExplicitHttpDoesNotTurnTlsOff) {
  // As Consul's Go client: once TLS was asked for (CONSUL_HTTP_SSL, -consul-ssl), an http://
  // address keeps it.
  ClientConfig c;
  c.tls.enabled = true;
  c.setAddress("http://consul:8500");
  EXPECT_EQ(c.scheme, Scheme::Https);
  EXPECT_TRUE(c.tls.enabled);
  EXPECT_EQ(c.address(), "https://consul:8500");
}

TEST(ClientConfigAddress, UnixThenTcpClearsTheSocketPath) {
  ClientConfig c;
  c.setAddress("unix:///run/c.sock");
  c.setAddress("consul:8500");
  EXPECT_EQ(c.scheme, Scheme::Http);
  EXPECT_EQ(c.socketPath, "");
  EXPECT_EQ(c.host, "consul");
}

TEST(ClientConfigEnvironment, EmptyEnvironmentGivesDefaults) {
  ClientConfig c = ClientConfig::fromEnvironment(envOf({}));
  EXPECT_EQ(c.address(), "http://127.0.0.1:8500");
  EXPECT_EQ(c.token, "");
  EXPECT_EQ(c.tokenFile, "");
  EXPECT_FALSE(c.tls.enabled);
  EXPECT_TRUE(c.tls.verify);
}

TEST(ClientConfigEnvironment, EveryVariable) {
  ClientConfig c = ClientConfig::fromEnvironment(envOf({
      {"CONSUL_HTTP_ADDR", "consul.internal:8501"},
      {"CONSUL_HTTP_TOKEN", "tok"},
      {"CONSUL_HTTP_TOKEN_FILE", "/etc/consul/token"},
      {"CONSUL_HTTP_SSL", "true"},
      {"CONSUL_HTTP_SSL_VERIFY", "0"},
      {"CONSUL_CACERT", "/etc/consul/ca.pem"},
      {"CONSUL_CAPATH", "/etc/consul/cas"},
      {"CONSUL_CLIENT_CERT", "/etc/consul/client.pem"},
      {"CONSUL_CLIENT_KEY", "/etc/consul/client.key"},
      {"CONSUL_TLS_SERVER_NAME", "server.dc1.consul"},
  }));
  EXPECT_EQ(c.scheme, Scheme::Https);
  EXPECT_EQ(c.host, "consul.internal");
  EXPECT_EQ(c.port, 8501);
  EXPECT_EQ(c.address(), "https://consul.internal:8501");
  EXPECT_EQ(c.token, "tok");
  EXPECT_EQ(c.tokenFile, "/etc/consul/token");
  EXPECT_TRUE(c.tls.enabled);
  EXPECT_FALSE(c.tls.verify);
  EXPECT_EQ(c.tls.caFile, "/etc/consul/ca.pem");
  EXPECT_EQ(c.tls.caPath, "/etc/consul/cas");
  EXPECT_EQ(c.tls.certFile, "/etc/consul/client.pem");
  EXPECT_EQ(c.tls.keyFile, "/etc/consul/client.key");
  EXPECT_EQ(c.tls.serverName, "server.dc1.consul");
}

TEST(ClientConfigEnvironment, HttpVariablesWinOverLegacyOnes) {
  ClientConfig both = ClientConfig::fromEnvironment(envOf({{"CONSUL_HTTP_TOKEN", "new"},
                                                           {"CONSUL_TOKEN", "old"},
                                                           {"CONSUL_HTTP_TOKEN_FILE", "/new"},
                                                           {"CONSUL_TOKEN_FILE", "/old"}}));
  EXPECT_EQ(both.token, "new");
  EXPECT_EQ(both.tokenFile, "/new");

  ClientConfig legacy = ClientConfig::fromEnvironment(
      envOf({{"CONSUL_TOKEN", "old"}, {"CONSUL_TOKEN_FILE", "/old"}}));
  EXPECT_EQ(legacy.token, "old");
  EXPECT_EQ(legacy.tokenFile, "/old");

  // An empty variable counts as unset, as in Consul's tools.
  ClientConfig empty = ClientConfig::fromEnvironment(
      envOf({{"CONSUL_HTTP_TOKEN", ""}, {"CONSUL_TOKEN", "old"}, {"CONSUL_HTTP_ADDR", ""}}));
  EXPECT_EQ(empty.token, "old");
  EXPECT_EQ(empty.address(), "http://127.0.0.1:8500");
}

TEST(ClientConfigEnvironment, HttpsAddressTurnsTlsOnEvenWithSslFalse) {
  ClientConfig c = ClientConfig::fromEnvironment(
      envOf({{"CONSUL_HTTP_ADDR", "https://consul"}, {"CONSUL_HTTP_SSL", "false"}}));
  EXPECT_TRUE(c.tls.enabled);
  EXPECT_EQ(c.address(), "https://consul:8501");
}

TEST(ClientConfigEnvironment, SslWithoutSchemeMakesTheAddressHttps) {
  ClientConfig c = ClientConfig::fromEnvironment(
      envOf({{"CONSUL_HTTP_ADDR", "consul:8501"}, {"CONSUL_HTTP_SSL", "1"}}));
  EXPECT_EQ(c.scheme, Scheme::Https);
  EXPECT_EQ(c.address(), "https://consul:8501");
}

TEST(ClientConfigEnvironment, GoParseBoolForms) {
  for (const char* t : {"1", "t", "T", "TRUE", "true", "True"}) {
    SCOPED_TRACE(t);
    EXPECT_TRUE(ClientConfig::fromEnvironment(envOf({{"CONSUL_HTTP_SSL", t}})).tls.enabled);
    EXPECT_TRUE(ClientConfig::fromEnvironment(envOf({{"CONSUL_HTTP_SSL_VERIFY", t}})).tls.verify);
  }
  for (const char* f : {"0", "f", "F", "FALSE", "false", "False"}) {
    SCOPED_TRACE(f);
    EXPECT_FALSE(ClientConfig::fromEnvironment(envOf({{"CONSUL_HTTP_SSL", f}})).tls.enabled);
    EXPECT_FALSE(ClientConfig::fromEnvironment(envOf({{"CONSUL_HTTP_SSL_VERIFY", f}})).tls.verify);
  }
}

TEST(ClientConfigEnvironment, BadBooleanNamesTheVariable) {
  for (const char* var : {"CONSUL_HTTP_SSL", "CONSUL_HTTP_SSL_VERIFY"}) {
    for (const char* bad : {"yes", "on", "tRUE", "2", " true"}) {
      SCOPED_TRACE(std::string(var) + "=" + bad);
      try {
        ClientConfig::fromEnvironment(envOf({{var, bad}}));
        ADD_FAILURE() << "accepted";
      } catch (const ClientConfigError& e) {
        EXPECT_THAT(e.what(), HasSubstr(var));
        EXPECT_THAT(e.what(), HasSubstr(std::string("\"") + bad + "\""));
      }
    }
  }
}

TEST(ClientConfigEnvironment, BadAddressNamesTheVariableAndValue) {
  try {
    ClientConfig::fromEnvironment(envOf({{"CONSUL_HTTP_ADDR", "gopher://x"}}));
    ADD_FAILURE() << "accepted";
  } catch (const ClientConfigError& e) {
    EXPECT_THAT(e.what(), HasSubstr("CONSUL_HTTP_ADDR"));
    EXPECT_THAT(e.what(), HasSubstr("\"gopher://x\""));
  }
}

class TokenFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("hc-token-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& content) {
    std::filesystem::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  std::filesystem::path dir_;
};

TEST_F(TokenFileTest, TokenWinsOverFile) {
  ClientConfig c;
  c.token = "direct";
  c.tokenFile = write("t", "from-file\n");
  EXPECT_EQ(c.resolveToken(), "direct");
}

TEST_F(TokenFileTest, FileIsTrimmed) {
  ClientConfig c;
  c.tokenFile = write("t", "  \n\t 0b3f6b7e-1c2d-4e5f-8a9b-0c1d2e3f4a5b \r\n\n");
  EXPECT_EQ(c.resolveToken(), "0b3f6b7e-1c2d-4e5f-8a9b-0c1d2e3f4a5b");
}

TEST_F(TokenFileTest, OnlyTheFirstLineCounts) {
  ClientConfig c;
  c.tokenFile = write("t", "first\nsecond\n");
  EXPECT_EQ(c.resolveToken(), "first");
}

TEST_F(TokenFileTest, EmptyFileAndNoTokenGiveEmpty) {
  ClientConfig c;
  EXPECT_EQ(c.resolveToken(), "");
  c.tokenFile = write("t", "");
  EXPECT_EQ(c.resolveToken(), "");
}

TEST_F(TokenFileTest, UnreadableFileNamesThePathAndReason) {
  ClientConfig c;
  c.tokenFile = (dir_ / "missing").string();
  try {
    c.resolveToken();
    ADD_FAILURE() << "no error";
  } catch (const ClientConfigError& e) {
    EXPECT_THAT(e.what(), HasSubstr(c.tokenFile));
    EXPECT_THAT(e.what(), HasSubstr("No such file or directory"));
  }
}

}  // namespace
}  // namespace hc::consul
