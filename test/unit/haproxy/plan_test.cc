#include "hc/haproxy/plan.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace hc::haproxy {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using Lines = std::vector<std::string>;

Lines commands(const Plan& p) {
  Lines out;
  for (const auto& op : p.ops) out.push_back(op.command());
  return out;
}

Plan planText(const std::string& old, const std::string& next) {
  return plan(parse(old), parse(next));
}

const char* kHead = "defaults\n  mode http\nbackend web\n  balance roundrobin\n";

struct PlanCase {
  std::string name;
  std::string oldServers;  // appended to kHead (or the given head)
  std::string newServers;
  Lines ops;
  Lines reasons;  // substrings, in order
  std::string head = kHead;
};

class PlanTest : public ::testing::TestWithParam<PlanCase> {};

TEST_P(PlanTest, Plans) {
  const auto& c = GetParam();
  Plan p = planText(c.head + c.oldServers, c.head + c.newServers);
  EXPECT_EQ(commands(p), c.ops);
  ASSERT_EQ(p.reloadReasons.size(), c.reasons.size()) << ::testing::PrintToString(p.reloadReasons);
  for (std::size_t i = 0; i < c.reasons.size(); ++i) {
    EXPECT_THAT(p.reloadReasons[i], HasSubstr(c.reasons[i]));
  }
}

INSTANTIATE_TEST_SUITE_P(
    Rules, PlanTest,
    ::testing::Values(
        PlanCase{"unchanged",
                 "  server a 10.0.0.1:80 check\n",
                 "  server a 10.0.0.1:80 check\n",
                 {},
                 {}},
        PlanCase{"address_no_check",
                 "  server a 10.0.0.1:80\n",
                 "  server a 10.0.0.2:80\n",
                 {"set server web/a addr 10.0.0.2 port 80"},
                 {}},
        PlanCase{"port_no_check",
                 "  server a 10.0.0.1:80\n",
                 "  server a 10.0.0.1:81\n",
                 {"set server web/a addr 10.0.0.1 port 81"},
                 {}},
        PlanCase{"address_with_check",
                 "  server a 10.0.0.1:80 check\n",
                 "  server a 10.0.0.9:80 check\n",
                 {"set server web/a state maint", "set server web/a addr 10.0.0.9 port 80",
                  "set server web/a state ready", "set server web/a health down"},
                 {}},
        PlanCase{"address_v6_no_port",
                 "  server a 10.0.0.1\n",
                 "  server a [2001:db8::1]\n",
                 {"set server web/a addr 2001:db8::1"},
                 {}},
        PlanCase{"weight",
                 "  server a 10.0.0.1:80 weight 1\n",
                 "  server a 10.0.0.1:80 weight 5\n",
                 {"set server web/a weight 5"},
                 {}},
        PlanCase{"weight_default_is_1",
                 "  server a 10.0.0.1:80 weight 1\n",
                 "  server a 10.0.0.1:80\n",
                 {},
                 {}},
        PlanCase{"disable",
                 "  server a 10.0.0.1:80 check\n",
                 "  server a 10.0.0.1:80 check disabled\n",
                 {"set server web/a state maint"},
                 {}},
        PlanCase{"enable",
                 "  server a 10.0.0.1:80 disabled check\n",
                 "  server a 10.0.0.1:80 check\n",
                 {"set server web/a state ready", "set server web/a health down"},
                 {}},
        PlanCase{"enable_no_check",
                 "  server a 10.0.0.1:80 disabled\n",
                 "  server a 10.0.0.1:80\n",
                 {"set server web/a state ready"},
                 {}},
        PlanCase{
            "add_with_check",
            "  server a 10.0.0.1:80 check\n",
            "  server a 10.0.0.1:80 check\n  server b 10.0.0.2:80 check inter 2s weight 3\n",
            {"add server web/b 10.0.0.2:80 id 2 check inter 2s weight 3",
             "set server web/b state ready", "set server web/b health down", "enable health web/b"},
            {}},
        PlanCase{"add_without_check",
                 "",
                 "  server b 10.0.0.2:80 enabled\n",
                 {"add server web/b 10.0.0.2:80 id 1", "set server web/b state ready"},
                 {}},
        PlanCase{"add_disabled",
                 "",
                 "  server b 10.0.0.2:80 disabled check\n",
                 {"add server web/b 10.0.0.2:80 id 1 check", "enable health web/b"},
                 {}},
        PlanCase{
            "add_explicit_id",
            "  server a 10.0.0.1:80 id 9\n",
            "  server a 10.0.0.1:80 id 9\n  server b 10.0.0.2:80 id 4\n  server c 10.0.0.3:80\n",
            {"add server web/b 10.0.0.2:80 id 4", "set server web/b state ready",
             "add server web/c 10.0.0.3:80 id 10", "set server web/c state ready"},
            {}},
        PlanCase{"add_merges_default_server",
                 "  default-server inter 3s check\n",
                 "  default-server inter 3s check\n  server b 10.0.0.2:80 inter 1s no-check\n",
                 {"add server web/b 10.0.0.2:80 id 1 inter 1s", "set server web/b state ready"},
                 {}},
        PlanCase{"add_static_hash",
                 "",
                 "  server b 10.0.0.2:80\n",
                 {},
                 {"backend web server b: added to a backend with static algorithm 'source'"},
                 "backend web\n  balance source\n"},
        PlanCase{"add_consistent_hash",
                 "",
                 "  server b 10.0.0.2:80\n",
                 {"add server web/b 10.0.0.2:80 id 1", "set server web/b state ready"},
                 {},
                 "backend web\n  balance source\n  hash-type consistent\n"},
        PlanCase{"add_unaccepted_keyword",
                 "",
                 "  server b 10.0.0.2:80 cookie b\n",
                 {},
                 {"keyword 'cookie' is not accepted by add server"}},
        PlanCase{"remove",
                 "  server a 10.0.0.1:80\n  server b 10.0.0.2:80\n",
                 "  server a 10.0.0.1:80\n",
                 {"set server web/b state maint", "del server web/b"},
                 {}},
        PlanCase{"remove_tracked",
                 "  server a 10.0.0.1:80 track web/b\n  server b 10.0.0.2:80\n",
                 "  server a 10.0.0.1:80 track web/b\n",
                 {"set server web/b state maint"},
                 {"tracked by web/a"}},
        PlanCase{"keyword_change",
                 "  server a 10.0.0.1:80 check\n",
                 "  server a 10.0.0.1:80 check ssl\n",
                 {},
                 {"backend web server a: keyword 'ssl' changed"}},
        PlanCase{"keyword_value_change_and_weight",
                 "  server a 10.0.0.1:80 inter 2s\n",
                 "  server a 10.0.0.1:80 inter 3s weight 2\n",
                 {"set server web/a weight 2"},
                 {"keyword 'inter' changed"}},
        PlanCase{"non_server_line",
                 "  timeout server 5s\n",
                 "  timeout server 6s\n",
                 {},
                 {"section 'backend web' line 5: 'timeout server 6s' added",
                  "section 'backend web': 'timeout server 5s' removed (was line 5)"}},
        PlanCase{"template_changed",
                 "  server-template s 1-3 10.0.0.1:80\n",
                 "  server-template s 1-4 10.0.0.1:80\n",
                 {},
                 {"server-template 's' changed"}},
        PlanCase{"first_reorder",
                 "  server a 10.0.0.1:80\n  server b 10.0.0.2:80\n",
                 "  server b 10.0.0.2:80\n  server a 10.0.0.1:80\n",
                 {},
                 {"server order changed with 'balance first'"},
                 "backend web\n  balance first\n"},
        PlanCase{"roundrobin_reorder",
                 "  server a 10.0.0.1:80\n  server b 10.0.0.2:80\n",
                 "  server b 10.0.0.2:80\n  server a 10.0.0.1:80\n",
                 {},
                 {}},
        PlanCase{"hostname_with_resolvers",
                 "  server a 10.0.0.1:80\n",
                 "  server a web.local:80\n",
                 {},
                 {"hostname 'web.local' cannot be set at runtime"},
                 "resolvers dns\n  nameserver n 127.0.0.1:53\nbackend web\n"}),
    [](const auto& info) { return info.param.name; });

TEST(PlanSections, AddedRemovedReordered) {
  Plan p = planText("backend a\nbackend b\n", "backend b\nbackend a\nfrontend f\n");
  EXPECT_THAT(p.reloadReasons,
              ElementsAre("section 'frontend f' added (line 3)", "sections reordered"));
  p = planText("backend a\nbackend b\n", "backend a\n");
  EXPECT_THAT(p.reloadReasons, ElementsAre("section 'backend b' removed (was line 2)"));
  EXPECT_TRUE(p.ops.empty());
}

TEST(PlanErrors, DuplicateServerNamesBothLines) {
  try {
    planText("backend web\n", "backend web\n  server a 10.0.0.1:80\n  server a 10.0.0.2:80\n");
    FAIL();
  } catch (const DuplicateServerError& e) {
    EXPECT_EQ(e.backend(), "web");
    EXPECT_EQ(e.server(), "a");
    EXPECT_EQ(e.firstLine(), 2);
    EXPECT_EQ(e.secondLine(), 3);
    EXPECT_THAT(e.what(), HasSubstr("lines 2 and 3"));
  }
}

TEST(PlanErrors, UnsafeValues) {
  struct U {
    std::string old, next;
    int line;
  };
  std::vector<U> cases = {
      // hostname without resolvers
      {"backend web\n  server a 10.0.0.1:80\n", "backend web\n  server a web.local:80\n", 2},
      // `;` in a server name
      {"backend web\n", "backend web\n  server a;b 10.0.0.1:80\n", 2},
      // a name with a space (quoted)
      {"backend web\n", "backend web\n  server \"a b\" 10.0.0.1:80\n", 2},
      // whitespace/newline in a keyword value
      {"backend web\n", "backend web\n\n  server a 10.0.0.1:80 agent-send \"x\\ny\"\n", 3},
      // `;` in a keyword value
      {"backend web\n", "backend web\n  server a 10.0.0.1:80 sni x;y\n", 2},
      // backend name outside the identifier charset
      {"backend w/b\n", "backend w/b\n  server a 10.0.0.1:80\n", 2},
  };
  for (const auto& c : cases) {
    try {
      Plan p = planText(c.old, c.next);
      ADD_FAILURE() << c.next << " gave " << ::testing::PrintToString(commands(p));
    } catch (const UnsafeValueError& e) {
      EXPECT_EQ(e.line(), c.line) << c.next;
    }
  }
}

TEST(PlanOptionsTest, UsedIdFloor) {
  PlanOptions o;
  o.usedIdFloor["web"] = 7;
  Plan p = plan(parse("backend web\n"), parse("backend web\n  server a 10.0.0.1:80\n"), o);
  EXPECT_EQ(commands(p)[0], "add server web/a 10.0.0.1:80 id 8");
  EXPECT_EQ(p.ops[0].id, 8);
}

TEST(RuntimeOpTest, Commands) {
  EXPECT_EQ(RuntimeOp::setAddr("web", "n1_web-1", "10.0.0.1", "8080").command(),
            "set server web/n1_web-1 addr 10.0.0.1 port 8080");
  EXPECT_EQ(RuntimeOp::setAddr("B", "S", "::1", std::nullopt).command(), "set server B/S addr ::1");
  EXPECT_EQ(RuntimeOp::setWeight("B", "S", 5).command(), "set server B/S weight 5");
  EXPECT_EQ(RuntimeOp::setState("B", "S", "maint").command(), "set server B/S state maint");
  EXPECT_EQ(RuntimeOp::setState("B", "S", "drain").command(), "set server B/S state drain");
  EXPECT_EQ(RuntimeOp::setHealth("B", "S", "down").command(), "set server B/S health down");
  EXPECT_EQ(RuntimeOp::enableHealth("B", "S").command(), "enable health B/S");
  EXPECT_EQ(RuntimeOp::addServer("B", "S", "10.0.0.1", "8080", {"id", "7", "check"}, 7).command(),
            "add server B/S 10.0.0.1:8080 id 7 check");
  EXPECT_EQ(RuntimeOp::addServer("B", "S", "2001:db8::1", "80", {"id", "2"}, 2).command(),
            "add server B/S 2001:db8::1:80 id 2");
  EXPECT_EQ(RuntimeOp::delServer("B", "S").command(), "del server B/S");
}

// What `haproxy-consul render --catalog-file haproxy/catalog.json haproxy/haproxy.cfg.tmpl` prints.
const char* kRendered = R"(global
    master-worker
    log stdout format raw local0 info
    stats socket /run/haproxy/admin.sock mode 600 level admin expose-fd listeners
    stats timeout 30s
    maxconn 4096

defaults
    mode http
    log global
    option httplog
    option redispatch
    retries 3
    timeout connect 5s
    timeout client 30s
    timeout server 30s

frontend http-in
    bind *:8080
    use_backend be_api if { hdr(host) -i api.service.internal }
    use_backend be_db if { hdr(host) -i db.service.internal }
    use_backend be_web if { hdr(host) -i web.service.internal }

backend be_api
    balance roundrobin
    server app-1_api 10.0.1.11:9090 check weight 1
    server app-2_api 10.0.1.112:9090 check weight 1

backend be_db
    balance roundrobin
    server db-1_db-primary 10.0.2.21:5432 check weight 1

backend be_web
    balance roundrobin
    server app-1_web-1 10.0.1.11:8080 check weight 1
)";

TEST(PlanExample, RenderedConfigAgainstItselfIsEmpty) {
  Config c = parse(kRendered);
  ASSERT_EQ(c.sections.size(), 6u);
  EXPECT_EQ(c.sections[3].servers.at(1).name, "app-2_api");
  EXPECT_EQ(c.sections[3].servers.at(1).line, 27);
  EXPECT_TRUE(plan(c, c).empty());
  EXPECT_TRUE(plan(parse(kRendered), c).empty());
}

TEST(PlanExample, NewInstanceAndMove) {
  std::string next = kRendered;
  next.replace(next.find("10.0.2.21"), 9, "10.0.2.22");
  next += "    server app-2_web-1 10.0.1.112:8080 check weight 1\n";
  Plan p = plan(parse(kRendered), parse(next));
  EXPECT_TRUE(p.reloadReasons.empty()) << ::testing::PrintToString(p.reloadReasons);
  EXPECT_THAT(
      commands(p),
      ElementsAre("set server be_db/db-1_db-primary state maint",
                  "set server be_db/db-1_db-primary addr 10.0.2.22 port 5432",
                  "set server be_db/db-1_db-primary state ready",
                  "set server be_db/db-1_db-primary health down",
                  "add server be_web/app-2_web-1 10.0.1.112:8080 id 2 check weight 1",
                  "set server be_web/app-2_web-1 state ready",
                  "set server be_web/app-2_web-1 health down", "enable health be_web/app-2_web-1"));
}

}  // namespace
}  // namespace hc::haproxy
