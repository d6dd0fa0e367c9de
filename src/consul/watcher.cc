#include "hc/consul/watcher.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <utility>

#include "hc/consul/fetch.h"
#include "watcher_internal.h"

namespace hc::consul {

using namespace watcher_detail;

Watcher::Watcher(ConsulSessionFactory sessions, std::shared_ptr<Brain> brain,
                 WatcherOptions options, WatcherListener listener)
    : sessions_(std::move(sessions)),
      brain_(std::move(brain)),
      options_(std::move(options)),
      listener_(std::move(listener)) {
  options_.maxConnections = std::max<size_t>(options_.maxConnections, 2);
  options_.sweepConnections =
      std::clamp<size_t>(options_.sweepConnections, 1, options_.maxConnections - 1);
}

Watcher::~Watcher() {
  stop();
}

void Watcher::start() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (running_) return;
  running_ = true;
  nextFullSweep_ = WatchClock::now() + options_.fullSweepInterval;
  addWorkersLocked();
}

void Watcher::addWorkersLocked() {
  // One worker (and connection) per watch and feed that may block, plus the sweep workers; never
  // more than the budget. A small template keeps a handful of threads.
  size_t wanted = std::min(options_.maxConnections,
                           watches_.size() + feeds_.size() + options_.sweepConnections);
  while (running_ && workers_.size() < wanted) {
    workers_.push_back(std::make_unique<Worker>());
    Worker* w = workers_.back().get();
    w->thread = std::thread([this, w] { workerLoop(*w); });
  }
}

void Watcher::stop() {
  std::unique_lock<std::mutex> lock(mutex_);
  if (!running_) return;
  running_ = false;
  std::vector<std::unique_ptr<Worker>> workers;
  workers.swap(workers_);
  wake_.notify_all();
  // An abort lands only on a query already sent; one about to be sent would block for the whole
  // wait, so keep aborting until every worker has left.
  auto allDone = [&] {
    return std::all_of(workers.begin(), workers.end(), [](const auto& w) { return w->done; });
  };
  while (!allDone()) {
    for (auto& w : workers)
      if (!w->done && w->session) w->session->abort();
    wake_.wait_for(lock, std::chrono::milliseconds(20));
  }
  lock.unlock();
  for (auto& w : workers) w->thread.join();
}

size_t Watcher::hotCapacity() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return hotCapacityLocked();
}

size_t Watcher::hotCapacityLocked() const {
  size_t slots = options_.maxConnections - options_.sweepConnections;
  return slots > feeds_.size() ? slots - feeds_.size() : 1;
}

size_t Watcher::hotCountLocked() const {
  size_t n = 0;
  for (const auto& [id, w] : watches_) n += w->hot ? 1 : 0;
  return n;
}

void Watcher::enqueue(const Job& job, WatchClock::time_point due) {
  auto it = queue_.emplace(due, job);
  if (job.kind == Job::Kind::Feed) {
    feeds_.at(job.key)->queued = true;
  } else {
    watches_.at(job.key)->queued = it;
  }
  wake_.notify_one();
}

void Watcher::watch(const std::vector<Dependency>& deps) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto now = WatchClock::now();
  std::set<std::string> wanted;
  for (const auto& d : deps) {
    wanted.insert(d.id());
    if (watches_.count(d.id())) continue;
    auto w = std::make_unique<Watch>(d, options_);
    w->generation = ++generation_;
    Watch& ref = *w;
    watches_.emplace(d.id(), std::move(w));
    enqueue(Job{Job::Kind::Read, d.id(), ref.generation}, now);
  }
  for (auto it = watches_.begin(); it != watches_.end();) {
    Watch& w = *it->second;
    if (wanted.count(it->first)) {
      ++it;
      continue;
    }
    if (w.queued) queue_.erase(*w.queued);
    if (w.runningOn && w.runningOn->session) w.runningOn->session->abort();
    brain_->forget(w.dep);
    it = watches_.erase(it);
  }
  updateFeedsLocked(now);
  addWorkersLocked();
}

void Watcher::releaseSlotLocked(Worker& worker) {
  if (worker.hotBlock) --hotRunning_;
  if (worker.draining) --draining_;
  worker.hotBlock = false;
  worker.draining = false;
  wake_.notify_all();
}

bool Watcher::nextJob(Worker& worker, Job& job) {
  std::unique_lock<std::mutex> lock(mutex_);
  while (running_) {
    auto now = WatchClock::now();
    if (now >= nextFullSweep_) {
      nextFullSweep_ = now + options_.fullSweepInterval;
      sweepLocked([](const Watch&) { return true; }, now);
    }
    for (auto it = queue_.begin(); it != queue_.end() && it->first <= now; ++it) {
      // Feeds always run (their slots are set aside in hotCapacity()); hot watches share what
      // is left, including the slots of demoted watches whose queries have not returned yet.
      bool hotBlock = it->second.kind == Job::Kind::Block;
      // Slots held by demoted watches' queries are lent from the sweep connections (half of
      // them at most) until those queries return.
      size_t lent = std::min(draining_, options_.sweepConnections / 2);
      if (hotBlock && hotRunning_ >= hotCapacityLocked() + lent) continue;
      job = it->second;
      queue_.erase(it);
      worker.hotBlock = hotBlock;
      if (hotBlock) ++hotRunning_;
      if (job.kind == Job::Kind::Feed) {
        Feed& f = *feeds_.at(job.key);
        f.queued = false;
        f.runningOn = &worker;
      } else {
        Watch& w = *watches_.at(job.key);
        w.queued.reset();
        w.runningOn = &worker;
        if (hotBlock) w.blockStarted = now;
        auto known = dcIndex_.find(w.dep.datacenter);
        w.readAt = known == dcIndex_.end() ? 0 : known->second;
      }
      ++counters_.requests;
      return true;
    }
    // Sleep until the next job falls due; a due blocking job that waits for a slot is woken
    // by the job that frees it.
    auto until = nextFullSweep_;
    auto future = queue_.upper_bound(now);
    if (future != queue_.end()) until = std::min(until, future->first);
    wake_.wait_until(lock, until);
  }
  return false;
}

void Watcher::workerLoop(Worker& worker) {
  auto session = sessions_();
  {
    std::lock_guard<std::mutex> lock(mutex_);
    worker.session = std::move(session);
    ++counters_.connections;
  }
  Job job;
  while (nextJob(worker, job)) {
    if (job.kind == Job::Kind::Feed) {
      runFeed(worker, job);
    } else {
      runWatch(worker, job);
    }
  }
  std::lock_guard<std::mutex> lock(mutex_);
  worker.done = true;
  wake_.notify_all();
}

void Watcher::runWatch(Worker& worker, Job& job) {
  QueryOptions q;
  Dependency dep = Dependency::catalogDatacenters();
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = watches_.find(job.key);
    if (!running_ || it == watches_.end() || it->second->generation != job.generation)
      return releaseSlotLocked(worker);
    Watch& w = *it->second;
    dep = w.dep;
    q.allowStale = options_.maxStale.count() > 0 && !w.consistentOnce;
    w.consistentOnce = false;
    if (job.kind == Job::Kind::Block) {
      q.waitIndex = w.index;
      q.waitTime = options_.wait;
    } else if (w.hasData && !polled(w.dep)) {
      q.knownIndex = w.index;  // a sweep: most answers are the data already held
    }
  }

  std::optional<FetchResult> result;
  std::optional<ConsulError> error;
  auto started = WatchClock::now();
  try {
    result = fetch(dep, *worker.session, q);
    if (!result->meta.knownLeader)
      error = ConsulError(dep.id() +
                              ": Consul reports no known leader (X-Consul-KnownLeader: "
                              "false); keeping the last data",
                          ConsulErrorKind::NoLeader);
  } catch (const ConsulError& e) {
    error = e;
  }

  bool changed = false;
  bool exhausted = false;
  auto now = WatchClock::now();
  {
    std::lock_guard<std::mutex> lock(mutex_);
    releaseSlotLocked(worker);
    auto it = watches_.find(job.key);
    if (it == watches_.end() || it->second->generation != job.generation) return;
    Watch& w = *it->second;
    w.runningOn = nullptr;
    if (!running_) return;

    if (error) {
      if (error->kind() == ConsulErrorKind::Aborted && !w.hot && job.kind == Job::Kind::Block)
        return rereadIfBehindLocked(w, now);  // turned cold while blocking
      ++counters_.errors;
      ++w.failures;
      w.lastError = error->what();
      exhausted = options_.retry.exhausted(w.failures);
      auto delay = options_.retry.delay(w.failures);
      enqueue(Job{w.hot ? Job::Kind::Block : Job::Kind::Read, job.key, w.generation}, now + delay);
      spdlog::warn("(watcher) {}: {} (retry {} in {} ms)", job.key, error->what(), w.failures,
                   delay.count());
    } else {
      w.failures = 0;
      w.lastError.clear();
      w.lastContact = std::chrono::system_clock::now();
      if (q.allowStale && result->meta.lastContact > options_.maxStale) {
        // Too stale: ask the leader at once (consul-template's max_stale rule).
        w.consistentOnce = true;
        enqueue(Job{job.kind, job.key, w.generation}, now);
        return;
      }
      IndexStep step = nextIndex(w.index, result->meta.lastIndex);
      bool firstAnswer = !w.hasData;
      if (step.reset) {
        w.index = 0;
        enqueue(Job{Job::Kind::Read, job.key, w.generation}, now + w.bucket.spend(now));
        return;
      }
      w.index = step.next;
      // An index that did not move normally means nothing changed; but a blocking query that
      // came back early without moving it is a server not keeping the rules (an index stuck
      // at 0 or 1): then only the data itself can tell.
      bool early = job.kind == Job::Kind::Block && now - started < options_.wait / 2;
      if ((step.changed || firstAnswer || early) && result->storable()) {
        changed = brain_->remember(w.dep, std::move(result->data));
        w.hasData = true;
      }
      if (changed && firstAnswer && !polled(w.dep)) {
        ++counters_.changes;
        placeLocked(w, now);
        if (!w.hot) rereadIfBehindLocked(w, now);
      } else if (changed) {
        ++counters_.changes;
        promoteLocked(w, now);
        if (polled(w.dep)) {
          placeLocked(w, now);
        } else if (w.hot) {
          enqueue(Job{Job::Kind::Block, job.key, w.generation}, now);
        } else {
          rereadIfBehindLocked(w, now);
        }
      } else if (!w.hasData && !polled(w.dep)) {
        // A `key` whose key is absent: keep blocking until it exists (or, without a slot, let
        // the KV feed say when to look again).
        promoteLocked(w, now);
        if (w.hot) {
          enqueue(Job{Job::Kind::Block, job.key, w.generation}, now + w.bucket.spend(now));
        } else {
          rereadIfBehindLocked(w, now);
        }
      } else if (job.kind == Job::Kind::Read && !polled(w.dep) && !w.hot) {
        if (firstAnswer) placeLocked(w, now);
        if (!w.hot) rereadIfBehindLocked(w, now);
      } else if (polled(w.dep)) {
        placeLocked(w, now);
      } else if (w.hot) {
        enqueue(Job{Job::Kind::Block, job.key, w.generation}, now + w.bucket.spend(now));
      } else {
        rereadIfBehindLocked(w, now);  // a blocking query that ended after its watch went cold
      }
    }
  }
  if (error && listener_.failed) listener_.failed(dep, *error, exhausted);
  if (changed && listener_.changed) listener_.changed(dep);
}

void Watcher::runFeed(Worker& worker, Job& job) {
  QueryOptions q;
  ChangeFeed feed;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = feeds_.find(job.key);
    if (!running_ || it == feeds_.end() || it->second->generation != job.generation)
      return releaseSlotLocked(worker);
    Feed& f = *it->second;
    feed = f.feed;
    q.datacenter = f.dc;
    q.allowStale = options_.maxStale.count() > 0;
    q.waitIndex = f.index;
    q.waitTime = options_.wait;
  }
  std::optional<QueryMeta> meta;
  std::optional<ConsulError> error;
  try {
    meta = worker.session->watchFeed(feed, q);
  } catch (const ConsulError& e) {
    error = e;
  }
  auto now = WatchClock::now();
  std::lock_guard<std::mutex> lock(mutex_);
  releaseSlotLocked(worker);
  auto it = feeds_.find(job.key);
  if (it == feeds_.end() || it->second->generation != job.generation || !running_) return;
  Feed& f = *it->second;
  f.runningOn = nullptr;
  if (error) {
    ++counters_.errors;
    ++f.failures;
    auto delay = options_.retry.delay(f.failures);
    spdlog::warn("(watcher) change feed {} {}: {} (retry {} in {} ms)", changeFeedName(feed),
                 f.dc.empty() ? "(local dc)" : f.dc, error->what(), f.failures, delay.count());
    enqueue(Job{Job::Kind::Feed, job.key, f.generation}, now + delay);
    return;
  }
  bool recovered = f.failures > 0;
  f.failures = 0;
  IndexStep step = nextIndex(f.index, meta->lastIndex);
  auto delay = WatchClock::duration::zero();
  if (step.reset) {
    f.index = 0;
  } else if (step.changed || recovered) {
    f.index = step.next;
    uint64_t& known = dcIndex_[f.dc];
    known = std::max(known, f.index);
    // Raft indexes are global: a cold watch read after this index was known has seen the
    // write, whichever table it went to, so one write sweeps once even when several feeds see it.
    size_t swept = sweepLocked(
        [&](const Watch& w) {
          return w.dep.datacenter == f.dc && (w.mask & feedBit(feed)) && w.readAt < f.index;
        },
        now);
    if (swept) delay = f.bucket.spend(now);
  } else {
    delay = f.bucket.spend(now);  // no news: a timeout, or a server that does not block
  }
  enqueue(Job{Job::Kind::Feed, job.key, f.generation}, now + delay);
}

WatcherStatus Watcher::status() const {
  std::lock_guard<std::mutex> lock(mutex_);
  WatcherStatus s = counters_;
  s.feeds = feeds_.size();
  for (const auto& [id, w] : watches_) {
    WatchStatus ws;
    ws.id = id;
    ws.hot = w->hot;
    ws.hasData = w->hasData;
    ws.index = w->index;
    ws.failures = w->failures;
    ws.lastError = w->lastError;
    ws.lastContact = w->lastContact;
    s.watches.push_back(std::move(ws));
  }
  return s;
}

}  // namespace hc::consul
