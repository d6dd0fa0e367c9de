// ConsulClient against a real Consul 1.8.7 dev agent: every endpoint decoded after registering
// through /v1/catalog/register and KV PUT, blocking queries (prompt on change, the whole wait
// when nothing changes), the four change feeds moving on their tables with tiny bodies,
// connection refused, abort() of a blocking call, the same API over a unix socket, and the
// transport faults a real agent cannot produce (through the fault proxy in front of it).
#include "hc/consul/consul_client.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "consul_agent.h"
#include "fault_proxy.h"

namespace {

using hc::consul::ChangeFeed;
using hc::consul::ClientConfig;
using hc::consul::ConsulClient;
using hc::consul::ConsulError;
using hc::consul::ConsulErrorKind;
using hc::consul::HttpConnection;
using hc::consul::HttpRequest;
using hc::consul::HttpResponse;
using hc::consul::QueryMeta;
using hc::consul::QueryOptions;
using hc::testing::ConsulAgent;
using std::chrono::milliseconds;
using std::chrono::seconds;
using Clock = std::chrono::steady_clock;

milliseconds since(Clock::time_point t) {
  return std::chrono::duration_cast<milliseconds>(Clock::now() - t);
}

QueryOptions blocking(uint64_t index, milliseconds wait) {
  QueryOptions q;
  q.waitIndex = index;
  q.waitTime = wait;
  return q;
}

// Passes every call through to the real connection, keeping the last reply (to look at the
// bodies the client does not return) and announcing each send before it starts.
struct Recorder {
  std::mutex mutex;
  HttpRequest lastRequest;
  HttpResponse lastResponse;
  std::promise<void> firstSend;
  std::atomic<bool> announced{false};
};

class RecordingConnection : public HttpConnection {
 public:
  RecordingConnection(std::unique_ptr<HttpConnection> inner, std::shared_ptr<Recorder> rec)
      : inner_(std::move(inner)), rec_(std::move(rec)) {}

  HttpResponse send(const HttpRequest& request, milliseconds timeout) override {
    if (!rec_->announced.exchange(true)) rec_->firstSend.set_value();
    HttpResponse r = inner_->send(request, timeout);
    std::lock_guard<std::mutex> lock(rec_->mutex);
    rec_->lastRequest = request;
    rec_->lastResponse = r;
    return r;
  }
  void abort() override { inner_->abort(); }

 private:
  std::unique_ptr<HttpConnection> inner_;
  std::shared_ptr<Recorder> rec_;
};

class ConsulClientAgent : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    hc::testing::ConsulAgentOptions options;
    // Consul takes a space-separated list: TCP for the harness, a unix socket for the client.
    options.hcl.push_back(R"(addresses { http = "127.0.0.1 unix://{dir}/consul.sock" })");
    agent_ = std::make_unique<ConsulAgent>(options);
  }
  static void TearDownTestSuite() { agent_.reset(); }

  static ClientConfig config() {
    ClientConfig c;
    c.setAddress(agent_->address());
    c.readTimeoutMargin = seconds(5);
    return c;
  }
  static std::unique_ptr<ConsulClient> client(std::shared_ptr<Recorder> rec = nullptr,
                                              const ClientConfig& c = config()) {
    std::unique_ptr<HttpConnection> conn = hc::consul::makeHttpConnection(c);
    if (rec) conn = std::make_unique<RecordingConnection>(std::move(conn), rec);
    return std::make_unique<ConsulClient>(std::move(conn), "", c.readTimeoutMargin);
  }
  static void put(const std::string& path, const std::string& body) {
    hc::testing::HttpReply r = agent_->request("PUT", path, body);
    ASSERT_EQ(r.status, 200) << path << ": " << r.body;
  }
  static void del(const std::string& path) {
    hc::testing::HttpReply r = agent_->request("DELETE", path);
    ASSERT_EQ(r.status, 200) << path << ": " << r.body;
  }

  static std::unique_ptr<ConsulAgent> agent_;
};

std::unique_ptr<ConsulAgent> ConsulClientAgent::agent_;

const char* kWeb1 = R"({"Node": "dn1", "Address": "10.1.0.1",
  "TaggedAddresses": {"wan": "198.51.100.1"}, "NodeMeta": {"rack": "r1"},
  "Service": {"ID": "web-1", "Service": "dweb", "Tags": ["v2", "public"], "Address": "10.1.9.9",
              "Port": 8080, "Meta": {"version": "2"},
              "TaggedAddresses": {"lan": {"Address": "10.1.9.9", "Port": 8080}},
              "Weights": {"Passing": 5, "Warning": 2}},
  "Checks": [{"CheckID": "dn1-alive", "Name": "alive", "Status": "passing"},
             {"CheckID": "web-1-http", "Name": "http", "Status": "warning", "ServiceID": "web-1",
              "Output": "slow",
              "Definition": {"HTTP": "http://10.1.9.9:8080/h", "Interval": "10s",
                             "Timeout": "1s", "DeregisterCriticalServiceAfter": "1m30s"}}]})";
const char* kWeb2 = R"({"Node": "dn2", "Address": "10.1.0.2",
  "Service": {"ID": "web-2", "Service": "dweb", "Tags": ["v1"]},
  "Check": {"CheckID": "web-2-ok", "Name": "ok", "Status": "passing", "ServiceID": "web-2"}})";

TEST_F(ConsulClientAgent, DecodesEveryEndpoint) {
  put("/v1/catalog/register", kWeb1);
  put("/v1/catalog/register", kWeb2);
  put("/v1/kv/dk/a", "hello");
  put("/v1/kv/dk/bin", std::string("\x00\x01\xff", 3));
  put("/v1/kv/dk/empty", "");
  put("/v1/kv/dk/sub/deep", "x");
  auto c = client();

  auto health = c->healthService("dweb", "", false, {});
  EXPECT_GT(health.meta.lastIndex, 0u);
  EXPECT_TRUE(health.meta.knownLeader);
  ASSERT_EQ(health.value.size(), 2u);
  auto web1 = std::find_if(health.value.begin(), health.value.end(),
                           [](const auto& e) { return e.service.id == "web-1"; });
  ASSERT_NE(web1, health.value.end());
  EXPECT_EQ(web1->node.node, "dn1");
  EXPECT_EQ(web1->node.address, "10.1.0.1");
  EXPECT_EQ(web1->node.datacenter, "dc1");
  EXPECT_EQ(web1->node.taggedAddresses.at("wan"), "198.51.100.1");
  EXPECT_EQ(web1->node.meta.at("rack"), "r1");
  EXPECT_EQ(web1->service.service, "dweb");
  EXPECT_EQ(web1->service.tags, (std::vector<std::string>{"v2", "public"}));
  EXPECT_EQ(web1->service.address, "10.1.9.9");
  EXPECT_EQ(web1->service.port, 8080);
  EXPECT_EQ(web1->service.meta.at("version"), "2");
  EXPECT_EQ(web1->service.taggedAddresses.at("lan"),
            (hc::consul::api::ServiceAddress{"10.1.9.9", 8080}));
  EXPECT_EQ(web1->service.weights, (hc::consul::api::AgentWeights{5, 2}));
  ASSERT_EQ(web1->checks.size(), 2u);
  EXPECT_EQ(web1->checks[0].checkID, "dn1-alive");  // node checks first
  EXPECT_EQ(web1->checks[0].serviceID, "");
  const auto& http = web1->checks[1];
  EXPECT_EQ(http.checkID, "web-1-http");
  EXPECT_EQ(http.status, "warning");
  EXPECT_EQ(http.output, "slow");
  EXPECT_EQ(http.serviceName, "dweb");
  EXPECT_EQ(http.serviceTags, (std::vector<std::string>{"v2", "public"}));
  EXPECT_EQ(http.type, "http");
  EXPECT_EQ(http.definition.http, "http://10.1.9.9:8080/h");
  EXPECT_EQ(http.definition.interval, 10'000'000'000);
  EXPECT_EQ(http.definition.timeout, 1'000'000'000);
  EXPECT_EQ(http.definition.deregisterCriticalServiceAfter, 90'000'000'000);
  auto web2 = std::find_if(health.value.begin(), health.value.end(),
                           [](const auto& e) { return e.service.id == "web-2"; });
  ASSERT_NE(web2, health.value.end());
  EXPECT_EQ(web2->service.port, 0);  // registered without a port: Consul omits it
  EXPECT_EQ(web2->service.address, "");
  EXPECT_TRUE(web2->service.meta.empty());  // Consul sends "Meta": null

  auto passing = c->healthService("dweb", "", true, {});
  ASSERT_EQ(passing.value.size(), 1u);
  EXPECT_EQ(passing.value[0].service.id, "web-2");
  auto tagged = c->healthService("dweb", "PUBLIC", false, {});  // Consul: case-insensitive
  ASSERT_EQ(tagged.value.size(), 1u);
  EXPECT_EQ(tagged.value[0].service.id, "web-1");
  EXPECT_TRUE(c->healthService("no-such-service", "", false, {}).value.empty());

  auto services = c->catalogServices({});
  ASSERT_EQ(services.value.count("dweb"), 1u);
  std::vector<std::string> tags = services.value.at("dweb");
  std::sort(tags.begin(), tags.end());
  EXPECT_EQ(tags, (std::vector<std::string>{"public", "v1", "v2"}));

  auto nodes = c->catalogNodes({});
  auto dn1 = std::find_if(nodes.value.begin(), nodes.value.end(),
                          [](const auto& n) { return n.node == "dn1"; });
  ASSERT_NE(dn1, nodes.value.end());
  EXPECT_EQ(dn1->address, "10.1.0.1");
  EXPECT_EQ(dn1->meta.at("rack"), "r1");
  EXPECT_GT(dn1->modifyIndex, 0u);

  auto node = c->catalogNode("dn1", {});
  ASSERT_TRUE(node.value.has_value());
  EXPECT_EQ(node.value->node.address, "10.1.0.1");
  ASSERT_EQ(node.value->services.count("web-1"), 1u);
  EXPECT_EQ(node.value->services.at("web-1").port, 8080);
  EXPECT_FALSE(c->catalogNode("no-such-node", {}).value.has_value());

  auto a = c->kvGet("dk/a", {});
  ASSERT_TRUE(a.value.has_value());
  EXPECT_EQ(a.value->key, "dk/a");
  EXPECT_EQ(a.value->value, "hello");
  EXPECT_EQ(a.meta.lastIndex, a.value->modifyIndex);
  EXPECT_EQ(c->kvGet("dk/bin", {}).value->value, std::string("\x00\x01\xff", 3));
  auto empty = c->kvGet("dk/empty", {});
  ASSERT_TRUE(empty.value.has_value());  // Consul answers "Value": null
  EXPECT_EQ(empty.value->value, "");
  auto missing = c->kvGet("dk/missing", {});
  EXPECT_FALSE(missing.value.has_value());
  EXPECT_GT(missing.meta.lastIndex, 0u);  // a 404 still carries the index to block on

  auto list = c->kvList("dk/", {});
  std::vector<std::string> keys;
  for (const auto& p : list.value) keys.push_back(p.key);
  EXPECT_EQ(keys, (std::vector<std::string>{"dk/a", "dk/bin", "dk/empty", "dk/sub/deep"}));
  EXPECT_EQ(c->kvKeys("dk/", "/", {}).value,
            (std::vector<std::string>{"dk/a", "dk/bin", "dk/empty", "dk/sub/"}));
  EXPECT_EQ(c->kvKeys("dk/", "", {}).value,
            (std::vector<std::string>{"dk/a", "dk/bin", "dk/empty", "dk/sub/deep"}));
  auto none = c->kvList("nothing-here/", {});
  EXPECT_TRUE(none.value.empty());
  EXPECT_GT(none.meta.lastIndex, 0u);
  EXPECT_TRUE(c->kvKeys("nothing-here/", "/", {}).value.empty());

  EXPECT_EQ(c->catalogDatacenters(), (std::vector<std::string>{"dc1"}));
  EXPECT_EQ(c->agentNodeName(), "hc-test-agent");
}

TEST_F(ConsulClientAgent, BlockingQueryReturnsPromptlyOnChange) {
  put("/v1/catalog/register", R"({"Node": "bn1", "Address": "10.2.0.1",
      "Service": {"ID": "bweb-1", "Service": "bweb", "Port": 80}})");
  auto c = client();
  uint64_t index = c->healthService("bweb", "", false, {}).meta.lastIndex;
  ASSERT_GT(index, 0u);

  Clock::time_point start = Clock::now();
  auto call = std::async(std::launch::async, [&] {
    return c->healthService("bweb", "", false, blocking(index, seconds(5)));
  });
  // Give the query time to park on the server; a change before that would also be answered
  // at once, which the assertions below accept as well.
  EXPECT_EQ(call.wait_for(milliseconds(300)), std::future_status::timeout);
  put("/v1/catalog/register", R"({"Node": "bn2", "Address": "10.2.0.2",
      "Service": {"ID": "bweb-2", "Service": "bweb", "Port": 80}})");
  Clock::time_point registered = Clock::now();
  ASSERT_EQ(call.wait_for(seconds(3)), std::future_status::ready);
  milliseconds afterRegister = since(registered);
  auto r = call.get();
  EXPECT_EQ(r.value.size(), 2u);
  EXPECT_GT(r.meta.lastIndex, index);
  EXPECT_LT(afterRegister, milliseconds(1000));
  EXPECT_GE(since(start), milliseconds(300));
}

TEST_F(ConsulClientAgent, BlockingQueryWaitsOutTheWaitWhenNothingChanges) {
  put("/v1/catalog/register", R"({"Node": "qn1", "Address": "10.3.0.1",
      "Service": {"ID": "qweb-1", "Service": "qweb", "Port": 80}})");
  auto c = client();
  uint64_t index = c->healthService("qweb", "", false, {}).meta.lastIndex;
  Clock::time_point start = Clock::now();
  auto r = c->healthService("qweb", "", false, blocking(index, seconds(2)));
  milliseconds took = since(start);
  EXPECT_EQ(r.meta.lastIndex, index);
  EXPECT_EQ(r.value.size(), 1u);
  EXPECT_GE(took, milliseconds(1950));
  // Consul adds up to wait/16 of jitter.
  EXPECT_LT(took, milliseconds(2000 + 125 + 1000));
}

// One feed: its index before `change`, then a blocking call from that index must come back at
// once with a larger index and a tiny body.
void expectFeedMoves(ConsulClient& c, Recorder& rec, ChangeFeed feed,
                     const std::function<void()>& change, const std::string& what) {
  SCOPED_TRACE(std::string(hc::consul::changeFeedName(feed)) + " on " + what);
  uint64_t before = c.watchFeed(feed, {}).lastIndex;
  ASSERT_GT(before, 0u);
  change();
  Clock::time_point start = Clock::now();
  QueryMeta after = c.watchFeed(feed, blocking(before, seconds(5)));
  EXPECT_GT(after.lastIndex, before);
  EXPECT_LT(since(start), milliseconds(1000));
  std::lock_guard<std::mutex> lock(rec.mutex);
  EXPECT_LE(rec.lastResponse.body.size(), 32u) << rec.lastResponse.body;
}

void expectFeedStill(ConsulClient& c, ChangeFeed feed, const std::function<void()>& change,
                     const std::string& what) {
  SCOPED_TRACE(std::string(hc::consul::changeFeedName(feed)) + " stays on " + what);
  uint64_t before = c.watchFeed(feed, {}).lastIndex;
  change();
  EXPECT_EQ(c.watchFeed(feed, {}).lastIndex, before);
}

TEST_F(ConsulClientAgent, ChangeFeedsMoveWithTheirTables) {
  auto rec = std::make_shared<Recorder>();
  auto c = client(rec);
  // A fresh agent syncs its own node, serfHealth check and `consul` service into the catalog
  // shortly after it leads; wait for that so only this test's writes move the tables.
  Clock::time_point deadline = Clock::now() + seconds(10);
  while (c->healthService("consul", "", true, {}).value.empty() && Clock::now() < deadline)
    std::this_thread::sleep_for(milliseconds(20));
  ASSERT_FALSE(c->healthService("consul", "", true, {}).value.empty());
  put("/v1/catalog/register", R"({"Node": "fn1", "Address": "10.4.0.1"})");

  expectFeedMoves(
      *c, *rec, ChangeFeed::Services,
      [] {
        put("/v1/catalog/register", R"({"Node": "fn1", "Address": "10.4.0.1",
        "Service": {"ID": "fsvc-1", "Service": "fsvc", "Port": 80}})");
      },
      "a service registered");
  expectFeedMoves(
      *c, *rec, ChangeFeed::Services,
      [] { put("/v1/catalog/deregister", R"({"Node": "fn1", "ServiceID": "fsvc-1"})"); },
      "a service deregistered");

  expectFeedMoves(
      *c, *rec, ChangeFeed::Nodes,
      [] { put("/v1/catalog/register", R"({"Node": "fn1", "Address": "10.4.0.99"})"); },
      "a node's address changed");

  put("/v1/catalog/register", R"({"Node": "fn1", "Address": "10.4.0.99",
      "Check": {"CheckID": "fn1-alive", "Name": "alive", "Status": "passing"}})");
  expectFeedMoves(
      *c, *rec, ChangeFeed::Checks,
      [] {
        put("/v1/catalog/register", R"({"Node": "fn1", "Address": "10.4.0.99",
        "SkipNodeUpdate": true,
        "Check": {"CheckID": "fn1-alive", "Name": "alive", "Status": "critical"}})");
      },
      "a check's status changed");

  expectFeedMoves(
      *c, *rec, ChangeFeed::KV, [] { put("/v1/kv/feedkv/a/b/c", "v"); }, "a nested key put");
  expectFeedMoves(
      *c, *rec, ChangeFeed::KV, [] { del("/v1/kv/feedkv/a/b/c"); }, "a nested key deleted");

  // Tables that did not change keep their index.
  expectFeedStill(
      *c, ChangeFeed::KV,
      [] {
        put("/v1/catalog/register", R"({"Node": "fn2", "Address": "10.4.0.2",
        "Service": {"ID": "other", "Service": "other"}})");
      },
      "a catalog write");
  expectFeedStill(
      *c, ChangeFeed::Checks, [] { put("/v1/kv/feedkv/x", "1"); }, "a KV write");
  expectFeedStill(
      *c, ChangeFeed::Nodes, [] { put("/v1/kv/feedkv/y", "1"); }, "a KV write");
}

TEST_F(ConsulClientAgent, KvFeedOnAnEmptyStore) {
  // Consul 1.8.7 answers the top-level key list of an empty store with 200 and [].
  auto c = client();
  QueryMeta m = c->watchFeed(ChangeFeed::KV, {});
  EXPECT_GT(m.lastIndex, 0u);
}

TEST_F(ConsulClientAgent, RefusedOnAClosedPort) {
  int port = hc::testing::freeLoopbackPort();  // bound, then closed again
  ClientConfig cfg = config();
  cfg.setAddress("127.0.0.1:" + std::to_string(port));
  auto c = client(nullptr, cfg);
  try {
    c->catalogDatacenters();
    ADD_FAILURE() << "no error";
  } catch (const ConsulError& e) {
    EXPECT_EQ(e.kind(), ConsulErrorKind::Refused) << e.what();
    EXPECT_NE(std::string(e.what()).find("127.0.0.1:" + std::to_string(port)), std::string::npos)
        << e.what();
  }
}

TEST_F(ConsulClientAgent, AbortStopsABlockingCallAndTheSessionStaysUsable) {
  auto rec = std::make_shared<Recorder>();
  auto c = client(rec);
  uint64_t index = c->watchFeed(ChangeFeed::Services, {}).lastIndex;
  rec->announced = false;
  rec->firstSend = std::promise<void>();
  std::future<void> sending = rec->firstSend.get_future();

  auto call = std::async(std::launch::async, [&] {
    return c->watchFeed(ChangeFeed::Services, blocking(index, seconds(30)));
  });
  ASSERT_EQ(sending.wait_for(seconds(5)), std::future_status::ready);
  // abort() only acts on a call in flight; the announcement comes just before the call
  // starts, so repeat until it lands.
  Clock::time_point firstAbort = Clock::now();
  do {
    c->abort();
  } while (call.wait_for(milliseconds(10)) != std::future_status::ready &&
           since(firstAbort) < seconds(5));
  milliseconds took = since(firstAbort);
  try {
    call.get();
    ADD_FAILURE() << "no error";
  } catch (const ConsulError& e) {
    EXPECT_EQ(e.kind(), ConsulErrorKind::Aborted) << e.what();
  }
  EXPECT_LT(took, milliseconds(100));

  EXPECT_EQ(c->catalogDatacenters(), (std::vector<std::string>{"dc1"}));
  EXPECT_GE(c->watchFeed(ChangeFeed::Services, {}).lastIndex, index);
}

TEST_F(ConsulClientAgent, UnixSocket) {
  put("/v1/catalog/register", R"({"Node": "un1", "Address": "10.5.0.1",
      "Service": {"ID": "uweb-1", "Service": "uweb", "Port": 81}})");
  put("/v1/kv/ukey", "over the socket");
  ClientConfig cfg = config();
  cfg.setAddress("unix://" + (agent_->dir() / "consul.sock").string());
  ASSERT_EQ(cfg.scheme, ClientConfig::Scheme::Unix);
  auto c = client(nullptr, cfg);
  EXPECT_EQ(c->catalogDatacenters(), (std::vector<std::string>{"dc1"}));
  auto health = c->healthService("uweb", "", false, {});
  ASSERT_EQ(health.value.size(), 1u);
  EXPECT_EQ(health.value[0].service.port, 81);
  EXPECT_EQ(c->kvGet("ukey", {}).value->value, "over the socket");
  // Blocking works the same way (and the kept-alive socket carries several calls).
  uint64_t index = health.meta.lastIndex;
  Clock::time_point start = Clock::now();
  auto again = c->healthService("uweb", "", false, blocking(index, milliseconds(500)));
  EXPECT_GE(since(start), milliseconds(450));
  EXPECT_EQ(again.meta.lastIndex, index);
}

TEST_F(ConsulClientAgent, MissingUnixSocketIsRefused) {
  ClientConfig cfg = config();
  cfg.setAddress("unix://" + (agent_->dir() / "no-such.sock").string());
  try {
    client(nullptr, cfg)->catalogDatacenters();
    ADD_FAILURE() << "no error";
  } catch (const ConsulError& e) {
    EXPECT_EQ(e.kind(), ConsulErrorKind::Refused) << e.what();
    EXPECT_NE(std::string(e.what()).find("no-such.sock"), std::string::npos) << e.what();
  }
}

// Through the fault proxy: the faults a real agent cannot be made to produce.
class ConsulClientFaults : public ConsulClientAgent {
 protected:
  void SetUp() override {
    proxy_ = std::make_unique<hc::testing::FaultProxy>("127.0.0.1", agent_->httpPort());
  }
  std::unique_ptr<ConsulClient> proxied(milliseconds margin = seconds(5),
                                        const std::string& token = "") {
    ClientConfig c = config();
    c.setAddress(proxy_->address());
    c.readTimeoutMargin = margin;
    return std::make_unique<ConsulClient>(hc::consul::makeHttpConnection(c), token, margin);
  }
  std::unique_ptr<hc::testing::FaultProxy> proxy_;
};

using Fault = hc::testing::FaultProxy::Fault;

TEST_F(ConsulClientFaults, AnUnansweredRequestTimesOut) {
  proxy_->set(Fault::Hang);
  auto c = proxied(milliseconds(300));
  Clock::time_point start = Clock::now();
  std::string what;
  try {
    c->catalogDatacenters();
    ADD_FAILURE() << "no error";
  } catch (const ConsulError& e) {
    EXPECT_EQ(e.kind(), ConsulErrorKind::Timeout) << e.what();
    what = e.what();
  }
  EXPECT_GE(since(start), milliseconds(290));
  EXPECT_LT(since(start), milliseconds(2000));
  EXPECT_NE(what.find("no response from " + proxy_->address() + " within 300 ms"),
            std::string::npos)
      << what;
  proxy_->clear();
  EXPECT_EQ(c->catalogDatacenters(), (std::vector<std::string>{"dc1"}));
}

TEST_F(ConsulClientFaults, AResetInTheBodyIsAReset) {
  put("/v1/catalog/register", R"({"Node": "rn1", "Address": "10.7.0.1",
      "Service": {"ID": "rweb-1", "Service": "rweb", "Port": 80}})");
  hc::testing::FaultProxy::Rule rule;
  rule.targetContains = "/v1/health/service/rweb";
  rule.count = 1;
  proxy_->set(Fault::ResetMidBody, rule);
  auto c = proxied();
  try {
    c->healthService("rweb", "", false, {});
    ADD_FAILURE() << "no error";
  } catch (const ConsulError& e) {
    EXPECT_EQ(e.kind(), ConsulErrorKind::Reset) << e.what();
  }
  EXPECT_EQ(c->healthService("rweb", "", false, {}).value.size(), 1u);
}

TEST_F(ConsulClientFaults, AKeptAliveConnectionTheServerClosedIsReopened) {
  auto c = proxied();
  EXPECT_EQ(c->catalogDatacenters(), (std::vector<std::string>{"dc1"}));
  EXPECT_EQ(c->catalogDatacenters(), (std::vector<std::string>{"dc1"}));
  EXPECT_EQ(proxy_->connectionsAccepted(), 1u);  // kept alive
  proxy_->set(Fault::Refuse);                    // closes the open connection
  proxy_->clear();
  EXPECT_EQ(c->catalogDatacenters(), (std::vector<std::string>{"dc1"}));
  EXPECT_EQ(proxy_->connectionsAccepted(), 2u);
}

TEST_F(ConsulClientFaults, RefusedWhileNothingListens) {
  proxy_->set(Fault::Refuse);
  auto c = proxied();
  try {
    c->catalogNodes({});
    ADD_FAILURE() << "no error";
  } catch (const ConsulError& e) {
    EXPECT_EQ(e.kind(), ConsulErrorKind::Refused) << e.what();
  }
}

TEST_F(ConsulClientFaults, StatusAndBodyFaults) {
  auto c = proxied();
  struct Case {
    Fault fault;
    ConsulErrorKind kind;
  };
  for (const Case& f : {Case{Fault::Status500, ConsulErrorKind::ServerError},
                        Case{Fault::Status429, ConsulErrorKind::RateLimited},
                        Case{Fault::Status403, ConsulErrorKind::AclDenied},
                        Case{Fault::MalformedJson, ConsulErrorKind::Malformed}}) {
    SCOPED_TRACE(hc::testing::FaultProxy::name(f.fault));
    hc::testing::FaultProxy::Rule rule;
    rule.count = 1;
    proxy_->set(f.fault, rule);
    try {
      c->catalogServices({});
      ADD_FAILURE() << "no error";
    } catch (const ConsulError& e) {
      EXPECT_EQ(e.kind(), f.kind) << e.what();
    }
  }
  EXPECT_NO_THROW(c->catalogServices({}));
}

TEST_F(ConsulClientFaults, TheTokenTravelsInAHeaderOnly) {
  auto c = proxied(seconds(5), "s3cr3t-token-value");
  c->catalogServices({});
  auto seen = proxy_->requests();
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_TRUE(seen[0].hadToken);
  EXPECT_EQ(seen[0].target, "/v1/catalog/services");
}

}  // namespace
