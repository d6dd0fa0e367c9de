// Decoding Consul's response bodies as the Go client does: every field, nulls as zero values,
// a missing Port, TaggedAddresses with lowercase keys, check definitions with Go durations,
// base64 KV values, unknown fields ignored, wrong types rejected with the place named.
#include "consul/consul_json.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "hc/consul/consul_endpoints.h"

namespace hc::consul::detail {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Pair;

// Shaped like Consul 1.8.7's answer for a service with a node check and a service check.
const char* kHealthBody = R"([
 {"Node": {"ID": "40e4a748-2192-161a-0510-9bf59fe950b5", "Node": "app-1", "Address": "10.0.1.11",
           "Datacenter": "dc1",
           "TaggedAddresses": {"lan": "10.0.1.11", "wan": "198.51.100.1"},
           "Meta": {"rack": "r1"}, "CreateIndex": 13, "ModifyIndex": 14},
  "Service": {"Kind": "", "ID": "web-1", "Service": "web", "Tags": ["v2", "public"],
              "Address": "10.0.9.9", "Meta": {"version": "2"}, "Port": 8080,
              "TaggedAddresses": {"lan_ipv4": {"Address": "10.0.9.9", "Port": 8080},
                                  "wan": {"address": "198.51.100.9", "port": 80}},
              "Weights": {"Passing": 5, "Warning": 2}, "EnableTagOverride": true,
              "Proxy": {"MeshGateway": {}, "Expose": {}}, "Connect": {},
              "CreateIndex": 16, "ModifyIndex": 17, "SomethingNew": {"x": [1, 2]}},
  "Checks": [
   {"Node": "app-1", "CheckID": "serfHealth", "Name": "Serf Health Status",
    "Status": "passing", "Notes": "", "Output": "Agent alive and reachable",
    "ServiceID": "", "ServiceName": "", "ServiceTags": [], "Type": "",
    "Definition": {}, "CreateIndex": 13, "ModifyIndex": 13},
   {"Node": "app-1", "CheckID": "web-1-http", "Name": "http", "Status": "warning",
    "Notes": "n", "Output": "HTTP GET: 429", "ServiceID": "web-1", "ServiceName": "web",
    "ServiceTags": ["v2", "public"], "Type": "http", "ExposedPort": 21500,
    "Namespace": "ns1", "Partition": "p1", "PeerName": "peer",
    "Definition": {"HTTP": "http://10.0.9.9:8080/health",
                   "Header": {"X-A": ["1", "2"]}, "Method": "HEAD", "Body": "b",
                   "TLSServerName": "web.local", "TLSSkipVerify": true, "TCP": "t:1",
                   "UDP": "u:1", "GRPC": "g:1", "OSService": "svc", "GRPCUseTLS": true,
                   "Interval": "10s", "Timeout": "1.5s",
                   "DeregisterCriticalServiceAfter": "1m30s"},
    "CreateIndex": 18, "ModifyIndex": 19}
  ]}
])";

TEST(ConsulJson, HealthEntryEveryField) {
  auto entries = decodeServiceEntries(kHealthBody, "/v1/health/service/web");
  ASSERT_EQ(entries.size(), 1u);
  const api::ServiceEntry& e = entries[0];
  EXPECT_EQ(e.node.id, "40e4a748-2192-161a-0510-9bf59fe950b5");
  EXPECT_EQ(e.node.node, "app-1");
  EXPECT_EQ(e.node.address, "10.0.1.11");
  EXPECT_EQ(e.node.datacenter, "dc1");
  EXPECT_THAT(e.node.taggedAddresses,
              ElementsAre(Pair("lan", "10.0.1.11"), Pair("wan", "198.51.100.1")));
  EXPECT_THAT(e.node.meta, ElementsAre(Pair("rack", "r1")));
  EXPECT_EQ(e.node.createIndex, 13u);
  EXPECT_EQ(e.node.modifyIndex, 14u);

  const api::AgentService& s = e.service;
  EXPECT_EQ(s.kind, "");
  EXPECT_EQ(s.id, "web-1");
  EXPECT_EQ(s.service, "web");
  EXPECT_THAT(s.tags, ElementsAre("v2", "public"));
  EXPECT_EQ(s.address, "10.0.9.9");
  EXPECT_THAT(s.meta, ElementsAre(Pair("version", "2")));
  EXPECT_EQ(s.port, 8080);
  ASSERT_EQ(s.taggedAddresses.size(), 2u);
  EXPECT_EQ(s.taggedAddresses.at("lan_ipv4"), (api::ServiceAddress{"10.0.9.9", 8080}));
  // Lowercase keys, as some docs samples show them, read like the Go client reads them.
  EXPECT_EQ(s.taggedAddresses.at("wan"), (api::ServiceAddress{"198.51.100.9", 80}));
  EXPECT_EQ(s.weights, (api::AgentWeights{5, 2}));
  EXPECT_TRUE(s.enableTagOverride);
  EXPECT_EQ(s.createIndex, 16u);
  EXPECT_EQ(s.modifyIndex, 17u);

  ASSERT_EQ(e.checks.size(), 2u);
  const api::HealthCheck& serf = e.checks[0];
  EXPECT_EQ(serf.checkID, "serfHealth");
  EXPECT_EQ(serf.name, "Serf Health Status");
  EXPECT_EQ(serf.status, "passing");
  EXPECT_EQ(serf.output, "Agent alive and reachable");
  EXPECT_EQ(serf.serviceID, "");
  EXPECT_TRUE(serf.serviceTags.empty());
  EXPECT_EQ(serf.definition, api::HealthCheckDefinition{});

  const api::HealthCheck& http = e.checks[1];
  EXPECT_EQ(http.node, "app-1");
  EXPECT_EQ(http.checkID, "web-1-http");
  EXPECT_EQ(http.name, "http");
  EXPECT_EQ(http.status, "warning");
  EXPECT_EQ(http.notes, "n");
  EXPECT_EQ(http.output, "HTTP GET: 429");
  EXPECT_EQ(http.serviceID, "web-1");
  EXPECT_EQ(http.serviceName, "web");
  EXPECT_THAT(http.serviceTags, ElementsAre("v2", "public"));
  EXPECT_EQ(http.type, "http");
  EXPECT_EQ(http.exposedPort, 21500);
  EXPECT_EQ(http.nameSpace, "ns1");
  EXPECT_EQ(http.partition, "p1");
  EXPECT_EQ(http.peerName, "peer");
  EXPECT_EQ(http.createIndex, 18u);
  EXPECT_EQ(http.modifyIndex, 19u);
  const api::HealthCheckDefinition& d = http.definition;
  EXPECT_EQ(d.http, "http://10.0.9.9:8080/health");
  EXPECT_THAT(d.header, ElementsAre(Pair("X-A", ElementsAre("1", "2"))));
  EXPECT_EQ(d.method, "HEAD");
  EXPECT_EQ(d.body, "b");
  EXPECT_EQ(d.tlsServerName, "web.local");
  EXPECT_TRUE(d.tlsSkipVerify);
  EXPECT_EQ(d.tcp, "t:1");
  EXPECT_EQ(d.udp, "u:1");
  EXPECT_EQ(d.grpc, "g:1");
  EXPECT_EQ(d.osService, "svc");
  EXPECT_TRUE(d.grpcUseTLS);
  EXPECT_EQ(d.interval, 10'000'000'000);
  EXPECT_EQ(d.timeout, 1'500'000'000);
  EXPECT_EQ(d.deregisterCriticalServiceAfter, 90'000'000'000);
}

TEST(ConsulJson, NullsAndMissingFieldsAreZeroValues) {
  auto entries = decodeServiceEntries(R"([
    {"Node": {"Node": "n1", "Address": "10.0.0.2", "TaggedAddresses": null, "Meta": null},
     "Service": {"ID": "web", "Service": "web", "Tags": null, "Meta": null, "Address": "",
                 "TaggedAddresses": null, "Weights": {"Passing": 3}},
     "Checks": null},
    {"Node": null, "Service": {"ID": "x", "Tags": ["a", null]}}
  ])",
                                      "e");
  ASSERT_EQ(entries.size(), 2u);
  const api::ServiceEntry& a = entries[0];
  EXPECT_TRUE(a.node.taggedAddresses.empty());
  EXPECT_TRUE(a.node.meta.empty());
  EXPECT_EQ(a.node.id, "");
  EXPECT_EQ(a.service.port, 0);  // Consul omits Port when it is 0.
  EXPECT_TRUE(a.service.tags.empty());
  EXPECT_TRUE(a.service.meta.empty());
  EXPECT_TRUE(a.service.taggedAddresses.empty());
  // A Weights object fills what it has; the Go struct's zero value stands for the rest.
  EXPECT_EQ(a.service.weights, (api::AgentWeights{3, 0}));
  EXPECT_TRUE(a.checks.empty());
  const api::ServiceEntry& b = entries[1];
  EXPECT_EQ(b.node, api::Node{});
  EXPECT_EQ(b.service.weights, (api::AgentWeights{0, 0}));
  EXPECT_THAT(b.service.tags, ElementsAre("a", ""));

  EXPECT_TRUE(decodeServiceEntries("null", "e").empty());
  EXPECT_TRUE(decodeServiceEntries("[]", "e").empty());
}

TEST(ConsulJson, DurationsAsNanosecondNumbers) {
  auto checks = decodeHealthChecks(
      R"([{"CheckID": "c", "Definition": {"Interval": 5000000000, "Timeout": null}}])", "e");
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_EQ(checks[0].definition.interval, 5'000'000'000);
  EXPECT_EQ(checks[0].definition.timeout, 0);
}

TEST(ConsulJson, FieldNamesMatchCaseInsensitively) {
  auto nodes = decodeNodes(R"([{"node": "n1", "ADDRESS": "10.0.0.1", "modifyindex": 7}])", "e");
  ASSERT_EQ(nodes.size(), 1u);
  EXPECT_EQ(nodes[0].node, "n1");
  EXPECT_EQ(nodes[0].address, "10.0.0.1");
  EXPECT_EQ(nodes[0].modifyIndex, 7u);
}

TEST(ConsulJson, CatalogServices) {
  auto m = decodeServiceTags(R"({"consul": [], "web": ["v1", "v2"], "db": null})", "e");
  EXPECT_THAT(m, ElementsAre(Pair("consul", ElementsAre()), Pair("db", ElementsAre()),
                             Pair("web", ElementsAre("v1", "v2"))));
  EXPECT_TRUE(decodeServiceTags("{}", "e").empty());
}

TEST(ConsulJson, CatalogNode) {
  EXPECT_FALSE(decodeCatalogNode("null", "e").has_value());
  auto n = decodeCatalogNode(R"({"Node": {"Node": "n1", "Address": "10.0.0.2"},
    "Services": {"web": {"ID": "web", "Service": "web", "Port": 80, "Tags": []},
                 "api-1": {"ID": "api-1", "Service": "api"}}})",
                             "e");
  ASSERT_TRUE(n.has_value());
  EXPECT_EQ(n->node.node, "n1");
  ASSERT_EQ(n->services.size(), 2u);
  EXPECT_EQ(n->services.at("web").port, 80);
  EXPECT_EQ(n->services.at("api-1").service, "api");
  auto empty = decodeCatalogNode(R"({"Node": {"Node": "n2"}, "Services": null})", "e");
  ASSERT_TRUE(empty.has_value());
  EXPECT_TRUE(empty->services.empty());
}

TEST(ConsulJson, KvPairs) {
  auto pairs = decodeKVPairs(R"([
    {"LockIndex": 1, "Key": "a/b", "Flags": 42, "Value": "aGVsbG8gd29ybGQ=",
     "Session": "s-1", "CreateIndex": 16, "ModifyIndex": 17},
    {"Key": "a/empty", "Value": null, "CreateIndex": 18, "ModifyIndex": 18},
    {"Key": "a/bin", "Value": "AAH/"}
  ])",
                             "e");
  ASSERT_EQ(pairs.size(), 3u);
  EXPECT_EQ(pairs[0].key, "a/b");
  EXPECT_EQ(pairs[0].value, "hello world");
  EXPECT_EQ(pairs[0].flags, 42u);
  EXPECT_EQ(pairs[0].lockIndex, 1u);
  EXPECT_EQ(pairs[0].session, "s-1");
  EXPECT_EQ(pairs[0].createIndex, 16u);
  EXPECT_EQ(pairs[0].modifyIndex, 17u);
  EXPECT_EQ(pairs[1].value, "");
  EXPECT_EQ(pairs[2].value, std::string("\x00\x01\xff", 3));
}

TEST(ConsulJson, Base64) {
  struct Case {
    std::string in;
    std::optional<std::string> out;
  };
  const Case cases[] = {
      {"", ""},
      {"YQ==", "a"},
      {"YWI=", "ab"},
      {"YWJj", "abc"},
      {"YWJj\r\nZGVm", "abcdef"},
      {"YQ", std::nullopt},
      {"Y===", std::nullopt},
      {"YQ==YQ==", std::nullopt},
      {"YW=j", std::nullopt},
      {"YW_j", std::nullopt},
      {"YW-j", std::nullopt},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.in);
    EXPECT_EQ(decodeBase64(c.in), c.out);
  }
}

TEST(ConsulJson, StringsAndAgentSelf) {
  EXPECT_THAT(decodeStrings(R"(["a/", "a/b"])", "e"), ElementsAre("a/", "a/b"));
  EXPECT_TRUE(decodeStrings("null", "e").empty());
  EXPECT_EQ(decodeAgentNodeName(R"({"Config": {"Datacenter": "dc1", "NodeName": "agent-7"},
                                   "Member": {"Name": "x"}})",
                                "e"),
            "agent-7");
}

TEST(ConsulJson, WrongTypesNameThePlace) {
  struct Case {
    std::function<void()> decode;
    std::string place;
  };
  const Case cases[] = {
      {[] { decodeServiceEntries(R"([{"Service": {"Port": "80"}}])", "ep"); },
       "[0].Service.Port: expected an integer, got string"},
      {[] { decodeServiceEntries(R"([{}, {"Service": {"Port": 80.5}}])", "ep"); },
       "[1].Service.Port: expected an integer, got number"},
      {[] { decodeServiceEntries(R"([{"Node": {"Meta": {"a": 1}}}])", "ep"); },
       "[0].Node.Meta[\"a\"]: expected a string, got number"},
      {[] { decodeServiceEntries(R"([{"Checks": [{"Definition": {"Interval": "10"}}]}])", "ep"); },
       "[0].Checks[0].Definition.Interval: invalid duration \"10\""},
      {[] { decodeServiceEntries(R"([{"Service": {"TaggedAddresses": {"lan": 5}}}])", "ep"); },
       "[0].Service.TaggedAddresses[\"lan\"]: expected an object, got number"},
      {[] { decodeServiceEntries(R"([{"Node": {"ModifyIndex": -1}}])", "ep"); },
       "[0].Node.ModifyIndex: expected an unsigned integer, got number"},
      {[] { decodeServiceEntries(R"([{"Service": {"Port": 4294967296}}])", "ep"); },
       "[0].Service.Port: number 4294967296 out of range"},
      {[] { decodeServiceEntries(R"({"a": 1})", "ep"); },
       "top level: expected an array, got object"},
      {[] { decodeKVPairs(R"([{"Value": "@@@@"}])", "ep"); }, "[0].Value: invalid base64 value"},
      {[] { decodeAgentNodeName(R"({"Config": {"NodeName": null}})", "ep"); },
       "Config.NodeName: missing"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.place);
    try {
      c.decode();
      ADD_FAILURE() << "no error";
    } catch (const ConsulError& e) {
      EXPECT_EQ(e.kind(), ConsulErrorKind::Malformed);
      EXPECT_EQ(std::string(e.what()), "malformed response from ep: " + c.place);
    }
  }
}

TEST(ConsulJson, SyntaxErrorsAreMalformed) {
  for (const char* body : {"", "[", "[{]", "<html>", "[1,]"}) {
    SCOPED_TRACE(body);
    try {
      decodeNodes(body, "/v1/catalog/nodes");
      ADD_FAILURE() << "no error";
    } catch (const ConsulError& e) {
      EXPECT_EQ(e.kind(), ConsulErrorKind::Malformed);
      EXPECT_THAT(e.what(), HasSubstr("malformed response from /v1/catalog/nodes: "));
    }
  }
}

}  // namespace
}  // namespace hc::consul::detail
