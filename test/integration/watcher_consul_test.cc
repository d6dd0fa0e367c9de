// The Watcher over the HTTP client against a real Consul 1.8.7 dev agent: every kind of catalog
// and KV change reaches the Brain within 100 ms, and a watch set larger than the connection
// budget still sees every change while holding no more connections than the budget.
#include <dirent.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "consul_agent.h"
#include "hc/consul/consul_client.h"
#include "hc/consul/watcher.h"

namespace hc::consul {
namespace {

using std::chrono::milliseconds;
using Clock = std::chrono::steady_clock;

// Counts deliveries per dependency and lets a test wait for the next one.
class Deliveries {
 public:
  WatcherListener listener() {
    WatcherListener l;
    l.changed = [this](const Dependency& d) {
      std::lock_guard<std::mutex> lock(mu_);
      ++count_[d.id()];
      cv_.notify_all();
    };
    return l;
  }
  int count(const std::string& id) {
    std::lock_guard<std::mutex> lock(mu_);
    return count_[id];
  }
  /// Waits until `id` has been delivered more than `after` times; returns how long it took.
  std::optional<milliseconds> waitBeyond(const std::string& id, int after,
                                         milliseconds timeout = milliseconds(5000)) {
    auto t0 = Clock::now();
    std::unique_lock<std::mutex> lock(mu_);
    if (!cv_.wait_for(lock, timeout, [&] { return count_[id] > after; })) return std::nullopt;
    return std::chrono::duration_cast<milliseconds>(Clock::now() - t0);
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  std::map<std::string, int> count_;
};

std::string registration(const std::string& node, const std::string& address, const std::string& id,
                         const std::string& service, int port,
                         const std::string& status = "passing") {
  std::ostringstream b;
  b << R"({"Node":")" << node << R"(","Address":")" << address << R"(","Service":{"ID":")" << id
    << R"(","Service":")" << service << R"(","Port":)" << port << R"(},"Check":{"CheckID":"chk-)"
    << id << R"(","Name":"check","Status":")" << status << R"(","ServiceID":")" << id << "\"}}";
  return b.str();
}

class WatcherConsulTest : public ::testing::Test {
 protected:
  void SetUp() override { config.setAddress(agent.address()); }
  void TearDown() override {
    if (watcher) watcher->stop();
  }
  Watcher& start(WatcherOptions o = {}) {
    watcher = std::make_unique<Watcher>(consulClientFactory(config), brain, o, got.listener());
    watcher->start();
    return *watcher;
  }
  void put(const std::string& path, const std::string& body = "") {
    auto r = agent.request("PUT", path, body);
    ASSERT_EQ(r.status, 200) << path << ": " << r.body;
  }
  void del(const std::string& path) {
    auto r = agent.request("DELETE", path);
    ASSERT_EQ(r.status, 200) << path << ": " << r.body;
  }
  std::vector<HealthService> instances(const Dependency& d) {
    auto snap = brain->recall(d);
    if (!snap) return {};
    return std::get<std::vector<HealthService>>(snap->data);
  }

  hc::testing::ConsulAgent agent;
  ClientConfig config;
  std::shared_ptr<Brain> brain = std::make_shared<Brain>();
  Deliveries got;
  std::unique_ptr<Watcher> watcher;
};

constexpr milliseconds kBound{100};

TEST_F(WatcherConsulTest, RegisterAndDeregisterArriveWithin100ms) {
  put("/v1/catalog/register", registration("n1", "10.1.0.1", "web-1", "web", 8080));
  auto web = Dependency::healthService("web");
  start().watch({web});
  ASSERT_TRUE(got.waitBeyond(web.id(), 0));
  ASSERT_EQ(instances(web).size(), 1u);

  int n = got.count(web.id());
  put("/v1/catalog/register", registration("n2", "10.1.0.2", "web-2", "web", 8081));
  auto took = got.waitBeyond(web.id(), n);
  ASSERT_TRUE(took);
  EXPECT_LE(*took, kBound);
  ASSERT_EQ(instances(web).size(), 2u);
  EXPECT_EQ(instances(web)[1].port, 8081);

  n = got.count(web.id());
  put("/v1/catalog/deregister", R"({"Node":"n1","ServiceID":"web-1"})");
  took = got.waitBeyond(web.id(), n);
  ASSERT_TRUE(took);
  EXPECT_LE(*took, kBound);
  ASSERT_EQ(instances(web).size(), 1u);
  EXPECT_EQ(instances(web)[0].id, "web-2");
}

TEST_F(WatcherConsulTest, CheckStatusChangesArriveWithin100ms) {
  put("/v1/catalog/register", registration("n1", "10.1.0.1", "web-1", "web", 8080));
  auto any = Dependency::healthService("web|any");
  auto passing = Dependency::healthService("web");
  start().watch({any, passing});
  ASSERT_TRUE(got.waitBeyond(any.id(), 0));
  ASSERT_TRUE(got.waitBeyond(passing.id(), 0));
  for (const std::string status : {"critical", "warning", "passing"}) {
    int n = got.count(any.id());
    put("/v1/catalog/register", registration("n1", "10.1.0.1", "web-1", "web", 8080, status));
    auto took = got.waitBeyond(any.id(), n);
    ASSERT_TRUE(took) << status;
    EXPECT_LE(*took, kBound) << status;
    ASSERT_EQ(instances(any).size(), 1u);
    EXPECT_EQ(instances(any)[0].status, status);
    // The default filter keeps passing instances only.
    auto passingDeadline = Clock::now() + kBound;
    while (instances(passing).size() != (status == "passing" ? 1u : 0u) &&
           Clock::now() < passingDeadline)
      got.waitBeyond(passing.id(), got.count(passing.id()), kBound);
    EXPECT_EQ(instances(passing).size(), status == "passing" ? 1u : 0u) << status;
  }
}

TEST_F(WatcherConsulTest, NodeAndServiceMaintenanceArriveWithin100ms) {
  // Maintenance is an agent feature: the service is the agent's own.
  put("/v1/agent/service/register", R"({"ID":"db-1","Name":"db","Port":5432})");
  auto db = Dependency::healthService("db");
  auto dbAny = Dependency::healthService("db|any");
  start().watch({db, dbAny});
  auto deadline = Clock::now() + milliseconds(5000);
  while (instances(db).empty() && Clock::now() < deadline)
    got.waitBeyond(db.id(), got.count(db.id()), milliseconds(500));
  ASSERT_EQ(instances(db).size(), 1u);

  struct Step {
    std::string path;
    size_t passingInstances;
    std::string status;
  };
  const Step steps[] = {
      {"/v1/agent/service/maintenance/db-1?enable=true&reason=deploy", 0, "maintenance"},
      {"/v1/agent/service/maintenance/db-1?enable=false", 1, "passing"},
      {"/v1/agent/maintenance?enable=true", 0, "maintenance"},
      {"/v1/agent/maintenance?enable=false", 1, "passing"},
  };
  auto statusOf = [&] {
    auto all = instances(dbAny);
    return all.size() == 1 ? all[0].status : std::string("(" + std::to_string(all.size()) + ")");
  };
  for (const auto& s : steps) {
    // The agent also syncs other things (its own checks) now and then: a delivery is not
    // necessarily this change, so wait for the status itself, within the bound.
    put(s.path);
    auto t0 = Clock::now();
    while (statusOf() != s.status && Clock::now() - t0 < milliseconds(2000))
      got.waitBeyond(dbAny.id(), got.count(dbAny.id()), milliseconds(50));
    auto took = std::chrono::duration_cast<milliseconds>(Clock::now() - t0);
    ASSERT_EQ(statusOf(), s.status) << s.path;
    EXPECT_LE(took, kBound) << s.path;
    auto until = Clock::now() + kBound;
    while (instances(db).size() != s.passingInstances && Clock::now() < until)
      got.waitBeyond(db.id(), got.count(db.id()), kBound);
    EXPECT_EQ(instances(db).size(), s.passingInstances) << s.path;
  }
}

TEST_F(WatcherConsulTest, KeyValuePutAndDeleteArriveWithin100ms) {
  auto key = Dependency::kvGet("app/mode");  // keyOrDefault: absent is data
  auto blocking = Dependency::kvGet("app/mode", /*blockOnNil=*/true);  // key
  auto tree = Dependency::kvList("app");
  start().watch({key, blocking, tree});
  ASSERT_TRUE(got.waitBeyond(key.id(), 0));
  ASSERT_TRUE(got.waitBeyond(tree.id(), 0));
  EXPECT_FALSE(std::get<KeyValue>(brain->recall(key)->data).exists);
  EXPECT_EQ(brain->recall(blocking), nullptr);  // `key` waits for the key to exist

  put("/v1/kv/app/mode", "blue");
  auto took = got.waitBeyond(blocking.id(), 0);
  ASSERT_TRUE(took);
  EXPECT_LE(*took, kBound);
  ASSERT_TRUE(got.waitBeyond(key.id(), 1, kBound));
  ASSERT_TRUE(got.waitBeyond(tree.id(), 1, kBound));
  EXPECT_EQ(std::get<KeyValue>(brain->recall(blocking)->data).value, "blue");
  EXPECT_EQ(std::get<std::vector<KeyPair>>(brain->recall(tree)->data).size(), 1u);

  int n = got.count(key.id());
  del("/v1/kv/app/mode");
  took = got.waitBeyond(key.id(), n);
  ASSERT_TRUE(took);
  EXPECT_LE(*took, kBound);
  EXPECT_FALSE(std::get<KeyValue>(brain->recall(key)->data).exists);
  ASSERT_TRUE(got.waitBeyond(tree.id(), 2, kBound));
  EXPECT_TRUE(std::get<std::vector<KeyPair>>(brain->recall(tree)->data).empty());
}

// Our process's TCP connections to `port` (from /proc: socket inodes of our fds matched against
// /proc/net/tcp).
size_t connectionsTo(int port) {
  std::set<std::string> inodes;
  if (DIR* d = ::opendir("/proc/self/fd")) {
    while (dirent* e = ::readdir(d)) {
      char buf[256];
      std::string p = std::string("/proc/self/fd/") + e->d_name;
      ssize_t n = ::readlink(p.c_str(), buf, sizeof buf - 1);
      if (n <= 0) continue;
      std::string link(buf, static_cast<size_t>(n));
      if (link.rfind("socket:[", 0) == 0) inodes.insert(link.substr(8, link.size() - 9));
    }
    ::closedir(d);
  }
  std::ifstream tcp("/proc/net/tcp");
  std::string line;
  std::getline(tcp, line);
  size_t count = 0;
  char hexPort[8];
  std::snprintf(hexPort, sizeof hexPort, "%04X", port);
  while (std::getline(tcp, line)) {
    std::istringstream in(line);
    std::string sl, local, remote, st, queues, tr, retr, uid, timeout, inode;
    in >> sl >> local >> remote >> st >> queues >> tr >> retr >> uid >> timeout >> inode;
    if (st == "01" && remote.substr(remote.size() - 4) == hexPort && inodes.count(inode)) ++count;
  }
  return count;
}

TEST_F(WatcherConsulTest, MoreWatchesThanConnectionsStillSeeEveryChange) {
  const int services = 120;
  std::vector<Dependency> deps;
  for (int i = 0; i < services; ++i) {
    std::string name = "svc" + std::to_string(i);
    put("/v1/catalog/register",
        registration("node" + std::to_string(i), "10.2.0.1", name + "-1", name, 1000 + i));
    deps.push_back(Dependency::healthService(name));
  }
  deps.push_back(Dependency::kvGet("cfg/x"));
  WatcherOptions o;
  o.maxConnections = 16;
  o.sweepConnections = 4;
  Watcher& w = start(o);
  auto t0 = Clock::now();
  w.watch(deps);
  for (const auto& d : deps) ASSERT_TRUE(got.waitBeyond(d.id(), 0)) << d.id();
  std::printf(
      "first read of %zu watches over %zu connections: %lld ms\n", deps.size(), o.maxConnections,
      static_cast<long long>(std::chrono::duration_cast<milliseconds>(Clock::now() - t0).count()));

  // Changes to watches that are cold by now (and a KV change, through the KV feed).
  std::vector<long long> took;
  for (int i = 0; i < services; i += 7) {
    int n = got.count(deps[i].id());
    std::string name = "svc" + std::to_string(i);
    put("/v1/catalog/register",
        registration("node" + std::to_string(i), "10.2.0.1", name + "-1", name, 5000 + i));
    auto t = got.waitBeyond(deps[i].id(), n);
    if (!t) {
      for (const auto& ws : w.status().watches)
        if (ws.id == deps[i].id())
          ADD_FAILURE() << ws.id << " hot=" << ws.hot << " index=" << ws.index
                        << " failures=" << ws.failures << " error=" << ws.lastError;
    }
    ASSERT_TRUE(t) << name;
    took.push_back(t->count());
    ASSERT_EQ(instances(deps[i]).size(), 1u);
    EXPECT_EQ(instances(deps[i])[0].port, 5000 + i);
  }
  put("/v1/kv/cfg/x", "1");
  ASSERT_TRUE(got.waitBeyond(deps.back().id(), 1));

  // One service changing again and again takes a hot slot: from the second change on, its own
  // blocking query sees each change, not the rate-limited sweeps.
  std::vector<long long> row;
  for (int k = 0; k < 12; ++k) {
    int n = got.count(deps[100].id());
    put("/v1/catalog/register",
        registration("node100", "10.2.0.1", "svc100-1", "svc100", 6000 + k));
    auto t = got.waitBeyond(deps[100].id(), n);
    ASSERT_TRUE(t);
    row.push_back(t->count());
  }
  std::printf("changes in a row:");
  for (auto v : row) std::printf(" %lld", v);
  std::printf(" ms\n");
  for (size_t k = 2; k < row.size(); ++k) EXPECT_LE(row[k], kBound.count()) << "change " << k;
  std::sort(took.begin(), took.end());
  std::printf("cold change latency: median %lld ms, max %lld ms\n", took[took.size() / 2],
              took.back());
  EXPECT_LE(took.back(), 1000);

  EXPECT_LE(connectionsTo(agent.httpPort()), o.maxConnections);
  WatcherStatus s = w.status();
  EXPECT_LE(s.connections, o.maxConnections);
  EXPECT_GT(s.feeds, 0u);
  EXPECT_GT(s.sweeps, 0u);
}

TEST_F(WatcherConsulTest, SecondDatacenterThroughTheLocalAgent) {
  hc::testing::ConsulAgentOptions dc2Options;
  dc2Options.hcl = {R"(datacenter = "dc2")"};
  hc::testing::ConsulAgent dc2(dc2Options);
  auto join = dc2.request(
      "PUT", "/v1/agent/join/127.0.0.1:" + std::to_string(agent.serfWanPort()) + "?wan=1");
  ASSERT_EQ(join.status, 200) << join.body;
  // WAN gossip converges on its own schedule; the local agent lists dc2 once it knows it.
  auto deadline = Clock::now() + std::chrono::seconds(20);
  while (agent.request("GET", "/v1/catalog/datacenters").body.find("dc2") == std::string::npos) {
    ASSERT_LT(Clock::now(), deadline) << "dc2 never joined";
    std::this_thread::sleep_for(milliseconds(100));
  }
  auto r = dc2.request("PUT", "/v1/catalog/register",
                       registration("far-1", "10.8.0.1", "web-far-1", "web", 7070));
  ASSERT_EQ(r.status, 200) << r.body;

  auto far = Dependency::healthService("web@dc2");
  auto dcs = Dependency::catalogDatacenters();
  start().watch({far, dcs});
  ASSERT_TRUE(got.waitBeyond(far.id(), 0));
  ASSERT_TRUE(got.waitBeyond(dcs.id(), 0));
  ASSERT_EQ(instances(far).size(), 1u);
  EXPECT_EQ(instances(far)[0].port, 7070);
  EXPECT_EQ(std::get<std::vector<std::string>>(brain->recall(dcs)->data),
            (std::vector<std::string>{"dc1", "dc2"}));

  int n = got.count(far.id());
  r = dc2.request("PUT", "/v1/catalog/register",
                  registration("far-2", "10.8.0.2", "web-far-2", "web", 7071));
  ASSERT_EQ(r.status, 200) << r.body;
  auto took = got.waitBeyond(far.id(), n);
  ASSERT_TRUE(took);
  EXPECT_LE(*took, kBound);
  EXPECT_EQ(instances(far).size(), 2u);
}

}  // namespace
}  // namespace hc::consul
