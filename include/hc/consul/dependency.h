#pragma once
// Dependency: one thing a template watches in Consul, parsed from the string a template passes to
// a function (`service "db.web@dc1|any"`, `key "/app/config"`, ...), exactly as consul-template's
// dependency/*.go regular expressions read it.
//
// Every dependency has an identity, id(), equal to consul-template's String() form
// (`health.service(web|passing)`, `kv.block(app/config)`, `catalog.services`, ...). Two template
// calls with the same identity share one watch and one entry in the Brain.
//
// Usage:
//   Dependency d = Dependency::healthService("db.web@dc1|passing,warning");  // DependencyError
//   d.id();        // "health.service(db.web@dc1|passing,warning)"
//   d.name, d.tag, d.datacenter, d.filters  // what the client sends
//
// Thread-safety: immutable value type.
#include <stdexcept>
#include <string>
#include <vector>

namespace hc::consul {

/// Health filter words of consul-template (`service "web|warning,critical"`).
inline constexpr const char* kHealthAny = "any";
inline constexpr const char* kHealthPassing = "passing";
inline constexpr const char* kHealthWarning = "warning";
inline constexpr const char* kHealthCritical = "critical";
inline constexpr const char* kHealthMaintenance = "maintenance";

/// A malformed dependency string; what() is consul-template's message, e.g.
/// `health.service: invalid format: "a b"` or `health.service: invalid filter: "ok" in "web|ok"`.
class DependencyError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

enum class DependencyKind {
  HealthService,       ///< `service`: GET /v1/health/service/<name>
  CatalogServices,     ///< `services`: GET /v1/catalog/services
  CatalogNodes,        ///< `nodes`: GET /v1/catalog/nodes
  CatalogNode,         ///< `node`: GET /v1/catalog/node/<name>
  KVGet,               ///< `key` (blocking), `keyOrDefault`, `keyExists`: GET /v1/kv/<key>
  KVList,              ///< `ls`, `tree`, `safeLs`, `safeTree`: GET /v1/kv/<prefix>?recurse
  KVKeys,              ///< kv.keys (no template function in v0.42.1): GET /v1/kv/<prefix>?keys
  CatalogDatacenters,  ///< `datacenters`: GET /v1/catalog/datacenters (not blocking)
};

class Dependency {
 public:
  /// `tag.name?ns=..&partition=..&peer=..&sameness-group=..@dc~near|filter,filter`.
  /// No filter means [passing]; filters are sorted. Throws DependencyError.
  static Dependency healthService(const std::string& s);
  /// `?ns=..&partition=..@dc`. Throws DependencyError.
  static Dependency catalogServices(const std::string& s);
  /// `?ns=..&partition=..@dc~near`. Throws DependencyError.
  static Dependency catalogNodes(const std::string& s);
  /// `name?ns=..&partition=..@dc`; "" = the local agent's node. Throws DependencyError.
  static Dependency catalogNode(const std::string& s);
  /// `/path?ns=..&partition=..@dc` (one leading '/' stripped). `blockOnNil` makes it the `key`
  /// variant (identity kv.block(...)), which waits until the key exists. Throws DependencyError.
  static Dependency kvGet(const std::string& s, bool blockOnNil = false);
  /// `/prefix?ns=..&partition=..@dc`. Throws DependencyError.
  static Dependency kvList(const std::string& s);
  /// `/prefix?ns=..&partition=..@dc`. Throws DependencyError.
  static Dependency kvKeys(const std::string& s);
  /// `datacenters [ignoreFailing]`; the flag does not change the identity (as in Go).
  static Dependency catalogDatacenters(bool ignoreFailing = false);

  DependencyKind kind() const { return kind_; }
  /// consul-template's String(): the identity used to share watches and Brain entries.
  const std::string& id() const { return id_; }
  /// consul-template's CanShare (false only for catalog.node).
  bool canShare() const { return kind_ != DependencyKind::CatalogNode; }

  // What the client sends; empty when not given.
  std::string name;  ///< Service or node name.
  std::string tag;   ///< health.service tag filter (one tag).
  std::string key;   ///< KV key (KVGet) or prefix (KVList, KVKeys).
  std::string datacenter;
  std::string near;
  std::string nameSpace;  ///< `ns=` query parameter.
  std::string partition;
  std::string peer;
  std::string samenessGroup;
  /// health.service: sorted filter words; [passing] by default. Empty only for a filter list of
  /// bare commas (`web|,`), which accepts nothing, as in Go.
  std::vector<std::string> filters;
  bool blockOnNil = false;     ///< KVGet from `key`: a missing key keeps the watch blocking.
  bool ignoreFailing = false;  ///< CatalogDatacenters: drop datacenters that do not answer.

  /// True when the health query asks Consul for passing instances only (`?passing=1`): the
  /// filter list is exactly [passing].
  bool passingOnly() const { return filters.size() == 1 && filters[0] == kHealthPassing; }

 private:
  explicit Dependency(DependencyKind k) : kind_(k) {}
  void computeId();

  DependencyKind kind_;
  std::string id_;
};

inline bool operator==(const Dependency& a, const Dependency& b) {
  return a.id() == b.id();
}
inline bool operator!=(const Dependency& a, const Dependency& b) {
  return !(a == b);
}

}  // namespace hc::consul
