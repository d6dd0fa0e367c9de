// The in-memory Catalog: Consul's catalog-register semantics and endpoint answers.
#include "hc/consul/catalog.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace hc::consul {
namespace {

CatalogRegistration reg(std::string node, std::string address, std::string service = "",
                        std::vector<api::HealthCheck> checks = {}) {
  CatalogRegistration r;
  r.node = std::move(node);
  r.address = std::move(address);
  if (!service.empty()) {
    r.service.emplace();
    r.service->service = std::move(service);
  }
  r.checks = std::move(checks);
  return r;
}

api::HealthCheck chk(std::string name, std::string status = "", std::string serviceID = "") {
  api::HealthCheck c;
  c.name = std::move(name);
  c.status = std::move(status);
  c.serviceID = std::move(serviceID);
  return c;
}

std::string regError(Catalog& c, CatalogRegistration r) {
  try {
    c.registerEntity(std::move(r));
  } catch (const CatalogError& e) {
    return e.what();
  }
  return "ok";
}

TEST(CatalogRegister, DefaultsLikeConsul) {
  Catalog c("dc1");
  c.registerEntity(reg("n1", "10.0.0.1", "web", {chk("http"), chk("serf", "passing")}));
  auto entries = c.healthService("web", "", false, {}).value;
  ASSERT_EQ(entries.size(), 1u);
  const auto& e = entries[0];
  EXPECT_EQ(e.service.id, "web");  // ID defaults to the service name
  EXPECT_EQ(e.service.weights.passing, 1);
  EXPECT_EQ(e.service.weights.warning, 1);
  EXPECT_EQ(e.node.datacenter, "dc1");
  ASSERT_EQ(e.checks.size(), 2u);             // both node-level (no ServiceID)
  EXPECT_EQ(e.checks[0].checkID, "http");     // CheckID defaults to Name
  EXPECT_EQ(e.checks[0].status, "critical");  // Status defaults to critical
  EXPECT_EQ(e.checks[0].node, "n1");
  EXPECT_EQ(e.checks[1].status, "passing");
}

TEST(CatalogRegister, RefusesWhatConsulRefuses) {
  Catalog c("dc1");
  EXPECT_EQ(regError(c, reg("", "10.0.0.1")), "Must provide node");
  EXPECT_EQ(regError(c, reg("n1", "")), "Must provide address if SkipNodeUpdate is not set");
  auto noName = reg("n1", "10.0.0.1");
  noName.service.emplace();
  noName.service->id = "x";
  EXPECT_EQ(regError(c, noName), "Must provide service name with ID");
  EXPECT_EQ(regError(c, reg("n1", "10.0.0.1", "", {chk("c", "passing", "web")})),
            "failed inserting check: Missing service registration on node \"n1\"");
  EXPECT_EQ(regError(c, reg("n1", "10.0.0.1", "", {chk("c", "ok")})),
            "Invalid check status \"ok\": want passing, warning or critical");
  auto other = reg("n1", "10.0.0.1", "", {chk("c", "passing")});
  other.checks[0].node = "n2";
  EXPECT_EQ(regError(c, other), "check node \"n2\" does not match node \"n1\"");
  other.checks[0].node = "N1";  // exact, as Consul compares it
  EXPECT_EQ(regError(c, other), "check node \"N1\" does not match node \"n1\"");
  EXPECT_EQ(regError(c, reg("n1", "10.0.0.1", "", {chk("")})), "Must provide a check ID or name");
  // Nothing of the refused registrations was applied.
  EXPECT_TRUE(c.catalogNodes({}).value.empty());
}

TEST(CatalogRegister, NodeChecksApplyToEveryServiceOfTheNode) {
  Catalog c("dc1");
  c.registerEntity(reg("n1", "10.0.0.1", "web", {chk("svc", "passing", "web")}));
  auto api = reg("n1", "10.0.0.1", "api");
  c.registerEntity(api);
  c.registerEntity(reg("n1", "10.0.0.1", "", {chk("serfHealth", "warning")}));
  auto web = c.healthService("web", "", false, {}).value;
  ASSERT_EQ(web.size(), 1u);
  ASSERT_EQ(web[0].checks.size(), 2u);
  EXPECT_EQ(web[0].checks[0].checkID, "serfHealth");  // node checks first
  EXPECT_EQ(web[0].checks[1].checkID, "svc");
  EXPECT_EQ(web[0].checks[1].serviceName, "web");
  auto apiEntries = c.healthService("api", "", false, {}).value;
  ASSERT_EQ(apiEntries.size(), 1u);
  ASSERT_EQ(apiEntries[0].checks.size(), 1u);
  EXPECT_EQ(apiEntries[0].checks[0].checkID, "serfHealth");
  // ?passing drops both: the node check is warning.
  EXPECT_TRUE(c.healthService("web", "", true, {}).value.empty());
}

TEST(CatalogRegister, RegistrationsOfOneNodeMerge) {
  Catalog c("dc1");
  auto first = reg("Node1", "10.0.0.1", "web");
  first.nodeMeta = {{"rack", "r1"}};
  c.registerEntity(first);
  uint64_t created = c.catalogNodes({}).value.at(0).createIndex;
  auto second = reg("node1", "10.0.0.2", "web");
  second.service->id = "web-2";
  second.service->port = 81;
  c.registerEntity(second);
  auto nodes = c.catalogNodes({}).value;
  ASSERT_EQ(nodes.size(), 1u);  // names are case-insensitive
  EXPECT_EQ(nodes[0].node, "node1");
  EXPECT_EQ(nodes[0].address, "10.0.0.2");
  EXPECT_TRUE(nodes[0].meta.empty());  // node fields replaced wholesale
  EXPECT_EQ(nodes[0].createIndex, created);
  EXPECT_GT(nodes[0].modifyIndex, created);
  EXPECT_EQ(c.healthService("web", "", false, {}).value.size(), 2u);

  auto skip = reg("NODE1", "", "db");
  skip.skipNodeUpdate = true;
  c.registerEntity(skip);
  EXPECT_EQ(c.catalogNodes({}).value.at(0).address, "10.0.0.2");
  EXPECT_EQ(c.healthService("db", "", false, {}).value.at(0).node.node, "node1");

  // Re-registering a check by ID replaces it.
  c.registerEntity(reg("node1", "10.0.0.2", "", {chk("c1", "critical", "web")}));
  c.registerEntity(reg("node1", "10.0.0.2", "", {chk("c1", "passing", "web")}));
  auto web = c.healthService("web", "", true, {}).value;
  ASSERT_EQ(web.size(), 2u);  // web (with c1 passing) and web-2
}

TEST(CatalogQueries, NamesAndTagsMatchCaseInsensitively) {
  Catalog c("dc1");
  auto r1 = reg("n1", "10.0.0.1", "Web");
  r1.service->tags = {"Primary", "v1"};
  c.registerEntity(r1);
  auto r2 = reg("n2", "10.0.0.2", "web");
  r2.service->tags = {"secondary"};
  c.registerEntity(r2);
  EXPECT_EQ(c.healthService("WEB", "", false, {}).value.size(), 2u);
  auto primary = c.healthService("web", "primary", false, {}).value;
  ASSERT_EQ(primary.size(), 1u);
  EXPECT_EQ(primary[0].service.service, "Web");
  EXPECT_TRUE(c.healthService("web", "tertiary", false, {}).value.empty());
  ASSERT_TRUE(c.catalogNode("N2", {}).value);
  EXPECT_FALSE(c.catalogNode("n3", {}).value);
  auto services = c.catalogServices({}).value;
  EXPECT_EQ(services.size(), 2u);  // keyed by the registered name
  EXPECT_EQ(services["Web"], (std::vector<std::string>{"Primary", "v1"}));
}

TEST(CatalogQueries, HealthAnswersFollowRenamesAndOrder) {
  // Instances are found by name (an index kept by registerEntity): in node, then service ID
  // order, and a re-registration that renames an instance moves it to its new name.
  Catalog c("dc1");
  for (const char* node : {"n3", "N1", "n2"}) {
    auto r = reg(node, "10.0.0.1", "web");
    r.service->id = "web-b";
    c.registerEntity(r);
    r.service->id = "web-a";
    c.registerEntity(r);
  }
  auto web = c.healthService("web", "", false, {}).value;
  std::vector<std::string> order;
  for (const auto& e : web) order.push_back(e.node.node + "/" + e.service.id);
  EXPECT_EQ(order, (std::vector<std::string>{"N1/web-a", "N1/web-b", "n2/web-a", "n2/web-b",
                                             "n3/web-a", "n3/web-b"}));
  auto renamed = reg("n2", "10.0.0.1", "Api");
  renamed.service->id = "web-a";
  c.registerEntity(renamed);
  EXPECT_EQ(c.healthService("web", "", false, {}).value.size(), 5u);
  auto api = c.healthService("api", "", false, {}).value;
  ASSERT_EQ(api.size(), 1u);
  EXPECT_EQ(api[0].service.service, "Api");
  EXPECT_EQ(api[0].node.node, "n2");
  auto back = reg("n2", "10.0.0.1", "WEB");
  back.service->id = "web-a";
  c.registerEntity(back);
  EXPECT_TRUE(c.healthService("api", "", false, {}).value.empty());
  EXPECT_EQ(c.healthService("web", "", false, {}).value.size(), 6u);
  EXPECT_TRUE(c.healthService("nope", "", false, {}).value.empty());
}

TEST(CatalogQueries, DatacentersAreSeparate) {
  Catalog c("dc1");
  c.registerEntity(reg("n1", "10.0.0.1", "web"));
  auto remote = reg("n9", "10.9.0.1", "web");
  remote.datacenter = "dc2";
  c.registerEntity(remote);
  QueryOptions dc2;
  dc2.datacenter = "dc2";
  EXPECT_EQ(c.healthService("web", "", false, {}).value.at(0).node.node, "n1");
  EXPECT_EQ(c.healthService("web", "", false, dc2).value.at(0).node.node, "n9");
  EXPECT_EQ(c.healthService("web", "", false, dc2).value.at(0).node.datacenter, "dc2");
  EXPECT_EQ(c.catalogDatacenters(), (std::vector<std::string>{"dc1", "dc2"}));
  QueryOptions dc3;
  dc3.datacenter = "dc3";
  EXPECT_THROW(c.catalogNodes(dc3), ConsulError);
  QueryOptions ns;
  ns.nameSpace = "team";
  EXPECT_THROW(c.catalogNodes(ns), ConsulError);
  ns.nameSpace = "default";
  EXPECT_EQ(c.catalogNodes(ns).value.size(), 1u);
  QueryOptions peer;
  peer.peer = "other";
  EXPECT_TRUE(c.healthService("web", "", false, peer).value.empty());
}

TEST(CatalogKV, GetListKeys) {
  Catalog c("dc1");
  c.putKey("app/b", "2");
  c.putKey("app/a", "1", 42);
  c.putKey("app/sub/c", "3");
  c.putKey("apple", "x");
  c.putKey("app/a", "one");
  auto a = c.kvGet("app/a", {}).value;
  ASSERT_TRUE(a);
  EXPECT_EQ(a->value, "one");
  EXPECT_EQ(a->flags, 0u);
  EXPECT_LT(a->createIndex, a->modifyIndex);
  EXPECT_FALSE(c.kvGet("app", {}).value);
  std::vector<std::string> keys;
  for (const auto& p : c.kvList("app", {}).value) keys.push_back(p.key);
  EXPECT_EQ(keys, (std::vector<std::string>{"app/a", "app/b", "app/sub/c", "apple"}));
  EXPECT_EQ(c.kvList("app/", {}).value.size(), 3u);
  EXPECT_TRUE(c.kvList("zzz", {}).value.empty());
  EXPECT_EQ(c.kvKeys("app/", "/", {}).value,
            (std::vector<std::string>{"app/a", "app/b", "app/sub/"}));
  EXPECT_EQ(c.kvKeys("app/", "", {}).value.size(), 3u);
  EXPECT_THROW(c.putKey("", "x"), CatalogError);
}

TEST(CatalogAgent, NodeNameMustBeConfigured) {
  Catalog c("dc1");
  EXPECT_THROW(c.agentNodeName(), ConsulError);
  c.setAgentNodeName("n1");
  EXPECT_EQ(c.agentNodeName(), "n1");
}

}  // namespace
}  // namespace hc::consul
