#pragma once
// ConsulEndpoints: the edge to Consul's HTTP API, one method per endpoint consul-template's
// dependencies read. Implementations: the in-memory Catalog (catalog.h, behind
// `--catalog-file`) and the HTTP client (a later module). fetch.h builds consul-template's
// results on top of it, so both sources are filtered and sorted by the same code.
//
// Blocking: QueryOptions.waitIndex/waitTime ask for a blocking query; an implementation that
// cannot block (the Catalog) answers at once. QueryMeta.lastIndex is the X-Consul-Index.
//
// Errors: every method throws ConsulError (or a subclass) when Consul answers with an error or
// cannot be reached; what() is the reason (e.g. "No path to datacenter").
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "hc/consul/api_types.h"

namespace hc::consul {

/// What went wrong talking to Consul, so a watcher can decide how to retry and the status can
/// say it in one word.
enum class ConsulErrorKind {
  Other,
  Refused,      ///< Connection refused / no route / unix socket missing.
  Reset,        ///< Connection closed or reset before a whole reply arrived.
  Timeout,      ///< Connect or read timeout.
  Tls,          ///< TLS handshake or certificate verification failed.
  Aborted,      ///< abort() from another thread (watch stopped or rescheduled).
  AclDenied,    ///< 403: `ACL not found`, `Permission denied`, ...
  NotFound,     ///< 404 where the endpoint has no "absent" meaning.
  RateLimited,  ///< 429.
  NoLeader,     ///< 500 `No cluster leader`, or X-Consul-KnownLeader: false on a consistent read.
  ServerError,  ///< Other 5xx.
  BadRequest,   ///< Other 4xx.
  Malformed,    ///< 2xx whose body or headers cannot be decoded.
};

/// The word the status and the logs use: "refused", "acl-denied", ...
const char* consulErrorKindName(ConsulErrorKind kind);

class ConsulError : public std::runtime_error {
 public:
  explicit ConsulError(const std::string& what, ConsulErrorKind kind = ConsulErrorKind::Other,
                       int httpStatus = 0)
      : std::runtime_error(what), kind_(kind), httpStatus_(httpStatus) {}
  ConsulErrorKind kind() const { return kind_; }
  /// The HTTP status when Consul answered, else 0.
  int httpStatus() const { return httpStatus_; }

 private:
  ConsulErrorKind kind_;
  int httpStatus_;
};

/// consul-template's QueryOptions as sent to Consul (dc, near, ns, partition, peer,
/// sameness-group, stale/consistent, index/wait).
struct QueryOptions {
  std::string datacenter;
  std::string near;
  std::string nameSpace;
  std::string partition;
  std::string peer;
  std::string samenessGroup;
  bool allowStale = false;
  bool requireConsistent = false;
  uint64_t waitIndex = 0;
  std::chrono::milliseconds waitTime{0};
  /// Not sent. When the answer's X-Consul-Index equals it, an implementation may skip decoding
  /// the body and answer an empty value with QueryMeta::unchanged set (the data is what the
  /// caller already holds at that index).
  uint64_t knownIndex = 0;

  /// QueryOptions.Merge: a copy of this with every non-empty/non-zero field of `o` taking over.
  QueryOptions merged(const QueryOptions& o) const;
};

/// What a response says about itself (X-Consul-Index, X-Consul-LastContact,
/// X-Consul-KnownLeader).
struct QueryMeta {
  uint64_t lastIndex = 0;
  std::chrono::milliseconds lastContact{0};
  bool knownLeader = true;
  /// The index equalled QueryOptions::knownIndex and the value was left empty.
  bool unchanged = false;
};

template <class T>
struct Response {
  T value;
  QueryMeta meta;
};

class ConsulEndpoints {
 public:
  virtual ~ConsulEndpoints() = default;

  /// GET /v1/health/service/<service>[?tag=<tag>][&passing=1]: instances with their node and
  /// checks (node checks first). `passingOnly` drops every instance with a check not passing.
  virtual Response<std::vector<api::ServiceEntry>> healthService(const std::string& service,
                                                                 const std::string& tag,
                                                                 bool passingOnly,
                                                                 const QueryOptions& q) = 0;
  /// GET /v1/catalog/services: service name -> every tag any instance has.
  virtual Response<std::map<std::string, std::vector<std::string>>> catalogServices(
      const QueryOptions& q) = 0;
  /// GET /v1/catalog/nodes.
  virtual Response<std::vector<api::Node>> catalogNodes(const QueryOptions& q) = 0;
  /// GET /v1/catalog/node/<node>: nullopt for an unknown node (Consul answers `null`).
  virtual Response<std::optional<api::CatalogNode>> catalogNode(const std::string& node,
                                                                const QueryOptions& q) = 0;
  /// GET /v1/kv/<key>: nullopt when the key does not exist (Consul answers 404).
  virtual Response<std::optional<api::KVPair>> kvGet(const std::string& key,
                                                     const QueryOptions& q) = 0;
  /// GET /v1/kv/<prefix>?recurse: every pair whose key starts with `prefix`, sorted by key.
  virtual Response<std::vector<api::KVPair>> kvList(const std::string& prefix,
                                                    const QueryOptions& q) = 0;
  /// GET /v1/kv/<prefix>?keys[&separator=<separator>].
  virtual Response<std::vector<std::string>> kvKeys(const std::string& prefix,
                                                    const std::string& separator,
                                                    const QueryOptions& q) = 0;
  /// GET /v1/catalog/datacenters (not blocking).
  virtual std::vector<std::string> catalogDatacenters() = 0;
  /// The local agent's node name (GET /v1/agent/self, Config.NodeName).
  virtual std::string agentNodeName() = 0;
};

}  // namespace hc::consul
