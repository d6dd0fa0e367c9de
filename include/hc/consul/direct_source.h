#pragma once
// DirectSource: a DependencySource that answers each dependency by fetching it from
// ConsulEndpoints on first use and keeping the answer. Over an in-memory Catalog (catalog file)
// every dependency is available on the first pass, so one render settles it; a `key` whose key
// does not exist stays missing, as it would with a real watcher.
//
// Usage:
//   auto source = std::make_shared<DirectSource>(loadCatalogFile("catalog.json"));
//   auto ctx = std::make_shared<RenderContext>(source);
//
// Errors: recall() throws ConsulError("<dependency id>: <reason>") from the endpoints.
// Thread-safety: recall() may be called from several threads.
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "hc/consul/consul_endpoints.h"
#include "hc/consul/dependency_source.h"

namespace hc::consul {

class DirectSource : public DependencySource {
 public:
  explicit DirectSource(std::shared_ptr<ConsulEndpoints> consul);

  // DependencySource
  std::shared_ptr<const DependencySnapshot> recall(const Dependency& d) override;

 private:
  std::shared_ptr<ConsulEndpoints> consul_;
  std::mutex mutex_;
  /// By identity; nullptr = fetched, but nothing to store (blocking key absent).
  std::unordered_map<std::string, std::shared_ptr<const DependencySnapshot>> answers_;
};

}  // namespace hc::consul
