// The Watcher over FakeConsul (blocking in-memory Consul) and MockConsulSession (exact requests).
#include "hc/consul/watcher.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "mocks/consul/fake_consul.h"
#include "mocks/consul/mock_consul_session.h"

namespace hc::consul {
namespace {

using std::chrono::milliseconds;
using ::testing::_;
using testing::FakeConsul;

// Counts what the Watcher reports, and lets a test wait for it.
class Recorder {
 public:
  WatcherListener listener() {
    WatcherListener l;
    l.changed = [this](const Dependency& d) {
      std::lock_guard<std::mutex> lock(mu_);
      ++changed_[d.id()];
      cv_.notify_all();
    };
    l.failed = [this](const Dependency& d, const ConsulError& e, bool exhausted) {
      std::lock_guard<std::mutex> lock(mu_);
      ++failed_[d.id()];
      lastKind_ = e.kind();
      lastError_ = e.what();
      exhaustedSeen_ = exhaustedSeen_ || exhausted;
      cv_.notify_all();
    };
    return l;
  }
  bool waitChanged(const std::string& id, int n, milliseconds timeout = milliseconds(3000)) {
    std::unique_lock<std::mutex> lock(mu_);
    return cv_.wait_for(lock, timeout, [&] { return changed_[id] >= n; });
  }
  bool waitFailed(const std::string& id, int n, milliseconds timeout = milliseconds(3000)) {
    std::unique_lock<std::mutex> lock(mu_);
    return cv_.wait_for(lock, timeout, [&] { return failed_[id] >= n; });
  }
  bool waitExhausted(milliseconds timeout = milliseconds(3000)) {
    std::unique_lock<std::mutex> lock(mu_);
    return cv_.wait_for(lock, timeout, [&] { return exhaustedSeen_; });
  }
  int changed(const std::string& id) {
    std::lock_guard<std::mutex> lock(mu_);
    return changed_[id];
  }
  ConsulErrorKind lastKind() {
    std::lock_guard<std::mutex> lock(mu_);
    return lastKind_;
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  std::map<std::string, int> changed_, failed_;
  ConsulErrorKind lastKind_ = ConsulErrorKind::Other;
  std::string lastError_;
  bool exhaustedSeen_ = false;
};

CatalogRegistration instance(const std::string& service, int n, int port,
                             const std::string& status = "passing") {
  CatalogRegistration r;
  r.node = service + "-node-" + std::to_string(n);
  r.address = "10.0.0." + std::to_string(n);
  r.service.emplace();
  r.service->id = service + "-" + std::to_string(n);
  r.service->service = service;
  r.service->port = port;
  api::HealthCheck c;
  c.checkID = "check-" + r.service->id;
  c.name = "check";
  c.status = status;
  c.serviceID = r.service->id;
  r.checks.push_back(c);
  return r;
}

// The ports the Brain holds for `d`, in order; empty while it has no data.
std::vector<int> ports(Brain& brain, const Dependency& d) {
  std::vector<int> out;
  auto snap = brain.recall(d);
  if (!snap) return out;
  for (const auto& s : std::get<std::vector<HealthService>>(snap->data)) out.push_back(s.port);
  return out;
}

WatcherOptions fastOptions() {
  WatcherOptions o;
  o.wait = milliseconds(5000);
  o.retry.backoff = milliseconds(10);
  o.retry.maxBackoff = milliseconds(80);
  o.rateRefill = milliseconds(50);
  return o;
}

class WatcherTest : public ::testing::Test {
 protected:
  void SetUp() override { consul = std::make_shared<FakeConsul>(); }
  std::unique_ptr<Watcher> start(WatcherOptions o = fastOptions()) {
    auto w = std::make_unique<Watcher>(consul->sessionFactory(), brain, o, rec.listener());
    w->start();
    return w;
  }
  void add(const CatalogRegistration& r) {
    consul->write([&](Catalog& c) { c.registerEntity(r); });
  }

  std::shared_ptr<FakeConsul> consul;
  std::shared_ptr<Brain> brain = std::make_shared<Brain>();
  Recorder rec;
};

TEST_F(WatcherTest, ReadsEveryDependencyAndDeliversChanges) {
  add(instance("web", 1, 8080));
  add(instance("api", 1, 9090));
  consul->write([](Catalog& c) { c.putKey("app/mode", "blue"); });
  auto web = Dependency::healthService("web");
  auto api = Dependency::healthService("api");
  auto key = Dependency::kvGet("app/mode");
  auto w = start();
  w->watch({web, api, key});
  ASSERT_TRUE(rec.waitChanged(web.id(), 1));
  ASSERT_TRUE(rec.waitChanged(api.id(), 1));
  ASSERT_TRUE(rec.waitChanged(key.id(), 1));
  EXPECT_EQ(ports(*brain, web), std::vector<int>{8080});
  EXPECT_EQ(std::get<KeyValue>(brain->recall(key)->data).value, "blue");

  add(instance("web", 2, 8081));
  ASSERT_TRUE(rec.waitChanged(web.id(), 2));
  EXPECT_EQ(ports(*brain, web), (std::vector<int>{8080, 8081}));
  // The write woke every query; only web's data changed.
  EXPECT_EQ(rec.changed(api.id()), 1);
  EXPECT_EQ(rec.changed(key.id()), 1);
}

TEST_F(WatcherTest, KeyKeepsBlockingWhileAbsent) {
  auto key = Dependency::kvGet("app/later", /*blockOnNil=*/true);
  auto w = start();
  w->watch({key});
  add(instance("other", 1, 1));  // wakes the query; the key is still absent
  EXPECT_FALSE(rec.waitChanged(key.id(), 1, milliseconds(200)));
  EXPECT_EQ(brain->recall(key), nullptr);
  consul->write([](Catalog& c) { c.putKey("app/later", "now"); });
  ASSERT_TRUE(rec.waitChanged(key.id(), 1));
  EXPECT_EQ(std::get<KeyValue>(brain->recall(key)->data).value, "now");
}

TEST_F(WatcherTest, UnwatchedDependenciesStopAndLeaveTheBrain) {
  add(instance("web", 1, 8080));
  add(instance("api", 1, 9090));
  auto web = Dependency::healthService("web");
  auto api = Dependency::healthService("api");
  auto w = start();
  w->watch({web, api});
  ASSERT_TRUE(rec.waitChanged(api.id(), 1));
  ASSERT_TRUE(rec.waitChanged(web.id(), 1));
  w->watch({web});
  EXPECT_EQ(brain->recall(api), nullptr);
  EXPECT_EQ(w->status().watches.size(), 1u);
  add(instance("api", 2, 9091));
  add(instance("web", 2, 8081));
  ASSERT_TRUE(rec.waitChanged(web.id(), 2));
  EXPECT_EQ(rec.changed(api.id()), 1);
  EXPECT_EQ(brain->recall(api), nullptr);
}

TEST_F(WatcherTest, StaysWithinItsConnectionBudgetAndStillSeesColdChanges) {
  const int services = 60;
  std::vector<Dependency> deps;
  for (int i = 0; i < services; ++i) {
    add(instance("svc" + std::to_string(i), 1, 1000 + i));
    deps.push_back(Dependency::healthService("svc" + std::to_string(i)));
  }
  WatcherOptions o = fastOptions();
  o.maxConnections = 8;
  o.sweepConnections = 2;
  auto w = start(o);
  w->watch(deps);
  for (const auto& d : deps) ASSERT_TRUE(rec.waitChanged(d.id(), 1)) << d.id();

  // Every service changes once, one after another: hot or cold, each change arrives.
  for (int i = 0; i < services; ++i) {
    add(instance("svc" + std::to_string(i), 2, 2000 + i));
    ASSERT_TRUE(rec.waitChanged(deps[i].id(), 2)) << deps[i].id();
    EXPECT_EQ(ports(*brain, deps[i]), (std::vector<int>{1000 + i, 2000 + i}));
  }
  WatcherStatus s = w->status();
  EXPECT_LE(consul->sessions(), 8);
  EXPECT_LE(consul->maxInFlight(), 8);
  EXPECT_LE(consul->maxBlocking(), 6);  // the two sweep connections never block
  EXPECT_GT(s.feeds, 0u);
  EXPECT_GT(s.sweeps, 0u);
  size_t hot = 0;
  for (const auto& ws : s.watches) hot += ws.hot ? 1 : 0;
  EXPECT_LE(hot, w->hotCapacity());
  EXPECT_GT(hot, 0u);
}

// A service that changes twice in a short time takes a hot slot. `abortsAllowed` is
// maxAbortedHeld: the demoted watch's query is aborted within it, left to drain past it.
class WatcherPromotionTest : public WatcherTest {
 protected:
  void secondChangeEarnsAHotSlot(size_t abortsAllowed) {
    std::vector<Dependency> deps;
    for (int i = 0; i < 20; ++i) {
      add(instance("svc" + std::to_string(i), 1, 1000 + i));
      deps.push_back(Dependency::healthService("svc" + std::to_string(i)));
    }
    WatcherOptions o = fastOptions();
    o.maxConnections = 6;
    o.sweepConnections = 2;  // 4 blocking slots: 3 feeds and 1 hot watch
    o.maxAbortedHeld = abortsAllowed;
    auto w = start(o);
    w->watch(deps);
    for (const auto& d : deps) ASSERT_TRUE(rec.waitChanged(d.id(), 1));
    ASSERT_EQ(w->hotCapacity(), 1u);
    auto hotOf = [&](const Dependency& d) {
      for (const auto& ws : w->status().watches)
        if (ws.id == d.id()) return ws.hot;
      return false;
    };
    const Dependency& target = deps[17];
    bool wasHot = hotOf(target);
    add(instance("svc17", 2, 2017));  // one change: delivered by a sweep, no slot taken
    ASSERT_TRUE(rec.waitChanged(target.id(), 2));
    EXPECT_EQ(hotOf(target), wasHot);
    add(instance("svc17", 3, 3017));  // again soon after: it earns the hot slot
    ASSERT_TRUE(rec.waitChanged(target.id(), 3));
    EXPECT_TRUE(hotOf(target));
    add(instance("svc17", 4, 4017));  // and sees the next change on its own query
    ASSERT_TRUE(rec.waitChanged(target.id(), 4));
    EXPECT_EQ(ports(*brain, target), (std::vector<int>{1017, 2017, 3017, 4017}));
    size_t hot = 0;
    for (const auto& ws : w->status().watches) hot += ws.hot ? 1 : 0;
    EXPECT_EQ(hot, 1u);
    // Within the allowance the demoted watch's query was aborted; past it, left to finish
    // (Consul would hold an aborted one open), its slot lent from a sweep connection meanwhile.
    // (Here every write wakes every query, so the demoted one is often between queries and
    // needs no abort at all.)
    EXPECT_LE(consul->aborted(), static_cast<int>(abortsAllowed));
    EXPECT_LE(consul->maxBlocking(), abortsAllowed ? 4 : 5);
  }
};

TEST_F(WatcherPromotionTest, AbortsTheDemotedQueryWithinTheAllowance) {
  secondChangeEarnsAHotSlot(1);
}

TEST_F(WatcherPromotionTest, LetsTheDemotedQueryDrainPastTheAllowance) {
  secondChangeEarnsAHotSlot(0);
}

TEST_F(WatcherTest, EverythingHotWhenItFitsAndNoFeeds) {
  std::vector<Dependency> deps;
  for (int i = 0; i < 5; ++i) {
    add(instance("svc" + std::to_string(i), 1, 1000 + i));
    deps.push_back(Dependency::healthService("svc" + std::to_string(i)));
  }
  auto w = start();
  w->watch(deps);
  for (const auto& d : deps) ASSERT_TRUE(rec.waitChanged(d.id(), 1));
  add(instance("svc3", 2, 3000));
  ASSERT_TRUE(rec.waitChanged(deps[3].id(), 2));
  WatcherStatus s = w->status();
  EXPECT_EQ(s.feeds, 0u);
  EXPECT_EQ(consul->feedCalls(), 0);
  // Five watches and the sweep connections, not the whole budget of 64.
  EXPECT_LE(consul->sessions(), 5 + 8);
  for (const auto& ws : s.watches) EXPECT_TRUE(ws.hot) << ws.id;
}

TEST_F(WatcherTest, ErrorsBackOffKeepTheLastDataAndRecover) {
  add(instance("web", 1, 8080));
  auto web = Dependency::healthService("web");
  std::mutex mu;
  bool failing = false;
  std::vector<WatchClock::time_point> attempts;
  consul->before = [&](const std::string& call) {
    std::lock_guard<std::mutex> lock(mu);
    if (!failing || call != "health") return;
    attempts.push_back(WatchClock::now());
    throw ConsulError("Unexpected response code: 500 (rpc error)", ConsulErrorKind::ServerError,
                      500);
  };
  auto w = start();
  w->watch({web});
  ASSERT_TRUE(rec.waitChanged(web.id(), 1));
  {
    std::lock_guard<std::mutex> lock(mu);
    failing = true;
  }
  // A write elsewhere ends the blocking query in flight; from then on every ask fails.
  add(instance("other", 1, 1));
  ASSERT_TRUE(rec.waitFailed(web.id(), 1));
  add(instance("web", 2, 8081));
  ASSERT_TRUE(rec.waitFailed(web.id(), 4));
  EXPECT_EQ(rec.lastKind(), ConsulErrorKind::ServerError);
  EXPECT_EQ(ports(*brain, web), std::vector<int>{8080});  // last good data stays
  {
    std::lock_guard<std::mutex> lock(mu);
    // 10, 20, 40 ms between the attempts (allowing for scheduling slack).
    ASSERT_GE(attempts.size(), 4u);
    EXPECT_GE(attempts[1] - attempts[0], milliseconds(9));
    EXPECT_GE(attempts[2] - attempts[1], milliseconds(19));
    EXPECT_GE(attempts[3] - attempts[2], milliseconds(39));
    failing = false;
  }
  ASSERT_TRUE(rec.waitChanged(web.id(), 2));
  EXPECT_EQ(ports(*brain, web), (std::vector<int>{8080, 8081}));
  auto s = w->status();
  ASSERT_EQ(s.watches.size(), 1u);
  EXPECT_EQ(s.watches[0].failures, 0);
  EXPECT_GT(s.errors, 0u);
}

TEST_F(WatcherTest, ExhaustedRetriesAreReportedAndRetryingGoesOn) {
  add(instance("web", 1, 8080));
  auto web = Dependency::healthService("web");
  std::atomic<int> calls{0};
  consul->before = [&](const std::string&) {
    ++calls;
    throw ConsulError("connection refused", ConsulErrorKind::Refused);
  };
  WatcherOptions o = fastOptions();
  o.retry.attempts = 2;
  o.retry.maxBackoff = milliseconds(20);
  auto w = start(o);
  w->watch({web});
  ASSERT_TRUE(rec.waitExhausted());
  int seen = calls;
  ASSERT_TRUE(rec.waitFailed(web.id(), seen + 2));
  EXPECT_EQ(rec.lastKind(), ConsulErrorKind::Refused);
  EXPECT_EQ(brain->recall(web), nullptr);
}

TEST_F(WatcherTest, NoKnownLeaderKeepsTheLastData) {
  add(instance("web", 1, 8080));
  auto web = Dependency::healthService("web");
  std::atomic<bool> leaderless{false};
  consul->after = [&](const std::string&, QueryMeta& m) {
    if (leaderless) m.knownLeader = false;
  };
  auto w = start();
  w->watch({web});
  ASSERT_TRUE(rec.waitChanged(web.id(), 1));
  leaderless = true;
  add(instance("web", 2, 8081));
  ASSERT_TRUE(rec.waitFailed(web.id(), 1));
  EXPECT_EQ(rec.lastKind(), ConsulErrorKind::NoLeader);
  EXPECT_EQ(ports(*brain, web), std::vector<int>{8080});
  leaderless = false;
  ASSERT_TRUE(rec.waitChanged(web.id(), 2));
  EXPECT_EQ(ports(*brain, web), (std::vector<int>{8080, 8081}));
}

TEST_F(WatcherTest, StopsPromptlyWithQueriesBlocked) {
  add(instance("web", 1, 8080));
  auto web = Dependency::healthService("web");
  WatcherOptions o = fastOptions();
  o.wait = milliseconds(60000);
  auto w = start(o);
  w->watch({web});
  ASSERT_TRUE(rec.waitChanged(web.id(), 1));
  auto t0 = WatchClock::now();
  w->stop();
  EXPECT_LT(WatchClock::now() - t0, milliseconds(1000));
  EXPECT_EQ(consul->inFlight(), 0);
}

// Request-level rules, against a GMock session.
class WatcherRequestsTest : public ::testing::Test {
 protected:
  using Mock = testing::MockConsulSession;

  // Every session the Watcher opens forwards to the one mock (a watch's requests are
  // sequential, whichever connection carries them).
  class Forward : public ConsulSession {
   public:
    explicit Forward(Mock& m) : m_(m) {}
    Response<std::vector<api::ServiceEntry>> healthService(const std::string& s,
                                                           const std::string& t, bool p,
                                                           const QueryOptions& q) override {
      return m_.healthService(s, t, p, q);
    }
    Response<std::map<std::string, std::vector<std::string>>> catalogServices(
        const QueryOptions& q) override {
      return m_.catalogServices(q);
    }
    Response<std::vector<api::Node>> catalogNodes(const QueryOptions& q) override {
      return m_.catalogNodes(q);
    }
    Response<std::optional<api::CatalogNode>> catalogNode(const std::string& n,
                                                          const QueryOptions& q) override {
      return m_.catalogNode(n, q);
    }
    Response<std::optional<api::KVPair>> kvGet(const std::string& k,
                                               const QueryOptions& q) override {
      return m_.kvGet(k, q);
    }
    Response<std::vector<api::KVPair>> kvList(const std::string& p,
                                              const QueryOptions& q) override {
      return m_.kvList(p, q);
    }
    Response<std::vector<std::string>> kvKeys(const std::string& p, const std::string& s,
                                              const QueryOptions& q) override {
      return m_.kvKeys(p, s, q);
    }
    std::vector<std::string> catalogDatacenters() override { return m_.catalogDatacenters(); }
    std::string agentNodeName() override { return m_.agentNodeName(); }
    QueryMeta watchFeed(ChangeFeed f, const QueryOptions& q) override { return m_.watchFeed(f, q); }
    void abort() override {}

   private:
    Mock& m_;
  };
  ConsulSessionFactory factory() {
    return [this] { return std::make_unique<Forward>(*mock_); };
  }

  Response<std::optional<api::KVPair>> kvAnswer(uint64_t index, const std::string& value,
                                                std::chrono::milliseconds lastContact = {}) {
    api::KVPair p;
    p.key = "k";
    p.value = value;
    return {p, QueryMeta{index, lastContact, true}};
  }

  std::unique_ptr<::testing::NiceMock<Mock>> mock_ = std::make_unique<::testing::NiceMock<Mock>>();
};

MATCHER_P2(Asks, index, stale, "") {
  return arg.waitIndex == static_cast<uint64_t>(index) && arg.allowStale == stale;
}

TEST_F(WatcherRequestsTest, IndexRulesStaleRequeryAndReset) {
  Mock& m = *mock_;
  std::mutex mu;
  std::condition_variable cv;
  bool finished = false;
  {
    ::testing::InSequence seq;
    EXPECT_CALL(m, kvGet("k", Asks(0, true))).WillOnce(::testing::Return(kvAnswer(10, "a")));
    // Too stale (5 s > max_stale 2 s): asked again at once, from the leader.
    EXPECT_CALL(m, kvGet("k", Asks(10, true)))
        .WillOnce(::testing::Return(kvAnswer(11, "b", milliseconds(5000))));
    EXPECT_CALL(m, kvGet("k", Asks(10, false))).WillOnce(::testing::Return(kvAnswer(12, "b")));
    // The index went backwards: start over without an index.
    EXPECT_CALL(m, kvGet("k", Asks(12, true))).WillOnce(::testing::Return(kvAnswer(3, "b")));
    EXPECT_CALL(m, kvGet("k", Asks(0, true))).WillOnce(::testing::Return(kvAnswer(4, "c")));
    // Index 0 is taken as 1 — never a non-blocking loop.
    EXPECT_CALL(m, kvGet("k", Asks(4, true))).WillOnce(::testing::Return(kvAnswer(0, "c")));
    EXPECT_CALL(m, kvGet("k", Asks(0, true))).WillOnce(::testing::Return(kvAnswer(0, "c")));
    EXPECT_CALL(m, kvGet("k", Asks(1, true))).WillOnce(::testing::Invoke([&](auto&&, auto&&) {
      std::unique_lock<std::mutex> lock(mu);
      finished = true;
      cv.notify_all();
      return kvAnswer(1, "c");
    }));
    EXPECT_CALL(m, kvGet("k", _)).WillRepeatedly(::testing::Return(kvAnswer(1, "c")));
  }
  auto brain = std::make_shared<Brain>();
  std::atomic<int> changes{0};
  WatcherListener l;
  l.changed = [&](const Dependency&) { ++changes; };
  WatcherOptions o = fastOptions();
  o.maxConnections = 2;
  o.sweepConnections = 1;
  o.rateRefill = milliseconds(20);
  Watcher w(factory(), brain, o, l);
  w.start();
  w.watch({Dependency::kvGet("k")});
  {
    std::unique_lock<std::mutex> lock(mu);
    ASSERT_TRUE(cv.wait_for(lock, milliseconds(3000), [&] { return finished; }));
  }
  w.stop();
  // "a", "b", "c": "c" counted once although Consul said it three times. (The sequence above
  // fails the test if the too-stale answer had been taken: the next ask would carry index 11.)
  EXPECT_EQ(changes.load(), 3);
  EXPECT_EQ(std::get<KeyValue>(brain->recall(Dependency::kvGet("k"))->data).value, "c");
}

TEST_F(WatcherRequestsTest, AnswersWithoutChangeAreRateLimited) {
  Mock& m = *mock_;
  std::atomic<int> calls{0};
  EXPECT_CALL(m, kvGet("k", _)).WillRepeatedly(::testing::Invoke([&](auto&&, auto&&) {
    ++calls;
    return kvAnswer(0, "same");  // a broken server: never blocks, never changes
  }));
  WatcherOptions o = fastOptions();
  o.maxConnections = 2;
  o.sweepConnections = 1;
  o.rateBurst = 2;
  o.rateRefill = milliseconds(100);
  Watcher w(factory(), std::make_shared<Brain>(), o, {});
  w.start();
  w.watch({Dependency::kvGet("k")});
  std::this_thread::sleep_for(milliseconds(500));  // the window the rate is measured over
  w.stop();
  // 500 ms at one request per 100 ms after a burst of 2 (+ the first read): about 8, not
  // thousands.
  EXPECT_GE(calls.load(), 4);
  EXPECT_LE(calls.load(), 10);
}

}  // namespace
}  // namespace hc::consul
