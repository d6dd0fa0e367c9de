#include "hc/consul/template_values.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "go_text.h"

namespace hc::consul {

using tmpl::NumType;
using tmpl::StructType;
using tmpl::Value;

namespace {

std::shared_ptr<const StructType> makeType(std::string name, bool pointer,
                                           std::vector<std::string> fields) {
  auto t = std::make_shared<StructType>();
  t->name = std::move(name);
  t->pointer = pointer;
  t->fields = std::move(fields);
  return t;
}

const std::shared_ptr<const StructType>& healthServiceType() {
  static const auto t = makeType(
      "dependency.HealthService", true,
      {"Node", "NodeID", "NodeAddress", "NodeTaggedAddresses", "NodeMeta", "ServiceMeta", "Address",
       "ServiceTaggedAddresses", "ID", "Name", "Tags", "Checks", "Status", "Port", "Weights"});
  return t;
}

const std::shared_ptr<const StructType>& healthCheckType() {
  static const auto t =
      makeType("api.HealthCheck", true,
               {"Node", "CheckID", "Name", "Status", "Notes", "Output", "ServiceID", "ServiceName",
                "ServiceTags", "Type", "Namespace", "Partition", "ExposedPort", "PeerName",
                "Definition", "CreateIndex", "ModifyIndex"});
  return t;
}

const std::shared_ptr<const StructType>& checkDefinitionType() {
  static const auto t =
      makeType("api.HealthCheckDefinition", false,
               {"HTTP", "Header", "Method", "Body", "TLSServerName", "TLSSkipVerify", "TCP", "UDP",
                "GRPC", "OSService", "GRPCUseTLS", "IntervalDuration", "TimeoutDuration",
                "DeregisterCriticalServiceAfterDuration", "Interval", "Timeout",
                "DeregisterCriticalServiceAfter"});
  return t;
}

const std::shared_ptr<const StructType>& weightsType() {
  static const auto t = makeType("api.AgentWeights", false, {"Passing", "Warning"});
  return t;
}

const std::shared_ptr<const StructType>& serviceAddressType() {
  static const auto t = makeType("api.ServiceAddress", false, {"Address", "Port"});
  return t;
}

const std::shared_ptr<const StructType>& catalogSnippetType() {
  static const auto t = makeType("dependency.CatalogSnippet", true, {"Name", "Tags"});
  return t;
}

const std::shared_ptr<const StructType>& nodeType() {
  static const auto t = makeType(
      "dependency.Node", true, {"ID", "Node", "Address", "Datacenter", "TaggedAddresses", "Meta"});
  return t;
}

const std::shared_ptr<const StructType>& catalogNodeType() {
  static const auto t = makeType("dependency.CatalogNode", true, {"Node", "Services"});
  return t;
}

const std::shared_ptr<const StructType>& catalogNodeServiceType() {
  static const auto t =
      makeType("dependency.CatalogNodeService", true,
               {"ID", "Service", "Tags", "Meta", "Port", "Address", "EnableTagOverride"});
  return t;
}

const std::shared_ptr<const StructType>& keyPairType() {
  static const auto t = makeType(
      "dependency.KeyPair", true,
      {"Path", "Key", "Value", "CreateIndex", "ModifyIndex", "LockIndex", "Flags", "Session"});
  return t;
}

// api.HealthChecks' methods: AggregatedStatus() string.
std::shared_ptr<const std::vector<
    std::pair<std::string, std::function<Value(const Value&, std::vector<Value>&)>>>>
healthChecksMethods() {
  using MethodList =
      std::vector<std::pair<std::string, std::function<Value(const Value&, std::vector<Value>&)>>>;
  static const auto methods = std::make_shared<const MethodList>(
      MethodList{{"AggregatedStatus", [](const Value& self, std::vector<Value>&) {
                    // Recomputed from the values so the method also works on lists built elsewhere.
                    std::vector<api::HealthCheck> checks;
                    for (const auto& item : self.asList().items) {
                      if (item.kind() != tmpl::Kind::Struct) continue;
                      api::HealthCheck c;
                      if (const Value* id = item.field("CheckID")) c.checkID = id->asString();
                      if (const Value* st = item.field("Status")) c.status = st->asString();
                      checks.push_back(std::move(c));
                    }
                    return Value::string(api::aggregatedStatus(checks));
                  }}});
  return methods;
}

// ---- Values shared within one conversion ---------------------------------------------------
//
// Values are immutable, and sharing one between several structs is not observable (strings and
// numbers compare by value; lists and maps are not comparable; only pointers to structs compare
// by identity, and those are never shared). So a conversion shares repeated strings (node names,
// addresses, statuses ...), equal tag lists and weights, and every empty map: far fewer
// allocations, and the data a template reads is denser in memory.

Value emptyString() {
  static const Value v = Value::string(std::string());
  return v;
}

/// A map Value of `type` over entries already sorted and unique (a std::map's), sharing `zero`.
Value sortedMap(std::vector<std::pair<std::string, Value>> entries, const char* type,
                const std::shared_ptr<const Value>& zero) {
  auto m = std::make_shared<tmpl::MapData>();
  m->entries = std::move(entries);
  m->type = type;
  m->zero = zero;
  return Value::map(std::shared_ptr<const tmpl::MapData>(std::move(m)));
}

const std::shared_ptr<const Value>& emptyStringZero() {
  static const auto zero = std::make_shared<const Value>(emptyString());
  return zero;
}

Value goInt(int i) {
  return Value::integer(i, NumType::Int);
}
Value goUint64(uint64_t u) {
  return Value::uinteger(u, NumType::Uint64);
}

class Converter {
 public:
  /// A string likely repeated (names, addresses, statuses): shared.
  Value str(const std::string& s) {
    if (s.empty()) return emptyString();
    auto it = strings_.find(s);
    if (it != strings_.end()) return it->second;
    Value v = Value::string(s);
    strings_.emplace(v.asString(), v);  // The key views the Value's own text.
    return v;
  }
  /// A string likely unique (IDs): not looked up.
  static Value unique(const std::string& s) { return s.empty() ? emptyString() : Value::string(s); }

  Value duration(int64_t ns) { return str(detail::formatGoDuration(ns)); }

  Value stringMap(const api::StringMap& m) {
    static const Value empty = sortedMap({}, "map[string]string", emptyStringZero());
    if (m.empty()) return empty;
    std::vector<std::pair<std::string, Value>> entries;
    entries.reserve(m.size());
    for (const auto& [k, v] : m) entries.emplace_back(k, str(v));
    return sortedMap(std::move(entries), "map[string]string", emptyStringZero());
  }

  /// A []string-kind list of `type` (equal lists are shared).
  Value stringList(const std::vector<std::string>& items, const char* type) {
    std::string key = type;
    for (const auto& t : items) {
      key += '\0';
      key += t;
    }
    auto it = lists_.find(key);
    if (it != lists_.end()) return it->second;
    std::vector<Value> values;
    values.reserve(items.size());
    for (const auto& t : items) values.push_back(str(t));
    Value v = Value::list(std::move(values), type);
    lists_.emplace(std::move(key), v);
    return v;
  }

  Value weights(const api::AgentWeights& w) {
    auto [it, added] = weights_.try_emplace({w.passing, w.warning});
    if (added) it->second = Value::structure(weightsType(), {goInt(w.passing), goInt(w.warning)});
    return it->second;
  }

  Value serviceAddress(const api::ServiceAddress& a) {
    return Value::structure(serviceAddressType(), {str(a.address), goInt(a.port)});
  }

  Value serviceAddresses(const std::map<std::string, api::ServiceAddress>& m) {
    static const auto zero = std::make_shared<const Value>(
        Value::structure(serviceAddressType(), {emptyString(), goInt(0)}));
    static const Value empty = sortedMap({}, "map[string]api.ServiceAddress", zero);
    if (m.empty()) return empty;
    std::vector<std::pair<std::string, Value>> entries;
    entries.reserve(m.size());
    for (const auto& [k, v] : m) entries.emplace_back(k, serviceAddress(v));
    return sortedMap(std::move(entries), "map[string]api.ServiceAddress", zero);
  }

  Value checkDefinition(const api::HealthCheckDefinition& d) {
    static const auto headerZero = std::make_shared<const Value>(Value::list({}, "[]string"));
    static const Value emptyHeader = sortedMap({}, "map[string][]string", headerZero);
    // Most checks have no definition: they share one Value.
    bool blank = d.http.empty() && d.header.empty() && d.method.empty() && d.body.empty() &&
                 d.tlsServerName.empty() && !d.tlsSkipVerify && d.tcp.empty() && d.udp.empty() &&
                 d.grpc.empty() && d.osService.empty() && !d.grpcUseTLS && d.interval == 0 &&
                 d.timeout == 0 && d.deregisterCriticalServiceAfter == 0;
    if (blank && blankDefinition_.valid()) return blankDefinition_;
    Value header = emptyHeader;
    if (!d.header.empty()) {
      std::vector<std::pair<std::string, Value>> entries;
      entries.reserve(d.header.size());
      for (const auto& [k, v] : d.header) entries.emplace_back(k, stringList(v, "[]string"));
      header = sortedMap(std::move(entries), "map[string][]string", headerZero);
    }
    Value interval = duration(d.interval), timeout = duration(d.timeout),
          deregister = duration(d.deregisterCriticalServiceAfter);
    std::vector<Value> f;
    f.reserve(17);
    f.push_back(str(d.http));
    f.push_back(std::move(header));
    f.push_back(str(d.method));
    f.push_back(str(d.body));
    f.push_back(str(d.tlsServerName));
    f.push_back(Value::boolean(d.tlsSkipVerify));
    f.push_back(str(d.tcp));
    f.push_back(str(d.udp));
    f.push_back(str(d.grpc));
    f.push_back(str(d.osService));
    f.push_back(Value::boolean(d.grpcUseTLS));
    f.push_back(interval);
    f.push_back(timeout);
    f.push_back(deregister);
    f.push_back(std::move(interval));
    f.push_back(std::move(timeout));
    f.push_back(std::move(deregister));
    Value v = Value::structure(checkDefinitionType(), std::move(f));
    if (blank) blankDefinition_ = v;
    return v;
  }

  Value check(const api::HealthCheck& c) {
    Value definition = checkDefinition(c.definition);
    Value serviceTags = stringList(c.serviceTags, "[]string");
    std::vector<Value> f;
    f.reserve(17);
    f.push_back(str(c.node));
    f.push_back(unique(c.checkID));
    f.push_back(str(c.name));
    f.push_back(str(c.status));
    f.push_back(str(c.notes));
    f.push_back(str(c.output));
    f.push_back(str(c.serviceID));
    f.push_back(str(c.serviceName));
    f.push_back(std::move(serviceTags));
    f.push_back(str(c.type));
    f.push_back(str(c.nameSpace));
    f.push_back(str(c.partition));
    f.push_back(goInt(c.exposedPort));
    f.push_back(str(c.peerName));
    f.push_back(std::move(definition));
    f.push_back(goUint64(c.createIndex));
    f.push_back(goUint64(c.modifyIndex));
    return Value::structure(healthCheckType(), std::move(f));
  }

  Value checks(const std::vector<api::HealthCheck>& checks) {
    auto data = std::make_shared<tmpl::ListData>();
    data->type = kHealthChecksType;
    data->items.reserve(checks.size());
    for (const auto& c : checks) data->items.push_back(check(c));
    data->methods = healthChecksMethods();
    return Value::list(std::shared_ptr<const tmpl::ListData>(std::move(data)));
  }

  /// The fields of a HealthService templates rarely read, built apart from the others (see
  /// healthServices).
  struct ServiceDetails {
    Value nodeTaggedAddresses, nodeMeta, serviceMeta, serviceTaggedAddresses, tags, checks;
  };
  ServiceDetails details(const HealthService& s) {
    return ServiceDetails{stringMap(s.nodeTaggedAddresses),
                          stringMap(s.nodeMeta),
                          stringMap(s.serviceMeta),
                          serviceAddresses(s.serviceTaggedAddresses),
                          stringList(s.tags, kServiceTagsType),
                          checks(s.checks)};
  }
  Value healthService(const HealthService& s, ServiceDetails d) {
    std::vector<Value> f;
    f.reserve(15);
    // The instances of one service are mostly on different nodes: their node names and
    // addresses are not looked up, but allocated next to the fields.
    f.push_back(unique(s.node));
    Value nodeAddress = unique(s.nodeAddress);
    f.push_back(str(s.nodeID));
    f.push_back(nodeAddress);
    f.push_back(std::move(d.nodeTaggedAddresses));
    f.push_back(std::move(d.nodeMeta));
    f.push_back(std::move(d.serviceMeta));
    f.push_back(s.address == s.nodeAddress ? std::move(nodeAddress) : unique(s.address));
    f.push_back(std::move(d.serviceTaggedAddresses));
    f.push_back(unique(s.id));
    f.push_back(str(s.name));
    f.push_back(std::move(d.tags));
    f.push_back(std::move(d.checks));
    f.push_back(str(s.status));
    f.push_back(goInt(s.port));
    f.push_back(weights(s.weights));
    return Value::structure(healthServiceType(), std::move(f));
  }

  Value healthServices(const std::vector<HealthService>& list) {
    // The details of every instance first, then the fields templates read (Node, Address, ID,
    // Port ...): those of consecutive instances then lie next to each other in memory, which
    // makes a range over thousands of instances much faster.
    std::vector<ServiceDetails> details;
    details.reserve(list.size());
    for (const auto& s : list) details.push_back(this->details(s));
    std::vector<Value> values;
    values.reserve(list.size());
    for (size_t i = 0; i < list.size(); ++i)
      values.push_back(healthService(list[i], std::move(details[i])));
    return Value::list(std::move(values), kHealthServiceListType);
  }

  Value catalogSnippet(const CatalogSnippet& s) {
    return Value::structure(catalogSnippetType(),
                            {str(s.name), stringList(s.tags, kServiceTagsType)});
  }

  Value node(const Node& n) {
    return Value::structure(nodeType(),
                            {unique(n.id), str(n.node), str(n.address), str(n.datacenter),
                             stringMap(n.taggedAddresses), stringMap(n.meta)});
  }

  Value catalogNodeService(const CatalogNodeService& s) {
    return Value::structure(
        catalogNodeServiceType(),
        {unique(s.id), str(s.service), stringList(s.tags, kServiceTagsType), stringMap(s.meta),
         goInt(s.port), str(s.address), Value::boolean(s.enableTagOverride)});
  }

  Value keyPair(const KeyPair& p) {
    return Value::structure(
        keyPairType(),
        {str(p.path), unique(p.key), unique(p.value), goUint64(p.createIndex),
         goUint64(p.modifyIndex), goUint64(p.lockIndex), goUint64(p.flags), str(p.session)});
  }

  template <class T, class F>
  Value listOf(const std::vector<T>& items, const char* type, F convert) {
    std::vector<Value> values;
    values.reserve(items.size());
    for (const auto& item : items) values.push_back((this->*convert)(item));
    return Value::list(std::move(values), type);
  }

 private:
  std::unordered_map<std::string_view, Value> strings_;
  std::unordered_map<std::string, Value> lists_;
  std::map<std::pair<int, int>, Value> weights_;
  Value blankDefinition_;
};

}  // namespace

Value toValue(const api::HealthCheck& c) {
  return Converter().check(c);
}

Value toValue(const std::vector<api::HealthCheck>& checks) {
  return Converter().checks(checks);
}

Value toValue(const HealthService& s) {
  Converter c;
  return c.healthService(s, c.details(s));
}

Value toValue(const std::vector<HealthService>& list) {
  return Converter().healthServices(list);
}

Value toValue(const CatalogSnippet& s) {
  return Converter().catalogSnippet(s);
}

Value toValue(const std::vector<CatalogSnippet>& list) {
  return Converter().listOf(list, kCatalogSnippetListType, &Converter::catalogSnippet);
}

Value toValue(const Node& n) {
  return Converter().node(n);
}

Value toValue(const std::vector<Node>& list) {
  return Converter().listOf(list, kNodeListType, &Converter::node);
}

Value toValue(const CatalogNode& n) {
  Converter c;
  std::vector<Value> services;
  services.reserve(n.services.size());
  for (const auto& s : n.services) services.push_back(c.catalogNodeService(s));
  return Value::structure(catalogNodeType(),
                          {n.node ? c.node(*n.node) : Value::nilOf("*dependency.Node"),
                           Value::list(std::move(services), "[]*dependency.CatalogNodeService")});
}

Value toValue(const KeyPair& p) {
  return Converter().keyPair(p);
}

Value toValue(const std::vector<KeyPair>& list) {
  return Converter().listOf(list, kKeyPairListType, &Converter::keyPair);
}

Value toValue(const KeyValue& kv) {
  return kv.exists ? Value::string(kv.value) : Value();
}

Value toValue(const std::vector<std::string>& list) {
  return Value::stringList(list, "[]string");
}

Value toValue(const DependencyData& data) {
  return std::visit([](const auto& d) { return toValue(d); }, data);
}

}  // namespace hc::consul
