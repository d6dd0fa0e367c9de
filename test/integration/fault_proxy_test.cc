// FaultProxy (the tests' only fake) against a real Consul 1.8.7 dev agent, seen through a plain
// Poco HTTPClientSession: what a client actually receives for each fault, the rules' count and
// target restriction, the request log, parked blocking queries and a prompt shutdown.
#include "fault_proxy.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/Net/NetException.h>
#include <Poco/StreamCopier.h>
#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "consul_agent.h"

namespace hc::testing {
// Faults by name in assertion messages.
static void PrintTo(FaultProxy::Fault fault, std::ostream* os) {
  *os << FaultProxy::name(fault);
}
}  // namespace hc::testing

namespace {

using hc::testing::ConsulAgent;
using hc::testing::FaultProxy;
using Fault = FaultProxy::Fault;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

struct Reply {
  int status = 0;
  std::string body;
  Poco::Net::NameValueCollection headers;
};

Reply call(Poco::Net::HTTPClientSession& s, const std::string& method, const std::string& target,
           const std::string& body = "", const std::string& token = "") {
  Poco::Net::HTTPRequest req(method, target, Poco::Net::HTTPMessage::HTTP_1_1);
  if (!token.empty()) req.set("X-Consul-Token", token);
  if (!body.empty() || method == "PUT")
    req.setContentLength(static_cast<std::streamsize>(body.size()));
  s.sendRequest(req) << body;
  Poco::Net::HTTPResponse resp;
  std::istream& in = s.receiveResponse(resp);
  Reply r;
  r.status = resp.getStatus();
  Poco::StreamCopier::copyToString(in, r.body);
  r.headers = resp;
  return r;
}

// What a client ended with: "status <code>" or the kind of failure.
std::string outcome(Poco::Net::HTTPClientSession& s, const std::string& target) {
  try {
    return "status " + std::to_string(call(s, "GET", target).status);
  } catch (const Poco::Net::ConnectionResetException&) {
    return "reset";
  } catch (const Poco::TimeoutException&) {
    return "timeout";
  } catch (const Poco::Net::NoMessageException&) {
    return "eof";
  } catch (const Poco::Exception& e) {
    return e.displayText();
  }
}

class FaultProxyTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // The agent's ports are picked by bind-and-release, which a test process running in
    // parallel can win; a second start picks new ports.
    for (int attempt = 0; !agent_; ++attempt) {
      try {
        agent_ = std::make_unique<ConsulAgent>();
      } catch (const std::runtime_error&) {
        if (attempt == 2) throw;
      }
    }
    waitForAgentSync();
  }
  static void TearDownTestSuite() { agent_.reset(); }
  void SetUp() override { proxy_ = std::make_unique<FaultProxy>("127.0.0.1", agent_->httpPort()); }

  std::unique_ptr<Poco::Net::HTTPClientSession> session(Poco::Timespan timeout = {10, 0}) const {
    auto s = std::make_unique<Poco::Net::HTTPClientSession>(
        "127.0.0.1", static_cast<Poco::UInt16>(proxy_->port()));
    s->setTimeout(timeout);
    s->setKeepAlive(true);  // Poco's default is `Connection: close`
    return s;
  }
  // The same request straight to the agent, for comparison.
  static Reply direct(const std::string& target) {
    Poco::Net::HTTPClientSession s("127.0.0.1", static_cast<Poco::UInt16>(agent_->httpPort()));
    s.setTimeout(Poco::Timespan(10, 0));
    return call(s, "GET", target);
  }
  // A fresh dev agent adds its own `consul` service to the catalog shortly after electing
  // itself; wait for that write (with blocking queries) so it cannot wake the tests' queries.
  static void waitForAgentSync() {
    const auto deadline = Clock::now() + 30s;
    std::string index = "0";
    while (Clock::now() < deadline) {
      Reply r = direct("/v1/catalog/services?index=" + index + "&wait=5s");
      if (r.status == 200 && nlohmann::json::parse(r.body).contains("consul")) return;
      index = r.headers.get("X-Consul-Index", "0");
    }
    FAIL() << "the agent's catalog never listed the consul service";
  }
  static void putKv(const std::string& key, const std::string& value) {
    ASSERT_EQ(agent_->request("PUT", "/v1/kv/" + key, value).status, 200);
  }

  static std::unique_ptr<ConsulAgent> agent_;
  std::unique_ptr<FaultProxy> proxy_;
};

std::unique_ptr<ConsulAgent> FaultProxyTest::agent_;

TEST_F(FaultProxyTest, ForwardsRequestsOverOneKeptAliveConnectionAndLogsThem) {
  auto s = session();
  Reply put = call(*s, "PUT", "/v1/kv/fp/forward", "hello", "secret-token");
  EXPECT_EQ(put.status, 200);
  EXPECT_EQ(nlohmann::json::parse(put.body), true);
  Reply get = call(*s, "GET", "/v1/kv/fp/forward?raw");
  EXPECT_EQ(get.status, 200);
  EXPECT_EQ(get.body, "hello");
  ASSERT_TRUE(get.headers.has("X-Consul-Index"));
  EXPECT_GT(std::stoull(get.headers.get("X-Consul-Index")), 1u);
  EXPECT_EQ(get.headers.get("X-Consul-Knownleader", ""), "true");
  Reply missing = call(*s, "GET", "/v1/kv/fp/missing");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.body, "");
  EXPECT_EQ(proxy_->connectionsAccepted(), 1u);

  auto log = proxy_->requests();
  ASSERT_EQ(log.size(), 3u);
  EXPECT_EQ(log[0].method, "PUT");
  EXPECT_EQ(log[0].target, "/v1/kv/fp/forward");
  EXPECT_TRUE(log[0].hadToken);
  EXPECT_FALSE(log[0].fault.has_value());
  EXPECT_EQ(log[0].upstreamStatus, 200);
  EXPECT_EQ(log[1].method, "GET");
  EXPECT_EQ(log[1].target, "/v1/kv/fp/forward?raw");
  EXPECT_FALSE(log[1].hadToken);
  EXPECT_EQ(log[2].upstreamStatus, 404);
  EXPECT_LE(log[0].arrived, log[1].arrived);
  EXPECT_LE(log[1].arrived, log[2].arrived);
  EXPECT_EQ(proxy_->count("/v1/kv/fp/forward"), 2u);
  EXPECT_EQ(proxy_->count(""), 3u);
  EXPECT_TRUE(proxy_->waitForRequests("/v1/kv/fp/", 3, 1s));
  EXPECT_FALSE(proxy_->waitForRequests("/v1/kv/fp/", 4, 50ms));
}

TEST_F(FaultProxyTest, Status500IsAnsweredWithoutUpstreamUntilCleared) {
  proxy_->set(Fault::Status500);
  auto s = session();
  for (int i = 0; i < 2; ++i) {
    Reply r = call(*s, "GET", "/v1/catalog/services");
    EXPECT_EQ(r.status, 500);
    EXPECT_EQ(r.body, "rpc error: injected");
    EXPECT_FALSE(r.headers.has("X-Consul-Index"));
  }
  proxy_->clear();
  Reply r = call(*s, "GET", "/v1/catalog/services");  // same connection: kept alive
  EXPECT_EQ(r.status, 200);
  auto log = proxy_->requests();
  ASSERT_EQ(log.size(), 3u);
  EXPECT_EQ(log[0].fault, Fault::Status500);
  EXPECT_EQ(log[0].upstreamStatus, 0);
  EXPECT_FALSE(log[2].fault.has_value());
  EXPECT_EQ(log[2].upstreamStatus, 200);
  EXPECT_EQ(proxy_->connectionsAccepted(), 1u);
}

TEST_F(FaultProxyTest, Status429HasAnEmptyBody) {
  proxy_->set(Fault::Status429);
  auto s = session();
  Reply r = call(*s, "GET", "/v1/health/service/web");
  EXPECT_EQ(r.status, 429);
  EXPECT_EQ(r.body, "");
  EXPECT_EQ(r.headers.get("Content-Length", ""), "0");
  EXPECT_EQ(proxy_->requests().at(0).upstreamStatus, 0);
}

TEST_F(FaultProxyTest, Status403SaysAclNotFound) {
  proxy_->set(Fault::Status403);
  auto s = session();
  Reply r = call(*s, "GET", "/v1/health/service/web", "", "some-token");
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(r.body, "ACL not found");
  EXPECT_TRUE(proxy_->requests().at(0).hadToken);
}

TEST_F(FaultProxyTest, RefuseClosesTheListenerAndConnectionsUntilCleared) {
  auto open = session();
  EXPECT_EQ(call(*open, "GET", "/v1/catalog/services").status, 200);
  const int port = proxy_->port();

  proxy_->set(Fault::Refuse);
  auto fresh = session();
  EXPECT_THROW(call(*fresh, "GET", "/v1/catalog/services"), Poco::Net::ConnectionRefusedException);
  EXPECT_THROW(call(*open, "GET", "/v1/catalog/services"), Poco::Exception);

  proxy_->clear();
  EXPECT_EQ(proxy_->port(), port);
  auto again = session();
  Reply r = call(*again, "GET", "/v1/catalog/services");
  EXPECT_EQ(r.status, 200);
  EXPECT_TRUE(nlohmann::json::parse(r.body).contains("consul")) << r.body;
}

TEST_F(FaultProxyTest, ResetMidBodyCutsTheReply) {
  const std::string value(4000, 'x');
  putKv("fp/big", value);
  proxy_->set(Fault::ResetMidBody);
  auto s = session();
  Poco::Net::HTTPRequest req("GET", "/v1/kv/fp/big?raw", Poco::Net::HTTPMessage::HTTP_1_1);
  Poco::Net::HTTPResponse resp;
  std::string body;
  bool threw = false;
  try {
    s->sendRequest(req);
    std::istream& in = s->receiveResponse(resp);
    Poco::StreamCopier::copyToString(in, body);
  } catch (const Poco::Exception&) {
    threw = true;
  }
  EXPECT_LT(body.size(), value.size());
  EXPECT_TRUE(threw || body.size() < value.size());
  if (resp.getStatus() == 200 && resp.hasContentLength()) {  // headers came before the reset
    EXPECT_EQ(resp.getContentLength64(), 4000);
  }
  auto log = proxy_->requests();
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].fault, Fault::ResetMidBody);
  EXPECT_EQ(log[0].upstreamStatus, 200);

  proxy_->clear();
  auto next = session();
  EXPECT_EQ(call(*next, "GET", "/v1/kv/fp/big?raw").body, value);
}

TEST_F(FaultProxyTest, HangNeverAnswersAClientWithATimeout) {
  proxy_->set(Fault::Hang);
  auto s = session(Poco::Timespan(0, 300 * 1000));
  const auto start = Clock::now();
  EXPECT_EQ(outcome(*s, "/v1/kv/fp/hang"), "timeout");
  EXPECT_GE(Clock::now() - start, 250ms);
  ASSERT_TRUE(proxy_->waitForRequests("/v1/kv/fp/hang", 1, 5s));
  EXPECT_EQ(proxy_->requests().at(0).fault, Fault::Hang);
  EXPECT_EQ(proxy_->requests().at(0).upstreamStatus, 0);

  proxy_->clear();
  auto next = session();
  EXPECT_EQ(call(*next, "GET", "/v1/kv/fp/hang").status, 404);
}

TEST_F(FaultProxyTest, HangResetsTheHeldConnectionOnClear) {
  proxy_->set(Fault::Hang);
  auto s = session(Poco::Timespan(30, 0));
  auto result = std::async(std::launch::async, [&] { return outcome(*s, "/v1/status/leader"); });
  ASSERT_TRUE(proxy_->waitForRequests("/v1/status/leader", 1, 5s));
  EXPECT_EQ(result.wait_for(300ms), std::future_status::timeout) << "a hung request was answered";
  const auto cleared = Clock::now();
  proxy_->clear();
  ASSERT_EQ(result.wait_for(5s), std::future_status::ready);
  EXPECT_LT(Clock::now() - cleared, 2s);
  EXPECT_EQ(result.get(), "reset");
}

TEST_F(FaultProxyTest, IndexBackwardsWritesALowerIndex) {
  putKv("fp/index", "v");
  const auto real = std::stoull(direct("/v1/kv/fp/index").headers.get("X-Consul-Index"));
  ASSERT_GT(real, 7u);
  proxy_->set(Fault::IndexBackwards, {"", 1});
  FaultProxy::Rule configured;
  configured.count = 1;
  configured.index = 7;
  proxy_->set(Fault::IndexBackwards, configured);
  auto s = session();
  Reply first = call(*s, "GET", "/v1/kv/fp/index");
  EXPECT_EQ(first.status, 200);
  EXPECT_EQ(first.headers.get("X-Consul-Index", ""), "1");
  EXPECT_EQ(nlohmann::json::parse(first.body).at(0).at("Key"), "fp/index");
  EXPECT_EQ(call(*s, "GET", "/v1/kv/fp/index").headers.get("X-Consul-Index", ""), "7");
  EXPECT_EQ(call(*s, "GET", "/v1/kv/fp/index").headers.get("X-Consul-Index", ""),
            std::to_string(real));
}

TEST_F(FaultProxyTest, IndexZeroWritesZero) {
  proxy_->set(Fault::IndexZero);
  auto s = session();
  Reply r = call(*s, "GET", "/v1/catalog/services");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.headers.get("X-Consul-Index", ""), "0");
  EXPECT_TRUE(nlohmann::json::parse(r.body).contains("consul")) << r.body;
  EXPECT_NE(direct("/v1/catalog/services").headers.get("X-Consul-Index"), "0");
}

TEST_F(FaultProxyTest, IndexMissingDropsTheHeader) {
  proxy_->set(Fault::IndexMissing);
  auto s = session();
  Reply r = call(*s, "GET", "/v1/catalog/services");
  EXPECT_EQ(r.status, 200);
  EXPECT_FALSE(r.headers.has("X-Consul-Index"));
  EXPECT_TRUE(r.headers.has("X-Consul-Knownleader"));  // only that one header went
  EXPECT_TRUE(direct("/v1/catalog/services").headers.has("X-Consul-Index"));
}

TEST_F(FaultProxyTest, MalformedJsonReplacesTheBody) {
  proxy_->set(Fault::MalformedJson);
  auto s = session();
  Reply r = call(*s, "GET", "/v1/catalog/services");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, R"({"truncated":)");
  EXPECT_EQ(r.headers.get("Content-Length", ""), "13");
  EXPECT_FALSE(nlohmann::json::accept(r.body));
  EXPECT_EQ(proxy_->requests().at(0).upstreamStatus, 200);
}

TEST_F(FaultProxyTest, NotKnownLeaderSaysFalse) {
  ASSERT_EQ(direct("/v1/catalog/services").headers.get("X-Consul-Knownleader", ""), "true");
  proxy_->set(Fault::NotKnownLeader);
  auto s = session();
  Reply r = call(*s, "GET", "/v1/catalog/services");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.headers.get("X-Consul-Knownleader", ""), "false");
}

TEST_F(FaultProxyTest, LargeLastContactWritesTheConfiguredMilliseconds) {
  ASSERT_EQ(direct("/v1/catalog/services").headers.get("X-Consul-Lastcontact", ""), "0");
  proxy_->set(Fault::LargeLastContact, {"", 1});
  FaultProxy::Rule configured;
  configured.lastContactMs = 2500;
  proxy_->set(Fault::LargeLastContact, configured);
  auto s = session();
  EXPECT_EQ(call(*s, "GET", "/v1/catalog/services").headers.get("X-Consul-Lastcontact", ""),
            "10000");
  EXPECT_EQ(call(*s, "GET", "/v1/catalog/services").headers.get("X-Consul-Lastcontact", ""),
            "2500");
}

TEST_F(FaultProxyTest, TrickleDeliversTheWholeBodyInPieces) {
  std::string value;
  for (int i = 0; i < 100; ++i) value += static_cast<char>('a' + i % 26);
  putKv("fp/trickle", value);
  FaultProxy::Rule rule;
  rule.trickleBytes = 10;
  rule.trickleDelay = 30ms;
  proxy_->set(Fault::Trickle, rule);
  auto s = session();
  Poco::Net::HTTPRequest req("GET", "/v1/kv/fp/trickle?raw", Poco::Net::HTTPMessage::HTTP_1_1);
  s->sendRequest(req);
  Poco::Net::HTTPResponse resp;
  std::istream& in = s->receiveResponse(resp);
  EXPECT_EQ(resp.getStatus(), 200);
  EXPECT_EQ(resp.getContentLength64(), 100);
  std::string body;
  std::vector<Clock::time_point> at;
  for (int c; (c = in.get()) != EOF;) {
    body += static_cast<char>(c);
    at.push_back(Clock::now());
  }
  EXPECT_EQ(body, value);
  ASSERT_EQ(at.size(), 100u);
  int pauses = 0;  // gaps between consecutive bytes that only a paced writer explains
  for (std::size_t i = 1; i < at.size(); ++i) pauses += at[i] - at[i - 1] >= 15ms;
  EXPECT_GE(pauses, 5);
  EXPECT_GE(at.back() - at.front(), 240ms);                         // 9 pauses of 30 ms
  EXPECT_EQ(call(*s, "GET", "/v1/kv/fp/trickle?raw").body, value);  // still usable after
}

TEST_F(FaultProxyTest, RuleCountAppliesToTheNextNRequestsOnly) {
  EXPECT_THROW(proxy_->set(Fault::Status500, {"", 0}), std::invalid_argument);
  proxy_->set(Fault::Status500, {"", 2});
  auto s = session();
  EXPECT_EQ(call(*s, "GET", "/v1/status/leader").status, 500);
  EXPECT_EQ(call(*s, "GET", "/v1/status/leader").status, 500);
  EXPECT_EQ(call(*s, "GET", "/v1/status/leader").status, 200);
  EXPECT_EQ(call(*s, "GET", "/v1/status/leader").status, 200);
  auto log = proxy_->requests();
  ASSERT_EQ(log.size(), 4u);
  EXPECT_EQ(log[1].fault, Fault::Status500);
  EXPECT_FALSE(log[2].fault.has_value());
  EXPECT_EQ(log[2].upstreamStatus, 200);
}

TEST_F(FaultProxyTest, TargetSubstringRestrictsARuleAndRulesApplyInOrder) {
  proxy_->set(Fault::Status500, {"/v1/kv/fp-a", 1});
  proxy_->set(Fault::Status429, {"/v1/kv/fp-a"});
  auto s = session();
  EXPECT_EQ(call(*s, "GET", "/v1/kv/fp-b").status, 404);  // from the agent: no such key
  EXPECT_EQ(call(*s, "GET", "/v1/kv/fp-a").status, 500);
  EXPECT_EQ(call(*s, "GET", "/v1/kv/fp-a?stale").status, 429);
  EXPECT_EQ(call(*s, "GET", "/v1/kv/fp-a").status, 429);
  EXPECT_EQ(call(*s, "GET", "/v1/kv/fp-b").status, 404);
  auto log = proxy_->requests();
  ASSERT_EQ(log.size(), 5u);
  EXPECT_EQ(log[0].upstreamStatus, 404);
  EXPECT_FALSE(log[4].fault.has_value());
  EXPECT_EQ(proxy_->count("/v1/kv/fp-a"), 3u);
}

TEST_F(FaultProxyTest, ParkedBlockingQueriesReturnWhenTheCatalogChanges) {
  const std::string index = direct("/v1/catalog/services").headers.get("X-Consul-Index");
  const std::string target = "/v1/catalog/services?index=" + index + "&wait=5s";
  constexpr int kParked = 6;
  std::vector<std::future<Reply>> parked;
  for (int i = 0; i < kParked; ++i)
    parked.push_back(std::async(std::launch::async, [this, target] {
      auto s = session();
      return call(*s, "GET", target);
    }));
  ASSERT_TRUE(proxy_->waitForRequests(target, kParked, 5s));
  EXPECT_EQ(parked[0].wait_for(300ms), std::future_status::timeout) << "the query did not block";

  const auto registered = Clock::now();
  ASSERT_EQ(agent_
                ->request("PUT", "/v1/catalog/register",
                          R"({"Node":"fp-node","Address":"10.9.9.9",)"
                          R"("Service":{"Service":"fp-blocking","Port":80}})")
                .status,
            200);
  for (auto& f : parked) {
    ASSERT_EQ(f.wait_for(4s), std::future_status::ready);
    Reply r = f.get();
    EXPECT_EQ(r.status, 200);
    EXPECT_NE(r.body.find("fp-blocking"), std::string::npos);
    EXPECT_GT(std::stoull(r.headers.get("X-Consul-Index", "0")), std::stoull(index));
  }
  EXPECT_LT(Clock::now() - registered, 3s);
  EXPECT_EQ(proxy_->connectionsAccepted(), static_cast<std::size_t>(kParked));
}

TEST_F(FaultProxyTest, DestructorReturnsPromptlyWhileRequestsAreParked) {
  const std::string index = direct("/v1/catalog/services").headers.get("X-Consul-Index");
  proxy_->set(Fault::Hang, {"/v1/kv/"});
  auto parked = std::async(std::launch::async, [&] {
    auto s = session(Poco::Timespan(60, 0));
    return outcome(*s, "/v1/catalog/services?index=" + index + "&wait=60s");
  });
  auto hung = std::async(std::launch::async, [&] {
    auto s = session(Poco::Timespan(60, 0));
    return outcome(*s, "/v1/kv/fp/hung");
  });
  ASSERT_TRUE(proxy_->waitForRequests("/v1/catalog/services?index=", 1, 5s));
  ASSERT_TRUE(proxy_->waitForRequests("/v1/kv/fp/hung", 1, 5s));
  EXPECT_EQ(parked.wait_for(300ms), std::future_status::timeout) << "the query did not block";

  const auto start = Clock::now();
  proxy_.reset();
  EXPECT_LT(Clock::now() - start, 2s);
  ASSERT_EQ(parked.wait_for(2s), std::future_status::ready);
  ASSERT_EQ(hung.wait_for(2s), std::future_status::ready);
  EXPECT_EQ(parked.get().rfind("status", 0), std::string::npos) << "no reply after shutdown";
  EXPECT_EQ(hung.get(), "reset");
}

}  // namespace
