// ConsulClient against real Consul 1.8.7 agents with ACLs (default deny) and with HTTPS
// (certificates made here with openssl): what each endpoint does without a token, with a bogus
// one and with the master token, that no error text carries a token; TLS with the right CA,
// a wrong CA, verification off, a wrong server name, a plain-HTTP port, and client
// certificates when the agent requires them.
#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "consul_agent.h"
#include "hc/consul/consul_client.h"
#include "hc/consul/watcher.h"

namespace {

using hc::consul::ClientConfig;
using hc::consul::ConsulClient;
using hc::consul::ConsulError;
using hc::consul::ConsulErrorKind;
using hc::testing::ConsulAgent;
using hc::testing::ConsulAgentOptions;

std::string randomUuid() {
  std::random_device rd;
  std::mt19937_64 gen(rd());
  std::ostringstream out;
  const char* hex = "0123456789abcdef";
  for (int i = 0; i < 32; ++i) {
    if (i == 8 || i == 12 || i == 16 || i == 20) out << '-';
    out << hex[gen() % 16];
  }
  return out.str();
}

std::unique_ptr<ConsulClient> clientFor(const ClientConfig& c, const std::string& token) {
  return std::make_unique<ConsulClient>(hc::consul::makeHttpConnection(c), token,
                                        c.readTimeoutMargin);
}

// Runs `call`, expecting ConsulError of `kind`; returns its what() ("" when none was thrown).
std::string expectError(ConsulErrorKind kind, const std::function<void()>& call) {
  try {
    call();
    ADD_FAILURE() << "no error, expected " << hc::consul::consulErrorKindName(kind);
  } catch (const ConsulError& e) {
    EXPECT_EQ(e.kind(), kind) << e.what();
    return e.what();
  }
  return "";
}

class ConsulAclAgent : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    master_ = randomUuid();
    ConsulAgentOptions options;
    options.hcl = {R"(primary_datacenter = "dc1")",
                   R"(acl { enabled = true default_policy = "deny" )"
                   R"(enable_token_persistence = false tokens { master = ")" +
                       master_ + R"(" } })"};
    options.token = master_;  // the harness registers with it
    agent_ = std::make_unique<ConsulAgent>(options);
    auto put = [](const std::string& path, const std::string& body) {
      hc::testing::HttpReply r = agent_->request("PUT", path, body);
      ASSERT_EQ(r.status, 200) << path << ": " << r.body;
    };
    put("/v1/catalog/register", R"({"Node": "an1", "Address": "10.6.0.1",
        "Service": {"ID": "aweb-1", "Service": "aweb", "Port": 80},
        "Check": {"CheckID": "aweb-ok", "Name": "ok", "Status": "passing",
                  "ServiceID": "aweb-1"}})");
    put("/v1/kv/secret/a", "classified");
  }
  static void TearDownTestSuite() { agent_.reset(); }

  static ClientConfig config() {
    ClientConfig c;
    c.setAddress(agent_->address());
    return c;
  }

  static std::string master_;
  static std::unique_ptr<ConsulAgent> agent_;
};

std::string ConsulAclAgent::master_;
std::unique_ptr<ConsulAgent> ConsulAclAgent::agent_;

TEST_F(ConsulAclAgent, WithoutATokenReadsAreFilteredOrDenied) {
  auto c = clientFor(config(), "");
  std::vector<std::string> errors;
  // Consul 1.8.7 filters catalog and health reads for the anonymous token silently: 200 with
  // nothing in it (and an unknown node reads as null).
  EXPECT_TRUE(c->healthService("aweb", "", false, {}).value.empty());
  EXPECT_TRUE(c->catalogServices({}).value.empty());
  EXPECT_TRUE(c->catalogNodes({}).value.empty());
  EXPECT_FALSE(c->catalogNode("an1", {}).value.has_value());
  // A KV key read is denied outright; list and keys are filtered down to a 404 (absent).
  errors.push_back(expectError(ConsulErrorKind::AclDenied, [&] { c->kvGet("secret/a", {}); }));
  EXPECT_EQ(errors.back(), "Unexpected response code: 403 (Permission denied)");
  EXPECT_TRUE(c->kvList("secret/", {}).value.empty());
  EXPECT_TRUE(c->kvKeys("secret/", "/", {}).value.empty());
  // agent/self needs agent:read.
  errors.push_back(expectError(ConsulErrorKind::AclDenied, [&] { c->agentNodeName(); }));
  // Datacenters need no permission.
  EXPECT_EQ(c->catalogDatacenters(), (std::vector<std::string>{"dc1"}));
  for (const std::string& e : errors) EXPECT_EQ(e.find(master_), std::string::npos) << e;
}

TEST_F(ConsulAclAgent, AnUnknownTokenIsDeniedAndNeverEchoed) {
  const std::string bogus = randomUuid();
  auto c = clientFor(config(), bogus);
  std::vector<std::string> errors = {
      expectError(ConsulErrorKind::AclDenied, [&] { c->healthService("aweb", "", false, {}); }),
      expectError(ConsulErrorKind::AclDenied, [&] { c->kvGet("secret/a", {}); }),
      expectError(ConsulErrorKind::AclDenied, [&] { c->catalogServices({}); }),
      expectError(ConsulErrorKind::AclDenied,
                  [&] { c->watchFeed(hc::consul::ChangeFeed::KV, {}); }),
  };
  EXPECT_EQ(errors[0], "Unexpected response code: 403 (ACL not found)");
  for (const std::string& e : errors) {
    EXPECT_EQ(e.find(bogus), std::string::npos) << e;
    EXPECT_EQ(e.find(master_), std::string::npos) << e;
  }
}

TEST_F(ConsulAclAgent, TheMasterTokenReadsEverything) {
  auto c = clientFor(config(), master_);
  auto health = c->healthService("aweb", "", true, {});
  ASSERT_EQ(health.value.size(), 1u);
  EXPECT_EQ(health.value[0].service.id, "aweb-1");
  EXPECT_EQ(c->catalogServices({}).value.count("aweb"), 1u);
  EXPECT_TRUE(c->catalogNode("an1", {}).value.has_value());
  EXPECT_EQ(c->kvGet("secret/a", {}).value->value, "classified");
  EXPECT_EQ(c->kvKeys("secret/", "/", {}).value, (std::vector<std::string>{"secret/a"}));
  EXPECT_EQ(c->agentNodeName(), "hc-test-agent");
  // The token from a token file works the same.
  std::filesystem::path file = agent_->dir() / "token";
  std::ofstream(file) << master_ << "\n";
  ClientConfig fromFile = config();
  fromFile.tokenFile = file.string();
  EXPECT_EQ(hc::consul::consulClientFactory(fromFile)()->kvGet("secret/a", {}).value->value,
            "classified");
}

// A CA, a server certificate for 127.0.0.1 / localhost signed by it, a client certificate
// signed by it, and a second CA that signed nothing here.
class Pki {
 public:
  Pki() {
    dir_ = std::filesystem::temp_directory_path() /
           ("hc-pki-" + std::to_string(::getpid()) + "-" + randomUuid().substr(0, 8));
    std::filesystem::create_directories(dir_);
    std::ofstream(dir_ / "server.ext")
        << "subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:server.dc1.consul\n"
        << "extendedKeyUsage=serverAuth,clientAuth\n";
    std::ofstream(dir_ / "client.ext") << "extendedKeyUsage=clientAuth\n";
    run("openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes "
        "-keyout ca.key -out ca.pem -days 2 -subj '/CN=hc test CA'");
    run("openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes "
        "-keyout other-ca.key -out other-ca.pem -days 2 -subj '/CN=hc unrelated CA'");
    for (const char* who : {"server", "client"}) {
      std::string w = who;
      run("openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout " + w +
          ".key -out " + w + ".csr -subj '/CN=" + w + ".dc1.consul'");
      run("openssl x509 -req -in " + w + ".csr -CA ca.pem -CAkey ca.key -CAcreateserial -out " + w +
          ".pem -days 2 -extfile " + w + ".ext");
    }
  }
  ~Pki() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }

 private:
  void run(const std::string& cmd) {
    std::string full = "cd '" + dir_.string() + "' && " + cmd + " >openssl.log 2>&1";
    if (std::system(full.c_str()) != 0)
      throw std::runtime_error("openssl failed: " + cmd + " (see " + path("openssl.log") + ")");
  }
  std::filesystem::path dir_;
};

class ConsulTlsAgent : public ::testing::Test {
 protected:
  static ConsulAgentOptions tlsOptions(bool requireClientCert) {
    ConsulAgentOptions o;
    o.https = true;
    o.hcl = {"cert_file = \"" + pki_->path("server.pem") + "\" key_file = \"" +
             pki_->path("server.key") + "\" ca_file = \"" + pki_->path("ca.pem") +
             "\" verify_incoming = false verify_incoming_https = " +
             (requireClientCert ? "true" : "false")};
    return o;
  }
  static void SetUpTestSuite() {
    pki_ = std::make_unique<Pki>();
    agent_ = std::make_unique<ConsulAgent>(tlsOptions(false));
  }
  static void TearDownTestSuite() {
    agent_.reset();
    pki_.reset();
  }
  static ClientConfig httpsConfig(const std::string& host = "127.0.0.1") {
    ClientConfig c;
    c.setAddress("https://" + host + ":" + std::to_string(agent_->httpsPort()));
    c.tls.caFile = pki_->path("ca.pem");
    c.connectTimeout = std::chrono::seconds(5);
    return c;
  }

  static std::unique_ptr<Pki> pki_;
  static std::unique_ptr<ConsulAgent> agent_;
};

std::unique_ptr<Pki> ConsulTlsAgent::pki_;
std::unique_ptr<ConsulAgent> ConsulTlsAgent::agent_;

TEST_F(ConsulTlsAgent, TheRightCaWorks) {
  ClientConfig c = httpsConfig();
  EXPECT_TRUE(c.tls.enabled);
  hc::testing::HttpReply put = agent_->request("PUT", "/v1/catalog/register", R"(
      {"Node": "tn1", "Address": "10.8.0.1", "Service": {"Service": "tweb", "Port": 443}})");
  ASSERT_EQ(put.status, 200) << put.body;
  auto client = clientFor(c, "");
  EXPECT_EQ(client->catalogDatacenters(), (std::vector<std::string>{"dc1"}));
  auto health = client->healthService("tweb", "", false, {});
  ASSERT_EQ(health.value.size(), 1u);
  EXPECT_EQ(health.value[0].service.port, 443);
  // By name too, and with the server name the certificate carries.
  EXPECT_EQ(clientFor(httpsConfig("localhost"), "")->agentNodeName(), "hc-test-agent");
  ClientConfig named = httpsConfig();
  named.tls.serverName = "server.dc1.consul";
  EXPECT_EQ(clientFor(named, "")->agentNodeName(), "hc-test-agent");
}

TEST_F(ConsulTlsAgent, AWrongCaFailsWithAClearTlsError) {
  ClientConfig c = httpsConfig();
  c.tls.caFile = pki_->path("other-ca.pem");
  std::string what =
      expectError(ConsulErrorKind::Tls, [&] { clientFor(c, "")->catalogDatacenters(); });
  EXPECT_EQ(what.rfind("TLS handshake with 127.0.0.1:" + std::to_string(agent_->httpsPort()) +
                           " failed: certificate verify failed: unable to get local issuer "
                           "certificate",
                       0),
            0u)
      << what;
}

TEST_F(ConsulTlsAgent, VerifyOffAcceptsAnyCertificate) {
  ClientConfig c = httpsConfig();
  c.tls.caFile = pki_->path("other-ca.pem");
  c.tls.verify = false;
  EXPECT_EQ(clientFor(c, "")->catalogDatacenters(), (std::vector<std::string>{"dc1"}));
  c.tls.caFile.clear();
  c.tls.serverName = "not-the-server.example";
  EXPECT_EQ(clientFor(c, "")->catalogDatacenters(), (std::vector<std::string>{"dc1"}));
}

TEST_F(ConsulTlsAgent, AServerNameTheCertificateLacksFails) {
  ClientConfig c = httpsConfig();
  c.tls.serverName = "consul.example.com";
  std::string what =
      expectError(ConsulErrorKind::Tls, [&] { clientFor(c, "")->catalogDatacenters(); });
  EXPECT_NE(what.find("hostname mismatch"), std::string::npos) << what;
}

TEST_F(ConsulTlsAgent, TlsToThePlainHttpPortFails) {
  ClientConfig c = httpsConfig();
  c.port = static_cast<uint16_t>(agent_->httpPort());
  std::string what =
      expectError(ConsulErrorKind::Tls, [&] { clientFor(c, "")->catalogDatacenters(); });
  EXPECT_NE(what.find("TLS handshake with 127.0.0.1:"), std::string::npos) << what;
}

TEST_F(ConsulTlsAgent, AMissingCaFileIsNamed) {
  ClientConfig c = httpsConfig();
  c.tls.caFile = pki_->path("nope.pem");
  std::string what =
      expectError(ConsulErrorKind::Tls, [&] { clientFor(c, "")->catalogDatacenters(); });
  EXPECT_NE(what.find(c.tls.caFile), std::string::npos) << what;
  EXPECT_NE(what.find("No such file or directory"), std::string::npos) << what;
}

class ConsulMutualTlsAgent : public ConsulTlsAgent {
 protected:
  static void SetUpTestSuite() {
    pki_ = std::make_unique<Pki>();
    agent_ = std::make_unique<ConsulAgent>(tlsOptions(true));
  }
};

TEST_F(ConsulMutualTlsAgent, AClientCertificateIsRequired) {
  ClientConfig with = httpsConfig();
  with.tls.certFile = pki_->path("client.pem");
  with.tls.keyFile = pki_->path("client.key");
  EXPECT_EQ(clientFor(with, "")->catalogDatacenters(), (std::vector<std::string>{"dc1"}));

  ClientConfig without = httpsConfig();
  std::string what =
      expectError(ConsulErrorKind::Tls, [&] { clientFor(without, "")->catalogDatacenters(); });
  EXPECT_NE(what.find("127.0.0.1:" + std::to_string(agent_->httpsPort())), std::string::npos)
      << what;
  EXPECT_NE(what.find("requires a client certificate"), std::string::npos) << what;
}

// The Watcher on an ACL agent: a wrong token's 403 is reported and retried without the token
// ever reaching the logs; the right token reads the data.
TEST_F(ConsulAclAgent, WatcherHandlesTheDenialAndWorksWithTheToken) {
  std::ostringstream logs;
  auto previous = spdlog::default_logger();
  spdlog::set_default_logger(std::make_shared<spdlog::logger>(
      "capture", std::make_shared<spdlog::sinks::ostream_sink_mt>(logs)));
  const std::string wrong = "0ddba11-wrong-token-" + randomUuid();
  auto key = hc::consul::Dependency::kvGet("secret/a", /*blockOnNil=*/true);
  auto run = [&](const std::string& token, std::function<bool(int changes, int denied)> done) {
    ClientConfig c = config();
    c.token = token;
    hc::consul::WatcherOptions o;
    o.retry.backoff = std::chrono::milliseconds(10);
    std::mutex mu;
    std::condition_variable cv;
    int changes = 0, denied = 0;
    hc::consul::WatcherListener l;
    l.changed = [&](const hc::consul::Dependency&) {
      std::lock_guard<std::mutex> lock(mu);
      ++changes;
      cv.notify_all();
    };
    l.failed = [&](const hc::consul::Dependency&, const hc::consul::ConsulError& e, bool) {
      std::lock_guard<std::mutex> lock(mu);
      if (e.kind() == hc::consul::ConsulErrorKind::AclDenied) ++denied;
      cv.notify_all();
    };
    auto brain = std::make_shared<hc::consul::Brain>();
    hc::consul::Watcher w(hc::consul::consulClientFactory(c), brain, o, l);
    w.start();
    w.watch({key});
    std::unique_lock<std::mutex> lock(mu);
    bool ok = cv.wait_for(lock, std::chrono::seconds(5), [&] { return done(changes, denied); });
    lock.unlock();
    w.stop();
    return std::make_pair(ok, brain->recall(key));
  };
  auto [deniedOk, none] = run(wrong, [](int, int denied) { return denied >= 3; });
  EXPECT_TRUE(deniedOk);
  EXPECT_EQ(none, nullptr);
  auto [readOk, data] = run(master_, [](int changes, int) { return changes >= 1; });
  EXPECT_TRUE(readOk);
  ASSERT_NE(data, nullptr);
  EXPECT_EQ(std::get<hc::consul::KeyValue>(data->data).value, "classified");
  spdlog::set_default_logger(previous);
  EXPECT_NE(logs.str().find("403"), std::string::npos) << logs.str();
  EXPECT_EQ(logs.str().find(wrong), std::string::npos) << logs.str();
  EXPECT_EQ(logs.str().find(master_), std::string::npos) << logs.str();
}

}  // namespace
