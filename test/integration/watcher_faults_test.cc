// The Watcher through the fault-injecting proxy (the tests' only fake, fault_proxy.h) in front of
// a real Consul dev agent: for every fault, the watch survives, backs off, keeps the last good
// data, and picks up the change made during the fault once it clears.
#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <sstream>
#include <string>
#include <vector>

#include "consul_agent.h"
#include "fault_proxy.h"
#include "hc/consul/consul_client.h"
#include "hc/consul/watcher.h"

namespace hc::consul {
namespace {

using Fault = hc::testing::FaultProxy::Fault;
using std::chrono::milliseconds;
using Clock = std::chrono::steady_clock;

std::string registration(const std::string& node, const std::string& id, int port) {
  return R"({"Node":")" + node + R"(","Address":"10.9.0.1","Service":{"ID":")" + id +
         R"(","Service":"web","Port":)" + std::to_string(port) + R"(},"Check":{"CheckID":"chk-)" +
         id + R"(","Name":"c","Status":"passing","ServiceID":")" + id + "\"}}";
}

struct Expect {
  Fault fault;
  /// The error the watch reports; nullopt for faults the loop absorbs without an error (it
  /// must still deliver the change, with a bounded number of requests).
  std::optional<ConsulErrorKind> error;
};

std::string faultName(const ::testing::TestParamInfo<Expect>& p) {
  return hc::testing::FaultProxy::name(p.param.fault);
}

class WatcherFaultTest : public ::testing::TestWithParam<Expect> {
 protected:
  void SetUp() override {
    put("/v1/catalog/register", registration("n1", "web-1", 8080));
    ClientConfig config;
    config.setAddress(proxy.address());
    config.readTimeoutMargin = milliseconds(300);
    WatcherOptions o;
    o.wait = milliseconds(1000);  // a hung request times out after wait + wait/16 + margin
    o.retry.backoff = milliseconds(20);
    o.retry.maxBackoff = milliseconds(160);
    o.rateRefill = milliseconds(100);
    WatcherListener l;
    l.changed = [this](const Dependency&) {
      std::lock_guard<std::mutex> lock(mu_);
      ++changes_;
      cv_.notify_all();
    };
    l.failed = [this](const Dependency&, const ConsulError& e, bool) {
      std::lock_guard<std::mutex> lock(mu_);
      errors_.push_back(e.kind());
      cv_.notify_all();
    };
    watcher = std::make_unique<Watcher>(consulClientFactory(config), brain, o, l);
    watcher->start();
    watcher->watch({web});
    ASSERT_TRUE(waitFor([&] { return ports() == std::vector<int>{8080}; }));
  }
  void TearDown() override { watcher->stop(); }

  void put(const std::string& path, const std::string& body) {
    auto r = agent.request("PUT", path, body);
    ASSERT_EQ(r.status, 200) << r.body;
  }
  std::vector<int> ports() {
    std::vector<int> out;
    if (auto snap = brain->recall(web))
      for (const auto& s : std::get<std::vector<HealthService>>(snap->data)) out.push_back(s.port);
    return out;
  }
  template <class Pred>
  bool waitFor(Pred pred, milliseconds timeout = milliseconds(5000)) {
    std::unique_lock<std::mutex> lock(mu_);
    return cv_.wait_for(lock, timeout, [&] {
      lock.unlock();
      bool ok = pred();
      lock.lock();
      return ok;
    });
  }
  size_t errorCount() {
    std::lock_guard<std::mutex> lock(mu_);
    return errors_.size();
  }
  std::vector<ConsulErrorKind> errors() {
    std::lock_guard<std::mutex> lock(mu_);
    return errors_;
  }

  hc::testing::ConsulAgent agent;
  hc::testing::FaultProxy proxy{"127.0.0.1", agent.httpPort()};
  Dependency web = Dependency::healthService("web");
  std::shared_ptr<Brain> brain = std::make_shared<Brain>();
  std::unique_ptr<Watcher> watcher;
  std::mutex mu_;
  std::condition_variable cv_;
  int changes_ = 0;
  std::vector<ConsulErrorKind> errors_;
};

TEST_P(WatcherFaultTest, SurvivesBacksOffKeepsDataAndRecovers) {
  const Expect& e = GetParam();
  hc::testing::FaultProxy::Rule rule;
  rule.targetContains = "/v1/health/service/web";
  rule.trickleBytes = 100;  // a reply of a few KB arrives over a few hundred ms
  // The first read and the blocking query after it have reached the proxy before the fault.
  ASSERT_TRUE(proxy.waitForRequests("/v1/health/service/web", 2, milliseconds(5000)));
  proxy.set(e.fault, rule);
  // The query in flight was forwarded before the fault: this change ends it, and every ask
  // after it meets the fault.
  put("/v1/catalog/register", registration("n2", "web-2", 8081));
  ASSERT_TRUE(waitFor([&] { return ports() == std::vector<int>{8080, 8081}; }));
  size_t before = proxy.count("/v1/health/service/web");
  auto faultStart = Clock::now();

  put("/v1/catalog/register", registration("n3", "web-3", 8082));
  if (e.error) {
    // Enough failed asks to see the backoff grow; the data stays the last good one.
    size_t failures = e.fault == Fault::Hang ? 1 : 4;
    ASSERT_TRUE(waitFor([&] { return errorCount() >= failures; }, milliseconds(8000)));
    EXPECT_EQ(errors().back(), *e.error) << consulErrorKindName(errors().back());
    EXPECT_EQ(ports(), (std::vector<int>{8080, 8081}));
    auto elapsed = Clock::now() - faultStart;
    size_t asked = proxy.count("/v1/health/service/web") - before;
    // Backoff 20, 40, 80, 160 ms: no more than one ask per 20 ms on average, far from a spin.
    EXPECT_LE(asked, 2 + static_cast<size_t>(elapsed / milliseconds(20))) << asked;
    auto s = watcher->status();
    ASSERT_EQ(s.watches.size(), 1u);
    EXPECT_GE(s.watches[0].failures, 1);
    EXPECT_FALSE(s.watches[0].lastError.empty());
    proxy.clear();
  } else {
    // Absorbed: the change arrives through the fault, without a request storm.
    ASSERT_TRUE(waitFor([&] { return ports().size() == 3; }));
    std::this_thread::sleep_for(milliseconds(500));  // the window the request rate is taken over
    size_t asked = proxy.count("/v1/health/service/web") - before;
    EXPECT_LE(asked, 20u) << "requests in ~0.5 s of " << hc::testing::FaultProxy::name(e.fault);
    if (e.fault == Fault::LargeLastContact) {
      // A stale answer older than max_stale is asked again of the leader: without `stale`.
      bool consistent = false;
      for (const auto& r : proxy.requests())
        if (r.target.rfind("/v1/health/service/web?", 0) == 0 && r.arrived >= faultStart &&
            r.target.find("stale") == std::string::npos)
          consistent = true;
      EXPECT_TRUE(consistent);
    }
    proxy.clear();
  }
  ASSERT_TRUE(waitFor([&] {
    return ports() == std::vector<int>{8080, 8081, 8082};
  })) << "not recovered after "
      << hc::testing::FaultProxy::name(e.fault);
  // And it keeps following changes.
  put("/v1/catalog/register", registration("n4", "web-4", 8083));
  ASSERT_TRUE(waitFor([&] { return ports().size() == 4; }));
}

INSTANTIATE_TEST_SUITE_P(Faults, WatcherFaultTest,
                         ::testing::Values(Expect{Fault::Status500, ConsulErrorKind::ServerError},
                                           Expect{Fault::Status429, ConsulErrorKind::RateLimited},
                                           Expect{Fault::Status403, ConsulErrorKind::AclDenied},
                                           Expect{Fault::ResetMidBody, ConsulErrorKind::Reset},
                                           Expect{Fault::Hang, ConsulErrorKind::Timeout},
                                           Expect{Fault::MalformedJson, ConsulErrorKind::Malformed},
                                           Expect{Fault::NotKnownLeader, ConsulErrorKind::NoLeader},
                                           Expect{Fault::IndexBackwards, std::nullopt},
                                           Expect{Fault::IndexZero, std::nullopt},
                                           Expect{Fault::IndexMissing, std::nullopt},
                                           Expect{Fault::LargeLastContact, std::nullopt},
                                           Expect{Fault::Trickle, std::nullopt}),
                         faultName);

TEST(WatcherFaults, RefusedConnectionsBackOffAndRecover) {
  hc::testing::ConsulAgent agent;
  hc::testing::FaultProxy proxy("127.0.0.1", agent.httpPort());
  ASSERT_EQ(agent.request("PUT", "/v1/kv/app/mode", "blue").status, 200);
  ClientConfig config;
  config.setAddress(proxy.address());
  WatcherOptions o;
  o.retry.backoff = milliseconds(20);
  o.retry.maxBackoff = milliseconds(160);
  std::mutex mu;
  std::condition_variable cv;
  std::vector<ConsulErrorKind> errors;
  int changes = 0;
  WatcherListener l;
  l.changed = [&](const Dependency&) {
    std::lock_guard<std::mutex> lock(mu);
    ++changes;
    cv.notify_all();
  };
  l.failed = [&](const Dependency&, const ConsulError& e, bool) {
    std::lock_guard<std::mutex> lock(mu);
    errors.push_back(e.kind());
    cv.notify_all();
  };
  auto brain = std::make_shared<Brain>();
  auto key = Dependency::kvGet("app/mode");
  Watcher w(consulClientFactory(config), brain, o, l);
  w.start();
  w.watch({key});
  std::unique_lock<std::mutex> lock(mu);
  ASSERT_TRUE(cv.wait_for(lock, milliseconds(5000), [&] { return changes >= 1; }));
  lock.unlock();
  proxy.set(Fault::Refuse);  // also drops the connection the blocking query is parked on
  lock.lock();
  ASSERT_TRUE(cv.wait_for(lock, milliseconds(5000), [&] { return errors.size() >= 3; }));
  EXPECT_EQ(errors.back(), ConsulErrorKind::Refused);
  lock.unlock();
  ASSERT_EQ(agent.request("PUT", "/v1/kv/app/mode", "green").status, 200);
  EXPECT_EQ(std::get<KeyValue>(brain->recall(key)->data).value, "blue");
  proxy.clear();
  lock.lock();
  ASSERT_TRUE(cv.wait_for(lock, milliseconds(5000), [&] { return changes >= 2; }));
  EXPECT_EQ(std::get<KeyValue>(brain->recall(key)->data).value, "green");
  lock.unlock();
  w.stop();
}

TEST(WatcherFaults, DatacenterReachesTheRequestAndAnUnknownOneIsAnError) {
  hc::testing::ConsulAgent agent;
  hc::testing::FaultProxy proxy("127.0.0.1", agent.httpPort());
  ClientConfig config;
  config.setAddress(proxy.address());
  WatcherOptions o;
  o.retry.backoff = milliseconds(20);
  std::mutex mu;
  std::condition_variable cv;
  std::string lastError;
  WatcherListener l;
  l.failed = [&](const Dependency&, const ConsulError& e, bool) {
    std::lock_guard<std::mutex> lock(mu);
    lastError = e.what();
    cv.notify_all();
  };
  Watcher w(consulClientFactory(config), std::make_shared<Brain>(), o, l);
  w.start();
  w.watch({Dependency::healthService("web@dc2")});
  std::unique_lock<std::mutex> lock(mu);
  ASSERT_TRUE(cv.wait_for(lock, milliseconds(5000), [&] { return !lastError.empty(); }));
  EXPECT_NE(lastError.find("No path to datacenter"), std::string::npos) << lastError;
  lock.unlock();
  bool sawDc = false;
  for (const auto& r : proxy.requests())
    if (r.target.find("/v1/health/service/web?") == 0 &&
        r.target.find("dc=dc2") != std::string::npos)
      sawDc = true;
  EXPECT_TRUE(sawDc);
  w.stop();
}

TEST(WatcherFaults, TheTokenNeverReachesTheLogs) {
  hc::testing::ConsulAgent agent;
  hc::testing::FaultProxy proxy("127.0.0.1", agent.httpPort());
  proxy.set(Fault::Status403);
  std::ostringstream logs;
  auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(logs);
  auto previous = spdlog::default_logger();
  spdlog::set_default_logger(std::make_shared<spdlog::logger>("capture", sink));
  spdlog::set_level(spdlog::level::trace);
  const std::string token = "6f1c2b9e-secret-token-value";
  ClientConfig config;
  config.setAddress(proxy.address());
  config.token = token;
  WatcherOptions o;
  o.retry.backoff = milliseconds(10);
  std::mutex mu;
  std::condition_variable cv;
  int failures = 0;
  std::string errorsSeen;
  WatcherListener l;
  l.failed = [&](const Dependency&, const ConsulError& e, bool) {
    std::lock_guard<std::mutex> lock(mu);
    ++failures;
    errorsSeen += e.what();
    cv.notify_all();
  };
  {
    Watcher w(consulClientFactory(config), std::make_shared<Brain>(), o, l);
    w.start();
    w.watch({Dependency::healthService("web"), Dependency::kvGet("a/b")});
    std::unique_lock<std::mutex> lock(mu);
    ASSERT_TRUE(cv.wait_for(lock, milliseconds(5000), [&] { return failures >= 4; }));
  }
  spdlog::set_default_logger(previous);
  EXPECT_NE(logs.str().find("403"), std::string::npos) << logs.str();
  EXPECT_EQ(logs.str().find(token), std::string::npos);
  EXPECT_EQ(errorsSeen.find(token), std::string::npos);
  for (const auto& r : proxy.requests()) {
    EXPECT_TRUE(r.hadToken) << r.target;
    EXPECT_EQ(r.target.find(token), std::string::npos) << r.target;
  }
}

}  // namespace
}  // namespace hc::consul
