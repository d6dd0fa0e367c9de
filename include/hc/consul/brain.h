#pragma once
// Brain: the latest data of every watched dependency, by identity (consul-template's
// template/brain.go). Watchers remember() what they fetched; renders recall() it.
//
// Usage:
//   auto brain = std::make_shared<Brain>();
//   FetchResult r = fetch(dep, consul, opts);
//   if (r.storable() && brain->remember(dep, std::move(r.data))) { /* schedule a render */ }
//
// Thread-safety: every method may be called from any thread.
#include <cstddef>
#include <memory>
#include <shared_mutex>
#include <string>
#include <unordered_map>

#include "hc/consul/dependency_source.h"

namespace hc::consul {

class Brain : public DependencySource {
 public:
  /// Stores `data` for `d`. Returns false when the same data was already stored (a spurious
  /// wake-up of a blocking query), true otherwise.
  bool remember(const Dependency& d, DependencyData data);
  /// Drops `d`'s data (the dependency is no longer watched).
  void forget(const Dependency& d);
  /// Number of dependencies with data.
  size_t size() const;

  // DependencySource
  std::shared_ptr<const DependencySnapshot> recall(const Dependency& d) override;

 private:
  mutable std::shared_mutex mutex_;
  std::unordered_map<std::string, std::shared_ptr<const DependencySnapshot>> data_;
};

}  // namespace hc::consul
