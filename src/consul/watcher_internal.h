#pragma once
// The Watcher's private pieces, shared by watcher.cc (threads, the blocking-query loop) and
// watcher_slots.cc (who holds a blocking slot, feeds and sweeps).
#include <array>
#include <optional>
#include <string>

#include "hc/consul/watcher.h"

namespace hc::consul {

namespace watcher_detail {

inline constexpr std::array<ChangeFeed, 4> kFeeds = {ChangeFeed::Services, ChangeFeed::Nodes,
                                                     ChangeFeed::Checks, ChangeFeed::KV};

inline int feedBit(ChangeFeed f) {
  return 1 << static_cast<int>(f);
}

// The tables whose writes can change what `d` reads (consul_session.h): the feeds that must wake
// a cold watch of `d`.
inline int feedMask(const Dependency& d) {
  switch (d.kind()) {
    case DependencyKind::HealthService:
      return feedBit(ChangeFeed::Services) | feedBit(ChangeFeed::Nodes) |
             feedBit(ChangeFeed::Checks);
    case DependencyKind::CatalogServices:
      return feedBit(ChangeFeed::Services);
    case DependencyKind::CatalogNodes:
      return feedBit(ChangeFeed::Nodes);
    case DependencyKind::CatalogNode:
      return feedBit(ChangeFeed::Nodes) | feedBit(ChangeFeed::Services);
    case DependencyKind::KVGet:
    case DependencyKind::KVList:
    case DependencyKind::KVKeys:
      return feedBit(ChangeFeed::KV);
    case DependencyKind::CatalogDatacenters:
      return 0;
  }
  return 0;
}

// `datacenters` cannot block: it is read again every datacentersPoll and never holds a slot.
inline bool polled(const Dependency& d) {
  return d.kind() == DependencyKind::CatalogDatacenters;
}

inline std::string feedKey(const std::string& dc, ChangeFeed f) {
  return dc + '\0' + changeFeedName(f);
}

}  // namespace watcher_detail

struct Watcher::Job {
  enum class Kind { Read, Block, Feed } kind = Kind::Read;
  std::string key;
  uint64_t generation = 0;
};

struct Watcher::Watch {
  Watch(Dependency d, const WatcherOptions& o)
      : dep(std::move(d)), bucket(o.rateBurst, o.rateRefill), mask(watcher_detail::feedMask(dep)) {}

  Dependency dep;
  TokenBucket bucket;
  int mask;
  uint64_t generation = 0;
  uint64_t index = 0;
  bool hot = false;
  bool hasData = false;
  bool consistentOnce = false;  ///< The last stale answer was too old: ask the leader once.
  std::optional<std::multimap<WatchClock::time_point, Job>::iterator> queued;
  Worker* runningOn = nullptr;
  int failures = 0;
  std::string lastError;
  std::chrono::system_clock::time_point lastContact{};
  WatchClock::time_point lastChange{};
  WatchClock::time_point blockStarted{};  ///< When its current blocking query was sent.
  /// The newest index any feed of the watch's datacenter had reported when the last read was
  /// sent: the read saw every write up to it.
  uint64_t readAt = 0;
};

struct Watcher::Feed {
  Feed(std::string d, ChangeFeed f, const WatcherOptions& o)
      : dc(std::move(d)), feed(f), bucket(o.sweepBurst, o.sweepRefill) {}

  std::string dc;
  ChangeFeed feed;
  TokenBucket bucket;
  uint64_t generation = 0;
  uint64_t index = 0;
  int failures = 0;
  bool queued = false;
  Worker* runningOn = nullptr;
};

struct Watcher::Worker {
  std::thread thread;
  std::unique_ptr<ConsulSession> session;
  bool hotBlock = false;  ///< Running a hot watch's blocking query.
  bool draining = false;  ///< ... of a watch demoted since.
  bool done = false;      ///< The thread has left its loop.
};

}  // namespace hc::consul
