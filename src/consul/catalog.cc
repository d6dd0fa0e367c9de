#include "hc/consul/catalog.h"

#include <algorithm>
#include <set>
#include <utility>

#include "go_text.h"
#include "hc/consul/dependency.h"

namespace hc::consul {

using detail::equalFoldAscii;
using detail::goQuote;
using detail::lowerAscii;

namespace {

bool validStatus(const std::string& s) {
  return s == kHealthPassing || s == kHealthWarning || s == kHealthCritical;
}

bool hasTagFold(const std::vector<std::string>& tags, const std::string& tag) {
  return std::any_of(tags.begin(), tags.end(),
                     [&](const std::string& t) { return equalFoldAscii(t, tag); });
}

// The Go client reports a non-200 answer as "Unexpected response code: CODE (BODY)".
ConsulError httpError(int code, const std::string& body) {
  return ConsulError("Unexpected response code: " + std::to_string(code) + " (" + body + ")");
}

}  // namespace

Catalog::Catalog(std::string datacenter) : datacenter_(std::move(datacenter)) {
  datacenters_[datacenter_];
}

void Catalog::setAgentNodeName(std::string name) {
  std::lock_guard lock(mutex_);
  agentNode_ = std::move(name);
}

uint64_t Catalog::index() const {
  std::lock_guard lock(mutex_);
  return index_;
}

void Catalog::registerEntity(CatalogRegistration r) {
  // Validation and defaults, as the catalog endpoint does before the state store sees it.
  if (r.node.empty()) throw CatalogError("Must provide node");
  if (r.address.empty() && !r.skipNodeUpdate)
    throw CatalogError("Must provide address if SkipNodeUpdate is not set");
  if (r.datacenter.empty()) r.datacenter = datacenter_;
  if (r.service) {
    if (r.service->service.empty()) throw CatalogError("Must provide service name with ID");
    if (r.service->id.empty()) r.service->id = r.service->service;
  }
  for (auto& c : r.checks) {
    if (c.node.empty()) c.node = r.node;
    if (c.node != r.node)
      throw CatalogError("check node " + goQuote(c.node) + " does not match node " +
                         goQuote(r.node));
    if (c.checkID.empty()) c.checkID = c.name;
    if (c.checkID.empty()) throw CatalogError("Must provide a check ID or name");
    if (c.status.empty()) c.status = kHealthCritical;
    if (!validStatus(c.status))
      throw CatalogError("Invalid check status " + goQuote(c.status) +
                         ": want passing, warning or critical");
  }

  std::lock_guard lock(mutex_);
  const NodeRecord* existing = nullptr;
  if (auto dcIt = datacenters_.find(r.datacenter); dcIt != datacenters_.end()) {
    auto n = dcIt->second.nodes.find(lowerAscii(r.node));
    if (n != dcIt->second.nodes.end()) existing = &n->second;
  }
  // A check may only name a service of its node; refuse before changing anything.
  for (const auto& c : r.checks) {
    bool known = c.serviceID.empty() || (r.service && r.service->id == c.serviceID) ||
                 (existing && existing->services.count(c.serviceID));
    if (!known)
      throw CatalogError("failed inserting check: Missing service registration on node " +
                         goQuote(r.node));
  }
  DatacenterState& dc = datacenters_[r.datacenter];
  uint64_t idx = ++index_;
  auto [it, created] = dc.nodes.try_emplace(lowerAscii(r.node));
  NodeRecord& rec = it->second;
  if (created || !r.skipNodeUpdate) {
    api::Node n;
    n.id = r.id;
    n.node = r.node;
    n.address = r.address;
    n.datacenter = r.datacenter;
    n.taggedAddresses = r.taggedAddresses;
    n.meta = r.nodeMeta;
    n.createIndex = created ? idx : rec.node.createIndex;
    n.modifyIndex = idx;
    rec.node = std::move(n);
  }
  if (r.service) {
    api::AgentService s = *r.service;
    auto old = rec.services.find(s.id);
    s.createIndex = old == rec.services.end() ? idx : old->second.createIndex;
    s.modifyIndex = idx;
    std::string nameKey = lowerAscii(s.service);
    if (old != rec.services.end()) {
      // A re-registration may rename the instance's service.
      std::string oldKey = lowerAscii(old->second.service);
      if (oldKey != nameKey) {
        auto byName = dc.instances.find(oldKey);
        byName->second.erase({it->first, s.id});
        if (byName->second.empty()) dc.instances.erase(byName);
      }
    }
    dc.instances[nameKey].emplace(it->first, s.id);
    rec.services[s.id] = std::move(s);
  }
  for (auto& c : r.checks) {
    c.node = rec.node.node;
    c.serviceName.clear();
    c.serviceTags.clear();
    if (!c.serviceID.empty()) {
      const api::AgentService& svc = rec.services.at(c.serviceID);
      c.serviceName = svc.service;
      c.serviceTags = svc.tags;
    }
    auto old = rec.checks.find(c.checkID);
    c.createIndex = old == rec.checks.end() ? idx : old->second.createIndex;
    c.modifyIndex = idx;
    rec.checks[c.checkID] = c;
  }
}

void Catalog::putKey(const std::string& key, std::string value, uint64_t flags,
                     const std::string& datacenter) {
  if (key.empty()) throw CatalogError("Missing key name");
  std::lock_guard lock(mutex_);
  auto& kv = datacenters_[datacenter.empty() ? datacenter_ : datacenter].kv;
  uint64_t idx = ++index_;
  auto [it, created] = kv.try_emplace(key);
  api::KVPair& p = it->second;
  p.key = key;
  p.value = std::move(value);
  p.flags = flags;
  if (created) p.createIndex = idx;
  p.modifyIndex = idx;
}

const Catalog::DatacenterState& Catalog::readable(const QueryOptions& q) const {
  if (!q.nameSpace.empty() && q.nameSpace != "default")
    throw httpError(400,
                    "Bad request: Invalid query parameter: \"ns\" - Namespaces are a Consul "
                    "Enterprise feature");
  if (!q.partition.empty() && q.partition != "default")
    throw httpError(400,
                    "Bad request: Invalid query parameter: \"partition\" - Partitions are a Consul "
                    "Enterprise feature");
  if (!q.samenessGroup.empty())
    throw httpError(
        400,
        "Bad request: Invalid query parameter: \"sameness-group\" - Sameness groups are a Consul "
        "Enterprise feature");
  auto it = datacenters_.find(q.datacenter.empty() ? datacenter_ : q.datacenter);
  if (it == datacenters_.end()) throw httpError(500, "No path to datacenter");
  return it->second;
}

QueryMeta Catalog::meta() const {
  QueryMeta m;
  m.lastIndex = index_;
  return m;
}

Response<std::vector<api::ServiceEntry>> Catalog::healthService(const std::string& service,
                                                                const std::string& tag,
                                                                bool passingOnly,
                                                                const QueryOptions& q) {
  std::lock_guard lock(mutex_);
  const DatacenterState& dc = readable(q);
  Response<std::vector<api::ServiceEntry>> out{{}, meta()};
  if (!q.peer.empty()) return out;  // nothing is imported from peers
  auto byName = dc.instances.find(lowerAscii(service));
  if (byName == dc.instances.end()) return out;
  out.value.reserve(byName->second.size());
  for (const auto& [nodeKey, id] : byName->second) {
    const NodeRecord& rec = dc.nodes.at(nodeKey);
    const api::AgentService& svc = rec.services.at(id);
    if (!tag.empty() && !hasTagFold(svc.tags, tag)) continue;
    api::ServiceEntry e;
    e.node = rec.node;
    e.service = svc;
    for (const auto& [checkID, c] : rec.checks)
      if (c.serviceID.empty()) e.checks.push_back(c);
    for (const auto& [checkID, c] : rec.checks)
      if (c.serviceID == id) e.checks.push_back(c);
    if (passingOnly && std::any_of(e.checks.begin(), e.checks.end(),
                                   [](const auto& c) { return c.status != kHealthPassing; }))
      continue;
    out.value.push_back(std::move(e));
  }
  return out;
}

Response<std::map<std::string, std::vector<std::string>>> Catalog::catalogServices(
    const QueryOptions& q) {
  std::lock_guard lock(mutex_);
  const DatacenterState& dc = readable(q);
  Response<std::map<std::string, std::vector<std::string>>> out{{}, meta()};
  if (!q.peer.empty()) return out;
  for (const auto& [_, rec] : dc.nodes) {
    for (const auto& [id, svc] : rec.services) {
      auto& tags = out.value[svc.service];
      for (const auto& t : svc.tags)
        if (std::find(tags.begin(), tags.end(), t) == tags.end()) tags.push_back(t);
    }
  }
  return out;
}

Response<std::vector<api::Node>> Catalog::catalogNodes(const QueryOptions& q) {
  std::lock_guard lock(mutex_);
  const DatacenterState& dc = readable(q);
  Response<std::vector<api::Node>> out{{}, meta()};
  if (!q.peer.empty()) return out;
  for (const auto& [_, rec] : dc.nodes) out.value.push_back(rec.node);
  return out;
}

Response<std::optional<api::CatalogNode>> Catalog::catalogNode(const std::string& node,
                                                               const QueryOptions& q) {
  std::lock_guard lock(mutex_);
  const DatacenterState& dc = readable(q);
  Response<std::optional<api::CatalogNode>> out{std::nullopt, meta()};
  auto it = dc.nodes.find(lowerAscii(node));
  if (it == dc.nodes.end() || !q.peer.empty()) return out;
  out.value = api::CatalogNode{it->second.node, it->second.services};
  return out;
}

Response<std::optional<api::KVPair>> Catalog::kvGet(const std::string& key, const QueryOptions& q) {
  std::lock_guard lock(mutex_);
  const DatacenterState& dc = readable(q);
  Response<std::optional<api::KVPair>> out{std::nullopt, meta()};
  auto it = dc.kv.find(key);
  if (it != dc.kv.end()) out.value = it->second;
  return out;
}

Response<std::vector<api::KVPair>> Catalog::kvList(const std::string& prefix,
                                                   const QueryOptions& q) {
  std::lock_guard lock(mutex_);
  const DatacenterState& dc = readable(q);
  Response<std::vector<api::KVPair>> out{{}, meta()};
  for (auto it = dc.kv.lower_bound(prefix);
       it != dc.kv.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it)
    out.value.push_back(it->second);
  return out;
}

Response<std::vector<std::string>> Catalog::kvKeys(const std::string& prefix,
                                                   const std::string& separator,
                                                   const QueryOptions& q) {
  std::lock_guard lock(mutex_);
  const DatacenterState& dc = readable(q);
  Response<std::vector<std::string>> out{{}, meta()};
  for (auto it = dc.kv.lower_bound(prefix);
       it != dc.kv.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
    std::string key = it->first;
    if (!separator.empty()) {
      size_t sep = key.find(separator, prefix.size());
      if (sep != std::string::npos) key = key.substr(0, sep + separator.size());
    }
    if (out.value.empty() || out.value.back() != key) out.value.push_back(std::move(key));
  }
  return out;
}

std::vector<std::string> Catalog::catalogDatacenters() {
  std::lock_guard lock(mutex_);
  std::vector<std::string> out;
  for (const auto& [name, _] : datacenters_) out.push_back(name);
  return out;
}

std::string Catalog::agentNodeName() {
  std::lock_guard lock(mutex_);
  if (!agentNode_) throw ConsulError("no local agent: the catalog names no agent node (\"node\")");
  return *agentNode_;
}

}  // namespace hc::consul
