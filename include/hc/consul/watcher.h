#pragma once
// Watcher: keeps the Brain current for every dependency the templates use, with blocking
// queries against Consul, inside a fixed connection budget.
//
// One watch per distinct dependency identity, however many templates use it. Each watch runs
// Consul's blocking-query loop (watch_policy.h): `index` + `wait`, `stale` with a `max_stale`
// check (re-asked once without `stale` when X-Consul-LastContact exceeds it), reset on an index
// going backwards, never block on index 0, drop answers equal to the data already stored, a
// `key` keeps blocking while its key is absent, backoff on errors (last good data stays).
//
// Connection budget (Consul caps one client address at 200 connections): the Watcher uses at
// most `maxConnections` connections, one per worker thread.
//  - Up to `hotCapacity()` watches are *hot*: each holds a blocking query on a connection and
//    sees a change within one round trip. When everything fits, every watch is hot.
//  - The rest are *cold*. For each datacenter with cold watches, one blocking query per Consul
//    table they read (services, nodes, checks, KV: the change feeds of consul_session.h) wakes
//    on any write to that table; the cold watches it covers are then re-read without blocking
//    (a sweep, spread over the connections left). One that changes again within
//    `promoteWindow` becomes hot, taking the slot of a settled hot watch. That watch's blocking
//    query is aborted while fewer than `maxAbortedHeld` aborted ones may still be held by Consul
//    (it serves an aborted blocking query, and counts its connection, until the wait ends);
//    past that it is left to return on its own, its slot lent from the sweep connections. A cold
//    change is seen after one feed round trip plus one sweep (the cold watches read over
//    `sweepConnections`); under churn, sweeps are rate-limited per feed (sweepBurst, then one per
//    sweepRefill), which bounds a cold change's delay to sweepRefill plus one sweep. A full sweep
//    of every cold watch runs every `fullSweepInterval` as a safety net.
//  - `datacenters` is polled every `datacentersPoll` (Consul cannot block on it).
//
// Usage:
//   auto brain = std::make_shared<Brain>();
//   Watcher w(consulClientFactory(config), brain, options,
//             {.changed = [&](const Dependency& d) { scheduleRender(d); }});
//   w.start();
//   w.watch(deps);            // exactly these; watches no longer listed stop
//   ...; w.stop();            // also in the destructor
//
// Thread-safety: watch(), status() and stop() from any thread. Listener callbacks run on worker
// threads, outside the Watcher's lock; they must not call stop().
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "hc/consul/brain.h"
#include "hc/consul/consul_session.h"
#include "hc/consul/dependency.h"
#include "hc/consul/watch_policy.h"

namespace hc::consul {

struct WatcherOptions {
  std::chrono::milliseconds wait{std::chrono::seconds(60)};     ///< block_query_wait
  std::chrono::milliseconds maxStale{std::chrono::seconds(2)};  ///< 0 = consistent reads
  RetryPolicy retry;
  size_t maxConnections = 64;   ///< Connections (and worker threads), all watches together.
  size_t sweepConnections = 8;  ///< Kept free of blocking queries, for first reads and sweeps.
  /// Token bucket of each watch (watch_policy.h): answers that bring nothing new spend a token.
  int rateBurst = 2;
  std::chrono::milliseconds rateRefill{std::chrono::seconds(1)};
  /// Token bucket of each change feed: sweeps spend a token, so under churn a feed sweeps at
  /// most once per sweepRefill after a burst of sweepBurst.
  int sweepBurst = 4;
  std::chrono::milliseconds sweepRefill{250};
  std::chrono::milliseconds fullSweepInterval{std::chrono::minutes(5)};
  /// A cold watch takes a hot one's slot when it changes again within this time of its last
  /// change (a single change is delivered by the sweep already).
  std::chrono::milliseconds promoteWindow{std::chrono::minutes(2)};
  /// Blocking queries aborted to free a slot at once, counted until Consul lets go of their
  /// connections (it serves an aborted query to the end of its wait): Consul sees at most
  /// maxConnections + maxAbortedHeld connections from this client.
  size_t maxAbortedHeld = 16;
  std::chrono::milliseconds datacentersPoll{std::chrono::seconds(15)};
};

struct WatcherListener {
  /// New data for `d` is in the Brain.
  std::function<void(const Dependency& d)> changed;
  /// A request for `d` failed; `exhausted` once the retry policy is used up (the daemon exits
  /// there only when RetryPolicy::exitOnExhausted).
  std::function<void(const Dependency& d, const ConsulError& e, bool exhausted)> failed;
};

/// One watch as the status page shows it.
struct WatchStatus {
  std::string id;
  bool hot = false;
  bool hasData = false;
  uint64_t index = 0;
  int failures = 0;  ///< Consecutive.
  std::string lastError;
  std::chrono::system_clock::time_point lastContact{};  ///< Last successful answer.
};

struct WatcherStatus {
  std::vector<WatchStatus> watches;  ///< Sorted by id.
  size_t connections = 0;            ///< Sessions opened (≤ maxConnections).
  size_t feeds = 0;                  ///< Change feeds currently watched.
  uint64_t requests = 0;
  uint64_t errors = 0;
  uint64_t changes = 0;  ///< Answers that changed the Brain.
  uint64_t sweeps = 0;
  uint64_t swept = 0;  ///< Non-blocking reads done by sweeps.
};

class Watcher {
 public:
  Watcher(ConsulSessionFactory sessions, std::shared_ptr<Brain> brain, WatcherOptions options,
          WatcherListener listener);
  ~Watcher();
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;

  /// Starts the worker threads: as many as the watches need, up to maxConnections, more as
  /// watch() adds watches (sessions are opened on first use).
  void start();
  /// Stops every watch and joins the threads; in-flight queries are aborted.
  void stop();

  /// Watches exactly `deps` (by identity): new ones are read at once, watches not listed stop
  /// and their data leaves the Brain.
  void watch(const std::vector<Dependency>& deps);

  /// Blocking-query slots a hot watch may hold (maxConnections − sweepConnections − feeds).
  size_t hotCapacity() const;
  WatcherStatus status() const;

 private:
  struct Watch;
  struct Feed;
  struct Job;
  struct Worker;

  void workerLoop(Worker& w);
  void addWorkersLocked();
  bool nextJob(Worker& w, Job& job);
  void runWatch(Worker& w, Job& job);
  void runFeed(Worker& w, Job& job);
  void finishWatch(Job& job, WatchClock::duration delay, bool requeueBlocking);
  void enqueue(const Job& job, WatchClock::time_point due);
  void placeLocked(Watch& watch, WatchClock::time_point now);
  void promoteLocked(Watch& watch, WatchClock::time_point now);
  void updateFeedsLocked(WatchClock::time_point now);
  void demoteOneLocked();
  void rereadIfBehindLocked(Watch& watch, WatchClock::time_point now);
  /// Queues a non-blocking read of every idle cold watch for which `stale` holds.
  size_t sweepLocked(const std::function<bool(const Watch&)>& stale, WatchClock::time_point now);
  void releaseSlotLocked(Worker& w);
  size_t hotCapacityLocked() const;
  size_t hotCountLocked() const;

  ConsulSessionFactory sessions_;
  std::shared_ptr<Brain> brain_;
  WatcherOptions options_;
  WatcherListener listener_;

  mutable std::mutex mutex_;
  std::condition_variable wake_;
  bool running_ = false;
  std::map<std::string, std::unique_ptr<Watch>> watches_;
  std::map<std::string, std::unique_ptr<Feed>> feeds_;  ///< By "<dc>\0<feed>".
  std::multimap<WatchClock::time_point, Job> queue_;
  std::vector<std::unique_ptr<Worker>> workers_;
  size_t hotRunning_ = 0;  ///< Hot watches' blocking queries in flight.
  size_t draining_ = 0;    ///< Of those, the ones whose watch was demoted since.
  std::deque<WatchClock::time_point> aborted_;  ///< When Consul drops each aborted query.
  WatchClock::time_point nextFullSweep_{};
  uint64_t generation_ = 0;
  std::map<std::string, uint64_t> dcIndex_;  ///< Newest feed index seen, per datacenter.
  WatcherStatus counters_;
};

}  // namespace hc::consul
