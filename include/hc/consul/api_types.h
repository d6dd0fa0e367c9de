#pragma once
// Consul's HTTP API data as plain C++ structs: what the endpoints return (the Go client's
// github.com/hashicorp/consul/api types, v1.34.x, as used by consul-template v0.42.1). The fetch
// step (fetch.h) turns these into consul-template's dependency data.
//
// Field names follow the Go structs in lowerCamelCase; "nil" Go maps are empty maps here.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace hc::consul::api {

using StringMap = std::map<std::string, std::string>;

/// api.AgentWeights.
struct AgentWeights {
  int passing = 1;
  int warning = 1;
};

/// api.ServiceAddress (values of a service's TaggedAddresses).
struct ServiceAddress {
  std::string address;
  int port = 0;
};

/// api.HealthCheckDefinition. Durations are nanoseconds (Go time.Duration); the Go struct's
/// IntervalDuration/Interval pairs hold the same value after decoding, so one field each.
struct HealthCheckDefinition {
  std::string http;
  std::map<std::string, std::vector<std::string>> header;
  std::string method;
  std::string body;
  std::string tlsServerName;
  bool tlsSkipVerify = false;
  std::string tcp;
  std::string udp;
  std::string grpc;
  std::string osService;
  bool grpcUseTLS = false;
  int64_t interval = 0;
  int64_t timeout = 0;
  int64_t deregisterCriticalServiceAfter = 0;
};

/// api.HealthCheck.
struct HealthCheck {
  std::string node;
  std::string checkID;
  std::string name;
  std::string status;  ///< passing | warning | critical
  std::string notes;
  std::string output;
  std::string serviceID;  ///< "" for a node-level check.
  std::string serviceName;
  std::vector<std::string> serviceTags;
  std::string type;
  std::string nameSpace;
  std::string partition;
  int exposedPort = 0;
  std::string peerName;
  HealthCheckDefinition definition;
  uint64_t createIndex = 0;
  uint64_t modifyIndex = 0;
};

/// api.Node (catalog nodes, and the Node of a health entry).
struct Node {
  std::string id;  ///< Node UUID, may be "".
  std::string node;
  std::string address;
  std::string datacenter;
  StringMap taggedAddresses;
  StringMap meta;
  uint64_t createIndex = 0;
  uint64_t modifyIndex = 0;
};

/// api.AgentService (the Service of a health entry and of a catalog node).
struct AgentService {
  std::string kind;
  std::string id;
  std::string service;
  std::vector<std::string> tags;
  StringMap meta;
  int port = 0;
  std::string address;
  std::map<std::string, ServiceAddress> taggedAddresses;
  AgentWeights weights;
  bool enableTagOverride = false;
  uint64_t createIndex = 0;
  uint64_t modifyIndex = 0;
};

/// api.ServiceEntry: one element of GET /v1/health/service/<name>.
struct ServiceEntry {
  Node node;
  AgentService service;
  std::vector<HealthCheck> checks;  ///< Node-level checks first, then the instance's own.
};

/// api.CatalogNode: GET /v1/catalog/node/<name>.
struct CatalogNode {
  Node node;
  std::map<std::string, AgentService> services;  ///< By service ID.
};

/// api.KVPair.
struct KVPair {
  std::string key;
  uint64_t createIndex = 0;
  uint64_t modifyIndex = 0;
  uint64_t lockIndex = 0;
  uint64_t flags = 0;
  std::string value;  ///< Raw bytes (decoded from Consul's base64).
  std::string session;
};

/// api.HealthChecks.AggregatedStatus: maintenance (a `_node_maintenance` check or one whose ID
/// starts with `_service_maintenance:`) > critical > warning > passing; "passing" for no checks;
/// "" as soon as a check has a status other than passing, warning or critical.
std::string aggregatedStatus(const std::vector<HealthCheck>& checks);

bool operator==(const AgentWeights& a, const AgentWeights& b);
bool operator==(const ServiceAddress& a, const ServiceAddress& b);
bool operator==(const HealthCheckDefinition& a, const HealthCheckDefinition& b);
bool operator==(const HealthCheck& a, const HealthCheck& b);
bool operator==(const Node& a, const Node& b);
bool operator==(const AgentService& a, const AgentService& b);
bool operator==(const KVPair& a, const KVPair& b);

}  // namespace hc::consul::api
