// The template Values of consul-template's results: Go type names, field names and order, field
// kinds, map zero values and the HealthChecks method.
#include "hc/consul/template_values.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace hc::consul {
namespace {

using tmpl::Kind;
using tmpl::NumType;
using tmpl::Value;

std::vector<std::string> fieldNames(const Value& v) {
  EXPECT_EQ(v.kind(), Kind::Struct);
  return v.asStruct().type->fields;
}

HealthService sampleService() {
  HealthService s;
  s.node = "node-a";
  s.nodeID = "0f3c";
  s.nodeAddress = "10.0.0.1";
  s.nodeTaggedAddresses = {{"lan", "10.0.0.1"}};
  s.nodeMeta = {{"rack", "r1"}};
  s.serviceMeta = {{"version", "2"}};
  s.address = "10.0.0.1";
  s.serviceTaggedAddresses = {{"wan", {"1.2.3.4", 443}}};
  s.id = "web-1";
  s.name = "web";
  s.tags = {"a", "b"};
  api::HealthCheck c;
  c.node = "node-a";
  c.checkID = "serfHealth";
  c.status = "passing";
  c.serviceTags = {};
  c.definition.interval = 10'000'000'000;
  c.definition.header = {{"X-A", {"1"}}};
  c.createIndex = 5;
  c.modifyIndex = 9;
  s.checks = {c};
  s.status = "passing";
  s.port = 8080;
  s.weights = {2, 1};
  return s;
}

TEST(TemplateValues, HealthServiceHasConsulTemplateFields) {
  Value list = toValue(std::vector<HealthService>{sampleService()});
  EXPECT_EQ(list.goType(), "[]*dependency.HealthService");
  ASSERT_EQ(list.asList().items.size(), 1u);
  const Value& s = list.asList().items[0];
  EXPECT_EQ(s.goType(), "*dependency.HealthService");
  EXPECT_EQ(fieldNames(s), (std::vector<std::string>{
                               "Node", "NodeID", "NodeAddress", "NodeTaggedAddresses", "NodeMeta",
                               "ServiceMeta", "Address", "ServiceTaggedAddresses", "ID", "Name",
                               "Tags", "Checks", "Status", "Port", "Weights"}));
  EXPECT_EQ(s.field("Node")->asString(), "node-a");
  EXPECT_EQ(s.field("Name")->asString(), "web");
  EXPECT_EQ(s.field("Port")->kind(), Kind::Int);
  EXPECT_EQ(s.field("Port")->numType(), NumType::Int);
  EXPECT_EQ(s.field("Port")->asInt(), 8080);
  EXPECT_EQ(s.field("Tags")->goType(), "dependency.ServiceTags");
  EXPECT_EQ(s.field("Tags")->asList().items.at(1).asString(), "b");
  EXPECT_EQ(s.field("Meta"), nullptr);  // there is no .Meta: a template error
  EXPECT_EQ(s.field("Service"), nullptr);

  const Value& meta = *s.field("ServiceMeta");
  EXPECT_EQ(meta.goType(), "map[string]string");
  ASSERT_TRUE(meta.asMap().zero);
  EXPECT_EQ(meta.asMap().zero->asString(), "");  // missingkey=zero renders ""
  EXPECT_EQ(meta.asMap().find("version")->asString(), "2");

  const Value& tagged = *s.field("ServiceTaggedAddresses");
  EXPECT_EQ(tagged.goType(), "map[string]api.ServiceAddress");
  const Value* wan = tagged.asMap().find("wan");
  ASSERT_NE(wan, nullptr);
  EXPECT_EQ(wan->goType(), "api.ServiceAddress");
  EXPECT_EQ(fieldNames(*wan), (std::vector<std::string>{"Address", "Port"}));
  EXPECT_EQ(wan->field("Port")->asInt(), 443);
  EXPECT_EQ(tagged.asMap().zero->field("Address")->asString(), "");

  const Value& weights = *s.field("Weights");
  EXPECT_EQ(weights.goType(), "api.AgentWeights");
  EXPECT_EQ(fieldNames(weights), (std::vector<std::string>{"Passing", "Warning"}));
  EXPECT_EQ(weights.field("Passing")->asInt(), 2);
}

TEST(TemplateValues, ChecksAreApiHealthChecks) {
  Value s = toValue(sampleService());
  const Value& checks = *s.field("Checks");
  EXPECT_EQ(checks.goType(), "api.HealthChecks");
  const Value& c = checks.asList().items.at(0);
  EXPECT_EQ(c.goType(), "*api.HealthCheck");
  EXPECT_EQ(fieldNames(c),
            (std::vector<std::string>{"Node", "CheckID", "Name", "Status", "Notes", "Output",
                                      "ServiceID", "ServiceName", "ServiceTags", "Type",
                                      "Namespace", "Partition", "ExposedPort", "PeerName",
                                      "Definition", "CreateIndex", "ModifyIndex"}));
  EXPECT_EQ(c.field("ServiceTags")->goType(), "[]string");
  EXPECT_EQ(c.field("CreateIndex")->kind(), Kind::Uint);
  EXPECT_EQ(c.field("CreateIndex")->numType(), NumType::Uint64);
  EXPECT_EQ(c.field("ModifyIndex")->asUint(), 9u);
  EXPECT_EQ(c.field("ExposedPort")->numType(), NumType::Int);
  const Value& def = *c.field("Definition");
  EXPECT_EQ(def.goType(), "api.HealthCheckDefinition");
  EXPECT_EQ(def.field("Interval")->asString(), "10s");
  EXPECT_EQ(def.field("IntervalDuration")->asString(), "10s");
  EXPECT_EQ(def.field("Timeout")->asString(), "0s");
  EXPECT_EQ(def.field("TLSSkipVerify")->kind(), Kind::Bool);
  EXPECT_EQ(def.field("Header")->goType(), "map[string][]string");
  EXPECT_EQ(def.field("Header")->asMap().find("X-A")->goType(), "[]string");

  ASSERT_TRUE(checks.asList().methods);
  const auto& methods = *checks.asList().methods;
  ASSERT_EQ(methods.size(), 1u);
  EXPECT_EQ(methods[0].first, "AggregatedStatus");
  std::vector<Value> noArgs;
  EXPECT_EQ(methods[0].second(checks, noArgs).asString(), "passing");

  api::HealthCheck maint;
  maint.checkID = "_node_maintenance";
  maint.status = "critical";
  Value two = toValue(std::vector<api::HealthCheck>{sampleService().checks[0], maint});
  EXPECT_EQ(two.asList().methods->at(0).second(two, noArgs).asString(), "maintenance");
}

TEST(TemplateValues, CatalogResults) {
  Value snippets = toValue(std::vector<CatalogSnippet>{{"web", {"x"}}});
  EXPECT_EQ(snippets.goType(), "[]*dependency.CatalogSnippet");
  EXPECT_EQ(snippets.asList().items[0].goType(), "*dependency.CatalogSnippet");
  EXPECT_EQ(fieldNames(snippets.asList().items[0]), (std::vector<std::string>{"Name", "Tags"}));
  EXPECT_EQ(snippets.asList().items[0].field("Tags")->goType(), "dependency.ServiceTags");

  Node n{"uuid", "n1", "10.0.0.1", "dc1", {{"lan", "10.0.0.1"}}, {{"rack", "r1"}}};
  Value nodes = toValue(std::vector<Node>{n});
  EXPECT_EQ(nodes.goType(), "[]*dependency.Node");
  EXPECT_EQ(
      fieldNames(nodes.asList().items[0]),
      (std::vector<std::string>{"ID", "Node", "Address", "Datacenter", "TaggedAddresses", "Meta"}));

  CatalogNode cn;
  cn.node = n;
  cn.services.push_back(CatalogNodeService{"web-1", "web", {"a"}, {}, 80, "", true});
  Value node = toValue(cn);
  EXPECT_EQ(node.goType(), "*dependency.CatalogNode");
  EXPECT_EQ(fieldNames(node), (std::vector<std::string>{"Node", "Services"}));
  EXPECT_EQ(node.field("Node")->goType(), "*dependency.Node");
  const Value& services = *node.field("Services");
  EXPECT_EQ(services.goType(), "[]*dependency.CatalogNodeService");
  EXPECT_EQ(fieldNames(services.asList().items[0]),
            (std::vector<std::string>{"ID", "Service", "Tags", "Meta", "Port", "Address",
                                      "EnableTagOverride"}));
  EXPECT_TRUE(services.asList().items[0].field("EnableTagOverride")->asBool());

  Value unknown = toValue(CatalogNode{});
  EXPECT_EQ(unknown.goType(), "*dependency.CatalogNode");
  EXPECT_TRUE(unknown.field("Node")->isNil());
  EXPECT_EQ(unknown.field("Node")->goType(), "*dependency.Node");
  EXPECT_EQ(unknown.field("Services")->length(), 0);
}

TEST(TemplateValues, DurationsPrintAsGoDoes) {
  const std::pair<int64_t, const char*> cases[] = {
      {0, "0s"},
      {999, "999ns"},
      {1500, "1.5\xC2\xB5s"},
      {100'000'000, "100ms"},
      {1'500'000'000, "1.5s"},
      {90'000'000'000, "1m30s"},
      {3'600'000'000'000, "1h0m0s"},
      {3'723'000'000'001, "1h2m3.000000001s"},
      {-2'000'000'000, "-2s"},
  };
  for (const auto& [ns, text] : cases) {
    api::HealthCheck c;
    c.definition.timeout = ns;
    EXPECT_EQ(toValue(c).field("Definition")->field("Timeout")->asString(), text);
  }
}

TEST(TemplateValues, KVResults) {
  Value pairs = toValue(std::vector<KeyPair>{{"app/a", "a", "1", 3, 4, 0, 42, ""}});
  EXPECT_EQ(pairs.goType(), "[]*dependency.KeyPair");
  const Value& p = pairs.asList().items[0];
  EXPECT_EQ(p.goType(), "*dependency.KeyPair");
  EXPECT_EQ(fieldNames(p),
            (std::vector<std::string>{"Path", "Key", "Value", "CreateIndex", "ModifyIndex",
                                      "LockIndex", "Flags", "Session"}));
  EXPECT_EQ(p.field("Flags")->numType(), NumType::Uint64);
  EXPECT_EQ(p.field("Flags")->asUint(), 42u);
  EXPECT_EQ(toValue(KeyValue{true, "v"}).asString(), "v");
  EXPECT_FALSE(toValue(KeyValue{}).valid());
  EXPECT_EQ(toValue(std::vector<std::string>{"dc1"}).goType(), "[]string");
  EXPECT_EQ(toValue(DependencyData{std::vector<Node>{}}).goType(), "[]*dependency.Node");
}

TEST(TemplateValues, RepeatedDataIsSharedButInstancesStayDistinct) {
  HealthService a = sampleService(), b = sampleService();
  b.id = "web-2";
  b.nodeMeta.clear();
  b.checks[0].definition = {};
  Value list = toValue(std::vector<HealthService>{a, b, b});
  const auto& items = list.asList().items;
  ASSERT_EQ(items.size(), 3u);
  // Instances are pointers, which compare by identity: never shared, even when equal.
  EXPECT_NE(&items[1].asStruct(), &items[2].asStruct());
  EXPECT_EQ(items[0].field("ID")->asString(), "web-1");
  EXPECT_EQ(items[1].field("ID")->asString(), "web-2");
  // Repeated strings and values are shared.
  EXPECT_EQ(&items[0].field("Name")->asString(), &items[1].field("Name")->asString());
  EXPECT_EQ(&items[0].field("Status")->asString(), &items[1].field("Status")->asString());
  EXPECT_EQ(items[1].field("Node")->asString(), "node-a");
  EXPECT_EQ(items[1].field("Address")->asString(), "10.0.0.1");
  EXPECT_EQ(&items[0].field("Weights")->asStruct(), &items[1].field("Weights")->asStruct());
  // An empty map keeps its type and zero value.
  const Value& meta = *items[1].field("NodeMeta");
  EXPECT_EQ(meta.goType(), "map[string]string");
  EXPECT_EQ(meta.length(), 0);
  ASSERT_TRUE(meta.asMap().zero);
  EXPECT_EQ(meta.asMap().zero->asString(), "");
  EXPECT_EQ(items[0].field("NodeMeta")->asMap().find("rack")->asString(), "r1");
  // A check without a definition has the zero definition.
  const Value& check = items[1].field("Checks")->asList().items[0];
  const Value& def = *check.field("Definition");
  EXPECT_EQ(def.goType(), "api.HealthCheckDefinition");
  EXPECT_EQ(def.field("Interval")->asString(), "0s");
  EXPECT_EQ(def.field("Header")->goType(), "map[string][]string");
  EXPECT_EQ(def.field("Header")->asMap().zero->goType(), "[]string");
  const Value& firstCheck = items[0].field("Checks")->asList().items[0];
  EXPECT_EQ(firstCheck.field("Definition")->field("Interval")->asString(), "10s");
}

}  // namespace
}  // namespace hc::consul
