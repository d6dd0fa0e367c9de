// Dependency strings as consul-template's dependency/*.go regexes read them, and the identities
// (String() forms) they produce. Expected groups were cross-checked with Go's regexp.
#include "hc/consul/dependency.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace hc::consul {
namespace {

struct IdCase {
  std::string input;
  std::string id;
};

TEST(HealthServiceDependency, ParsesIntoConsulTemplateIdentity) {
  const std::vector<IdCase> cases = {
      {"web", "health.service(web|passing)"},
      {"db.web", "health.service(db.web|passing)"},
      {"a.b.c", "health.service(a.b.c|passing)"},  // tag "a.b", name "c"
      {"v1.2.web@dc1", "health.service(v1.2.web@dc1|passing)"},
      {"web@dc-1.x~_agent|any", "health.service(web@dc-1.x~_agent|any)"},
      {"tag=x:y.web", "health.service(tag=x:y.web|passing)"},
      {"web|warning,passing", "health.service(web|passing,warning)"},
      {"web|passing,any", "health.service(web|any,passing)"},
      {"web|,", "health.service(web)"},
      {"web?ns=a&peer=b@dc1", "health.service(web@dc1@ns=a@peer=b|passing)"},
      {"web?partition=p&ns=n", "health.service(web@partition=p@ns=n|passing)"},
      {"web?sameness-group=g~n1", "health.service(web@sameness-group=g~n1|passing)"},
      {"my.svc-1_x|critical,maintenance", "health.service(my.svc-1_x|critical,maintenance)"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.input);
    EXPECT_EQ(Dependency::healthService(c.input).id(), c.id);
  }
}

TEST(HealthServiceDependency, ExposesQueryPieces) {
  Dependency d = Dependency::healthService("a:b.c=d.e?ns=team&partition=p@dc2~node1|warning");
  EXPECT_EQ(d.kind(), DependencyKind::HealthService);
  EXPECT_EQ(d.tag, "a:b.c=d");
  EXPECT_EQ(d.name, "e");
  EXPECT_EQ(d.nameSpace, "team");
  EXPECT_EQ(d.partition, "p");
  EXPECT_EQ(d.datacenter, "dc2");
  EXPECT_EQ(d.near, "node1");
  EXPECT_EQ(d.filters, std::vector<std::string>{"warning"});
  EXPECT_FALSE(d.passingOnly());
  EXPECT_TRUE(Dependency::healthService("web").passingOnly());
  // An explicit |passing has the same list, so the same identity and the same request.
  EXPECT_EQ(Dependency::healthService("web|passing"), Dependency::healthService("web"));
  EXPECT_TRUE(Dependency::healthService("web|passing").passingOnly());
  EXPECT_TRUE(d.canShare());
}

TEST(HealthServiceDependency, FirstQueryValueWins) {
  Dependency d = Dependency::healthService("web?ns=a&ns=b");
  EXPECT_EQ(d.nameSpace, "a");
}

struct ErrorCase {
  std::string input;
  std::string message;
};

TEST(HealthServiceDependency, RejectsWithConsulTemplateMessages) {
  const std::vector<ErrorCase> cases = {
      {"web|", "health.service: invalid format: \"web|\""},
      {"web.", "health.service: invalid format: \"web.\""},
      {".web", "health.service: invalid format: \".web\""},
      {"web@", "health.service: invalid format: \"web@\""},
      {"we b", "health.service: invalid format: \"we b\""},
      {"web\n", "health.service: invalid format: \"web\\n\""},
      {"w\x01\x7f\xff\xC3\xA9\"\\",
       "health.service: invalid format: "
       "\"w\\x01\\x7f\\xff\xC3\xA9\\\"\\\\\""},
      {"", "health.service: invalid format: \"\""},
      {"web|ok", "health.service: invalid filter: \"ok\" in \"web|ok\""},
      {"web|passing,Critical",
       "health.service: invalid filter: \"Critical\" in \"web|passing,Critical\""},
      {"web?dc=x",
       "health.service: invalid query parameter key \"dc\" in query \"dc=x\": "
       "supported keys: ns,peer,partition,sameness-group"},
      {"web?ns=a&=b",
       "health.service: invalid query parameter key \"\" in query \"ns=a&=b\": "
       "supported keys: ns,peer,partition,sameness-group"},
      {"web?peer=a&sameness-group=b",
       "health.service: cannot specify both peer and sameness-group"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.input);
    try {
      Dependency::healthService(c.input);
      ADD_FAILURE() << "no error";
    } catch (const DependencyError& e) {
      EXPECT_EQ(e.what(), c.message);
    }
  }
}

TEST(CatalogDependencies, ServicesNodesNode) {
  EXPECT_EQ(Dependency::catalogServices("").id(), "catalog.services");
  EXPECT_EQ(Dependency::catalogServices("@dc2").id(), "catalog.services(@dc2)");
  EXPECT_EQ(Dependency::catalogServices("?ns=a&partition=b@dc2").id(),
            "catalog.services(@dc2@partition=b@ns=a)");
  EXPECT_EQ(Dependency::catalogNodes("").id(), "catalog.nodes");
  EXPECT_EQ(Dependency::catalogNodes("@dc1~_agent").id(), "catalog.nodes(@dc1~_agent)");
  EXPECT_EQ(Dependency::catalogNodes("~n1").near, "n1");
  EXPECT_EQ(Dependency::catalogNode("").id(), "catalog.node");
  EXPECT_EQ(Dependency::catalogNode("n1.example.com@dc1").id(), "catalog.node(n1.example.com@dc1)");
  EXPECT_EQ(Dependency::catalogNode("n1?partition=p").id(), "catalog.node(n1@partition=p)");
  EXPECT_FALSE(Dependency::catalogNode("n1").canShare());
  EXPECT_EQ(Dependency::catalogDatacenters().id(), "catalog.datacenters");
  EXPECT_EQ(Dependency::catalogDatacenters(true).id(), "catalog.datacenters");
  EXPECT_TRUE(Dependency::catalogDatacenters(true).ignoreFailing);

  auto message = [](auto fn) {
    try {
      fn();
    } catch (const DependencyError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message([] { Dependency::catalogServices("dc1"); }),
            "catalog.services: invalid format: \"dc1\"");
  EXPECT_EQ(message([] { Dependency::catalogNodes("@"); }), "catalog.nodes: invalid format: \"@\"");
  EXPECT_EQ(message([] { Dependency::catalogNode("a b"); }),
            "catalog.node: invalid format: \"a b\"");
  EXPECT_EQ(message([] { Dependency::catalogNodes("?peer=x"); }), "no error");
}

TEST(KVDependencies, KeysAndPrefixes) {
  const std::vector<IdCase> gets = {
      {"/foo", "kv.get(foo)"},
      {"//foo", "kv.get(/foo)"},
      {"/", "kv.get(/)"},
      {"foo/bar@dc1", "kv.get(foo/bar@dc1)"},
      {"foo?ns=x@dc2", "kv.get(foo@dc2@ns=x)"},
      {"a b/c", "kv.get(a b/c)"},
      {"\xC3\xA9/\xC3\xBC@dc1", "kv.get(\xC3\xA9/\xC3\xBC@dc1)"},
  };
  for (const auto& c : gets) {
    SCOPED_TRACE(c.input);
    EXPECT_EQ(Dependency::kvGet(c.input).id(), c.id);
  }
  EXPECT_EQ(Dependency::kvGet("/app/config", true).id(), "kv.block(app/config)");
  EXPECT_EQ(Dependency::kvGet("/app/config", true).key, "app/config");
  EXPECT_NE(Dependency::kvGet("x", true), Dependency::kvGet("x"));
  EXPECT_EQ(Dependency::kvList("/app/").id(), "kv.list(app/)");
  EXPECT_EQ(Dependency::kvList("app@dc2").datacenter, "dc2");
  EXPECT_EQ(Dependency::kvKeys("app?partition=p").id(), "kv.keys(app@partition=p)");

  EXPECT_THROW(Dependency::kvGet("foo@"), DependencyError);
  EXPECT_THROW(Dependency::kvGet("foo?"), DependencyError);
  try {
    Dependency::kvList("a?b=c");
    ADD_FAILURE();
  } catch (const DependencyError& e) {
    EXPECT_EQ(std::string(e.what()),
              "kv.list: invalid query parameter key \"b\" in query \"b=c\": supported keys: "
              "ns,peer,partition,sameness-group");
  }
  try {
    Dependency::kvGet("@dc1");
    ADD_FAILURE();
  } catch (const DependencyError& e) {
    EXPECT_EQ(std::string(e.what()), "kv.get: invalid format: \"@dc1\"");
  }
}

}  // namespace
}  // namespace hc::consul
