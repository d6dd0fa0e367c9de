// consul-template's Consul functions called directly: results, empty values while missing, and
// the used/missing dependency sets the runner reads.
#include "hc/consul/template_functions.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "hc/consul/brain.h"
#include "hc/consul/catalog.h"
#include "hc/consul/direct_source.h"
#include "hc/consul/fetch.h"

namespace hc::consul {
namespace {

using tmpl::Value;

class NoTemplates : public tmpl::CallContext {
 public:
  std::string executeTemplate(const std::string& name, const Value&) override {
    throw tmpl::FuncError("no template " + name);
  }
};

std::shared_ptr<Catalog> sampleCatalog() {
  auto c = std::make_shared<Catalog>("dc1");
  for (int i = 1; i <= 2; ++i) {
    CatalogRegistration r;
    r.node = "node-" + std::to_string(i);
    r.address = "10.0.0." + std::to_string(i);
    r.service.emplace();
    r.service->service = "web";
    r.service->port = 8080;
    r.service->tags = {"b", "a"};
    api::HealthCheck hc;
    hc.name = "web-http";
    hc.serviceID = "web";
    hc.status = i == 1 ? "passing" : "warning";
    r.checks = {hc};
    c->registerEntity(r);
  }
  c->putKey("app/a", "1");
  c->putKey("app/b", "");
  c->putKey("app/sub/c", "3");
  c->putKey("app/sub/", "");
  c->putKey("empty/", "");
  c->setAgentNodeName("node-1");
  return c;
}

class ConsulFuncsTest : public ::testing::Test {
 protected:
  Value call(const std::string& name, std::vector<Value> args) {
    auto it = funcs.find(name);
    if (it == funcs.end()) throw std::runtime_error("no function " + name);
    return it->second->fn(callCtx, args);
  }
  std::string callError(const std::string& name, std::vector<Value> args) {
    try {
      call(name, std::move(args));
    } catch (const tmpl::FuncError& e) {
      return e.what();
    }
    return "no error";
  }
  std::string used() const { return ctx->used().toString(); }
  std::string missing() const { return ctx->missing().toString(); }

  std::shared_ptr<Catalog> catalog = sampleCatalog();
  std::shared_ptr<Brain> brain = std::make_shared<Brain>();
  std::shared_ptr<RenderContext> ctx = std::make_shared<RenderContext>(brain);
  tmpl::FuncMap funcs = consulFuncs(ctx);
  NoTemplates callCtx;
};

Value S(const char* s) {
  return Value::string(s);
}

TEST_F(ConsulFuncsTest, DeclaresGoSignatures) {
  using tmpl::Param;
  for (const char* variadic : {"service", "services", "nodes", "node"}) {
    SCOPED_TRACE(variadic);
    const auto& f = *funcs.at(variadic);
    EXPECT_TRUE(f.params.empty());
    EXPECT_TRUE(f.variadic);
    EXPECT_EQ(f.variadicType, Param::String);
  }
  for (const char* one : {"key", "keyExists", "ls", "tree", "safeLs", "safeTree"}) {
    SCOPED_TRACE(one);
    EXPECT_EQ(funcs.at(one)->params, std::vector<Param>{Param::String});
    EXPECT_FALSE(funcs.at(one)->variadic);
  }
  EXPECT_EQ(funcs.at("keyOrDefault")->params, (std::vector<Param>{Param::String, Param::String}));
  EXPECT_TRUE(funcs.at("datacenters")->variadic);
  EXPECT_EQ(funcs.at("datacenters")->variadicType, Param::Bool);
  EXPECT_EQ(funcs.at("service")->name, "service");
  EXPECT_EQ(funcs.size(), 12u);
}

TEST_F(ConsulFuncsTest, MissingDataGivesEmptyValuesAndIsRecorded) {
  Value v = call("service", {S("web")});
  EXPECT_EQ(v.goType(), "[]*dependency.HealthService");
  EXPECT_EQ(v.length(), 0);
  EXPECT_EQ(call("services", {}).goType(), "[]*dependency.CatalogSnippet");
  EXPECT_EQ(call("nodes", {}).goType(), "[]*dependency.Node");
  EXPECT_FALSE(call("node", {S("node-1")}).valid());  // nil interface{}: <no value>
  EXPECT_EQ(call("key", {S("/app/a")}).asString(), "");
  EXPECT_EQ(call("keyOrDefault", {S("app/a"), S("dflt")}).asString(), "dflt");
  EXPECT_FALSE(call("keyExists", {S("app/a")}).asBool());
  EXPECT_EQ(call("ls", {S("app")}).goType(), "[]*dependency.KeyPair");
  EXPECT_EQ(call("datacenters", {}).goType(), "[]string");
  const char* all =
      "health.service(web|passing), catalog.services, catalog.nodes, catalog.node(node-1), "
      "kv.block(app/a), kv.get(app/a), kv.list(app), catalog.datacenters";
  EXPECT_EQ(used(), all);
  EXPECT_EQ(missing(), all);
  // Calling again records nothing new.
  call("service", {S("web|passing")});
  EXPECT_EQ(ctx->used().size(), 8u);
  ctx->clear();
  EXPECT_TRUE(ctx->used().empty());
  EXPECT_TRUE(ctx->missing().empty());
}

TEST_F(ConsulFuncsTest, ReturnsWhatTheBrainRemembers) {
  Dependency web = Dependency::healthService("web");
  ASSERT_TRUE(brain->remember(web, fetch(web, *catalog).data));
  EXPECT_FALSE(brain->remember(web, fetch(web, *catalog).data));  // same data: no change
  Value v = call("service", {S("web")});
  ASSERT_EQ(v.length(), 1);  // the warning instance is filtered out by default
  EXPECT_EQ(v.asList().items[0].field("Node")->asString(), "node-1");
  EXPECT_EQ(used(), "health.service(web|passing)");
  EXPECT_TRUE(ctx->missing().empty());
  // Extra arguments are joined with "|": a different dependency, missing for now.
  EXPECT_EQ(call("service", {S("web"), S("any")}).length(), 0);
  EXPECT_EQ(missing(), "health.service(web|any)");
}

TEST_F(ConsulFuncsTest, EmptyArgumentsRecordNothing) {
  EXPECT_EQ(call("service", {}).length(), 0);
  EXPECT_EQ(call("service", {S("")}).length(), 0);
  EXPECT_EQ(call("key", {S("")}).asString(), "");
  EXPECT_EQ(call("keyOrDefault", {S(""), S("d")}).asString(), "d");
  EXPECT_FALSE(call("keyExists", {S("")}).asBool());
  EXPECT_EQ(call("ls", {S("")}).length(), 0);
  EXPECT_EQ(call("tree", {S("")}).length(), 0);
  EXPECT_TRUE(ctx->used().empty());
}

TEST_F(ConsulFuncsTest, ErrorsUseConsulTemplateMessages) {
  EXPECT_EQ(callError("service", {S("web|bogus")}),
            "health.service: invalid filter: \"bogus\" in \"web|bogus\"");
  EXPECT_EQ(callError("service", {S("my.web.")}), "health.service: invalid format: \"my.web.\"");
  EXPECT_EQ(callError("services", {S("dc1")}), "catalog.services: invalid format: \"dc1\"");
  EXPECT_EQ(callError("key", {S("a@")}), "kv.get: invalid format: \"a@\"");
  EXPECT_EQ(callError("ls", {S("a?x=1")}),
            "kv.list: invalid query parameter key \"x\" in query \"x=1\": supported keys: "
            "ns,peer,partition,sameness-group");
  EXPECT_EQ(callError("datacenters", {Value::boolean(true), Value::boolean(false)}),
            "datacenters: wrong number of arguments, expected 0 or 1, but got 2");
  EXPECT_TRUE(ctx->used().empty());
}

class DirectFuncsTest : public ConsulFuncsTest {
 protected:
  DirectFuncsTest() {
    ctx = std::make_shared<RenderContext>(std::make_shared<DirectSource>(catalog));
    funcs = consulFuncs(ctx);
  }
};

TEST_F(DirectFuncsTest, KeyFunctions) {
  EXPECT_EQ(call("key", {S("/app/a")}).asString(), "1");
  EXPECT_EQ(call("key", {S("app/b")}).asString(), "");  // exists, empty
  EXPECT_EQ(call("keyOrDefault", {S("app/a"), S("d")}).asString(), "1");
  EXPECT_EQ(call("keyOrDefault", {S("app/b"), S("d")}).asString(), "d");  // empty => default
  EXPECT_EQ(call("keyOrDefault", {S("app/zz"), S("d")}).asString(), "d");
  EXPECT_TRUE(call("keyExists", {S("app/b")}).asBool());
  EXPECT_FALSE(call("keyExists", {S("app/zz")}).asBool());
  EXPECT_TRUE(ctx->missing().empty());
  // `key` on an absent key blocks the render.
  EXPECT_EQ(call("key", {S("app/zz")}).asString(), "");
  EXPECT_EQ(missing(), "kv.block(app/zz)");
  EXPECT_EQ(ctx->used().size(), 6u);
}

std::vector<std::string> keysOf(const Value& pairs) {
  std::vector<std::string> out;
  for (const auto& p : pairs.asList().items) out.push_back(p.field("Key")->asString());
  return out;
}

TEST_F(DirectFuncsTest, LsAndTree) {
  using V = std::vector<std::string>;
  EXPECT_EQ(keysOf(call("ls", {S("app")})), (V{"a", "b"}));
  EXPECT_EQ(keysOf(call("tree", {S("app")})), (V{"a", "b", "sub/c"}));
  EXPECT_EQ(keysOf(call("safeLs", {S("app/")})), (V{"a", "b"}));
  EXPECT_EQ(call("ls", {S("app/sub")}).asList().items.at(0).field("Path")->asString(), "app/sub/c");
  EXPECT_TRUE(ctx->missing().empty());
  EXPECT_EQ(call("ls", {S("empty")}).length(), 0);
  EXPECT_EQ(call("tree", {S("nothing")}).length(), 0);
  EXPECT_TRUE(ctx->missing().empty());  // empty is fine for ls/tree
  EXPECT_EQ(call("safeLs", {S("empty")}).length(), 0);
  EXPECT_EQ(call("safeTree", {S("nothing")}).length(), 0);
  EXPECT_EQ(missing(), "kv.list(empty), kv.list(nothing)");
}

TEST_F(DirectFuncsTest, ServicesNodesNodeDatacenters) {
  Value services = call("services", {});
  ASSERT_EQ(services.length(), 1);
  EXPECT_EQ(services.asList().items[0].field("Name")->asString(), "web");
  EXPECT_EQ(services.asList().items[0].field("Tags")->asList().items[0].asString(), "a");
  Value nodes = call("nodes", {});
  ASSERT_EQ(nodes.length(), 2);
  EXPECT_EQ(nodes.asList().items[1].field("Node")->asString(), "node-2");
  Value self = call("node", {});
  EXPECT_EQ(self.field("Node")->field("Address")->asString(), "10.0.0.1");
  EXPECT_EQ(self.field("Services")->asList().items[0].field("Port")->asInt(), 8080);
  Value unknown = call("node", {S("ghost")});
  EXPECT_EQ(unknown.goType(), "*dependency.CatalogNode");
  EXPECT_TRUE(unknown.field("Node")->isNil());
  EXPECT_EQ(call("datacenters", {Value::boolean(true)}).asList().items[0].asString(), "dc1");
  EXPECT_EQ(call("service", {S("web"), S("passing,warning")}).length(), 2);
  EXPECT_TRUE(ctx->missing().empty());
  EXPECT_EQ(callError("service", {S("web@dc7")}),
            "health.service(web@dc7|passing): Unexpected response code: 500 (No path to "
            "datacenter)");
}

}  // namespace
}  // namespace hc::consul
