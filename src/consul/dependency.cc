#include "hc/consul/dependency.h"

#include <algorithm>
#include <regex>
#include <utility>

#include "go_text.h"

namespace hc::consul {

namespace {

using detail::goQuote;

// The pieces of consul-template's dependency.go expressions. Go's [[:word:]] is ASCII
// [0-9A-Za-z_]; both engines pick the leftmost-first (Perl) match, so the groups agree.
#define HC_W "0-9A-Za-z_"
constexpr const char* kDc = "(@([" HC_W ".\\-]+))?";
constexpr const char* kKey = "/?([^@?]+)";
constexpr const char* kFilter = "(\\|([" HC_W ",]+))?";
constexpr const char* kServiceName = "([" HC_W "\\-]+)";
constexpr const char* kQuery = "(\\?([" HC_W "\\-=&]+))?";
constexpr const char* kNodeName = "([" HC_W ".\\-]+)";
constexpr const char* kNear = "(~([" HC_W ".\\-]+))?";
constexpr const char* kTag = "(([" HC_W "=:.\\-]+)\\.)?";
#undef HC_W

const std::regex& healthServiceRe() {
  static const std::regex re(std::string(kTag) + kServiceName + kQuery + kDc + kNear + kFilter);
  return re;
}
const std::regex& catalogServicesRe() {
  static const std::regex re(std::string(kQuery) + kDc);
  return re;
}
const std::regex& catalogNodesRe() {
  static const std::regex re(std::string(kQuery) + kDc + kNear);
  return re;
}
const std::regex& catalogNodeRe() {
  static const std::regex re(std::string(kNodeName) + kQuery + kDc);
  return re;
}
const std::regex& kvRe() {  // kv.get, kv.list and kv.keys (keyRe and prefixRe are the same)
  static const std::regex re(std::string(kKey) + kQuery + kDc);
  return re;
}

struct QueryParams {
  std::string ns, partition, peer, samenessGroup;
};

// GetConsulQueryOpts: url.ParseQuery on the `?...` part, keys limited to ns, peer, partition and
// sameness-group; Get() returns the first value of a key. The regex leaves no room for '%', '+'
// or ';', so ParseQuery itself cannot fail here.
QueryParams parseQuery(const std::string& raw, const char* label) {
  QueryParams q;
  bool seenNs = false, seenPartition = false, seenPeer = false, seenSameness = false;
  size_t start = 0;
  while (start <= raw.size()) {
    size_t amp = raw.find('&', start);
    if (amp == std::string::npos) amp = raw.size();
    std::string part = raw.substr(start, amp - start);
    start = amp + 1;
    if (part.empty()) continue;
    size_t eq = part.find('=');
    std::string key = part.substr(0, eq);
    std::string value = eq == std::string::npos ? "" : part.substr(eq + 1);
    auto take = [&](bool& seen, std::string& dst) {
      if (!seen) dst = value;
      seen = true;
    };
    if (key == "ns")
      take(seenNs, q.ns);
    else if (key == "partition")
      take(seenPartition, q.partition);
    else if (key == "peer")
      take(seenPeer, q.peer);
    else if (key == "sameness-group")
      take(seenSameness, q.samenessGroup);
    else
      throw DependencyError(std::string(label) + ": invalid query parameter key " + goQuote(key) +
                            " in query " + goQuote(raw) +
                            ": supported keys: ns,peer,partition,sameness-group");
  }
  return q;
}

std::string group(const std::smatch& m, size_t i) {
  return m[i].matched ? m[i].str() : "";
}

std::string invalidFormat(const char* label, const std::string& s) {
  return std::string(label) + ": invalid format: " + goQuote(s);
}

}  // namespace

Dependency Dependency::healthService(const std::string& s) {
  std::smatch m;
  if (!std::regex_match(s, m, healthServiceRe()))
    throw DependencyError(invalidFormat("health.service", s));
  Dependency d(DependencyKind::HealthService);
  std::string filter = group(m, 11);
  if (!filter.empty()) {
    size_t start = 0;
    while (start <= filter.size()) {
      size_t comma = filter.find(',', start);
      if (comma == std::string::npos) comma = filter.size();
      std::string f = filter.substr(start, comma - start);
      start = comma + 1;
      if (f.empty()) continue;
      if (f != kHealthAny && f != kHealthPassing && f != kHealthWarning && f != kHealthCritical &&
          f != kHealthMaintenance)
        throw DependencyError("health.service: invalid filter: " + goQuote(f) + " in " +
                              goQuote(s));
      d.filters.push_back(f);
    }
    std::sort(d.filters.begin(), d.filters.end());
  } else {
    d.filters = {kHealthPassing};
  }
  QueryParams q = parseQuery(group(m, 5), "health.service");
  if (!q.samenessGroup.empty() && !q.peer.empty())
    throw DependencyError("health.service: cannot specify both peer and sameness-group");
  d.tag = group(m, 2);
  d.name = group(m, 3);
  d.datacenter = group(m, 7);
  d.near = group(m, 9);
  d.nameSpace = q.ns;
  d.partition = q.partition;
  d.peer = q.peer;
  d.samenessGroup = q.samenessGroup;
  d.computeId();
  return d;
}

Dependency Dependency::catalogServices(const std::string& s) {
  std::smatch m;
  if (!std::regex_match(s, m, catalogServicesRe()))
    throw DependencyError(invalidFormat("catalog.services", s));
  QueryParams q = parseQuery(group(m, 2), "catalog.services");
  Dependency d(DependencyKind::CatalogServices);
  d.datacenter = group(m, 4);
  d.nameSpace = q.ns;
  d.partition = q.partition;
  d.computeId();
  return d;
}

Dependency Dependency::catalogNodes(const std::string& s) {
  std::smatch m;
  if (!std::regex_match(s, m, catalogNodesRe()))
    throw DependencyError(invalidFormat("catalog.nodes", s));
  QueryParams q = parseQuery(group(m, 2), "catalog.nodes");
  Dependency d(DependencyKind::CatalogNodes);
  d.datacenter = group(m, 4);
  d.near = group(m, 6);
  d.nameSpace = q.ns;
  d.partition = q.partition;
  d.computeId();
  return d;
}

Dependency Dependency::catalogNode(const std::string& s) {
  Dependency d(DependencyKind::CatalogNode);
  if (!s.empty()) {
    std::smatch m;
    if (!std::regex_match(s, m, catalogNodeRe()))
      throw DependencyError(invalidFormat("catalog.node", s));
    QueryParams q = parseQuery(group(m, 3), "catalog.node");
    d.name = group(m, 1);
    d.datacenter = group(m, 5);
    d.nameSpace = q.ns;
    d.partition = q.partition;
  }
  d.computeId();
  return d;
}

namespace {
Dependency parseKv(Dependency d, const std::string& s, const char* label) {
  if (!s.empty()) {
    std::smatch m;
    if (!std::regex_match(s, m, kvRe())) throw DependencyError(invalidFormat(label, s));
    QueryParams q = parseQuery(group(m, 3), label);
    d.key = group(m, 1);
    d.datacenter = group(m, 5);
    d.nameSpace = q.ns;
    d.partition = q.partition;
  }
  return d;
}
}  // namespace

Dependency Dependency::kvGet(const std::string& s, bool blockOnNil) {
  Dependency d = parseKv(Dependency(DependencyKind::KVGet), s, "kv.get");
  d.blockOnNil = blockOnNil;
  d.computeId();
  return d;
}

Dependency Dependency::kvList(const std::string& s) {
  Dependency d = parseKv(Dependency(DependencyKind::KVList), s, "kv.list");
  d.computeId();
  return d;
}

Dependency Dependency::kvKeys(const std::string& s) {
  Dependency d = parseKv(Dependency(DependencyKind::KVKeys), s, "kv.keys");
  d.computeId();
  return d;
}

Dependency Dependency::catalogDatacenters(bool ignoreFailing) {
  Dependency d(DependencyKind::CatalogDatacenters);
  d.ignoreFailing = ignoreFailing;
  d.computeId();
  return d;
}

void Dependency::computeId() {
  // The suffixes every String() appends in the same order: @dc @partition= @ns=.
  auto scope = [this](std::string base) {
    if (!datacenter.empty()) base += "@" + datacenter;
    if (!partition.empty()) base += "@partition=" + partition;
    if (!nameSpace.empty()) base += "@ns=" + nameSpace;
    return base;
  };
  auto wrap = [](const char* label, const std::string& inner) {
    return inner.empty() ? std::string(label) : std::string(label) + "(" + inner + ")";
  };
  switch (kind_) {
    case DependencyKind::HealthService: {
      std::string n = scope(tag.empty() ? name : tag + "." + name);
      if (!peer.empty()) n += "@peer=" + peer;
      if (!samenessGroup.empty()) n += "@sameness-group=" + samenessGroup;
      if (!near.empty()) n += "~" + near;
      if (!filters.empty()) {
        n += "|";
        for (size_t i = 0; i < filters.size(); ++i) n += (i ? "," : "") + filters[i];
      }
      id_ = "health.service(" + n + ")";
      break;
    }
    case DependencyKind::CatalogServices:
      id_ = wrap("catalog.services", scope(""));
      break;
    case DependencyKind::CatalogNodes: {
      std::string n = scope("");
      if (!near.empty()) n += "~" + near;
      id_ = wrap("catalog.nodes", n);
      break;
    }
    case DependencyKind::CatalogNode:
      id_ = wrap("catalog.node", scope(name));
      break;
    case DependencyKind::KVGet:
      id_ = std::string(blockOnNil ? "kv.block(" : "kv.get(") + scope(key) + ")";
      break;
    case DependencyKind::KVList:
      id_ = "kv.list(" + scope(key) + ")";
      break;
    case DependencyKind::KVKeys:
      id_ = "kv.keys(" + scope(key) + ")";
      break;
    case DependencyKind::CatalogDatacenters:
      id_ = "catalog.datacenters";
      break;
  }
}

}  // namespace hc::consul
