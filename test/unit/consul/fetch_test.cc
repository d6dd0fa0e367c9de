// consul-template's client-side rules: aggregated status, health filters, address fallback,
// sorting, KV key relativity, and fetch() over ConsulEndpoints.
#include "hc/consul/fetch.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "hc/consul/catalog.h"

namespace hc::consul {
namespace {

api::HealthCheck check(std::string id, std::string status, std::string serviceID = "") {
  api::HealthCheck c;
  c.checkID = std::move(id);
  c.name = c.checkID;
  c.status = std::move(status);
  c.serviceID = std::move(serviceID);
  return c;
}

api::ServiceEntry entry(std::string node, std::string id, std::vector<api::HealthCheck> checks,
                        std::string address = "", std::vector<std::string> tags = {}) {
  api::ServiceEntry e;
  e.node.node = std::move(node);
  e.node.address = "10.0.0." + std::to_string(e.node.node.size());
  e.service.id = std::move(id);
  e.service.service = "web";
  e.service.address = std::move(address);
  e.service.tags = std::move(tags);
  e.checks = std::move(checks);
  return e;
}

TEST(AggregatedStatus, WorstWinsMaintenanceFirst) {
  struct Case {
    std::vector<api::HealthCheck> checks;
    std::string want;
  };
  const std::vector<Case> cases = {
      {{}, "passing"},
      {{check("a", "passing")}, "passing"},
      {{check("a", "passing"), check("b", "warning")}, "warning"},
      {{check("a", "warning"), check("b", "critical")}, "critical"},
      {{check("a", "critical"), check("_node_maintenance", "critical")}, "maintenance"},
      {{check("_service_maintenance:web1", "critical"), check("a", "passing")}, "maintenance"},
      // The maintenance check's own status does not matter.
      {{check("_node_maintenance", "passing")}, "maintenance"},
      {{check("_service_maintenance", "critical")}, "critical"},  // no ':' => not maintenance
      {{check("a", "passing"), check("b", "bogus")}, ""},
      {{check("a", "critical"), check("b", "")}, ""},
      {{check("_node_maintenance", "critical"), check("b", "bogus")}, ""},
  };
  for (size_t i = 0; i < cases.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(api::aggregatedStatus(cases[i].checks), cases[i].want);
  }
}

TEST(AcceptStatus, ListedOrAny) {
  EXPECT_TRUE(acceptStatus({"passing"}, "passing"));
  EXPECT_FALSE(acceptStatus({"passing"}, "warning"));
  EXPECT_TRUE(acceptStatus({"critical", "warning"}, "warning"));
  EXPECT_TRUE(acceptStatus({"any"}, ""));
  EXPECT_TRUE(acceptStatus({"any"}, "maintenance"));
  EXPECT_FALSE(acceptStatus({}, "passing"));
}

std::vector<api::ServiceEntry> mixedEntries() {
  return {
      entry("node-b", "web2", {check("serfHealth", "passing"), check("c2", "warning", "web2")}),
      entry("node-a", "web3", {check("serfHealth", "passing")}, "192.168.1.3", {"z", "a", "M"}),
      entry("node-a", "web1",
            {check("serfHealth", "passing"), check("_service_maintenance:web1", "critical")}),
      entry("node-c", "web4", {check("serfHealth", "critical")}),
      entry("node-a", "web0", {check("serfHealth", "passing"), check("c", "passing", "web0")}),
  };
}

std::vector<std::string> ids(const std::vector<HealthService>& list) {
  std::vector<std::string> out;
  for (const auto& s : list) out.push_back(s.node + "/" + s.id + ":" + s.status);
  return out;
}

TEST(HealthServicesFrom, FiltersByAggregatedStatus) {
  using V = std::vector<std::string>;
  EXPECT_EQ(ids(healthServicesFrom(Dependency::healthService("web"), mixedEntries())),
            (V{"node-a/web0:passing", "node-a/web3:passing"}));
  EXPECT_EQ(ids(healthServicesFrom(Dependency::healthService("web|warning"), mixedEntries())),
            (V{"node-b/web2:warning"}));
  EXPECT_EQ(ids(healthServicesFrom(Dependency::healthService("web|maintenance,critical"),
                                   mixedEntries())),
            (V{"node-a/web1:maintenance", "node-c/web4:critical"}));
  EXPECT_EQ(ids(healthServicesFrom(Dependency::healthService("web|any"), mixedEntries())),
            (V{"node-a/web0:passing", "node-a/web1:maintenance", "node-a/web3:passing",
               "node-b/web2:warning", "node-c/web4:critical"}));
  EXPECT_TRUE(healthServicesFrom(Dependency::healthService("web|,"), mixedEntries()).empty());
}

TEST(HealthServicesFrom, KeepsConsulOrderWithNear) {
  using V = std::vector<std::string>;
  EXPECT_EQ(ids(healthServicesFrom(Dependency::healthService("web~_agent|any"), mixedEntries())),
            (V{"node-b/web2:warning", "node-a/web3:passing", "node-a/web1:maintenance",
               "node-c/web4:critical", "node-a/web0:passing"}));
}

TEST(HealthServicesFrom, SortIsByteOrderAndStable) {
  std::vector<api::ServiceEntry> entries = {
      entry("b", "x", {}),
      entry("B", "x", {}),
      entry("a", "y", {}),
      entry("a", "Y", {}),
      entry("a", "y", {}, "1.1.1.1"),
  };
  auto list = healthServicesFrom(Dependency::healthService("web"), entries);
  using V = std::vector<std::string>;
  EXPECT_EQ(ids(list),
            (V{"B/x:passing", "a/Y:passing", "a/y:passing", "a/y:passing", "b/x:passing"}));
  EXPECT_EQ(list[2].address, "10.0.0.1");  // stable: the first "a/y" stays first
  EXPECT_EQ(list[3].address, "1.1.1.1");
}

TEST(HealthServicesFrom, CopiesFieldsAndFallsBackToNodeAddress) {
  auto entries = mixedEntries();
  entries[1].node.id = "uuid-a";
  entries[1].node.taggedAddresses = {{"lan", "10.0.0.6"}};
  entries[1].node.meta = {{"rack", "r1"}};
  entries[1].service.meta = {{"version", "2"}};
  entries[1].service.port = 8080;
  entries[1].service.weights = {3, 1};
  entries[1].service.taggedAddresses = {{"wan", {"1.2.3.4", 80}}};
  auto list = healthServicesFrom(Dependency::healthService("web"), entries);
  ASSERT_EQ(list.size(), 2u);
  const HealthService& s = list[1];
  EXPECT_EQ(s.node, "node-a");
  EXPECT_EQ(s.nodeID, "uuid-a");
  EXPECT_EQ(s.nodeAddress, "10.0.0.6");
  EXPECT_EQ(s.address, "192.168.1.3");
  EXPECT_EQ(s.nodeTaggedAddresses.at("lan"), "10.0.0.6");
  EXPECT_EQ(s.nodeMeta.at("rack"), "r1");
  EXPECT_EQ(s.serviceMeta.at("version"), "2");
  EXPECT_EQ(s.serviceTaggedAddresses.at("wan").port, 80);
  EXPECT_EQ(s.id, "web3");
  EXPECT_EQ(s.name, "web");
  EXPECT_EQ(s.tags, (std::vector<std::string>{"M", "a", "z"}));
  EXPECT_EQ(s.port, 8080);
  EXPECT_EQ(s.weights.passing, 3);
  EXPECT_EQ(s.checks.size(), 1u);
  EXPECT_EQ(list[0].address, list[0].nodeAddress);  // no service address => node's
}

TEST(CatalogResults, SortedAsConsulTemplateSortsThem) {
  auto snippets = catalogSnippetsFrom({{"web", {"b", "a"}}, {"Api", {}}, {"db", {"x"}}});
  ASSERT_EQ(snippets.size(), 3u);
  EXPECT_EQ(snippets[0].name, "Api");
  EXPECT_EQ(snippets[2].tags, (std::vector<std::string>{"a", "b"}));

  std::vector<api::Node> nodes(3);
  nodes[0].node = "n2";
  nodes[1].node = "n1";
  nodes[1].address = "10.0.0.9";
  nodes[2].node = "n1";
  nodes[2].address = "10.0.0.1";
  auto sorted = nodesFrom(Dependency::catalogNodes(""), nodes);
  EXPECT_EQ(sorted[0].address, "10.0.0.1");
  EXPECT_EQ(sorted[1].address, "10.0.0.9");
  EXPECT_EQ(sorted[2].node, "n2");
  EXPECT_EQ(nodesFrom(Dependency::catalogNodes("~n1"), nodes)[0].node, "n2");

  EXPECT_FALSE(catalogNodeFrom(std::nullopt).node.has_value());
  api::CatalogNode cn;
  cn.node.node = "n1";
  api::AgentService s1, s2, s3;
  s1.id = "b";
  s1.service = "web";
  s2.id = "a";
  s2.service = "web";
  s3.id = "z";
  s3.service = "api";
  s3.tags = {"y", "x"};
  cn.services = {{"b", s1}, {"a", s2}, {"z", s3}};
  CatalogNode out = catalogNodeFrom(cn);
  ASSERT_TRUE(out.node);
  EXPECT_EQ(out.node->node, "n1");
  ASSERT_EQ(out.services.size(), 3u);
  EXPECT_EQ(out.services[0].id, "z");
  EXPECT_EQ(out.services[0].tags, (std::vector<std::string>{"x", "y"}));
  EXPECT_EQ(out.services[1].id, "a");
  EXPECT_EQ(out.services[2].id, "b");
}

TEST(KeyPairsFrom, KeysRelativeToPrefix) {
  std::vector<api::KVPair> pairs(4);
  pairs[0].key = "app/";
  pairs[1].key = "app/a";
  pairs[2].key = "app//b/c";
  pairs[3].key = "apple";
  auto out = keyPairsFrom("app", pairs);
  EXPECT_EQ(out[0].key, "");
  EXPECT_EQ(out[1].key, "a");
  EXPECT_EQ(out[2].key, "b/c");
  EXPECT_EQ(out[3].key, "le");
  EXPECT_EQ(out[3].path, "apple");
  EXPECT_EQ(keysFrom("app/", {"app/x", "app/y/z"}), (std::vector<std::string>{"x", "y/z"}));
}

// A catalog whose dc2 refuses to answer, for datacenters' ignoreFailing.
class FlakyCatalog : public Catalog {
 public:
  using Catalog::Catalog;
  Response<std::map<std::string, std::vector<std::string>>> catalogServices(
      const QueryOptions& q) override {
    if (q.datacenter == "dc2") throw ConsulError("Unexpected response code: 500 (rpc error)");
    return Catalog::catalogServices(q);
  }
};

TEST(Fetch, RunsEndpointsAndWrapsErrors) {
  FlakyCatalog catalog("dc1");
  catalog.putKey("k", "v");
  catalog.putKey("other", "x", 0, "dc2");
  catalog.putKey("last", "x", 0, "dc0");

  FetchResult r = fetch(Dependency::kvGet("k", true), catalog);
  EXPECT_EQ(std::get<KeyValue>(r.data), (KeyValue{true, "v"}));
  EXPECT_TRUE(r.storable());
  EXPECT_EQ(r.meta.lastIndex, catalog.index());

  r = fetch(Dependency::kvGet("absent", true), catalog);
  EXPECT_FALSE(std::get<KeyValue>(r.data).exists);
  EXPECT_FALSE(r.storable());  // `key` keeps waiting
  EXPECT_TRUE(fetch(Dependency::kvGet("absent"), catalog).storable());

  r = fetch(Dependency::catalogDatacenters(), catalog);
  EXPECT_EQ(std::get<std::vector<std::string>>(r.data),
            (std::vector<std::string>{"dc0", "dc1", "dc2"}));
  r = fetch(Dependency::catalogDatacenters(true), catalog);
  EXPECT_EQ(std::get<std::vector<std::string>>(r.data), (std::vector<std::string>{"dc0", "dc1"}));

  try {
    fetch(Dependency::healthService("web@dc9"), catalog);
    ADD_FAILURE();
  } catch (const ConsulError& e) {
    EXPECT_EQ(std::string(e.what()),
              "health.service(web@dc9|passing): Unexpected response code: 500 (No path to "
              "datacenter)");
  }
  try {
    fetch(Dependency::catalogNode(""), catalog);
    ADD_FAILURE();
  } catch (const ConsulError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("catalog.node: ", 0), 0u) << e.what();
  }
  catalog.setAgentNodeName("nobody");
  r = fetch(Dependency::catalogNode(""), catalog);
  EXPECT_EQ(std::get<CatalogNode>(r.data), CatalogNode{});
}

TEST(QueryOptions, MergeTakesNonEmptyFields) {
  QueryOptions base;
  base.allowStale = true;
  base.waitIndex = 7;
  base.datacenter = "dc1";
  QueryOptions dep;
  dep.datacenter = "dc2";
  dep.near = "_agent";
  QueryOptions m = base.merged(dep);
  EXPECT_EQ(m.datacenter, "dc2");
  EXPECT_EQ(m.near, "_agent");
  EXPECT_TRUE(m.allowStale);
  EXPECT_EQ(m.waitIndex, 7u);
  EXPECT_EQ(dep.merged(QueryOptions{}).datacenter, "dc2");
}

}  // namespace
}  // namespace hc::consul
