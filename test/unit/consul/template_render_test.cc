// Templates rendered through hc::tmpl::Template with the Consul functions over the example
// catalog (haproxy/catalog.json): what consul-template renders for the same data.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "hc/consul/brain.h"
#include "hc/consul/catalog_file.h"
#include "hc/consul/direct_source.h"
#include "hc/consul/fetch.h"
#include "hc/consul/template_functions.h"
#include "hc/template/template.h"

namespace hc::consul {
namespace {

std::shared_ptr<Catalog> exampleCatalog() {
  static auto catalog = loadCatalogFile(std::string(HC_SOURCE_DIR) + "/haproxy/catalog.json");
  return catalog;
}

class RenderTest : public ::testing::Test {
 protected:
  std::string render(const std::string& text) {
    ctx->clear();
    auto t = tmpl::Template::parse("test.tmpl", text, funcs);
    tmpl::ExecOptions opts;
    opts.missingKey = tmpl::MissingKey::Zero;  // consul-template's default
    return t->execute(tmpl::Value(), funcs, opts);
  }
  std::string renderError(const std::string& text) {
    try {
      return "rendered: " + render(text);
    } catch (const tmpl::TemplateError& e) {
      return e.what();
    }
  }

  std::shared_ptr<RenderContext> ctx =
      std::make_shared<RenderContext>(std::make_shared<DirectSource>(exampleCatalog()));
  tmpl::FuncMap funcs = consulFuncs(ctx);
};

TEST_F(RenderTest, HaproxyBackendFromHealthyInstances) {
  EXPECT_EQ(render("backend web\n"
                   "{{- range service \"web\" }}\n"
                   "  server {{.Node}}_{{.ID}} {{.Address}}:{{.Port}} check weight "
                   "{{.Weights.Passing}}\n"
                   "{{- end }}\n"
                   "backend api\n"
                   "{{- range service \"api\" }}\n"
                   "  server {{.Node}}_{{.ID}} {{.Address}}:{{.Port}} check\n"
                   "{{- end }}\n"),
            "backend web\n"
            "  server app-1_web-1 10.0.1.11:8080 check weight 1\n"
            "backend api\n"
            "  server app-1_api 10.0.1.11:9090 check\n"
            "  server app-2_api 10.0.1.112:9090 check\n");
  EXPECT_TRUE(ctx->missing().empty());
  EXPECT_EQ(ctx->used().toString(), "health.service(web|passing), health.service(api|passing)");
}

TEST_F(RenderTest, FiltersStatusesAndChecks) {
  EXPECT_EQ(render("{{range service \"web|any\"}}{{.ID}} {{.Status}} "
                   "{{.Checks.AggregatedStatus}} {{len .Checks}}\n{{end}}"),
            "web-1 passing passing 2\n"
            "web-2 warning warning 2\n"
            "web-3 maintenance maintenance 3\n");
  EXPECT_EQ(render("{{range service \"http.web|passing,warning\"}}{{.ID}}@{{.NodeMeta.az}} "
                   "{{range .Checks}}{{.CheckID}}/{{.Status}} {{end}}\n{{end}}"),
            "web-1@eu-west-1a serfHealth/passing web-1-http/passing \n"
            "web-2@eu-west-1a serfHealth/passing web-2-http/warning \n");
  EXPECT_EQ(render("{{range service \"web@dc2\"}}{{.Node}} {{.Address}}{{end}}"),
            "edge-1 10.20.0.5");
}

TEST_F(RenderTest, PrintsGoValues) {
  EXPECT_EQ(render("{{printf \"%T\" (service \"web\")}}"), "[]*dependency.HealthService");
  EXPECT_EQ(render("{{with index (service \"db\") 0}}{{.Tags}} {{printf \"%T\" .Tags}} "
                   "{{.ServiceMeta}} [{{.ServiceMeta.missing}}] {{.NodeTaggedAddresses.lan}}"
                   "{{end}}"),
            "[postgres primary] dependency.ServiceTags map[version:15.6] [] 10.0.2.21");
  EXPECT_EQ(render("{{(index (service \"web\") 0).Weights}}"), "{1 1}");
  EXPECT_EQ(render("{{datacenters}}"), "[dc1 dc2]");
}

TEST_F(RenderTest, CatalogFunctions) {
  EXPECT_EQ(render("{{range services}}{{.Name}}{{.Tags}} {{end}}"),
            "api[grpc] db[postgres primary] web[http v1 v2] ");
  EXPECT_EQ(render("{{range nodes}}{{.Node}}={{.Address}}({{.Meta.rack}}) {{end}}"),
            "app-1=10.0.1.11(r1) app-2=10.0.1.12(r2) db-1=10.0.2.21(r3) ");
  EXPECT_EQ(render("{{with node}}{{.Node.Node}}:{{range .Services}} {{.Service}}/{{.ID}}"
                   "{{end}}{{end}}"),
            "app-1: api/api web/web-1 web/web-2");
  EXPECT_EQ(render("{{(node \"ghost\").Node}} {{(node \"ghost\").Services}}"), "<nil> []");
}

TEST_F(RenderTest, KVFunctions) {
  EXPECT_EQ(render("maxconn {{key \"haproxy/global/maxconn\"}}\n"
                   "{{range ls \"haproxy/timeouts\"}}timeout {{.Key}} {{.Value}}\n{{end}}"
                   "balance {{keyOrDefault \"haproxy/backends/api/balance\" \"leastconn\"}}\n"
                   "{{if keyExists \"haproxy/backends/web/balance\"}}web set{{end}}\n"
                   "{{range tree \"haproxy/backends\"}}{{.Key}} {{end}}"),
            "maxconn 4096\n"
            "timeout client 30s\ntimeout connect 5s\ntimeout server 30s\n"
            "balance leastconn\n"
            "web set\n"
            "web/balance ");
  EXPECT_TRUE(ctx->missing().empty());
  render("{{key \"haproxy/absent\"}}");
  EXPECT_EQ(ctx->missing().toString(), "kv.block(haproxy/absent)");
}

TEST_F(RenderTest, TemplateErrorsAsConsulTemplate) {
  std::string err = renderError("{{range service \"web\"}}{{.Meta}}{{end}}");
  EXPECT_NE(err.find("can't evaluate field Meta in type *dependency.HealthService"),
            std::string::npos)
      << err;
  err = renderError("{{service \"web|bogus\"}}");
  EXPECT_NE(err.find("error calling service: health.service: invalid filter: \"bogus\" in "
                     "\"web|bogus\""),
            std::string::npos)
      << err;
}

// consul-template's N-pass discovery: with a Brain filled only with what a pass reported
// missing, a nested template needs one pass per level, then the pass that renders.
TEST(RenderPasses, NestedLookupsSettleAfterSeveralPasses) {
  auto brain = std::make_shared<Brain>();
  auto ctx = std::make_shared<RenderContext>(brain);
  tmpl::FuncMap funcs = consulFuncs(ctx);
  auto t = tmpl::Template::parse(
      "nested.tmpl",
      "{{range services}}{{.Name}}:{{range service .Name}} {{.Address}}:{{.Port}}{{end}}\n{{end}}",
      funcs);
  std::string out;
  int passes = 0;
  do {
    ++passes;
    ctx->clear();
    out = t->execute(tmpl::Value(), funcs);
    for (const auto& d : ctx->missing().list()) {
      FetchResult r = fetch(d, *exampleCatalog());
      if (r.storable()) brain->remember(d, std::move(r.data));
    }
  } while (!ctx->missing().empty() && passes < 5);
  EXPECT_EQ(passes, 3);
  EXPECT_EQ(out,
            "api: 10.0.1.11:9090 10.0.1.112:9090\n"
            "db: 10.0.2.21:5432\n"
            "web: 10.0.1.11:8080\n");
  EXPECT_EQ(ctx->used().size(), 4u);
}

}  // namespace
}  // namespace hc::consul
