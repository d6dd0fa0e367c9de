#include "hc/consul/template_values.h"

#include <memory>
#include <utility>

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

Value str(const std::string& s) {
  return Value::string(s);
}
Value goInt(int i) {
  return Value::integer(i, NumType::Int);
}
Value goUint64(uint64_t u) {
  return Value::uinteger(u, NumType::Uint64);
}
Value duration(int64_t ns) {
  return Value::string(detail::formatGoDuration(ns));
}

Value stringMap(const api::StringMap& m) {
  std::vector<std::pair<std::string, Value>> entries;
  entries.reserve(m.size());
  for (const auto& [k, v] : m) entries.emplace_back(k, str(v));
  return Value::map(std::move(entries), "map[string]string", str(""));
}

Value serviceTags(const std::vector<std::string>& tags) {
  return Value::stringList(tags, kServiceTagsType);
}

Value weights(const api::AgentWeights& w) {
  return Value::structure(weightsType(), {goInt(w.passing), goInt(w.warning)});
}

Value serviceAddress(const api::ServiceAddress& a) {
  return Value::structure(serviceAddressType(), {str(a.address), goInt(a.port)});
}

Value serviceAddresses(const std::map<std::string, api::ServiceAddress>& m) {
  std::vector<std::pair<std::string, Value>> entries;
  entries.reserve(m.size());
  for (const auto& [k, v] : m) entries.emplace_back(k, serviceAddress(v));
  return Value::map(std::move(entries), "map[string]api.ServiceAddress",
                    serviceAddress(api::ServiceAddress{}));
}

Value checkDefinition(const api::HealthCheckDefinition& d) {
  std::vector<std::pair<std::string, Value>> header;
  for (const auto& [k, v] : d.header) header.emplace_back(k, Value::stringList(v));
  Value headerMap =
      Value::map(std::move(header), "map[string][]string", Value::stringList({}, "[]string"));
  return Value::structure(
      checkDefinitionType(),
      {str(d.http), headerMap, str(d.method), str(d.body), str(d.tlsServerName),
       Value::boolean(d.tlsSkipVerify), str(d.tcp), str(d.udp), str(d.grpc), str(d.osService),
       Value::boolean(d.grpcUseTLS), duration(d.interval), duration(d.timeout),
       duration(d.deregisterCriticalServiceAfter), duration(d.interval), duration(d.timeout),
       duration(d.deregisterCriticalServiceAfter)});
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

template <class T>
Value listOf(const std::vector<T>& items, const char* type) {
  std::vector<Value> values;
  values.reserve(items.size());
  for (const auto& item : items) values.push_back(toValue(item));
  return Value::list(std::move(values), type);
}

Value catalogNodeService(const CatalogNodeService& s) {
  return Value::structure(catalogNodeServiceType(),
                          {str(s.id), str(s.service), serviceTags(s.tags), stringMap(s.meta),
                           goInt(s.port), str(s.address), Value::boolean(s.enableTagOverride)});
}

}  // namespace

Value toValue(const api::HealthCheck& c) {
  return Value::structure(
      healthCheckType(),
      {str(c.node), str(c.checkID), str(c.name), str(c.status), str(c.notes), str(c.output),
       str(c.serviceID), str(c.serviceName), Value::stringList(c.serviceTags), str(c.type),
       str(c.nameSpace), str(c.partition), goInt(c.exposedPort), str(c.peerName),
       checkDefinition(c.definition), goUint64(c.createIndex), goUint64(c.modifyIndex)});
}

Value toValue(const std::vector<api::HealthCheck>& checks) {
  auto data = std::make_shared<tmpl::ListData>();
  data->type = kHealthChecksType;
  data->items.reserve(checks.size());
  for (const auto& c : checks) data->items.push_back(toValue(c));
  data->methods = healthChecksMethods();
  return Value::list(std::shared_ptr<const tmpl::ListData>(std::move(data)));
}

Value toValue(const HealthService& s) {
  return Value::structure(
      healthServiceType(),
      {str(s.node), str(s.nodeID), str(s.nodeAddress), stringMap(s.nodeTaggedAddresses),
       stringMap(s.nodeMeta), stringMap(s.serviceMeta), str(s.address),
       serviceAddresses(s.serviceTaggedAddresses), str(s.id), str(s.name), serviceTags(s.tags),
       toValue(s.checks), str(s.status), goInt(s.port), weights(s.weights)});
}

Value toValue(const std::vector<HealthService>& list) {
  return listOf(list, kHealthServiceListType);
}

Value toValue(const CatalogSnippet& s) {
  return Value::structure(catalogSnippetType(), {str(s.name), serviceTags(s.tags)});
}

Value toValue(const std::vector<CatalogSnippet>& list) {
  return listOf(list, kCatalogSnippetListType);
}

Value toValue(const Node& n) {
  return Value::structure(nodeType(), {str(n.id), str(n.node), str(n.address), str(n.datacenter),
                                       stringMap(n.taggedAddresses), stringMap(n.meta)});
}

Value toValue(const std::vector<Node>& list) {
  return listOf(list, kNodeListType);
}

Value toValue(const CatalogNode& n) {
  std::vector<Value> services;
  services.reserve(n.services.size());
  for (const auto& s : n.services) services.push_back(catalogNodeService(s));
  return Value::structure(catalogNodeType(),
                          {n.node ? toValue(*n.node) : Value::nilOf("*dependency.Node"),
                           Value::list(std::move(services), "[]*dependency.CatalogNodeService")});
}

Value toValue(const KeyPair& p) {
  return Value::structure(
      keyPairType(),
      {str(p.path), str(p.key), str(p.value), goUint64(p.createIndex), goUint64(p.modifyIndex),
       goUint64(p.lockIndex), goUint64(p.flags), str(p.session)});
}

Value toValue(const std::vector<KeyPair>& list) {
  return listOf(list, kKeyPairListType);
}

Value toValue(const KeyValue& kv) {
  return kv.exists ? str(kv.value) : Value();
}

Value toValue(const std::vector<std::string>& list) {
  return Value::stringList(list, "[]string");
}

Value toValue(const DependencyData& data) {
  return std::visit([](const auto& d) { return toValue(d); }, data);
}

}  // namespace hc::consul
