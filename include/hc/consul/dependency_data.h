#pragma once
// consul-template's dependency results (dependency/*.go): what a watch stores in the Brain and
// what the template functions hand to templates, after consul-template's client-side filtering
// and sorting. template_values.h turns them into template Values with the Go names.
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "hc/consul/api_types.h"

namespace hc::consul {

/// dependency.HealthService: one instance returned by `service`.
struct HealthService {
  std::string node;
  std::string nodeID;
  std::string nodeAddress;
  api::StringMap nodeTaggedAddresses;
  api::StringMap nodeMeta;
  api::StringMap serviceMeta;
  std::string address;  ///< Service address, else the node's.
  std::map<std::string, api::ServiceAddress> serviceTaggedAddresses;
  std::string id;
  std::string name;
  std::vector<std::string> tags;  ///< Sorted.
  std::vector<api::HealthCheck> checks;
  std::string status;  ///< api::aggregatedStatus(checks).
  int port = 0;
  api::AgentWeights weights;
};

/// dependency.CatalogSnippet: one element of `services`.
struct CatalogSnippet {
  std::string name;
  std::vector<std::string> tags;  ///< Sorted.
};

/// dependency.Node: one element of `nodes`, and CatalogNode's Node.
struct Node {
  std::string id;
  std::string node;
  std::string address;
  std::string datacenter;
  api::StringMap taggedAddresses;
  api::StringMap meta;
};

/// dependency.CatalogNodeService.
struct CatalogNodeService {
  std::string id;
  std::string service;
  std::vector<std::string> tags;  ///< Sorted.
  api::StringMap meta;
  int port = 0;
  std::string address;
  bool enableTagOverride = false;
};

/// dependency.CatalogNode: the result of `node`. An unknown node gives an empty CatalogNode
/// (node is nullopt: Go's nil *Node; services empty: Go's nil slice).
struct CatalogNode {
  std::optional<Node> node;
  std::vector<CatalogNodeService> services;  ///< Sorted by Service, then ID.
};

/// dependency.KeyPair: one element of `ls`/`tree`.
struct KeyPair {
  std::string path;  ///< Full key.
  std::string key;   ///< Key relative to the queried prefix, leading '/' trimmed.
  std::string value;
  uint64_t createIndex = 0;
  uint64_t modifyIndex = 0;
  uint64_t lockIndex = 0;
  uint64_t flags = 0;
  std::string session;
};

/// kv.get's result: the key's value, or absent (Go's nil).
struct KeyValue {
  bool exists = false;
  std::string value;
};

/// One dependency's data. Alternatives by kind:
///   HealthService       std::vector<HealthService>
///   CatalogServices     std::vector<CatalogSnippet>
///   CatalogNodes        std::vector<Node>
///   CatalogNode         CatalogNode
///   KVGet               KeyValue
///   KVList              std::vector<KeyPair>
///   KVKeys, CatalogDatacenters   std::vector<std::string>
using DependencyData =
    std::variant<std::vector<HealthService>, std::vector<CatalogSnippet>, std::vector<Node>,
                 CatalogNode, KeyValue, std::vector<KeyPair>, std::vector<std::string>>;

bool operator==(const HealthService& a, const HealthService& b);
bool operator==(const CatalogSnippet& a, const CatalogSnippet& b);
bool operator==(const Node& a, const Node& b);
bool operator==(const CatalogNodeService& a, const CatalogNodeService& b);
bool operator==(const CatalogNode& a, const CatalogNode& b);
bool operator==(const KeyPair& a, const KeyPair& b);
bool operator==(const KeyValue& a, const KeyValue& b);

}  // namespace hc::consul
