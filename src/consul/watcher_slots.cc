// Who holds a blocking slot: hot and cold watches, promotion and demotion, change feeds and the
// sweeps they trigger (see watcher.h for the design and its latency bound).
#include <spdlog/spdlog.h>

#include <algorithm>
#include <set>

#include "watcher_internal.h"

namespace hc::consul {

using namespace watcher_detail;

void Watcher::updateFeedsLocked(WatchClock::time_point now) {
  size_t slots = options_.maxConnections - options_.sweepConnections;
  size_t blockingWatches = 0;
  for (const auto& [id, w] : watches_) blockingWatches += polled(w->dep) ? 0 : 1;
  std::set<std::string> needed;
  if (blockingWatches > slots) {
    for (const auto& [id, w] : watches_)
      for (ChangeFeed f : kFeeds)
        if (w->mask & feedBit(f)) needed.insert(feedKey(w->dep.datacenter, f));
  }
  for (auto it = feeds_.begin(); it != feeds_.end();) {
    if (needed.count(it->first)) {
      ++it;
      continue;
    }
    Feed& f = *it->second;
    if (f.queued)
      for (auto q = queue_.begin(); q != queue_.end(); ++q)
        if (q->second.kind == Job::Kind::Feed && q->second.key == it->first) {
          queue_.erase(q);
          break;
        }
    if (f.runningOn && f.runningOn->session) f.runningOn->session->abort();
    it = feeds_.erase(it);
  }
  for (const auto& key : needed) {
    if (feeds_.count(key)) continue;
    std::string dc = key.substr(0, key.find('\0'));
    std::string name = key.substr(key.find('\0') + 1);
    ChangeFeed feed = ChangeFeed::Services;
    for (ChangeFeed f : kFeeds)
      if (name == changeFeedName(f)) feed = f;
    auto f = std::make_unique<Feed>(dc, feed, options_);
    f->generation = ++generation_;
    uint64_t gen = f->generation;
    feeds_.emplace(key, std::move(f));
    enqueue(Job{Job::Kind::Feed, key, gen}, now);
  }
  // Fewer slots for hot watches now: the ones that changed longest ago turn cold.
  size_t capacity = hotCapacityLocked();
  for (size_t hot = hotCountLocked(); hot > capacity; --hot) demoteOneLocked();
}

void Watcher::demoteOneLocked() {
  // The slot goes from a watch that has not changed for a while; among those, the one whose
  // blocking query ends soonest (not running at all, else running longest), because that
  // query keeps its slot until it returns.
  auto now = WatchClock::now();
  auto settled = [&](const Watch& w) { return now - w.lastChange > options_.promoteWindow; };
  auto endsSooner = [](const Watch& a, const Watch& b) {
    if (!a.runningOn || !b.runningOn) return !a.runningOn && b.runningOn;
    return a.blockStarted < b.blockStarted;
  };
  Watch* oldest = nullptr;
  for (auto& [id, w] : watches_) {
    if (!w->hot) continue;
    if (!oldest) {
      oldest = w.get();
    } else if (settled(*w) != settled(*oldest)) {
      if (settled(*w)) oldest = w.get();
    } else if (settled(*w) ? endsSooner(*w, *oldest) : w->lastChange < oldest->lastChange) {
      oldest = w.get();
    }
  }
  if (!oldest) return;
  oldest->hot = false;
  if (oldest->queued && oldest->queued.value()->second.kind == Job::Kind::Block) {
    queue_.erase(*oldest->queued);
    oldest->queued.reset();
  }
  Worker* running = oldest->runningOn;
  if (!running || !running->hotBlock || running->draining) return;
  // Consul keeps serving an aborted blocking query until its wait is over, and counts the
  // connection against the client's limit all that time. So a query is aborted only while few
  // such connections are outstanding (maxAbortedHeld); otherwise it is left to return on its
  // own and its slot is lent from the sweep connections meanwhile.
  while (!aborted_.empty() && aborted_.front() <= now) aborted_.pop_front();
  if (aborted_.size() < options_.maxAbortedHeld && running->session) {
    aborted_.push_back(now + options_.wait + options_.wait / 16 + std::chrono::seconds(1));
    running->session->abort();
    return;
  }
  running->draining = true;
  ++draining_;
}

void Watcher::rereadIfBehindLocked(Watch& watch, WatchClock::time_point now) {
  // A sweep skips a watch whose read is in flight; if a feed reported a write after that read
  // was sent, the read may have missed it, so it goes again.
  auto known = dcIndex_.find(watch.dep.datacenter);
  if (known != dcIndex_.end() && watch.readAt < known->second && !watch.queued)
    enqueue(Job{Job::Kind::Read, watch.dep.id(), watch.generation}, now);
}

void Watcher::placeLocked(Watch& watch, WatchClock::time_point now) {
  if (polled(watch.dep)) {
    enqueue(Job{Job::Kind::Read, watch.dep.id(), watch.generation}, now + options_.datacentersPoll);
    return;
  }
  if (!watch.hot && hotCountLocked() < hotCapacityLocked()) {
    watch.hot = true;
    watch.lastChange = now;
  }
  if (watch.hot) enqueue(Job{Job::Kind::Block, watch.dep.id(), watch.generation}, now);
}

void Watcher::promoteLocked(Watch& watch, WatchClock::time_point now) {
  bool recent = watch.lastChange != WatchClock::time_point{} &&
                now - watch.lastChange <= options_.promoteWindow;
  watch.lastChange = now;
  if (watch.hot || polled(watch.dep)) return;
  if (hotCountLocked() >= hotCapacityLocked()) {
    // A slot is taken from another watch only for one that changes again soon: a single change
    // has been delivered already, and trading slots on every change costs connections.
    if (!recent) return;
    demoteOneLocked();
  }
  watch.hot = true;
}

size_t Watcher::sweepLocked(const std::function<bool(const Watch&)>& stale,
                            WatchClock::time_point now) {
  size_t n = 0;
  for (auto& [id, w] : watches_) {
    if (polled(w->dep) || w->runningOn || !stale(*w)) continue;
    if (w->queued) {
      // A hot watch still waiting for a free slot is read like a cold one meanwhile (its
      // blocking query follows the read); anything else queued reads soon anyway.
      if (!w->hot || w->queued.value()->second.kind != Job::Kind::Block) continue;
      queue_.erase(*w->queued);
      w->queued.reset();
    } else if (w->hot) {
      continue;
    }
    enqueue(Job{Job::Kind::Read, id, w->generation}, now);
    ++n;
  }
  if (n) {
    ++counters_.sweeps;
    counters_.swept += n;
  }
  return n;
}

}  // namespace hc::consul
