#include "hc/consul/fetch.h"

#include <algorithm>
#include <utility>

namespace hc::consul {

namespace api {

std::string aggregatedStatus(const std::vector<HealthCheck>& checks) {
  bool passing = false, warning = false, critical = false, maintenance = false;
  for (const auto& c : checks) {
    if (c.checkID == "_node_maintenance" || c.checkID.rfind("_service_maintenance:", 0) == 0) {
      maintenance = true;
      continue;
    }
    if (c.status == kHealthPassing)
      passing = true;
    else if (c.status == kHealthWarning)
      warning = true;
    else if (c.status == kHealthCritical)
      critical = true;
    else
      return "";
  }
  (void)passing;  // Go tracks it too; with no worse status the answer is passing either way.
  if (maintenance) return kHealthMaintenance;
  if (critical) return kHealthCritical;
  if (warning) return kHealthWarning;
  return kHealthPassing;
}

}  // namespace api

QueryOptions QueryOptions::merged(const QueryOptions& o) const {
  QueryOptions r = *this;
  if (o.allowStale) r.allowStale = true;
  if (!o.datacenter.empty()) r.datacenter = o.datacenter;
  if (!o.near.empty()) r.near = o.near;
  if (o.requireConsistent) r.requireConsistent = true;
  if (o.waitIndex != 0) r.waitIndex = o.waitIndex;
  if (o.waitTime.count() != 0) r.waitTime = o.waitTime;
  if (!o.nameSpace.empty()) r.nameSpace = o.nameSpace;
  if (!o.partition.empty()) r.partition = o.partition;
  if (!o.peer.empty()) r.peer = o.peer;
  if (!o.samenessGroup.empty()) r.samenessGroup = o.samenessGroup;
  if (o.knownIndex != 0) r.knownIndex = o.knownIndex;
  return r;
}

bool FetchResult::storable() const {
  if (meta.unchanged) return false;
  const auto* kv = std::get_if<KeyValue>(&data);
  return !(blockOnNil && kv != nullptr && !kv->exists);
}

bool acceptStatus(const std::vector<std::string>& filters, const std::string& status) {
  for (const auto& f : filters)
    if (f == status || f == kHealthAny) return true;
  return false;
}

namespace {

std::vector<std::string> sortedTags(std::vector<std::string> tags) {
  std::sort(tags.begin(), tags.end());
  return tags;
}

// Key relative to the queried prefix: strings.TrimLeft(strings.TrimPrefix(key, prefix), "/").
std::string relativeKey(const std::string& key, const std::string& prefix) {
  size_t start = key.compare(0, prefix.size(), prefix) == 0 ? prefix.size() : 0;
  while (start < key.size() && key[start] == '/') ++start;
  return key.substr(start);
}

Node nodeFrom(const api::Node& n) {
  return Node{n.id, n.node, n.address, n.datacenter, n.taggedAddresses, n.meta};
}

// The options a dependency adds to the watcher's (opts.Merge(&QueryOptions{...}) in Go).
QueryOptions dependencyOptions(const Dependency& d) {
  QueryOptions q;
  q.datacenter = d.datacenter;
  q.near = d.near;
  q.nameSpace = d.nameSpace;
  q.partition = d.partition;
  q.peer = d.peer;
  q.samenessGroup = d.samenessGroup;
  return q;
}

FetchResult fetchUnwrapped(const Dependency& d, ConsulEndpoints& consul, const QueryOptions& base) {
  FetchResult r;
  switch (d.kind()) {
    case DependencyKind::HealthService: {
      auto resp =
          consul.healthService(d.name, d.tag, d.passingOnly(), base.merged(dependencyOptions(d)));
      r.data = healthServicesFrom(d, resp.value);
      r.meta = resp.meta;
      break;
    }
    case DependencyKind::CatalogServices: {
      // Go merges the other way round here (defaultOpts.Merge(opts)).
      auto resp = consul.catalogServices(dependencyOptions(d).merged(base));
      r.data = catalogSnippetsFrom(resp.value);
      r.meta = resp.meta;
      break;
    }
    case DependencyKind::CatalogNodes: {
      auto resp = consul.catalogNodes(base.merged(dependencyOptions(d)));
      r.data = nodesFrom(d, resp.value);
      r.meta = resp.meta;
      break;
    }
    case DependencyKind::CatalogNode: {
      std::string name = d.name.empty() ? consul.agentNodeName() : d.name;
      auto resp = consul.catalogNode(name, base.merged(dependencyOptions(d)));
      r.data = catalogNodeFrom(resp.value);
      r.meta = resp.meta;
      break;
    }
    case DependencyKind::KVGet: {
      auto resp = consul.kvGet(d.key, base.merged(dependencyOptions(d)));
      KeyValue kv;
      if (resp.value) kv = KeyValue{true, resp.value->value};
      r.data = kv;
      r.meta = resp.meta;
      r.blockOnNil = d.blockOnNil;
      break;
    }
    case DependencyKind::KVList: {
      auto resp = consul.kvList(d.key, base.merged(dependencyOptions(d)));
      r.data = keyPairsFrom(d.key, resp.value);
      r.meta = resp.meta;
      break;
    }
    case DependencyKind::KVKeys: {
      auto resp = consul.kvKeys(d.key, "", base.merged(dependencyOptions(d)));
      r.data = keysFrom(d.key, resp.value);
      r.meta = resp.meta;
      break;
    }
    case DependencyKind::CatalogDatacenters: {
      std::vector<std::string> dcs = consul.catalogDatacenters();
      if (d.ignoreFailing) {
        std::vector<std::string> answering;
        for (const auto& dc : dcs) {
          QueryOptions probe;
          probe.datacenter = dc;
          probe.requireConsistent = true;
          try {
            consul.catalogServices(probe);
            answering.push_back(dc);
          } catch (const ConsulError&) {
            // A datacenter that fails to answer is what ignoreFailing leaves out.
          }
        }
        dcs = std::move(answering);
      }
      std::sort(dcs.begin(), dcs.end());
      r.data = std::move(dcs);
      break;
    }
  }
  return r;
}

}  // namespace

FetchResult fetch(const Dependency& d, ConsulEndpoints& consul, const QueryOptions& base) {
  try {
    return fetchUnwrapped(d, consul, base);
  } catch (const ConsulError& e) {
    throw ConsulError(d.id() + ": " + e.what(), e.kind(), e.httpStatus());
  }
}

std::vector<HealthService> healthServicesFrom(const Dependency& d,
                                              const std::vector<api::ServiceEntry>& entries) {
  std::vector<HealthService> list;
  list.reserve(entries.size());
  for (const auto& e : entries) {
    std::string status = api::aggregatedStatus(e.checks);
    if (!acceptStatus(d.filters, status)) continue;
    HealthService s;
    s.node = e.node.node;
    s.nodeID = e.node.id;
    s.nodeAddress = e.node.address;
    s.nodeTaggedAddresses = e.node.taggedAddresses;
    s.nodeMeta = e.node.meta;
    s.serviceMeta = e.service.meta;
    s.address = e.service.address.empty() ? e.node.address : e.service.address;
    s.serviceTaggedAddresses = e.service.taggedAddresses;
    s.id = e.service.id;
    s.name = e.service.service;
    s.tags = sortedTags(e.service.tags);
    s.checks = e.checks;
    s.status = std::move(status);
    s.port = e.service.port;
    s.weights = e.service.weights;
    list.push_back(std::move(s));
  }
  if (d.near.empty()) {
    std::stable_sort(list.begin(), list.end(), [](const HealthService& a, const HealthService& b) {
      return a.node < b.node || (a.node == b.node && a.id < b.id);
    });
  }
  return list;
}

std::vector<CatalogSnippet> catalogSnippetsFrom(
    const std::map<std::string, std::vector<std::string>>& services) {
  std::vector<CatalogSnippet> list;
  list.reserve(services.size());
  for (const auto& [name, tags] : services) list.push_back(CatalogSnippet{name, sortedTags(tags)});
  return list;  // std::map iterates in byte order of the name: Go's sort by Name.
}

std::vector<Node> nodesFrom(const Dependency& d, const std::vector<api::Node>& nodes) {
  std::vector<Node> list;
  list.reserve(nodes.size());
  for (const auto& n : nodes) list.push_back(nodeFrom(n));
  if (d.near.empty()) {
    std::stable_sort(list.begin(), list.end(), [](const Node& a, const Node& b) {
      if (a.node == b.node) return a.address < b.address;
      return a.node < b.node;
    });
  }
  return list;
}

CatalogNode catalogNodeFrom(const std::optional<api::CatalogNode>& node) {
  CatalogNode out;
  if (!node) return out;
  out.node = nodeFrom(node->node);
  for (const auto& [id, s] : node->services) {
    out.services.push_back(CatalogNodeService{s.id, s.service, sortedTags(s.tags), s.meta, s.port,
                                              s.address, s.enableTagOverride});
  }
  std::stable_sort(out.services.begin(), out.services.end(),
                   [](const CatalogNodeService& a, const CatalogNodeService& b) {
                     if (a.service == b.service) return a.id < b.id;
                     return a.service < b.service;
                   });
  return out;
}

std::vector<KeyPair> keyPairsFrom(const std::string& prefix,
                                  const std::vector<api::KVPair>& pairs) {
  std::vector<KeyPair> list;
  list.reserve(pairs.size());
  for (const auto& p : pairs) {
    list.push_back(KeyPair{p.key, relativeKey(p.key, prefix), p.value, p.createIndex, p.modifyIndex,
                           p.lockIndex, p.flags, p.session});
  }
  return list;
}

std::vector<std::string> keysFrom(const std::string& prefix, const std::vector<std::string>& keys) {
  std::vector<std::string> list;
  list.reserve(keys.size());
  for (const auto& k : keys) list.push_back(relativeKey(k, prefix));
  return list;
}

}  // namespace hc::consul
