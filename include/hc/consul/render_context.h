#pragma once
// RenderContext: what consul-template's template functions share during one execution of one
// template — the DependencySource (Brain) they read, and the `used` and `missing` dependency
// sets the runner reads afterwards (N-pass discovery: a template is written only when nothing is
// missing; `used` tells the runner what to watch).
//
// Usage (the runner):
//   auto ctx = std::make_shared<RenderContext>(brain);
//   tmpl::FuncMap funcs = consulFuncs(ctx);  // plus the other functions
//   ctx->clear();                              // before each execution
//   std::string out = t->execute(tmpl::Value(), funcs);
//   if (ctx->missing().empty()) write(out);   // else wait for data of ctx->missing().list()
//   watch(ctx->used().list());
//
// Thread-safety: one execution at a time per RenderContext (the DependencySource itself is
// thread-safe, so contexts of different templates may share it).
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "hc/consul/dependency.h"
#include "hc/consul/dependency_source.h"

namespace hc::consul {

/// An insertion-ordered set of dependencies, unique by identity (consul-template's dep.Set).
class DependencySet {
 public:
  /// Adds `d` unless a dependency with the same identity is there; true if added.
  bool add(const Dependency& d);
  bool contains(const Dependency& d) const { return ids_.count(d.id()) != 0; }
  /// In insertion order.
  const std::vector<Dependency>& list() const { return list_; }
  size_t size() const { return list_.size(); }
  bool empty() const { return list_.empty(); }
  void clear();
  /// Identities joined by ", " (Set.String()).
  std::string toString() const;

 private:
  std::vector<Dependency> list_;
  std::unordered_set<std::string> ids_;
};

class RenderContext {
 public:
  explicit RenderContext(std::shared_ptr<DependencySource> source);

  /// Records `d` as used and returns its data; nullptr (and `d` recorded as missing) when the
  /// source has none yet. Throws what the source throws (ConsulError).
  std::shared_ptr<const DependencySnapshot> recall(const Dependency& d);
  /// Records `d` as missing although data exists (safeLs/safeTree on an empty result).
  void markMissing(const Dependency& d) { missing_.add(d); }

  const DependencySet& used() const { return used_; }
  const DependencySet& missing() const { return missing_; }
  /// Empties used and missing, for the next execution.
  void clear();

  /// The dependency `fn` parses from `arg`, parsed once per context (`parse` may throw
  /// DependencyError, which is not cached).
  template <class Parse>
  const Dependency& parsed(std::string_view fn, const std::string& arg, Parse&& parse) {
    std::string cacheKey = std::string(fn) + '\0' + arg;
    auto it = parsed_.find(cacheKey);
    if (it == parsed_.end()) it = parsed_.emplace(std::move(cacheKey), parse(arg)).first;
    return it->second;
  }

 private:
  std::shared_ptr<DependencySource> source_;
  DependencySet used_;
  DependencySet missing_;
  std::unordered_map<std::string, Dependency> parsed_;
};

}  // namespace hc::consul
