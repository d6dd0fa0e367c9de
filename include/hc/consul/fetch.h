#pragma once
// fetch: consul-template's Dependency.Fetch, minus the transport. It asks ConsulEndpoints what
// a dependency's endpoint returns and turns that into consul-template's result
// (dependency_data.h), applying its client-side rules:
//   health.service  no filter = [passing] and `?passing=1`; otherwise keep entries whose
//                   aggregated status is listed (`any` keeps all); Address falls back to the
//                   node's; tags sorted; sorted by Node then ID unless `~near`.
//   catalog.services  sorted by name, tags sorted.
//   catalog.nodes   sorted by Node then Address unless `~near`.
//   catalog.node    "" = the agent's node; unknown node = empty CatalogNode; services sorted by
//                   Service then ID, tags sorted.
//   kv.get          absent key = KeyValue{exists=false}; `key`'s blocking variant reports it
//                   with blockOnNil so a watcher keeps waiting instead of storing it.
//   kv.list/keys    Key/keys relative to the prefix, leading '/' trimmed.
//   datacenters     sorted; with ignoreFailing, those whose catalog does not answer dropped.
//
// Errors: ConsulError from the endpoints, re-thrown as ConsulError("<id>: <reason>") (Go's
// errors.Wrap(err, d.String())).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "hc/consul/api_types.h"
#include "hc/consul/consul_endpoints.h"
#include "hc/consul/dependency.h"
#include "hc/consul/dependency_data.h"

namespace hc::consul {

struct FetchResult {
  DependencyData data;
  QueryMeta meta;
  bool blockOnNil = false;  ///< ResponseMetadata.BlockOnNil (the `key` function's kv.get).

  /// False when the watcher must not store `data` and should keep blocking: a blocking kv.get
  /// whose key does not exist (watch/view.go).
  bool storable() const;
};

/// Runs `d` against `consul`. `base` carries the watcher's options (index, wait, stale); the
/// dependency's own dc/near/ns/partition/peer/sameness-group are merged over it.
FetchResult fetch(const Dependency& d, ConsulEndpoints& consul, const QueryOptions& base = {});

/// acceptStatus: `status` is listed in `filters`, or `filters` holds "any".
bool acceptStatus(const std::vector<std::string>& filters, const std::string& status);

/// The pure steps of fetch(), one per kind.
std::vector<HealthService> healthServicesFrom(const Dependency& d,
                                              const std::vector<api::ServiceEntry>& entries);
std::vector<CatalogSnippet> catalogSnippetsFrom(
    const std::map<std::string, std::vector<std::string>>& services);
std::vector<Node> nodesFrom(const Dependency& d, const std::vector<api::Node>& nodes);
CatalogNode catalogNodeFrom(const std::optional<api::CatalogNode>& node);
std::vector<KeyPair> keyPairsFrom(const std::string& prefix, const std::vector<api::KVPair>& pairs);
std::vector<std::string> keysFrom(const std::string& prefix, const std::vector<std::string>& keys);

}  // namespace hc::consul
