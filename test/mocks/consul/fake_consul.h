#pragma once
// FakeConsul: an in-memory Consul for unit tests of the Watcher. Its sessions answer from a
// Catalog (the same one behind `--catalog-file`) and block like Consul does: a query with an
// index waits until a write moves the catalog past it, or its wait runs out. Every write moves
// one global index, so every blocking query and change feed wakes on every write (more
// wake-ups than Consul's per-service indexes: the Watcher must sort real changes from the
// rest). A hook can fail any call, and the fake records what it saw: calls in flight, the most
// at once, sessions opened.
//
// Usage:
//   auto consul = std::make_shared<FakeConsul>();
//   consul->write([](Catalog& c) { c.registerEntity(...); });
//   Watcher w(consul->sessionFactory(), brain, options, listener);
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <type_traits>

#include "hc/consul/catalog.h"
#include "hc/consul/consul_session.h"

namespace hc::consul::testing {

class FakeConsul : public std::enable_shared_from_this<FakeConsul> {
 public:
  FakeConsul() : catalog_("dc1") { catalog_.setAgentNodeName("agent"); }

  /// Applies `change` to the catalog and wakes every blocked query.
  void write(const std::function<void(Catalog&)>& change) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      change(catalog_);
    }
    changed_.notify_all();
  }

  /// Called at the start of every call with its name ("health", "services", "kv", "feed",
  /// ...); throws ConsulError to fail the call. Set before the Watcher starts.
  std::function<void(const std::string& call)> before;
  /// Called with every answer's meta before it is returned, to rewrite it.
  std::function<void(const std::string& call, QueryMeta& meta)> after;

  int inFlight() const { return inFlight_; }
  int maxInFlight() const { return maxInFlight_; }
  int maxBlocking() const { return maxBlocking_; }
  int sessions() const { return sessions_; }
  int calls() const { return calls_; }
  int feedCalls() const { return feedCalls_; }
  /// Calls cut short by abort().
  int aborted() const { return aborted_; }

  ConsulSessionFactory sessionFactory();

 private:
  friend class FakeConsulSession;
  Catalog catalog_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::atomic<int> inFlight_{0}, maxInFlight_{0}, blocking_{0}, maxBlocking_{0}, sessions_{0},
      calls_{0}, feedCalls_{0}, aborted_{0};
};

class FakeConsulSession : public ConsulSession {
 public:
  explicit FakeConsulSession(std::shared_ptr<FakeConsul> consul) : consul_(std::move(consul)) {
    ++consul_->sessions_;
  }

  Response<std::vector<api::ServiceEntry>> healthService(const std::string& service,
                                                         const std::string& tag, bool passingOnly,
                                                         const QueryOptions& q) override {
    return call("health", q,
                [&](Catalog& c) { return c.healthService(service, tag, passingOnly, q); });
  }
  Response<std::map<std::string, std::vector<std::string>>> catalogServices(
      const QueryOptions& q) override {
    return call("services", q, [&](Catalog& c) { return c.catalogServices(q); });
  }
  Response<std::vector<api::Node>> catalogNodes(const QueryOptions& q) override {
    return call("nodes", q, [&](Catalog& c) { return c.catalogNodes(q); });
  }
  Response<std::optional<api::CatalogNode>> catalogNode(const std::string& node,
                                                        const QueryOptions& q) override {
    return call("node", q, [&](Catalog& c) { return c.catalogNode(node, q); });
  }
  Response<std::optional<api::KVPair>> kvGet(const std::string& key,
                                             const QueryOptions& q) override {
    return call("kv", q, [&](Catalog& c) { return c.kvGet(key, q); });
  }
  Response<std::vector<api::KVPair>> kvList(const std::string& prefix,
                                            const QueryOptions& q) override {
    return call("kv", q, [&](Catalog& c) { return c.kvList(prefix, q); });
  }
  Response<std::vector<std::string>> kvKeys(const std::string& prefix, const std::string& sep,
                                            const QueryOptions& q) override {
    return call("kv", q, [&](Catalog& c) { return c.kvKeys(prefix, sep, q); });
  }
  std::vector<std::string> catalogDatacenters() override {
    return call("datacenters", QueryOptions{},
                [&](Catalog& c) {
                  return Response<std::vector<std::string>>{c.catalogDatacenters(), {}};
                })
        .value;
  }
  std::string agentNodeName() override {
    std::lock_guard<std::mutex> lock(consul_->mutex_);
    return consul_->catalog_.agentNodeName();
  }
  QueryMeta watchFeed(ChangeFeed, const QueryOptions& q) override {
    ++consul_->feedCalls_;
    return call("feed", q,
                [&](Catalog& c) {
                  return Response<int>{0, QueryMeta{c.index(), std::chrono::milliseconds(0), true}};
                })
        .meta;
  }
  void abort() override {
    std::lock_guard<std::mutex> lock(consul_->mutex_);
    if (active_) aborted_ = true;
    consul_->changed_.notify_all();
  }

 private:
  template <class F>
  std::invoke_result_t<F, Catalog&> call(const std::string& name, const QueryOptions& q, F f) {
    ++consul_->calls_;
    struct Count {
      std::atomic<int>& n;
      explicit Count(std::atomic<int>& c, std::atomic<int>& max) : n(c) {
        int now = ++n;
        int seen = max.load();
        while (now > seen && !max.compare_exchange_weak(seen, now)) {
        }
      }
      ~Count() { --n; }
    } inFlight(consul_->inFlight_, consul_->maxInFlight_);
    if (consul_->before) consul_->before(name);
    std::unique_lock<std::mutex> lock(consul_->mutex_);
    active_ = true;
    aborted_ = false;
    if (q.waitIndex > 0) {
      Count blocking(consul_->blocking_, consul_->maxBlocking_);
      consul_->changed_.wait_for(
          lock, q.waitTime, [&] { return aborted_ || consul_->catalog_.index() > q.waitIndex; });
    }
    active_ = false;
    if (aborted_) {
      ++consul_->aborted_;
      throw ConsulError("aborted", ConsulErrorKind::Aborted);
    }
    auto r = f(consul_->catalog_);
    if (consul_->after) consul_->after(name, r.meta);
    return r;
  }

  std::shared_ptr<FakeConsul> consul_;
  bool active_ = false;
  bool aborted_ = false;
};

inline ConsulSessionFactory FakeConsul::sessionFactory() {
  auto self = shared_from_this();
  return [self] { return std::make_unique<FakeConsulSession>(self); };
}

}  // namespace hc::consul::testing
