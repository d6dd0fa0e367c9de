#pragma once
// Catalog: an in-memory Consul catalog and KV store that answers ConsulEndpoints the way a
// Consul agent would. It backs `--catalog-file` (catalog_file.h) and tests.
//
// Writes follow Consul's PUT /v1/catalog/register (agent/consul/catalog_endpoint.go and the
// state store): the service ID defaults to the service name; a check's node defaults to the
// registration's node (it must equal it exactly), its CheckID to its Name, its Status to
// critical, and it takes the name and tags of the service it names (which must be registered on
// that node already: at registration time, as Consul copies them then); several
// registrations of one node merge (the node's fields are replaced unless SkipNodeUpdate,
// services and checks are upserted by ID). Every write takes the next raft-like index.
//
// Reads: service and node names and tags match case-insensitively; health entries carry the
// node's checks (ServiceID "") followed by the instance's own, each group by CheckID;
// `passingOnly` drops instances with any check not passing; nodes are ordered by name, then
// services by ID. A query for a datacenter nobody registered in fails with Consul's
// "No path to datacenter"; ns/partition other than "default" and sameness-group fail as on
// Consul CE; a peer has no services.
//
// Thread-safety: all methods may be called concurrently.
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "hc/consul/api_types.h"
#include "hc/consul/consul_endpoints.h"

namespace hc::consul {

/// A registration Consul would refuse; what() is the reason, in Consul 1.8's words where it has
/// them ("Must provide node", "failed inserting check: Missing service registration on node
/// \"n1\"", ...). Unlike Consul, a check status other than passing, warning or critical is
/// refused too (Consul stores it, and consul-template's aggregated status becomes "").
class CatalogError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

/// The body of PUT /v1/catalog/register (api.CatalogRegistration), Check and Checks combined.
struct CatalogRegistration {
  std::string id;  ///< Node ID (UUID), may be "".
  std::string node;
  std::string address;
  std::string datacenter;  ///< "" = the catalog's datacenter.
  api::StringMap taggedAddresses;
  api::StringMap nodeMeta;
  std::optional<api::AgentService> service;  ///< weights default {1, 1}.
  std::vector<api::HealthCheck> checks;
  bool skipNodeUpdate = false;
};

class Catalog : public ConsulEndpoints {
 public:
  /// `datacenter` is the local agent's datacenter (queries without `dc`).
  explicit Catalog(std::string datacenter);

  const std::string& datacenter() const { return datacenter_; }

  /// Applies a registration. Throws CatalogError and leaves the catalog unchanged when Consul
  /// would refuse it.
  void registerEntity(CatalogRegistration r);
  /// PUT /v1/kv/<key> in `datacenter` ("" = the catalog's). Throws CatalogError for "".
  void putKey(const std::string& key, std::string value, uint64_t flags = 0,
              const std::string& datacenter = "");
  /// The name agentNodeName() answers (a real agent's own node); unset = agentNodeName()
  /// throws ConsulError.
  void setAgentNodeName(std::string name);
  /// The index of the last write.
  uint64_t index() const;

  // ConsulEndpoints
  Response<std::vector<api::ServiceEntry>> healthService(const std::string& service,
                                                         const std::string& tag, bool passingOnly,
                                                         const QueryOptions& q) override;
  Response<std::map<std::string, std::vector<std::string>>> catalogServices(
      const QueryOptions& q) override;
  Response<std::vector<api::Node>> catalogNodes(const QueryOptions& q) override;
  Response<std::optional<api::CatalogNode>> catalogNode(const std::string& node,
                                                        const QueryOptions& q) override;
  Response<std::optional<api::KVPair>> kvGet(const std::string& key,
                                             const QueryOptions& q) override;
  Response<std::vector<api::KVPair>> kvList(const std::string& prefix,
                                            const QueryOptions& q) override;
  Response<std::vector<std::string>> kvKeys(const std::string& prefix, const std::string& separator,
                                            const QueryOptions& q) override;
  std::vector<std::string> catalogDatacenters() override;
  std::string agentNodeName() override;

 private:
  struct NodeRecord {
    api::Node node;
    std::map<std::string, api::AgentService> services;  ///< By service ID.
    std::map<std::string, api::HealthCheck> checks;     ///< By CheckID.
  };
  struct DatacenterState {
    std::map<std::string, NodeRecord> nodes;  ///< By lower-cased node name.
    std::map<std::string, api::KVPair> kv;
    /// Instances by lower-cased service name: (node key, service ID) pairs, in the order a scan
    /// of `nodes` then each node's services would meet them.
    std::map<std::string, std::set<std::pair<std::string, std::string>>> instances;
  };

  /// The datacenter a query reads; throws ConsulError for an unknown one or an Enterprise-only
  /// option.
  const DatacenterState& readable(const QueryOptions& q) const;
  QueryMeta meta() const;

  std::string datacenter_;
  mutable std::mutex mutex_;
  std::map<std::string, DatacenterState> datacenters_;
  std::optional<std::string> agentNode_;
  uint64_t index_ = 1;
};

}  // namespace hc::consul
